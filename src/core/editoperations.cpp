// The graph edit operations (editoperations.h): each computes its text edits and the stage
// graph it promises, and hands both to finish() (editverify.cpp), which refuses the result
// unless the re-analysed text keeps that promise.
#include "editoperations_p.h"

#include "reference.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace stagecraft::detail;

namespace stagecraft {

namespace {

QString label(const Stage &st)
{
    return st.name.isEmpty() ? u"stage "_s + QString::number(st.index) : st.name;
}

QString quoted(const Stage &st)
{
    return st.name.isEmpty() ? QString(u"stage "_s + QString::number(st.index)) : QString(u"stage \""_s + st.name + u'"');
}

std::vector<int> identity(int n)
{
    std::vector<int> map(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        map[size_t(i)] = i;
    return map;
}

// old index -> new index when a stage is inserted at `at`.
std::vector<int> insertionMap(int n, int at)
{
    std::vector<int> map = identity(n);
    for (int i = at; i < n; ++i)
        map[size_t(i)] = i + 1;
    return map;
}

// What a FROM operand written as `base` in a stage at new index `at` promises, or a refusal.
// `lookupBefore` is how many of the old stages come before it.
struct BaseChoice {
    QString error;
    int stage = -1; // old index of the stage it names
    int later = -1; // old index of a later stage it names (rebase moves past it)
    bool scratch = false;
    bool variable = false;
};

BaseChoice chooseBase(const StageGraph &graph, const QString &base, int lookupBefore, int self)
{
    BaseChoice c;
    if (base.isEmpty()) {
        c.error = u"the base cannot be empty"_s;
        return c;
    }
    if (base.contains(u'\n') || base.contains(u'\r') || base.contains(u' ') || base.contains(u'\t')) {
        c.error = u"a base is one word: a stage name or an image reference"_s;
        return c;
    }
    for (int i = lookupBefore - 1; i >= 0; --i) {
        if (i != self && graph.stages[size_t(i)].name == base) {
            c.stage = i;
            return c;
        }
    }
    for (int i = lookupBefore; i < int(graph.stages.size()); ++i) {
        if (graph.stages[size_t(i)].name == base) {
            if (i == self)
                c.error = u"a stage cannot be based on itself"_s;
            else
                c.later = i;
            return c;
        }
    }
    for (const Stage &st : graph.stages) {
        if (!st.name.isEmpty() && st.name == base.toLower()) {
            c.error = u"FROM names stages case-sensitively: write \""_s + st.name + u'"';
            return c;
        }
    }
    if (base == u"scratch") {
        c.scratch = true;
        return c;
    }
    if (base.contains(u'$')) {
        c.variable = true;
        return c;
    }
    const QString error = referenceError(base);
    if (!error.isEmpty())
        c.error = u"\""_s + base + u"\" is not a valid image reference ("_s + error + u')';
    return c;
}

ExpectedDependency promisedBase(const BaseChoice &c, const QString &base, const std::vector<int> &newIndexOf)
{
    ExpectedDependency e;
    e.kind = DependencyKind::From;
    e.text = base;
    if (c.variable)
        e.any = true;
    else if (c.stage >= 0 || c.later >= 0)
        e.stage = newIndexOf[size_t(c.stage >= 0 ? c.stage : c.later)];
    else if (c.scratch)
        e.scratch = true;
    else
        e.image = base;
    return e;
}

// Text inserted after the block of stage `after` (or at the end of a file without stages):
// `lines` (each ending with eol) as a new stage, with the file's separation.
TextEdit insertAfter(const SyntaxTree &tree, const StageGraph &graph, const FileStyle &style, int after, QString lines)
{
    const QString &text = tree.text;
    qsizetype at = text.size();
    TextRange block{at, at};
    if (after >= 0) {
        block = graph.stages[size_t(after)].range;
        at = block.end;
    }
    const bool open = at > 0 && !lineBreakBefore(text, at).size(); // the last line has no line break
    QString insert;
    if (open)
        insert += style.eol;
    if (style.blankBetweenStages && at > 0)
        insert += style.eol;
    insert += lines;
    if (open && at == text.size())
        insert.chop(style.eol.size()); // keep the file without a final line break
    return {{at, at}, insert};
}

// The edits that move stage `s` to index `to`; `inside` are edits within its block (applied
// to the moved text).
QList<TextEdit> moveEdits(const SyntaxTree &tree, const StageGraph &graph, const FileStyle &style, int s, int to,
                          const QList<TextEdit> &inside)
{
    const QString &text = tree.text;
    const auto block = [&](int i) { return graph.stages[size_t(i)].range; };
    const int last = int(graph.stages.size()) - 1;
    QString moved = applyEditsIn(text, block(s), inside);
    QList<TextEdit> out;
    if (to > s) {
        const QString gap = text.mid(block(s).end, block(s + 1).begin - block(s).end);
        out.append({{block(s).begin, block(s + 1).begin}, QString()});
        const TextRange target = block(to);
        if (to == last && !endsWithLineBreak(text, target) && target.end == text.size()) {
            moved.chop(lineBreakBefore(moved, moved.size()).size());
            out.append({{target.end, target.end}, style.eol + gap + moved});
        } else {
            out.append({{target.end, target.end}, gap + moved});
        }
    } else {
        const QString gap = text.mid(block(s - 1).end, block(s).begin - block(s - 1).end);
        qsizetype from = block(s - 1).end;
        if (s == last && !endsWithLineBreak(text, block(s))) {
            moved += style.eol;
            from -= lineBreakBefore(text, from).size();
        }
        out.append({{block(to).begin, block(to).begin}, moved + gap});
        out.append({{from, block(s).end}, QString()});
    }
    return out;
}

// Splits edits into those inside stage `s`'s block and the others.
void splitByBlock(const QList<TextEdit> &edits, TextRange block, QList<TextEdit> &inside, QList<TextEdit> &outside)
{
    for (const TextEdit &e : edits) {
        if (e.range.begin >= block.begin && e.range.end <= block.end)
            inside.append(e);
        else
            outside.append(e);
    }
}

std::vector<int> moveMap(int n, int s, int to)
{
    std::vector<int> order;
    for (int i = 0; i < n; ++i) {
        if (i != s)
            order.push_back(i);
    }
    order.insert(order.begin() + to, s);
    std::vector<int> map(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        map[size_t(order[size_t(i)])] = i;
    return map;
}

bool badStage(const StageGraph &graph, int stage)
{
    return stage < 0 || stage >= int(graph.stages.size());
}

EditResult noSuchStage(const StageGraph &graph, int stage)
{
    return refuse(u"there is no stage "_s + QString::number(stage) + u" (the file has "_s
        + QString::number(graph.stages.size()) + (graph.stages.size() == 1 ? u" stage)"_s : u" stages)"_s));
}

} // namespace

EditResult renameStage(const SyntaxTree &tree, const StageGraph &graph, int stage, const QString &newName)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const QString description = u"Rename stage "_s + label(st) + u" → "_s + newName;
    if (newName == st.name && st.nameAsWritten == st.name)
        return {true, {}, description, {}, {}};
    if (const QString problem = stageNameProblem(graph, newName, stage); !problem.isEmpty())
        return refuse(problem, description);
    const Instruction &from = tree.instructions[size_t(st.fromInstruction)];
    QList<TextEdit> edits;
    if (!st.nameRange.isEmpty()) {
        if (tree.text.mid(st.nameRange.begin, st.nameRange.length()) != st.nameAsWritten)
            return refuse(u"the stage name is split over lines; edit it by hand"_s, description);
        edits.append({st.nameRange, newName});
    } else if (from.args.size() == 1) {
        edits.append({{from.args[0].range.end, from.args[0].range.end},
            u' ' + fileStyle(tree, graph).as + u' ' + newName});
    } else {
        return refuse(u"the FROM line of "_s + quoted(st) + u" is incomplete"_s, description);
    }
    for (const ReferenceSite &site : referenceSites(tree, graph)) {
        const bool named = site.kind == DependencyKind::From ? site.binds == stage : (!site.numeric && site.binds == stage);
        const QString where = u" on line "_s + QString::number(tree.lines.lineAt(site.range.begin));
        if (named) {
            if (site.variable)
                return refuse(u"FROM "_s + site.text + where + u" names this stage through a variable; change it by hand"_s, description);
            if (!site.exact)
                return refuse(u"the reference "_s + site.text + where + u" is split over lines; edit it by hand"_s, description);
            const TextEdit edit{site.range, newName};
            if (!edits.contains(edit))
                edits.append(edit);
            continue;
        }
        // an image that shares the new name would start binding to the stage
        if (site.binds >= 0 || site.variable || site.numeric)
            continue;
        const bool captured = site.kind == DependencyKind::From
            ? site.stage > stage && site.text == newName
            : site.text.compare(newName, Qt::CaseInsensitive) == 0;
        if (captured) {
            return refuse(u"\""_s + site.text + u"\""_s + where
                + u" names an image (or build context) that would then refer to the renamed stage"_s, description);
        }
    }
    if (const DescriptionComment dc = descriptionComment(tree, st); dc.found)
        edits.append({dc.name, newName});
    Expectation expected = expectMapped(graph, identity(int(graph.stages.size())), int(graph.stages.size()));
    expected.stages[size_t(stage)].name = newName;
    if (st.name.isEmpty())
        expected.stages[size_t(stage)].anyDescription = true;
    return finish(tree, graph, edits, expected, description);
}

EditResult rebaseStage(const SyntaxTree &tree, const StageGraph &graph, int stage, const QString &base)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const QString description = u"Rebase stage "_s + label(st) + u" onto "_s + base;
    const BaseChoice choice = chooseBase(graph, base, stage, stage);
    if (!choice.error.isEmpty())
        return refuse(choice.error, description);
    const Instruction &from = tree.instructions[size_t(st.fromInstruction)];
    if (from.args.empty() || st.baseRange.isEmpty())
        return refuse(u"the FROM line of "_s + quoted(st) + u" has no base to replace"_s, description);
    if (tree.text.mid(st.baseRange.begin, st.baseRange.length()) != st.baseText)
        return refuse(u"the base of "_s + quoted(st) + u" is split over lines; edit it by hand"_s, description);
    const int n = int(graph.stages.size());
    const TextEdit baseEdit{st.baseRange, base};
    if (choice.later < 0) {
        Expectation expected = expectMapped(graph, identity(n), n);
        ExpectedStage &e = expected.stages[size_t(stage)];
        e.from = promisedBase(choice, base, identity(n));
        e.anyOnbuild = true;
        return finish(tree, graph, {baseEdit}, expected, description);
    }
    // onto a later stage: move this one right after it
    const std::vector<int> map = moveMap(n, stage, choice.later);
    QList<TextEdit> inside{baseEdit};
    QList<TextEdit> outside;
    splitByBlock(renumberEdits(referenceSites(tree, graph), map), st.range, inside, outside);
    const FileStyle style = fileStyle(tree, graph);
    QList<TextEdit> edits = moveEdits(tree, graph, style, stage, choice.later, inside) + outside;
    Expectation expected = expectMapped(graph, map, n);
    ExpectedStage &e = expected.stages[size_t(map[size_t(stage)])];
    e.from = promisedBase(choice, base, map);
    e.anyOnbuild = true;
    expected.refusalPrefix = u"cannot move "_s + quoted(st) + u" after stage \""_s + base + u"\" (FROM only uses earlier stages): "_s;
    return finish(tree, graph, edits, expected, description);
}

EditResult setStageRole(const SyntaxTree &tree, const StageGraph &graph, int stage, Role role, bool keepInference)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const QString value = role == Role::None ? u"none"_s : roleName(role);
    const QString description = keepInference ? QString(u"Infer role of stage "_s + label(st))
                                              : QString(u"Mark stage "_s + label(st) + u" as "_s + value);
    const std::vector<RoleMarker> markers = roleMarkers(tree, st);
    QList<TextEdit> edits;
    if (keepInference) {
        for (const RoleMarker &m : markers) {
            if (m.valid)
                edits.append({m.line, QString()});
        }
    } else if (!markers.empty()) {
        // the last valid marker is the one in effect; without one, fix the last invalid one
        const auto valid = std::find_if(markers.rbegin(), markers.rend(), [](const RoleMarker &m) { return m.valid; });
        edits.append({valid != markers.rend() ? valid->value : markers.back().value, value});
    } else {
        const qsizetype at = fromLineStart(tree, st);
        edits.append({{at, at}, u"# stagecraft: role="_s + value + fileStyle(tree, graph).eol});
    }
    const int n = int(graph.stages.size());
    Expectation expected = expectMapped(graph, identity(n), n);
    ExpectedStage &e = expected.stages[size_t(stage)];
    e.roleExplicit = !keepInference;
    e.role = role;
    return finish(tree, graph, edits, expected, description);
}

