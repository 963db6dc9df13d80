// The lossless concrete syntax tree of a Dockerfile.
//
// Every UTF-16 code unit of the input belongs to exactly one token, and the tokens of all
// elements, in order, tile the text: SyntaxTree::print() rebuilds the input exactly (CRLF,
// BOM, tabs, trailing blanks, a missing final newline, broken input). Parsing never fails:
// problems are Diagnostics with ranges. On top of the tokens each instruction carries the
// values BuildKit's parser computes for it (flags, arguments, heredocs, the logical line), so
// the semantic layers never re-lex text; its keyword is a view of the logical line, and the
// comment block above it is read from the elements (SyntaxTree::commentsOf).
#pragma once

#include "diagnostic.h"
#include "textrange.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace stagecraft {

enum class TokenKind : quint8 {
    Bom,           // U+FEFF at offset 0
    Whitespace,    // blanks inside a line
    Newline,       // "\n" or "\r\n" (a lone "\r" is whitespace)
    Comment,       // a whole "# ..." line, outside or inside a continued instruction
    Directive,     // a parser directive line's text ("# escape=`"), newline excluded
    Keyword,       // the instruction keyword (FROM, run, ...)
    Flag,          // one "--name[=value]" flag
    Word,          // an argument's text between blanks (shell form)
    Json,          // an exec-form JSON array, as written
    Continuation,  // the escape character ending a line, with the blanks after it
    HeredocBody,   // the lines of a heredoc body, newlines included
    HeredocEnd,    // the terminator line of a heredoc, newline excluded
    Error,         // reserved: text that could not be understood (the parser currently classifies all text)
};

// A token is its kind and where it begins: the tokens tile the text, so each one ends where
// the next begins, and the last at the end of the text (SyntaxTree::tokenRange). Eight bytes:
// a large file has hundreds of thousands of tokens, and the parse writes every one.
struct Token {
    qint64 begin : 56; // UTF-16 offset in the text
    TokenKind kind : 8;
};

// One "--name=value" flag as BuildKit splits it.
struct Flag {
    QString name;          // without the leading "--"
    QString value;         // after "=", as written (continuations removed)
    bool hasValue = false; // "--link" vs "--link=true"
    TextRange range;       // the whole flag in the document
    TextRange valueRange;  // the value part; empty when !hasValue
    QString text() const;  // "--name=value" as BuildKit sees it
};

// One argument as BuildKit's parser yields it (the node's "Next" values).
struct Argument {
    QString value;
    TextRange range; // where it stands in the document (for JSON: the whole string literal)
};

struct Heredoc {
    QString name;       // the terminator word
    bool chomp = false; // <<- : leading tabs stripped
    bool expand = true; // false when the delimiter is quoted
    bool terminated = false;
    QString content;    // the body lines, newlines included, as BuildKit reads it
    TextRange bodyRange;
    TextRange terminatorRange; // empty when unterminated
};

// An instruction's arguments, flags or heredocs: a run of one of its SyntaxTree's tree-wide
// arrays (SyntaxTree::allArguments, allFlags, allHeredocs), so that parsing makes no heap
// block per instruction. Read it like a vector. It views the tree's array: valid while the
// tree lives and is not changed (moving the tree keeps it valid; copying rebinds the copy's).
template<typename T>
class Items
{
public:
    using value_type = T;
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    size_t size() const { return size_t(m_size); }
    bool empty() const { return m_size == 0; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &front() const { return m_data[0]; }
    const T &back() const { return m_data[m_size - 1]; }

    // For the parser: the run [first, first + size) of the tree's array, and binding it to
    // the array's data once the array no longer grows.
    int first() const { return m_first; }
    void setRun(int first, int size)
    {
        m_first = first;
        m_size = size;
        m_data = nullptr;
    }
    void bind(T *array) { m_data = array + m_first; }

private:
    T *m_data = nullptr;
    int m_first = 0;
    int m_size = 0;
};

// BuildKit's instructions; Unknown for any other keyword.
enum class Command : quint8 {
    Unknown, Add, Arg, Cmd, Copy, Entrypoint, Env, Expose, From, Healthcheck, Label, Maintainer,
    Onbuild, Run, Shell, Stopsignal, User, Volume, Workdir,
};

// BuildKit's lowercase name of an instruction ("from", "run", ...); empty for Unknown.
QString commandName(Command kind);

// (The members every analysis pass reads come first, in the record's first 64 bytes: a pass
// over a large file's instructions then reads one cache line of each.)
struct alignas(64) Instruction {
    Items<Flag> flags;
    // BuildKit's values: shell form is one string (RUN/CMD/ENTRYPOINT/SHELL, MAINTAINER, ...),
    // COPY/ADD/VOLUME/FROM/EXPOSE split on blanks, ENV/LABEL as key, value, separator triples
    // ("=" or "" for the legacy form), ARG as words. An unknown instruction has one empty
    // argument, as in BuildKit. ONBUILD has none: its trigger is `onbuildChild`.
    Items<Argument> args;
    Items<Heredoc> heredocs;
    int firstLine = 0;    // 1-based
    int lastLine = 0;
    // The index of its element in SyntaxTree::elements; -1 for an ONBUILD trigger (its
    // instruction's element holds it)
    int element = -1;
    Command kind = Command::Unknown; // `command` as an enum
    bool isOnbuildChild = false;
    bool json = false;    // exec form
    bool known = true;    // a keyword BuildKit knows

