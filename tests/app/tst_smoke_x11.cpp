// Smoke test in a real X server (run under xvfb-run by CTest): the window opens on the xcb
// platform, shows the bundled example, paints, and closes cleanly.
#include "app/canvasview.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/semantichighlighter.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace stagecraft::app;

class TestSmokeX11 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowOpensShowsExampleAndCloses()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        QVERIFY(window->openFile(QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/examples/python.Dockerfile")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->document()->text().contains(QLatin1String("COPY --from=dev /venv /venv")));
        QCOMPARE(window->canvas()->stageCount(), 3);
        const QImage shot = window->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 400);
        QVERIFY(window->close());
        QTRY_VERIFY(guard.isNull()); // deleted on close: nothing held it open
    }
};

QTEST_MAIN(TestSmokeX11)
#include "tst_smoke_x11.moc"