EditResult addStage(const SyntaxTree &tree, const StageGraph &graph, const QString &name, const QString &base, Role role,
                    int after, const QString &copyFrom, const QString &copyPaths)
{
    const int n = int(graph.stages.size());
    const QString description = u"Add stage "_s + (name.isEmpty() ? base : name);
    if (after < -1 || after >= n)
        return noSuchStage(graph, after);
    const int afterStage = after < 0 ? n - 1 : after;
    const int at = afterStage + 1; // the new stage's index
    if (!name.isEmpty()) {
        if (const QString problem = stageNameProblem(graph, name, -1); !problem.isEmpty())
            return refuse(problem, description);
    }
    BaseChoice choice = chooseBase(graph, base, at, -1);
    if (choice.later >= 0)
        choice.error = u"stage \""_s + base + u"\" comes after the new stage; FROM only uses earlier stages"_s;
    if (!choice.error.isEmpty())
        return refuse(choice.error, description);
    const FileStyle style = fileStyle(tree, graph);
    QString lines;
    if (role != Role::None)
        lines += u"# stagecraft: role="_s + roleName(role) + style.eol;
    lines += style.from + u' ' + base + (name.isEmpty() ? QString() : u' ' + style.as + u' ' + name) + style.eol;
    int copySource = -1;
    if (!copyFrom.isEmpty()) {
        // COPY --from binds case-insensitively to the last stage of that name; it must come first.
        copySource = graph.findStage(copyFrom);
        if (copySource < 0 || copySource >= at)
            return refuse(u"\""_s + copyFrom + u"\" is no stage before the new one to copy from"_s, description);
        lines += (style.from.isLower() ? u"copy"_s : u"COPY"_s) + u" --from="_s + copyFrom + u' ' + copyPaths + style.eol;
    }
    const std::vector<int> map = insertionMap(n, at);
    QList<TextEdit> edits = renumberEdits(referenceSites(tree, graph), map);
    edits.append(insertAfter(tree, graph, style, n == 0 ? -1 : afterStage, lines));
    Expectation expected = expectMapped(graph, map, n + 1);
    ExpectedStage &e = expected.stages[size_t(at)];
    e.name = name;
    e.roleExplicit = role != Role::None;
    e.role = role;
    e.from = promisedBase(choice, base, map);
    e.anyOnbuild = true;
    if (copySource >= 0) {
        ExpectedDependency copy;
        copy.kind = DependencyKind::CopyFrom;
        copy.stage = map[size_t(copySource)];
        copy.oldStage = copySource;
        copy.text = copyFrom;
        e.own.push_back(copy);
    }
    return finish(tree, graph, edits, expected, description);
}

