#include "lineparsers.h"

#include "textutil.h"
#include "textutil_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

// s[b, b + len) as a QString: shares `owner`'s buffer when there is one (s is then a view of
// all of *owner), else a copy.
QString take(QStringView s, const QString *owner, qsizetype b, qsizetype len)
{
    return owner ? sharedSlice(*owner, b, len) : s.mid(b, len).toString();
}

// The end of the run of characters from `pos` that a word takes as they are: up to the
// first blank (as `blank` says), quote or escape character, at most `end`.
template<typename Blank>
qsizetype plainRunEnd(QStringView s, qsizetype pos, qsizetype end, Blank blank, QChar escape)
{
    const QChar *d = s.data();
    for (;;) {
        // printable ASCII other than the quotes and the escape character is never a blank
        pos = printableRunEnd(d, pos, end, u'\'', u'"', escape.unicode());
        if (pos >= end)
            return pos;
        const QChar c = d[pos];
        if (blank(c) || c == u'\'' || c == u'"' || c == escape)
            return pos;
        ++pos;
    }
}

// ---- split_command.go ------------------------------------------------------------------

// extractBuilderFlags: leading "--flag[=value]" words (quotes removed, '\\' escapes the
// next character, "--" ends the flags). Returns where the remaining arguments start.
// BuildKit walks bytes; we walk UTF-16 units, which only differs for non-ASCII blanks.
qsizetype extractBuilderFlags(QStringView line, const QString *owner, qsizetype begin, qsizetype end, Tail<Flag> &flags)
{
    enum { InSpaces, InWord, InQuote } phase = InSpaces;
    SliceWord word(line, owner);
    QChar quote;
    bool blankOK = false;
    qsizetype wordBegin = begin;
    const auto isSpace = [](QChar c) { return c.unicode() < 0x80 && goSpace(c); };
    for (qsizetype pos = begin; pos <= end; ++pos) {
        const QChar ch = pos < end ? line[pos] : QChar();
        if (phase == InSpaces) {
            if (pos == end)
                break;
            if (isSpace(ch))
                continue;
            if (ch != u'-' || pos + 1 == end || line[pos + 1] != u'-')
                return pos;
            phase = InWord;
            wordBegin = pos;
        }
        if (pos == end) { // in a word or a quote at the end of the input
            if (word.view() != u"--"_s && (blankOK || !word.isEmpty())) {
                flags.push_back({word.toString(), {}, false, {wordBegin, pos}, {}});
            }
            break;
        }
        if (phase == InWord) {
            // a run of ordinary characters at once
            const qsizetype run = plainRunEnd(line, pos, end, isSpace, u'\\');
            if (run > pos) {
                word.appendRange(pos, run);
                pos = run - 1;
                continue;
            }
            if (isSpace(ch)) {
                phase = InSpaces;
                if (word.view() == u"--"_s)
                    return pos;
                if (blankOK || !word.isEmpty()) {
                    flags.push_back({word.toString(), {}, false, {wordBegin, pos}, {}});
                }
                word.clear();
                blankOK = false;
                continue;
            }
            if (ch == u'\'' || ch == u'"') {
                quote = ch;
                blankOK = true;
                phase = InQuote;
                continue;
            }
            if (ch == u'\\') {
                if (pos + 1 == end)
                    continue;
                ++pos;
            }
            word.appendAt(pos);
            continue;
        }
        // InQuote
        if (ch == quote) {
            phase = InWord;
            continue;
        }
        if (ch != u'\\') {
            qsizetype run = pos + 1;
            while (run < end && line[run] != quote && line[run] != u'\\')
                ++run;
            word.appendRange(pos, run);
            pos = run - 1;
            continue;
        }
        if (ch == u'\\') {
            if (pos + 1 == end) {
                phase = InWord;
                continue;
            }
            ++pos;
        }
        word.appendAt(pos);
    }
    return end;
}

// ---- line_parsers.go -------------------------------------------------------------------

