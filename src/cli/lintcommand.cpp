// stagecraft lint FILE [--format text|json] [--target T] [--build-arg K=V ...]: every finding
// of core's lint() (analysis diagnostics, BuildKit checks, hadolint stage rules, role-aware
// rules) with its quick fix (docs/cli-lint.md).
#include "commands.h"
#include "input.h"

#include "core/lint.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace stagecraft::cli {

namespace {

QJsonObject position(const SyntaxTree &tree, qsizetype offset)
{
    const LineColumn at = tree.lines.at(offset);
    return {{u"offset"_s, double(offset)}, {u"line"_s, at.line}, {u"column"_s, at.column}};
}

QJsonValue fixJson(const SyntaxTree &tree, const QuickFix &fix)
{
    if (!fix.isAvailable())
        return QJsonValue::Null;
    const EditResult r = quickFixEdits(tree, fix);
    if (!r.ok)
        return QJsonValue::Null; // offered only when it verifies
    QJsonArray edits;
    for (const TextEdit &e : r.edits)
        edits.append(QJsonObject{{u"start"_s, position(tree, e.range.begin)}, {u"end"_s, position(tree, e.range.end)},
            {u"replacement"_s, e.replacement}});
    return QJsonObject{{u"title"_s, fix.title}, {u"edits"_s, edits}};
}

QByteArray toJson(const AnalysedInput &in, const std::vector<Finding> &findings)
{
    QJsonArray list;
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings) {
        const Diagnostic &d = f.diagnostic;
        ++counts[int(d.severity)];
        list.append(QJsonObject{{u"code"_s, d.code}, {u"source"_s, ruleSource(d.code)},
            {u"severity"_s, severityName(d.severity)}, {u"message"_s, d.message},
            {u"start"_s, position(in.tree, d.range.begin)}, {u"end"_s, position(in.tree, d.range.end)},
            {u"fix"_s, fixJson(in.tree, f.fix)}});
    }
    const StageGraph &g = in.graph;
    const QJsonObject root{{u"version"_s, 1}, {u"file"_s, in.input.displayName},
        {u"target"_s, g.target >= 0 ? QJsonValue(g.stages[size_t(g.target)].displayName()) : QJsonValue(QJsonValue::Null)},
        {u"errors"_s, counts[int(Severity::Error)]}, {u"warnings"_s, counts[int(Severity::Warning)]},
        {u"infos"_s, counts[int(Severity::Info)]}, {u"findings"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int runLint(const QStringList &args, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a Dockerfile: BuildKit's build checks (honouring # check=skip=...;error=true),\n"
        "hadolint's stage rules and Stagecraft's role-aware rules, with quick fixes.\n"
        "Text output: FILE:LINE:COL: severity: message [CODE], one finding a line.\n"
        "Exit status: 0 no errors, 1 any finding is an error, 2 usage or I/O error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The Dockerfile, or - for standard input."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        QStringLiteral("text (default) or json (format: docs/cli-lint.md)."), QStringLiteral("F"), QStringLiteral("text"));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("The stage to build (default: the last one)."), QStringLiteral("T"));
    const QCommandLineOption buildArg(QStringLiteral("build-arg"), QStringLiteral("A build argument (repeatable)."), QStringLiteral("K=V"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({format, target, buildArg, help});
    if (!parser.parse(QStringList{QStringLiteral("stagecraft lint")} + args)) {
        streams.err << "stagecraft lint: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        streams.out << parser.helpText();
        return 0;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"text"_s && fmt != u"json"_s) {
        streams.err << "stagecraft lint: unknown format \"" << fmt << "\" (text or json)\n";
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        streams.err << "stagecraft lint: usage: stagecraft lint FILE [--format text|json] [--target T] (see --help)\n";
        return 2;
    }
    AnalysedInput in;
    if (!readAndAnalyse(parser.positionalArguments().first(), parser.values(buildArg), parser.value(target), &in, streams,
            false))
        return 2;
    const std::vector<Finding> findings = lint(in.tree, in.graph, in.options);
    if (fmt == u"json"_s) {
        streams.out << QString::fromUtf8(toJson(in, findings));
    } else {
        for (const Finding &f : findings) {
            const Diagnostic &d = f.diagnostic;
            const LineColumn at = in.tree.lines.at(d.range.begin);
            streams.out << in.input.displayName << ':' << at.line << ':' << at.column << ": " << severityName(d.severity)
                        << ": " << d.message << " [" << d.code << "]\n";
        }
    }
    return hasErrors(findings) ? 1 : 0;
}

} // namespace stagecraft::cli
