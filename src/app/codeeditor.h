// The Dockerfile text editor: a QPlainTextEdit with a line-number gutter and a highlighted
// current line. It edits the Document's QTextDocument; it owns no model state.
#pragma once

#include "explanations.h"

#include <QPlainTextEdit>

#include <QSet>

#include <functional>

class QAction;
class QCompleter;
class QMenu;
class QStringListModel;

namespace stagecraft::app {

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    int lineNumberAreaWidth() const;
    // Paints the gutter; called by the gutter widget.
    void paintLineNumbers(QPaintEvent *event);
    void setCurrentLineColor(const QColor &color);

    struct Marker {
        qsizetype begin = 0; // UTF-16 offsets in the document, half-open
        qsizetype end = 0;
        QColor color;
        QString message;
    };
    // Wavy underlines with a tooltip each (diagnostics). Replaces the previous markers.
    void setMarkers(QList<Marker> markers);
    // Moves the markers with an edit of the text (QTextDocument::contentsChange), so they
    // stay on their words until new ones are set.
    void followEdit(int position, int charsRemoved, int charsAdded);
    const QList<Marker> &markers() const { return m_markers; }

    // Foldable regions by 1-based line numbers: a stage, a heredoc, a long continuation.
    struct FoldRegion {
        int firstLine = 0; // stays visible
        int lastLine = 0;  // inclusive
        friend bool operator==(const FoldRegion &, const FoldRegion &) = default;
    };
    // Replaces the regions; regions folded before stay folded while their first line still
    // starts a region.
    void setFoldRegions(QList<FoldRegion> regions);
    const QList<FoldRegion> &foldRegions() const { return m_foldRegions; }
    // Folds or unfolds the region starting at a 1-based line; false when none starts there.
    bool toggleFold(int firstLine);
    bool isFolded(int firstLine) const { return m_folded.contains(firstLine); }
    void unfoldAll();

    // Completion: asked after each typed character with the cursor position; returns the
    // candidates and the prefix already typed, or an empty list for no completion.
    using CompletionProvider = std::function<QStringList(int position, QString *prefix)>;
    void setCompletionProvider(CompletionProvider provider) { m_completionProvider = std::move(provider); }
    QCompleter *completer() const { return m_completer; }

    // Explanations of what stands at a text position (an instruction keyword, a flag): the
    // tooltip shows the text after any diagnostics there; F1 at the cursor and the context
    // menu open its reference URL (QDesktopServices).
    using HelpProvider = std::function<Explanations::Help(int position)>;
    void setHelpProvider(HelpProvider provider) { m_helpProvider = std::move(provider); }
    Explanations::Help helpAt(int position) const { return m_helpProvider ? m_helpProvider(position) : Explanations::Help{}; }
    // Called before the context menu opens, with the menu and the text position it was opened
    // at (the mouse, or the cursor when opened from the keyboard): views add their actions.
    using ContextMenuExtender = std::function<void(QMenu *menu, int position)>;
    void setContextMenuExtender(ContextMenuExtender extender) { m_contextMenuExtender = std::move(extender); }

    // What a copy (or a drag) of the selection [from, to) carries: the document's characters,
    // where the editor shows some otherwise (a no-break space, a read-only file's stand-ins)
    // and QPlainTextEdit's own copy would change them.
    using CopyTextProvider = std::function<QString(int from, int to)>;
    void setCopyTextProvider(CopyTextProvider provider) { m_copyTextProvider = std::move(provider); }

    // Undo and redo go through the document's one history (its QUndoStack), not straight to
    // the QTextDocument: the editor's own shortcuts and context menu use these actions.
    void setUndoActions(QAction *undo, QAction *redo);

Q_SIGNALS:
    // Ctrl+click or F12 at a text position: go to the definition of what stands there.
    void definitionRequested(int position);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void applyFolding();
    void insertCompletion(const QString &completion);
    void maybeComplete();
public:
    // Handles a click in the gutter at a viewport y coordinate (folding markers).
    void gutterClicked(int y);
private:

    QWidget *m_gutter;
    QColor m_currentLineColor;
    QList<Marker> m_markers;
    QList<FoldRegion> m_foldRegions;
    QSet<int> m_folded; // first lines of folded regions
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    CompletionProvider m_completionProvider;
    HelpProvider m_helpProvider;
    ContextMenuExtender m_contextMenuExtender;
    CopyTextProvider m_copyTextProvider;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace stagecraft::app