EditResult duplicateStage(const SyntaxTree &tree, const StageGraph &graph, int stage)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const QString description = u"Duplicate stage "_s + label(st);
    const int n = int(graph.stages.size());
    QString copyName;
    if (!st.name.isEmpty()) {
        copyName = st.name + u"-copy"_s;
        for (int k = 2; k <= n + 2 && !stageNameProblem(graph, copyName, -1).isEmpty(); ++k)
            copyName = st.name + u"-copy-"_s + QString::number(k);
        if (const QString problem = stageNameProblem(graph, copyName, -1); !problem.isEmpty())
            return refuse(problem, description);
        if (tree.text.mid(st.nameRange.begin, st.nameRange.length()) != st.nameAsWritten)
            return refuse(u"the stage name is split over lines; edit it by hand"_s, description);
    }
    const std::vector<int> map = insertionMap(n, stage + 1);
    const QList<TextEdit> renumber = renumberEdits(referenceSites(tree, graph), map);
    QList<TextEdit> inCopy;
    for (const TextEdit &e : renumber) {
        if (e.range.begin >= st.range.begin && e.range.end <= st.range.end)
            inCopy.append(e);
    }
    const DescriptionComment dc = descriptionComment(tree, st);
    const bool describedInBlock = dc.found && dc.line.begin >= st.range.begin;
    if (!copyName.isEmpty()) {
        inCopy.append({st.nameRange, copyName});
        if (describedInBlock)
            inCopy.append({dc.name, copyName});
    }
    QString copy = applyEditsIn(tree.text, st.range, inCopy);
    const FileStyle style = fileStyle(tree, graph);
    if (!endsWithLineBreak(copy, {0, copy.size()}))
        copy += style.eol;
    QList<TextEdit> edits = renumber;
    edits.append(insertAfter(tree, graph, style, stage, copy));
    Expectation expected = expectMapped(graph, map, n + 1);
    ExpectedStage &e = expected.stages[size_t(stage + 1)];
    e = expected.stages[size_t(stage)];
    e.origin = -1;
    e.name = copyName;
    e.description = describedInBlock ? st.description : QString();
    return finish(tree, graph, edits, expected, description);
}

