// The main window: editor and canvas side by side over one Document, the menus, the status
// bar. Actions are created in one place (createActions) and reached through them.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace stagecraft::app {

class CanvasView;
class CodeEditor;
class Document;
class InspectorDock;
class OutlineDock;
class ProblemsDock;
class SemanticHighlighter;
class StageActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    CodeEditor *editor() const { return m_editor; }
    CanvasView *canvas() const { return m_canvas; }
    SemanticHighlighter *highlighter() const { return m_highlighter; }
    ProblemsDock *problemsDock() const { return m_problems; }
    OutlineDock *outlineDock() const { return m_outline; }
    InspectorDock *inspectorDock() const { return m_inspector; }
    StageActions *stageActions() const { return m_stageActions; }
    // The stage the stage operations apply to: the canvas selection when the canvas has
    // focus or a selection, else the stage at the editor's cursor (or the one it references).
    int currentStage() const;

    // The stage whose lines hold a text offset (the last stage starting at or before it), or -1.
    int stageAt(qsizetype offset) const;
    // Shows a stage everywhere: cursor on its FROM, node selected, inspector, outline.
    void showStage(int stage);

    // Opens a file, reporting problems in a message box unless `quiet`. Returns success.
    bool openFile(const QString &path, bool quiet = false);
    void newDocument(const QString &text = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void applyTheme();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool save();
    bool saveAs();
    bool maybeSave();
    void open();
    void showAbout();
    void createDocks();
    void onGraphChanged();
    void onCursorMoved();
    void jumpTo(qsizetype offset);
    QStringList completionsAt(int position, QString *prefix) const;
    void createThemeMenu(QMenu *view);
public:
    // Moves the cursor to the definition of the stage referenced at `position`; false when
    // nothing there refers to a stage.
    bool goToDefinition(int position);
private:

    Document *m_document;
    CodeEditor *m_editor;
    CanvasView *m_canvas;
    QSplitter *m_splitter;
    SemanticHighlighter *m_highlighter;
    QMenu *m_recentMenu = nullptr;
    ProblemsDock *m_problems = nullptr;
    OutlineDock *m_outline = nullptr;
    InspectorDock *m_inspector = nullptr;
    StageActions *m_stageActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_followingCursor = false;
    QLabel *m_positionLabel;
    QLabel *m_stagesLabel;
};

} // namespace stagecraft::app
