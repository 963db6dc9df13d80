// The Dockerfile text editor: a QPlainTextEdit with a line-number gutter and a highlighted
// current line. It edits the Document's QTextDocument; it owns no model state.
#pragma once

#include <QPlainTextEdit>

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

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();

    QWidget *m_gutter;
    QColor m_currentLineColor;
};

} // namespace stagecraft::app
