#include "heredoc.h"

#include "textutil.h"
#include "textutil_p.h"

#include <QStringList>

namespace stagecraft::detail {

namespace {

// The word splitter of BuildKit's shell lexer (shell/lex.go ProcessWords) with escape '\\',
// no environment and SkipUnsetEnv, so variables stay as written. `raw` keeps quotes and
// escapes in the words. Returns false on a lexer error (unterminated quote or ${).
bool processWords(QStringView s, bool raw, QStringList &words)
{
    // Every character of a word comes from `s`: the word is a slice until a quote or an
    // escape is dropped (only without `raw`).
    SliceWord word(s);
    const auto flush = [&] {
        if (!word.isEmpty()) {
            words.append(word.toString());
            word.clear();
        }
    };
    const auto addChar = [&](qsizetype k) {
        if (goSpace(s[k]))
            flush();
        else
            word.appendAt(k);
    };
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar ch = s[i];
        if (ch == u'\'') {
            const qsizetype close = s.indexOf(u'\'', i + 1);
            if (close < 0)
                return false;
            if (raw)
                word.appendRange(i, close + 1);
            else
                word.appendRange(i + 1, close);
            i = close + 1;
        } else if (ch == u'"') {
            if (raw)
                word.appendAt(i);
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar c = s[j];
                if (c == u'"') {
                    closed = true;
                    ++j;
                    break;
                }
                if (c == u'\\') {
                    if (raw)
                        word.appendAt(j);
                    if (j + 1 >= n) {
                        ++j;
                        continue;
                    }
                    const QChar next = s[j + 1];
                    if (next == u'"' || next == u'$' || next == u'\\') {
                        word.appendAt(j + 1);
                        j += 2;
                        continue;
                    }
                    if (!raw)
                        word.appendAt(j);
                    ++j;
                    continue;
                }
                word.appendAt(j);
                ++j;
            }
            if (!closed)
                return false; // the words are discarded
            if (raw)
                word.appendAt(j - 1);
            i = j;
        } else if (ch == u'$' && i + 1 < n && s[i + 1] == u'{') {
            int depth = 0;
            qsizetype j = i;
            for (; j < n; ++j) {
                if (s[j] == u'$' && j + 1 < n && s[j + 1] == u'{') {
                    ++depth;
                    ++j;
                } else if (s[j] == u'}' && --depth == 0) {
                    break;
                }
            }
            if (j >= n)
                return false;
            for (qsizetype k = i; k <= j; ++k)
                addChar(k);
            i = j + 1;
        } else if (ch == u'\\') {
            if (raw)
                word.appendAt(i);
            if (i + 1 >= n)
                break;
            word.appendAt(i + 1);
            i += 2;
        } else {
            addChar(i);
            ++i;
        }
    }
    flush();
    return true;
}

} // namespace

bool parseHeredocWord(QStringView word, HeredocSpec *spec)
{
    // ^(\d*)<<(-?)([^<]*)$
    qsizetype i = 0;
    while (i < word.size() && word[i] >= u'0' && word[i] <= u'9')
        ++i;
    if (!word.mid(i).startsWith(u"<<"))
        return false;
    i += 2;
    const bool chomp = i < word.size() && word[i] == u'-';
    if (chomp)
        ++i;
    const QStringView rest = word.mid(i);
    if (rest.isEmpty() || rest.contains(u'<'))
        return false;
    QStringList words;
    QStringList rawWords;
    if (!processWords(rest, false, words) || words.size() != 1)
        return false;
    if (!processWords(rest, true, rawWords) || rawWords.size() != 1)
        return false;
    const auto quotes = [](const QString &w) { return w.count(u'\'') + w.count(u'"'); };
    if (spec) {
        spec->name = words[0];
        spec->chomp = chomp;
        spec->expand = quotes(words[0]) == quotes(rawWords[0]);
    }
    return true;
}

std::vector<HeredocSpec> heredocsFromLine(QStringView line)
{
    std::vector<HeredocSpec> docs;
    if (!line.contains(u"<<"))
        return docs;
    QStringList words;
    if (!processWords(line, true, words))
        return docs;
    for (const QString &w : words) {
        HeredocSpec spec;
        if (parseHeredocWord(w, &spec))
            docs.push_back(spec);
    }
    return docs;
}

} // namespace stagecraft::detail
