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
    std::vector<NameGroup> nameGroups{};
    // name -> group: an open-addressed table of at most half-full power-of-two size, sized
    // once for the file's stages (a name's key is the name of its group's first stage, so the
    // table holds no strings: a QHash costs a node and a reference count per name, and for a
    // small file more to set up and free than the rest of the look-ups)
    struct NameSlot {
        size_t hash = 0;
        int group = -1; // -1: empty
    };
    std::vector<NameSlot> nameSlots{};
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

    // Working arrays of single passes: BuildKit's per-instruction findings before they join
    // the graph's diagnostics, per name group the last stage seen so far (resolveBases), the
    // depth-first search's colours and stack (the cycle search).
    std::vector<Diagnostic> checks{};
    std::vector<int> latestOfGroup{};
    std::vector<int> cycleColor{};
    std::vector<int> cycleStack{};
    std::vector<size_t> cycleNext{};

    // Lends the arrays above (the graph keeps none of them) the buffers each thread keeps
    // from one analysis to the next, and takes them back when it ends: most files are small,
    // and a dozen allocations cost more than the analysis of a few stages (docs/BENCHMARKS.md,
    // "Cold-file pass"). An analysis inside an analysis would find them taken and allocate
    // its own (keepBuffer).
    class BufferLoan
    {
    public:
        explicit BufferLoan(Analysis &analysis);
        ~BufferLoan();
        BufferLoan(const BufferLoan &) = delete;
        BufferLoan &operator=(const BufferLoan &) = delete;

    private:
        Analysis &a;
    };

    Command kind(int instruction) const { return kinds[size_t(instruction)]; }

    // Sizes the name table for `stages` names.
    void reserveNames(size_t stages)
    {
        size_t size = 8;
        while (size < stages * 2)
            size *= 2;
        nameSlots.assign(size, {});
    }
    static size_t hashName(QStringView name) { return qHash(name, QHashSeed::globalSeed()); }
    // The index in nameSlots of `name`'s slot: its group's, or the empty one where it belongs.
    size_t nameSlot(QStringView name, size_t hash) const
    {
        const size_t mask = nameSlots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const NameSlot &slot = nameSlots[i];
            if (slot.group < 0
                || (slot.hash == hash && graph.stages[size_t(nameGroups[size_t(slot.group)].first)].name == name))
                return i;
        }
    }
    // The group of stages named exactly `name` (lowercase), or -1.
    int groupNamed(QStringView name) const
    {
        return nameSlots.empty() ? -1 : nameSlots[nameSlot(name, hashName(name))].group;
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
// roles.cpp, called by buildStages as it makes each stage (one pass over the stages, not one
// more): the start of the stage's range (the comment lines directly above FROM), its role
// marker or the role its name suggests, its comments (added to the graph's allComments, bound
// when the stages are built) and BuildKit's description.
void annotateStage(Analysis &a, Stage &st);
// The end of a stage's range, once its last instruction is known.
void endStage(Analysis &a, Stage &st);
// After every stage is built: the last stage is the runtime by default (DESIGN.md "Roles").
void defaultRuntimeRole(Analysis &a);

// BuildKit's automatic platform args (BUILDPLATFORM, TARGETPLATFORM, ..., TARGETSTAGE), with
// --build-arg overrides; `order` receives their names.
QHash<QString, QString> automaticArgs(const AnalysisOptions &options, const QString &targetName, QStringList &order);

// strconv.Atoi: an optional sign and decimal digits that fit an int.
bool goAtoi(QStringView text, int &value);

} // namespace stagecraft::detail
