// The start page, driven through its real buttons (QTest on the offscreen platform): it
// stands in for the editor and canvas when the window starts without a file and after Close;
// its recent files open, its templates create documents, New gives an empty editor, Open
// asks for a file, and Take the Tour starts the tour on the Python template.
#include "app/buildplandock.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/docks.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/startpage.h"
#include "app/templates.h"
#include "app/tour.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stagecraft::app;

namespace {

QCommandLinkButton *button(MainWindow &window, const QString &name)
{
    return window.startPage()->findChild<QCommandLinkButton *>(name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QAction *actionByText(MainWindow &window, const QString &text)
{
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString dockerfile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, text) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Settings().setRecentFiles({});
    }

    void showsWhenTheWindowStartsWithoutAFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isStartPageShown());
        QVERIFY(window.startPage()->isVisible());
        QVERIFY(!window.editor()->isVisible());
        QVERIFY(!window.canvas()->isVisible());
        // The docks describe a document: none shows on the start page.
        QVERIFY(!window.problemsDock()->isVisible());
        QVERIFY(!window.outlineDock()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Stagecraft[*]"));
        // Every template is offered with its one-line description.
        const QList<Template> list = templates();
        QVERIFY(list.size() >= 7);
        for (const Template &t : list) {
            QCommandLinkButton *b = button(window, QStringLiteral("StartTemplate_") + t.name);
            QVERIFY2(b, qPrintable(t.name));
            QVERIFY(!t.description.isEmpty());
            QCOMPARE(b->description(), t.description);
            QVERIFY(b->isVisible());
        }
        QVERIFY(button(window, QStringLiteral("StartOpen"))->isVisible());
        QVERIFY(button(window, QStringLiteral("StartTour"))->isVisible());
        QVERIFY(!button(window, QStringLiteral("StartRecent0")));
    }

    void recentFileOpens()
    {
        const QString path = dockerfile(QStringLiteral("Dockerfile"), "FROM alpine AS build\nFROM scratch AS out\n");
        const QString missing = m_dir.filePath(QStringLiteral("gone.Dockerfile"));
        Settings().setRecentFiles({path, missing});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCommandLinkButton *first = button(window, QStringLiteral("StartRecent0"));
        QCommandLinkButton *second = button(window, QStringLiteral("StartRecent1"));
        QVERIFY(first && second);
        QCOMPARE(first->text(), QStringLiteral("Dockerfile"));
        QVERIFY(first->isEnabled());
        QVERIFY2(!second->isEnabled(), "a recent file that no longer exists is offered");
        QTest::mouseClick(first, Qt::LeftButton);
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.editor()->isVisible());
        QVERIFY(window.canvas()->isVisible());
        QVERIFY(window.problemsDock()->isVisible());
        QCOMPARE(window.canvas()->stageCount(), 2);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Dockerfile")));
    }

    void docksComeBackAsTheyWere()
    {
        MainWindow window;
        window.newDocument(QStringLiteral("FROM alpine\n"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.buildPlanDock()->raise();
        window.outlineDock()->close();
        QTRY_VERIFY(!window.buildPlanDock()->visibleRegion().isEmpty());
        window.setStartPageShown(true);
        QVERIFY(!window.buildPlanDock()->isVisible());
        QVERIFY(!window.problemsDock()->isVisible());
        window.setStartPageShown(false);
        QVERIFY(window.problemsDock()->isVisible());
        QVERIFY2(!window.outlineDock()->isVisible(), "a dock the person closed came back");
        QTRY_VERIFY(!window.buildPlanDock()->visibleRegion().isEmpty());
        QTRY_VERIFY(window.inspectorDock()->visibleRegion().isEmpty()); // behind the build plan, as before
    }

    void templateCreatesADocument()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(button(window, QStringLiteral("StartTemplate_go")), Qt::LeftButton);
        QVERIFY(!window.isStartPageShown());
        Template go;
        for (const Template &t : templates()) {
            if (t.name == u"go")
                go = t;
        }
        QCOMPARE(window.document()->text(), templateText(go));
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.canvas()->stageCount(), 3);
        QVERIFY(window.canvas()->itemForKey(QStringLiteral("stage:runtime")));
    }

    void newGivesAnEmptyEditor()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(button(window, QStringLiteral("StartNew")), Qt::LeftButton);
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.editor()->isVisible());
        QVERIFY(window.document()->text().isEmpty());
        QTest::keyClicks(window.editor(), QStringLiteral("FROM alpine AS app"));
        QCOMPARE(window.document()->text(), QStringLiteral("FROM alpine AS app"));
        QCOMPARE(window.canvas()->stageCount(), 1);
    }

    void openAsksForAFile()
    {
        const QString path = dockerfile(QStringLiteral("opened.Dockerfile"), "FROM debian AS base\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString answered;
        // The file dialog is modal: answer it from the event loop it runs. Anything else
        // modal (a "file not found" box) is noted and closed, and then the dialog cancelled,
        // so that a failure never leaves the test waiting.
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, &window, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (top->isVisible() && (qobject_cast<QFileDialog *>(top) || qobject_cast<QMessageBox *>(top)))
                        modal = top;
                }
            }
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                answered += QStringLiteral(" then: ") + box->text();
                box->reject();
            } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                if (!answered.isEmpty()) {
                    dialog->reject();
                    return;
                }
                answered = QStringLiteral("chose ") + path;
                // Typed into the file name field: selectFile() leaves the field alone while
                // it has the focus.
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (name)
                    name->setText(path);
                else
                    dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes it protected
            }
        });
        answer.start();
        QTest::mouseClick(button(window, QStringLiteral("StartOpen")), Qt::LeftButton);
        answer.stop();
        QCOMPARE(answered, QStringLiteral("chose ") + path);
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!window.isStartPageShown());
        QCOMPARE(Settings().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void tourStartsOnThePythonTemplate()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.tour());
        QTest::mouseClick(button(window, QStringLiteral("StartTour")), Qt::LeftButton);
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.tour());
        QVERIFY(window.tour()->isActive());
        QCOMPARE(window.tour()->currentIndex(), 0);
        QVERIFY(window.document()->text().contains(QStringLiteral("FROM python:3.13-slim AS runtime")));
    }

    void closeShowsTheStartPageAgain()
    {
        const QString path = dockerfile(QStringLiteral("closed.Dockerfile"), "FROM alpine\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path, true));
        QVERIFY(!window.isStartPageShown());
        QAction *close = actionByText(window, QStringLiteral("&Close"));
        QVERIFY(close);
        close->trigger();
        QVERIFY(window.isStartPageShown());
        QVERIFY(window.document()->filePath().isEmpty());
        // The file just closed is the first recent file.
        QCommandLinkButton *recent = button(window, QStringLiteral("StartRecent0"));
        QVERIFY(recent);
        QCOMPARE(recent->text(), QStringLiteral("closed.Dockerfile"));
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_start_page.moc"
