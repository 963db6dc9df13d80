// The check every edit operation's result goes through: apply the edits, parse and analyse
// the new text, and compare its stage graph with what the operation promised (stages followed
// from their old index to their new one). Nothing is returned that adds an error or makes a
// reference bind elsewhere.
#include "editoperations_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

ExpectedDependency mapDependency(const Dependency &d, const std::vector<int> &newIndexOf)
{
    ExpectedDependency e;
    e.kind = d.kind;
    e.onbuild = d.onbuild;
    e.text = d.text;
    e.line = d.line;
    e.oldStage = d.stage;
    if (d.stage >= 0) {
        if (d.stage < int(newIndexOf.size()) && newIndexOf[size_t(d.stage)] >= 0)
            e.stage = newIndexOf[size_t(d.stage)];
        else
            e.any = true;
    } else {
        e.image = d.image;
        e.scratch = d.scratch;
    }
    return e;
}

bool matches(const ExpectedDependency &e, const Dependency &d)
{
    if (e.any)
        return true;
    if (e.kind != d.kind || e.onbuild != d.onbuild)
        return false;
    if (e.stage >= 0)
        return d.stage == e.stage;
    return d.stage < 0 && d.image == e.image && d.scratch == e.scratch;
}

QString stageLabel(const StageGraph &graph, int index)
{
    if (index < 0 || index >= int(graph.stages.size()))
        return u"stage "_s + QString::number(index);
    const Stage &st = graph.stages[size_t(index)];
    const bool shared = std::any_of(graph.stages.begin(), graph.stages.end(),
        [&](const Stage &o) { return o.index != index && o.name == st.name; });
    if (shared && !st.name.isEmpty())
        return u"stage "_s + QString::number(index) + u" (\""_s + st.name + u"\")"_s;
    return st.name.isEmpty() ? QString(u"stage "_s + QString::number(index)) : QString(u"stage \""_s + st.name + u'"');
}

QString referenceText(DependencyKind kind, const QString &text)
{
    switch (kind) {
    case DependencyKind::From:
        return u"FROM "_s + text;
    case DependencyKind::CopyFrom:
        return u"COPY --from="_s + text;
    case DependencyKind::MountFrom:
        return u"--mount from="_s + text;
    }
    return text;
}

QString targetText(const StageGraph &graph, int stage, const QString &image, bool scratch)
{
    if (stage >= 0)
        return stageLabel(graph, stage);
    if (scratch)
        return u"scratch"_s;
    if (image.isEmpty())
        return u"nothing"_s;
    return u"the image \""_s + image + u'"';
}

// Why `actual` (in the new graph, or null when missing) is not what `e` promised.
QString mismatch(const StageGraph &oldGraph, const StageGraph &newGraph, const ExpectedDependency &e, const Dependency *actual,
                 int userNew)
{
    const QString what = referenceText(e.kind, e.text) + (e.onbuild ? u" (ONBUILD)"_s : QString()) + u" on line "_s
        + QString::number(e.line);
    if (!actual)
        return what + u" would no longer be a stage reference"_s;
    const QString expected = e.stage >= 0 ? (e.oldStage >= 0 ? stageLabel(oldGraph, e.oldStage) : stageLabel(newGraph, e.stage))
                                          : targetText(newGraph, -1, e.image, e.scratch);
    if (e.stage >= 0 && actual->stage < 0 && e.stage >= userNew)
        return what + u" would no longer refer to "_s + expected + u", which would then come after it"_s;
    return what + u" would refer to "_s + targetText(newGraph, actual->stage, actual->image, actual->scratch)
        + u" instead of "_s + expected;
}

// Compares a list of dependencies; an `any` entry lets the list differ around it as long as
// every other promised entry is still there, in order.
QString compareList(const StageGraph &oldGraph, const StageGraph &newGraph, const std::vector<ExpectedDependency> &expected,
                    const std::vector<const Dependency *> &actual, int userNew)
{
    const bool loose = std::any_of(expected.begin(), expected.end(), [](const ExpectedDependency &e) { return e.any; });
    if (!loose) {
        for (size_t i = 0; i < expected.size(); ++i) {
            const Dependency *a = i < actual.size() ? actual[i] : nullptr;
            if (!a || !matches(expected[i], *a))
                return mismatch(oldGraph, newGraph, expected[i], a, userNew);
        }
        if (actual.size() > expected.size()) {
            const Dependency *a = actual[expected.size()];
            return referenceText(a->kind, a->text) + u" on line "_s + QString::number(a->line)
                + u" would become a new stage reference"_s;
        }
        return {};
    }
    size_t at = 0;
    for (const ExpectedDependency &e : expected) {
        if (e.any)
            continue;
        while (at < actual.size() && !matches(e, *actual[at]))
            ++at;
        if (at == actual.size())
            return mismatch(oldGraph, newGraph, e, nullptr, userNew);
        ++at;
    }
    return {};
}

