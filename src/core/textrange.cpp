#include "textrange.h"

#include <algorithm>

namespace stagecraft {

LineIndex::LineIndex(QStringView text)
    : m_size(text.size())
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype newlines = 0;
    for (qsizetype i = 0; i < size; ++i) // counted first: one allocation, and the loop vectorises
        newlines += data[i] == u'\n';
    m_starts.reserve(size_t(newlines) + 1);
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == u'\n')
            m_starts.push_back(i + 1);
    }
}

LineColumn LineIndex::at(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_size);
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const auto line = int(it - m_starts.begin()); // 1-based because upper_bound skips start 0
    return {line, int(offset - m_starts[size_t(line - 1)]) + 1};
}

qsizetype LineIndex::lineStart(int line) const
{
    line = std::clamp(line, 1, lineCount());
    return m_starts[size_t(line - 1)];
}

} // namespace stagecraft
