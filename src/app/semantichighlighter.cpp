#include "semantichighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>
#include <QTextDocument>

#include <vector>

namespace stagecraft::app {

SemanticHighlighter::SemanticHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    updateFormats();
}

void SemanticHighlighter::updateFormats()
{
    const auto t = theme();
    const QColor function = QColor::fromRgba(t.textColor(KSyntaxHighlighting::Theme::Function));
    const QColor error = QColor::fromRgba(t.textColor(KSyntaxHighlighting::Theme::Error));
    m_stageName = QTextCharFormat();
    m_stageName.setForeground(function);
    m_stageName.setFontWeight(QFont::Bold);
    m_stageReference = QTextCharFormat();
    m_stageReference.setForeground(function);
    m_stageReference.setFontUnderline(true);
    m_stageReference.setUnderlineColor(function);
    m_unresolved = QTextCharFormat();
    m_unresolved.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unresolved.setUnderlineColor(error.isValid() ? error : QColor(Qt::red));
}

void SemanticHighlighter::setGraph(const StageGraph &graph, const SyntaxTree &tree)
{
    Q_UNUSED(tree)
    QTextDocument *doc = document();
    if (!doc)
        return;
    QHash<int, QList<Span>> spans;
    const auto add = [&](TextRange range, SemanticKind kind, int stage) {
        if (range.isEmpty())
            return;
        const QTextBlock block = doc->findBlock(int(range.begin));
        if (!block.isValid())
            return;
        const int start = int(range.begin) - block.position();
        const int length = int(qMin<qsizetype>(range.length(), block.length() - start));
        if (length > 0)
            spans[block.blockNumber()].append({start, length, kind, stage});
    };
    std::vector<TextRange> errors; // usually few among many warnings and notes
    for (const Diagnostic &d : graph.diagnostics) {
        if (d.severity == Severity::Error)
            errors.push_back(d.range);
    }
    const auto hasError = [&errors](TextRange range) {
        for (const TextRange &e : errors) {
            if (e.begin < range.end && range.begin < qMax(e.end, e.begin + 1))
                return true;
        }
        return false;
    };
    for (const Stage &stage : graph.stages) {
        add(stage.nameRange, SemanticKind::StageName, stage.index);
        for (const Dependency &d : stage.dependencies) {
            if (d.onbuild)
                continue; // the text stands in another stage (the ONBUILD's own)
            if (hasError(d.range))
                add(d.range, SemanticKind::Unresolved, d.stage);
            else if (d.stage >= 0)
                add(d.range, SemanticKind::StageReference, d.stage);
        }
    }
    QSet<int> changed;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        if (m_spans.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
        if (!spans.contains(it.key()))
            changed.insert(it.key());
    }
    m_spans = std::move(spans);
    for (int number : std::as_const(changed)) {
        const QTextBlock block = doc->findBlockByNumber(number);
        if (block.isValid())
            rehighlightBlock(block);
    }
}

void SemanticHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const auto it = m_spans.constFind(currentBlock().blockNumber());
    if (it == m_spans.cend())
        return;
    for (const Span &span : *it) {
        if (span.start + span.length > text.size() + 1)
            continue; // stale: the block changed since the graph was computed
        QTextCharFormat merged = format(span.start);
        const QTextCharFormat &extra = span.kind == SemanticKind::StageName        ? m_stageName
                                     : span.kind == SemanticKind::StageReference ? m_stageReference
                                                                                 : m_unresolved;
        merged.merge(extra);
        merged.setProperty(StageProperty, span.kind == SemanticKind::Unresolved ? QStringLiteral("unresolved")
                                                                                : QStringLiteral("stage:%1").arg(span.stage));
        setFormat(span.start, span.length, merged);
    }
}

} // namespace stagecraft::app
