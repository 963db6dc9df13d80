#include "codeeditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

#include <memory>
#include <QScrollBar>
#include <QStringListModel>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace stagecraft::app {

namespace {

class LineNumberGutter : public QWidget
{
public:
    explicit LineNumberGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAccessibleName(CodeEditor::tr("Line numbers"));
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }
    void mousePressEvent(QMouseEvent *event) override { m_editor->gutterClicked(event->pos().y()); }

private:
    CodeEditor *m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberGutter(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CodeEditor::insertCompletion);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setAccessibleName(tr("Dockerfile editor"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    updateGutterWidth();
    updateExtraSelections();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 20 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits; // 14 px for fold markers
}

void CodeEditor::setCurrentLineColor(const QColor &color)
{
    m_currentLineColor = color;
    updateExtraSelections();
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
        updateGutterWidth();
    }
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    QColor color = m_currentLineColor.isValid() ? m_currentLineColor : palette().color(QPalette::AlternateBase);
    line.format.setBackground(color);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    const int size = document()->characterCount();
    for (const Marker &marker : std::as_const(m_markers)) {
        QTextEdit::ExtraSelection underline;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(marker.color);
        underline.cursor = QTextCursor(document());
        const int begin = int(qBound(qsizetype(0), marker.begin, qsizetype(size - 1)));
        int end = int(qBound(qsizetype(0), marker.end, qsizetype(size - 1)));
        if (end <= begin) {
            // An empty range marks the rest of its line, or the character before.
            QTextBlock block = document()->findBlock(begin);
            end = block.position() + block.length() - 1;
        }
        underline.cursor.setPosition(begin);
        underline.cursor.setPosition(qMax(end, begin), QTextCursor::KeepAnchor);
        selections.append(underline);
    }
    setExtraSelections(selections);
}

void CodeEditor::setFoldRegions(QList<FoldRegion> regions)
{
    if (regions == m_foldRegions)
        return;
    m_foldRegions = std::move(regions);
    QSet<int> starts;
    for (const FoldRegion &region : std::as_const(m_foldRegions))
        starts.insert(region.firstLine);
    m_folded.intersect(starts);
    applyFolding();
}

bool CodeEditor::toggleFold(int firstLine)
{
    for (const FoldRegion &region : std::as_const(m_foldRegions)) {
        if (region.firstLine != firstLine)
            continue;
        if (!m_folded.remove(firstLine))
            m_folded.insert(firstLine);
        applyFolding();
        return true;
    }
    return false;
}

void CodeEditor::unfoldAll()
{
    m_folded.clear();
    applyFolding();
}

void CodeEditor::applyFolding()
{
    QSet<int> hidden; // 0-based block numbers
    for (const FoldRegion &region : std::as_const(m_foldRegions)) {
        if (!m_folded.contains(region.firstLine))
            continue;
        for (int line = region.firstLine + 1; line <= region.lastLine; ++line)
            hidden.insert(line - 1);
    }
    bool changed = false;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        const bool visible = !hidden.contains(block.blockNumber());
        if (block.isVisible() != visible) {
            block.setVisible(visible);
            block.setLineCount(visible ? qMax(1, block.layout()->lineCount()) : 0);
            changed = true;
        }
    }
    if (changed) {
        // The cursor never rests in hidden text.
        QTextBlock current = textCursor().block();
        while (current.isValid() && !current.isVisible())
            current = current.previous();
        if (current.isValid() && current != textCursor().block()) {
            QTextCursor cursor(current);
            setTextCursor(cursor);
        }
        document()->markContentsDirty(0, document()->characterCount());
        viewport()->update();
        m_gutter->update();
    }
}

void CodeEditor::gutterClicked(int y)
{
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && y >= top && y < bottom) {
            toggleFold(block.blockNumber() + 1);
            return;
        }
        block = block.next();
        top = bottom;
    }
}

QMimeData *CodeEditor::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    if (!m_copyTextProvider || !cursor.hasSelection())
        return QPlainTextEdit::createMimeDataFromSelection();
    auto *data = new QMimeData;
    data->setText(m_copyTextProvider(cursor.selectionStart(), cursor.selectionEnd()));
    return data;
}

void CodeEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int typed = m_completer->completionPrefix().size();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void CodeEditor::maybeComplete()
{
    if (!m_completionProvider || isReadOnly()) // (a completion inserts through a cursor, which read-only does not stop)
        return;
    QString prefix;
    const QStringList candidates = m_completionProvider(textCursor().position(), &prefix);
    if (candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completionModel->setStringList(candidates);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles these
            return;
        default:
            break;
        }
    }
    if (m_undoAction && (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))) {
        (event->matches(QKeySequence::Undo) ? m_undoAction : m_redoAction)->trigger();
        return;
    }
    if (event->key() == Qt::Key_F1 && event->modifiers() == Qt::NoModifier) {
        const Explanations::Help help = helpAt(textCursor().position());
        if (help.url.isValid())
            QDesktopServices::openUrl(help.url);
        return;
    }
    if (event->key() == Qt::Key_F12) {
        Q_EMIT definitionRequested(textCursor().position());
        return;
    }
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        maybeComplete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (!typed.isEmpty() && (typed.at(0).isPrint() || event->key() == Qt::Key_Backspace))
        maybeComplete();
    else if (m_completer->popup()->isVisible() && event->key() != Qt::Key_Shift)
        m_completer->popup()->hide();
}

void CodeEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::ControlModifier) {
        const int position = cursorForPosition(event->pos()).position();
        Q_EMIT definitionRequested(position);
        event->accept();
        return;
    }
    QPlainTextEdit::mousePressEvent(event);
}

void CodeEditor::setMarkers(QList<Marker> markers)
{
    m_markers = std::move(markers);
    updateExtraSelections();
}

void CodeEditor::followEdit(int position, int charsRemoved, int charsAdded)
{
    if (m_markers.isEmpty())
        return;
    // Text typed right at a marker's end does not join it; text typed at its start moves it.
    const auto moved = [=](qsizetype offset, bool isEnd) -> qsizetype {
        if (offset > position + charsRemoved || (offset == position + charsRemoved && !(isEnd && offset == position)))
            return offset + charsAdded - charsRemoved;
        return offset > position ? position : offset; // inside the removed text: to its start
    };
    for (Marker &marker : m_markers) {
        marker.begin = moved(marker.begin, false);
        marker.end = moved(marker.end, true);
    }
    updateExtraSelections();
}

void CodeEditor::setUndoActions(QAction *undo, QAction *redo)
{
    m_undoAction = undo;
    m_redoAction = redo;
}

void CodeEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu());
    if (m_undoAction && m_redoAction) {
        // Replace the text-only undo entries with the document's shared history.
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->objectName() == u"edit-undo" || action->objectName() == u"edit-redo")
                menu->removeAction(action);
        }
        QAction *first = menu->actions().value(0);
        menu->insertAction(first, m_undoAction);
        menu->insertAction(first, m_redoAction);
    }
    // Opened by the mouse: what is under it; from the keyboard: what is at the cursor.
    const int position = event->reason() == QContextMenuEvent::Mouse ? cursorForPosition(event->pos()).position()
                                                                     : textCursor().position();
    if (const Explanations::Help help = helpAt(position); help.url.isValid()) {
        menu->addSeparator();
        const QUrl url = help.url;
        menu->addAction(tr("Dockerfile Reference: %1").arg(help.topic), this, [url] { QDesktopServices::openUrl(url); })
            ->setObjectName(QStringLiteral("DockerfileReference"));
    }
    if (m_contextMenuExtender)
        m_contextMenuExtender(menu.get(), position);
    menu->exec(event->globalPos());
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_undoAction) {
        // Let the window's Undo/Redo actions take these keys instead of QPlainTextEdit.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(viewport()->mapFromParent(help->pos())).position();
        QStringList messages;
        for (const Marker &marker : std::as_const(m_markers)) {
            const qsizetype end = marker.end > marker.begin ? marker.end : marker.begin + 1;
            if (position >= marker.begin && position <= end)
                messages << marker.message;
        }
        const Explanations::Help explanation = helpAt(position);
        if (messages.isEmpty() && explanation.isEmpty()) {
            QToolTip::hideText();
        } else if (explanation.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
        } else {
            // Rich text: the diagnostics first, then what the keyword does.
            QString text;
            for (const QString &message : std::as_const(messages))
                text += message.toHtmlEscaped() + QStringLiteral("<br>");
            if (!messages.isEmpty())
                text += QStringLiteral("<hr>");
            QToolTip::showText(help->globalPos(),
                               Explanations::wideToolTip(text + explanation.text, QFontMetrics(QToolTip::font()).averageCharWidth() * 56),
                               this);
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == current ? palette().color(QPalette::Text)
                                                          : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 18, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
            const int line = block.blockNumber() + 1;
            for (const FoldRegion &region : std::as_const(m_foldRegions)) {
                if (region.firstLine != line)
                    continue;
                // A triangle: pointing right when folded, down when open.
                const qreal h = fontMetrics().height();
                const QPointF c(m_gutter->width() - 9, top + h / 2);
                QPolygonF triangle;
                if (m_folded.contains(line))
                    triangle << c + QPointF(-3, -4) << c + QPointF(3, 0) << c + QPointF(-3, 4);
                else
                    triangle << c + QPointF(-4, -2) << c + QPointF(4, -2) << c + QPointF(0, 3);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(palette().color(QPalette::PlaceholderText));
                painter.drawPolygon(triangle);
                break;
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace stagecraft::app
