// BuildKit's line parsers (frontend/dockerfile/parser: split_command.go, line_parsers.go),
// applied to one logical line: continuations already joined and comment lines removed.
// Every value carries its range in the logical line so the parser can map it back to the
// document. Internal to core.
#pragma once

#include "syntax.h"

#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

namespace stagecraft::detail {

// [begin, end) in logical-line coordinates.
using LRange = TextRange;

// A value and its range in the logical line. The same type as the tree's Argument: the line
// parsers append a node's arguments to the tree's array, where the parser maps their ranges
// to the document in place.
using ParsedValue = Argument;

// The end of a vector, from where it stood at the last restart(), used as a vector of its
// own: the line parsers append an instruction's values straight to the tree's array.
template<typename T>
class Tail
{
public:
    explicit Tail(std::vector<T> *storage)
        : m_v(storage), m_base(storage->size()) { }
    // Moves to another vector (or the same one), starting empty at its end.
    void attach(std::vector<T> *storage)
    {
        m_v = storage;
        m_base = storage->size();
    }
    void restart() { m_base = m_v->size(); }
    size_t base() const { return m_base; }
    const std::vector<T> *storage() const { return m_v; }

    size_t size() const { return m_v->size() - m_base; }
    bool empty() const { return m_v->size() == m_base; }
    T &operator[](size_t i) { return (*m_v)[m_base + i]; }
    const T &operator[](size_t i) const { return (*m_v)[m_base + i]; }
    T *begin() { return m_v->data() + m_base; }
    T *end() { return m_v->data() + m_v->size(); }
    const T *begin() const { return m_v->data() + m_base; }
    const T *end() const { return m_v->data() + m_v->size(); }
    void push_back(T &&value) { m_v->push_back(std::move(value)); }
    void push_back(const T &value) { m_v->push_back(value); }
    void clear() { m_v->resize(m_base); }
    void resize(size_t n) { m_v->resize(m_base + n); }

private:
    std::vector<T> *m_v;
    size_t m_base;
};

// One instruction as BuildKit's newNodeFromLine builds it.
struct ParsedNode {
    // A node whose values go to vectors of its own (attach its tails elsewhere to append there).
    ParsedNode() = default;
    ParsedNode(const ParsedNode &) = delete;
    ParsedNode &operator=(const ParsedNode &) = delete;

    QString keyword;           // as written
    Command kind = Command::Unknown;
    LRange keywordRange;
    // "--name=value" as BuildKit splits them (quotes removed), each word in `name` with its
    // range; the parser turns them into the instruction's flags in place
    std::vector<Flag> ownFlags;
    std::vector<ParsedValue> ownArgs;
    Tail<Flag> flags{&ownFlags};
    Tail<ParsedValue> args{&ownArgs};  // the node's Next values (not for ONBUILD: see child)
    bool json = false;
    LRange jsonRange;          // the JSON array as written, when json
    bool known = false;        // BuildKit's dispatch table has the keyword
    bool heredocCommand = false; // RUN, COPY or ADD: may carry heredocs
    QString error;             // the line parser's error (BuildKit fails the file), or empty
    LRange argsRange;          // the text the line parser received
    std::unique_ptr<ParsedNode> child; // ONBUILD's trigger

    // Empties the node for the next line: its own vectors are cleared (keeping their capacity),
    // the tails of other vectors restart at their ends.
    void reset();
};

// newNodeFromLine(line[offset..]): `line` is the whole logical line; parsing starts at
// `offset` (ONBUILD passes its rest). `escape` is the escape token ('\\' or '`'). Values
// that are verbatim slices of `line` share its buffer (sharedSlice): keep `line` as the
// instruction's `original` and they cost no allocation. Fills `node` (reset first), which the
// caller keeps for the next line, so that its vectors are not allocated again.
void parseNode(const QString &line, qsizetype offset, qsizetype end, QChar escape, ParsedNode &node);

bool isKnownCommand(QStringView lowercaseCommand);

} // namespace stagecraft::detail
