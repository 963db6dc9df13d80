#include "application.h"

#include "appearance.h"
#include "settings.h"

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
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

// resources/resources.qrc is compiled into the static stagecraft_app library, whose resource
// initialiser is linked in only when referred to (Q_INIT_RESOURCE must be outside a namespace).
static void initApplicationResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace stagecraft::app {

QIcon applicationIcon()
{
    static const bool initialised = (initApplicationResources(), true);
    Q_UNUSED(initialised);
    return QIcon::fromTheme(applicationId(),
                            QIcon(QStringLiteral(":/icons/") + applicationId() + QStringLiteral(".svg")));
}

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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stagecraft"));
    QApplication::setOrganizationName(QStringLiteral("Stagecraft"));
    QApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(applicationIcon());

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
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "Speak LANGUAGE (e.g. de, en) instead of the configured one."),
                                      QStringLiteral("LANGUAGE"));
    const QCommandLineOption tourStep(QStringLiteral("tour-step"),
                                      QApplication::translate("main", "With --screenshot: show step N of the guided tour."),
                                      QStringLiteral("N"));
    parser.addOption(tourStep);
    parser.addOption(colorScheme);
    parser.addOption(language);
    parser.addOption(screenshot);
    parser.addOption(diagram);
    parser.process(app);
    const Settings settings;
    installTranslation(parser.isSet(language) ? parser.value(language) : settings.language());
    if (parser.isSet(colorScheme))
        applyColorScheme(parser.value(colorScheme) == u"dark" ? Settings::ColorScheme::Dark : Settings::ColorScheme::Light);
    else if (settings.colorScheme() != Settings::ColorScheme::System)
        applyColorScheme(settings.colorScheme());

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
