#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stagecraft::app {

namespace {

QString plainText(QString text)
{
    // "&Save As…" -> "Save As…" ("&&" stays a literal "&").
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void addMenu(QTreeWidgetItem *group, const QMenu *menu, const QString &prefix)
{
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(group, action->menu(), prefix + plainText(action->text()) + QStringLiteral(" › "));
            continue;
        }
        const auto shortcuts = action->shortcuts();
        if (shortcuts.isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        auto *row = new QTreeWidgetItem(group, {prefix + plainText(action->text()), keys.join(QStringLiteral(", "))});
        row->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 620);
    m_filter->setObjectName(QStringLiteral("ShortcutFilter"));
    m_filter->setPlaceholderText(tr("Filter by action or key…"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("ShortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const auto topLevel = menus->actions();
    for (const QAction *menuAction : topLevel) {
        if (!menuAction->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {plainText(menuAction->text())});
        addMenu(group, menuAction->menu(), QString());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys that belong to no menu item.
    const auto addGroup = [this](const QString &title, const QList<std::pair<QString, QString>> &rows) {
        auto *group = new QTreeWidgetItem(m_list, {title});
        for (const auto &[action, keys] : rows)
            new QTreeWidgetItem(group, {action, keys});
    };
    addGroup(tr("Editor"), {
        {tr("Go to the stage a reference names"), tr("F12, Ctrl+Click")},
        {tr("Complete a stage name"), tr("Ctrl+Space")},
    });
    addGroup(tr("Stage graph"), {
        {tr("Select the nearest stage in a direction"), tr("Arrow keys")},
        {tr("Move the selected stages"), tr("Shift+Arrow keys")},
        {tr("Select the first / last stage"), tr("Home, End")},
        {tr("Edit the selected stage's text"), tr("Enter")},
        {tr("Rename the selected stage in place"), tr("F2")},
        {tr("Open the selected stage's menu"), tr("Menu, Shift+F10")},
        {tr("Clear the selection"), tr("Esc")},
        {tr("Zoom"), tr("Ctrl+Wheel")},
        {tr("Pan"), tr("Middle button drag")},
    });
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        group->setFirstColumnSpanned(true);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

void ShortcutsDialog::setFilter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *row = group->child(j);
            const bool match = text.isEmpty() || row->text(0).contains(text, Qt::CaseInsensitive)
                            || row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace stagecraft::app
