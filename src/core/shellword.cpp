#include "shellword.h"
#include "textutil_p.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

// A shell pattern (*, ?, literal characters) matched by simulating its automaton.
class Glob
{
public:
    explicit Glob(QStringView pattern)
    {
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            QChar c = pattern[i];
            if (c == u'\\' && i + 1 < pattern.size()) {
                m_items.push_back({Literal, pattern[++i]});
            } else if (c == u'*') {
                m_items.push_back({Star, c});
            } else if (c == u'?') {
                m_items.push_back({Any, c});
            } else {
                m_items.push_back({Literal, c});
            }
        }
    }
    void reverse() { std::reverse(m_items.begin(), m_items.end()); }

    // Lengths k such that the pattern matches s[0, k), as a flag per k.
    std::vector<bool> prefixMatches(QStringView s) const
    {
        const size_t m = m_items.size();
        std::vector<bool> out(size_t(s.size()) + 1, false);
        std::vector<char> states(m + 1, 0), next(m + 1, 0);
        states[0] = 1;
        closure(states);
        out[0] = states[m];
        for (qsizetype k = 0; k < s.size(); ++k) {
            std::fill(next.begin(), next.end(), 0);
            bool any = false;
            for (size_t p = 0; p < m; ++p) {
                if (!states[p])
                    continue;
                const Item &it = m_items[p];
                if (it.kind == Star) {
                    next[p] = 1;
                    any = true;
                } else if (it.kind == Any || it.c == s[k]) {
                    next[p + 1] = 1;
                    any = true;
                }
            }
            if (!any)
                break;
            closure(next);
            states.swap(next);
            out[size_t(k) + 1] = states[m];
        }
        return out;
    }

private:
    enum Kind { Literal, Any, Star };
    struct Item {
        Kind kind;
        QChar c;
    };
    void closure(std::vector<char> &states) const
    {
        for (size_t p = 0; p < m_items.size(); ++p) {
            if (states[p] && m_items[p].kind == Star)
                states[p + 1] = 1;
        }
    }
    std::vector<Item> m_items;
};

class Lexer
{
public:
    Lexer(QStringView s, const Environment &env, QChar escape, ExpandResult &r)
        : s(s), env(env), esc(escape), r(r) { }

    // Processes until one of `stops` (consumed) or the end; `stopped` tells which happened.
    QString until(QStringView stops, bool rawEscapes, bool *stopped = nullptr)
    {
        QString out;
        if (stopped)
            *stopped = false;
        while (i < s.size() && ok()) {
            const QChar ch = s[i];
            if (isStop(ch, stops)) {
                ++i;
                if (stopped)
                    *stopped = true;
                return out;
            }
            if (ch == u'$') {
                out += dollar();
            } else if (ch == u'\'') {
                out += singleQuote();
            } else if (ch == u'"') {
                out += doubleQuote();
            } else if (ch == esc) {
                ++i;
                if (rawEscapes)
                    out += ch;
                if (i >= s.size())
                    break;
                out += s[i++];
            } else {
                // a run of characters without meaning here is copied at once
                const qsizetype run = i;
                do
                    ++i;
                while (i < s.size() && isPlain(s[i], stops));
                out += s.mid(run, i - run);
            }
        }
        if (!stops.isEmpty() && ok())
            fail(u"unexpected end of statement while looking for matching "_s + stops.toString());
        return out;
    }

