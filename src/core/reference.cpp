#include "reference.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

// The ASCII character classes of the reference grammar, a table look-up each: one test per
// character instead of a chain of range comparisons, whose outcome a processor guesses
// badly on text it has not seen (docs/BENCHMARKS.md, "Cold-file pass").
enum CharClass : unsigned char { LowerAlnum = 1, UpperCase = 2, Underscore = 4, HexDigit = 8, TagPunct = 16 };
constexpr auto charClasses = [] {
    std::array<unsigned char, 128> t{};
    for (char16_t c = u'a'; c <= u'z'; ++c)
        t[c] |= LowerAlnum;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        t[c] |= LowerAlnum;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        t[c] |= UpperCase;
    for (char16_t c : {u'0', u'1', u'2', u'3', u'4', u'5', u'6', u'7', u'8', u'9', u'a', u'b', u'c', u'd', u'e', u'f',
             u'A', u'B', u'C', u'D', u'E', u'F'})
        t[c] |= HexDigit;
    t[u'_'] |= Underscore;
    t[u'.'] |= TagPunct;
    t[u'-'] |= TagPunct;
    return t;
}();
bool inClass(QChar c, unsigned classes) { return c.unicode() < 128 && (charClasses[c.unicode()] & classes); }

bool isLowerAlnum(QChar c) { return inClass(c, LowerAlnum); }
bool isAlnum(QChar c) { return inClass(c, LowerAlnum | UpperCase); }
bool isWord(QChar c) { return inClass(c, LowerAlnum | UpperCase | Underscore); }
bool isTagChar(QChar c) { return inClass(c, LowerAlnum | UpperCase | Underscore | TagPunct); }
bool isHex(QChar c) { return inClass(c, HexDigit); }

// [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*
bool pathComponent(QStringView s)
{
    qsizetype i = 0;
    const auto alnumRun = [&] {
        const qsizetype b = i;
        while (i < s.size() && isLowerAlnum(s[i]))
            ++i;
        return i > b;
    };
    if (!alnumRun())
        return false;
    while (i < s.size()) {
        if (s[i] == u'.') {
            ++i;
        } else if (s[i] == u'_') {
            ++i;
            if (i < s.size() && s[i] == u'_')
                ++i;
        } else if (s[i] == u'-') {
            while (i < s.size() && s[i] == u'-')
                ++i;
        } else {
            return false;
        }
        if (!alnumRun())
            return false;
    }
    return true;
}

// (?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])
bool domainComponent(QStringView s)
{
    if (s.isEmpty() || !isAlnum(s.front()) || !isAlnum(s.back()))
        return false;
    for (QChar c : s) {
        if (!isAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

// host[:port], host = domain name or [IPv6]
bool domainAndPort(QStringView s)
{
    QStringView host = s;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 2)
            return false;
        for (QChar c : s.mid(1, close - 1)) {
            if (!isHex(c) && c != u':')
                return false;
        }
        host = {};
        s = s.mid(close + 1);
    } else {
        const qsizetype colon = s.indexOf(u':');
        host = colon < 0 ? s : s.left(colon);
        s = colon < 0 ? QStringView() : s.mid(colon);
        for (qsizetype b = 0;;) { // every '.'-separated part
            const qsizetype dot = host.indexOf(u'.', b);
            if (!domainComponent(host.mid(b, (dot < 0 ? host.size() : dot) - b)))
                return false;
            if (dot < 0)
                break;
            b = dot + 1;
        }
    }
    if (s.isEmpty())
        return true;
    if (s.front() != u':' || s.size() < 2)
        return false;
    for (QChar c : s.mid(1)) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The '/'-separated segments are all path components, or the first is a domain[:port]
// followed by at least one path component.
bool nameMatches(QStringView name)
{
    const qsizetype slash = name.indexOf(u'/');
    const QStringView first = slash < 0 ? name : name.left(slash);
    bool restArePaths = true;
    for (qsizetype b = slash + 1; slash >= 0 && restArePaths;) {
        const qsizetype next = name.indexOf(u'/', b);
        restArePaths = pathComponent(name.mid(b, (next < 0 ? name.size() : next) - b));
        if (next < 0)
            break;
        b = next + 1;
    }
    if (!restArePaths)
        return false;
    if (pathComponent(first))
        return true;
    return slash >= 0 && domainAndPort(first);
}

// QString::toLower() would change `s`.
bool hasUpper(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return s.toString().toLower() != s;
        if (c >= u'A' && c <= u'Z')
            return true;
    }
    return false;
}

bool tagMatches(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > 128 || !isWord(tag.front()))
        return false;
    for (QChar c : tag) {
        if (!isTagChar(c))
            return false;
    }
    return true;
}

