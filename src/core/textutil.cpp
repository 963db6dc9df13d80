#include "textutil.h"

#include "textutil_p.h"

namespace stagecraft {

namespace detail {

void releaseReferences(QArrayData *d, qsizetype count)
{
    // (count <= the block's reference count, an int) as QArrayData::deref(): ordered, and the
    // last reference frees the block
    if (count > 0 && d->ref_.fetchAndSubOrdered(int(count)) == int(count))
        QTypedArrayData<char16_t>::deallocate(d);
}

} // namespace detail

bool isGoSpace(char32_t c)
{
    switch (c) {
    case U'\t': case U'\n': case U'\v': case U'\f': case U'\r': case U' ':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

QStringView goTrimSpace(QStringView text)
{
    const qsizetype b = skipGoSpace(text, 0, text.size());
    return text.mid(b, trimGoSpaceEnd(text, b, text.size()) - b);
}

namespace {

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020.
bool isGoPrint(char32_t c)
{
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

void appendHex(QString &out, char32_t value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i)
        out += QLatin1Char(hex[(value >> (4 * i)) & 0xF]);
}

} // namespace

QString goQuote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // Go sees invalid UTF-8 here; QString already holds U+FFFD for such bytes
        }
        switch (c) {
        case U'"': out += u"\\\""; continue;
        case U'\\': out += u"\\\\"; continue;
        case U'\a': out += u"\\a"; continue;
        case U'\b': out += u"\\b"; continue;
        case U'\f': out += u"\\f"; continue;
        case U'\n': out += u"\\n"; continue;
        case U'\r': out += u"\\r"; continue;
        case U'\t': out += u"\\t"; continue;
        case U'\v': out += u"\\v"; continue;
        default: break;
        }
        if (isGoPrint(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c < 0x20 || c == 0x7F) {
            out += u"\\x";
            appendHex(out, c, 2);
        } else if (c < 0x10000) {
            out += u"\\u";
            appendHex(out, c, 4);
        } else {
            out += u"\\U";
            appendHex(out, c, 8);
        }
    }
    out += u'"';
    return out;
}

QString goQuoteList(const QStringList &list)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += u' ';
        out += goQuote(list[i]);
    }
    out += u']';
    return out;
}

} // namespace stagecraft
