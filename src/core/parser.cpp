// The lossless parser: BuildKit's line reader (parser.Parse) reproduced over UTF-16 offsets.
// Physical lines are grouped into elements exactly as BuildKit groups them into instructions;
// the logical line of each instruction is handed to the line parsers (lineparsers.cpp) and
// every value is mapped back to the document through the runs of text it was joined from.
#include "syntax.h"

#include "heredoc.h"
#include "lineparsers.h"
#include "textutil.h"
#include "textutil_p.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace stagecraft {

namespace {

struct Line {
    qsizetype begin = 0;
    qsizetype contentEnd = 0; // before the newline token
    qsizetype bkEnd = 0;      // before any trailing '\r' (BuildKit's trimNewline)
    qsizetype end = 0;        // after the newline
};

// How one physical line of an instruction element is laid out.
struct LinePart {
    enum Kind { Content, Comment, Empty, HeredocBody, HeredocEnd } kind = Content;
    Line line;
    qsizetype contentBegin = 0; // Content: first character that went into the logical line
    qsizetype contentStop = 0;  // Content: end of that text (the continuation starts here)
    qsizetype logicalBegin = 0; // Content: its offset in the logical line
    bool continued = false;     // Content: ends with the escape character
    qsizetype bodyEnd = 0;      // HeredocBody: end of the body (a run of whole lines)
};

struct Region {
    qsizetype begin;
    qsizetype end;
    TokenKind kind;
};

void collectRegions(const detail::ParsedNode &node, std::vector<Region> &out)
{
    if (node.keywordRange.end > node.keywordRange.begin)
        out.push_back({node.keywordRange.begin, node.keywordRange.end, TokenKind::Keyword});
    for (const auto &f : node.flags)
        out.push_back({f.range.begin, f.range.end, TokenKind::Flag});
    if (node.json && node.jsonRange.end > node.jsonRange.begin)
        out.push_back({node.jsonRange.begin, node.jsonRange.end, TokenKind::Json});
    if (node.child)
        collectRegions(*node.child, out);
}

// The name of a flag BuildKit knows shares a literal (no allocation); others share the
// flag's word. `name` is word[begin, begin + name.size()).
QString flagName(const QString &word, qsizetype begin, QStringView name)
{
    static const QString known[] = {u"mount"_s, u"from"_s, u"platform"_s, u"link"_s, u"chown"_s, u"chmod"_s,
        u"network"_s, u"security"_s, u"device"_s, u"parents"_s, u"exclude"_s, u"keep-git-dir"_s, u"checksum"_s,
        u"unpack"_s, u"interval"_s, u"timeout"_s, u"start-period"_s, u"start-interval"_s, u"retries"_s};
    if (!name.isEmpty()) {
        const char16_t first = name.front().unicode();
        for (const QString &k : known) {
            // the first character and the length rule out all but one or two
            if (k.front().unicode() == first && k.size() == name.size()
                && std::memcmp(k.constData(), name.data(), size_t(name.size()) * sizeof(QChar)) == 0)
                return k;
        }
    }
    return detail::sharedSlice(word, begin, name.size());
}

// Moves the run `run` views from the array `from` to the end of `to`, and views it there.
template<typename T>
void moveRun(Items<T> &run, std::vector<T> &from, std::vector<T> &to)
{
    const auto first = from.begin() + run.first();
    const int size = int(run.size());
    run.setRun(int(to.size()), size);
    to.insert(to.end(), std::make_move_iterator(first), std::make_move_iterator(first + size));
}

class Parser
{
public:
    Parser(SyntaxTree &tree)
        : t(tree), text(tree.text), n(tree.text.size())
    {
        // the line parsers append values straight to the tree's arrays
        parsed.flags.attach(&t.allFlags);
        parsed.args.attach(&t.allArguments);
        ScratchBuffers &kept = detail::threadKept<ScratchBuffers>();
        detail::takeBuffer(parts, kept.parts);
        detail::takeBuffer(regions, kept.regions);
        detail::takeBuffer(segments, kept.segments);
        detail::takeBuffer(specs, kept.specs);
        detail::takeBuffer(heredocScratch, kept.heredocs);
    }
    ~Parser()
    {
        ScratchBuffers &kept = detail::threadKept<ScratchBuffers>();
        detail::keepBuffer(kept.parts, parts);
        detail::keepBuffer(kept.regions, regions);
        detail::keepBuffer(kept.segments, segments);
        detail::keepBuffer(kept.specs, specs);
        detail::keepBuffer(kept.heredocs, heredocScratch);
    }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    void run();
    // Parses elements from `pos` (a line start with `lineNo` lines before it) to the end of
    // the text, or until `stop(end)` is true for the end of an instruction element. Returns
    // where it stopped. ONBUILD triggers are left in `children`.
    template<typename Stop>
    qsizetype runFrom(qsizetype pos, int lineNo, Stop stop);
    // Continues after an instruction: no parser directive can follow, no comment is pending.
    void resumeAfterInstruction() { directivesDone = true; }
    std::vector<Instruction> &onbuildChildren() { return children; }
    // The line index of the text, when it is built before parsing (a full parse).
    void useLineIndex(const LineIndex *index) { starts = &index->lineStarts(); }
    // A full parse: values that are verbatim runs of the text (a one-line instruction's
    // logical line, heredoc bodies, comments) share the tree's text instead of copying it.
    // Not for an incremental parse: its instructions outlive the text they were parsed from
    // (they are moved into later trees), and sharing would keep every version of the text
    // that some instruction was last parsed from alive; copying keeps at most one older text.
    // `references` takes the references of the slices of each block of joined lines in bulk.
    void shareText(detail::BulkReferences *references)
    {
        share = true;
        bulkReferences = references;
    }

private:
    // The line starting at `pos`, which is line `lineNumber` (1-based): its end comes from the
    // tree's line index when the parser has one for this text.
    // (inlined: called for every line, and a call returning the Line costs more than its work)
    [[gnu::always_inline]] Line lineAt(qsizetype pos, int lineNumber) const
    {
        if (starts) {
            const size_t k = size_t(lineNumber) - 1; // lineNumber 0 wraps around: no index
            if (k < starts->size() && (*starts)[k] == pos)
                return lineEndingAt(pos, k + 1 < starts->size() ? (*starts)[k + 1] - 1 : -1);
        }
        return lineAt(pos);
    }
    Line lineAt(qsizetype pos) const { return lineEndingAt(pos, text.indexOf(u'\n', pos)); }
    // The line starting at `pos` whose '\n' is at `newline` (-1: the last line, without one).
    [[gnu::always_inline]] Line lineEndingAt(qsizetype pos, qsizetype newline) const
    {
        Line l;
        l.begin = pos;
        if (newline < 0) {
            l.contentEnd = l.end = n;
        } else {
            l.contentEnd = (newline > pos && text[newline - 1] == u'\r') ? newline - 1 : newline;
            l.end = newline + 1;
        }
        l.bkEnd = l.contentEnd;
        while (l.bkEnd > l.begin && text[l.bkEnd - 1] == u'\r')
            --l.bkEnd;
        return l;
    }

