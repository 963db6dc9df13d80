// Reading the Dockerfile a subcommand names, and reporting in the `FILE:LINE:COL: message`
// form that editors and CI logs understand.
#pragma once

#include "commands.h"

#include "core/stagegraph.h"

#include <QString>

namespace stagecraft::cli {

struct InputFile {
    QString path;        // as given ("-" for standard input)
    QString displayName; // "<stdin>" for "-"
    QString text;
};

// Reads a file or, for "-", standard input, as UTF-8. On failure prints a message to
// streams.err and returns false (the caller exits with 2).
bool readInput(const QString &path, InputFile *input, Streams streams);
// Prints every error diagnostic (and warnings when `warnings`) as FILE:LINE:COL: severity: message.
void printDiagnostics(const InputFile &input, const SyntaxTree &tree, const StageGraph &graph, Streams streams,
                      bool warnings);
// Parses repeated `--build-arg K=V` values; prints a message and returns false on a bad one.
bool parseBuildArgs(const QStringList &values, QMap<QString, QString> *args, Streams streams);
// Resolves --target (case-insensitive stage name, or index); prints a message and returns
// false when it names no stage.
bool checkTarget(const StageGraph &graph, const QString &target, Streams streams);

// The common front of the commands that read one Dockerfile and analyse it for a target:
// reads it, parses it, checks --target and the --build-arg values, and analyses it. On failure
// prints why and returns false (the caller exits with 2). Prints the Dockerfile's errors unless
// `printErrors` is false (for commands that report them themselves).
struct AnalysedInput {
    InputFile input;
    SyntaxTree tree;
    StageGraph graph;
    AnalysisOptions options;
};
bool readAndAnalyse(const QString &path, const QStringList &buildArgs, const QString &target, AnalysedInput *result,
                    Streams streams, bool printErrors = true);

} // namespace stagecraft::cli
