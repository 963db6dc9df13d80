// stagecraft export FILE -o OUT [--format F] [options]: a stage diagram as SVG, PNG, PDF,
// DOT, Mermaid or JSON. Picture formats are drawn by the diagram layer, like the canvas.
#include "commands.h"
#include "input.h"

#include "diagram/diagramexport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace stagecraft::cli {

int runExport(const QStringList &args, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export the stage diagram of a Dockerfile.\n"
        "Formats: svg, png, pdf (pictures, as on the canvas), dot (Graphviz), mermaid, json (as `stages --json`).\n"
        "Exit status: 0 ok, 1 the Dockerfile has errors (the diagram is still written), 2 usage or I/O error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The Dockerfile, or - for standard input."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Where to write; - for standard output (text formats)."), QStringLiteral("OUT"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    QStringLiteral("svg|png|pdf|dot|mermaid|json (default: from OUT's extension)."), QStringLiteral("F"));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("The build target; stages it skips are faded."), QStringLiteral("T"));
    const QCommandLineOption buildArg(QStringLiteral("build-arg"), QStringLiteral("A build argument (repeatable)."), QStringLiteral("K=V"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light (default) or dark."), QStringLiteral("THEME"));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QStringLiteral("Leave out the legend."));
    const QCommandLineOption noImages(QStringLiteral("no-images"), QStringLiteral("Leave out external images."));
    const QCommandLineOption direction(QStringLiteral("direction"), QStringLiteral("lr (default) or tb."), QStringLiteral("DIR"));
    const QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Draw every instruction of each stage."));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("PNG scale factor (default 2)."), QStringLiteral("N"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({output, format, target, buildArg, theme, noLegend, noImages, direction, layers, scale, help});
    if (!parser.parse(QStringList{QStringLiteral("stagecraft export")} + args)) {
        streams.err << "stagecraft export: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        streams.out << parser.helpText().replace(QStringLiteral("stagecraft export [options]"),
                                                 QStringLiteral("stagecraft export [options] FILE -o OUT"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(output)) {
        streams.err << "stagecraft export: usage: stagecraft export FILE -o OUT [--format F] (see --help)\n";
        return 2;
    }
    const QString out = parser.value(output);
    if (out != u"-" && QFileInfo(out).isDir()) {
        streams.err << out << ": is a directory; give a file name\n";
        return 2;
    }
    ExportFormat fmt;
    if (parser.isSet(format)) {
        if (!exportFormatFromName(parser.value(format), &fmt)) {
            streams.err << "stagecraft export: unknown format \"" << parser.value(format)
                        << "\" (svg, png, pdf, dot, mermaid, json)\n";
            return 2;
        }
    } else if (!exportFormatFromFileName(out, &fmt)) {
        streams.err << "stagecraft export: cannot tell the format from \"" << out << "\"; use --format\n";
        return 2;
    }
    ExportOptions options;
    options.target = parser.value(target);
    options.legend = !parser.isSet(noLegend);
    options.images = !parser.isSet(noImages);
    options.layers = parser.isSet(layers);
    if (parser.isSet(theme)) {
        const QString t = parser.value(theme).toLower();
        if (t != u"light" && t != u"dark") {
            streams.err << "stagecraft export: --theme is light or dark, not \"" << parser.value(theme) << "\"\n";
            return 2;
        }
        options.dark = t == u"dark";
    }
    if (parser.isSet(direction)) {
        const QString d = parser.value(direction).toLower();
        if (d != u"lr" && d != u"tb") {
            streams.err << "stagecraft export: --direction is lr or tb, not \"" << parser.value(direction) << "\"\n";
            return 2;
        }
        options.topToBottom = d == u"tb";
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        options.scale = parser.value(scale).toDouble(&ok);
        if (!ok || options.scale <= 0 || options.scale > 16) {
            streams.err << "stagecraft export: --scale is a number between 0 and 16\n";
            return 2;
        }
    }
    if (out == u"-" && !isTextFormat(fmt)) {
        streams.err << "stagecraft export: " << exportFormatName(fmt) << " is binary; give a file with -o\n";
        return 2;
    }
    AnalysedInput in;
    if (!readAndAnalyse(positional.first(), parser.values(buildArg), options.target, &in, streams))
        return 2;
    options.buildArgs = in.options.buildArgs;
    const SyntaxTree &tree = in.tree;
    const StageGraph &graph = in.graph;
    const InputFile &input = in.input;

    const QString title = input.path == u"-" ? QStringLiteral("Dockerfile") : QFileInfo(input.path).fileName();
    const QByteArray bytes = diagram::renderExport(tree, graph, fmt, options, title);
    if (bytes.isEmpty()) { // every format has content; an empty picture ran out of memory
        streams.err << out << ": cannot draw the diagram: not enough memory for a picture of this size\n";
        return 2;
    }
    if (out == u"-") {
        streams.out << QString::fromUtf8(bytes);
        streams.out.flush();
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            streams.err << out << ": cannot write: " << file.errorString() << '\n';
            return 2;
        }
    }
    return graph.hasErrors() ? 1 : 0;
}

} // namespace stagecraft::cli
