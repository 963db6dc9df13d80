// Heredoc detection as BuildKit does it (parser.heredocsFromLine / ParseHeredoc): the words
// of the logical line are split like a shell would (quotes and escapes kept), and every word
// of the form [n]<<[-]WORD starts a heredoc. Internal to core.
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace stagecraft::detail {

struct HeredocSpec {
    QString name;       // the terminator, quotes removed
    bool chomp = false; // <<-
    bool expand = true; // false when any part of the word was quoted
};

// All heredocs a RUN/COPY/ADD line opens, in order; none when the line has an unterminated
// quote (BuildKit's lexer fails and the line is taken literally).
// A plain heredoc name shares the characters of `line` (sharedSlice). `docs` is cleared
// first: the parser passes the same vector for every line, so its capacity is reused.
void heredocsFromLine(const QString &line, std::vector<HeredocSpec> &docs);

// ParseHeredoc: the heredoc a single word opens, if any (used for COPY/ADD sources and to
// reject a heredoc as destination). When `word` is a view into `*owner`, a plain name shares
// owner's characters.
bool parseHeredocWord(QStringView word, HeredocSpec *spec, const QString *owner = nullptr);

} // namespace stagecraft::detail