qsizetype mapOffset(qsizetype offset, const QList<TextEdit> &sorted)
{
    qsizetype delta = 0;
    for (const TextEdit &e : sorted) {
        if (e.range.end <= offset)
            delta += e.replacement.size() - e.range.length();
        else if (e.range.begin < offset)
            return e.range.begin + delta;
        else
            break;
    }
    return offset + delta;
}

// Trims an edit to the part that changes, never splitting a surrogate pair or a CRLF.
TextEdit minimise(const QString &text, const TextEdit &edit)
{
    const QStringView old = QStringView(text).mid(edit.range.begin, edit.range.length());
    const QStringView rep = edit.replacement;
    qsizetype p = 0;
    const qsizetype limit = std::min(old.size(), rep.size());
    while (p < limit && old[p] == rep[p])
        ++p;
    const auto splitsAt = [](QStringView a, QStringView b, qsizetype i) {
        const auto splits = [i](QStringView s) {
            return i > 0 && i < s.size() && ((s[i - 1] == u'\r' && s[i] == u'\n') || (s[i - 1].isHighSurrogate() && s[i].isLowSurrogate()));
        };
        return splits(a) || splits(b);
    };
    while (p > 0 && splitsAt(old, rep, p))
        --p;
    qsizetype s = 0;
    while (s < limit - p && old[old.size() - 1 - s] == rep[rep.size() - 1 - s])
        ++s;
    while (s > 0 && (splitsAt(old, old, old.size() - s) || splitsAt(rep, rep, rep.size() - s)))
        --s;
    return {{edit.range.begin + p, edit.range.end - s}, edit.replacement.mid(p, rep.size() - p - s)};
}

} // namespace

ExpectedDependency expectedBase(const StageGraph &graph, int stage, const std::vector<int> &newIndexOf)
{
    return mapDependency(graph.stages[size_t(stage)].dependencies.front(), newIndexOf);
}

Expectation expectMapped(const StageGraph &graph, const std::vector<int> &newIndexOf, int newCount)
{
    Expectation ex;
    ex.stages.resize(size_t(std::max(0, newCount)));
    for (const Stage &st : graph.stages) {
        const int to = newIndexOf[size_t(st.index)];
        if (to < 0 || to >= newCount)
            continue;
        ExpectedStage &e = ex.stages[size_t(to)];
        e.origin = st.index;
        e.name = st.name;
        e.description = st.description;
        e.roleExplicit = st.roleExplicit;
        e.role = st.role;
        for (size_t i = 0; i < st.dependencies.size(); ++i) {
            const ExpectedDependency d = mapDependency(st.dependencies[i], newIndexOf);
            if (i == 0)
                e.from = d;
            else if (d.onbuild)
                e.onbuild.push_back(d);
            else
                e.own.push_back(d);
        }
        e.anyOnbuild = e.from.any;
    }
    return ex;
}

