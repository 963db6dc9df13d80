// lint(): the analysis diagnostics with their fixes, then the lint rules; quickFixEdits().
#include "lint.h"

#include "editoperations_p.h"
#include "lint_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft {

namespace detail {

TextRange LintContext::instructionLines(int instruction) const
{
    const int e = tree.elementOf(instruction);
    return e < 0 ? tree.instructions[size_t(instruction)].range : tree.elements[size_t(e)].range;
}

std::vector<int> unusedStages(const StageGraph &graph)
{
    std::vector<char> built(graph.stages.size(), 0);
    const auto mark = [&](int target) {
        for (int s : graph.closureOf(target))
            built[size_t(s)] = 1;
    };
    mark(graph.defaultTarget);
    for (const Stage &st : graph.stages) {
        if (!st.name.isEmpty())
            mark(st.index);
    }
    std::vector<int> out;
    for (const Stage &st : graph.stages) {
        if (!built[size_t(st.index)])
            out.push_back(st.index);
    }
    return out;
}

} // namespace detail

namespace {

using detail::LintContext;

QString quotedName(const Stage &st)
{
    return st.name.isEmpty() ? st.displayName() : u'"' + st.name + u'"';
}

// For a reference to a later stage `later` from stage `user`: move `later` above the first
// stage that names it before its definition.
QuickFix moveAboveFirstUse(const StageGraph &graph, int later)
{
    const Stage &target = graph.stages[size_t(later)];
    int first = -1;
    for (const Stage &st : graph.stages) {
        if (st.index >= later)
            break;
        for (const Dependency &d : st.dependencies) {
            const bool laterRef = d.stage == later
                || (d.kind == DependencyKind::From && d.stage < 0 && !d.scratch && st.baseExpanded == target.name);
            if (laterRef) {
                first = st.index;
                break;
            }
        }
        if (first >= 0)
            break;
    }
    if (first < 0)
        return {};
    QuickFix f;
    f.kind = QuickFix::Kind::MoveStageUp;
    f.title = u"Move stage "_s + quotedName(target) + u" above stage "_s + quotedName(graph.stages[size_t(first)])
        + u", its first use"_s;
    f.stage = later;
    f.newIndex = first;
    return f;
}

// The clear fix of an analysis diagnostic, if there is one.
QuickFix analysisFix(const LintContext &c, const Diagnostic &d)
{
    const StageGraph &g = c.graph;
    if (d.code == u"StageNameCasing"_s) {
        for (const Stage &st : g.stages) {
            if (st.nameRange == d.range)
                return c.replaceFix(u"Lowercase stage name \""_s + st.nameAsWritten + u'"', st.nameRange, st.nameAsWritten, st.name);
        }
    } else if (d.code == u"FromAsCasing"_s) {
        for (const Stage &st : g.stages) {
            const Instruction &from = c.instruction(st.fromInstruction);
            if (from.args.size() < 2 || from.args[1].range != d.range)
                continue;
            const QStringView keyword = from.keyword();
            const QString as = keyword == keyword.toString().toLower() ? u"as"_s : u"AS"_s;
            return c.replaceFix(u"Write '"_s + as + u"' to match '"_s + keyword + u'\'', d.range, from.args[1].value, as);
        }
    } else if (d.code == u"from-later-stage"_s) {
        for (const Stage &st : g.stages) {
            if (st.baseRange != d.range || st.baseStage >= 0)
                continue;
            for (const Stage &later : g.stages) {
                if (later.index > st.index && later.name == st.baseExpanded)
                    return moveAboveFirstUse(g, later.index);
            }
        }
    } else if (d.code == u"copy-from-later-stage"_s || d.code == u"mount-from-later-stage"_s) {
        for (const Stage &st : g.stages) {
            for (const Dependency &dep : st.dependencies) {
                if (dep.range == d.range && dep.stage > st.index)
                    return moveAboveFirstUse(g, dep.stage);
            }
        }
    }
    return {};
}

} // namespace

QString ruleSource(QStringView code)
{
    if (!buildkitRule(code).isEmpty())
        return u"buildkit"_s;
    if (code.size() == 6 && code.startsWith(u"DL"))
        return u"hadolint"_s;
    return u"stagecraft"_s;
}

std::vector<Finding> lint(const SyntaxTree &tree, const StageGraph &graph, const AnalysisOptions &options)
{
    std::vector<Finding> out;
    const CheckDirective check = checkDirective(tree);
    LintContext c{tree, graph, options, check, out};
    // "unused-stage" (a lint rule) says more than "unreachable-stage" about the same stage
    std::vector<TextRange> unusedAt;
    if (!check.skips(u"unused-stage"_s)) {
        for (int s : detail::unusedStages(graph))
            unusedAt.push_back(tree.instructions[size_t(graph.stages[size_t(s)].fromInstruction)].keywordRange);
    }
    out.reserve(graph.diagnostics.size());
    for (const Diagnostic &d : graph.diagnostics) {
        if (d.code == u"unreachable-stage"_s && std::find(unusedAt.begin(), unusedAt.end(), d.range) != unusedAt.end())
            continue;
        out.push_back({d, analysisFix(c, d)});
    }
    detail::buildkitChecks(c);
    detail::hadolintRules(c);
    detail::roleRules(c);
    std::stable_sort(out.begin(), out.end(),
        [](const Finding &l, const Finding &r) { return l.diagnostic.range.begin < r.diagnostic.range.begin; });
    return out;
}

bool hasErrors(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const Finding &f) { return f.diagnostic.severity == Severity::Error; });
}

EditResult quickFixEdits(const SyntaxTree &tree, const QuickFix &fix)
{
    const StageGraph graph = analyse(tree);
    EditResult result;
    switch (fix.kind) {
    case QuickFix::Kind::None:
        return detail::refuse(u"there is no fix for this finding"_s, fix.title);
    case QuickFix::Kind::Replace: {
        const int n = int(graph.stages.size());
        std::vector<int> unmoved(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            unmoved[size_t(i)] = i;
        detail::Expectation expected = detail::expectMapped(graph, unmoved, n);
        if (fix.stage >= 0 && fix.stage < n) {
            expected.stages[size_t(fix.stage)].from.any = true;
            expected.stages[size_t(fix.stage)].anyOnbuild = true;
            expected.stages[size_t(fix.stage)].anyOwn = true;
        }
        expected.refusalPrefix = u"cannot apply the fix: "_s;
        return detail::finish(tree, graph, fix.edits, expected, fix.title);
    }
    case QuickFix::Kind::MoveStageUp:
        result = moveStageAboveUse(tree, graph, fix.stage, fix.newIndex);
        break;
    case QuickFix::Kind::DeleteStage:
        result = deleteStage(tree, graph, fix.stage);
        if (result.ok && !result.dependents.isEmpty())
            return detail::refuse(u"other stages still use it: "_s + result.dependents.join(u", "_s), fix.title);
        break;
    }
    result.description = fix.title;
    return result;
}

} // namespace stagecraft
