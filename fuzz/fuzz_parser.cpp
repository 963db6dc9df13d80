// Fuzzes the core: any bytes, decoded as UTF-8 like a file, must parse, analyse and lint without a
// crash, a hang or undefined behaviour, print back to the identical text, and have tokens
// that tile the text exactly.
#include "core/graphjson.h"
#include "core/lint.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const stagecraft::SyntaxTree tree = stagecraft::parse(text);
    if (tree.print() != text)
        std::abort();
    qsizetype expected = 0;
    for (const stagecraft::Token &token : tree.tokens) {
        if (token.range.begin != expected || token.range.end < token.range.begin)
            std::abort();
        expected = token.range.end;
    }
    if (expected != text.size())
        std::abort();
    const stagecraft::StageGraph graph = stagecraft::analyse(tree);
    for (const stagecraft::Diagnostic &d : graph.diagnostics) {
        if (d.range.begin < 0 || d.range.end > text.size() || d.range.end < d.range.begin)
            std::abort();
    }
    (void)stagecraft::graphToJsonText(tree, graph);
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
