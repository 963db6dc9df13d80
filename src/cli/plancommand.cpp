// stagecraft plan FILE [--target T] [--build-arg K=V]: which stages a build runs and which it
// skips, in order, and the docker build command for that target.
#include "commands.h"
#include "input.h"

#include "core/buildplan.h"

#include <QCommandLineParser>

namespace stagecraft::cli {

int runPlan(const QStringList &args, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show which stages `docker build` runs for a target and which it skips.\n"
        "Exit status: 0 ok, 1 the Dockerfile has errors, 2 usage or I/O error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The Dockerfile, or - for standard input."));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("The stage to build (default: the last one)."), QStringLiteral("T"));
    const QCommandLineOption buildArg(QStringLiteral("build-arg"), QStringLiteral("A build argument (repeatable)."), QStringLiteral("K=V"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("The image tag for the command (default: image)."), QStringLiteral("NAME"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({target, buildArg, tag, help});
    if (!parser.parse(QStringList{QStringLiteral("stagecraft plan")} + args)) {
        streams.err << "stagecraft plan: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        streams.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        streams.err << "stagecraft plan: usage: stagecraft plan FILE [--target T] (see --help)\n";
        return 2;
    }
    AnalysedInput in;
    if (!readAndAnalyse(parser.positionalArguments().first(), parser.values(buildArg), parser.value(target), &in, streams))
        return 2;
    const StageGraph &graph = in.graph;
    const InputFile &input = in.input;
    if (graph.stages.empty()) {
        streams.err << input.displayName << ": no stages to build\n";
        return 1;
    }
    const BuildPlan plan = planBuild(graph, parser.isSet(target) ? parser.value(target) : QString(),
                                     parser.isSet(tag) ? parser.value(tag) : QStringLiteral("image"),
                                     input.path == u"-" ? QString() : input.path);
    streams.out << formatBuildPlan(graph, plan);
    return graph.hasErrors() ? 1 : 0;
}

} // namespace stagecraft::cli