EditResult deleteStage(const SyntaxTree &tree, const StageGraph &graph, int stage)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const QString description = u"Delete stage "_s + label(st);
    const int n = int(graph.stages.size());
    if (n == 1)
        return refuse(u"a Dockerfile needs at least one stage; this is the only one"_s, description);
    const QString &text = tree.text;
    TextRange cut = st.range;
    if (stage < n - 1) {
        // the block and the blank lines after it
        for (const Element &e : tree.elements) {
            if (e.range.begin < cut.end)
                continue;
            if (e.range.begin != cut.end || e.kind != ElementKind::Blank)
                break;
            cut.end = e.range.end;
        }
    } else {
        // the blank lines before it and the block
        for (auto it = tree.elements.rbegin(); it != tree.elements.rend(); ++it) {
            if (it->range.end > cut.begin)
                continue;
            if (it->range.end != cut.begin || it->kind != ElementKind::Blank)
                break;
            cut.begin = it->range.begin;
        }
        if (!endsWithLineBreak(text, st.range))
            cut.begin -= lineBreakBefore(text, cut.begin).size();
    }
    std::vector<int> map = identity(n);
    map[size_t(stage)] = -1;
    for (int i = stage + 1; i < n; ++i)
        map[size_t(i)] = i - 1;
    const std::vector<ReferenceSite> sites = referenceSites(tree, graph);
    QList<TextEdit> edits{{cut, QString()}};
    for (const TextEdit &e : renumberEdits(sites, map)) {
        if (e.range.begin >= cut.end || e.range.end <= cut.begin)
            edits.append(e);
    }
    Expectation expected = expectMapped(graph, map, n - 1);
    for (const ReferenceSite &site : sites) {
        if (site.binds == stage && site.stage != stage)
            expected.tolerateErrorsAt.push_back(site.range);
    }
    EditResult result = finish(tree, graph, edits, expected, description);
    for (const Stage &other : graph.stages) {
        const bool depends = std::any_of(other.dependencies.begin(), other.dependencies.end(),
            [&](const Dependency &d) { return d.stage == stage; });
        if (other.index != stage && depends)
            result.dependents.append(label(other));
    }
    return result;
}

