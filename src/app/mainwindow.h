// The main window: editor and canvas side by side over one Document, the menus, the status
// bar. Actions are created in one place (createActions) and reached through them.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace stagecraft::app {

class CanvasView;
class CodeEditor;
class Document;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    CodeEditor *editor() const { return m_editor; }
    CanvasView *canvas() const { return m_canvas; }
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

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

    Document *m_document;
    CodeEditor *m_editor;
    CanvasView *m_canvas;
    QSplitter *m_splitter;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_positionLabel;
    QLabel *m_stagesLabel;
};

} // namespace stagecraft::app
