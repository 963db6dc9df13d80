// The stage operations of the window — add, rename, rebase, mark role, duplicate, delete,
// move, set as build target, edit description — as QActions created in one place and shared
// by the Stage menu, the canvas's context menu and the inspector. Each computes a core edit
// operation and applies it to the Document as one undoable step; a refused operation says
// why and changes nothing.
#pragma once

#include "core/editoperations.h"
#include "core/stagegraph.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace stagecraft::app {

class Document;

class StageActions : public QObject
{
    Q_OBJECT
public:
    // `currentStage` returns the stage the actions apply to (the selection), or -1.
    StageActions(Document *document, QWidget *dialogParent, std::function<int()> currentStage);

    QAction *add = nullptr;
    QAction *rename = nullptr;
    QAction *rebase = nullptr;
    QAction *roleDev = nullptr;
    QAction *roleDebugging = nullptr;
    QAction *roleRuntime = nullptr;
    QAction *roleNone = nullptr;
    QAction *roleInferred = nullptr;
    QAction *duplicate = nullptr;
    QAction *remove = nullptr;
    QAction *moveUp = nullptr;
    QAction *moveDown = nullptr;
    QAction *setTarget = nullptr;
    QAction *describe = nullptr;

    // Fills a menu with the actions (the Stage menu and the context menus).
    void populate(QMenu *menu) const;
    // Enables what applies to the current stage.
    void updateEnabled();

    // The operations themselves, for inline editors and tests. Each returns whether the text
    // changed; a refusal is reported to the person (or into *error when given).
    bool renameTo(int stage, const QString &name, QString *error = nullptr);
    bool rebaseOnto(int stage, const QString &base, QString *error = nullptr);
    bool markRole(int stage, Role role, bool inferred, QString *error = nullptr);
    bool deleteStage(int stage, bool askFirst, QString *error = nullptr);
    bool moveTo(int stage, int index, QString *error = nullptr);
    bool describeAs(int stage, const QString &text, QString *error = nullptr);
    bool addNew(const QString &name, const QString &base, Role role, int after, QString *error = nullptr,
                const QString &copyFrom = {});
    bool duplicateStage(int stage, QString *error = nullptr);
    void makeTarget(int stage);

Q_SIGNALS:
    // Asks the canvas to open its inline name editor on a stage.
    void inlineRenameRequested(int stage);

private:
    bool apply(const EditResult &result, QString *error);
    void askRebase();
    void askDescription();
    void askAdd();

    Document *m_document;
    QWidget *m_parent;
    std::function<int()> m_currentStage;
};

} // namespace stagecraft::app