    // text[pos, pos + len) as a QString of its own, or sharing the text (shareText()).
    QString slice(qsizetype pos, qsizetype len) const
    {
        return share ? detail::sharedSlice(text, pos, len) : QStringView(text).mid(pos, len).toString();
    }

    void token(TokenKind kind, qsizetype b, qsizetype e)
    {
        if (e > b)
            t.tokens.push_back({b, kind});
    }
    // Trailing '\r's, then the newline.
    void lineEnd(const Line &l)
    {
        token(TokenKind::Whitespace, l.bkEnd, l.contentEnd);
        token(TokenKind::Newline, l.contentEnd, l.end);
    }
    void beginElement(ElementKind kind, qsizetype begin)
    {
        t.elements.push_back({{begin, begin}, int(t.tokens.size()), 0, -1, kind});
    }
    void endElement(qsizetype end)
    {
        Element &e = t.elements.back();
        e.range.end = end;
        e.tokenCount = int(t.tokens.size()) - e.firstToken;
    }

    // The escape character that makes text[b, e) a continued line, or -1 (BuildKit's
    // `([^E])E[ \t]*$|^E[ \t]*$`).
    qsizetype continuationAt(qsizetype b, qsizetype e) const
    {
        qsizetype j = e;
        while (j > b && (text[j - 1] == u' ' || text[j - 1] == u'\t'))
            --j;
        if (j > b && text[j - 1] == t.escape && (j - 1 == b || text[j - 2] != t.escape))
            return j - 1;
        return -1;
    }

    bool directive(const Line &l, qsizetype ts);
    void instruction(const Line &first, qsizetype ts, int &lineNo, qsizetype &pos);
    // (not inlined: the compiler's choice to inline it into instruction() depends on the size
    // of the file's other functions, and inlined it costs about 1 % more)
    [[gnu::noinline]] void emitContentTokens(const LinePart &p, const std::vector<Region> &regions, size_t &ri);
    // The document range of logical[r]: inline for the usual value, a non-empty one of a
    // one-line instruction (a call costs more than that), else docRangeMapped().
    [[gnu::always_inline]] TextRange docRange(detail::LRange r) const
    {
        if (segments.size() == 1 && r.end > r.begin)
            return {segments.front().docBegin + r.begin, segments.front().docBegin + r.end};
        // a continued instruction's values are mapped in order: the usual one lies in the run
        // of the last look-up
        const size_t h = segmentHint;
        if (r.end > r.begin && h < segments.size() && segments[h].logicalBegin <= r.begin
            && r.end <= (h + 1 < segments.size() ? segments[h + 1].logicalBegin : logicalSize)) {
            const qsizetype shift = segments[h].docBegin - segments[h].logicalBegin;
            return {r.begin + shift, r.end + shift};
        }
        return docRangeMapped(r);
    }
    TextRange docRangeMapped(detail::LRange r) const;
    // Moves the node's argument values into the instruction; `original` is left to the caller.
    // Fills `in` (a new instruction) from the node.
    void makeInstruction(Instruction &in, detail::ParsedNode &node, qsizetype begin, qsizetype end, int firstLine, int lastLine);
    void diagnose(Severity s, const QString &code, const QString &message, TextRange range)
    {
        t.diagnostics.push_back({s, code, message, range});
    }

