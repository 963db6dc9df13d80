// The file's conventions, reference sites, and the comment lines around a FROM, for the edit
// operations (editoperations.cpp).
#include "editoperations_p.h"

#include "analysis_p.h"
#include "shellword.h"
#include "textutil.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace stagecraft {

QString applyEdits(const QString &text, const QList<TextEdit> &edits)
{
    QList<TextEdit> sorted = edits;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
    });
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const TextEdit &e : sorted) {
        const qsizetype begin = std::clamp(e.range.begin, at, text.size());
        const qsizetype end = std::clamp(e.range.end, begin, text.size());
        out += QStringView(text).mid(at, begin - at);
        out += e.replacement;
        at = end;
    }
    out += QStringView(text).mid(at);
    return out;
}

QList<TextEdit> invertEdits(const QString &text, const QList<TextEdit> &edits)
{
    QList<TextEdit> sorted = edits;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
    });
    QList<TextEdit> out;
    qsizetype delta = 0;
    for (const TextEdit &e : sorted) {
        const qsizetype begin = e.range.begin + delta;
        out.append({{begin, begin + e.replacement.size()}, text.mid(e.range.begin, e.range.length())});
        delta += e.replacement.size() - e.range.length();
    }
    return out;
}

namespace detail {

namespace {

QStringView slice(const QString &text, TextRange r)
{
    return QStringView(text).mid(r.begin, r.length());
}

// The value of the last from= field of a --mount flag, in document offsets.
bool mountFrom(const QString &text, const Flag &flag, QString &value, TextRange &range, bool &exact)
{
    const QStringView raw = slice(text, flag.valueRange);
    const bool rawIsValue = raw == flag.value;
    const QString &s = flag.value;
    bool found = false;
    qsizetype i = 0;
    while (i <= s.size()) {
        const bool quoted = i < s.size() && s[i] == u'"';
        const qsizetype fieldBegin = quoted ? i + 1 : i;
        qsizetype j = fieldBegin;
        bool escaped = false;
        if (quoted) {
            while (j < s.size() && !(s[j] == u'"' && !(j + 1 < s.size() && s[j + 1] == u'"'))) {
                if (s[j] == u'"') {
                    escaped = true;
                    ++j;
                }
                ++j;
            }
        } else {
            while (j < s.size() && s[j] != u',')
                ++j;
        }
        const QStringView field = QStringView(s).mid(fieldBegin, j - fieldBegin);
        const qsizetype eq = field.indexOf(u'=');
        if (eq >= 0 && field.left(eq).compare(u"from"_s, Qt::CaseInsensitive) == 0) {
            found = true;
            value = field.mid(eq + 1).toString();
            if (escaped)
                value.replace(u"\"\""_s, u"\""_s);
            const qsizetype b = flag.valueRange.begin + fieldBegin + eq + 1;
            range = {b, b + (j - fieldBegin - eq - 1)};
            exact = rawIsValue && !escaped;
        } else if (eq >= 0 && field.left(eq).compare(u"type"_s, Qt::CaseInsensitive) == 0
                   && field.mid(eq + 1).compare(u"secret"_s, Qt::CaseInsensitive) == 0) {
            return false; // a secret mount has no stage source
        }
        if (quoted)
            ++j; // closing quote
        i = j + 1;
    }
    return found && !value.isEmpty();
}

} // namespace

FileStyle fileStyle(const SyntaxTree &tree, const StageGraph &graph)
{
    FileStyle style;
    const qsizetype nl = tree.text.indexOf(u'\n');
    style.eol = nl > 0 && tree.text[nl - 1] == u'\r' ? u"\r\n"_s : u"\n"_s;
    style.from = u"FROM"_s;
    if (!graph.stages.empty()) {
        const QStringView kw = tree.instructions[size_t(graph.stages.front().fromInstruction)].keyword();
        if (!kw.isEmpty())
            style.from = kw.toString();
    }
    style.as = style.from == style.from.toLower() ? u"as"_s : u"AS"_s;
    int separated = 0;
    int joined = 0;
    size_t e = 0;
    for (size_t i = 1; i < graph.stages.size(); ++i) {
        const TextRange gap{graph.stages[i - 1].range.end, graph.stages[i].range.begin};
        while (e < tree.elements.size() && tree.elements[e].range.begin < gap.begin)
            ++e;
        bool blank = false;
        for (; e < tree.elements.size() && tree.elements[e].range.begin < gap.end; ++e)
            blank = blank || tree.elements[e].kind == ElementKind::Blank;
        (blank ? separated : joined) += 1;
    }
    style.blankBetweenStages = separated >= joined;
    return style;
}

std::vector<ReferenceSite> referenceSites(const SyntaxTree &tree, const StageGraph &graph)
{
    std::vector<ReferenceSite> sites;
    const int n = int(graph.stages.size());
    for (const Stage &st : graph.stages) {
        ReferenceSite from;
        from.kind = DependencyKind::From;
        from.stage = st.index;
        from.text = st.baseText;
        from.range = st.baseRange;
        from.exact = !st.baseRange.isEmpty() && slice(tree.text, st.baseRange) == st.baseText;
        from.variable = st.baseText.contains(u'$');
        from.binds = st.baseStage;
        sites.push_back(from);
        for (int idx : st.instructions) {
            const Instruction *in = &tree.instructions[size_t(idx)];
            bool onbuild = false;
            if (in->kind == Command::Onbuild && in->onbuildChild >= 0) {
                in = &tree.instructions[size_t(in->onbuildChild)];
                onbuild = true;
            }
            if (in->kind == Command::Copy) {
                const Flag *f = in->flag(u"from");
                if (!f || f->value.isEmpty())
                    continue;
                ReferenceSite site;
                site.kind = DependencyKind::CopyFrom;
                site.stage = st.index;
                site.onbuild = onbuild;
                site.text = f->value;
                site.range = f->valueRange;
                site.exact = slice(tree.text, f->valueRange) == f->value;
                site.variable = expandWord(f->value, {}, tree.escape).result != f->value;
                int index = 0;
                if (goAtoi(f->value, index)) {
                    site.numeric = true;
                    site.binds = index >= 0 && index < n ? index : -1;
                } else if (!site.variable) {
                    site.binds = graph.findStage(f->value);
                }
                sites.push_back(site);
            } else if (in->kind == Command::Run) {
                for (const Flag &f : in->flags) {
                    if (f.name != u"mount")
                        continue;
                    ReferenceSite site;
                    site.kind = DependencyKind::MountFrom;
                    site.stage = st.index;
                    site.onbuild = onbuild;
                    if (!mountFrom(tree.text, f, site.text, site.range, site.exact))
                        continue;
                    site.variable = site.text.contains(u'$');
                    if (!site.variable)
                        site.binds = graph.findStage(site.text);
                    sites.push_back(site);
                }
            }
        }
    }
    return sites;
}

bool isValidStageName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9-_.]*$"_s);
    return re.match(name).hasMatch();
}