// parseWords: words separated by blanks; quotes and escapes are kept in the words. Appends
// them to `words`.
void parseWords(QStringView rest, const QString *owner, qsizetype begin, qsizetype end, QChar escape, Tail<ParsedValue> &words)
{
    enum { InSpaces, InWord, InQuote } phase = InSpaces;
    QChar quote;
    bool blankOK = false;
    SliceWord word(rest, owner);
    qsizetype wordBegin = begin;
    for (qsizetype pos = begin; pos <= end; ++pos) {
        const QChar ch = pos < end ? rest[pos] : QChar();
        if (phase == InSpaces) {
            if (pos == end)
                break;
            if (goSpace(ch))
                continue;
            phase = InWord;
            wordBegin = pos;
        }
        if (pos == end) {
            if (blankOK || !word.isEmpty())
                words.push_back({word.toString(), {wordBegin, pos}});
            break;
        }
        if (phase == InWord) {
            // a run of ordinary characters at once
            const qsizetype run = plainRunEnd(rest, pos, end, goSpace, escape);
            if (run > pos) {
                word.appendRange(pos, run);
                pos = run - 1;
                continue;
            }
            if (goSpace(ch)) {
                phase = InSpaces;
                if (blankOK || !word.isEmpty())
                    words.push_back({word.toString(), {wordBegin, pos}});
                word.clear();
                blankOK = false;
                continue;
            }
            if (ch == u'\'' || ch == u'"') {
                quote = ch;
                blankOK = true;
                phase = InQuote;
            }
            if (ch == escape) {
                if (pos + 1 == end)
                    continue; // an escape token at the end is skipped
                word.appendAt(pos++);
            }
            word.appendAt(pos);
            continue;
        }
        // InQuote
        if (ch != quote && (ch != escape || quote == u'\'')) {
            qsizetype run = pos + 1;
            while (run < end && rest[run] != quote && (rest[run] != escape || quote == u'\''))
                ++run;
            word.appendRange(pos, run);
            pos = run - 1;
            continue;
        }
        if (ch == quote)
            phase = InWord;
        if (ch == escape && quote != u'\'') {
            if (pos + 1 == end) {
                phase = InWord;
                continue;
            }
            word.appendAt(pos++);
        }
        word.appendAt(pos);
    }
}

