// Roles (DESIGN.md "Roles"), BuildKit's stage description (instructions.getComment), the
// comment block above each FROM and the stage's text range.
#include "analysis_p.h"

#include <QHash>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

// The blanks of the regular expression class \s: ASCII white space, \v included.
bool reSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// "# stagecraft: role=NAME" (spaces allowed around the parts, NAME case-insensitive), matched
// as ^#\s*stagecraft:\s*role\s*=\s*([A-Za-z-]*)\s*$ would; `afterHash` is the text after
// the '#'. On a match `name` is NAME.
bool matchMarker(QStringView afterHash, QStringView &name)
{
    qsizetype i = 0;
    const qsizetype n = afterHash.size();
    const auto blanks = [&] {
        while (i < n && reSpace(afterHash[i]))
            ++i;
    };
    const auto literal = [&](QStringView word) {
        // inline: most comments fail on the first character
        if (n - i < word.size())
            return false;
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (afterHash[i + k] != word[k])
                return false;
        }
        i += word.size();
        return true;
    };
    blanks();
    if (!literal(u"stagecraft:"))
        return false;
    blanks();
    if (!literal(u"role"))
        return false;
    blanks();
    if (!literal(u"="))
        return false;
    blanks();
    const qsizetype nameBegin = i;
    while (i < n && ((afterHash[i] >= u'A' && afterHash[i] <= u'Z') || (afterHash[i] >= u'a' && afterHash[i] <= u'z') || afterHash[i] == u'-'))
        ++i;
    name = afterHash.mid(nameBegin, i - nameBegin);
    blanks();
    return i == n;
}

} // namespace
} // namespace stagecraft::detail

namespace stagecraft {

std::optional<Role> roleSuggestedByName(const QString &name)
{
    // a handful of names: compared by size first, no hashing
    static constexpr std::pair<QStringView, Role> names[] = {
        {u"dev", Role::Dev}, {u"develop", Role::Dev}, {u"development", Role::Dev},
        {u"debug", Role::Debugging}, {u"debugging", Role::Debugging},
        {u"runtime", Role::Runtime}, {u"prod", Role::Runtime}, {u"production", Role::Runtime},
        {u"final", Role::Runtime}, {u"release", Role::Runtime},
    };
    for (const auto &[suggesting, role] : names) {
        if (suggesting.size() == name.size() && suggesting == name)
            return role;
    }
    return std::nullopt;
}

} // namespace stagecraft

namespace stagecraft::detail {

void annotateStage(Analysis &a, Stage &st)
{
    const SyntaxTree &tree = a.tree;
    const int fromElement = tree.elementOf(st.fromInstruction);
    // the contiguous comment lines directly above FROM
    int first = fromElement;
    while (first > 0 && tree.elements[size_t(first - 1)].kind == ElementKind::Comment)
        --first;
    st.range.begin = tree.elements[size_t(first)].range.begin;

    for (int e = first; e < fromElement; ++e) {
        const Element &el = tree.elements[size_t(e)];
        const TextRange comment = tree.tokenRange(size_t(el.firstToken + (tree.tokens[size_t(el.firstToken)].kind == TokenKind::Whitespace ? 1 : 0)));
        const QStringView text = QStringView(tree.text).mid(comment.begin, comment.length());
        QStringView name;
        if (!text.startsWith(u'#') || !matchMarker(text.mid(1), name))
            continue;
        if (const auto role = roleFromName(name)) {
            st.role = *role;
            st.roleExplicit = true;
            st.roleMarkerRange = el.range;
        } else {
            a.report(Severity::Warning, u"invalid-role"_s,
                u"unknown role \""_s + name + u"\": use dev, debugging, runtime or none"_s, comment);
        }
    }
    if (!st.roleExplicit) {
        if (const auto role = roleSuggestedByName(st.name))
            st.role = *role;
    }
    // BuildKit's PrevComment, without our marker lines; the description is the first of its
    // comments (marker lines included) that starts with the stage's name and a blank.
    std::vector<QString> &all = a.graph.allComments;
    const int firstComment = int(all.size());
    const qsizetype prefix = st.name.size() + 1;
    bool described = false;
    for (int e = tree.commentBlockStart(fromElement); e < fromElement; ++e) {
        const Element &el = tree.elements[size_t(e)];
        if (el.kind != ElementKind::Comment)
            continue;
        const QStringView c = tree.commentText(el);
        const qsizetype offset = c.data() - tree.text.constData();
        if (!described && !st.name.isEmpty() && c.size() >= prefix && c[prefix - 1] == u' ' && c.startsWith(st.name)) {
            st.description = sharedSlice(tree.text, offset + prefix, c.size() - prefix);
            described = true;
        }
        QStringView name;
        if (!matchMarker(c, name)) // the comment's text follows "# "
            all.push_back(sharedSlice(tree.text, offset, c.size()));
    }
    st.comments.setRun(firstComment, int(all.size()) - firstComment); // bound when the stages are built
}

void endStage(Analysis &a, Stage &st)
{
    const SyntaxTree &tree = a.tree;
    const int last = st.instructions.empty() ? st.fromInstruction : st.instructions.back();
    st.lastLine = tree.instructions[size_t(last)].lastLine;
    st.range.end = tree.elements[size_t(tree.elementOf(last))].range.end;
}

void defaultRuntimeRole(Analysis &a)
{
    if (a.graph.stages.empty())
        return;
    Stage &last = a.graph.stages.back();
    if (!last.roleExplicit && !roleSuggestedByName(last.name))
        last.role = Role::Runtime;
}

} // namespace stagecraft::detail
