// Roles (DESIGN.md "Roles"), BuildKit's stage description (instructions.getComment), the
// comment block above each FROM and the stage's text range.
#include "analysis_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

// "# stagecraft: role=NAME" (spaces allowed around the parts, NAME case-insensitive).
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(u"^#\\s*stagecraft:\\s*role\\s*=\\s*([A-Za-z-]*)\\s*$"_s);
    return re;
}

std::optional<Role> inferRole(const QString &name)
{
    static const QHash<QString, Role> names = {
        {u"dev"_s, Role::Dev}, {u"develop"_s, Role::Dev}, {u"development"_s, Role::Dev},
        {u"debug"_s, Role::Debugging}, {u"debugging"_s, Role::Debugging},
        {u"runtime"_s, Role::Runtime}, {u"prod"_s, Role::Runtime}, {u"production"_s, Role::Runtime},
        {u"final"_s, Role::Runtime}, {u"release"_s, Role::Runtime},
    };
    const auto it = names.constFind(name);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

void assignRolesAndDescriptions(Analysis &a)
{
    const SyntaxTree &tree = a.tree;
    // element index of each instruction
    std::vector<int> elementOf(tree.instructions.size(), -1);
    for (int e = 0; e < int(tree.elements.size()); ++e) {
        if (tree.elements[size_t(e)].instruction >= 0)
            elementOf[size_t(tree.elements[size_t(e)].instruction)] = e;
    }
    for (Stage &st : a.graph.stages) {
        const Instruction &from = tree.instructions[size_t(st.fromInstruction)];
        const int fromElement = elementOf[size_t(st.fromInstruction)];
        // the contiguous comment lines directly above FROM
        int first = fromElement;
        while (first > 0 && tree.elements[size_t(first - 1)].kind == ElementKind::Comment)
            --first;
        st.range.begin = tree.elements[size_t(first)].range.begin;
        const int lastInstruction = st.instructions.empty() ? st.fromInstruction : st.instructions.back();
        st.range.end = tree.elements[size_t(elementOf[size_t(lastInstruction)])].range.end;

        for (int e = first; e < fromElement; ++e) {
            const Element &el = tree.elements[size_t(e)];
            const Token &comment = tree.tokens[size_t(el.firstToken + (tree.tokens[size_t(el.firstToken)].kind == TokenKind::Whitespace ? 1 : 0))];
            const QString text = tree.text.mid(comment.range.begin, comment.range.length());
            const auto m = markerPattern().match(text);
            if (!m.hasMatch())
                continue;
            if (const auto role = roleFromName(m.captured(1))) {
                st.role = *role;
                st.roleExplicit = true;
                st.roleMarkerRange = el.range;
            } else {
                a.report(Severity::Warning, u"invalid-role"_s,
                    u"unknown role \""_s + m.captured(1) + u"\": use dev, debugging or runtime"_s, comment.range);
            }
        }
        if (!st.roleExplicit) {
            if (const auto role = inferRole(st.name))
                st.role = *role;
            else if (st.index == int(a.graph.stages.size()) - 1)
                st.role = Role::Runtime;
        }
        // BuildKit's PrevComment, without our marker line; the description uses BuildKit's rule
        for (const QString &c : from.comments) {
            if (!markerPattern().match(u"# "_s + c).hasMatch())
                st.comments.append(c);
        }
        if (!st.name.isEmpty()) {
            const QString prefix = st.name + u' ';
            for (const QString &c : from.comments) {
                if (c.startsWith(prefix)) {
                    st.description = c.mid(prefix.size());
                    break;
                }
            }
        }
    }
}

} // namespace stagecraft::detail
