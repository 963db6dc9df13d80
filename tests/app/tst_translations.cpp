// Translation-ready: translations/*.ts hold every user-visible string of the sources (a
// fresh extraction with lupdate finds nothing they lack), the German translation compiled
// into the binary loads, and it changes what the window shows.
#include "app/appearance.h"
#include "app/mainwindow.h"
#include "app/document.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace stagecraft::app;

namespace {

struct Message {
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = {context, {}, false};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            current.finished = type.isEmpty() && !xml.readElementText().isEmpty();
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
    const QString m_ts = QStringLiteral(STAGECRAFT_SOURCE_DIR "/translations/stagecraft_de.ts");

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tsFileHoldsEverySourceString()
    {
        // The same extraction as `./dev translations` (update_translations in src/app/CMakeLists.txt).
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(STAGECRAFT_SOURCE_DIR));
        lupdate.start(QStringLiteral(STAGECRAFT_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-silent"), QStringLiteral("src/app"), QStringLiteral("forms"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> extracted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(extracted.size() > 100);
        const QList<Message> committed = readTs(m_ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> known;
        for (const Message &m : committed)
            known.insert(m.context + u'\x1f' + m.source);
        QStringList missing;
        for (const Message &m : extracted) {
            if (!known.contains(m.context + u'\x1f' + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("translations/stagecraft_de.ts lacks %1 string(s); run "
                                                              "./dev translations:\n")
                                                   .arg(missing.size())
                                               + missing.join(u'\n')));
    }

    void theWindowsMenusAreTranslated()
    {
        // The strings a person sees first: every menu and action of the window and the stage menu.
        QString error;
        const QList<Message> committed = readTs(m_ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const Message &m : committed) {
            if ((m.context == u"stagecraft::app::MainWindow" || m.context == u"stagecraft::app::StageActions") && !m.finished)
                untranslated << m.source;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }

    void germanIsAvailableAndChangesTheWindow()
    {
        QVERIFY(availableLanguages().contains(QStringLiteral("de")));
        {
            MainWindow english;
            QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        }
        QVERIFY(installTranslation(QStringLiteral("de")));
        MainWindow german;
        QCOMPARE(german.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QStringList titles;
        for (const QAction *action : german.menuBar()->actions())
            titles << action->text();
        QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(u' ')));
        german.document()->textDocument()->setModified(false);
    }

    void englishNeedsNoTranslation() { QVERIFY(!installTranslation(QStringLiteral("en"))); }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
