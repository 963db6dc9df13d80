#include "heredoc.h"

#include "textutil.h"
#include "textutil_p.h"

#include <algorithm>


namespace stagecraft::detail {

namespace {

// The word splitter of BuildKit's shell lexer (shell/lex.go ProcessWords) with escape '\\',
// no environment and SkipUnsetEnv, so variables stay as written. `raw` keeps quotes and
// escapes in the words. Calls `emit(QStringView word)` for each word, in order (the view is
// valid during the call). Returns false on a lexer error (unterminated quote or ${); the
// words emitted until then are void.
template <typename Emit>
bool processWords(QStringView s, bool raw, Emit &&emit)
{
    // Every character of a word comes from `s`: the word is a slice until a quote or an
    // escape is dropped (only without `raw`).
    SliceWord word(s);
    const auto flush = [&] {
        if (!word.isEmpty()) {
            emit(word.view());
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

// strings.Count of both quote characters.
qsizetype quotes(QStringView w)
{
    return w.count(u'\'') + w.count(u'"');
}

// The line holds "<<" somewhere.
bool hasHeredocOperator(QStringView line)
{
    for (qsizetype i = indexOfUnit(line, u'<'); i >= 0 && i + 1 < line.size(); i = indexOfUnit(line, u'<', i + 1)) {
        if (line[i + 1] == u'<')
            return true;
    }
    return false;
}

} // namespace

bool parseHeredocWord(QStringView word, HeredocSpec *spec, const QString *owner)
{
    // ^(\d*)<<(-?)([^<]*)$
    qsizetype i = 0;
    while (i < word.size() && word[i] >= u'0' && word[i] <= u'9')
        ++i;
    if (i + 1 >= word.size() || word[i] != u'<' || word[i + 1] != u'<')
        return false;
    i += 2;
    const bool chomp = i < word.size() && word[i] == u'-';
    if (chomp)
        ++i;
    const QStringView rest = word.mid(i);
    if (rest.isEmpty() || indexOfUnit(rest, u'<') >= 0)
        return false;
    // The common case, a plain name (letters, digits, '_', '-', '.'): one word, nothing
    // quoted, the same with and without quotes, so the lexer has nothing to do.
    if (std::all_of(rest.begin(), rest.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
                || u == u'-' || u == u'.';
        })) {
        if (spec) {
            const QChar *base = owner ? owner->constData() : nullptr;
            if (base && rest.data() >= base && rest.data() + rest.size() <= base + owner->size())
                spec->name = sharedSlice(*owner, rest.data() - base, rest.size());
            else
                spec->name = rest.toString();
            spec->chomp = chomp;
            spec->expand = true;
        }
        return true;
    }
    // exactly one word, with and without its quotes
    int count = 0;
    QString name;
    qsizetype nameQuotes = 0;
    const bool lexed = processWords(rest, false, [&](QStringView w) {
        if (++count == 1) {
            nameQuotes = quotes(w);
            if (spec)
                name = w.toString();
        }
    });
    if (!lexed || count != 1)
        return false;
    int rawCount = 0;
    qsizetype rawQuotes = 0;
    const bool rawLexed = processWords(rest, true, [&](QStringView w) {
        if (++rawCount == 1)
            rawQuotes = quotes(w);
    });
    if (!rawLexed || rawCount != 1)
        return false;
    if (spec) {
        spec->name = std::move(name);
        spec->chomp = chomp;
        spec->expand = nameQuotes == rawQuotes;
    }
    return true;
}

void heredocsFromLine(const QString &line, std::vector<HeredocSpec> &docs)
{
    docs.clear();
    if (!hasHeredocOperator(line))
        return;
    const auto word = [&docs, &line](QStringView w) {
        // ParseHeredoc's ^\d*<< first: most words are not heredocs
        qsizetype i = 0;
        while (i < w.size() && w[i] >= u'0' && w[i] <= u'9')
            ++i;
        if (i + 1 >= w.size() || w[i] != u'<' || w[i + 1] != u'<')
            return;
        HeredocSpec spec;
        if (parseHeredocWord(w, &spec, &line))
            docs.push_back(std::move(spec));
    };
    // Without quotes, escapes or '$' the lexer only splits the line at blanks.
    const QChar *d = line.constData();
    const qsizetype n = line.size();
    if (std::none_of(d, d + n, [](QChar c) { return c == u'\'' || c == u'"' || c == u'\\' || c == u'$'; })) {
        // Only a word with "<<" can open a heredoc: from each "<<", the word around it (a
        // word's first "<<" is the only one that can follow nothing but digits).
        qsizetype from = 0;
        for (qsizetype at = indexOfUnit(line, u'<'); at >= 0 && at + 1 < n; at = indexOfUnit(line, u'<', from)) {
            if (d[at + 1] != u'<') {
                from = at + 1;
                continue;
            }
            qsizetype b = at;
            while (b > 0 && !goSpace(d[b - 1]))
                --b;
            qsizetype e = at + 2;
            while (e < n && !goSpace(d[e]))
                ++e;
            word(QStringView(d + b, e - b));
            from = e;
        }
        return;
    }
    const bool lexed = processWords(line, true, word);
    if (!lexed)
        docs.clear(); // BuildKit takes the line literally
}

} // namespace stagecraft::detail
