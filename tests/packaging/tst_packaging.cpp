// The packaging files agree with each other and with the application: one id everywhere
// (desktop entry, metainfo, icon, MIME package, Flatpak manifest, setDesktopFileName), the
// metainfo's release and screenshots match the project, the MIME type resolves the file
// names it claims (through Qt's own shared-mime-info reader), the icon renders and its PNG
// sizes were rendered from the current SVG. The freedesktop validators run as separate
// tests (validate.sh).
#include "app/application.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using stagecraft::app::applicationId;

namespace {

const QString packaging = QStringLiteral(STAGECRAFT_SOURCE_DIR "/packaging");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The [Desktop Entry] group's keys (no locale variants are used).
std::map<QString, QString> desktopEntry()
{
    std::map<QString, QString> keys;
    bool inGroup = false;
    const QStringList lines = QString::fromUtf8(readAll(packaging + u'/' + applicationId() + u".desktop")).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]";
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            keys[line.section(u'=', 0, 0)] = line.section(u'=', 1);
    }
    return keys;
}

struct Screenshot {
    QString url;
    int width = 0;
    int height = 0;
};

struct Metainfo {
    QString type, id, launchable, icon, binary, mediatype;
    QStringList releases;
    QList<Screenshot> screenshots;
    bool contentRating = false;
};

Metainfo metainfo()
{
    Metainfo m;
    QXmlStreamReader xml(readAll(packaging + u'/' + applicationId() + u".metainfo.xml"));
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == u"component") {
            m.type = attrs.value(u"type").toString();
        } else if (name == u"id") {
            m.id = xml.readElementText();
        } else if (name == u"launchable") {
            m.launchable = xml.readElementText();
        } else if (name == u"icon") {
            m.icon = xml.readElementText();
        } else if (name == u"binary") {
            m.binary = xml.readElementText();
        } else if (name == u"mediatype") {
            m.mediatype = xml.readElementText();
        } else if (name == u"release") {
            m.releases << attrs.value(u"version").toString();
        } else if (name == u"image") {
            m.screenshots.append({QString(), attrs.value(u"width").toInt(), attrs.value(u"height").toInt()});
            m.screenshots.last().url = xml.readElementText();
        } else if (name == u"content_rating") {
            m.contentRating = true;
        } else if (name == u"description") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        qFatal("metainfo: %s", qPrintable(xml.errorString()));
    return m;
}

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return image;
}

// Largest difference of any channel of any pixel (both images the same size).
int maxDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int worst = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            // Fully transparent pixels carry no colour.
            if (qAlpha(p[col]) == 0 && qAlpha(q[col]) == 0)
                continue;
            worst = std::max({worst, std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                              std::abs(qBlue(p[col]) - qBlue(q[col])), std::abs(qAlpha(p[col]) - qAlpha(q[col]))});
        }
    }
    return worst;
}