    SyntaxTree &t;
    const QString &text;
    const qsizetype n;
    const std::vector<qsizetype> *starts = nullptr; // the line index's, when it is this text's
    bool share = false;
    detail::BulkReferences *bulkReferences = nullptr; // shareText(): the parse's budgets
    bool directivesDone = false;
    unsigned seenDirectives = 0; // a bit per directive name (syntax, escape, check) seen
    std::vector<Instruction> children; // ONBUILD triggers, appended after the top level
    // The logical line of the instruction being parsed (copied into the instruction's
    // `original` once complete) is a concatenation of runs of the document: each Segment maps
    // logical[logicalBegin, next segment's logicalBegin) to the document from docBegin on.
    // Only non-empty runs are recorded, ascending.
    struct Segment {
        qsizetype logicalBegin;
        qsizetype docBegin;
    };
    qsizetype logicalSize = 0; // the length of the logical line built so far
    std::vector<Segment> segments;
    qsizetype logicalEndOffset = 0; // the document offset just after the logical line
    mutable size_t segmentHint = 0;
    // Document offset of logical[li], li < logicalSize.
    [[gnu::always_inline]] qsizetype docOffset(qsizetype li) const
    {
        if (segments.size() == 1) // a one-line instruction: the first run starts at logical 0
            return segments.front().docBegin + li;
        // values are mapped in ascending order: walk on from the run of the last lookup
        size_t h = segmentHint;
        if (h >= segments.size() || segments[h].logicalBegin > li) {
            const auto it = std::upper_bound(segments.begin(), segments.end(), li,
                [](qsizetype v, const Segment &s) { return v < s.logicalBegin; });
            h = size_t(std::prev(it) - segments.begin());
        } else {
            while (h + 1 < segments.size() && segments[h + 1].logicalBegin <= li)
                ++h;
        }
        segmentHint = h;
        return segments[h].docBegin + (li - segments[h].logicalBegin);
    }
    // Appends `items` to the tree's array `all` (moving them) and makes `run` view them.
    template<typename T>
    static void appendRun(Items<T> &run, std::vector<T> &items, std::vector<T> &all)
    {
        run.setRun(int(all.size()), int(items.size()));
        all.insert(all.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
        items.clear();
    }
    // Makes `run` view the values `tail` holds: in place when it is the end of the tree's
    // array `all`, else (a node with vectors of its own, `own`) moved there.
    template<typename T>
    static void takeRun(Items<T> &run, detail::Tail<T> &tail, std::vector<T> &own, std::vector<T> &all)
    {
        if (tail.storage() == &all)
            run.setRun(int(tail.base()), int(tail.size()));
        else
            appendRun(run, own, all);
    }
    // A full parse's joined logical lines (of continued instructions) are slices of blocks
    // written through joinData: the parser writes only past what it has handed out.
    QString joinBlock;
    QChar *joinData = nullptr;
    qsizetype joinUsed = 0;
    qsizetype joinCapacity = 0;
    // per-instruction scratch, kept to reuse its capacity
    detail::ParsedNode parsed;
    std::vector<Heredoc> heredocScratch;
    std::vector<LinePart> parts;
    std::vector<Region> regions;
    std::vector<detail::HeredocSpec> specs;

    // The per-instruction vectors' buffers, kept by each thread from one parse to the next:
    // most files are small, and allocating the five at every parse cost more than the rest of
    // a parse of a few lines (docs/BENCHMARKS.md, "Cold-file pass"). A parse inside a parse
    // would find them taken and allocate its own (detail::keepBuffer).
    struct ScratchBuffers {
        std::vector<LinePart> parts;
        std::vector<Region> regions;
        std::vector<Segment> segments;
        std::vector<detail::HeredocSpec> specs;
        std::vector<Heredoc> heredocs;
    };
};

bool Parser::directive(const Line &l, qsizetype ts)
{
    // ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ after the '#'
    const auto reSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r'; };
    qsizetype i = skipGoSpace(text, ts + 1, l.bkEnd);
    const qsizetype keyBegin = i;
    if (i >= l.bkEnd || !(text[i].isLetter() && text[i].unicode() < 0x80))
        return false;
    while (i < l.bkEnd && text[i].unicode() < 0x80 && text[i].isLetterOrNumber())
        ++i;
    const QString key = text.mid(keyBegin, i - keyBegin).toLower();
    while (i < l.bkEnd && reSpace(text[i]))
        ++i;
    if (i >= l.bkEnd || text[i] != u'=')
        return false;
    ++i;
    while (i < l.bkEnd && reSpace(text[i]))
        ++i;
    qsizetype valueEnd = l.bkEnd;
    while (valueEnd > i && reSpace(text[valueEnd - 1]))
        --valueEnd;
    if (valueEnd <= i)
        return false;
    if (key != u"syntax"_s && key != u"escape"_s && key != u"check"_s)
        return false;
    const QString value = text.mid(i, valueEnd - i);
    beginElement(ElementKind::Directive, l.begin);
    token(TokenKind::Whitespace, l.begin, ts);
    token(TokenKind::Directive, ts, l.bkEnd);
    lineEnd(l);
    endElement(l.end);
    const TextRange range{ts, l.bkEnd};
    const unsigned bit = key == u"syntax"_s ? 1u : key == u"escape"_s ? 2u : 4u;
    if (seenDirectives & bit) {
        diagnose(Severity::Error, u"duplicate-directive"_s,
            u"only one "_s + key + u" parser directive can be used; BuildKit rejects the file"_s, range);
        return true;
    }
    seenDirectives |= bit;
    if (key == u"escape"_s) {
        if (value != u"`"_s && value != u"\\"_s) {
            diagnose(Severity::Error, u"invalid-directive"_s,
                u"invalid escape token '"_s + value + u"' does not match ` or \\"_s, range);
            return true;
        }
        t.escape = value[0];
    }
    t.directives.push_back({key, value, range});
    return true;
}

TextRange Parser::docRangeMapped(detail::LRange r) const
{
    if (r.end <= r.begin) {
        const qsizetype at = r.begin < logicalSize ? docOffset(r.begin) : logicalEndOffset;
        return {at, at};
    }
    const qsizetype begin = docOffset(r.begin); // (r.begin < r.end <= logicalSize)
    // a value rarely spans lines: when it ends in the run it begins in, it is a run of the text
    const size_t h = segments.size() == 1 ? 0 : segmentHint;
    if (h + 1 >= segments.size() || segments[h + 1].logicalBegin >= r.end)
        return {begin, begin + (r.end - r.begin)};
    return {begin, docOffset(r.end - 1) + 1};
}

void Parser::makeInstruction(Instruction &in, detail::ParsedNode &node, qsizetype begin, qsizetype end, int firstLine, int lastLine)
{
    const bool oneRun = segments.size() == 1; // the logical line is a run of the document
    in.keywordRange = docRange(node.keywordRange);
    in.range = {node.keyword.isEmpty() ? begin : in.keywordRange.begin, end};
    in.kind = node.kind;
    in.firstLine = firstLine;
    in.lastLine = lastLine;
    in.json = node.json;
    in.known = node.known;
    // node.flags hold each whole "--name=value" word in `name`: split them in place
    for (Flag &flag : node.flags) {
        QString whole = std::move(flag.name);
        const QStringView word = QStringView(whole).mid(2); // BFlags: arg[2:]
        const qsizetype eq = detail::indexOfUnit(word, u'=');
        flag.name = flagName(whole, 2, eq < 0 ? word : word.left(eq));
        flag.hasValue = eq >= 0;
        if (flag.hasValue && eq + 1 < word.size()) {
            // The value is the end of the word: it shares the word's characters.
            flag.value = detail::sharedSlice(whole, 2 + eq + 1, word.size() - eq - 1);
        } else if (flag.hasValue) {
            flag.value = word.mid(eq + 1).toString();
        }
        flag.range = docRange(flag.range);
        qsizetype docEq = -1;
        if (flag.hasValue) {
            // in a one-line flag written without quotes or escapes the word is the text
            docEq = oneRun && word.size() + 2 == flag.range.length()
                ? eq + 2
                : detail::indexOfUnit(QStringView(text).mid(flag.range.begin, flag.range.length()), u'=');
        }
        flag.valueRange = docEq >= 0
            ? TextRange{flag.range.begin + docEq + 1, flag.range.end}
            : TextRange{flag.range.end, flag.range.end};
        detail::recycleReference(whole); // its name and value are slices of their own
    }
    takeRun(in.flags, node.flags, node.ownFlags, t.allFlags);
    for (auto &a : node.args)
        a.range = docRange(a.range);
    takeRun(in.args, node.args, node.ownArgs, t.allArguments); // ranges now in the document
}

void Parser::emitContentTokens(const LinePart &p, const std::vector<Region> &regions, size_t &ri)
{
    const QChar *d = text.constData();
    const qsizetype shift = p.contentBegin - p.logicalBegin; // document offset - logical offset
    const qsizetype stop = p.contentStop;
    qsizetype i = p.contentBegin;
    while (i < stop) {
        const qsizetype li = i - shift;
        while (ri < regions.size() && regions[ri].end <= li)
            ++ri;
        qsizetype regionStart = stop;
        if (ri < regions.size()) {
            const qsizetype rb = regions[ri].begin + shift;
            if (rb <= i) {
                const qsizetype re = std::min(stop, regions[ri].end + shift);
                token(regions[ri].kind, i, re);
                i = re;
                continue;
            }
            regionStart = std::min(stop, rb);
        }
        // runs of blanks and of other characters up to the next region
        while (i < regionStart) {
            const bool space = detail::goSpace(d[i]);
            qsizetype j = i + 1;
            if (space) {
                while (j < regionStart && detail::goSpace(d[j]))
                    ++j;
            } else {
                for (;;) {
                    // printable ASCII ('!' to DEL) is never a blank
                    j = detail::printableRunEnd(d, j, regionStart);
                    if (j < regionStart && !detail::goSpace(d[j])) {
                        ++j;
                        continue;
                    }
                    break;
                }
            }
            t.tokens.push_back({i, space ? TokenKind::Whitespace : TokenKind::Word});
            i = j;
        }
    }
}

void Parser::instruction(const Line &first, qsizetype ts, int &lineNo, qsizetype &pos)
{
    logicalSize = 0;
    segments.clear();
    parts.clear();
    const int startLine = lineNo;
    const auto addContent = [&](const Line &l, qsizetype b) {
        LinePart p;
        p.line = l;
        p.contentBegin = b;
        const qsizetype c = continuationAt(b, l.bkEnd);
        p.continued = c >= 0;
        p.contentStop = p.continued ? c : l.bkEnd;
        p.logicalBegin = logicalSize;
        if (p.contentStop > b) {
            segments.push_back({logicalSize, b});
            logicalSize += p.contentStop - b;
        }
        logicalEndOffset = p.contentStop;
        parts.push_back(p);
        return p.continued;
    };
    bool continued = addContent(first, ts);
    pos = first.end;
    qsizetype firstEmptyContinuation = -1;
    while (continued && pos < n) {
        const Line l = lineAt(pos, lineNo + 1);
        ++lineNo;
        pos = l.end;
        const qsizetype t2 = skipGoSpace(text, l.begin, l.bkEnd);
        if (t2 < l.bkEnd && text[t2] == u'#') {
            parts.push_back({LinePart::Comment, l});
            parts.back().contentBegin = t2;
            continue;
        }
        if (t2 == l.bkEnd) {
            parts.push_back({LinePart::Empty, l});
            if (firstEmptyContinuation < 0)
                firstEmptyContinuation = l.begin;
            continue;
        }
        continued = addContent(l, l.begin);
    }

    // The instruction's logical line: the values parsed from it share its buffer. A one-line
    // instruction's is a run of the text (see slice()); a continued one joins the runs, copied once.
    QString original;
    if (segments.size() == 1) {
        original = slice(segments.front().docBegin, logicalSize);
    } else if (logicalSize > 0) {
        QChar *out = nullptr;
        if (share) {
            // a full parse writes the joined lines one after another into shared blocks
            if (joinCapacity - joinUsed < logicalSize) {
                // the logical lines still to come are shorter than the text still to come
                joinCapacity = std::max(logicalSize, std::min<qsizetype>(16384, n - first.begin));
                joinBlock = QString(joinCapacity, Qt::Uninitialized);
                joinData = joinBlock.data(); // not shared yet: no copy
                // (after data(), which would copy a shared block): about a reference for every
                // four characters, the values being a few characters long
                if (bulkReferences)
                    bulkReferences->reserve(detail::BulkReferences::JoinedLinesSlot, joinBlock, joinCapacity / 4 + 16);
                joinUsed = 0;
            }
            out = joinData + joinUsed;
        } else {
            original = QString(logicalSize, Qt::Uninitialized);
            out = original.data();
        }
        for (size_t k = 0; k < segments.size(); ++k) {
            const qsizetype end = k + 1 < segments.size() ? segments[k + 1].logicalBegin : logicalSize;
            std::memcpy(out + segments[k].logicalBegin, text.constData() + segments[k].docBegin,
                size_t(end - segments[k].logicalBegin) * sizeof(QChar));
        }
        if (share) {
            original = detail::sharedSlice(joinBlock, joinUsed, logicalSize);
            joinUsed += logicalSize;
        }
    } else {
        original = QStringView(text).mid(0, 0).toString(); // empty, as a copy of the empty logical line
    }
    detail::ParsedNode &node = parsed;
    detail::parseNode(original, 0, original.size(), t.escape, node);
    const detail::ParsedNode &target = node.child ? *node.child : node;
    specs.clear();
    const bool heredocCapable = target.heredocCommand && !target.json;
    if (heredocCapable && node.error.isEmpty())
        detail::heredocsFromLine(original, specs);

    std::vector<Heredoc> &heredocs = heredocScratch;
    heredocs.clear();
    for (auto &spec : specs) {
        Heredoc h;
        h.name = std::move(spec.name); // (the specs are cleared for the next instruction)
        h.chomp = spec.chomp;
        h.expand = spec.expand;
        const qsizetype bodyBegin = pos;
        while (pos < n) {
            const Line l = lineAt(pos, lineNo + 1);
            ++lineNo;
            qsizetype b = l.begin;
            if (h.chomp)
                while (b < l.bkEnd && text[b] == u'\t')
                    ++b;
            // BuildKit trims every trailing '\r' and '\n' before comparing
            if (QStringView(text).mid(b, l.bkEnd - b) == h.name) {
                h.terminated = true;
                h.bodyRange = {bodyBegin, l.begin};
                h.terminatorRange = {l.begin, l.contentEnd};
                if (l.begin > bodyBegin) {
                    parts.push_back({LinePart::HeredocBody, l});
                    parts.back().contentBegin = bodyBegin;
                    parts.back().bodyEnd = l.begin;
                }
                parts.push_back({LinePart::HeredocEnd, l});
                pos = l.end;
                break;
            }
            pos = l.end;
        }
        if (!h.terminated) {
            h.bodyRange = {bodyBegin, n};
            h.terminatorRange = {n, n};
            if (n > bodyBegin) {
                parts.push_back({LinePart::HeredocBody, lineAt(bodyBegin)});
                parts.back().contentBegin = bodyBegin;
                parts.back().bodyEnd = n;
            }
            // Locate the opening word for the message.
            qsizetype at = 0;
            for (size_t k = 0; k <= heredocs.size() && at >= 0; ++k)
                at = original.indexOf(u"<<"_s, k == 0 ? 0 : at + 2);
            const TextRange opener = at >= 0 ? docRange({at, at + 2 + h.name.size()}) : docRange(node.keywordRange);
            diagnose(Severity::Error, u"unterminated-heredoc"_s,
                u"unterminated heredoc: no line \""_s + h.name + u"\" ends the here-document started here"_s, opener);
        }
        h.content = slice(h.bodyRange.begin, h.bodyRange.length());
        heredocs.push_back(std::move(h));
    }

    // Tokens and the element.
    regions.clear();
    collectRegions(node, regions);
    // (the keyword, flags and JSON come in order, an ONBUILD trigger's after its own keyword)
    const auto byBegin = [](const Region &a, const Region &b) { return a.begin < b.begin; };
    if (!std::is_sorted(regions.begin(), regions.end(), byBegin))
        std::sort(regions.begin(), regions.end(), byBegin);
    beginElement(ElementKind::Instruction, first.begin);
    size_t ri = 0;
    qsizetype lastContentEnd = first.contentEnd;
    for (const LinePart &p : parts) {
        const Line &l = p.line;
        switch (p.kind) {
        case LinePart::Content:
            token(TokenKind::Whitespace, l.begin, p.contentBegin);
            emitContentTokens(p, regions, ri);
            token(TokenKind::Continuation, p.contentStop, l.bkEnd);
            lineEnd(l);
            lastContentEnd = l.contentEnd;
            break;
        case LinePart::Comment:
            token(TokenKind::Whitespace, l.begin, p.contentBegin);
            token(TokenKind::Comment, p.contentBegin, l.bkEnd);
            lineEnd(l);
            lastContentEnd = l.contentEnd;
            break;
        case LinePart::Empty:
            token(TokenKind::Whitespace, l.begin, l.contentEnd);
            token(TokenKind::Newline, l.contentEnd, l.end);
            lastContentEnd = l.contentEnd;
            break;
        case LinePart::HeredocBody:
            token(TokenKind::HeredocBody, p.contentBegin, p.bodyEnd);
            lastContentEnd = p.bodyEnd;
            if (p.bodyEnd > p.contentBegin && text[p.bodyEnd - 1] == u'\n')
                lastContentEnd = p.bodyEnd - ((p.bodyEnd - 2 >= p.contentBegin && text[p.bodyEnd - 2] == u'\r') ? 2 : 1);
            break;
        case LinePart::HeredocEnd:
            token(TokenKind::HeredocEnd, l.begin, l.contentEnd);
            token(TokenKind::Newline, l.contentEnd, l.end);
            lastContentEnd = l.contentEnd;
            break;
        }
    }
    endElement(pos);

    if (firstEmptyContinuation >= 0) {
        const Line l = lineAt(firstEmptyContinuation);
        diagnose(Severity::Warning, u"NoEmptyContinuation"_s,
            u"Empty continuation line: empty continuation lines will become errors in a future release"_s,
            {l.begin, l.contentEnd});
    }
    if (!node.error.isEmpty()) {
        const bool json = node.error.startsWith(u"when using JSON"_s);
        const auto &errNode = node.child ? *node.child : node;
        diagnose(Severity::Error, json ? u"json-not-strings"_s : u"invalid-key-value"_s, node.error,
            docRange(errNode.argsRange.end > errNode.argsRange.begin ? errNode.argsRange : errNode.keywordRange));
    }

    // built in place (moving an instruction into the vector costs as much as filling it)
    t.elements.back().instruction = int(t.instructions.size());
    Instruction &in = t.instructions.emplace_back();
    in.element = int(t.elements.size()) - 1;
    makeInstruction(in, node, ts, lastContentEnd, startLine, lineNo);
    in.original = std::move(original); // (a copy would cost two atomic reference-count operations)
    if (node.child) {
        Instruction &child = children.emplace_back();
        makeInstruction(child, *node.child, ts, lastContentEnd, startLine, lineNo);
        child.original = detail::sharedSlice(in.original, node.child->keywordRange.begin, in.original.size() - node.child->keywordRange.begin);
        child.isOnbuildChild = true;
        child.heredocs.setRun(int(t.allHeredocs.size()), int(heredocs.size())); // a copy of the trigger's
        t.allHeredocs.insert(t.allHeredocs.end(), heredocs.begin(), heredocs.end());
        in.onbuildChild = int(children.size()) - 1; // fixed up when children are appended
    }
    appendRun(in.heredocs, heredocs, t.allHeredocs);
    // bound to the arrays as they are now: parse() binds them all again only when an array
    // grew past what it reserved, which moves it
    t.bindItems(in);
    if (node.child)
        t.bindItems(children.back());
}

void Parser::run()
{
    qsizetype pos = 0;
    if (n > 0 && text[0] == QChar(0xFEFF)) {
        beginElement(ElementKind::Bom, 0);
        token(TokenKind::Bom, 0, 1);
        endElement(1);
        pos = 1;
    }
    runFrom(pos, 0, [](qsizetype) { return false; });
    const int topCount = int(t.instructions.size());
    for (auto &in : t.instructions) {
        if (in.onbuildChild >= 0)
            in.onbuildChild += topCount;
    }
    for (auto &child : children)
        t.instructions.push_back(std::move(child));
}

template<typename Stop>
qsizetype Parser::runFrom(qsizetype pos, int lineNo, Stop stop)
{
    while (pos < n) {
        const Line l = lineAt(pos, lineNo + 1);
        ++lineNo;
        const qsizetype ts = skipGoSpace(text, l.begin, l.bkEnd);
        const bool isComment = ts < l.bkEnd && text[ts] == u'#';
        if (!directivesDone) {
            if (isComment && directive(l, ts)) {
                pos = l.end;
                continue;
            }
            directivesDone = true;
        }
        if (isComment) {
            // (BuildKit's PrevComment is read from the elements: SyntaxTree::commentsOf)
            beginElement(ElementKind::Comment, l.begin);
            token(TokenKind::Whitespace, l.begin, ts);
            token(TokenKind::Comment, ts, l.bkEnd);
            lineEnd(l);
            endElement(l.end);
            pos = l.end;
            continue;
        }
        if (ts == l.bkEnd) {
            beginElement(ElementKind::Blank, l.begin);
            token(TokenKind::Whitespace, l.begin, l.contentEnd);
            token(TokenKind::Newline, l.contentEnd, l.end);
            endElement(l.end);
            pos = l.end;
            continue;
        }
        instruction(l, ts, lineNo, pos);
        if (stop(pos))
            break;
    }
    return pos;
}

} // namespace

// The record's layout is a choice (syntax.h): its hot members fill the first cache line, and
// two lines hold the whole of it. A member added must fit, or the layout must be revisited.
static_assert(sizeof(void *) != 8 || sizeof(Instruction) == 128, "Instruction no longer fits two cache lines");
static_assert(sizeof(Token) == 8, "a token is an offset and a kind in eight bytes");
static_assert(sizeof(void *) != 8 || sizeof(Element) == 32, "Element grew past 32 bytes");
static_assert(sizeof(void *) != 8 || offsetof(Instruction, known) < 64,
    "Instruction's hot members (up to `known`, `element` among them) no longer fit its first cache line");

QStringView Instruction::keyword() const
{
    // as detail::parseNode finds it: blanks skipped, then up to an ASCII blank
    const QStringView line = original;
    const qsizetype t0 = skipGoSpace(line, 0, line.size());
    const qsizetype t1 = trimGoSpaceEnd(line, t0, line.size());
    qsizetype end = t0;
    while (end < t1 && !isAsciiBlank(line[end]))
        ++end;
    return line.mid(t0, end - t0);
}

QString Instruction::command() const
{
    return kind != Command::Unknown ? commandName(kind) : keyword().toString().toLower();
}

QString Flag::text() const
{
    return hasValue ? QString(u"--"_s + name + u'=' + value) : QString(u"--"_s + name);
}

const Flag *Instruction::flag(QStringView flagName) const
{
    for (size_t i = flags.size(); i-- > 0;) {
        if (detail::sameUnits(flags[i].name, flagName))
            return &flags[i];
    }
    return nullptr;
}

namespace {

// Hands each value of `values` to `release` (last to first), then keeps the array's buffer
// for the thread's next parse (`kept`) or frees it. Emptying the array reads every element
// again, first to last: after a walk backwards the first ones are those still in the cache,
// which for a large file's arrays (megabytes) saves reading most of them from memory a
// second time.
template<typename T, typename Each>
void releaseBackwards(std::vector<T> &values, Each each, std::vector<T> &kept)
{
    for (auto it = values.rbegin(); it != values.rend(); ++it)
        each(*it);
    detail::keepBuffer(kept, values);
    std::vector<T>().swap(values); // (when too large to keep)
}

// The buffers of a tree's arrays, kept by each thread from a tree's end to the next full
// parse: a parse of a small file allocated them anew each time, six blocks that cost more
// than reading a few lines (docs/BENCHMARKS.md, "Cold-file pass").
struct TreeBuffers {
    std::vector<Token> tokens;
    std::vector<Element> elements;
    std::vector<Instruction> instructions;
    std::vector<Argument> allArguments;
    std::vector<Flag> allFlags;
    std::vector<Heredoc> allHeredocs;
};

} // namespace

void SyntaxTree::releaseValues() noexcept
{
    detail::ReferenceRelease release;
    TreeBuffers &kept = detail::threadKept<TreeBuffers>();
    releaseBackwards(instructions, [&release](Instruction &in) {
        release.add(in.original);
    }, kept.instructions);
    releaseBackwards(allArguments, [&release](Argument &a) { release.add(a.value); }, kept.allArguments);
    releaseBackwards(allFlags, [&release](Flag &f) {
        release.add(f.name);
        release.add(f.value);
    }, kept.allFlags);
    releaseBackwards(allHeredocs, [&release](Heredoc &h) {
        release.add(h.name);
        release.add(h.content);
    }, kept.allHeredocs);
    detail::keepBuffer(kept.tokens, tokens);
    detail::keepBuffer(kept.elements, elements);
}

void SyntaxTree::bindItems()
{
    for (Instruction &in : instructions)
        bindItems(in);
}

QString SyntaxTree::print() const
{
    QString out;
    out.reserve(text.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
        const TextRange r = tokenRange(i);
        out += QStringView(text).mid(r.begin, r.length());
    }
    return out;
}

int SyntaxTree::elementOf(int instruction) const
{
    if (instruction < 0 || size_t(instruction) >= instructions.size())
        return -1;
    const int e = instructions[size_t(instruction)].element;
    return e >= 0 && size_t(e) < elements.size() && elements[size_t(e)].instruction == instruction ? e : -1;
}

QStringView SyntaxTree::commentText(const Element &comment) const
{
    // BuildKit: strings.TrimSpace(line[1:]) of the untrimmed line, newline excluded (and the
    // '\r' before it; a last line without one keeps its '\r's, which the trim takes)
    const qsizetype begin = comment.range.begin;
    qsizetype end = comment.range.end;
    if (comment.tokenCount > 0) {
        const Token &last = tokens[size_t(comment.firstToken + comment.tokenCount - 1)];
        if (last.kind == TokenKind::Newline)
            end = last.begin;
    }
    return goTrimSpace(QStringView(text).mid(begin + 1, std::max<qsizetype>(0, end - begin - 1)));
}

int SyntaxTree::commentBlockStart(int element) const
{
    int start = element;
    for (int k = element - 1; k >= 0; --k) {
        const Element &el = elements[size_t(k)];
        if (el.kind == ElementKind::Blank)
            continue;
        if (el.kind != ElementKind::Comment || commentText(el).isEmpty())
            break; // the previous instruction, or an empty "#" line, ends the block
        start = k;
    }
    return start;
}

QStringList SyntaxTree::commentsOf(int instruction) const
{
    QStringList out;
    const int e = elementOf(instruction);
    if (e < 0)
        return out;
    for (int k = commentBlockStart(e); k < e; ++k) {
        const Element &el = elements[size_t(k)];
        if (el.kind != ElementKind::Comment)
            continue;
        const QStringView c = commentText(el);
        out.append(detail::sharedSlice(text, c.data() - text.constData(), c.size()));
    }
    return out;
}

std::vector<int> SyntaxTree::topLevel() const
{
    std::vector<int> out;
    for (int i = 0; i < int(instructions.size()); ++i) {
        if (!instructions[size_t(i)].isOnbuildChild)
            out.push_back(i);
    }
    return out;
}

SyntaxTree parse(const QString &text)
{
    SyntaxTree tree;
    tree.text = text;
    tree.lines = LineIndex(tree.text);
    TreeBuffers &kept = detail::threadKept<TreeBuffers>();
    detail::takeBuffer(tree.tokens, kept.tokens);
    detail::takeBuffer(tree.elements, kept.elements);
    detail::takeBuffer(tree.instructions, kept.instructions);
    detail::takeBuffer(tree.allArguments, kept.allArguments);
    detail::takeBuffer(tree.allFlags, kept.allFlags);
    detail::takeBuffer(tree.allHeredocs, kept.allHeredocs);
    // An element spans at least one line. Tokens are a few per line: 4.5 in the benchmark's
    // files, up to about 5 in real ones. Reserving too few makes the vector grow once at the
    // end (a copy of the whole array, and for a large file a fresh block whose pages the kernel
    // must zero), while reserved pages that are never written cost nothing.
    tree.elements.reserve(size_t(tree.lines.lineCount()) + 1);
    tree.tokens.reserve(size_t(tree.lines.lineCount()) * 6);
    // Instructions are large: growing the vector moves every one of them, and freeing the old
    // buffers (over 64 KB) makes malloc consolidate its free lists. Real files have fewer
    // instructions than half their lines, so this is usually the only allocation.
    tree.instructions.reserve(size_t(tree.lines.lineCount()) / 2 + 1);
    // Likewise their arguments, flags and heredocs (the benchmark's files have 1.2, 0.13 and
    // 0.08 a line, real ones fewer arguments): growing would move every one of them.
    tree.allArguments.reserve(size_t(tree.lines.lineCount()) * 3 / 2 + 4);
    tree.allFlags.reserve(size_t(tree.lines.lineCount()) / 4 + 2);
    tree.allHeredocs.reserve(size_t(tree.lines.lineCount()) / 8 + 1);
    const size_t capacities[] = {tree.allArguments.capacity(), tree.allFlags.capacity(), tree.allHeredocs.capacity()};
    // The values share the text: their references are taken in bulk (about two a line in
    // the benchmark's files; what is left over is given back when the parse ends).
    detail::BulkReferences references;
    references.reserve(detail::BulkReferences::TextSlot, tree.text, qsizetype(tree.lines.lineCount()) * 3 + 16);
    Parser parser(tree);
    parser.useLineIndex(&tree.lines);
    parser.shareText(&references);
    parser.run();
    // The parser bound each instruction's views as it made it. An array that grew beyond its
    // reserve moved: then every view is bound again (a pass over all instructions, which is
    // otherwise saved).
    if (tree.allArguments.capacity() != capacities[0] || tree.allFlags.capacity() != capacities[1]
        || tree.allHeredocs.capacity() != capacities[2])
        tree.bindItems();
    return tree;
}


namespace {

// Length of the common prefix of a and b.
qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype max = std::min(a.size(), b.size());
    constexpr qsizetype block = 512;
    qsizetype i = 0;
    while (i + block <= max && std::memcmp(a.data() + i, b.data() + i, block * sizeof(QChar)) == 0)
        i += block;
    while (i < max && a[i] == b[i])
        ++i;
    return i;
}

// Length of the common suffix of a and b, at most `max`.
qsizetype commonSuffix(QStringView a, QStringView b, qsizetype max)
{
    constexpr qsizetype block = 512;
    qsizetype i = 0;
    while (i + block <= max
           && std::memcmp(a.data() + a.size() - i - block, b.data() + b.size() - i - block, block * sizeof(QChar)) == 0)
        i += block;
    while (i < max && a[a.size() - 1 - i] == b[b.size() - 1 - i])
        ++i;
    return i;
}

void shift(TextRange &r, qsizetype delta)
{
    r.begin += delta;
    r.end += delta;
}

void shift(Instruction &in, qsizetype delta, int lineDelta, int elementDelta)
{
    if (in.element >= 0)
        in.element += elementDelta;
    shift(in.keywordRange, delta);
    shift(in.range, delta);
    in.firstLine += lineDelta;
    in.lastLine += lineDelta;
    for (Flag &f : in.flags) {
        shift(f.range, delta);
        shift(f.valueRange, delta);
    }
    for (Argument &a : in.args)
        shift(a.range, delta);
    for (Heredoc &h : in.heredocs) {
        shift(h.bodyRange, delta);
        shift(h.terminatorRange, delta);
    }
}

// Empties the values of a run that no instruction views any more (releasing their strings).
template<typename T>
void clearRun(Items<T> &run)
{
    for (T &item : run)
        item = T();
}

// A run of the arrays of an incremental parse's fresh tree, appended at `offset`.
template<typename T>
void rebaseRun(Items<T> &run, int offset)
{
    run.setRun(run.first() + offset, int(run.size()));
}

// Replaces v[from, to) by the values of `with` (trivially copyable records): the values after
// the range move once, and not at all when as many come as go.
template<typename T>
void replaceRange(std::vector<T> &v, size_t from, size_t to, const std::vector<T> &with)
{
    static_assert(std::is_trivially_copyable_v<T>);
    const size_t replaced = to - from;
    if (with.size() > replaced)
        v.insert(v.begin() + qsizetype(to), with.size() - replaced, T{});
    else if (with.size() < replaced)
        v.erase(v.begin() + qsizetype(from + with.size()), v.begin() + qsizetype(to));
    std::copy(with.begin(), with.end(), v.begin() + qsizetype(from));
}

// Rebuilds the tree's arrays with only the runs its instructions view, in their order.
void compactItems(SyntaxTree &tree)
{
    std::vector<Argument> allArguments;
    std::vector<Flag> allFlags;
    std::vector<Heredoc> allHeredocs;
    allArguments.reserve(tree.allArguments.size() / 2);
    allFlags.reserve(tree.allFlags.size() / 2);
    allHeredocs.reserve(tree.allHeredocs.size() / 2);
    for (Instruction &in : tree.instructions) {
        moveRun(in.args, tree.allArguments, allArguments);
        moveRun(in.flags, tree.allFlags, allFlags);
        moveRun(in.heredocs, tree.allHeredocs, allHeredocs);
    }
    tree.allArguments = std::move(allArguments);
    tree.allFlags = std::move(allFlags);
    tree.allHeredocs = std::move(allHeredocs);
}

} // namespace

