// Export from the window: the picture export looks like the canvas (pixel comparison with a
// small tolerance), and File → Export… offers every format and option with a live preview
// and writes what the command line would.
#include "app/canvasview.h"
#include "app/document.h"
#include "app/exportdialog.h"
#include "app/mainwindow.h"

#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QGraphicsScene>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::app;

class TestExportWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportedPngMatchesTheCanvas()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/examples/python.Dockerfile")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.canvas()->scene()->clearSelection();

        const Document *document = window.document();
        const diagram::DiagramScene exported(diagram::DiagramModel::fromGraph(document->graph(), document->tree()),
                                             window.canvas()->style(), diagram::Direction::LeftToRight);
        const QImage picture = exported.toImage(1.0);

        // The canvas's scene, drawn over the same area at 100%.
        const QRectF area = exported.bounds();
        QImage screen(picture.size(), QImage::Format_ARGB32_Premultiplied);
        screen.fill(window.canvas()->style().background);
        QPainter painter(&screen);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        window.canvas()->scene()->render(&painter, QRectF(QPointF(0, 0), area.size()), area);
        painter.end();

        qint64 total = 0;
        int differing = 0;
        for (int y = 0; y < screen.height(); ++y) {
            for (int x = 0; x < screen.width(); ++x) {
                const QColor a = screen.pixelColor(x, y), b = picture.pixelColor(x, y);
                const int d = qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
                total += d;
                differing += d > 96;
            }
        }
        const double pixels = double(screen.width()) * screen.height();
        QVERIFY2(total / pixels < 3.0, qPrintable(QStringLiteral("mean difference %1").arg(total / pixels)));
        QVERIFY2(differing / pixels < 0.01, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        // And the comparison can fail: a dark export does not match the light canvas.
        const diagram::DiagramScene dark(exported.model(), diagram::DiagramStyle::forTheme(diagram::Theme::Dark),
                                         diagram::Direction::LeftToRight);
        const QImage other = dark.toImage(1.0);
        qint64 otherTotal = 0;
        for (int y = 0; y < screen.height(); y += 2)
            for (int x = 0; x < screen.width(); x += 2)
                otherTotal += qAbs(screen.pixelColor(x, y).red() - other.pixelColor(x, y).red());
        QVERIFY(otherTotal / (pixels / 4) > 50);
    }

    void exportDialogPreviewsAndWrites()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(STAGECRAFT_TEST_DATA "/export/go-static.Dockerfile")));
        ExportDialog dialog(window.document(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        struct {
            QComboBox *format, *target;
            QCheckBox *legend;
            QStackedWidget *previewStack;
            QWidget *picturePreview;
            QLabel *picture;
            QPlainTextEdit *textPreview;
        } widgets{dialog.findChild<QComboBox *>(QStringLiteral("format")), dialog.findChild<QComboBox *>(QStringLiteral("target")),
                  dialog.findChild<QCheckBox *>(QStringLiteral("legend")), dialog.findChild<QStackedWidget *>(QStringLiteral("previewStack")),
                  dialog.findChild<QWidget *>(QStringLiteral("picturePreview")), dialog.findChild<QLabel *>(QStringLiteral("picture")),
                  dialog.findChild<QPlainTextEdit *>(QStringLiteral("textPreview"))};
        auto *ui = &widgets;
        QVERIFY(ui->format && ui->target && ui->legend && ui->previewStack && ui->picture && ui->textPreview);
        QCOMPARE(ui->format->count(), 6);
        QCOMPARE(ui->previewStack->currentWidget(), ui->picturePreview);
        QVERIFY(!ui->picture->pixmap().isNull());

        ui->format->setCurrentIndex(ui->format->findData(int(ExportFormat::Dot)));
        QCOMPARE(ui->previewStack->currentWidget(), ui->textPreview);
        QVERIFY(ui->textPreview->toPlainText().contains(QLatin1String("digraph stages")));
        QVERIFY(ui->textPreview->toPlainText().contains(QLatin1String("cluster_legend")));
        QTest::mouseClick(ui->legend, Qt::LeftButton, {}, QPoint(8, ui->legend->height() / 2)); // on the box
        QVERIFY(!ui->textPreview->toPlainText().contains(QLatin1String("cluster_legend")));
        ui->target->setCurrentIndex(ui->target->findData(QStringLiteral("debug")));
        QVERIFY(ui->textPreview->toPlainText().contains(QLatin1String("skipped for this target")));

        // What Save writes equals what `stagecraft export` produces for the same options.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.dot"));
        QString error;
        QVERIFY2(dialog.writeTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ExportOptions options;
        options.legend = false;
        options.target = QStringLiteral("debug");
        AnalysisOptions analysis;
        analysis.target = options.target;
        const StageGraph graph = analyse(window.document()->tree(), analysis);
        QCOMPARE(file.readAll(), diagram::renderExport(window.document()->tree(), graph, ExportFormat::Dot, options,
                                                       window.document()->displayName()));
    }
};

QTEST_MAIN(TestExportWindow)
#include "tst_export_window.moc"