    // ONBUILD: the trigger instruction, parsed the same way; index into SyntaxTree::instructions
    int onbuildChild = -1;
    TextRange keywordRange;
    TextRange range;      // from the keyword to the end of its last line, heredoc lines included (newline excluded)
    QString original;     // the logical line BuildKit parses (continuations joined)

    // The keyword as written: the first word of `original`, as BuildKit's parser splits it
    // (read from the logical line, not stored: a view of `original`).
    QStringView keyword() const;
    const Flag *flag(QStringView name) const; // case-sensitive, the last one wins
    // The lowercased keyword ("from", "run", ...): commandName(kind), or for an unknown
    // instruction its keyword lowercased.
    QString command() const;
};

enum class ElementKind : quint8 { Bom, Directive, Comment, Blank, Instruction };

// A top-level piece of the file: one or more whole lines (the BOM alone is an element too).
// (The kind comes last: 32 bytes, not 40.)
struct Element {
    TextRange range;       // includes the trailing newline
    int firstToken = 0;    // [firstToken, firstToken + tokenCount) in SyntaxTree::tokens
    int tokenCount = 0;
    int instruction = -1;  // index into SyntaxTree::instructions for ElementKind::Instruction
    ElementKind kind = ElementKind::Blank;
};

struct ParserDirective {
    QString name;  // lowercased: "syntax", "escape", "check"
    QString value;
    TextRange range;
};

// SyntaxTree's data, copied member by member (SyntaxTree's copy then rebinds the Items).
struct SyntaxTreeData {
    QString text;
    QChar escape = u'\\';
    std::vector<Token> tokens;
    std::vector<Element> elements;
    std::vector<Instruction> instructions; // top-level ones first in file order; ONBUILD children appended
    std::vector<ParserDirective> directives;
    std::vector<Diagnostic> diagnostics;   // syntax-level problems
    LineIndex lines;
    // The arguments, flags and heredocs of all instructions: each instruction's `args`,
    // `flags` and `heredocs` view its run of these. A full parse fills them in its order; after
    // an incremental parse they may also hold emptied values that no instruction views (up to
    // as many as the rest: then they are compacted).
    std::vector<Argument> allArguments;
    std::vector<Flag> allFlags;
    std::vector<Heredoc> allHeredocs;
};

class SyntaxTree : public SyntaxTreeData
{
public:
    SyntaxTree() = default;
    SyntaxTree(SyntaxTree &&) noexcept = default;
    SyntaxTree &operator=(SyntaxTree &&other) noexcept
    {
        if (this != &other) {
            releaseValues();
            SyntaxTreeData::operator=(std::move(other));
        }
        return *this;
    }
    ~SyntaxTree() { releaseValues(); }
    SyntaxTree(const SyntaxTree &other)
        : SyntaxTreeData(other) { bindItems(); }
    SyntaxTree &operator=(const SyntaxTree &other)
    {
        SyntaxTreeData::operator=(other);
        bindItems();
        return *this;
    }

    // Gives back the references the values hold (nearly all to the text's block) a block at a
    // time, not one atomic operation each, and frees the arrays that hold them (instructions,
    // arguments, flags, heredocs), which are left empty. For the destructor and the move
    // assignment.
    void releaseValues() noexcept;

    // Points every instruction's Items at this tree's arrays (after they stop growing).
    void bindItems();
    // Points one instruction's Items at this tree's arrays as they are now.
    void bindItems(Instruction &in)
    {
        in.args.bind(allArguments.data());
        in.flags.bind(allFlags.data());
        in.heredocs.bind(allHeredocs.data());
    }

    // Where token `i` stands: from its begin to the next token's (the last one's to the end
    // of the text).
    TextRange tokenRange(size_t i) const
    {
        return {tokens[i].begin, i + 1 < tokens.size() ? qsizetype(tokens[i + 1].begin) : text.size()};
    }
    // Concatenates the text of every token: equal to `text` for every input.
    QString print() const;
    // BuildKit's PrevComment of a top-level instruction: its comment lines since the previous
    // instruction (blank lines between them skipped, an empty "#" line starting the block
    // afresh), each as commentText() gives it; none for an ONBUILD trigger. Made from the
    // elements when asked for (the analysis reads only the stages').
    QStringList commentsOf(int instruction) const;
    // The first element of the comment block above element `element` (Comment and Blank
    // elements up to it; its Comment ones are the block), or `element` when there is none.
    int commentBlockStart(int element) const;
    // A Comment element's text as BuildKit's PrevComment holds it: the line after its first
    // character, blanks trimmed (so "  # x" gives "# x", as in BuildKit).
    QStringView commentText(const Element &comment) const;
    // Top-level instructions in file order (ONBUILD children are reached through them).
    std::vector<int> topLevel() const;
    // The index in `elements` of the element of a top-level instruction, or -1 (an ONBUILD
    // trigger has none of its own): the instruction's `element`, checked.
    int elementOf(int instruction) const;
};

// Parses any text; never throws, never fails. Cost is linear in the text size.
SyntaxTree parse(const QString &text);

// The same tree as parse(text), reusing `previous` (the tree of an earlier version of the
// text): only the instructions around the changed text are parsed again, the others are
// kept in place (or moved) and shifted. The cost is that of the changed part plus shifting
// the offsets after it, so an edit of a large file (typing) is cheap.
SyntaxTree parse(const QString &text, SyntaxTree &&previous);

} // namespace stagecraft
