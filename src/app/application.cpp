#include "application.h"

#include "canvasview.h"
#include "document.h"
#include "mainwindow.h"
#include "tour.h"

#include "diagram/diagramscene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace stagecraft::app {

namespace {

// Renders the window and, optionally, the document's stage diagram into PNG files, then quits.
// Used by `./dev run` where there is no display, and by `./dev screenshots`.
// With tourStep > 0 the picture shows that step (1-based) of the guided tour.
int writeScreenshots(MainWindow &window, const QString &windowPath, const QString &diagramPath, int tourStep)
{
    QTextStream err(stderr);
    window.show();
    QApplication::processEvents();
    window.canvas()->fitGraph();
    QApplication::processEvents();
    if (tourStep > 0) {
        window.startTour();
        for (int step = 1; step < tourStep && window.tour() && window.tour()->isActive(); ++step)
            window.tour()->next();
        QApplication::processEvents();
    }
    if (!windowPath.isEmpty() && !window.grab().save(windowPath)) {
        err << "stagecraft: cannot write " << windowPath << '\n';
        return 2;
    }
    if (!diagramPath.isEmpty()) {
        const Document *document = window.document();
        const diagram::DiagramScene scene(diagram::DiagramModel::fromGraph(document->graph(), document->tree()),
                                          window.canvas()->style(), diagram::Direction::LeftToRight);
        if (!scene.toImage(2.0).save(diagramPath)) {
            err << "stagecraft: cannot write " << diagramPath << '\n';
            return 2;
        }
    }
    return 0;
}

// A Fusion palette for an explicit colour scheme (screenshots, and people who want one).
void applyColorScheme(Qt::ColorScheme scheme)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette palette = QApplication::style()->standardPalette();
    if (scheme == Qt::ColorScheme::Dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x24));
        palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x99));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    }
    QApplication::setPalette(palette);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stagecraft"));
    QApplication::setOrganizationName(QStringLiteral("Stagecraft"));
    QApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stagecraft.Stagecraft"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See and shape multistage Dockerfiles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The Dockerfile to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Write a picture of the window to PATH and quit."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption diagram(QStringLiteral("diagram-screenshot"),
                                     QApplication::translate("main", "Write the file's stage diagram to PATH and quit."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QApplication::translate("main", "Use a light or dark palette instead of the system's."),
                                         QStringLiteral("light|dark"));
    const QCommandLineOption tourStep(QStringLiteral("tour-step"),
                                      QApplication::translate("main", "With --screenshot: show step N of the guided tour."),
                                      QStringLiteral("N"));
    parser.addOption(tourStep);
    parser.addOption(colorScheme);
    parser.addOption(screenshot);
    parser.addOption(diagram);
    parser.process(app);
    if (parser.isSet(colorScheme))
        applyColorScheme(parser.value(colorScheme) == u"dark" ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first(), parser.isSet(screenshot) || parser.isSet(diagram));

    if (parser.isSet(screenshot) || parser.isSet(diagram))
        return writeScreenshots(window, parser.value(screenshot), parser.value(diagram), parser.value(tourStep).toInt());

    window.show();
    // After a crash: offer the work autosave kept, once the window is up.
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    return QApplication::exec();
}

} // namespace stagecraft::app
