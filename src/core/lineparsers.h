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

// A value and its range in the logical line. The same type as the tree's Argument, so the
// parser can move a node's arguments into the instruction (after mapping the ranges to the
// document) instead of copying them into a new vector.
using ParsedValue = Argument;

// One instruction as BuildKit's newNodeFromLine builds it.
struct ParsedNode {
    QString keyword;           // as written
    QString command;           // lowercased
    LRange keywordRange;
    // "--name=value" as BuildKit splits them (quotes removed), each word in `name` with its
    // range; the parser turns them into the instruction's flags in place
    std::vector<Flag> flags;
    std::vector<ParsedValue> args;  // the node's Next values (not for ONBUILD: see child)
    bool json = false;
    LRange jsonRange;          // the JSON array as written, when json
    bool known = false;        // BuildKit's dispatch table has the keyword
    bool heredocCommand = false; // RUN, COPY or ADD: may carry heredocs
    QString error;             // the line parser's error (BuildKit fails the file), or empty
    LRange argsRange;          // the text the line parser received
    std::unique_ptr<ParsedNode> child; // ONBUILD's trigger
};

// newNodeFromLine(line[offset..]): `line` is the whole logical line; parsing starts at
// `offset` (ONBUILD passes its rest). `escape` is the escape token ('\\' or '`'). Values
// that are verbatim slices of `line` share its buffer (sharedSlice): keep `line` as the
// instruction's `original` and they cost no allocation.
ParsedNode parseNode(const QString &line, qsizetype offset, qsizetype end, QChar escape);

bool isKnownCommand(QStringView lowercaseCommand);

} // namespace stagecraft::detail