    bool ok() const { return r.error.isEmpty(); }
    qsizetype i = 0;

private:
    // stops.contains(c), inline: `stops` holds at most one character.
    static bool isStop(QChar c, QStringView stops)
    {
        for (QChar stop : stops) {
            if (c == stop)
                return true;
        }
        return false;
    }
    // A character until() copies as it is.
    bool isPlain(QChar c, QStringView stops) const
    {
        return c != u'$' && c != u'\'' && c != u'"' && c != esc && !isStop(c, stops);
    }
    void fail(const QString &message)
    {
        if (r.error.isEmpty())
            r.error = message;
    }
    bool lookup(QStringView name, QString &value)
    {
        const Environment::Entry e = env.find(name);
        if (!e.key) {
            if (!r.unmatched.contains(name))
                r.unmatched.append(name.toString());
            return false;
        }
        if (!r.matched.contains(*e.key))
            r.matched.append(*e.key); // the key shares env's string: no copy
        value = *e.value;
        return true;
    }
    static bool specialParam(QChar c)
    {
        return c == u'@' || c == u'*' || c == u'#' || c == u'?' || c == u'-' || c == u'$' || c == u'!' || c == u'0';
    }
    QStringView name()
    {
        const qsizetype start = i;
        while (i < s.size()) {
            const QChar ch = s[i];
            if (i == start && ch.isDigit()) {
                while (i < s.size() && s[i].isDigit())
                    ++i;
                break;
            }
            if (i == start && specialParam(ch)) {
                ++i;
                break;
            }
            if (!ch.isLetterOrNumber() && ch != u'_')
                break;
            ++i;
        }
        return s.mid(start, i - start);
    }
    QString singleQuote()
    {
        const qsizetype close = s.indexOf(u'\'', i + 1);
        if (close < 0) {
            fail(u"unexpected end of statement while looking for matching single-quote"_s);
            i = s.size();
            return {};
        }
        const QString out = s.mid(i + 1, close - i - 1).toString();
        i = close + 1;
        return out;
    }
    QString doubleQuote()
    {
        QString out;
        ++i;
        for (;;) {
            if (i >= s.size()) {
                fail(u"unexpected end of statement while looking for matching double-quote"_s);
                return out;
            }
            const QChar ch = s[i];
            if (ch == u'"') {
                ++i;
                return out;
            }
            if (ch == u'$') {
                out += dollar();
                if (!ok())
                    return out;
                continue;
            }
            ++i;
            if (ch == esc) {
                if (i >= s.size())
                    continue;
                const QChar next = s[i];
                if (next == u'"' || next == u'$' || next == esc) {
                    out += next;
                    ++i;
                    continue;
                }
            }
            out += ch;
        }
    }
    QString dollar()
    {
        ++i; // '$'
        if (i >= s.size() || s[i] != u'{') {
            const QStringView n = name();
            if (n.isEmpty())
                return u"$"_s;
            QString value;
            lookup(n, value);
            return value;
        }
        ++i; // '{'
        if (i >= s.size()) {
            fail(u"syntax error: missing '}'"_s);
            return {};
        }
        if (s[i] == u'{' || s[i] == u'}' || s[i] == u':') {
            fail(u"syntax error: bad substitution"_s);
            return {};
        }
        const QStringView n = name();
        if (i >= s.size()) {
            fail(u"syntax error: missing '}'"_s);
            return {};
        }
        QChar ch = s[i++];
        bool nullIsUnset = false;
        // the modifier as written, for messages
        const auto modifier = [&] { return nullIsUnset ? QString(u':') + ch : QString(ch); };
        if (ch == u'}') {
            QString value;
            lookup(n, value);
            return value;
        }
        if (ch == u'/') {
            const bool all = i < s.size() && s[i] == u'/';
            if (all)
                ++i;
            const QString pattern = until(u"/", true);
            const QString replacement = until(u"}", true);
            QString value;
            lookup(n, value);
            return ok() ? replace(value, pattern, replacement, all) : QString();
        }
        if (ch == u':') {
            nullIsUnset = true;
            if (i >= s.size()) {
                fail(u"syntax error: missing '}'"_s);
                return {};
            }
            ch = s[i++];
        }
        if (ch != u'+' && ch != u'-' && ch != u'?' && ch != u'#' && ch != u'%') {
            fail(u"unsupported modifier ("_s + modifier() + u") in substitution"_s);
            return {};
        }
        const bool patternOp = ch == u'#' || ch == u'%';
        if (nullIsUnset && patternOp) {
            fail(u"unsupported modifier ("_s + modifier() + u") in substitution"_s);
            return {};
        }
        bool stopped = false;
        QString word = until(u"}", patternOp, &stopped);
        if (!stopped) {
            r.error = u"syntax error: missing '}'"_s;
            return {};
        }
        QString value;
        const bool set = lookup(n, value);
        switch (ch.unicode()) {
        case u'-':
            return (!set || (nullIsUnset && value.isEmpty())) ? word : value;
        case u'+':
            return (!set || (nullIsUnset && value.isEmpty())) ? QString() : word;
        case u'?':
            if (!set || (nullIsUnset && value.isEmpty())) {
                fail(n + u": "_s + (word.isEmpty() ? (set ? u"is not allowed to be empty"_s : u"is not allowed to be unset"_s) : word));
                return {};
            }
            return value;
        default: {
            const bool greedy = !word.isEmpty() && word[0] == ch;
            if (greedy)
                word.remove(0, 1);
            return trim(value, word, greedy, ch == u'#');
        }
        }
    }
    static QString trim(const QString &value, const QString &pattern, bool greedy, bool prefix)
    {
        Glob glob(pattern);
        QString subject = value;
        if (!prefix) {
            glob.reverse();
            std::reverse(subject.begin(), subject.end());
        }
        const std::vector<bool> m = glob.prefixMatches(subject);
        qsizetype cut = -1;
        for (qsizetype k = 0; k < qsizetype(m.size()); ++k) {
            if (m[size_t(k)]) {
                cut = k;
                if (!greedy)
                    break;
            }
        }
        if (cut < 0)
            return value;
        return prefix ? value.mid(cut) : value.left(value.size() - cut);
    }
    static QString replace(const QString &value, const QString &pattern, const QString &replacement, bool all)
    {
        Glob glob(pattern);
        QString out;
        qsizetype pos = 0;
        while (pos <= value.size()) {
            const std::vector<bool> m = glob.prefixMatches(QStringView(value).mid(pos));
            qsizetype len = -1;
            for (qsizetype k = qsizetype(m.size()) - 1; k >= 0; --k) {
                if (m[size_t(k)]) {
                    len = k;
                    break;
                }
            }
            if (len < 0) {
                if (pos < value.size())
                    out += value[pos];
                ++pos;
                continue;
            }
            out += replacement;
            if (len == 0 && pos < value.size())
                out += value[pos];
            pos += std::max<qsizetype>(len, 1);
            if (!all) {
                out += QStringView(value).mid(std::min(pos, value.size()));
                break;
            }
        }
        return out;
    }

