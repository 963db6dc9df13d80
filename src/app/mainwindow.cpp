// MainWindow, part one: builds the window (actions, docks, theme) and keeps the editor, the
// canvas and the docks in step. Part two, mainwindow_files.cpp, handles the file.
#include "mainwindow.h"

#include "appearance.h"
#include "buildplandock.h"
#include "canvasview.h"
#include "codeeditor.h"
#include "docks.h"
#include "document.h"
#include "exportdialog.h"
#include "highlighting.h"
#include "quickfixes.h"
#include "semantichighlighter.h"
#include "settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "stageactions.h"
#include "templates.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include <QAbstractButton>
#include <QAction>
#include <QGuiApplication>
#include <QStyleHints>
#include <QActionGroup>
#include <QRegularExpression>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace stagecraft::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_editor(new CodeEditor(this))
    , m_canvas(new CanvasView(m_document, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_highlighter(new SemanticHighlighter(m_document->textDocument()))
    , m_positionLabel(new QLabel(this))
    , m_stagesLabel(new QLabel(this))
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_autosaveTimer->setObjectName(QStringLiteral("AutosaveTimer"));
    setAcceptDrops(true);
    m_editor->setDocument(m_document->textDocument());
    connect(m_document, &Document::textEdited, m_editor, &CodeEditor::followEdit);
    m_highlighter->setDefinition(dockerfileDefinition());
    applyTheme();

    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_canvas);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    createOnboarding(); // the central widget: the start page or the splitter

    statusBar()->addPermanentWidget(m_stagesLabel);
    statusBar()->addPermanentWidget(m_positionLabel);
    createActions();
    createDocks();

    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateStatus);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::onCursorMoved);
    connect(m_document, &Document::graphChanged, this, &MainWindow::onGraphChanged);
    connect(m_document, &Document::findingsChanged, this, &MainWindow::onFindingsChanged);
    connect(m_canvas, &CanvasView::stageActivated, this, &MainWindow::showStage);
    connect(m_canvas, &CanvasView::editRequested, this, [this](int stage) {
        showStage(stage);
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_editor, &CodeEditor::definitionRequested, this, &MainWindow::goToDefinition);
    // The editor theme follows the system's light or dark scheme when it changes.
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &MainWindow::applyTheme);
    m_editor->setCompletionProvider([this](int position, QString *prefix) { return completionsAt(position, prefix); });
    m_editor->setCopyTextProvider([this](int from, int to) { return m_document->text().mid(from, to - from); });
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, this, &MainWindow::updateStatus);
    connect(m_document->textDocument(), &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->textDocument(), &QTextDocument::contentsChanged, this, [this] { m_autosavePending = true; });
    connect(m_document, &Document::fileChangedOnDisk, this, &MainWindow::onFileChangedOnDisk);
    connect(m_document, &Document::contentReplaced, this, &MainWindow::applyReadOnly);

    Settings settings;
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    applySettings();
    m_autosaveTimer->start();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({520, 760});
    if (isStartPageShown())
        showDocks(false);
    updateTitle();
    updateStatus();
    onGraphChanged();
    onFindingsChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_outline = new OutlineDock(m_document, this);
    m_inspector = new InspectorDock(m_document, m_stageActions, this);
    m_problems = new ProblemsDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outline);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_buildPlan = new BuildPlanDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_buildPlan);
    tabifyDockWidget(m_inspector, m_buildPlan);
    m_inspector->raise();
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_outline), static_cast<QDockWidget *>(m_inspector),
                              static_cast<QDockWidget *>(m_problems), static_cast<QDockWidget *>(m_buildPlan)})
        m_viewMenu->addAction(dock->toggleViewAction());
    connect(m_outline, &OutlineDock::stageActivated, this, &MainWindow::showStage);
    connect(m_problems, &ProblemsDock::jumpRequested, this, &MainWindow::jumpTo);
    m_editor->setContextMenuExtender([this](QMenu *menu, int position) { addQuickFixActions(menu, m_document, position); });
}

int MainWindow::currentStage() const
{
    const int selected = m_canvas->selectedStage();
    if (!m_editor->hasFocus() && selected >= 0)
        return selected;
    const int position = m_editor->textCursor().position();
    // On a reference, the stage it names; else the stage whose lines hold the cursor.
    for (const Stage &stage : m_document->graph().stages) {
        for (const Dependency &d : stage.dependencies) {
            if (d.stage >= 0 && !d.onbuild && d.range.touches(position))
                return d.stage;
        }
    }
    const int here = stageAt(position);
    return here >= 0 ? here : selected;
}