namespace {

// Stage `stage` moved to `newIndex` (numeric COPY --from=N following the stages they name),
// and the graph that promises: the old one, stages renumbered.
struct PlannedMove {
    std::vector<int> map; // old index -> new index
    QList<TextEdit> edits;
    Expectation expected;
};

PlannedMove planMove(const SyntaxTree &tree, const StageGraph &graph, int stage, int newIndex)
{
    const Stage &st = graph.stages[size_t(stage)];
    const int n = int(graph.stages.size());
    PlannedMove plan;
    plan.map = moveMap(n, stage, newIndex);
    QList<TextEdit> inside;
    QList<TextEdit> outside;
    splitByBlock(renumberEdits(referenceSites(tree, graph), plan.map), st.range, inside, outside);
    plan.edits = moveEdits(tree, graph, fileStyle(tree, graph), stage, newIndex, inside) + outside;
    plan.expected = expectMapped(graph, plan.map, n);
    plan.expected.refusalPrefix = u"cannot move "_s + quoted(st) + u": "_s;
    return plan;
}

} // namespace

EditResult moveStage(const SyntaxTree &tree, const StageGraph &graph, int stage, int newIndex)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const int n = int(graph.stages.size());
    const QString description = u"Move stage "_s + label(st)
        + (newIndex == stage - 1 ? u" up"_s : newIndex == stage + 1 ? u" down"_s : u" to position "_s + QString::number(newIndex));
    if (newIndex < 0 || newIndex >= n)
        return refuse(u"position "_s + QString::number(newIndex) + u" is out of range (0 to "_s + QString::number(n - 1) + u')',
            description);
    if (newIndex == stage)
        return {true, {}, description, {}, {}};
    const PlannedMove plan = planMove(tree, graph, stage, newIndex);
    return finish(tree, graph, plan.edits, plan.expected, description);
}

