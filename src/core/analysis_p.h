// Shared state of one analyse() run, split over analysis*.cpp by responsibility:
// analysis.cpp (stages, global ARGs, bases, target), references.cpp (COPY --from, mounts,
// ONBUILD edges, cycles), instructions.cpp (BuildKit's per-instruction checks), roles.cpp
// (roles and descriptions). Internal to core.
#pragma once

#include "stagegraph.h"

#include <QHash>

#include "textutil_p.h"

namespace stagecraft::detail {

struct Analysis {
    const SyntaxTree &tree;
    const AnalysisOptions &options;
    StageGraph &graph;
    // stage index of each top-level instruction (-1 before the first FROM)
    std::vector<int> stageOfInstruction;
    // lowercased name -> the last stage declaring it (BuildKit's statesByName)
    QHash<QString, int> lastByName;
    // BuildKit's dispatch-state count (stages plus one "unregistered" state per image
    // source), which bounds numeric COPY --from indexes
    int stateCount = 0;
    // (diagnostic index, referencing stage) of references to later stages: errors only when
    // the referencing stage is built for the target
    std::vector<std::pair<size_t, int>> laterReferences;
    // tree.topLevel(), computed once
    std::vector<int> topLevel;

    void report(Severity severity, const QString &code, const QString &message, TextRange range)
    {
        graph.diagnostics.push_back({severity, code, message, range});
    }
    int lineOf(qsizetype offset) const { return tree.lines.lineAt(offset); }
};

void validateInstructions(Analysis &a);
void resolveReferences(Analysis &a);
void assignRolesAndDescriptions(Analysis &a);

// BuildKit's automatic platform args (BUILDPLATFORM, TARGETPLATFORM, ..., TARGETSTAGE), with
// --build-arg overrides; `order` receives their names.
QHash<QString, QString> automaticArgs(const AnalysisOptions &options, const QString &targetName, QStringList &order);

// strconv.Atoi: an optional sign and decimal digits that fit an int.
bool goAtoi(QStringView text, int &value);

} // namespace stagecraft::detail