    QStringView s;
    const Environment &env;
    QChar esc;
    ExpandResult &r;
};

} // namespace

namespace {

// Without '$', quotes or the escape token the lexer copies the word as it is.
bool plainWord(QStringView word, QChar escape)
{
    return std::none_of(word.begin(), word.end(),
        [escape](QChar c) { return c == u'$' || c == u'\'' || c == u'"' || c == escape; });
}

} // namespace

void Environment::insert(const QString &key, const QString &value)
{
    if (m_set.size() < IndexFrom) {
        for (auto &entry : m_set) {
            if (entry.first == key) {
                entry.second = value;
                return;
            }
        }
        m_set.emplace_back(key, value);
        if (m_set.size() == IndexFrom) {
            m_index.reserve(IndexFrom * 2);
            for (qsizetype i = 0; i < m_set.size(); ++i)
                m_index.insert(m_set[i].first, i);
        }
        return;
    }
    if (const auto it = m_index.constFind(key); it != m_index.constEnd()) {
        m_set[*it].second = value;
        return;
    }
    m_index.insert(key, qsizetype(m_set.size()));
    m_set.emplace_back(key, value);
}

Environment::Entry Environment::find(QStringView name) const
{
    if (m_set.size() < IndexFrom) {
        // the last of a name wins (insert() keeps one entry per name)
        for (const auto &entry : m_set) {
            if (entry.first == name)
                return {&entry.first, &entry.second};
        }
    } else if (const auto it = m_index.constFind(name); it != m_index.constEnd()) {
        const auto &entry = m_set[*it];
        return {&entry.first, &entry.second};
    }
    if (m_base) {
        if (const auto it = m_base->constFind(name); it != m_base->constEnd())
            return {&it.key(), &it.value()};
    }
    return {};
}

ExpandResult expandWord(const QString &word, const Environment &env, QChar escape)
{
    if (!plainWord(word, escape))
        return expandWord(QStringView(word), env, escape);
    ExpandResult r;
    if (!word.isEmpty()) // the lexer leaves an empty word's result null
        r.result = sharedCopy(word);
    return r;
}

ExpandResult expandWord(QStringView word, const Environment &env, QChar escape)
{
    ExpandResult r;
    if (plainWord(word, escape)) {
        if (!word.isEmpty()) // the lexer leaves an empty word's result null
            r.result = word.toString();
        return r;
    }
    Lexer lexer(word, env, escape, r);
    r.result = lexer.until(QStringView(), false);
    if (!r.error.isEmpty())
        r.result.clear();
    return r;
}

} // namespace stagecraft::detail