// Splits on runs of [\t\v\f\r ] (BuildKit's reWhitespace), `limit` pieces at most (0: all),
// appending them to `out`.
void splitBlank(QStringView s, const QString *owner, qsizetype begin, qsizetype end, Tail<ParsedValue> &out, int limit = 0)
{
    int pieces = 0;
    qsizetype start = begin;
    qsizetype i = begin;
    while (i < end) {
        i = printableRunEnd(s.data(), i, end); // never a blank
        if (i == end)
            break;
        if (isAsciiBlank(s[i]) && (limit == 0 || pieces < limit - 1)) {
            qsizetype j = i;
            while (j < end && isAsciiBlank(s[j]))
                ++j;
            out.push_back({take(s, owner, start, i - start), {start, i}});
            ++pieces;
            start = i = j;
        } else {
            ++i;
        }
    }
    out.push_back({take(s, owner, start, end - start), {start, end}});
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// A strict JSON scanner with Go's encoding/json acceptance rules.
class JsonScanner
{
public:
    JsonScanner(QStringView s, qsizetype end, const QString *owner = nullptr)
        : m_s(s), m_end(end), m_owner(owner) { }

    void skipWs(qsizetype &i) const
    {
        while (i < m_end && (m_s[i] == u' ' || m_s[i] == u'\t' || m_s[i] == u'\n' || m_s[i] == u'\r'))
            ++i;
    }

    // Scans a string literal at i (which holds '"'); decodes it into `out` when non-null.
    bool string(qsizetype &i, QString *out) const
    {
        ++i;
        if (out && m_owner) {
            // the common case, no escape: the value is the text between the quotes
            qsizetype j = i;
            while (j < m_end && m_s[j] != u'"' && m_s[j] != u'\\' && m_s[j].unicode() >= 0x20)
                ++j;
            if (j < m_end && m_s[j] == u'"') {
                if (j > i) // "" leaves `out` as it was (null), as appending nothing does
                    *out = take(m_s, m_owner, i, j - i);
                i = j + 1;
                return true;
            }
        }
        while (i < m_end) {
            const char16_t c = m_s[i].unicode();
            if (c == u'"') {
                ++i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != u'\\') {
                // a run of plain characters is copied at once
                const qsizetype run = i;
                while (i < m_end && m_s[i] != u'"' && m_s[i] != u'\\' && m_s[i].unicode() >= 0x20)
                    ++i;
                if (out)
                    out->append(m_s.mid(run, i - run));
                continue;
            }
            if (++i >= m_end)
                return false;
            const char16_t e = m_s[i].unicode();
            ++i;
            char16_t decoded = 0;
            switch (e) {
            case u'"': decoded = u'"'; break;
            case u'\\': decoded = u'\\'; break;
            case u'/': decoded = u'/'; break;
            case u'b': decoded = u'\b'; break;
            case u'f': decoded = u'\f'; break;
            case u'n': decoded = u'\n'; break;
            case u'r': decoded = u'\r'; break;
            case u't': decoded = u'\t'; break;
            case u'u': {
                char16_t unit = 0;
                if (!hex4(i, unit))
                    return false;
                if (out) {
                    if (QChar::isHighSurrogate(unit)) {
                        char16_t low = 0;
                        qsizetype j = i;
                        if (j + 1 < m_end && m_s[j] == u'\\' && m_s[j + 1] == u'u' && (j += 2, hex4(j, low))
                            && QChar::isLowSurrogate(low)) {
                            *out += QChar(unit);
                            *out += QChar(low);
                            i = j;
                        } else {
                            *out += QChar(0xFFFD);
                        }
                    } else if (QChar::isLowSurrogate(unit)) {
                        *out += QChar(0xFFFD);
                    } else {
                        *out += QChar(unit);
                    }
                }
                continue;
            }
            default:
                return false;
            }
            if (out)
                *out += QChar(decoded);
        }
        return false;
    }

    bool value(qsizetype &i, int depth) const
    {
        skipWs(i);
        if (i >= m_end)
            return false;
        const char16_t c = m_s[i].unicode();
        if (c == u'"')
            return string(i, nullptr);
        if (c == u'[' || c == u'{') {
            if (depth >= 10000) // Go's maxNestingDepth
                return false;
            const bool object = c == u'{';
            ++i;
            skipWs(i);
            if (i < m_end && m_s[i] == (object ? u'}' : u']')) {
                ++i;
                return true;
            }
            for (;;) {
                if (object) {
                    skipWs(i);
                    if (i >= m_end || m_s[i] != u'"' || !string(i, nullptr))
                        return false;
                    skipWs(i);
                    if (i >= m_end || m_s[i] != u':')
                        return false;
                    ++i;
                }
                if (!value(i, depth + 1))
                    return false;
                skipWs(i);
                if (i >= m_end)
                    return false;
                if (m_s[i] == u',') {
                    ++i;
                    continue;
                }
                if (m_s[i] == (object ? u'}' : u']')) {
                    ++i;
                    return true;
                }
                return false;
            }
        }
        if (c == u't')
            return literal(i, u"true");
        if (c == u'f')
            return literal(i, u"false");
        if (c == u'n')
            return literal(i, u"null");
        return number(i);
    }

private:
    bool hex4(qsizetype &i, char16_t &unit) const
    {
        if (i + 4 > m_end)
            return false;
        unit = 0;
        for (int k = 0; k < 4; ++k) {
            const int d = hexValue(m_s[i + k].unicode());
            if (d < 0)
                return false;
            unit = char16_t(unit * 16 + d);
        }
        i += 4;
        return true;
    }
    bool literal(qsizetype &i, QStringView word) const
    {
        if (m_s.mid(i, std::min<qsizetype>(word.size(), m_end - i)) != word)
            return false;
        i += word.size();
        return true;
    }
    bool digit(qsizetype i) const { return i < m_end && m_s[i] >= u'0' && m_s[i] <= u'9'; }
    bool number(qsizetype &i) const
    {
        if (i < m_end && m_s[i] == u'-')
            ++i;
        if (!digit(i))
            return false;
        if (m_s[i] == u'0')
            ++i;
        else
            while (digit(i))
                ++i;
        if (i < m_end && m_s[i] == u'.') {
            ++i;
            if (!digit(i))
                return false;
            while (digit(i))
                ++i;
        }
        if (i < m_end && (m_s[i] == u'e' || m_s[i] == u'E')) {
            ++i;
            if (i < m_end && (m_s[i] == u'+' || m_s[i] == u'-'))
                ++i;
            if (!digit(i))
                return false;
            while (digit(i))
                ++i;
        }
        return true;
    }

    QStringView m_s;
    qsizetype m_end;
    const QString *m_owner;
};

enum class JsonResult { NotJson, NotStrings, Ok };

// parseJSON: `rest` must be a JSON array of strings (Go's json.Unmarshal into []any).
JsonResult parseJson(QStringView s, const QString *owner, qsizetype begin, qsizetype end, Tail<ParsedValue> &values, LRange &range)
{
    begin = skipGoSpace(s, begin, end);
    if (begin >= end || s[begin] != u'[')
        return JsonResult::NotJson;
    JsonScanner scanner(s, end, owner);
    // The common exec form, an array of strings without escapes, in one pass; anything else
    // (escapes, other values, an error) is scanned again by the full scanner below.
    if (owner) {
        qsizetype i = begin + 1;
        scanner.skipWs(i);
        bool plain = i < end;
        if (plain && s[i] != u']') {
            for (;;) {
                if (i >= end || s[i] != u'"') {
                    plain = false;
                    break;
                }
                qsizetype j = i + 1;
                for (;;) {
                    j = printableRunEnd(s.data(), j, end, u'"', u'\\');
                    if (j < end && s[j] != u'"' && s[j] != u'\\' && s[j].unicode() >= 0x20) {
                        ++j; // a blank or a character outside ASCII
                        continue;
                    }
                    break;
                }
                if (j >= end || s[j] != u'"') {
                    plain = false;
                    break;
                }
                values.push_back({j > i + 1 ? take(s, owner, i + 1, j - i - 1) : QString(), {i, j + 1}});
                i = j + 1;
                scanner.skipWs(i);
                if (i < end && s[i] == u',') {
                    ++i;
                    scanner.skipWs(i);
                    continue;
                }
                plain = i < end && s[i] == u']';
                break;
            }
        }
        if (plain) {
            const qsizetype arrayEnd = i + 1;
            qsizetype k = arrayEnd;
            scanner.skipWs(k);
            if (k == end) {
                range = {begin, arrayEnd};
                return JsonResult::Ok;
            }
        }
        values.clear();
    }
    qsizetype i = begin;
    if (!scanner.value(i, 0))
        return JsonResult::NotJson;
    const qsizetype arrayEnd = i;
    scanner.skipWs(i);
    if (i != end)
        return JsonResult::NotJson;
    // Valid JSON: collect the elements, which must all be strings.
    i = begin + 1;
    scanner.skipWs(i);
    if (s[i] == u']') {
        range = {begin, arrayEnd};
        return JsonResult::Ok;
    }
    for (;;) {
        scanner.skipWs(i);
        if (s[i] != u'"')
            return JsonResult::NotStrings;
        const qsizetype start = i;
        QString value;
        scanner.string(i, &value);
        values.push_back({std::move(value), {start, i}});
        scanner.skipWs(i);
        if (s[i] == u']')
            break;
        ++i; // ','
    }
    range = {begin, arrayEnd};
    return JsonResult::Ok;
}

const QString errNotStrings = u"when using JSON array syntax, arrays must be comprised of strings only"_s;

// The exec (JSON) form shared by parseMaybeJson and parseMaybeJsonToList: true when [b, e)
// was a JSON array of strings (node.args filled); false when the caller's shell form applies
// (a JSON array of non-strings also sets node.error, as BuildKit does). node.args is empty.
bool takeJsonForm(QStringView s, const QString *owner, qsizetype b, qsizetype e, ParsedNode &node)
{
    switch (parseJson(s, owner, b, e, node.args, node.jsonRange)) {
    case JsonResult::Ok:
        node.json = true;
        return true;
    case JsonResult::NotStrings:
        node.error = errNotStrings;
        break;
    case JsonResult::NotJson:
        break;
    }
    node.args.clear(); // what the scan took before it failed
    return false;
}

void parseMaybeJson(QStringView s, const QString *owner, qsizetype b, qsizetype e, ParsedNode &node)
{
    if (b == e || takeJsonForm(s, owner, b, e, node))
        return;
    node.args.push_back({take(s, owner, b, e - b), {b, e}});
}

void parseStringsWhitespaceDelimited(QStringView s, const QString *owner, qsizetype b, qsizetype e, ParsedNode &node)
{
    if (b == e)
        return;
    splitBlank(s, owner, b, e, node.args);
}

void parseMaybeJsonToList(QStringView s, const QString *owner, qsizetype b, qsizetype e, ParsedNode &node)
{
    if (!takeJsonForm(s, owner, b, e, node))
        parseStringsWhitespaceDelimited(s, owner, b, e, node);
}

// ENV and LABEL: "KEY value" (legacy) or "k=v k2=v2"; each pair yields key, value, separator.
void parseNameVal(QStringView s, const QString *owner, qsizetype b, qsizetype e, const QString &key, QChar escape, ParsedNode &node)
{
    // The words become the argument list in place: three values (key, value, "=") per word.
    Tail<ParsedValue> &words = node.args; // empty
    parseWords(s, owner, b, e, escape, words);
    if (words.empty())
        return;
    if (indexOfUnit(words[0].value, u'=') < 0) {
        words.clear();
        splitBlank(s, owner, b, e, words, 2);
        if (words.size() < 2) {
            node.error = key + u" must have two arguments"_s;
            return;
        }
        words.push_back({QString(), {e, e}});
        return;
    }
    // BuildKit stops at the first word without '=' (an error), keeping the pairs before it.
    size_t pairs = 0;
    while (pairs < words.size() && indexOfUnit(words[pairs].value, u'=') >= 0)
        ++pairs;
    if (pairs < words.size())
        node.error = u"Syntax error - can't find = in "_s + goQuote(words[pairs].value) + u". Must be of the form: name=value"_s;
    words.resize(3 * pairs);
    // from the back, so that no word is overwritten before it is split (3i >= i)
    for (size_t i = pairs; i-- > 0;) {
        ParsedValue word = std::move(words[i]);
        const qsizetype eq = indexOfUnit(word.value, u'=');
        const qsizetype keyEnd = std::min(word.range.begin + eq, word.range.end);
        words[3 * i] = {sharedSlice(word.value, 0, eq), {word.range.begin, keyEnd}};
        words[3 * i + 1] = {sharedSlice(word.value, eq + 1, word.value.size() - eq - 1), {std::min(keyEnd + 1, word.range.end), word.range.end}};
        words[3 * i + 2] = {u"="_s, {keyEnd, std::min(keyEnd + 1, word.range.end)}};
        recycleReference(word.value);
    }
}

void parseHealthConfig(QStringView s, const QString *owner, qsizetype b, qsizetype e, ParsedNode &node)
{
    const auto space = [](QChar c) { return c.unicode() < 0x80 && goSpace(c); };
    qsizetype sep = b;
    while (sep < e && !space(s[sep]))
        ++sep;
    qsizetype next = sep;
    while (next < e && space(s[next]))
        ++next;
    if (sep == b)
        return;
    ParsedNode cmd;
    parseMaybeJson(s, owner, next, e, cmd);
    node.args.push_back({take(s, owner, b, sep - b), {b, sep}});
    for (auto &a : cmd.args)
        node.args.push_back(std::move(a));
    node.json = cmd.json;
    node.jsonRange = cmd.jsonRange;
    node.error = cmd.error;
}

} // namespace

