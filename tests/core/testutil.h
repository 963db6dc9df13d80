// Helpers shared by the core tests: the round-trip and tiling invariants every input must
// satisfy, and BuildKit's Node.Dump format for comparing with BuildKit's parser tests.
#pragma once

#include "core/syntax.h"
#include "core/textutil.h"

#include <QString>

namespace stagecraft::test {

// Empty when print(parse(x)) == x and the tokens tile the text without gap or overlap (the
// first begins at 0, each one after the one before, none empty; and the elements tile the
// token list); else a description of the first violation.
inline QString invariantViolation(const SyntaxTree &tree)
{
    if (tree.print() != tree.text)
        return QStringLiteral("print(parse(x)) != x");
    if (tree.tokens.empty() != tree.text.isEmpty())
        return QStringLiteral("%1 tokens for %2 characters").arg(tree.tokens.size()).arg(tree.text.size());
    qsizetype at = 0;
    for (size_t i = 0; i < tree.tokens.size(); ++i) {
        const TextRange r = tree.tokenRange(i);
        if (r.begin != at || r.end <= r.begin || r.end > tree.text.size())
            return QStringLiteral("token %1 [%2,%3) does not continue at %4").arg(i).arg(r.begin).arg(r.end).arg(at);
        at = r.end;
    }
    if (at != tree.text.size())
        return QStringLiteral("tokens end at %1 of %2").arg(at).arg(tree.text.size());
    int next = 0;
    qsizetype elementAt = 0;
    for (const Element &e : tree.elements) {
        if (e.firstToken != next || e.range.begin != elementAt)
            return QStringLiteral("elements do not tile the tokens at token %1").arg(next);
        next += e.tokenCount;
        elementAt = e.range.end;
        if (e.tokenCount > 0 && tree.tokenRange(size_t(e.firstToken + e.tokenCount - 1)).end != e.range.end)
            return QStringLiteral("element ending at %1 does not end with its last token").arg(e.range.end);
    }
    if (next != int(tree.tokens.size()))
        return QStringLiteral("elements cover %1 of %2 tokens").arg(next).arg(tree.tokens.size());
    // elementOf() (each instruction's `element`) finds its element, and none for a trigger
    std::vector<int> elementOf(tree.instructions.size(), -1);
    for (size_t e = 0; e < tree.elements.size(); ++e) {
        if (tree.elements[e].instruction >= 0)
            elementOf[size_t(tree.elements[e].instruction)] = int(e);
    }
    for (size_t i = 0; i < tree.instructions.size(); ++i) {
        if (tree.instructions[i].element != elementOf[i])
            return QStringLiteral("instruction %1's element is %2, not %3").arg(i).arg(tree.instructions[i].element).arg(elementOf[i]);
        if (tree.elementOf(int(i)) != elementOf[i])
            return QStringLiteral("elementOf(%1) is %2, not %3").arg(i).arg(tree.elementOf(int(i))).arg(elementOf[i]);
    }
    return {};
}

// BuildKit's Node.Dump() of one instruction (lowercased keyword, flags as %q, args quoted).
inline QString dumpInstruction(const SyntaxTree &tree, const Instruction &in)
{
    QString out = in.command();
    if (!in.flags.empty()) {
        QStringList flags;
        for (const Flag &f : in.flags)
            flags.append(f.text());
        out += u' ' + goQuoteList(flags);
    }
    if (in.onbuildChild >= 0) {
        out += QStringLiteral(" (") + dumpInstruction(tree, tree.instructions[size_t(in.onbuildChild)]) + u')';
        return out;
    }
    for (const Argument &a : in.args)
        out += u' ' + goQuote(a.value);
    return out;
}

} // namespace stagecraft::test
