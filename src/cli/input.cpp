#include "input.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstdio>

namespace stagecraft::cli {

bool readInput(const QString &path, InputFile *input, Streams streams)
{
    input->path = path;
    QByteArray bytes;
    if (path == u"-") {
        input->displayName = QStringLiteral("<stdin>");
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            streams.err << "stagecraft: cannot read standard input\n";
            return false;
        }
        bytes = in.readAll();
    } else {
        input->displayName = path;
        const QFileInfo info(path);
        if (!info.exists()) {
            streams.err << path << ": no such file\n";
            return false;
        }
        if (info.isDir()) {
            streams.err << path << ": is a directory, not a Dockerfile\n";
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            streams.err << path << ": cannot read: " << file.errorString() << '\n';
            return false;
        }
        bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            streams.err << path << ": cannot read: " << file.errorString() << '\n';
            return false;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    input->text = decoder(bytes);
    if (decoder.hasError())
        streams.err << input->displayName << ": warning: not valid UTF-8; invalid bytes read as U+FFFD\n";
    return true;
}

void printDiagnostics(const InputFile &input, const SyntaxTree &tree, const StageGraph &graph, Streams streams,
                      bool warnings)
{
    for (const Diagnostic &d : graph.diagnostics) {
        if (d.severity != Severity::Error && !(warnings && d.severity == Severity::Warning))
            continue;
        const LineColumn at = tree.lines.at(d.range.begin);
        streams.err << input.displayName << ':' << at.line << ':' << at.column << ": " << severityName(d.severity)
                    << ": " << d.message << " [" << d.code << "]\n";
    }
}

bool parseBuildArgs(const QStringList &values, QMap<QString, QString> *args, Streams streams)
{
    for (const QString &value : values) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0) {
            streams.err << "stagecraft: --build-arg expects KEY=VALUE, got \"" << value << "\"\n";
            return false;
        }
        args->insert(value.left(eq), value.mid(eq + 1));
    }
    return true;
}

bool checkTarget(const StageGraph &graph, const QString &target, Streams streams)
{
    if (target.isEmpty() || graph.findStage(target) >= 0)
        return true;
    QStringList names;
    for (const Stage &stage : graph.stages) {
        if (!stage.name.isEmpty())
            names << stage.name;
    }
    streams.err << "stagecraft: no stage named \"" << target << "\""
                << (names.isEmpty() ? QString() : QStringLiteral(" (stages: %1)").arg(names.join(QStringLiteral(", "))))
                << '\n';
    return false;
}

bool readAndAnalyse(const QString &path, const QStringList &buildArgs, const QString &target, AnalysedInput *result,
                    Streams streams, bool printErrors)
{
    if (!parseBuildArgs(buildArgs, &result->options.buildArgs, streams))
        return false;
    if (!readInput(path, &result->input, streams))
        return false;
    result->tree = parse(result->input.text);
    if (!target.isEmpty()) {
        // A target must name a stage; checked on the graph without it (names don't depend on it).
        if (!checkTarget(analyse(result->tree, result->options), target, streams))
            return false;
        result->options.target = target;
    }
    result->graph = analyse(result->tree, result->options);
    if (printErrors)
        printDiagnostics(result->input, result->tree, result->graph, streams, false);
    return true;
}

} // namespace stagecraft::cli