QString stageNameProblem(const StageGraph &graph, const QString &name, int except)
{
    if (name.isEmpty())
        return u"a stage name cannot be empty"_s;
    if (!isValidStageName(name)) {
        if (isValidStageName(name.toLower()))
            return u"invalid stage name \""_s + name + u"\": stage names are lowercase (\""_s + name.toLower() + u"\")"_s;
        return u"invalid stage name \""_s + name
            + u"\": a name starts with a lowercase letter and has only a-z, 0-9, '-', '_' and '.'"_s;
    }
    if (name == u"scratch" || name == u"context")
        return u"\""_s + name + u"\" is reserved by BuildKit and cannot name a stage"_s;
    for (const Stage &st : graph.stages) {
        if (st.index != except && st.name == name)
            return u"stage "_s + QString::number(st.index) + u" is already named \""_s + name + u'"';
    }
    return {};
}

qsizetype fromLineStart(const SyntaxTree &tree, const Stage &stage)
{
    const int e = tree.elementOf(stage.fromInstruction);
    return e < 0 ? stage.range.begin : tree.elements[size_t(e)].range.begin;
}

QString lineBreakBefore(const QString &text, qsizetype offset)
{
    if (offset >= 2 && text[offset - 1] == u'\n' && text[offset - 2] == u'\r')
        return u"\r\n"_s;
    if (offset >= 1 && text[offset - 1] == u'\n')
        return u"\n"_s;
    return {};
}

