// Small text helpers that reproduce Go library behaviour BuildKit relies on (unicode.IsSpace,
// strings.TrimSpace, strconv.Quote), so the parser and the tests agree with BuildKit on the
// exact characters. Internal to core, but exported for the conformance test and the CLI.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace stagecraft {

// Go's unicode.IsSpace: '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0 and the Unicode White_Space set.
bool isGoSpace(char32_t c);
inline bool isGoSpace(QChar c) { return isGoSpace(char32_t(c.unicode())); }
// The blanks of BuildKit's `[\t\v\f\r ]+` separator regex.
inline bool isAsciiBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\v' || u == u'\f' || u == u'\r';
}

// isGoSpace() with the ASCII answer inline (the parser asks it for nearly every line).
inline bool isGoSpaceInline(char16_t u)
{
    if (u <= u' ')
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    return u >= 0x80 && isGoSpace(char32_t(u));
}
// Index of the first/last+1 non-Go-space character of text[begin, end).
inline qsizetype skipGoSpace(QStringView text, qsizetype begin, qsizetype end)
{
    while (begin < end && isGoSpaceInline(text[begin].unicode()))
        ++begin;
    return begin;
}
inline qsizetype trimGoSpaceEnd(QStringView text, qsizetype begin, qsizetype end)
{
    while (end > begin && isGoSpaceInline(text[end - 1].unicode()))
        --end;
    return end;
}
QStringView goTrimSpace(QStringView text);

// strconv.Quote: a double-quoted Go string literal with Go's escapes (\x00, \u00ad, ...).
QString goQuote(QStringView text);
// fmt's %q of a []string: ["a" "b"].
QString goQuoteList(const QStringList &list);

} // namespace stagecraft
