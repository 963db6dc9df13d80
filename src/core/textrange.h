// Positions in Stagecraft are UTF-16 code-unit offsets into the document text (what QString
// and QTextDocument index), in half-open ranges [begin, end). Lines and columns are derived
// from offsets and are 1-based; a column counts UTF-16 code units from the line start, plus one.
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace stagecraft {

struct TextRange {
    qsizetype begin = 0;
    qsizetype end = 0;

    constexpr qsizetype length() const { return end - begin; }
    constexpr bool isEmpty() const { return end <= begin; }
    constexpr bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    constexpr bool touches(qsizetype offset) const { return offset >= begin && offset <= end; }
    friend constexpr bool operator==(const TextRange &, const TextRange &) = default;
};

struct LineColumn {
    int line = 1;   // 1-based
    int column = 1; // 1-based, in UTF-16 code units
    friend constexpr bool operator==(const LineColumn &, const LineColumn &) = default;
};

// Maps offsets to lines and back for one text. Build once per parse; lookups are O(log n).
// A line ends after "\n"; "\r\n" and a lone "\r" before "\n" belong to the line they end.
class LineIndex
{
public:
    LineIndex() = default;
    explicit LineIndex(QStringView text);

    // The index of `text` made from this one, of the text before an edit: its [from, oldTo)
    // became text[from, newTo), the rest is unchanged. Only the edited part is scanned, so a
    // keystroke in a large file costs a search and a shift of the later starts, not a scan of
    // the whole text.
    void replace(QStringView text, qsizetype from, qsizetype oldTo, qsizetype newTo);

    int lineCount() const { return int(m_starts.size()); }
    LineColumn at(qsizetype offset) const;
    int lineAt(qsizetype offset) const { return at(offset).line; }
    // Offset of the first character of a 1-based line; clamps to the valid range.
    qsizetype lineStart(int line) const
    {
        line = line < 1 ? 1 : (line > lineCount() ? lineCount() : line);
        return m_starts[size_t(line - 1)];
    }
    // The offsets of the lines' first characters, in order (the first is 0).
    const std::vector<qsizetype> &lineStarts() const { return m_starts; }

private:
    std::vector<qsizetype> m_starts{0};
    qsizetype m_size = 0;
};

} // namespace stagecraft