// [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}
bool digestMatches(QStringView d)
{
    const qsizetype colon = d.indexOf(u':');
    if (colon <= 0 || d.size() - colon - 1 < 32)
        return false;
    for (QChar c : d.mid(colon + 1)) {
        if (!isHex(c))
            return false;
    }
    bool expectLetter = true;
    for (QChar c : d.left(colon)) {
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (expectLetter) {
            if (!letter)
                return false;
            expectLetter = false;
        } else if (c == u'-' || c == u'_' || c == u'+' || c == u'.') {
            expectLetter = true;
        } else if (!isAlnum(c)) {
            return false;
        }
    }
    return !expectLetter;
}

// go-digest's Validate for the algorithms it knows.
QString digestError(QStringView d)
{
    const qsizetype colon = d.indexOf(u':');
    const QStringView algorithm = d.left(colon);
    const QStringView hex = d.mid(colon + 1);
    qsizetype size = 0;
    if (algorithm == u"sha256"_s)
        size = 64;
    else if (algorithm == u"sha384"_s)
        size = 96;
    else if (algorithm == u"sha512"_s)
        size = 128;
    else
        return u"unsupported digest algorithm"_s;
    if (hex.size() != size)
        return u"invalid checksum digest length"_s;
    for (QChar c : hex) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return u"invalid checksum digest format"_s;
    }
    return {};
}

} // namespace

QString referenceError(QStringView s)
{
    // The common cases, a short name of lowercase letters and digits (a stage name, "alpine"),
    // with or without a tag ("golang:1.22"): docker.io/library/NAME[:TAG], which every rule
    // below accepts when the tag does.
    {
        qsizetype i = 0;
        while (i < s.size() && isLowerAlnum(s[i]))
            ++i;
        if (i > 0 && i < 64 && (i == s.size() || (s[i] == u':' && tagMatches(s.mid(i + 1)))))
            return {};
    }
    if (s.size() == 64) {
        bool hex = true;
        for (QChar c : s)
            hex = hex && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
        if (hex)
            return u"invalid repository name ("_s + s.toString() + u"), cannot specify 64-byte hexadecimal strings"_s;
    }
    // splitDockerDomain; `library` stands for the "library/" prefix of the remainder
    QStringView domain;
    QStringView remainder;
    bool library = false;
    const qsizetype slash = s.indexOf(u'/');
    if (slash < 0) {
        domain = u"docker.io";
        remainder = s;
        library = true;
    } else {
        const QStringView maybeDomain = s.left(slash);
        if (maybeDomain == u"localhost"_s || maybeDomain.contains(u'.') || maybeDomain.contains(u':')
            || hasUpper(maybeDomain)) {
            domain = maybeDomain == u"index.docker.io"_s ? QStringView(u"docker.io") : maybeDomain;
            remainder = s.mid(slash + 1);
        } else {
            domain = u"docker.io";
            remainder = s;
        }
        library = domain == u"docker.io"_s && !remainder.contains(u'/');
    }
    const qsizetype tagSep = remainder.indexOf(u':');
    const QStringView remoteName = tagSep < 0 ? remainder : remainder.left(tagSep);
    if (hasUpper(remoteName)) {
        return u"invalid reference format: repository name ("_s + (library ? u"library/"_s : QString()) + remoteName
            + u") must be lowercase"_s;
    }

    // Parse(domain + "/" + remainder) against ReferenceRegexp
    QVarLengthArray<QChar, 256> full;
    const auto add = [&full](QStringView part) { full.append(part.data(), part.size()); };
    add(domain);
    add(u"/");
    if (library)
        add(u"library/");
    add(remainder);
    QStringView rest(full.data(), full.size());
    QStringView digest;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        digest = rest.mid(at + 1);
        rest = rest.left(at);
        if (!digestMatches(digest))
            return u"invalid reference format"_s;
    }
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    const qsizetype lastColon = rest.lastIndexOf(u':');
    QStringView name = rest;
    if (lastColon > lastSlash) {
        if (!tagMatches(rest.mid(lastColon + 1)))
            return u"invalid reference format"_s;
        name = rest.left(lastColon);
    }
    if (!nameMatches(name))
        return u"invalid reference format"_s;
    if (name.size() > 255)
        return u"repository name must not be more than 255 characters"_s;
    if (!digest.isEmpty())
        return digestError(digest);
    return {};
}

} // namespace stagecraft::detail
