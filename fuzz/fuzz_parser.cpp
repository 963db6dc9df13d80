// Fuzzes the core: any bytes, decoded as UTF-8 like a file, must parse, analyse and lint without a
// crash, a hang or undefined behaviour, print back to the identical text, and have tokens
// that tile the text exactly. The same text reached by an edit of an earlier version and
// parsed incrementally, as the editor does, must give the same tree.
#include "core/graphjson.h"
#include "core/lint.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace stagecraft;

bool same(const TextRange &a, const TextRange &b)
{
    return a.begin == b.begin && a.end == b.end;
}

// The fields of two instructions that parse(text, previous) must reproduce exactly.
bool sameInstruction(const Instruction &a, const Instruction &b)
{
    if (a.keyword() != b.keyword() || a.command() != b.command() || a.kind != b.kind || !same(a.keywordRange, b.keywordRange)
        || !same(a.range, b.range) || a.firstLine != b.firstLine || a.lastLine != b.lastLine || a.json != b.json
        || a.original != b.original || a.onbuildChild != b.onbuildChild || a.element != b.element
        || a.args.size() != b.args.size() || a.flags.size() != b.flags.size() || a.heredocs.size() != b.heredocs.size())
        return false;
    for (size_t i = 0; i < a.args.size(); ++i) {
        if (a.args[i].value != b.args[i].value || !same(a.args[i].range, b.args[i].range))
            return false;
    }
    for (size_t i = 0; i < a.flags.size(); ++i) {
        const Flag &x = a.flags[i], &y = b.flags[i];
        if (x.name != y.name || x.value != y.value || x.hasValue != y.hasValue || !same(x.range, y.range)
            || !same(x.valueRange, y.valueRange))
            return false;
    }
    for (size_t i = 0; i < a.heredocs.size(); ++i) {
        const Heredoc &x = a.heredocs[i], &y = b.heredocs[i];
        if (x.name != y.name || x.content != y.content || x.terminated != y.terminated || !same(x.bodyRange, y.bodyRange)
            || !same(x.terminatorRange, y.terminatorRange))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const stagecraft::SyntaxTree tree = stagecraft::parse(text);
    if (tree.print() != text)
        std::abort();
    // tokens begin at 0, one after another, none empty, the last before the end
    qsizetype expected = 0;
    for (size_t i = 0; i < tree.tokens.size(); ++i) {
        const stagecraft::TextRange r = tree.tokenRange(i);
        if (r.begin != expected || r.end <= r.begin)
            std::abort();
        expected = r.end;
    }
    if (expected != text.size())
        std::abort();
    const stagecraft::StageGraph graph = stagecraft::analyse(tree);
    for (const stagecraft::Diagnostic &d : graph.diagnostics) {
        if (d.range.begin < 0 || d.range.end > text.size() || d.range.end < d.range.begin)
            std::abort();
    }
    (void)stagecraft::graphToJsonText(tree, graph);

    // An earlier version without a few characters at a place the input chooses, then this
    // text: the incremental parse equals the full one, and analyses alike.
    if (size >= 2 && !text.isEmpty()) {
        const qsizetype at = qsizetype(data[0]) * text.size() / 256;
        QString earlier = text;
        earlier.remove(at, 1 + data[1] % 8);
        stagecraft::SyntaxTree incremental = stagecraft::parse(earlier);
        incremental = stagecraft::parse(text, std::move(incremental));
        if (incremental.print() != text || incremental.tokens.size() != tree.tokens.size()
            || incremental.instructions.size() != tree.instructions.size()
            || incremental.lines.lineStarts() != tree.lines.lineStarts())
            std::abort();
        for (size_t i = 0; i < tree.tokens.size(); ++i) {
            if (incremental.tokens[i].kind != tree.tokens[i].kind || !same(incremental.tokenRange(i), tree.tokenRange(i)))
                std::abort();
        }
        for (size_t i = 0; i < tree.instructions.size(); ++i) {
            if (!sameInstruction(incremental.instructions[i], tree.instructions[i]))
                std::abort();
        }
        if (stagecraft::analyse(incremental).diagnostics.size() != graph.diagnostics.size())
            std::abort();
    }
    for (const stagecraft::Finding &f : stagecraft::lint(tree, graph)) {
        const stagecraft::TextRange r = f.diagnostic.range;
        if (r.begin < 0 || r.end > text.size() || r.end < r.begin)
            std::abort();
        for (const stagecraft::TextEdit &e : f.fix.edits) {
            if (e.range.begin < 0 || e.range.end > text.size() || e.range.end < e.range.begin)
                std::abort();
        }
    }
    return 0;
}
