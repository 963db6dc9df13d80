// stagecraft stages FILE [--json] [--target T] [--build-arg K=V ...]: the stage graph of a
// Dockerfile as a table or as JSON (docs/cli-stages.md).
#include "commands.h"
#include "input.h"

#include "core/graphjson.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace stagecraft::cli {

namespace {

QString baseDescription(const StageGraph &graph, const Stage &st)
{
    if (st.baseStage >= 0)
        return u"stage "_s + graph.stages[size_t(st.baseStage)].displayName();
    if (st.baseScratch)
        return u"scratch"_s;
    if (!st.baseImage.isEmpty())
        return st.baseImage;
    return u"(" + st.baseText + u")";
}

void printTable(const InputFile &input, const SyntaxTree &tree, const StageGraph &graph, QTextStream &out)
{
    out << input.displayName << ": " << graph.stages.size() << (graph.stages.size() == 1 ? " stage" : " stages");
    if (graph.target >= 0)
        out << ", target " << graph.stages[size_t(graph.target)].displayName();
    out << '\n';
    if (!graph.stages.empty()) {
        QStringList header{u"#"_s, u"NAME"_s, u"BASE"_s, u"ROLE"_s, u"LINES"_s, u"BUILT"_s, u"DEPENDS ON"_s};
        std::vector<QStringList> rows;
        for (const Stage &st : graph.stages) {
            QStringList deps;
            for (const Dependency &d : st.dependencies) {
                if (d.kind == DependencyKind::From)
                    continue;
                const QString what = d.stage >= 0 ? graph.stages[size_t(d.stage)].displayName() : d.image;
                deps.append(what + u" ("_s + dependencyKindName(d.kind) + (d.onbuild ? u", onbuild"_s : QString()) + u')');
            }
            const QString role = st.role == Role::None ? u"-"_s
                : st.roleExplicit                      ? roleName(st.role)
                                                       : roleName(st.role) + u" (inferred)"_s;
            const bool built = std::binary_search(graph.buildsForTarget.begin(), graph.buildsForTarget.end(), st.index);
            rows.push_back({QString::number(st.index), st.name.isEmpty() ? u"-"_s : st.name, baseDescription(graph, st), role,
                QString::number(st.firstLine) + u'-' + QString::number(st.lastLine), built ? u"yes"_s : u"no"_s,
                deps.isEmpty() ? u"-"_s : deps.join(u", "_s)});
        }
        std::vector<qsizetype> widths(size_t(header.size()), 0);
        const auto measure = [&](const QStringList &row) {
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
        };
        measure(header);
        for (const auto &row : rows)
            measure(row);
        const auto print = [&](const QStringList &row) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? row[c].leftJustified(widths[size_t(c)] + 2) : row[c];
            out << line << '\n';
        };
        print(header);
        for (const auto &row : rows)
            print(row);
    }
    if (!graph.globalArgs.empty()) {
        out << "\nGlobal ARGs:\n";
        for (const GlobalArg &a : graph.globalArgs)
            out << "  " << a.name << (a.hasValue ? u" = "_s + a.value : u" (unset)"_s) << '\n';
    }
    bool header = false;
    for (const Diagnostic &d : graph.diagnostics) {
        if (d.severity == Severity::Error)
            continue; // errors go to stderr
        if (!header) {
            out << "\nFindings:\n";
            header = true;
        }
        const LineColumn at = tree.lines.at(d.range.begin);
        out << "  " << at.line << ':' << at.column << ": " << severityName(d.severity) << ": " << d.message << " ["
            << d.code << "]\n";
    }
}

} // namespace

int runStages(const QStringList &args, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print the stage graph of a Dockerfile as BuildKit sees it: stages, bases, references,\n"
        "roles, what the target builds, and diagnostics.\n"
        "Exit status: 0 ok, 1 the Dockerfile has errors, 2 usage or I/O error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The Dockerfile, or - for standard input."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (format: docs/cli-stages.md)."));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("The stage to build (default: the last one)."), QStringLiteral("T"));
    const QCommandLineOption buildArg(QStringLiteral("build-arg"), QStringLiteral("A build argument (repeatable)."), QStringLiteral("K=V"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({json, target, buildArg, help});
    if (!parser.parse(QStringList{QStringLiteral("stagecraft stages")} + args)) {
        streams.err << "stagecraft stages: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        streams.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        streams.err << "stagecraft stages: usage: stagecraft stages FILE [--json] [--target T] [--build-arg K=V] (see --help)\n";
        return 2;
    }
    AnalysedInput in;
    if (!readAndAnalyse(parser.positionalArguments().first(), parser.values(buildArg), parser.value(target), &in, streams))
        return 2;
    const SyntaxTree &tree = in.tree;
    const StageGraph &graph = in.graph;
    const InputFile &input = in.input;
    if (parser.isSet(json)) {
        streams.out << QString::fromUtf8(graphToJsonText(tree, graph));
    } else {
        printTable(input, tree, graph, streams.out);
    }
    return graph.hasErrors() ? 1 : 0;
}

} // namespace stagecraft::cli
