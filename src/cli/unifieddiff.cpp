#include "unifieddiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace stagecraft::cli {

namespace {

// Lines with their line breaks.
QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', at);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(at, end - at));
        at = end;
    }
    return lines;
}

enum class Op : char { Equal, Delete, Insert };

// Myers' shortest edit script between a[ab, ae) and b[bb, be); falls back to "replace all"
// when the difference is very large (bounded memory on pathological inputs).
void myers(const QStringList &a, qsizetype ab, qsizetype ae, const QStringList &b, qsizetype bb, qsizetype be,
           std::vector<Op> &out)
{
    const qsizetype n = ae - ab;
    const qsizetype m = be - bb;
    const qsizetype maxD = std::min<qsizetype>(n + m, 4000);
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(size_t(2 * offset + 2), 0);
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= maxD && found < 0; ++d) {
        trace.push_back(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[ab + x] == b[bb + y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        out.insert(out.end(), size_t(n), Op::Delete);
        out.insert(out.end(), size_t(m), Op::Insert);
        return;
    }
    std::vector<Op> script;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype> &pv = trace[size_t(d)];
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]);
        const qsizetype pk = down ? k + 1 : k - 1;
        const qsizetype px = pv[size_t(offset + pk)];
        const qsizetype py = px - pk;
        const qsizetype midX = down ? px : px + 1; // where the snake to (x, y) starts
        while (x > midX) {
            script.push_back(Op::Equal);
            --x;
            --y;
        }
        script.push_back(down ? Op::Insert : Op::Delete);
        x = px;
        y = py;
    }
    while (x > 0 && y > 0) {
        script.push_back(Op::Equal);
        --x;
        --y;
    }
    std::reverse(script.begin(), script.end());
    out.insert(out.end(), script.begin(), script.end());
}

QString hunkRange(qsizetype start, qsizetype count)
{
    if (count == 1)
        return QString::number(start + 1);
    return QString::number(count == 0 ? start : start + 1) + u',' + QString::number(count);
}

void appendLine(QString &out, QChar sign, const QString &line)
{
    out += sign;
    out += line;
    if (!line.endsWith(u'\n'))
        out += u"\n\\ No newline at end of file\n"_s;
}

} // namespace

QString unifiedDiff(const QString &before, const QString &after, const QString &oldLabel, const QString &newLabel, int context)
{
    if (before == after)
        return {};
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    std::vector<Op> ops(size_t(prefix), Op::Equal);
    myers(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, ops);
    ops.insert(ops.end(), size_t(suffix), Op::Equal);

    QString out = u"--- "_s + oldLabel + u"\n+++ "_s + newLabel + u'\n';
    // positions of each op in a and b
    std::vector<qsizetype> ai(ops.size() + 1), bi(ops.size() + 1);
    for (size_t i = 0; i < ops.size(); ++i) {
        ai[i + 1] = ai[i] + (ops[i] != Op::Insert ? 1 : 0);
        bi[i + 1] = bi[i] + (ops[i] != Op::Delete ? 1 : 0);
    }
    size_t i = 0;
    while (i < ops.size()) {
        while (i < ops.size() && ops[i] == Op::Equal)
            ++i;
        if (i == ops.size())
            break;
        const size_t begin = i > size_t(context) ? i - size_t(context) : 0;
        // extend while the next change is within 2 * context equal lines
        size_t end = i;
        for (;;) {
            while (end < ops.size() && ops[end] != Op::Equal)
                ++end;
            size_t equal = end;
            while (equal < ops.size() && ops[equal] == Op::Equal)
                ++equal;
            if (equal < ops.size() && equal - end <= size_t(2 * context)) {
                end = equal;
                continue;
            }
            end = std::min(ops.size(), end + size_t(context));
            break;
        }
        out += u"@@ -"_s + hunkRange(ai[begin], ai[end] - ai[begin]) + u" +"_s + hunkRange(bi[begin], bi[end] - bi[begin])
            + u" @@\n"_s;
        for (size_t k = begin; k < end; ++k) {
            switch (ops[k]) {
            case Op::Equal:
                appendLine(out, u' ', a[ai[k]]);
                break;
            case Op::Delete:
                appendLine(out, u'-', a[ai[k]]);
                break;
            case Op::Insert:
                appendLine(out, u'+', b[bi[k]]);
                break;
            }
        }
        i = end;
    }
    return out;
}

} // namespace stagecraft::cli
