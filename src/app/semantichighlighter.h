// KSyntaxHighlighting's highlighter with Stagecraft's semantic layer on top: from the core's
// stage graph it marks every stage name and every reference that binds to a stage with one
// format, and references that bind to nothing valid (a later stage, an out-of-range index)
// with another. The grammar alone cannot tell `FROM dev` (a stage) from `FROM debian` (an image).
#pragma once

#include "core/stagegraph.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHash>
#include <QTextCharFormat>

namespace stagecraft::app {

enum class SemanticKind { StageName, StageReference, Unresolved };

class SemanticHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    // The QTextFormat property on semantic ranges: "stage:<index>" for a stage name or a
    // reference that binds to it, "unresolved" for a reference BuildKit rejects.
    static constexpr int StageProperty = QTextFormat::UserProperty + 1;

    explicit SemanticHighlighter(QTextDocument *document);

    // Takes the ranges of a new graph and re-highlights only the blocks whose ranges changed
    // (and the block being edited, which Qt highlighted against the previous graph).
    void setGraph(const StageGraph &graph, const SyntaxTree &tree);
    // Re-derives the semantic formats from the current theme.
    void updateFormats();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span {
        int start;  // within the block
        int length;
        SemanticKind kind;
        int stage;
        friend bool operator==(const Span &, const Span &) = default;
    };
    QHash<int, QList<Span>> m_spans; // block number -> spans
    QTextCharFormat m_stageName, m_stageReference, m_unresolved;
};

} // namespace stagecraft::app
