// Inline fast paths for the hot loops of the parser and the analysis. Each helper gives
// exactly the answer of its textutil.h counterpart; only the common ASCII case is cheaper.
// Internal to core.
#pragma once

#include "textutil.h"

#include <QString>
#include <QStringView>
#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace stagecraft::detail {

// isGoSpace() without a call for ASCII.
inline bool goSpace(QChar c)
{
    return isGoSpaceInline(c.unicode());
}

inline char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

// QString::toLower() of `s` equals `lower` (an ASCII lowercase literal), without a copy
// unless `s` holds a non-ASCII character. toLower() maps an ASCII character to one ASCII
// character, so a mismatch within the leading ASCII characters decides.
inline bool lowerEquals(QStringView s, QStringView lower)
{
    for (qsizetype k = 0; k < s.size(); ++k) {
        const char16_t c = s[k].unicode();
        if (c >= 0x80)
            return s.toString().toLower() == lower;
        if (k >= lower.size() || asciiLower(c) != lower[k].unicode())
            return false;
    }
    return s.size() == lower.size();
}

// s.compare(lower, Qt::CaseInsensitive) == 0 for an ASCII lowercase `lower`, without a call
// unless `s` holds a non-ASCII character: case folding maps each ASCII character to one, so
// a mismatch within the leading ASCII characters decides.
inline bool equalsIgnoringCase(QStringView s, QStringView lower)
{
    for (qsizetype k = 0; k < s.size(); ++k) {
        const char16_t c = s[k].unicode();
        if (c >= 0x80)
            return s.compare(lower, Qt::CaseInsensitive) == 0;
        if (k >= lower.size() || asciiLower(c) != lower[k].unicode())
            return false;
    }
    return s.size() == lower.size();
}

// The end of the run of printable ASCII characters ('!' to DEL) other than the `stops` that
// starts at d[i], at most `end`: characters a word takes as they are, and never blanks.
// Scanners call it for the bulk of a word and look at the character it stops at themselves.
template<typename... Stops>
inline qsizetype printableRunEnd(const QChar *d, qsizetype i, qsizetype end, Stops... stops)
{
#ifdef __SSE2__
    // eight units at a time: u - '!' <= 0x5E (unsigned) for each printable one
    const __m128i bang = _mm_set1_epi16(u'!');
    const __m128i span = _mm_set1_epi16(0x5E);
    for (; i + 8 <= end; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i over = _mm_subs_epu16(_mm_sub_epi16(units, bang), span); // 0 when printable
        __m128i taken = _mm_cmpeq_epi16(over, _mm_setzero_si128());
        ((taken = _mm_andnot_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16(short(stops))), taken)), ...);
        const unsigned other = ~unsigned(_mm_movemask_epi8(taken)) & 0xFFFFu;
        if (other)
            return i + std::countr_zero(other) / 2;
    }
#endif
    for (; i < end; ++i) {
        const char16_t u = d[i].unicode();
        if (char16_t(u - u'!') >= char16_t(0x5F) || ((u == char16_t(stops)) || ...))
            break;
    }
    return i;
}

// s.indexOf(c, from) for from >= 0, inline: the strings of a line are short, and a call to
// Qt's search costs more in set-up than it scans. Eight units at a time.
inline qsizetype indexOfUnit(QStringView s, char16_t c, qsizetype from = 0)
{
    const QChar *d = s.data();
    const qsizetype n = s.size();
    qsizetype i = from;
#ifdef __SSE2__
    const __m128i needle = _mm_set1_epi16(short(c));
    for (; i + 8 <= n; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(units, needle)));
        if (mask)
            return i + std::countr_zero(mask) / 2;
    }
#endif
    for (; i < n; ++i) {
        if (d[i].unicode() == c)
            return i;
    }
    return -1;
}

// The first of d[i, end) that is one of `units`, or `end`: for scanners whose text is mostly
// other characters (a --mount value's fields between their ',' and '='). Eight units at a time.
template<typename... Units>
inline qsizetype firstOfUnits(const QChar *d, qsizetype i, qsizetype end, Units... units)
{
#ifdef __SSE2__
    for (; i + 8 <= end; i += 8) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        __m128i hit = _mm_setzero_si128();
        ((hit = _mm_or_si128(hit, _mm_cmpeq_epi16(block, _mm_set1_epi16(short(units))))), ...);
        const unsigned mask = unsigned(_mm_movemask_epi8(hit));
        if (mask)
            return i + std::countr_zero(mask) / 2;
    }
#endif
    for (; i < end; ++i) {
        const char16_t u = d[i].unicode();
        if (((u == char16_t(units)) || ...))
            break;
    }
    return i;
}

