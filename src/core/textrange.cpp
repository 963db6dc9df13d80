#include "textrange.h"

#include <algorithm>

namespace stagecraft {

LineIndex::LineIndex(QStringView text)
    : m_size(text.size())
{
    // indexOf() scans with SIMD; lines are short, so reserve for a short typical length (28
    // characters in the benchmark's files): growing copies the array at the end
    m_starts.reserve(size_t(text.size() / 20) + 1);
    for (qsizetype nl = text.indexOf(u'\n'); nl >= 0; nl = text.indexOf(u'\n', nl + 1))
        m_starts.push_back(nl + 1);
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
