// The side panels of the main window. Each follows the Document (graphChanged) and reports
// what a person picks; none of them owns model state.
#pragma once

#include <QDockWidget>

class QLabel;
class QListWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace stagecraft::app {

class Document;

// Every diagnostic of the document; activating one asks to jump to its range.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT
public:
    ProblemsDock(Document *document, QWidget *parent = nullptr);
    QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    void jumpRequested(qsizetype offset);

private:
    void refresh();
    Document *m_document;
    QTreeWidget *m_view;
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
    bool m_updating = false;
};

// What the selected stage is: name, base, role, platform, description, instructions, what it
// depends on and what depends on it.
class InspectorDock : public QDockWidget
{
    Q_OBJECT
public:
    InspectorDock(Document *document, QWidget *parent = nullptr);
    void setStage(int stage);
    int stage() const { return m_stage; }
    QString text() const;

private:
    void refresh();
    Document *m_document;
    QTextBrowser *m_view;
    int m_stage = -1;
};

} // namespace stagecraft::app
