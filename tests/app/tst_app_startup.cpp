// The app starts, opens the bundled example, highlights it with the Dockerfile definition
// and shows its stages on the canvas.
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/document.h"
#include "app/highlighting.h"
#include "app/mainwindow.h"
#include "app/semantichighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace stagecraft::app;

class TestAppStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensAndHighlightsTheExample()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/examples/python.Dockerfile")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.highlighter()->definition().name(), QStringLiteral("Dockerfile"));

        // Find the first FROM line and check that a highlighted format covers the keyword.
        QTextBlock block = window.document()->textDocument()->firstBlock();
        while (block.isValid() && !block.text().startsWith(QLatin1String("FROM")))
            block = block.next();
        QVERIFY(block.isValid());
        bool keywordFormatted = false;
        const auto formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start == 0 && range.length >= 4
                && (range.format.hasProperty(QTextFormat::ForegroundBrush) || range.format.fontWeight() > QFont::Normal))
                keywordFormatted = true;
        }
        QVERIFY2(keywordFormatted, "FROM carries no highlighting format");
        QCOMPARE(window.canvas()->stageCount(), 3);
        QVERIFY(window.canvas()->itemForKey(QStringLiteral("stage:runtime")));
    }

    void definitionIsFoundByName()
    {
        QVERIFY(dockerfileDefinition().isValid());
        QCOMPARE(dockerfileDefinition().name(), QStringLiteral("Dockerfile"));
    }
};

QTEST_MAIN(TestAppStartup)
#include "tst_app_startup.moc"
