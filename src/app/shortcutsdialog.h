// Help → Keyboard Shortcuts: every shortcut of the window, read from its menus (so the list
// is never out of date), plus the keys of the editor and the stage graph that belong to no
// menu item. A filter field narrows the list.
#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace stagecraft::app {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }
    // Shows only the rows whose action or keys contain `text` (case-insensitive).
    void setFilter(const QString &text);

private:
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace stagecraft::app
