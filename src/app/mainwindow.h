// The main window: editor and canvas side by side over one Document, the menus, the status
// bar. Actions are created in one place (createActions) and reached through them.
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace stagecraft::app {

class BuildPlanDock;
class CanvasView;
class CodeEditor;
class Document;
class InspectorDock;
class NoticeBar;
class OutlineDock;
class ProblemsDock;
class SemanticHighlighter;
class StageActions;
class StartPage;
class Tour;
struct RecoveryEntry;

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
    BuildPlanDock *buildPlanDock() const { return m_buildPlan; }
    StageActions *stageActions() const { return m_stageActions; }
    // The notice above the editor and the canvas (why a file is read-only), hidden when empty.
    NoticeBar *noticeBar() const { return m_notice; }
    // The stage the stage operations apply to: the canvas selection when the canvas has
    // focus or a selection, else the stage at the editor's cursor (or the one it references).
    int currentStage() const;

    // The stage whose lines hold a text offset (the last stage starting at or before it), or -1.
    int stageAt(qsizetype offset) const;
    // Shows a stage everywhere: cursor on its FROM, node selected, inspector, outline.
    void showStage(int stage);

    // Opens a file, reporting problems in a message box unless `quiet` (always in the status
    // bar). On failure the current document stays as it was. A file over largeFileSize opens
    // with a warning. Returns success.
    bool openFile(const QString &path, bool quiet = false);
    void newDocument(const QString &text = {});
    static constexpr qint64 largeFileSize = 5 * 1024 * 1024;
    // Saves to the document's file (Save As when it has none). When the file changed on disk
    // since it was read or saved, asks before overwriting. On failure says why and leaves the
    // document modified and the file untouched.
    bool save();

    // Every question and message box of the window goes through one handler: the default one
    // shows a modal QMessageBox; tests install their own to answer without a dialog. The
    // labels rename standard buttons ("Reload", "Keep Mine", "Later").
    struct Question {
        QString title;
        QString text;
        QMessageBox::Icon icon = QMessageBox::Warning;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        QHash<QMessageBox::StandardButton, QString> labels;
    };
    using QuestionHandler = std::function<QMessageBox::StandardButton(const Question &)>;
    void setQuestionHandler(QuestionHandler handler) { m_questionHandler = std::move(handler); }

    // Writes the recovery file when the text changed since the last autosave and is unsaved.
    // The autosave timer (Settings::autosaveInterval) calls it.
    void autosave();
    // Recovery files left by a crash (Document::recoverableDocuments).
    QList<RecoveryEntry> recoverableDocuments() const;
    // Opens recovered work in this window: modified, with its original path. False (and a
    // message) when it cannot be read.
    bool recover(const RecoveryEntry &entry);
    // Asks Recover / Discard / Later when recovery files exist; Recover takes the most
    // recent one (the others are offered again at the next start).
    void offerRecovery();

    // The start page stands in for the editor and the canvas while no document is open: at a
    // start without a file and after File > Close. Opening, recovering or creating a document
    // (or any change of the text) puts the editor and the canvas back.
    StartPage *startPage() const { return m_startPage; }
    bool isStartPageShown() const;
    void setStartPageShown(bool shown);
    // Help > Take the Tour: the guided tour on the open document, or, when none is open (the
    // start page, or a file without stages), on a new document from the Python template.
    void startTour();
    // The tour, from its first start on (null before).
    Tour *tour() const { return m_tour; }

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
    bool saveAs();
    bool maybeSave();
    void open();
    void showAbout();
    void showShortcuts();
    void configure();
public:
    // Takes the settings (Settings, written by the settings dialog): editor font and theme,
    // layout direction, layout on open, autosave interval.
    void applySettings();
private:
    void createDocks();
    void createOnboarding(); // mainwindow_onboarding.cpp
    // While the start page shows, the docks (which describe a document) step aside; they
    // come back as they were.
    void showDocks(bool show);
    void newFromTemplate(const QString &name);
    void onGraphChanged();
    void onFindingsChanged();
    void onCursorMoved();
    void jumpTo(qsizetype offset);
    QStringList completionsAt(int position, QString *prefix) const;
    void createThemeMenu(QMenu *view);
    QMessageBox::StandardButton ask(const Question &question);
    void tell(const QString &title, const QString &text, QMessageBox::Icon icon = QMessageBox::Warning);
    void onFileChangedOnDisk();
    // After the document's text was replaced: the editor follows its read-only state, and the
    // notice bar says why (or hides).
    void applyReadOnly();
public:
    // Moves the cursor to the definition of the stage referenced at `position`; false when
    // nothing there refers to a stage.
    bool goToDefinition(int position);
    // Help → About: Stagecraft's version and the versions of Qt and KSyntaxHighlighting.
    static QString aboutText();
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
    BuildPlanDock *m_buildPlan = nullptr;
    StageActions *m_stageActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    bool m_followingCursor = false;
    QLabel *m_positionLabel;
    QLabel *m_stagesLabel;
    QTimer *m_autosaveTimer;
    bool m_autosavePending = false; // the text changed since the last recovery write
    bool m_askingAboutDisk = false;
    QuestionHandler m_questionHandler;
    QStackedWidget *m_central = nullptr;
    StartPage *m_startPage = nullptr;
    QWidget *m_workspace = nullptr; // the notice bar over the splitter: the page beside the start page
    NoticeBar *m_notice = nullptr;
    Tour *m_tour = nullptr;
    QList<QPair<QDockWidget *, bool>> m_dockedAside; // hidden for the start page: dock, was on top
};

} // namespace stagecraft::app