namespace {

// BuildKit's dispatch table. The QStrings are literals, so handing them out allocates nothing.
struct KnownCommand {
    QString lower;
    QString upper;
    Command command;
};

const KnownCommand *knownCommands()
{
    static const KnownCommand table[] = {
        {u"add"_s, u"ADD"_s, Command::Add},
        {u"arg"_s, u"ARG"_s, Command::Arg},
        {u"cmd"_s, u"CMD"_s, Command::Cmd},
        {u"copy"_s, u"COPY"_s, Command::Copy},
        {u"entrypoint"_s, u"ENTRYPOINT"_s, Command::Entrypoint},
        {u"env"_s, u"ENV"_s, Command::Env},
        {u"expose"_s, u"EXPOSE"_s, Command::Expose},
        {u"from"_s, u"FROM"_s, Command::From},
        {u"healthcheck"_s, u"HEALTHCHECK"_s, Command::Healthcheck},
        {u"label"_s, u"LABEL"_s, Command::Label},
        {u"maintainer"_s, u"MAINTAINER"_s, Command::Maintainer},
        {u"onbuild"_s, u"ONBUILD"_s, Command::Onbuild},
        {u"run"_s, u"RUN"_s, Command::Run},
        {u"shell"_s, u"SHELL"_s, Command::Shell},
        {u"stopsignal"_s, u"STOPSIGNAL"_s, Command::Stopsignal},
        {u"user"_s, u"USER"_s, Command::User},
        {u"volume"_s, u"VOLUME"_s, Command::Volume},
        {u"workdir"_s, u"WORKDIR"_s, Command::Workdir},
        {QString(), QString(), Command::Unknown}, // end marker
    };
    return table;
}

// The entry whose lowercase name is `c` exactly, or nullptr.
const KnownCommand *findLower(QStringView c)
{
    for (const KnownCommand *k = knownCommands(); k->command != Command::Unknown; ++k) {
        if (k->lower == c)
            return k;
    }
    return nullptr;
}

// a == b for strings of the same (short) length, inline.
bool sameUnits(const QChar *a, const QChar *b, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// Sets node.keyword (as written); returns the command.
// `keyword` is owner[begin, end).
Command identify(const QString &owner, qsizetype begin, qsizetype end, ParsedNode &node)
{
    const QStringView keyword = QStringView(owner).mid(begin, end - begin);
    // Keywords are nearly always written all upper- or all lowercase: share the literals.
    // Only the entries of the keyword's length are compared (BuildKit's keywords are 3 to 11
    // characters long): a table of where each length starts in the length-sorted list.
    struct ByLength {
        std::vector<const KnownCommand *> sorted;
        int first[13] = {};
        ByLength()
        {
            for (const KnownCommand *k = knownCommands(); k->command != Command::Unknown; ++k)
                sorted.push_back(k);
            std::stable_sort(sorted.begin(), sorted.end(),
                [](const KnownCommand *a, const KnownCommand *b) { return a->upper.size() < b->upper.size(); });
            for (int len = 0; len <= 12; ++len)
                first[len] = int(std::find_if(sorted.begin(), sorted.end(),
                    [len](const KnownCommand *k) { return k->upper.size() >= len; }) - sorted.begin());
        }
    };
    static const ByLength byLength;
    const qsizetype len = keyword.size();
    if (len < 12) {
        const char16_t first = len > 0 ? keyword[0].unicode() : 0;
        for (int i = byLength.first[len]; i < byLength.first[len + 1]; ++i) {
            const KnownCommand *k = byLength.sorted[size_t(i)];
            if (first != k->upper[0].unicode() && first != k->lower[0].unicode())
                continue; // the first letter rules out all but one or two
            const bool upper = sameUnits(k->upper.constData(), keyword.data(), len);
            if (upper || sameUnits(k->lower.constData(), keyword.data(), len)) {
                // (copied, then moved in: both inline, unlike QString's copy assignment)
                node.keyword = QString(upper ? k->upper : k->lower);
                return k->command;
            }
        }
    }
    node.keyword = sharedSlice(owner, begin, end - begin);
    const KnownCommand *k = findLower(node.keyword.toLower());
    return k ? k->command : Command::Unknown;
}

} // namespace

bool isKnownCommand(QStringView c)
{
    return findLower(c) != nullptr;
}

void ParsedNode::reset()
{
    // keyword and keywordRange: parseNode always sets them
    keywordRange = {};
    ownFlags.clear();
    ownArgs.clear();
    flags.restart();
    args.restart();
    json = false;
    jsonRange = {};
    known = false;
    heredocCommand = false;
    if (!error.isNull())
        error.clear();
    argsRange = {};
    if (child)
        child.reset();
}

void parseNode(const QString &owner, qsizetype offset, qsizetype end, QChar escape, ParsedNode &node)
{
    const QStringView line = owner;
    const QString *o = &owner;
    node.reset();
    const qsizetype t0 = skipGoSpace(line, offset, end);
    const qsizetype t1 = trimGoSpaceEnd(line, t0, end);
    qsizetype kwEnd = t0;
    while (kwEnd < t1 && !isAsciiBlank(line[kwEnd]))
        ++kwEnd;
    node.keywordRange = {t0, kwEnd};
    const Command command = identify(owner, t0, kwEnd, node);
    node.kind = command;
    qsizetype argsBegin = t1;
    if (kwEnd < t1) {
        qsizetype restBegin = kwEnd;
        while (restBegin < t1 && isAsciiBlank(line[restBegin]))
            ++restBegin;
        argsBegin = extractBuilderFlags(line, o, restBegin, t1, node.flags);
    }
    const qsizetype b = skipGoSpace(line, argsBegin, t1);
    const qsizetype e = trimGoSpaceEnd(line, b, t1);
    node.argsRange = {b, e};
    node.known = command != Command::Unknown;
    node.heredocCommand = command == Command::Run || command == Command::Copy || command == Command::Add;
    switch (command) {
    case Command::Add:
    case Command::Copy:
    case Command::Volume:
        parseMaybeJsonToList(line, o, b, e, node);
        break;
    case Command::Cmd:
    case Command::Entrypoint:
    case Command::Run:
    case Command::Shell:
        parseMaybeJson(line, o, b, e, node);
        break;
    case Command::Arg:
        parseWords(line, o, b, e, escape, node.args);
        break;
    case Command::Env:
    case Command::Label:
        parseNameVal(line, o, b, e, command == Command::Env ? u"ENV"_s : u"LABEL"_s, escape, node);
        break;
    case Command::Expose:
    case Command::From:
        parseStringsWhitespaceDelimited(line, o, b, e, node);
        break;
    case Command::Healthcheck:
        parseHealthConfig(line, o, b, e, node);
        break;
    case Command::Maintainer:
    case Command::Stopsignal:
    case Command::User:
    case Command::Workdir:
        if (b < e)
            node.args.push_back({sharedSlice(owner, b, e - b), {b, e}});
        break;
    case Command::Onbuild:
        if (b < e) {
            node.child = std::make_unique<ParsedNode>();
            parseNode(owner, b, e, escape, *node.child);
            node.error = node.child->error;
        }
        break;
    case Command::Unknown:
        // parseIgnore: BuildKit keeps one empty argument node
        node.args.push_back({QString(), {b, b}});
        break;
    }
}

} // namespace stagecraft::detail

namespace stagecraft {

// (here, beside BuildKit's dispatch table it reads)
QString commandName(Command kind)
{
    for (const detail::KnownCommand *k = detail::knownCommands(); k->command != Command::Unknown; ++k) {
        if (k->command == kind)
            return k->lower;
    }
    return {};
}

} // namespace stagecraft
