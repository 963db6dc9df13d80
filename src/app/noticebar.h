// A notice across the top of the editor and the canvas for a state that lasts as long as the
// document does (a file opened read-only, and why): word-wrapped so that the whole sentence,
// with its place in the file, stays readable at any window width, unlike a status bar message,
// which is cut at the bar's edge and replaced by the next one. Hidden while there is nothing
// to say.
#pragma once

#include <QWidget>

class QLabel;

namespace stagecraft::app {

class NoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows `text` (plain text), or hides the bar when it is empty.
    void setNotice(const QString &text);
    QString notice() const;
    QLabel *label() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace stagecraft::app
