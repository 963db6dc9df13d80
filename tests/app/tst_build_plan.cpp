// The Build plan dock: choosing a target or --build-arg values re-analyses the document, so
// the canvas marks the stages that build and fades the skipped ones; the dock lists them,
// tells the target's FROM chain from the stages that only feed it artifacts, and offers the
// docker build command to copy. Driven through the dock's widgets on the offscreen platform.
#include "app/buildplandock.h"
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/stageactions.h"
#include "app/templates.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace stagecraft;
using namespace stagecraft::app;

namespace {

const QString text = QStringLiteral(
    "ARG BASE=alpine:3.21\n"
    "FROM golang:1.24 AS deps\n"
    "RUN go mod download\n"
    "FROM deps AS builder\n"
    "RUN go build -o /out/app .\n"
    "FROM builder AS debugging\n"
    "RUN go install github.com/go-delve/delve/cmd/dlv@latest\n"
    "FROM ${BASE} AS runtime\n"
    "COPY --from=builder /out/app /app\n");

// The built list as "name: where its files go", in order.
QStringList builtRows(BuildPlanDock *dock)
{
    QStringList rows;
    for (int i = 0; i < dock->builtView()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dock->builtView()->topLevelItem(i);
        rows << item->text(0) + QStringLiteral(": ") + item->text(1);
    }
    return rows;
}

QStringList skippedRows(BuildPlanDock *dock)
{
    QStringList rows;
    for (int i = 0; i < dock->skippedView()->count(); ++i)
        rows << dock->skippedView()->item(i)->text();
    return rows;
}

const diagram::DiagramNode &node(MainWindow &window, const char *stage)
{
    NodeItem *item = window.canvas()->itemForKey(QStringLiteral("stage:") + QLatin1String(stage));
    Q_ASSERT(item);
    return item->node();
}

} // namespace

class TestBuildPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void defaultTargetIsTheLastStage()
    {
        MainWindow window;
        window.newDocument(text);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BuildPlanDock *dock = window.buildPlanDock();
        QVERIFY(dock);

        QCOMPARE(dock->targetBox()->currentIndex(), 0);
        QCOMPARE(dock->targetBox()->currentData().toString(), QString());
        QCOMPARE(dock->targetBox()->count(), 5); // default + four named stages
        QCOMPARE(builtRows(dock), (QStringList{QStringLiteral("deps: feeds artifacts"), QStringLiteral("builder: feeds artifacts"),
                                               QStringLiteral("runtime (target): in the image")}));
        QCOMPARE(skippedRows(dock), QStringList{QStringLiteral("debugging")});
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build -t app ."));
        QVERIFY(dock->commandEdit()->isReadOnly());
        QVERIFY(node(window, "runtime").isTarget);
        QVERIFY(node(window, "builder").built);
        QVERIFY(!node(window, "debugging").built);
    }

    void choosingATargetMarksTheCanvas()
    {
        MainWindow window;
        window.newDocument(text);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BuildPlanDock *dock = window.buildPlanDock();
        QComboBox *combo = dock->targetBox();

        // Keyboard: the entries after the default are deps, builder, debugging, runtime.
        dock->show();
        dock->raise();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("builder"));
        QCOMPARE(window.document()->analysisOptions().target, QStringLiteral("builder"));
        QCOMPARE(window.document()->graph().target, 1);

        QVERIFY(node(window, "builder").isTarget);
        QVERIFY(node(window, "builder").built);
        QVERIFY(node(window, "deps").built);
        QVERIFY(!node(window, "runtime").isTarget);
        QVERIFY(!node(window, "runtime").built);
        QVERIFY(!node(window, "debugging").built);
        QCOMPARE(builtRows(dock), (QStringList{QStringLiteral("deps: in the image"), QStringLiteral("builder (target): in the image")}));
        QCOMPARE(skippedRows(dock), (QStringList{QStringLiteral("debugging"), QStringLiteral("runtime")}));
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build --target builder -t app ."));

        // A chosen item, as a mouse pick in the popup would do it.
        const int debugging = combo->findData(QStringLiteral("debugging"));
        QVERIFY(debugging > 0);
        combo->setCurrentIndex(debugging);
        Q_EMIT combo->activated(debugging);
        QVERIFY(node(window, "debugging").isTarget);
        QVERIFY(node(window, "debugging").built);
        QVERIFY(!node(window, "builder").isTarget);
        QCOMPARE(skippedRows(dock), QStringList{QStringLiteral("runtime")});
        QCOMPARE(dock->plan().inImage, (std::vector<int>{0, 1, 2}));
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build --target debugging -t app ."));

        // The tag goes into the command; Copy puts the command on the clipboard.
        dock->tagEdit()->setText(QStringLiteral("example/app:dev"));
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build --target debugging -t example/app:dev ."));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dock->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("docker build --target debugging -t example/app:dev ."));

        // Back to the default target.
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QCOMPARE(window.document()->analysisOptions().target, QString());
        QVERIFY(node(window, "runtime").isTarget);
        QVERIFY(!node(window, "debugging").built);
    }

    void followsTheStageMenuAndEdits()
    {
        MainWindow window;
        window.newDocument(text);
        BuildPlanDock *dock = window.buildPlanDock();
        // Stage > Set as Build Target sets the document's options; the dock follows.
        window.stageActions()->makeTarget(0);
        QCOMPARE(dock->targetBox()->currentData().toString(), QStringLiteral("deps"));
        QCOMPARE(builtRows(dock), QStringList{QStringLiteral("deps (target): in the image")});
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build --target deps -t app ."));

        // A new stage appears in the combo after the text changes; the chosen target stays.
        QTextCursor cursor(window.document()->textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("FROM scratch AS extra\n"));
        QVERIFY(dock->targetBox()->findData(QStringLiteral("extra")) > 0);
        QCOMPARE(dock->targetBox()->currentData().toString(), QStringLiteral("deps"));
    }

    void buildArgsChangeWhatFromResolvesTo()
    {
        MainWindow window;
        window.newDocument(text);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BuildPlanDock *dock = window.buildPlanDock();
        dock->show();
        dock->raise();
        QCOMPARE(window.document()->graph().stages[3].baseStage, -1);

        // BASE=builder: runtime now builds on the builder stage, so deps and builder end up
        // in the image instead of only feeding it.
        QLineEdit *args = dock->buildArgsEdit();
        args->setFocus();
        QTest::keyClicks(args, QStringLiteral("BASE=builder"));
        QTest::keyClick(args, Qt::Key_Return);
        QCOMPARE(window.document()->analysisOptions().buildArgs.value(QStringLiteral("BASE")), QStringLiteral("builder"));
        QCOMPARE(window.document()->graph().stages[3].baseStage, 1);
        QCOMPARE(builtRows(dock), (QStringList{QStringLiteral("deps: in the image"), QStringLiteral("builder: in the image"),
                                               QStringLiteral("runtime (target): in the image")}));
        QVERIFY(dock->plan().feedsOnly.empty());
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build --build-arg BASE=builder -t app ."));
        QVERIFY(node(window, "builder").built);

        // Clearing the args restores the default.
        args->clear();
        QTest::keyClick(args, Qt::Key_Return);
        QVERIFY(window.document()->analysisOptions().buildArgs.isEmpty());
        QCOMPARE(window.document()->graph().stages[3].baseStage, -1);
        QCOMPARE(dock->commandEdit()->text(), QStringLiteral("docker build -t app ."));
    }

    // File > New from Template opens a template as a new document; its plan builds dev only
    // for its artifacts and skips the debugging stage.
    void templateOpensWithItsPlan()
    {
        MainWindow window;
        const QList<Template> all = templates();
        QCOMPARE(all.size(), 7);
        for (const Template &t : all)
            QVERIFY2(!templateText(t).isEmpty(), qPrintable(t.resourcePath));
        auto *action = window.findChild<QAction *>(QStringLiteral("NewFromTemplate_go"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(window.document()->text(), templateText(all[1]));
        QVERIFY(window.document()->filePath().isEmpty());
        BuildPlanDock *dock = window.buildPlanDock();
        QCOMPARE(builtRows(dock), (QStringList{QStringLiteral("dev: feeds artifacts"), QStringLiteral("runtime (target): in the image")}));
        QCOMPARE(skippedRows(dock), QStringList{QStringLiteral("debugging")});
    }

    void parsesBuildArgs()
    {
        QStringList invalid;
        const auto args = BuildPlanDock::parseBuildArgs(QStringLiteral("A=1 B=\"two words\" C= junk"), &invalid);
        QCOMPARE(args.value(QStringLiteral("A")), QStringLiteral("1"));
        QCOMPARE(args.value(QStringLiteral("B")), QStringLiteral("two words"));
        QVERIFY(args.contains(QStringLiteral("C")));
        QCOMPARE(args.size(), 3);
        QCOMPARE(invalid, QStringList{QStringLiteral("junk")});
    }
};

QTEST_MAIN(TestBuildPlan)
#include "tst_build_plan.moc"
