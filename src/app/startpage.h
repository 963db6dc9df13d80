// The start page: what the window shows when no document is open (at a start without a
// file, after File > Close). It offers Open, a new empty file, the recent files, a new file
// from each template (with its one-line description) and the guided tour. It only asks:
// the main window does the work, through the signals.
#pragma once

#include <QScrollArea>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace stagecraft::app {

class StartPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Replaces the recent files shown (most recent first; at most maxRecentFiles appear).
    void setRecentFiles(const QStringList &paths);
    static constexpr int maxRecentFiles = 8;

Q_SIGNALS:
    void openRequested();
    void newRequested();
    void recentFileRequested(const QString &path);
    void templateRequested(const QString &name); // Template::name
    void tourRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QVBoxLayout *m_recentLayout;
    QLabel *m_noRecent;
    QList<QLabel *> m_headings;
};

} // namespace stagecraft::app