bool endsWithLineBreak(const QString &text, TextRange range)
{
    return range.end > range.begin && text[range.end - 1] == u'\n';
}

const QRegularExpression &roleMarkerPattern()
{
    static const QRegularExpression re(u"^#\\s*stagecraft:\\s*role\\s*=\\s*([A-Za-z-]*)\\s*$"_s);
    return re;
}

namespace {

// Where the Comment token of a comment element stands, if it has one.
std::optional<TextRange> commentToken(const SyntaxTree &tree, const Element &e)
{
    for (int t = e.firstToken; t < e.firstToken + e.tokenCount; ++t) {
        if (tree.tokens[size_t(t)].kind == TokenKind::Comment)
            return tree.tokenRange(size_t(t));
    }
    return std::nullopt;
}

} // namespace

std::vector<RoleMarker> roleMarkers(const SyntaxTree &tree, const Stage &stage)
{
    std::vector<RoleMarker> out;
    const int fromElement = tree.elementOf(stage.fromInstruction);
    int first = fromElement;
    while (first > 0 && tree.elements[size_t(first - 1)].kind == ElementKind::Comment)
        --first;
    for (int e = first; e >= 0 && e < fromElement; ++e) {
        const Element &el = tree.elements[size_t(e)];
        const std::optional<TextRange> token = commentToken(tree, el);
        if (!token)
            continue;
        const QString text = tree.text.mid(token->begin, token->length());
        const auto m = roleMarkerPattern().match(text);
        if (!m.hasMatch())
            continue;
        RoleMarker marker;
        marker.line = el.range;
        marker.value = {token->begin + m.capturedStart(1), token->begin + m.capturedEnd(1)};
        marker.valid = roleFromName(m.captured(1)).has_value();
        out.push_back(marker);
    }
    return out;
}

DescriptionComment descriptionComment(const SyntaxTree &tree, const Stage &stage)
{
    DescriptionComment out;
    if (stage.name.isEmpty())
        return out;
    // BuildKit's PrevComment (SyntaxTree::commentsOf): the first of its lines that starts
    // with "name " wins, as the analysis reads the description.
    const int fromElement = tree.elementOf(stage.fromInstruction);
    if (fromElement < 0)
        return out;
    const QString prefix = stage.name + u' ';
    for (int e = tree.commentBlockStart(fromElement); e < fromElement; ++e) {
        const Element &el = tree.elements[size_t(e)];
        if (el.kind != ElementKind::Comment)
            continue;
        const QStringView comment = tree.commentText(el);
        if (!comment.startsWith(prefix))
            continue;
        const qsizetype begin = comment.data() - tree.text.constData();
        out.found = true;
        out.line = el.range;
        out.name = {begin, begin + stage.name.size()};
        out.text = {begin + prefix.size(), begin + comment.size()};
        return out;
    }
    return out;
}

QString applyEditsIn(const QString &text, TextRange range, const QList<TextEdit> &edits)
{
    QList<TextEdit> local;
    for (const TextEdit &e : edits) {
        if (e.range.begin >= range.begin && e.range.end <= range.end)
            local.append({{e.range.begin - range.begin, e.range.end - range.begin}, e.replacement});
    }
    return applyEdits(text.mid(range.begin, range.length()), local);
}

QList<TextEdit> renumberEdits(const std::vector<ReferenceSite> &sites, const std::vector<int> &newIndexOf)
{
    QList<TextEdit> out;
    for (const ReferenceSite &site : sites) {
        if (!site.numeric || !site.exact || site.binds < 0 || site.binds >= int(newIndexOf.size()))
            continue;
        const int to = newIndexOf[size_t(site.binds)];
        if (to < 0 || to == site.binds)
            continue;
        const TextEdit edit{site.range, QString::number(to)};
        if (!out.contains(edit))
            out.append(edit);
    }
    return out;
}

EditResult refuse(const QString &reason, const QString &description)
{
    EditResult r;
    r.ok = false;
    r.error = reason;
    r.description = description;
    return r;
}

} // namespace detail

} // namespace stagecraft