// References to a string's block taken in bulk, for sharedSlice() on this thread. A reference
// count is an atomic operation, and a lock-prefixed instruction costs about as much as
// building a small value (docs/BENCHMARKS.md, "Reference pass"): a full parse makes a slice
// for every value, so BulkReferences takes the references of many slices with one atomic
// addition and gives back what is left with one subtraction.
struct ReferenceBudget {
    QArrayData *d = nullptr;
    qsizetype left = 0;
};
inline thread_local ReferenceBudget referenceBudgets[2];

// One reference to `d` from this thread's budgets, if they hold one.
inline bool takeBudgetedReference(QArrayData *d)
{
    for (ReferenceBudget &b : referenceBudgets) {
        if (b.d == d && b.left > 0) {
            --b.left;
            return true;
        }
    }
    return false;
}

// Gives `count` references to a string's block back at once, freeing the block when they
// were the last (as `count` QString destructors would).
void releaseReferences(QArrayData *d, qsizetype count);

// Holds this thread's budgets while it lives (a parse): reserve() takes `count` references to
// the block of `owner` at once for a slot, giving back what was left of the slot's earlier
// block; the destructor gives back all that is left and restores the budgets it found.
class BulkReferences
{
public:
    // A parse keeps one budget for the text and one for its current block of joined lines.
    enum Slot { TextSlot = 0, JoinedLinesSlot = 1 };

    BulkReferences()
    {
        for (int i = 0; i < 2; ++i) {
            m_saved[i] = referenceBudgets[i];
            referenceBudgets[i] = {};
        }
    }
    ~BulkReferences()
    {
        for (int i = 0; i < 2; ++i) {
            giveBack(referenceBudgets[i]);
            referenceBudgets[i] = m_saved[i];
        }
    }
    BulkReferences(const BulkReferences &) = delete;
    BulkReferences &operator=(const BulkReferences &) = delete;

    void reserve(Slot slot, const QString &owner, qsizetype count)
    {
        ReferenceBudget &b = referenceBudgets[slot];
        giveBack(b);
        QArrayData *d = owner.data_ptr().d;
        if (!d || count <= 0)
            return;
        count = std::min<qsizetype>(count, 1 << 24); // far from the counter's limit
        d->ref_.fetchAndAddRelaxed(int(count)); // the owner holds one: the block lives on
        b = {d, count};
    }

private:
    static void giveBack(ReferenceBudget &b)
    {
        if (b.d && b.left > 0)
            releaseReferences(b.d, b.left);
        b = {};
    }
    ReferenceBudget m_saved[2];
};

// Empties `s`, giving its reference back to this thread's budget when it holds one for the
// block (else as QString's destructor does): for a temporary a parse splits into slices.
inline void recycleReference(QString &s)
{
    QString::DataPointer &p = s.data_ptr();
    if (!p.d)
        return;
    for (ReferenceBudget &b : referenceBudgets) {
        if (b.d == p.d) {
            ++b.left;
            p.d = nullptr;
            p.ptr = nullptr;
            p.size = 0;
            return;
        }
    }
    s = QString();
}

// owner[pos, pos + len) as a QString that shares owner's buffer: no allocation, no copy,
// only a reference count (from a BulkReferences budget when there is one). Used for the values
// the parser cuts out of an instruction's own logical line (Instruction::original), so an
// instruction's strings cost one allocation together. The slice keeps the whole buffer alive
// (an instruction's line: small) and is not followed by a '\0' in memory (QString never needs
// that: every use goes by size(); writing to the string detaches or, when it is the last
// owner, reuses the buffer as Qt does). Static data (a literal) and empty slices give the
// same string a copy would.
inline QString sharedSlice(const QString &owner, qsizetype pos, qsizetype len)
{
    const QString::DataPointer &src = owner.data_ptr();
    if (len <= 0 || !src.isMutable())
        return QStringView(owner).mid(pos, len).toString();
    if (!takeBudgetedReference(src.d))
        src.d->ref();
    // adopts the reference just taken
    return QString(QString::DataPointer(src.d, src.ptr + pos, len));
}

// a == b, inline: the strings compared are short names, and Qt's comparison is a call.
inline bool sameUnits(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) == 0;
}

// A copy of `s`: the same block, its reference taken from this thread's budget when there is
// one for the block (BulkReferences), else as QString's copy takes it (one atomic operation).
inline QString sharedCopy(const QString &s)
{
    const QString::DataPointer &src = s.data_ptr();
    if (!src.d || !takeBudgetedReference(src.d))
        return s;
    return QString(QString::DataPointer(src.d, src.ptr, src.size)); // adopts the reference
}

// Gives back the references a set of strings holds, one atomic operation for each block the
// strings share instead of one for each string, and leaves each string without a block (its
// destructor then does nothing). For a tree's values before it is destroyed: they share the
// text's block and a few blocks of joined lines, so four blocks at a time are counted.
class ReferenceRelease
{
public:
    ReferenceRelease() = default;
    ReferenceRelease(const ReferenceRelease &) = delete;
    ReferenceRelease &operator=(const ReferenceRelease &) = delete;
    ~ReferenceRelease()
    {
        for (Run &r : m_runs)
            flush(r);
    }

