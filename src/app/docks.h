// The side panels of the main window. Each follows the Document (graphChanged) and reports
// what a person picks; none of them owns model state.
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace stagecraft::app {

class Document;
class StageActions;

// Every finding of the document (Document::findings()); activating one asks to jump to its
// range. The Quick Fix button and the context menu apply the selected finding's fix as one
// undoable edit; the button is disabled (its tooltip says why) when there is none.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT
public:
    ProblemsDock(Document *document, QWidget *parent = nullptr);
    QTreeWidget *view() const { return m_view; }
    QToolButton *fixButton() const { return m_fix; }
    // Applies the fix of the current row; false when there is none or it is refused.
    bool fixCurrent();

Q_SIGNALS:
    void jumpRequested(qsizetype offset);

private:
    void refresh();
    bool bringUpToDate(); // before acting on the current row; false when its finding is gone
    void updateFixButton();
    int currentFinding() const; // index into Document::findings(), or -1
    Document *m_document;
    QTreeWidget *m_view;
    QToolButton *m_fix;
    QStringList m_shown; // what the rows show, to skip rebuilding them when nothing changed
};

// The stages in file order; picking one selects it.
class OutlineDock : public QDockWidget
{
    Q_OBJECT
public:
    OutlineDock(Document *document, QWidget *parent = nullptr);
    QListWidget *view() const { return m_view; }
    void setCurrentStage(int stage);

Q_SIGNALS:
    void stageActivated(int stage);

private:
    void refresh();
    Document *m_document;
    QListWidget *m_view;
    QStringList m_shown;
    bool m_updating = false;
};

// What the selected stage is: name, base, role, platform, description, instructions, what it
// depends on and what depends on it. Name, base, role and description are editable: each
// change is a graph edit (through StageActions), one undoable step.
class InspectorDock : public QDockWidget
{
    Q_OBJECT
public:
    InspectorDock(Document *document, StageActions *actions, QWidget *parent = nullptr);
    void setStage(int stage);
    int stage() const { return m_stage; }
    QString text() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *baseEdit() const { return m_base; }
    QComboBox *roleEdit() const { return m_role; }
    QLineEdit *descriptionEdit() const { return m_description; }

private:
    void refresh();
    void commitName();
    void commitBase();
    void commitRole();
    void commitDescription();
    void setHtml(const QString &html);
    Document *m_document;
    StageActions *m_actions;
    QWidget *m_form;
    QLineEdit *m_name;
    QComboBox *m_base;
    QComboBox *m_role;
    QLineEdit *m_description;
    QLabel *m_message;
    QTextBrowser *m_view;
    int m_stage = -1;
    bool m_updating = false;
    QString m_html;          // what m_view shows
    QStringList m_baseNames; // what m_base lists
};

} // namespace stagecraft::app
