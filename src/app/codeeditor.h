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

    struct Marker {
        qsizetype begin = 0; // UTF-16 offsets in the document, half-open
        qsizetype end = 0;
        QColor color;
        QString message;
    };
    // Wavy underlines with a tooltip each (diagnostics). Replaces the previous markers.
    void setMarkers(QList<Marker> markers);
    const QList<Marker> &markers() const { return m_markers; }

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();

    QWidget *m_gutter;
    QColor m_currentLineColor;
    QList<Marker> m_markers;
};

} // namespace stagecraft::app
