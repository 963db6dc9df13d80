// Diagram exports: golden files for DOT, Mermaid, JSON and SVG over tests/data/export, every
// option, determinism, and validation by the real tools (Graphviz's dot, Mermaid's parser,
// an XML reader and QSvgRenderer, pdftoppm).
#include "goldens.h"

#include "core/exportoptions.h"
#include "core/stagegraph.h"
#include "core/syntax.h"
#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "diagram/pngencoder.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QXmlStreamReader>

using namespace stagecraft;

namespace {

const QString dataDir = QStringLiteral(STAGECRAFT_TEST_DATA "/export");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QByteArray exportFile(const QString &name, ExportFormat format, const ExportOptions &options = {})
{
    const SyntaxTree tree = parse(readText(dataDir + u'/' + name + QStringLiteral(".Dockerfile")));
    AnalysisOptions analysis;
    analysis.target = options.target;
    analysis.buildArgs = options.buildArgs;
    return diagram::renderExport(tree, analyse(tree, analysis), format, options, name + QStringLiteral(".Dockerfile"));
}

QStringList inputs()
{
    QStringList names;
    const auto files = QDir(dataDir).entryList({QStringLiteral("*.Dockerfile")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(int(qstrlen(".Dockerfile")));
    return names;
}

struct Variant {
    const char *suffix;
    ExportOptions options;
};

std::vector<Variant> variants()
{
    std::vector<Variant> v;
    v.push_back({"", {}});
    ExportOptions dark;
    dark.dark = true;
    v.push_back({".dark", dark});
    ExportOptions plain;
    plain.legend = false;
    plain.images = false;
    v.push_back({".plain", plain});
    ExportOptions tb;
    tb.topToBottom = true;
    tb.layers = true;
    v.push_back({".tb-layers", tb});
    ExportOptions target;
    target.target = QStringLiteral("debug");
    v.push_back({".target-debug", target});
    return v;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldens_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        for (const QString &name : inputs()) {
            for (auto format : {ExportFormat::Dot, ExportFormat::Mermaid, ExportFormat::Json, ExportFormat::Svg})
                QTest::addRow("%s.%s", qPrintable(name), qPrintable(exportFormatName(format))) << name << int(format);
        }
    }

    void goldens()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto f = ExportFormat(format);
        const QString extension = f == ExportFormat::Mermaid ? QStringLiteral("mmd") : exportFormatName(f);
        const QString failure = test::compareWithReference(dataDir + u'/' + name + u'.' + extension, exportFile(name, f));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void optionVariants_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("format");
        const auto all = variants();
        for (size_t i = 1; i < all.size(); ++i) {
            for (auto format : {ExportFormat::Dot, ExportFormat::Mermaid})
                QTest::addRow("go-static%s.%s", all[i].suffix, qPrintable(exportFormatName(format))) << int(i) << int(format);
        }
    }

    void optionVariants()
    {
        QFETCH(int, variant);
        QFETCH(int, format);
        const Variant v = variants()[size_t(variant)];
        const auto f = ExportFormat(format);
        const QString path = dataDir + QStringLiteral("/options/go-static") + QString::fromLatin1(v.suffix) + u'.'
                           + (f == ExportFormat::Mermaid ? QStringLiteral("mmd") : exportFormatName(f));
        const QString failure = test::compareWithReference(path, exportFile(QStringLiteral("go-static"), f, v.options));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void optionsChangeTheOutput()
    {
        const QByteArray plain = exportFile(QStringLiteral("go-static"), ExportFormat::Svg);
        for (const Variant &v : variants()) {
            if (!*v.suffix)
                continue;
            QVERIFY2(exportFile(QStringLiteral("go-static"), ExportFormat::Svg, v.options) != plain, v.suffix);
        }
        ExportOptions noImages;
        noImages.images = false;
        QVERIFY(!exportFile(QStringLiteral("go-static"), ExportFormat::Dot, noImages).contains("i0 ["));
        QVERIFY(exportFile(QStringLiteral("go-static"), ExportFormat::Dot).contains("i0 [label=\"golang:1.22-alpine\""));
    }

    void targetFadesSkippedStages()
    {
        ExportOptions options;
        options.target = QStringLiteral("debug");
        const QByteArray mermaid = exportFile(QStringLiteral("go-static"), ExportFormat::Mermaid, options);
        // build feeds debug; test and runtime are skipped.
        QVERIFY(mermaid.contains("class s1 skipped"));
        QVERIFY(mermaid.contains("class s3 skipped"));
        QVERIFY(!mermaid.contains("class s0 skipped"));
        QVERIFY(mermaid.contains("class s2 target"));
    }

    void deterministic_data()
    {
        QTest::addColumn<int>("format");
        for (auto f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot, ExportFormat::Mermaid, ExportFormat::Json})
            QTest::addRow("%s", qPrintable(exportFormatName(f))) << int(f);
    }

    void deterministic()
    {
        QFETCH(int, format);
        const auto f = ExportFormat(format);
        QCOMPARE(exportFile(QStringLiteral("mounts-onbuild"), f), exportFile(QStringLiteral("mounts-onbuild"), f));
    }

    void dotIsAcceptedByGraphviz()
    {
        const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
        QVERIFY2(!dot.isEmpty(), "Graphviz's dot is not installed (./dev installs it in the build root)");
        QStringList files = QDir(dataDir).entryList({QStringLiteral("*.dot")}, QDir::Files);
        for (const QString &f : QDir(dataDir + QStringLiteral("/options")).entryList({QStringLiteral("*.dot")}, QDir::Files))
            files << QStringLiteral("options/") + f;
        QVERIFY(files.size() >= 8);
        for (const QString &file : std::as_const(files)) {
            QProcess process;
            process.start(dot, {QStringLiteral("-Tsvg"), dataDir + u'/' + file});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError())));
            QVERIFY(process.readAllStandardOutput().contains("<svg"));
        }
    }

    void mermaidIsAcceptedByMermaid()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("Node.js is not installed: Mermaid's parser cannot run here");
        const QString tool = QStringLiteral(STAGECRAFT_MERMAID_CHECK);
        QVERIFY2(QFile::exists(tool + QStringLiteral("/node_modules/mermaid/package.json")),
                 "tools/mermaid-check/node_modules is missing: ./dev test installs it with npm");
        QStringList files;
        for (const QString &f : QDir(dataDir).entryList({QStringLiteral("*.mmd")}, QDir::Files))
            files << dataDir + u'/' + f;
        for (const QString &f : QDir(dataDir + QStringLiteral("/options")).entryList({QStringLiteral("*.mmd")}, QDir::Files))
            files << dataDir + QStringLiteral("/options/") + f;
        QVERIFY(files.size() >= 8);
        QProcess process;
        process.start(node, QStringList{tool + QStringLiteral("/check.mjs")} + files);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QCOMPARE(process.readAllStandardOutput().count("ok "), files.size());
    }

    void svgIsXmlAndRenders()
    {
        for (const QString &name : inputs()) {
            const QByteArray svg = exportFile(name, ExportFormat::Svg);
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(name));
            QVERIFY(renderer.defaultSize().width() > 100);
        }
    }

    void pngAndPdfOpen()
    {
        ExportOptions options;
        options.scale = 1.0;
        const QImage png = QImage::fromData(exportFile(QStringLiteral("python"), ExportFormat::Png, options));
        QVERIFY(!png.isNull());
        options.scale = 2.0;
        const QImage twice = QImage::fromData(exportFile(QStringLiteral("python"), ExportFormat::Png, options));
        QCOMPARE(twice.width(), png.width() * 2);
        const QByteArray pdf = exportFile(QStringLiteral("python"), ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("d.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess process;
        process.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("36"), file.fileName(), dir.filePath(QStringLiteral("page"))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!QImage(dir.filePath(QStringLiteral("page-1.png"))).isNull());
    }

    // The PNG holds exactly the pixels the scene renders in one piece (the encoder is
    // lossless, and the bands it draws on parallel threads join without a seam: culling,
    // dashes and fonts per band change nothing), in the light and the dark theme, at two scales.
    void pngHoldsTheRenderedPixels_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<int>("bands");
        QTest::newRow("light 1x, one band") << false << 1.0 << 1;
        QTest::newRow("light 1x, two bands") << false << 1.0 << 2;
        QTest::newRow("dark 1.5x, three bands") << true << 1.5 << 3;
        QTest::newRow("dark 1.5x, four bands") << true << 1.5 << 4;
    }

    void pngHoldsTheRenderedPixels()
    {
        QFETCH(bool, dark);
        QFETCH(qreal, scale);
        QFETCH(int, bands);
        const SyntaxTree tree = parse(readText(dataDir + QStringLiteral("/mounts-onbuild.Dockerfile")));
        const diagram::DiagramScene scene(diagram::DiagramModel::fromGraph(analyse(tree), tree),
                                          diagram::DiagramStyle::forTheme(dark ? diagram::Theme::Dark : diagram::Theme::Light),
                                          diagram::Direction::LeftToRight, true);
        const QImage rendered = scene.toImage(scale);
        const QByteArray png = scene.toPng(scale, bands);
        QVERIFY(png.contains("pHYs")); // the picture's resolution
        const QImage decoded = QImage::fromData(png, "png");
        QVERIFY(!decoded.isNull());
        QVERIFY(!decoded.hasAlphaChannel()); // the background is opaque: written as RGB
        QCOMPARE(decoded.size(), rendered.size());
        QCOMPARE(decoded.dotsPerMeterX(), rendered.dotsPerMeterX());
        QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), rendered.convertToFormat(QImage::Format_ARGB32));
    }

    // Pictures with transparent pixels keep their alpha channel.
    void pngKeepsTransparency()
    {
        QImage image(37, 123, QImage::Format_ARGB32_Premultiplied); // tall enough to be compressed in two halves
        image.fill(Qt::transparent);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 11) % 256, (x * y) % 256, (x * 13 + y * 3) % 256));
        const QImage decoded = QImage::fromData(diagram::encodePng(image), "png");
        QVERIFY(decoded.hasAlphaChannel());
        QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), image.convertToFormat(QImage::Format_ARGB32));
        QVERIFY(diagram::encodePng(QImage()).isEmpty());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