EditResult moveStageAboveUse(const SyntaxTree &tree, const StageGraph &graph, int stage, int newIndex)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const int n = int(graph.stages.size());
    const QString description = u"Move stage "_s + label(st) + u" above its first use"_s;
    if (newIndex < 0 || newIndex >= stage)
        return refuse(u"position "_s + QString::number(newIndex) + u" is not above the stage"_s, description);
    if (stage == n - 1)
        return refuse(quoted(st) + u" is the last stage, the default target: moving it would change what `docker build` builds"_s,
            description);
    PlannedMove plan = planMove(tree, graph, stage, newIndex);
    // A FROM of the stage's name in a stage that now follows it binds to it (it read as an
    // image before); that stage then also inherits its ONBUILD triggers.
    for (const Stage &user : graph.stages) {
        const Dependency &from = user.dependencies.front();
        if (user.index == stage || st.name.isEmpty() || plan.map[size_t(user.index)] <= newIndex || from.stage >= 0
            || from.scratch || user.baseExpanded != st.name)
            continue;
        ExpectedStage &e = plan.expected.stages[size_t(plan.map[size_t(user.index)])];
        e.from.stage = newIndex;
        e.from.image.clear();
        e.anyOnbuild = true;
    }
    return finish(tree, graph, plan.edits, plan.expected, description);
}

EditResult describeStage(const SyntaxTree &tree, const StageGraph &graph, int stage, const QString &text)
{
    if (badStage(graph, stage))
        return noSuchStage(graph, stage);
    const Stage &st = graph.stages[size_t(stage)];
    const QString value = text.trimmed();
    const QString description = value.isEmpty() ? QString(u"Remove description of stage "_s + label(st))
                                                : QString(u"Describe stage "_s + label(st));
    if (st.name.isEmpty())
        return refuse(u"BuildKit only describes named stages: name "_s + quoted(st) + u" first"_s, description);
    if (value.contains(u'\n') || value.contains(u'\r'))
        return refuse(u"a description is one line"_s, description);
    const DescriptionComment dc = descriptionComment(tree, st);
    QList<TextEdit> edits;
    if (dc.found) {
        edits.append(value.isEmpty() ? TextEdit{dc.line, QString()} : TextEdit{dc.text, value});
    } else if (!value.isEmpty()) {
        // above a role marker directly above FROM, else directly above FROM
        qsizetype at = fromLineStart(tree, st);
        const std::vector<RoleMarker> markers = roleMarkers(tree, st);
        for (auto it = markers.rbegin(); it != markers.rend() && it->line.end == at; ++it)
            at = it->line.begin;
        edits.append({{at, at}, u"# "_s + st.name + u' ' + value + fileStyle(tree, graph).eol});
    }
    const int n = int(graph.stages.size());
    Expectation expected = expectMapped(graph, identity(n), n);
    expected.stages[size_t(stage)].description = value;
    return finish(tree, graph, edits, expected, description);
}

} // namespace stagecraft
