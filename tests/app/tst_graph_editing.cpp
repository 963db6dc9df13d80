// Graph edits from the window, driven through real widgets: inline rename on the canvas
// (double-click, F2), the inspector's fields, role shortcuts, delete/duplicate/move from the
// Stage menu; each is one step of the document's single undo history, shared with typing,
// with the operation's menu text; undo and redo restore the exact bytes.
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/docks.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/stageactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace stagecraft;
using namespace stagecraft::app;

class TestGraphEditing : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    QString text() const { return m_window->document()->text(); }
    CanvasView *canvas() const { return m_window->canvas(); }
    QUndoStack *undo() const { return m_window->document()->undoStack(); }

    QPoint centreOf(const QString &key) const
    {
        NodeItem *item = canvas()->itemForKey(key);
        canvas()->centerOn(item);
        return canvas()->mapFromScene(item->sceneBoundingRect().center());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->newDocument(QStringLiteral("FROM golang:1.22 AS build\nRUN make\n\nFROM alpine AS runtime\nCOPY --from=build /app /app\n"));
    }

    void cleanup()
    {
        m_window->document()->textDocument()->setModified(false);
        m_window.reset();
    }

    void inlineRenameOnTheCanvasIsOneUndoStep()
    {
        const QString before = text();
        QTest::mouseDClick(canvas()->viewport(), Qt::LeftButton, {}, centreOf(QStringLiteral("stage:build")));
        QLineEdit *editor = canvas()->renameEditor();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("build"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("builder"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(text(), QStringLiteral("FROM golang:1.22 AS builder\nRUN make\n\nFROM alpine AS runtime\nCOPY --from=builder /app /app\n"));
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:builder")));
        QCOMPARE(undo()->undoText(), QStringLiteral("Rename stage build → builder"));
        // Ctrl+Z in the canvas undoes it: one step, exact bytes.
        canvas()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(text(), before);
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QVERIFY(text().contains(QLatin1String("AS builder")));
    }

    void escapeCancelsTheInlineEditor()
    {
        const QString before = text();
        canvas()->selectStage(0);
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_F2);
        QLineEdit *editor = canvas()->renameEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("zzz"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!canvas()->renameEditor());
        QCOMPARE(text(), before);
        QCOMPARE(undo()->count(), 0);
    }

    void refusedRenameChangesNothing()
    {
        const QString before = text();
        QString error;
        QVERIFY(!m_window->stageActions()->renameTo(0, QStringLiteral("runtime"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_window->stageActions()->renameTo(0, QStringLiteral("Bad Name"), &error));
        QVERIFY(!m_window->stageActions()->renameTo(0, QStringLiteral("scratch"), &error));
        QCOMPARE(text(), before);
        QCOMPARE(undo()->count(), 0);
    }

    void typingAndGraphEditsShareOneHistory()
    {
        QPlainTextEdit *editor = m_window->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("RUN true"));
        const QString typed = text();
        canvas()->selectStage(1);
        canvas()->setFocus();
        QVERIFY(m_window->stageActions()->markRole(1, Role::Runtime, false));
        QVERIFY(text().contains(QLatin1String("# stagecraft: role=runtime\nFROM alpine AS runtime")));
        QCOMPARE(undo()->undoText(), QStringLiteral("Mark stage runtime as runtime"));
        // Ctrl+Z in the editor undoes the graph edit first, then the typing.
        editor->setFocus();
        QTest::keySequence(editor, QKeySequence::Undo);
        QCOMPARE(text(), typed);
        QTest::keySequence(editor, QKeySequence::Undo);
        QVERIFY(!text().contains(QLatin1String("RUN true")));
        QTest::keySequence(editor, QKeySequence::Redo);
        QTest::keySequence(editor, QKeySequence::Redo);
        QVERIFY(text().contains(QLatin1String("role=runtime")));
        QVERIFY(text().contains(QLatin1String("RUN true")));
    }

    void roleShortcutMarksTheSelectedStage()
    {
        canvas()->selectStage(0);
        canvas()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(text().startsWith(QLatin1String("# stagecraft: role=dev\nFROM golang:1.22 AS build\n")));
        QVERIFY(m_window->document()->graph().stages[0].roleExplicit);
        QCOMPARE(m_window->document()->graph().stages[0].role, Role::Dev);
    }

    void inspectorEditsNameBaseRoleAndDescription()
    {
        canvas()->selectStage(1);
        InspectorDock *inspector = m_window->inspectorDock();
        QCOMPARE(inspector->stage(), 1);
        QLineEdit *name = inspector->nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("final"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(text().contains(QLatin1String("FROM alpine AS final")));

        QComboBox *base = inspector->baseEdit();
        base->setFocus();
        base->lineEdit()->selectAll();
        QTest::keyClicks(base->lineEdit(), QStringLiteral("build"));
        QTest::keyClick(base->lineEdit(), Qt::Key_Return);
        QVERIFY(text().contains(QLatin1String("FROM build AS final")));

        QLineEdit *description = inspector->descriptionEdit();
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("ships the binary"));
        QTest::keyClick(description, Qt::Key_Return);
        QVERIFY(text().contains(QLatin1String("# final ships the binary\n")));
        QCOMPARE(m_window->document()->graph().stages[1].description, QStringLiteral("ships the binary"));

        QComboBox *role = inspector->roleEdit();
        role->setCurrentIndex(role->findData(int(Role::Runtime)));
        Q_EMIT role->activated(role->currentIndex());
        QVERIFY(text().contains(QLatin1String("# stagecraft: role=runtime\n")));
        QCOMPARE(undo()->count(), 4);
        while (undo()->canUndo())
            undo()->undo();
        QCOMPARE(text(), QStringLiteral("FROM golang:1.22 AS build\nRUN make\n\nFROM alpine AS runtime\nCOPY --from=build /app /app\n"));
    }

    void duplicateMoveAndDeleteFromTheStageMenu()
    {
        canvas()->selectStage(0);
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // Stage → Duplicate
        QCOMPARE(m_window->document()->graph().stages.size(), size_t(3));
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:build-copy")));
        // Delete the copy: nothing depends on it, so no question is asked.
        const int copy = m_window->document()->graph().findStage(QStringLiteral("build-copy"));
        QVERIFY(copy >= 0);
        canvas()->selectStage(copy);
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier); // Stage → Delete
        QCOMPARE(text(), QStringLiteral("FROM golang:1.22 AS build\nRUN make\n\nFROM alpine AS runtime\nCOPY --from=build /app /app\n"));
        // Moving runtime above build would make COPY --from=build refer to a later stage.
        QString error;
        QVERIFY(!m_window->stageActions()->moveTo(1, 0, &error));
        QVERIFY2(!error.isEmpty(), "a refused move says why");
    }

    void draggingAConnectionRebasesOrAddsAStage()
    {
        NodeItem *build = canvas()->itemForKey(QStringLiteral("stage:build"));
        NodeItem *runtime = canvas()->itemForKey(QStringLiteral("stage:runtime"));
        canvas()->fitGraph();
        const auto viewPoint = [this](NodeItem *item, QRectF local) {
            return canvas()->mapFromScene(item->mapToScene(local.center()));
        };
        // Output port of build onto runtime: runtime now builds FROM build.
        const QPoint start = viewPoint(build, build->geometry().outputPort());
        const QPoint end = viewPoint(runtime, runtime->geometry().boundingRect());
        QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, end, canvas()->viewport()->mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas()->viewport(), &move);
        QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, end);
        QVERIFY2(text().contains(QLatin1String("FROM build AS runtime")), qPrintable(text()));
        QCOMPARE(undo()->undoText(), QStringLiteral("Rebase stage runtime onto build"));

        // Output port of build into empty space: a new stage FROM build, named inline.
        NodeItem *again = canvas()->itemForKey(QStringLiteral("stage:build"));
        const QPoint from2 = viewPoint(again, again->geometry().outputPort());
        const QPoint empty2 = canvas()->mapFromScene(canvas()->scene()->itemsBoundingRect().bottomRight() + QPointF(40, 40));
        QVERIFY(canvas()->viewport()->rect().contains(empty2));
        QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, from2);
        QMouseEvent move2(QEvent::MouseMove, empty2, canvas()->viewport()->mapToGlobal(empty2), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas()->viewport(), &move2);
        QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, empty2);
        // Dropped into empty space: a menu offers a stage building on build or copying from it.
        QMenu *menu = canvas()->connectionMenu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 2);
        menu->actions().at(0)->trigger();
        QVERIFY2(text().contains(QLatin1String("FROM build AS build-next")), qPrintable(text()));
        QVERIFY(canvas()->renameEditor());
        QLineEdit *editor = canvas()->renameEditor();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("tests"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(text().contains(QLatin1String("FROM build AS tests")));

        // The second choice: a stage that starts empty and copies build's files, one undo step.
        const QString before = text();
        NodeItem *third = canvas()->itemForKey(QStringLiteral("stage:build"));
        const QPoint from3 = viewPoint(third, third->geometry().outputPort());
        const QPoint empty3 = canvas()->mapFromScene(canvas()->scene()->itemsBoundingRect().bottomRight() + QPointF(40, 40));
        QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, from3);
        QMouseEvent move3(QEvent::MouseMove, empty3, canvas()->viewport()->mapToGlobal(empty3), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas()->viewport(), &move3);
        QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, empty3);
        QVERIFY(canvas()->connectionMenu());
        canvas()->connectionMenu()->actions().at(1)->trigger();
        QVERIFY2(text().contains(QLatin1String("FROM scratch AS build-files\nCOPY --from=build / /\n")), qPrintable(text()));
        const int files = m_window->document()->graph().findStage(QStringLiteral("build-files"));
        QVERIFY(files >= 0);
        const auto &deps = m_window->document()->graph().stages[size_t(files)].dependencies;
        QVERIFY(std::any_of(deps.begin(), deps.end(), [](const Dependency &d) { return d.kind == DependencyKind::CopyFrom && d.stage == 0; }));
        QTest::keyClick(canvas()->renameEditor(), Qt::Key_Escape);
        undo()->undo();
        QCOMPARE(text(), before);
    }

    void moveWithTheKeyboard()
    {
        m_window->newDocument(QStringLiteral("FROM alpine AS a\nRUN one\n\nFROM alpine AS b\nRUN two\n"));
        canvas()->selectStage(1);
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier); // Stage → Move Up
        QCOMPARE(text(), QStringLiteral("FROM alpine AS b\nRUN two\n\nFROM alpine AS a\nRUN one\n"));
        QCOMPARE(undo()->undoText().left(10), QStringLiteral("Move stage"));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(text(), QStringLiteral("FROM alpine AS a\nRUN one\n\nFROM alpine AS b\nRUN two\n"));
    }

    void setAsBuildTargetFadesSkippedStages()
    {
        m_window->newDocument(QStringLiteral("FROM alpine AS a\nFROM alpine AS b\nFROM a AS c\n"));
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:b"))->node().built == false);
        canvas()->selectStage(1);
        canvas()->setFocus();
        m_window->stageActions()->setTarget->trigger();
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:b"))->node().built);
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:b"))->node().isTarget);
        QVERIFY(!canvas()->itemForKey(QStringLiteral("stage:c"))->node().built);
    }
};

QTEST_MAIN(TestGraphEditing)
#include "tst_graph_editing.moc"
