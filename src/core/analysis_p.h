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
    // The stages by their (lowercased) name, indexed once by buildStages for every pass: each
    // distinct name is a group of stages, linked in file order.
    struct NameGroup {
        int first = -1; // the first stage with the name
        int last = -1;  // the last one (BuildKit's statesByName binds COPY --from and mounts to it)
    };
    struct GroupIndex {
        int index = -1; // -1 until assigned: groupOfName[name] adds a name in one hash operation
    };
    QHash<QString, GroupIndex> groupOfName{}; // name -> index into nameGroups
    std::vector<NameGroup> nameGroups{};
    std::vector<int> groupOfStage{};  // per stage: its group, -1 when unnamed
    std::vector<int> nextSameName{};  // per stage: the next stage with its name, or -1
    // BuildKit's dispatch-state count (stages plus one "unregistered" state per image
    // source), which bounds numeric COPY --from indexes
    int stateCount = 0;
    // (diagnostic index, referencing stage) of references to later stages: errors only when
    // the referencing stage is built for the target
    std::vector<std::pair<size_t, int>> laterReferences{};
    // tree.topLevel(), computed once
    std::vector<int> topLevel{};
    // Instruction::kind of every instruction in tree.instructions (ONBUILD triggers included),
    // copied once: the passes look kinds up often, this array is small
    std::vector<Command> kinds{};

    Command kind(int instruction) const { return kinds[size_t(instruction)]; }

    // The group of stages named exactly `name` (lowercase), or -1.
    int groupNamed(QStringView name) const
    {
        const auto it = groupOfName.constFind(name);
        return it == groupOfName.constEnd() ? -1 : it->index;
    }

    void report(Severity severity, const QString &code, const QString &message, TextRange range)
    {
        graph.diagnostics.push_back({severity, code, message, range});
    }
    int lineOf(qsizetype offset) const { return tree.lines.lineAt(offset); }
};

// BuildKit's checks of one top-level instruction's flags and arguments (instructions.cpp),
// fed the top-level instructions in file order (`seenFrom` starts false); the findings are
// appended to `out`.
void checkInstruction(const SyntaxTree &tree, const Instruction &in, bool &seenFrom, std::vector<Diagnostic> &out);
void resolveReferences(Analysis &a);
void assignRolesAndDescriptions(Analysis &a);

// BuildKit's automatic platform args (BUILDPLATFORM, TARGETPLATFORM, ..., TARGETSTAGE), with
// --build-arg overrides; `order` receives their names.
QHash<QString, QString> automaticArgs(const AnalysisOptions &options, const QString &targetName, QStringList &order);

// strconv.Atoi: an optional sign and decimal digits that fit an int.
bool goAtoi(QStringView text, int &value);

} // namespace stagecraft::detail
