// The guided tour, driven through real widgets (QTest on the offscreen platform): its steps
// advance with Next/Back and with the keys, each step points at its part of the window (the
// actual stage nodes, FROM lines, COPY --from line and edge of the open document), Skip and
// Escape close it, Help > Take the Tour opens it again, and while it runs it takes the clicks.
#include "app/buildplandock.h"
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/tour.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace stagecraft;
using namespace stagecraft::app;

namespace {

// 1-based number of the first line containing `needle`, or 0.
int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

QAction *actionNamed(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

// The centre of a canvas node or edge, in the tour's coordinates.
QPoint centreInTour(Tour *tour, CanvasView *canvas, const QRectF &sceneRect)
{
    const QPoint inViewport = canvas->mapFromScene(sceneRect.center());
    return tour->mapFromGlobal(canvas->viewport()->mapToGlobal(inViewport));
}

bool highlighted(Tour *tour, const QPoint &point)
{
    const auto &rects = tour->highlights();
    return std::any_of(rects.begin(), rects.end(), [&](const QRect &r) { return r.contains(point); });
}

} // namespace

class TestTour : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    Tour *tour() const { return m_window->tour(); }

    // Starts the tour from the start page, as a newcomer would.
    void startFromStartPage()
    {
        m_window->startTour();
        QVERIFY(tour());
        QVERIFY(tour()->isActive());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void stepsAdvanceWithButtonsAndKeys()
    {
        startFromStartPage();
        QSignalSpy changed(tour(), &Tour::stepChanged);
        QCOMPARE(tour()->stepCount(), 7);
        QCOMPARE(tour()->currentIndex(), 0);
        auto *counter = tour()->findChild<QLabel *>(QStringLiteral("TourCounter"));
        QCOMPARE(counter->text(), QStringLiteral("Step 1 of 7"));
        QVERIFY(!tour()->backButton()->isEnabled());
        QVERIFY(tour()->nextButton()->hasFocus());

        QTest::mouseClick(tour()->nextButton(), Qt::LeftButton);
        QCOMPARE(tour()->currentIndex(), 1);
        QCOMPARE(counter->text(), QStringLiteral("Step 2 of 7"));
        QVERIFY(tour()->backButton()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(tour()->currentIndex(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QCOMPARE(tour()->currentIndex(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(tour()->currentIndex(), 2);
        QTest::mouseClick(tour()->backButton(), Qt::LeftButton);
        QCOMPARE(tour()->currentIndex(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next has the focus
        QCOMPARE(tour()->currentIndex(), 2);
        QCOMPARE(changed.size(), 6);
        QCOMPARE(tour()->findChild<QLabel *>(QStringLiteral("TourTitle"))->text(), tour()->currentStep().title);
        QVERIFY(tour()->isActive());
    }

    void eachStepPointsAtItsPart_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("widget");  // objectName of the widget the step is about
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QString>("line");    // text on the first editor line it points at
        QTest::addColumn<QString>("selected"); // the stage shown (selected on the canvas), or empty
        QTest::newRow("stages") << "stages" << "Canvas" << QStringList() << QString() << QString();
        QTest::newRow("from") << "from" << "Editor" << QStringList{QStringLiteral("stage:dev")}
                              << "FROM python:3.13-slim AS dev" << "dev";
        QTest::newRow("roles") << "roles" << "Canvas" << QStringList{QStringLiteral("stage:dev"), QStringLiteral("stage:debugging")}
                               << QString() << "dev";
        QTest::newRow("runtime") << "runtime" << "Editor" << QStringList{QStringLiteral("stage:runtime")}
                                 << "FROM python:3.13-slim AS runtime" << "runtime";
        QTest::newRow("target") << "target" << "BuildPlan" << QStringList{QStringLiteral("stage:runtime")} << QString()
                                << QString();
        QTest::newRow("copy") << "copy" << "Editor" << QStringList{QStringLiteral("stage:dev"), QStringLiteral("stage:runtime")}
                              << "COPY --from=dev /venv /venv" << "runtime";
        QTest::newRow("explore") << "explore" << "Editor" << QStringList() << QString() << QString();
    }

    void eachStepPointsAtItsPart()
    {
        QFETCH(QString, id);
        QFETCH(QString, widget);
        QFETCH(QStringList, nodes);
        QFETCH(QString, line);
        QFETCH(QString, selected);
        startFromStartPage();
        while (tour()->currentStep().id != id && tour()->currentIndex() + 1 < tour()->stepCount())
            QTest::mouseClick(tour()->nextButton(), Qt::LeftButton);
        const Tour::Step &step = tour()->currentStep();
        QCOMPARE(step.id, id);
        QVERIFY(step.widget);
        if (widget == u"Editor")
            QCOMPARE(step.widget.data(), static_cast<QWidget *>(m_window->editor()));
        else if (widget == u"Canvas")
            QCOMPARE(step.widget.data(), static_cast<QWidget *>(m_window->canvas()));
        else
            QCOMPARE(step.widget.data(), static_cast<QWidget *>(m_window->buildPlanDock()));
        QVERIFY(step.widget->isVisible());
        QCOMPARE(step.nodeKeys, nodes);
        QVERIFY(!tour()->highlights().isEmpty());

        CanvasView *canvas = m_window->canvas();
        for (const QString &key : nodes) {
            NodeItem *item = canvas->itemForKey(key);
            QVERIFY(item);
            QVERIFY2(highlighted(tour(), centreInTour(tour(), canvas, item->sceneBoundingRect())), qPrintable(key));
        }
        if (!line.isEmpty()) {
            const int number = lineOf(m_window->document()->text(), line);
            QVERIFY(number > 0);
            QCOMPARE(step.firstLine, number);
            // The editor shows that line, with the cursor on it, and it is left undimmed.
            CodeEditor *editor = m_window->editor();
            QCOMPARE(editor->textCursor().blockNumber() + 1, number);
            const QRect cursor = editor->cursorRect();
            QVERIFY(editor->viewport()->rect().contains(cursor.center()));
            QVERIFY(highlighted(tour(), tour()->mapFromGlobal(editor->viewport()->mapToGlobal(cursor.center()))));
        }
        if (id == u"stages" || id == u"explore" || (id == u"target")) {
            // The widget itself (for --target: the Build Plan dock beside the target's node).
            QVERIFY(highlighted(tour(), tour()->mapFromGlobal(step.widget->mapToGlobal(step.widget->rect().center()))));
        }
        if (id == u"copy") {
            // The COPY --from edge from dev into runtime.
            const int runtime = m_window->document()->graph().findStage(u"runtime");
            QCOMPARE(step.edgeStage, runtime);
            const Dependency &d = m_window->document()->graph().stages[size_t(runtime)].dependencies[size_t(step.edgeDependency)];
            QCOMPARE(d.kind, DependencyKind::CopyFrom);
            QCOMPARE(d.text, QStringLiteral("dev"));
        }
        if (!selected.isEmpty())
            QCOMPARE(canvas->selectedStage(), m_window->document()->graph().findStage(selected));
        // The callout covers nothing the step points at.
        const QRect callout = tour()->callout()->geometry();
        QVERIFY(tour()->rect().contains(callout));
        for (const QRect &r : tour()->highlights()) {
            if (r != tour()->rect())
                QVERIFY2(!callout.intersects(r), qPrintable(id));
        }
    }

    void skipClosesAndHelpReopens()
    {
        startFromStartPage();
        const QString text = m_window->document()->text();
        QSignalSpy finished(tour(), &Tour::finished);
        QTest::mouseClick(tour()->nextButton(), Qt::LeftButton);
        QTest::mouseClick(tour()->skipButton(), Qt::LeftButton);
        QVERIFY(!tour()->isActive());
        QVERIFY(!tour()->isVisible());
        QCOMPARE(finished.size(), 1);

        QAction *again = actionNamed(*m_window, QStringLiteral("TakeTour"));
        QVERIFY(again);
        QCOMPARE(again->text(), QStringLiteral("Take the &Tour"));
        again->trigger();
        QVERIFY(tour()->isActive());
        QCOMPARE(tour()->currentIndex(), 0);
        QCOMPARE(m_window->document()->text(), text); // the open document, not a new one
    }

    void escapeSkips()
    {
        startFromStartPage();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!tour()->isActive());
        QVERIFY(m_window->editor()->hasFocus());
    }

    void tabAndEnterPressTheFocusedButton()
    {
        startFromStartPage();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(tour()->currentIndex(), 1);
        // From Next, Shift+Tab reaches Back: Enter there goes back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tour()->backButton()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(tour()->currentIndex(), 0);
        QVERIFY(tour()->isActive());
        tour()->skipButton()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!tour()->isActive());
    }

    void lastStepFinishes()
    {
        startFromStartPage();
        QSignalSpy finished(tour(), &Tour::finished);
        for (int i = 1; i < tour()->stepCount(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(tour()->currentIndex(), tour()->stepCount() - 1);
        QCOMPARE(tour()->nextButton()->text(), QStringLiteral("Finish"));
        QTest::mouseClick(tour()->nextButton(), Qt::LeftButton);
        QVERIFY(!tour()->isActive());
        QCOMPARE(finished.size(), 1);
    }

    void takesTheClicksWhileItRuns()
    {
        startFromStartPage();
        CodeEditor *editor = m_window->editor();
        const QPoint inEditor = editor->mapTo(m_window.get(), editor->rect().center());
        QWidget *under = m_window->childAt(inEditor);
        QVERIFY(under);
        QVERIFY2(under == tour() || tour()->isAncestorOf(under), "the editor takes clicks during the tour");
        const int position = editor->textCursor().position();
        QTest::mouseClick(under, Qt::LeftButton, {}, under->mapFrom(m_window.get(), inEditor));
        QCOMPARE(editor->textCursor().position(), position);
        QVERIFY(tour()->isActive());
        // It follows the window's size.
        m_window->resize(1200, 800);
        QTRY_COMPARE(tour()->geometry(), m_window->rect());
    }

    void toursTheOpenDocument()
    {
        // A file of the person's own: a builder, a debugging stage, and a last stage that
        // copies from the builder (its role inferred: the last stage).
        const QString text = QStringLiteral("FROM golang:1.24 AS build\nRUN go build -o /out/app .\n"
                                            "FROM build AS debug\nRUN go install dlv\n"
                                            "FROM alpine AS app\nCOPY --from=build /out/app /usr/bin/app\n");
        m_window->newDocument(text);
        m_window->startTour();
        QVERIFY(tour()->isActive());
        QCOMPARE(m_window->document()->text(), text);
        const auto find = [this](const QString &id) {
            for (const Tour::Step &step : tour()->steps()) {
                if (step.id == id)
                    return step;
            }
            return Tour::Step{};
        };
        QCOMPARE(find(QStringLiteral("from")).nodeKeys, QStringList{QStringLiteral("stage:build")});
        QVERIFY(find(QStringLiteral("from")).text.contains(QStringLiteral("golang:1.24")));
        QCOMPARE(find(QStringLiteral("roles")).nodeKeys, QStringList{QStringLiteral("stage:debug")});
        QCOMPARE(find(QStringLiteral("runtime")).nodeKeys, QStringList{QStringLiteral("stage:app")});
        QCOMPARE(find(QStringLiteral("runtime")).firstLine, 5);
        QCOMPARE(find(QStringLiteral("copy")).firstLine, 6);
        QCOMPARE(find(QStringLiteral("copy")).edgeStage, 2);
        QVERIFY(find(QStringLiteral("copy")).text.contains(QStringLiteral("/out/app")));
        QVERIFY(find(QStringLiteral("target")).text.contains(QStringLiteral("--target debug")));
    }
};

QTEST_MAIN(TestTour)
#include "tst_tour.moc"