int MainWindow::stageAt(qsizetype offset) const
{
    const auto &stages = m_document->graph().stages;
    int found = -1;
    for (const Stage &stage : stages) {
        if (stage.range.begin > offset)
            break;
        found = stage.index;
    }
    return found;
}

void MainWindow::showStage(int stage)
{
    const StageGraph &graph = m_document->graph();
    if (stage < 0 || size_t(stage) >= graph.stages.size())
        return;
    const Stage &s = graph.stages[size_t(stage)];
    m_followingCursor = true;
    if (s.fromInstruction >= 0 && stageAt(m_editor->textCursor().position()) != stage) {
        QTextCursor cursor(m_document->textDocument());
        cursor.setPosition(int(m_document->tree().instructions[size_t(s.fromInstruction)].keywordRange.begin));
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
    }
    m_canvas->selectStage(stage);
    m_outline->setCurrentStage(stage);
    m_inspector->setStage(stage);
    m_followingCursor = false;
}

void MainWindow::onCursorMoved()
{
    if (m_followingCursor)
        return;
    const int stage = stageAt(m_editor->textCursor().position());
    m_followingCursor = true;
    m_canvas->selectStage(stage);
    m_outline->setCurrentStage(stage);
    m_inspector->setStage(stage);
    m_followingCursor = false;
}

bool MainWindow::goToDefinition(int position)
{
    const StageGraph &graph = m_document->graph();
    for (const Stage &stage : graph.stages) {
        for (const Dependency &d : stage.dependencies) {
            if (d.stage < 0 || d.onbuild || !d.range.touches(position))
                continue;
            const Stage &target = graph.stages[size_t(d.stage)];
            const qsizetype at = !target.nameRange.isEmpty()
                                   ? target.nameRange.begin
                                   : m_document->tree().instructions[size_t(target.fromInstruction)].keywordRange.begin;
            jumpTo(at);
            return true;
        }
    }
    statusBar()->showMessage(tr("No stage is referenced here."), 3000);
    return false;
}

