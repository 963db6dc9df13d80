#include "cli.h"

#include "commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#ifdef STAGECRAFT_WITH_DIAGRAM
#include <QGuiApplication>
#endif
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace stagecraft::cli {

namespace {

struct Subcommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, Streams streams);
};

// Subcommands in the order --help lists them.
const Subcommand subcommands[] = {
    {"stages", "print the stage graph (text or --json)", runStages},
#ifdef STAGECRAFT_WITH_DIAGRAM
    {"export", "export the stage diagram (svg, png, pdf, dot, mermaid, json)", runExport},
#endif
    {"lint", "check the Dockerfile (BuildKit checks, hadolint stage rules, roles) with quick fixes", runLint},
    {"plan", "show which stages a build runs and skips for a target", runPlan},
    {"edit", "rename, rebase, add, delete, move stages and more, as text edits", runEdit},
};

void printUsage(QTextStream &out)
{
    out << "Usage: stagecraft [FILE]            open FILE in the editor\n"
           "       stagecraft COMMAND [ARGS...]  run a command without a window\n\n"
           "Commands:\n";
    for (const auto &c : subcommands) {
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << QString::fromUtf8(c.summary) << '\n';
    }
    out << "\n  --help     show this help (stagecraft COMMAND --help for a command)\n"
           "  --version  show the version\n";
}

const Subcommand *findSubcommand(const char *name)
{
    for (const auto &c : subcommands) {
        if (std::strcmp(c.name, name) == 0)
            return &c;
    }
    return nullptr;
}

} // namespace

// A first argument that is no existing file and looks like a word ("lnit", "exprot") is a
// mistyped or unknown command: say so instead of opening a window on a file of that name.
bool looksLikeUnknownCommand(const char *first)
{
    if (!*first || first[0] == '-' || std::strchr(first, '/') || std::strchr(first, '.'))
        return false;
    return !QFileInfo::exists(QString::fromLocal8Bit(first));
}

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    return findSubcommand(first) || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0
        || std::strcmp(first, "--version") == 0 || std::strcmp(first, "help") == 0 || looksLikeUnknownCommand(first);
}

int main(int argc, char **argv)
{
#ifdef STAGECRAFT_WITH_DIAGRAM
    // Picture exports draw text, which needs a QGuiApplication; where there is no display
    // they use the offscreen platform, so `stagecraft export` works in CI.
    const bool needsGui = std::strcmp(argv[1], "export") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
#else
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("stagecraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.takeFirst();
    if (name == u"--version") {
        out << "stagecraft " << STAGECRAFT_VERSION << " (Qt " << qVersion() << ")\n";
        return 0;
    }
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(out);
        return 0;
    }
    const Subcommand *command = findSubcommand(argv[1]);
    if (!command) {
        err << "stagecraft: unknown command \"" << name << "\" (see stagecraft --help); to open a file, give its path\n";
        return 2;
    }
    return command->run(args, Streams{out, err});
}

} // namespace stagecraft::cli