    void add(QString &s)
    {
        QString::DataPointer &p = s.data_ptr();
        if (!p.d)
            return;
        Run *run = nullptr;
        for (Run &r : m_runs) {
            if (r.d == p.d) {
                run = &r;
                break;
            }
        }
        if (!run) {
            run = &m_runs[m_next];
            m_next = (m_next + 1) % 4;
            flush(*run);
            run->d = p.d;
        }
        ++run->count;
        p.d = nullptr; // (its characters are not read again: the string is being destroyed)
    }

private:
    struct Run {
        QArrayData *d = nullptr;
        qsizetype count = 0;
    };
    static void flush(Run &r)
    {
        if (r.count > 0)
            releaseReferences(r.d, r.count);
        r = {};
    }
    Run m_runs[4];
    int m_next = 0;
};

// No uppercase ASCII letter and no non-ASCII character: toLower() gives the same characters.
inline bool isPlainLowercase(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z'))
            return false;
    }
    return true;
}

// s.toLower(), sharing s (no copy) when it holds no uppercase ASCII letter and no
// non-ASCII character (then toLower() would give the same characters).
inline QString lowerShared(const QString &s)
{
    return isPlainLowercase(s) ? sharedCopy(s) : s.toLower();
}

// The word being built by a quote- and escape-removing lexer loop. A word is usually a
// verbatim slice of the source; characters are only copied once it stops being one (a
// quote or an escape removed), so the common case costs one allocation per word.
class SliceWord
{
public:
    explicit SliceWord(QStringView source)
        : m_src(source) { }
    // `owner` holds exactly the characters of `source`: a word that is a slice of it shares
    // its buffer (sharedSlice) instead of being copied.
    SliceWord(QStringView source, const QString *owner)
        : m_src(source), m_owner(owner) { }

    // Appends source[pos].
    void appendAt(qsizetype pos)
    {
        if (!m_copied) {
            if (m_end == m_begin) {
                m_begin = pos;
                m_end = pos + 1;
                return;
            }
            if (pos == m_end) {
                ++m_end;
                return;
            }
            materialize();
        }
        m_buf += m_src[pos];
    }
    // Appends source[begin, end).
    void appendRange(qsizetype begin, qsizetype end)
    {
        if (begin >= end)
            return;
        if (!m_copied) {
            if (m_end == m_begin) {
                m_begin = begin;
                m_end = end;
                return;
            }
            if (begin == m_end) {
                m_end = end;
                return;
            }
            materialize();
        }
        m_buf += m_src.mid(begin, end - begin);
    }
    // Appends a character that need not come from the source.
    void append(QChar c)
    {
        if (!m_copied)
            materialize();
        m_buf += c;
    }
    bool isEmpty() const { return m_copied ? m_buf.isEmpty() : m_end == m_begin; }
    bool isSlice() const { return !m_copied; } // view() points into the source
    QStringView view() const { return m_copied ? QStringView(m_buf) : m_src.mid(m_begin, m_end - m_begin); }
    QString toString() const
    {
        if (m_copied)
            return m_buf;
        if (m_owner)
            return sharedSlice(*m_owner, m_begin, m_end - m_begin);
        return view().toString();
    }
    void clear()
    {
        m_begin = m_end = 0;
        m_copied = false;
        m_buf.clear();
    }

private:
    void materialize()
    {
        m_buf = m_src.mid(m_begin, m_end - m_begin).toString();
        m_copied = true;
    }

    QStringView m_src;
    const QString *m_owner = nullptr;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    bool m_copied = false;
    QString m_buf;
};

// Hands a vector's buffer back to what a thread keeps between parses or analyses (the
// parser's per-instruction vectors, a tree's arrays, the analysis's working arrays): emptied
// first, so that no value of the run, which may share its text, outlives it there, and not
// kept when a very large input grew it past 64 KB (the caller's vector then still owns it).
template<typename T>
void keepBuffer(std::vector<T> &kept, std::vector<T> &used)
{
    used.clear();
    if (used.capacity() * sizeof(T) <= 64 * 1024)
        kept = std::move(used);
}

// This thread's one `Buffers`: where the runs of one kind (parses, analyses) keep the
// buffers of their vectors for the next (keepBuffer, takeBuffer).
template<typename Buffers>
Buffers &threadKept()
{
    thread_local Buffers kept;
    return kept;
}

// The buffer a thread kept (keepBuffer), empty, for a new run's vector; `kept` is left
// without one.
template<typename T>
void takeBuffer(std::vector<T> &array, std::vector<T> &kept)
{
    array = std::move(kept);
    kept = {};
}

} // namespace stagecraft::detail