QStringList MainWindow::completionsAt(int position, QString *prefix) const
{
    // Completes stage names after "FROM " (stages declared earlier: FROM binds to nothing
    // later) and after --from= or a mount's from= (any stage).
    const QTextBlock block = m_document->textDocument()->findBlock(position);
    const QString before = block.text().left(position - block.position());
    static const QRegularExpression fromPattern(QStringLiteral("^\\s*from\\s+(?:--platform=\\S+\\s+)?(\\S*)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression flagPattern(QStringLiteral("(?:--from=|[\\s,]from=)([^\\s,]*)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    const auto &stages = m_document->graph().stages;
    QStringList names;
    if (const auto m = fromPattern.match(before); m.hasMatch()) {
        *prefix = m.captured(1);
        for (const Stage &stage : stages) {
            if (stage.firstLine >= block.blockNumber() + 1)
                break;
            if (!stage.name.isEmpty() && !names.contains(stage.name))
                names << stage.name;
        }
    } else if (const auto m = flagPattern.match(before); m.hasMatch()) {
        *prefix = m.captured(1);
        for (const Stage &stage : stages) {
            if (!stage.name.isEmpty() && stage.firstLine != block.blockNumber() + 1 && !names.contains(stage.name))
                names << stage.name;
        }
    }
    return names;
}

void MainWindow::jumpTo(qsizetype offset)
{
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(int(qBound(qsizetype(0), offset, qsizetype(m_document->textDocument()->characterCount() - 1))));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
}

void MainWindow::onGraphChanged()
{
    m_highlighter->setGraph(m_document->graph(), m_document->tree());

    // Folding comes from the syntax tree: whole stages, heredocs and long continued lines.
    QList<CodeEditor::FoldRegion> regions;
    const SyntaxTree &tree = m_document->tree();
    for (const Stage &stage : m_document->graph().stages) {
        if (stage.lastLine > stage.firstLine)
            regions.append({stage.firstLine, stage.lastLine});
        for (int i : stage.instructions) {
            const Instruction &instruction = tree.instructions[size_t(i)];
            if (instruction.lastLine > instruction.firstLine + 1)
                regions.append({instruction.firstLine, instruction.lastLine});
        }
    }
    m_editor->setFoldRegions(regions);
    if (!m_followingCursor)
        onCursorMoved();
}

void MainWindow::onFindingsChanged()
{
    // Underlines for the lint findings. Between two lints they move with the text
    // (Document::textEdited → CodeEditor::followEdit).
    QList<CodeEditor::Marker> markers;
    for (const Finding &f : m_document->findings()) {
        const Diagnostic &d = f.diagnostic;
        if (d.severity == Severity::Info)
            continue;
        QString message = d.message + QStringLiteral(" [") + d.code + u']';
        if (f.fix.isAvailable())
            message += u'\n' + tr("Quick fix (context menu): %1").arg(f.fix.title);
        markers.append({d.range.begin, d.range.end,
                        d.severity == Severity::Error ? QColor(0xd9, 0x30, 0x25) : QColor(0xe3, 0x8b, 0x00), message});
    }
    m_editor->setMarkers(markers);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));

    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this,
                                         [this] { if (maybeSave()) newDocument(); });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                          &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QMenu *templateMenu = file->addMenu(tr("New from &Template"));
    for (const Template &t : templates()) {
        QAction *action = templateMenu->addAction(t.title, this, [this, t] {
            if (maybeSave())
                newDocument(templateText(t));
        });
        action->setObjectName(QStringLiteral("NewFromTemplate_") + t.name);
    }
    file->addSeparator();
    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this,
                                          &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export Diagram…"), this, [this] {
        ExportDialog dialog(m_document, this);
        dialog.exec();
    });
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"), this, [this] {
        if (maybeSave()) {
            newDocument();
            setStartPageShown(true);
        }
    });
    closeAction->setShortcut(QKeySequence::Close);
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Platforms without a standard binding for Quit or Preferences get the KDE ones.
    quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                                 ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                 : QKeySequence::keyBindings(QKeySequence::Quit));
    quitAction->setMenuRole(QAction::QuitRole);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(saveAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    m_editor->setUndoActions(undo, redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), m_editor, &QPlainTextEdit::cut)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), m_editor, &QPlainTextEdit::copy)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), m_editor, &QPlainTextEdit::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), m_editor, &QPlainTextEdit::selectAll)->setShortcut(QKeySequence::SelectAll);

    m_stageActions = new StageActions(m_document, this, [this] { return currentStage(); });
    QMenu *stageMenu = menuBar()->addMenu(tr("&Stage"));
    m_stageActions->populate(stageMenu);
    connect(stageMenu, &QMenu::aboutToShow, m_stageActions, &StageActions::updateEnabled);
    stageMenu->addSeparator();
    QAction *inspect = stageMenu->addAction(tr("Edit in &Inspector"), this, [this] {
        // The keyboard way to every property of a stage, its base among them.
        m_inspector->show();
        m_inspector->raise();
        m_inspector->setStage(currentStage());
        m_inspector->nameEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    inspect->setObjectName(QStringLiteral("EditInInspector"));
    inspect->setShortcut(Qt::CTRL | Qt::Key_I);
    for (QAction *action : stageMenu->actions())
        addAction(action); // shortcuts work while the menu is closed
    toolbar->addSeparator();
    toolbar->addAction(m_stageActions->add);
    m_canvas->setStageActions(m_stageActions);
    connect(m_canvas, &CanvasView::renameCommitted, this, [this](int stage, const QString &name) {
        m_stageActions->renameTo(stage, name);
    });
    connect(m_canvas, &CanvasView::rebaseRequested, this, [this](int stage, const QString &base) {
        m_stageActions->rebaseOnto(stage, base);
    });
    connect(m_canvas, &CanvasView::newStageRequested, this, [this](const QString &source, int after, bool copies) {
        // A new stage right after `source`: building on it, or starting empty (scratch) with
        // its files copied over. Named so it is unique; the person names it at once inline.
        const QString stem = source + (copies ? QStringLiteral("-files") : QStringLiteral("-next"));
        QString name = stem;
        for (int n = 2; m_document->graph().findStage(name) >= 0; ++n)
            name = stem + QStringLiteral("-%1").arg(n);
        const bool added = copies ? m_stageActions->addNew(name, QStringLiteral("scratch"), Role::None, after, nullptr, source)
                                  : m_stageActions->addNew(name, source, Role::None, after);
        if (added) {
            const int created = m_document->graph().findStage(name);
            if (created >= 0)
                m_canvas->beginRename(created);
        }
    });
    connect(m_stageActions, &StageActions::inlineRenameRequested, this, [this](int stage) {
        if (m_editor->hasFocus()) {
            // In the editor: ask in a dialog, prefilled with the current name.
            bool ok = false;
            const QString current = m_document->graph().stages[size_t(stage)].name;
            const QString name = QInputDialog::getText(this, tr("Rename Stage"), tr("New name of %1:").arg(current),
                                                       QLineEdit::Normal, current, &ok);
            if (ok && name != current)
                m_stageActions->renameTo(stage, name);
        } else {
            m_canvas->beginRename(stage);
        }
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, m_stageActions, &StageActions::updateEnabled);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *fit = view->addAction(tr("&Fit Graph to View"), m_canvas, &CanvasView::fitGraph);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addAction(tr("Zoom &In"), m_canvas, [this] { m_canvas->zoomBy(1.25); })->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), m_canvas, [this] { m_canvas->zoomBy(0.8); })->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->addAction(tr("Select &Upstream"), m_canvas, &CanvasView::selectUpstream);
    view->addAction(tr("Select &Downstream"), m_canvas, &CanvasView::selectDownstream);
    view->addAction(tr("&Lay Out Graph Again"), m_canvas, &CanvasView::relayout);
    view->addSeparator();
    view->addAction(tr("Unfold &All"), m_editor, &CodeEditor::unfoldAll);
    createThemeMenu(view);
    view->addSeparator();
    view->addAction(toolbar->toggleViewAction());

    QMenu *settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    QAction *configureAction = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                                       tr("&Configure Stagecraft…"), this, &MainWindow::configure);
    configureAction->setObjectName(QStringLiteral("Configure"));
    configureAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                      ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)}
                                      : QKeySequence::keyBindings(QKeySequence::Preferences));
    configureAction->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *tourAction = help->addAction(tr("Take the &Tour"), this, &MainWindow::startTour);
    tourAction->setObjectName(QStringLiteral("TakeTour"));
    QAction *shortcutsAction = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcutsAction->setObjectName(QStringLiteral("KeyboardShortcuts"));
    shortcutsAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_Slash);
    help->addSeparator();
    help->addAction(tr("&About Stagecraft"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createThemeMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Editor &Theme"));
    auto *group = new QActionGroup(menu);
    m_themeGroup = group;
    const QString current = Settings().editorTheme();
    const auto addTheme = [this, menu, group, &current](const QString &label, const QString &name) {
        QAction *action = menu->addAction(label, this, [this, name] {
            Settings().setEditorTheme(name);
            applyTheme();
        });
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setData(name);
        group->addAction(action);
    };
    addTheme(tr("Follow System Colours"), QString());
    menu->addSeparator();
    const auto themes = syntaxRepository().themes();
    for (const auto &theme : themes)
        addTheme(theme.translatedName(), theme.name());
}

void MainWindow::applyTheme()
{
    const auto theme = themeFor(Settings().editorTheme(), palette());
    m_highlighter->setTheme(theme);
    m_highlighter->updateFormats();
    m_highlighter->rehighlight();
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    QPalette p = m_editor->palette();
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::Text, text);
    m_editor->setPalette(p);
    m_editor->setCurrentLineColor(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_document->filePath());
    if (isStartPageShown())
        setWindowTitle(QStringLiteral("Stagecraft[*]"));
    else
        setWindowTitle(m_document->displayName() + QStringLiteral("[*] — Stagecraft"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_positionLabel->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    const int stages = m_canvas->stageCount();
    m_stagesLabel->setText(stages == 1 ? tr("1 stage") : tr("%1 stages").arg(stages));
}

QString MainWindow::aboutText()
{
    return tr("<h3>Stagecraft %1</h3><p>See and shape multistage Dockerfiles.</p>"
              "<p>Built with Qt %2 (running on Qt %3) and KSyntaxHighlighting %4; layout by Graphviz.</p>")
        .arg(QStringLiteral(STAGECRAFT_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Stagecraft"), aboutText());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::configure()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::applied, this, [this] {
        applyColorScheme(Settings().colorScheme());
        applySettings();
    });
    dialog.exec();
}

void MainWindow::applySettings()
{
    const Settings settings;
    m_editor->setFont(settings.editorFont());
    m_canvas->setLayoutOnOpen(settings.layoutOnOpen());
    m_canvas->setDirection(settings.layoutDirection());
    m_autosaveTimer->setInterval(settings.autosaveInterval() * 1000);
    if (m_themeGroup) {
        const QString theme = settings.editorTheme();
        const auto actions = m_themeGroup->actions();
        for (QAction *action : actions)
            action->setChecked(action->data().toString() == theme);
    }
    applyTheme();
}

} // namespace stagecraft::app