EditResult finish(const SyntaxTree &tree, const StageGraph &graph, QList<TextEdit> edits, const Expectation &expected,
                  const QString &description)
{
    const QString &text = tree.text;
    QList<TextEdit> normal;
    for (TextEdit e : edits) {
        e.range.begin = std::clamp<qsizetype>(e.range.begin, 0, text.size());
        e.range.end = std::clamp<qsizetype>(e.range.end, e.range.begin, text.size());
        if (QStringView(text).mid(e.range.begin, e.range.length()) == e.replacement)
            continue;
        normal.append(minimise(text, e));
    }
    std::stable_sort(normal.begin(), normal.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
    });
    for (qsizetype i = 1; i < normal.size(); ++i) {
        if (normal[i - 1].range.end > normal[i].range.begin
            || (normal[i - 1].range.begin == normal[i].range.begin && normal[i - 1].range.isEmpty() && normal[i].range.isEmpty()))
            return refuse(u"internal error: the operation produced overlapping edits"_s, description);
    }
    EditResult result;
    result.description = description;
    result.edits = normal;
    result.ok = true;
    if (normal.isEmpty())
        return result;

    const QString after = applyEdits(text, normal);
    const SyntaxTree newTree = parse(after);
    const StageGraph newGraph = analyse(newTree);
    const auto fail = [&](const QString &reason) { return refuse(expected.refusalPrefix + reason, description); };

    if (newGraph.stages.size() != expected.stages.size()) {
        return fail(u"the edit would leave "_s + QString::number(newGraph.stages.size()) + u" stages instead of "_s
            + QString::number(expected.stages.size()) + u" (check for unterminated heredocs or continuations)"_s);
    }
    // No new errors: an error is old when one with the same code stood at the same (moved)
    // place or on the same text.
    std::vector<TextRange> tolerated;
    for (const TextRange &r : expected.tolerateErrorsAt)
        tolerated.push_back({mapOffset(r.begin, normal), mapOffset(r.end, normal)});
    // each old error accounts for one new error: first by place, then by text
    const auto blocking = [](const Diagnostic &d) { return d.severity == Severity::Error; };
    std::vector<const Diagnostic *> fresh;
    std::vector<char> used(graph.diagnostics.size(), 0);
    for (const Diagnostic &d : newGraph.diagnostics) {
        if (!blocking(d))
            continue;
        bool old = false;
        for (size_t k = 0; k < graph.diagnostics.size() && !old; ++k) {
            const Diagnostic &o = graph.diagnostics[k];
            if (!used[k] && blocking(o) && mapOffset(o.range.begin, normal) == d.range.begin
                && mapOffset(o.range.end, normal) == d.range.end)
                old = (used[k] = 1) != 0;
        }
        if (!old)
            fresh.push_back(&d);
    }
    for (const Diagnostic *d : fresh) {
        const QStringView dText = QStringView(after).mid(d->range.begin, d->range.length());
        bool old = false;
        for (size_t k = 0; k < graph.diagnostics.size() && !old; ++k) {
            const Diagnostic &o = graph.diagnostics[k];
            if (!used[k] && blocking(o) && o.code == d->code
                && QStringView(text).mid(o.range.begin, o.range.length()) == dText)
                old = (used[k] = 1) != 0;
        }
        const bool allowed = std::any_of(tolerated.begin(), tolerated.end(),
            [&](const TextRange &r) { return d->range.begin >= r.begin && d->range.begin <= r.end; });
        if (!old && !allowed)
            return fail(u"the edit would cause an error: "_s + d->message);
    }
    for (size_t i = 0; i < expected.stages.size(); ++i) {
        const ExpectedStage &e = expected.stages[i];
        const Stage &st = newGraph.stages[i];
        if (st.name != e.name) {
            return fail(u"stage "_s + QString::number(i) + u" would be "_s
                + (st.name.isEmpty() ? u"unnamed"_s : QString(u"named \""_s + st.name + u'"')) + u" instead of "_s
                + (e.name.isEmpty() ? u"unnamed"_s : QString(u"\""_s + e.name + u'"')));
        }
        std::vector<const Dependency *> onbuild;
        std::vector<const Dependency *> own;
        for (size_t k = 1; k < st.dependencies.size(); ++k)
            (st.dependencies[k].onbuild ? onbuild : own).push_back(&st.dependencies[k]);
        const Dependency *from = st.dependencies.empty() ? nullptr : &st.dependencies.front();
        if (!from || !matches(e.from, *from))
            return fail(mismatch(graph, newGraph, e.from, from, int(i)));
        if (!e.anyOwn) {
            const QString why = compareList(graph, newGraph, e.own, own, int(i));
            if (!why.isEmpty())
                return fail(why);
        }
        if (!e.anyOnbuild) {
            const QString why = compareList(graph, newGraph, e.onbuild, onbuild, int(i));
            if (!why.isEmpty())
                return fail(why);
        }
        if (!e.anyDescription && st.description != e.description) {
            return fail(u"the description of "_s + stageLabel(newGraph, int(i)) + u" would change from \""_s + e.description
                + u"\" to \""_s + st.description + u'"');
        }
        if (!e.anyRole && (st.roleExplicit != e.roleExplicit || (e.roleExplicit && st.role != e.role)))
            return fail(u"the role marker of "_s + stageLabel(newGraph, int(i)) + u" would change"_s);
    }
    // A reference to a later stage is only a warning while no target builds the stage that
    // makes it, but it breaks `--target` for that stage: an edit must not create one.
    const auto later = [](const Diagnostic &d) {
        return d.code == u"copy-from-later-stage" || d.code == u"mount-from-later-stage";
    };
    const auto laterBefore = std::count_if(graph.diagnostics.begin(), graph.diagnostics.end(), later);
    for (const Diagnostic &d : newGraph.diagnostics) {
        if (later(d) && std::count_if(newGraph.diagnostics.begin(), newGraph.diagnostics.end(), later) > laterBefore)
            return fail(u"the edit would make a reference point to a later stage: "_s + d.message);
    }
    return result;
}

} // namespace stagecraft::detail
