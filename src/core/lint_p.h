// Shared state of one lint() run, split over lint*.cpp by whose rules they are: lint.cpp (the
// driver, analysis diagnostics and their fixes, quickFixEdits), lintbuildkit.cpp (BuildKit's
// build checks), linthadolint.cpp (hadolint's stage rules), lintroles.cpp (Stagecraft's
// role-aware rules). Internal to core.
#pragma once

#include "checkdirective.h"
#include "lint.h"

namespace stagecraft::detail {

struct LintContext {
    const SyntaxTree &tree;
    const StageGraph &graph;
    const AnalysisOptions &options;
    const CheckDirective &check;
    std::vector<Finding> &out;

    // Adds a rule's finding unless `# check=skip` names it; error=true applies.
    void add(Severity severity, const QString &code, const QString &message, TextRange range, QuickFix fix = {})
    {
        if (check.skips(code))
            return;
        out.push_back({{check.severity(code, severity), code, message, range}, std::move(fix)});
    }
    QStringView textAt(TextRange r) const { return QStringView(tree.text).mid(r.begin, r.length()); }
    const Instruction &instruction(int index) const { return tree.instructions[size_t(index)]; }
    // A fix replacing `range` with `replacement`, offered only when the text there is `expected`
    // (no continuation or quoting inside).
    QuickFix replaceFix(const QString &title, TextRange range, QStringView expected, const QString &replacement,
                        int stage = -1) const
    {
        if (textAt(range) != expected)
            return {};
        QuickFix f;
        f.kind = QuickFix::Kind::Replace;
        f.title = title;
        f.edits = {TextEdit{range, replacement}};
        f.stage = stage;
        return f;
    }
    // The whole lines of a top-level instruction (newline included).
    TextRange instructionLines(int instruction) const;
};

void buildkitChecks(LintContext &c);
void hadolintRules(LintContext &c);
void roleRules(LintContext &c);
// Stages no target builds: unnamed (so never a --target), not the default target and in no
// named stage's closure. Ascending.
std::vector<int> unusedStages(const StageGraph &graph);

} // namespace stagecraft::detail
