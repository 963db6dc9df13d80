#include "stageactions.h"

#include "document.h"
#include "ui_addstagedialog.h"

#include "core/editoperations.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace stagecraft::app {

StageActions::StageActions(Document *document, QWidget *dialogParent, std::function<int()> currentStage)
    : QObject(dialogParent)
    , m_document(document)
    , m_parent(dialogParent)
    , m_currentStage(std::move(currentStage))
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    const auto current = [this] { return m_currentStage(); };
    add = make(tr("&Add Stage…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { askAdd(); });
    rename = make(tr("&Rename Stage"), QKeySequence(Qt::Key_F2), [this, current] {
        if (current() >= 0)
            Q_EMIT inlineRenameRequested(current());
    });
    rebase = make(tr("Re&base Stage…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), [this] { askRebase(); });
    roleDev = make(tr("Mark as &Dev"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1), [this, current] { markRole(current(), Role::Dev, false); });
    roleDebugging = make(tr("Mark as De&bugging"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
                         [this, current] { markRole(current(), Role::Debugging, false); });
    roleRuntime = make(tr("Mark as R&untime"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3),
                       [this, current] { markRole(current(), Role::Runtime, false); });
    roleNone = make(tr("Mark as &No Role"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0), [this, current] { markRole(current(), Role::None, false); });
    roleInferred = make(tr("&Infer Role from the Name"), {}, [this, current] { markRole(current(), Role::None, true); });
    duplicate = make(tr("D&uplicate Stage"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this, current] { duplicateStage(current()); });
    remove = make(tr("&Delete Stage…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this, current] { deleteStage(current(), true); });
    moveUp = make(tr("Move Stage &Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this, current] { moveTo(current(), current() - 1); });
    moveDown = make(tr("Move Stage Do&wn"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this, current] { moveTo(current(), current() + 1); });
    setTarget = make(tr("Set as Build &Target"), {}, [this, current] { makeTarget(current()); });
    describe = make(tr("Edit Des&cription…"), {}, [this] { askDescription(); });
    connect(m_document, &Document::graphChanged, this, &StageActions::updateEnabled);
    updateEnabled();
}

void StageActions::populate(QMenu *menu) const
{
    menu->addAction(add);
    menu->addSeparator();
    menu->addAction(rename);
    menu->addAction(rebase);
    menu->addAction(describe);
    QMenu *roles = menu->addMenu(tr("R&ole"));
    roles->addAction(roleDev);
    roles->addAction(roleDebugging);
    roles->addAction(roleRuntime);
    roles->addAction(roleNone);
    roles->addSeparator();
    roles->addAction(roleInferred);
    menu->addSeparator();
    menu->addAction(duplicate);
    menu->addAction(moveUp);
    menu->addAction(moveDown);
    menu->addAction(remove);
    menu->addSeparator();
    menu->addAction(setTarget);
}

void StageActions::updateEnabled()
{
    const int stage = m_currentStage ? m_currentStage() : -1;
    const int count = int(m_document->graph().stages.size());
    const bool has = stage >= 0 && stage < count;
    const bool writable = !m_document->isReadOnly();
    for (QAction *a : {rename, rebase, roleDev, roleDebugging, roleRuntime, roleNone, roleInferred, duplicate, remove, describe})
        a->setEnabled(has && writable);
    moveUp->setEnabled(has && writable && stage > 0);
    moveDown->setEnabled(has && writable && stage + 1 < count);
    setTarget->setEnabled(has && !m_document->graph().stages[size_t(stage)].name.isEmpty());
    add->setEnabled(writable);
}

bool StageActions::apply(const EditResult &result, QString *error)
{
    if (!result.ok) {
        if (error)
            *error = result.error;
        else
            QMessageBox::warning(m_parent, tr("Stagecraft"), result.error);
        return false;
    }
    return m_document->applyEdit(result);
}

bool StageActions::renameTo(int stage, const QString &name, QString *error)
{
    return apply(renameStage(m_document->tree(), m_document->graph(), stage, name.trimmed()), error);
}

bool StageActions::rebaseOnto(int stage, const QString &base, QString *error)
{
    return apply(rebaseStage(m_document->tree(), m_document->graph(), stage, base.trimmed()), error);
}

bool StageActions::markRole(int stage, Role role, bool inferred, QString *error)
{
    if (stage < 0)
        return false;
    return apply(setStageRole(m_document->tree(), m_document->graph(), stage, role, inferred), error);
}

bool StageActions::duplicateStage(int stage, QString *error)
{
    if (stage < 0)
        return false;
    return apply(stagecraft::duplicateStage(m_document->tree(), m_document->graph(), stage), error);
}

bool StageActions::deleteStage(int stage, bool askFirst, QString *error)
{
    if (stage < 0)
        return false;
    const EditResult result = stagecraft::deleteStage(m_document->tree(), m_document->graph(), stage);
    if (result.ok && askFirst && !result.dependents.isEmpty()) {
        const auto &s = m_document->graph().stages[size_t(stage)];
        QMessageBox box(QMessageBox::Warning, tr("Delete Stage"),
                        tr("%1 is used by %2. Deleting it leaves them referring to a stage that no longer exists.")
                            .arg(s.displayName(), result.dependents.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, m_parent);
        QPushButton *anyway = box.addButton(tr("Delete Anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return false;
    }
    return apply(result, error);
}

bool StageActions::moveTo(int stage, int index, QString *error)
{
    if (stage < 0)
        return false;
    return apply(moveStage(m_document->tree(), m_document->graph(), stage, index), error);
}

bool StageActions::describeAs(int stage, const QString &text, QString *error)
{
    return apply(describeStage(m_document->tree(), m_document->graph(), stage, text.trimmed()), error);
}

bool StageActions::addNew(const QString &name, const QString &base, Role role, int after, QString *error,
                          const QString &copyFrom)
{
    return apply(addStage(m_document->tree(), m_document->graph(), name.trimmed(), base.trimmed(), role, after, copyFrom),
                 error);
}

void StageActions::makeTarget(int stage)
{
    const auto &stages = m_document->graph().stages;
    if (stage < 0 || size_t(stage) >= stages.size() || stages[size_t(stage)].name.isEmpty())
        return;
    AnalysisOptions options = m_document->analysisOptions();
    options.target = stages[size_t(stage)].name;
    m_document->setAnalysisOptions(options);
}

void StageActions::askRebase()
{
    const int stage = m_currentStage();
    if (stage < 0)
        return;
    const StageGraph &graph = m_document->graph();
    QStringList choices;
    for (const Stage &s : graph.stages) {
        if (s.index != stage && !s.name.isEmpty())
            choices << s.name;
    }
    for (const Stage &s : graph.stages) {
        if (s.baseStage < 0 && !s.baseText.isEmpty() && !choices.contains(s.baseText))
            choices << s.baseText;
    }
    const QString current = graph.stages[size_t(stage)].baseText;
    bool ok = false;
    const QString base = QInputDialog::getItem(m_parent, tr("Rebase Stage"),
                                               tr("New base of %1 (an earlier stage or an image):").arg(graph.stages[size_t(stage)].displayName()),
                                               choices, qMax(0, int(choices.indexOf(current))), true, &ok);
    if (ok && !base.isEmpty() && base != current)
        rebaseOnto(stage, base);
}

void StageActions::askDescription()
{
    const int stage = m_currentStage();
    if (stage < 0)
        return;
    const Stage &s = m_document->graph().stages[size_t(stage)];
    bool ok = false;
    const QString text = QInputDialog::getText(m_parent, tr("Edit Description"),
                                               tr("What %1 is for (written as the comment “# %2 …” above its FROM):")
                                                   .arg(s.displayName(), s.name),
                                               QLineEdit::Normal, s.description, &ok);
    if (ok && text != s.description)
        describeAs(stage, text);
}

void StageActions::askAdd()
{
    QDialog dialog(m_parent);
    Ui::AddStageDialog ui;
    ui.setupUi(&dialog);
    const StageGraph &graph = m_document->graph();
    const int current = m_currentStage();
    for (const Stage &s : graph.stages) {
        if (!s.name.isEmpty())
            ui.base->addItem(s.name);
    }
    ui.base->setEditText(current >= 0 && !graph.stages[size_t(current)].name.isEmpty() ? graph.stages[size_t(current)].name
                                                                                        : QStringLiteral("alpine:3.20"));
    ui.role->addItem(tr("None"), int(Role::None));
    ui.role->addItem(tr("Dev"), int(Role::Dev));
    ui.role->addItem(tr("Debugging"), int(Role::Debugging));
    ui.role->addItem(tr("Runtime"), int(Role::Runtime));
    ui.after->addItem(tr("The end of the file"), -1);
    for (const Stage &s : graph.stages)
        ui.after->addItem(s.displayName(), s.index);
    if (current >= 0)
        ui.after->setCurrentIndex(current + 1);
    connect(ui.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        if (addNew(ui.name->text(), ui.base->currentText(), Role(ui.role->currentData().toInt()), ui.after->currentData().toInt(), &error))
            dialog.accept();
        else
            ui.message->setText(error);
    });
    dialog.exec();
}

} // namespace stagecraft::app