double coverage(const QImage &image)
{
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128;
    return double(opaque) / (image.width() * image.height());
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dataDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        QVERIFY(QDir().mkpath(m_dataDir->filePath(QStringLiteral("mime/packages"))));
        QVERIFY(QFile::copy(packaging + u"/mime/" + applicationId() + u".xml",
                            m_dataDir->filePath(QStringLiteral("mime/packages/")) + applicationId() + u".xml"));
        // Qt's MIME database reads packages/*.xml under each XDG data dir: ours first, then
        // the system's (shared-mime-info's freedesktop.org database, for text/plain, JSON...).
        QByteArray dirs = qgetenv("XDG_DATA_DIRS");
        if (dirs.isEmpty())
            dirs = "/usr/local/share:/usr/share";
        const QByteArray ours = QFile::encodeName(m_dataDir->path()) + ':';
        qputenv("XDG_DATA_DIRS", QByteArray(ours + dirs));
    }

    void oneIdEverywhere()
    {
        QCOMPARE(applicationId(), QStringLiteral("io.github.stagecraft.Stagecraft"));
        for (const QString &path : {u".desktop"_s, u".metainfo.xml"_s})
            QVERIFY2(QFile::exists(packaging + u'/' + applicationId() + path), qPrintable(applicationId() + path));
        QVERIFY(QFile::exists(packaging + u"/mime/" + applicationId() + u".xml"));
        QVERIFY(QFile::exists(packaging + u"/icons/" + applicationId() + u".svg"));
        QVERIFY(QFile::exists(packaging + u"/flatpak/" + applicationId() + u".json"));
        // The executable says which desktop entry it belongs to (Wayland app id, taskbars).
        const QByteArray application = readAll(QStringLiteral(STAGECRAFT_SOURCE_DIR "/src/app/application.cpp"));
        QVERIFY(application.contains("QApplication::setDesktopFileName(applicationId())"));
    }

    void desktopEntryMatches()
    {
        auto keys = desktopEntry();
        QCOMPARE(keys[u"Type"_s], u"Application"_s);
        QCOMPARE(keys[u"Name"_s], u"Stagecraft"_s);
        QCOMPARE(keys[u"Icon"_s], applicationId());
        QCOMPARE(keys[u"Exec"_s], u"stagecraft %f"_s);
        QCOMPARE(keys[u"TryExec"_s], u"stagecraft"_s);
        QVERIFY(keys[u"MimeType"_s].split(u';').contains(u"text/x-dockerfile"_s));
        QCOMPARE(keys[u"Comment"_s], QStringLiteral(STAGECRAFT_DESCRIPTION));
    }

    void metainfoMatches()
    {
        const Metainfo m = metainfo();
        QCOMPARE(m.type, u"desktop-application"_s);
        QCOMPARE(m.id, applicationId());
        QCOMPARE(m.launchable, applicationId() + u".desktop");
        QCOMPARE(m.icon, applicationId());
        QCOMPARE(m.binary, u"stagecraft"_s);
        QCOMPARE(m.mediatype, u"text/x-dockerfile"_s);
        QVERIFY(m.contentRating);
        // The project's version (CMake) is the newest release.
        QVERIFY(!m.releases.isEmpty());
        QCOMPARE(m.releases.first(), QStringLiteral(STAGECRAFT_VERSION));
    }

    // Each screenshot is one of docs/screenshots/, by its URL in the repository, with the
    // picture's true size.
    void metainfoScreenshotsExist()
    {
        const Metainfo m = metainfo();
        QVERIFY(m.screenshots.size() >= 2);
        const QString base = QStringLiteral("https://raw.githubusercontent.com/stagecraft/stagecraft/main/");
        for (const Screenshot &shot : m.screenshots) {
            QVERIFY2(shot.url.startsWith(base + u"docs/screenshots/"), qPrintable(shot.url));
            const QString local = QStringLiteral(STAGECRAFT_SOURCE_DIR "/") + shot.url.mid(base.size());
            const QImage image(local);
            QVERIFY2(!image.isNull(), qPrintable(local + u" is not in the repository"));
            QCOMPARE(QSize(shot.width, shot.height), image.size());
        }
    }

    void mimeDefinition()
    {
        QXmlStreamReader xml(readAll(packaging + u"/mime/" + applicationId() + u".xml"));
        QStringList types, globs, parents;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"mime-type")
                types << xml.attributes().value(u"type").toString();
            else if (xml.name() == u"glob")
                globs << xml.attributes().value(u"pattern").toString();
            else if (xml.name() == u"sub-class-of")
                parents << xml.attributes().value(u"type").toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(types, QStringList{u"text/x-dockerfile"_s});
        QCOMPARE(parents, QStringList{u"text/plain"_s});
        for (const QString &glob : {u"Dockerfile"_s, u"*.Dockerfile"_s, u"Dockerfile.*"_s, u"Containerfile"_s})
            QVERIFY2(globs.contains(glob), qPrintable(glob));
    }

    void mimeResolution_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("type");
        const QString dockerfile = QStringLiteral("text/x-dockerfile");
        for (const char *name : {"Dockerfile", "dockerfile", "Containerfile", "api.Dockerfile", "api.dockerfile",
                                 "web.Containerfile", "Dockerfile.dev", "Dockerfile.prod", "Containerfile.ci"})
            QTest::newRow(name) << QString::fromLatin1(name) << dockerfile;
        // An extension with a type of its own keeps it (Dockerfile.* weighs less).
        QTest::newRow("Dockerfile.json") << u"Dockerfile.json"_s << u"application/json"_s;
        QTest::newRow("notes.txt") << u"notes.txt"_s << u"text/plain"_s;
        QTest::newRow("MyDockerfile") << u"MyDockerfile"_s << u"application/octet-stream"_s;
    }

    void mimeResolution()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, type);
        const QMimeDatabase db;
        if (type != u"text/x-dockerfile" && !db.mimeTypeForName(u"application/json"_s).isValid())
            QSKIP("shared-mime-info's database is not installed");
        const QMimeType mime = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
        QCOMPARE(mime.name(), type);
        if (type == u"text/x-dockerfile") {
            QVERIFY(mime.inherits(u"text/plain"_s));
            QCOMPARE(mime.comment(), u"Dockerfile"_s);
        }
    }

    void iconRenders()
    {
        QSvgRenderer renderer(packaging + u"/icons/" + applicationId() + u".svg");
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 128, 128));
        const QImage image = render(renderer, 64);
        // A rounded tile: most of the square is painted, the corners are not.
        QVERIFY2(coverage(image) > 0.7, qPrintable(QString::number(coverage(image))));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(32, 32)), 255);
    }

    // build/packaging/icons/hicolor/<N>x<N>/apps/<id>.png, rendered from the current SVG.
    void iconSizes()
    {
        QSvgRenderer renderer(packaging + u"/icons/" + applicationId() + u".svg");
        const QStringList sizes = QStringLiteral(STAGECRAFT_ICON_SIZES).split(u',');
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QString::number(size)), qPrintable(QString::number(size)));
        for (const QString &size : sizes) {
            const QString path = QStringLiteral(STAGECRAFT_ICON_DIR "/") + size + u'x' + size + u"/apps/" + applicationId() + u".png";
            const QImage png(path);
            QVERIFY2(!png.isNull(), qPrintable(path));
            QCOMPARE(png.size(), QSize(size.toInt(), size.toInt()));
            QVERIFY2(maxDifference(png, render(renderer, size.toInt())) <= 2, qPrintable(path + u" differs from the SVG"));
        }
    }

    void windowIcon()
    {
        const QIcon icon = stagecraft::app::applicationIcon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(48, 48)).toImage();
        QCOMPARE(image.size(), QSize(48, 48));
        QVERIFY2(coverage(image) > 0.7, qPrintable(QString::number(coverage(image))));
        QVERIFY(QFile::exists(u":/icons/"_s + applicationId() + u".svg"));
    }

    void flatpakManifest()
    {
        const QString path = packaging + u"/flatpak/" + applicationId() + u".json";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject manifest = doc.object();
        QCOMPARE(manifest[u"id"].toString(), applicationId());
        QCOMPARE(manifest[u"runtime"].toString(), u"org.kde.Platform"_s);
        QCOMPARE(manifest[u"sdk"].toString(), u"org.kde.Sdk"_s);
        QVERIFY(QRegularExpression(u"^6\\.\\d+$"_s).match(manifest[u"runtime-version"].toString()).hasMatch());
        QCOMPARE(manifest[u"command"].toString(), metainfo().binary);
        const QJsonArray finish = manifest[u"finish-args"].toArray();
        QVERIFY(finish.contains(u"--socket=wayland"_s));
        QVERIFY(finish.contains(u"--socket=fallback-x11"_s));

        const QJsonArray modules = manifest[u"modules"].toArray();
        QCOMPARE(modules.size(), 2);
        // Graphviz, which the KDE runtime lacks, from a source archive pinned by checksum.
        const QJsonObject graphviz = modules[0].toObject();
        QCOMPARE(graphviz[u"name"].toString(), u"graphviz"_s);
        const QJsonObject archive = graphviz[u"sources"].toArray().first().toObject();
        QCOMPARE(archive[u"type"].toString(), u"archive"_s);
        QVERIFY(archive[u"url"].toString().startsWith(u"https://"));
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(archive[u"sha256"].toString()).hasMatch());
        QVERIFY(graphviz[u"build-commands"].toArray().contains(u"/app/bin/dot -c"_s)); // registers the plugins
        // Stagecraft itself, from this checkout.
        const QJsonObject app = modules[1].toObject();
        QCOMPARE(app[u"name"].toString(), u"stagecraft"_s);
        QCOMPARE(app[u"buildsystem"].toString(), u"cmake-ninja"_s);
        const QJsonObject dir = app[u"sources"].toArray().first().toObject();
        QCOMPARE(dir[u"type"].toString(), u"dir"_s);
        QCOMPARE(QDir(QDir(packaging + u"/flatpak").filePath(dir[u"path"].toString())).canonicalPath(),
                 QDir(QStringLiteral(STAGECRAFT_SOURCE_DIR)).canonicalPath());
    }
};

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