SyntaxTree parse(const QString &text, SyntaxTree &&previous)
{
    const QString &oldText = previous.text;
    const qsizetype oldN = oldText.size(), newN = text.size();
    const qsizetype prefix = commonPrefix(oldText, text);
    if (prefix == oldN && oldN == newN) {
        SyntaxTree same = std::move(previous);
        same.text = text;
        return same;
    }
    const qsizetype suffix = commonSuffix(oldText, text, std::min(oldN, newN) - prefix);
    const qsizetype delta = newN - oldN;
    const std::vector<Element> &oldElements = previous.elements;

    // Where parsing starts again: just after the last instruction that ends before the changed
    // text (and before the element holding the character before it, which a change may
    // continue). There the parser is in a known state: past the directives, no comment pending.
    if (prefix == 0 || oldElements.empty())
        return parse(text);
    const auto holding = std::upper_bound(oldElements.begin(), oldElements.end(), prefix - 1,
        [](qsizetype offset, const Element &e) { return offset < e.range.end; });
    size_t restart = size_t(holding - oldElements.begin()); // the first element to parse again
    while (restart > 0 && oldElements[restart - 1].kind != ElementKind::Instruction)
        --restart;
    if (restart == 0)
        return parse(text);
    const qsizetype restartAt = oldElements[restart].range.begin; // == oldElements[restart - 1].range.end

    // Parse the new text from there until an instruction ends where one ended in the old
    // text, inside the unchanged tail: from there on the old elements are the new ones, moved.
    SyntaxTree fresh;
    fresh.text = text;
    fresh.escape = previous.escape;
    Parser parser(fresh);
    parser.resumeAfterInstruction();
    size_t resumeOld = oldElements.size(); // the first old element kept (shifted), or none
    const qsizetype unchangedFrom = newN - suffix;
    parser.runFrom(restartAt, previous.lines.lineAt(restartAt) - 1, [&](qsizetype end) {
        if (end < unchangedFrom || end >= newN)
            return false;
        const qsizetype oldEnd = end - delta;
        const auto it = std::lower_bound(oldElements.begin() + qsizetype(restart), oldElements.end(), oldEnd,
            [](const Element &e, qsizetype offset) { return e.range.end < offset; });
        if (it == oldElements.end() || it->range.end != oldEnd || it->kind != ElementKind::Instruction)
            return false;
        resumeOld = size_t(it - oldElements.begin()) + 1;
        return true;
    });
    std::vector<Instruction> &freshChildren = parser.onbuildChildren();
    const int oldLineCount = previous.lines.lineCount();

    // Splice: the old elements before `restart`, the fresh ones, the old ones from `resumeOld`.
    SyntaxTree tree = std::move(previous);
    tree.text = text;
    tree.lines.replace(tree.text, prefix, oldN - suffix, newN - suffix);
    const int lineDelta = tree.lines.lineCount() - oldLineCount;
    const bool resumed = resumeOld < tree.elements.size();
    const qsizetype oldResumeAt = resumed ? tree.elements[resumeOld].range.begin : oldN;

    // Instructions: top-level ones (in element order) come first, then ONBUILD triggers in the
    // order of their instructions.
    // (the triggers come last: without one at the end there is none)
    const bool oldTriggers = !tree.instructions.empty() && tree.instructions.back().isOnbuildChild;
    const int oldTop = !oldTriggers ? int(tree.instructions.size())
                                    : int(std::count_if(tree.instructions.begin(), tree.instructions.end(),
                                          [](const Instruction &in) { return !in.isOnbuildChild; }));
    const int topBefore = tree.elements[restart - 1].instruction + 1;
    int topAfter = oldTop; // the first top-level instruction kept after the fresh ones
    for (size_t e = resumeOld; e < tree.elements.size(); ++e) {
        if (tree.elements[e].instruction >= 0) {
            topAfter = tree.elements[e].instruction;
            break;
        }
    }
    // Their arguments, flags and heredocs: the kept instructions keep their runs of the old
    // arrays, the fresh ones' are appended to them, and the replaced ones' are emptied (they
    // are compacted away below once they are as many as the rest).
    const int argumentsOffset = int(tree.allArguments.size());
    const int flagsOffset = int(tree.allFlags.size());
    const int heredocsOffset = int(tree.allHeredocs.size());
    // The elements: the old ones before `restart`, the fresh ones, the old ones from `resumeOld`.
    const int elementDelta = int(restart + fresh.elements.size()) - int(resumeOld);
    const auto rebase = [&](Instruction &in) {
        if (in.element >= 0)
            in.element += int(restart);
        rebaseRun(in.args, argumentsOffset);
        rebaseRun(in.flags, flagsOffset);
        rebaseRun(in.heredocs, heredocsOffset);
    };
    const auto drop = [&](Instruction &in) {
        clearRun(in.args);
        clearRun(in.flags);
        clearRun(in.heredocs);
    };
    for (int i = topBefore; i < topAfter; ++i) {
        Instruction &in = tree.instructions[size_t(i)];
        drop(in);
        if (in.onbuildChild >= 0)
            drop(tree.instructions[size_t(in.onbuildChild)]);
    }
    // (counting the values the instructions view on the way)
    size_t liveArguments = 0, liveFlags = 0, liveHeredocs = 0;
    const auto count = [&](const Instruction &in) {
        liveArguments += in.args.size();
        liveFlags += in.flags.size();
        liveHeredocs += in.heredocs.size();
    };
    const size_t capacities[] = {tree.allArguments.capacity(), tree.allFlags.capacity(), tree.allHeredocs.capacity()};
    const int freshTop = int(fresh.instructions.size());
    bool bindAll = true;
    if (!oldTriggers && freshChildren.empty()) {
        // No ONBUILD trigger before or after: the fresh instructions take the replaced ones'
        // places (a keystroke usually replaces one by one), the others stay where they are.
        std::vector<Instruction> &ins = tree.instructions;
        for (int i = 0; i < topBefore; ++i)
            count(ins[size_t(i)]);
        for (int i = topAfter; i < oldTop; ++i) {
            shift(ins[size_t(i)], delta, lineDelta, elementDelta);
            count(ins[size_t(i)]);
        }
        const int replaced = topAfter - topBefore;
        if (freshTop < replaced)
            ins.erase(ins.begin() + topBefore + freshTop, ins.begin() + topAfter);
        else if (freshTop > replaced)
            ins.insert(ins.begin() + topAfter, size_t(freshTop - replaced), Instruction());
        for (int k = 0; k < freshTop; ++k) {
            Instruction &in = fresh.instructions[size_t(k)];
            rebase(in);
            count(in);
            ins[size_t(topBefore + k)] = std::move(in);
        }
        bindAll = false;
    } else {
        std::vector<Instruction> top;
        std::vector<Instruction> triggers;
        top.reserve(size_t(topBefore) + fresh.instructions.size() + size_t(oldTop - topAfter));
        const auto take = [&](Instruction &in, bool moved) {
            if (moved)
                shift(in, delta, lineDelta, elementDelta);
            if (in.onbuildChild >= 0) {
                Instruction &child = tree.instructions[size_t(in.onbuildChild)];
                if (moved)
                    shift(child, delta, lineDelta, elementDelta);
                in.onbuildChild = int(triggers.size());
                triggers.push_back(std::move(child));
            }
            top.push_back(std::move(in));
        };
        for (int i = 0; i < topBefore; ++i)
            take(tree.instructions[size_t(i)], false);
        for (Instruction &in : fresh.instructions) {
            rebase(in);
            if (in.onbuildChild >= 0) {
                Instruction &child = freshChildren[size_t(in.onbuildChild)];
                rebase(child);
                in.onbuildChild = int(triggers.size());
                triggers.push_back(std::move(child));
            }
            top.push_back(std::move(in));
        }
        for (int i = topAfter; i < oldTop; ++i)
            take(tree.instructions[size_t(i)], true);
        const int topCount = int(top.size());
        for (Instruction &in : top) {
            if (in.onbuildChild >= 0)
                in.onbuildChild += topCount;
            count(in);
        }
        for (Instruction &child : triggers) {
            count(child);
            top.push_back(std::move(child));
        }
        tree.instructions = std::move(top);
    }
    const auto append = [](auto &to, auto &from) {
        to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    };
    append(tree.allArguments, fresh.allArguments);
    append(tree.allFlags, fresh.allFlags);
    append(tree.allHeredocs, fresh.allHeredocs);
    // typing replaces a few values a keystroke: compacting once half are unused spares a
    // keystroke moving every value of the file, and keeps the arrays under twice their contents
    if (tree.allArguments.size() > 2 * liveArguments + 256 || tree.allFlags.size() > 2 * liveFlags + 64
        || tree.allHeredocs.size() > 2 * liveHeredocs + 64) {
        compactItems(tree);
        bindAll = true;
    }
    // The views of instructions left in place stay valid while the arrays did not move.
    if (bindAll || tree.allArguments.capacity() != capacities[0] || tree.allFlags.capacity() != capacities[1]
        || tree.allHeredocs.capacity() != capacities[2]) {
        tree.bindItems();
    } else {
        for (int k = 0; k < freshTop; ++k)
            tree.bindItems(tree.instructions[size_t(topBefore + k)]);
    }

    // Tokens and elements.
    const int tokensBefore = tree.elements[restart].firstToken;
    const int oldTokensFrom = resumed ? tree.elements[resumeOld].firstToken : int(tree.tokens.size());
    const int tokenDelta = tokensBefore + int(fresh.tokens.size()) - oldTokensFrom;
    const int instructionDelta = topBefore + int(fresh.instructions.size()) - topAfter;
    for (size_t i = size_t(oldTokensFrom); i < tree.tokens.size(); ++i)
        tree.tokens[i].begin += delta;
    replaceRange(tree.tokens, size_t(tokensBefore), size_t(oldTokensFrom), fresh.tokens);
    for (size_t i = resumeOld; i < tree.elements.size(); ++i) {
        Element &e = tree.elements[i];
        shift(e.range, delta);
        e.firstToken += tokenDelta;
        if (e.instruction >= 0)
            e.instruction += instructionDelta;
    }
    for (Element &e : fresh.elements) {
        e.firstToken += tokensBefore;
        if (e.instruction >= 0)
            e.instruction += topBefore;
    }
    replaceRange(tree.elements, restart, resumeOld, fresh.elements);

    // Diagnostics lie inside the element that reported them, in element order.
    auto &diagnostics = tree.diagnostics;
    const auto firstChanged = std::find_if(diagnostics.begin(), diagnostics.end(),
        [&](const Diagnostic &d) { return d.range.begin >= restartAt; });
    const auto firstKept = resumed ? std::find_if(firstChanged, diagnostics.end(),
        [&](const Diagnostic &d) { return d.range.begin >= oldResumeAt; }) : diagnostics.end();
    for (auto it = firstKept; it != diagnostics.end(); ++it)
        shift(it->range, delta);
    const auto at = diagnostics.erase(firstChanged, firstKept);
    diagnostics.insert(at, std::make_move_iterator(fresh.diagnostics.begin()), std::make_move_iterator(fresh.diagnostics.end()));
    return tree;
}

} // namespace stagecraft
