// Lint findings in the window: the Problems dock lists them and applies a finding's quick fix
// with its button as one undoable edit; the editor's context menu offers the fix at the
// finding; the canvas badges count lint findings (warnings apart from errors). Offscreen.
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/docks.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/quickfixes.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stagecraft;
using namespace stagecraft::app;

namespace {

const QString text = QStringLiteral(
    "FROM golang:1.22 AS Builder\n"
    "RUN go build -o /app .\n"
    "FROM python AS runtime\n"
    "COPY --from=builder /app /app\n");

// The row of the first finding with `code`, or nullptr.
QTreeWidgetItem *rowOf(ProblemsDock *dock, const QString &code)
{
    for (int i = 0; i < dock->view()->topLevelItemCount(); ++i) {
        if (dock->view()->topLevelItem(i)->text(2) == code)
            return dock->view()->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestQuickFixes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void problemsDockFixAndUndo()
    {
        MainWindow window;
        window.newDocument(text);
        ProblemsDock *dock = window.problemsDock();
        QUndoStack *undo = window.document()->undoStack();
        const int before = undo->count();
        // lint findings are listed next to the graph's diagnostics
        QVERIFY(rowOf(dock, QStringLiteral("DL3006")));
        QVERIFY(!dock->fixButton()->isEnabled()); // nothing selected
        dock->view()->setCurrentItem(rowOf(dock, QStringLiteral("DL3006")));
        QVERIFY(!dock->fixButton()->isEnabled()); // no tag known from the file: no fix
        QTreeWidgetItem *row = rowOf(dock, QStringLiteral("StageNameCasing"));
        QVERIFY(row);
        dock->view()->setCurrentItem(row);
        QVERIFY(dock->fixButton()->isEnabled());
        QCOMPARE(dock->fixButton()->toolTip(), QStringLiteral("Lowercase stage name \"Builder\""));

        QTest::mouseClick(dock->fixButton(), Qt::LeftButton);
        QString fixed = text;
        fixed.replace(QStringLiteral("AS Builder"), QStringLiteral("AS builder"));
        QCOMPARE(window.document()->text(), fixed);
        QCOMPARE(undo->count(), before + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Lowercase stage name \"Builder\""));
        QVERIFY(!rowOf(dock, QStringLiteral("StageNameCasing")));

        undo->undo();
        QCOMPARE(window.document()->text(), text);
        QTRY_VERIFY(rowOf(dock, QStringLiteral("StageNameCasing")));
        undo->redo();
        QCOMPARE(window.document()->text(), fixed);
    }

    // The rows follow lint, which waits for typing to rest; findings() does not wait. A click
    // right after typing acts on the problem the row shows, not on whatever took its index.
    void quickFixRightAfterTypingFixesTheRowShown()
    {
        MainWindow window;
        window.newDocument(text);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->setFindingsDelay(60'000); // the text does not rest during this test
        auto *dock = window.findChild<ProblemsDock *>();
        dock->view()->setCurrentItem(rowOf(dock, QStringLiteral("StageNameCasing")));
        QTextCursor top(window.document()->textDocument());
        top.insertText(QStringLiteral("FROM alpine:3.20 AS Extra\n")); // a new finding of the same rule, above
        QVERIFY(!window.document()->hasCurrentFindings());
        QVERIFY(dock->fixCurrent());
        QVERIFY2(window.document()->text().contains(QStringLiteral("AS builder\n")), qPrintable(window.document()->text()));
        QVERIFY(window.document()->text().contains(QStringLiteral("AS Extra\n")));
        // Its problem gone before the click: nothing is fixed.
        dock->view()->setCurrentItem(rowOf(dock, QStringLiteral("StageNameCasing"))); // Extra's
        QTextCursor line(window.document()->textDocument());
        line.setPosition(int(window.document()->text().indexOf(QStringLiteral("Extra"))));
        line.setPosition(line.position() + 5, QTextCursor::KeepAnchor);
        line.insertText(QStringLiteral("extra"));
        const QString before = window.document()->text();
        QVERIFY(!dock->fixCurrent());
        QCOMPARE(window.document()->text(), before);
        window.document()->textDocument()->setModified(false);
    }

    void editorContextMenuOffersTheFix()
    {
        MainWindow window;
        window.newDocument(QStringLiteral("FROM alpine:3.20 as runtime\nCOPY app /app\n"));
        const qsizetype at = window.document()->text().indexOf(QStringLiteral("as"));
        QMenu menu;
        QCOMPARE(addQuickFixActions(&menu, window.document(), at + 1), 1);
        QMenu elsewhere;
        QCOMPARE(addQuickFixActions(&elsewhere, window.document(), 2), 0); // FROM: no finding there
        QAction *fix = menu.findChild<QAction *>(QStringLiteral("quickFix"));
        QVERIFY(fix);
        QCOMPARE(fix->text(), QStringLiteral("Write 'AS' to match 'FROM'"));
        QVERIFY(fix->isEnabled());
        fix->trigger();
        QCOMPARE(window.document()->text(), QStringLiteral("FROM alpine:3.20 AS runtime\nCOPY app /app\n"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->text(), QStringLiteral("FROM alpine:3.20 as runtime\nCOPY app /app\n"));
    }

    void editorContextMenuAtTheFinding()
    {
        MainWindow window;
        const QString before = QStringLiteral("FROM alpine:3.20 AS Runtime\nCOPY app /app\n");
        window.newDocument(before);
        QTextCursor cursor(window.document()->textDocument());
        cursor.setPosition(int(before.indexOf(QStringLiteral("Runtime")) + 2));
        window.editor()->setTextCursor(cursor);
        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (QAction *fix = menu->findChild<QAction *>(QStringLiteral("quickFix"))) {
                offered = fix->text();
                fix->trigger();
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5), window.editor()->viewport()->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(window.editor()->viewport(), &event);
        QCOMPARE(offered, QStringLiteral("Lowercase stage name \"Runtime\""));
        QCOMPARE(window.document()->text(), QStringLiteral("FROM alpine:3.20 AS runtime\nCOPY app /app\n"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->text(), before);
    }

    void refusedFixIsDisabled()
    {
        // moving the last stage above its first use would change the default target
        MainWindow window;
        window.newDocument(QStringLiteral("FROM alpine:3 AS app\nCOPY --from=builder /x /x\nFROM golang:1 AS builder\n"));
        ProblemsDock *dock = window.problemsDock();
        QTreeWidgetItem *row = rowOf(dock, QStringLiteral("copy-from-later-stage"));
        QVERIFY(row);
        dock->view()->setCurrentItem(row);
        QVERIFY(!dock->fixButton()->isEnabled());
        QVERIFY2(dock->fixButton()->toolTip().contains(QStringLiteral("default target")), qPrintable(dock->fixButton()->toolTip()));
        QVERIFY(!dock->fixCurrent());
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }

    void canvasBadgesCountLintFindings()
    {
        MainWindow window;
        window.newDocument(text);
        NodeItem *runtime = window.canvas()->itemForKey(QStringLiteral("stage:runtime"));
        QVERIFY(runtime);
        QCOMPARE(runtime->node().errorCount, 0);
        QCOMPARE(runtime->node().warningCount, 1); // DL3006, a lint finding only
        // The node's tooltip (the canvas decides it) lists the finding after the stage.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.canvas()->centerOn(runtime);
        const QString tip = window.canvas()->toolTipAt(window.canvas()->mapFromScene(runtime->sceneBoundingRect().center()));
        QVERIFY2(tip.contains(QStringLiteral("[DL3006]")), qPrintable(tip));
        window.newDocument(QStringLiteral("FROM alpine:3 AS a\nCOPY --from=a /x /x\n"));
        NodeItem *a = window.canvas()->itemForKey(QStringLiteral("stage:a"));
        QVERIFY(a);
        QCOMPARE(a->node().errorCount, 1); // copy-from-self
    }

    // Lint stays off the keystroke path: typing re-parses at once, the findings follow when
    // the text rests. Until then badges and underlines stay where they were, the underlines
    // moving with the text; asking for findings() gets those of the current text.
    void lintWaitsUntilTypingRests()
    {
        MainWindow window;
        window.newDocument(text);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Document *document = window.document();
        QVERIFY(document->hasCurrentFindings());
        NodeItem *runtime = window.canvas()->itemForKey(QStringLiteral("stage:runtime"));
        QCOMPARE(runtime->node().warningCount, 1); // DL3006: python without a tag
        const auto underline = [&](const QString &code) -> const CodeEditor::Marker * {
            for (const CodeEditor::Marker &m : window.editor()->markers()) {
                if (m.message.contains(u'[' + code + u']'))
                    return &m;
            }
            return nullptr;
        };
        QVERIFY(underline(QStringLiteral("DL3006")));
        const qsizetype pythonAt = text.indexOf(QStringLiteral("python"));
        QCOMPARE(underline(QStringLiteral("DL3006"))->begin, pythonAt);

        // Type a comment line at the top: everything below moves by its length. (A long delay
        // here, so that a slow machine cannot let the text rest between two key presses.)
        document->setFindingsDelay(60'000);
        QSignalSpy linted(document, &Document::findingsChanged);
        QTextCursor cursor(document->textDocument());
        window.editor()->setTextCursor(cursor);
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), QStringLiteral("# x"));
        QTest::keyClick(window.editor(), Qt::Key_Return);
        QVERIFY(!document->hasCurrentFindings());
        QCOMPARE(linted.count(), 0);
        QCOMPARE(window.canvas()->model().nodes.size(), size_t(4)); // two stages, two images: the graph follows at once
        runtime = window.canvas()->itemForKey(QStringLiteral("stage:runtime"));
        QCOMPARE(runtime->node().warningCount, 1); // the badge stays until lint has run
        QCOMPARE(underline(QStringLiteral("DL3006"))->begin, pythonAt + 4); // moved with the text

        // The tag: DL3006 goes once the text rests.
        document->setFindingsDelay(Document::findingsDelayMs);
        QTextCursor tag(document->textDocument());
        tag.setPosition(int(pythonAt + 4 + 6));
        window.editor()->setTextCursor(tag);
        QTest::keyClicks(window.editor(), QStringLiteral(":3.12"));
        QVERIFY(linted.wait());
        QCOMPARE(linted.count(), 1); // once for the burst of keystrokes
        QVERIFY(document->hasCurrentFindings());
        QVERIFY(!underline(QStringLiteral("DL3006")));
        QCOMPARE(window.canvas()->itemForKey(QStringLiteral("stage:runtime"))->node().warningCount, 0);

        // Asked before the timer fires, findings() lints the current text.
        QTest::keyClicks(window.editor(), QStringLiteral("x"));
        QVERIFY(!document->hasCurrentFindings());
        bool hasTagFinding = false;
        for (const Finding &f : document->findings())
            hasTagFinding = hasTagFinding || f.diagnostic.code == u"DL3006";
        QVERIFY(!hasTagFinding);
        QVERIFY(document->hasCurrentFindings());
        document->textDocument()->setModified(false);
    }
};

QTEST_MAIN(TestQuickFixes)
#include "tst_quick_fixes.moc"
