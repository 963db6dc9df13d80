// MainWindow, part three: onboarding — the start page in place of the editor and canvas while
// no document is open, the guided tour, and the editor's explanations of keywords. (Part one,
// mainwindow.cpp, builds the window; part two, mainwindow_files.cpp, handles the file.)
#include "mainwindow.h"

#include "canvasview.h"
#include "codeeditor.h"
#include "document.h"
#include "explanations.h"
#include "noticebar.h"
#include "settings.h"
#include "startpage.h"
#include "templates.h"
#include "tour.h"

#include <QDockWidget>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace stagecraft::app {

void MainWindow::createOnboarding()
{
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("Central"));
    m_startPage = new StartPage(m_central);
    // the editor and the canvas, under the notice of a lasting state (a read-only file)
    m_workspace = new QWidget(m_central);
    m_workspace->setObjectName(QStringLiteral("Workspace"));
    auto *workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    m_notice = new NoticeBar(m_workspace);
    workspaceLayout->addWidget(m_notice);
    workspaceLayout->addWidget(m_splitter, 1);
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_startPage);
    setCentralWidget(m_central);
    m_startPage->setRecentFiles(Settings().recentFiles());

    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::newRequested, this, [this] {
        if (maybeSave()) {
            newDocument();
            m_editor->setFocus();
        }
    });
    connect(m_startPage, &StartPage::recentFileRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_startPage, &StartPage::templateRequested, this, &MainWindow::newFromTemplate);
    connect(m_startPage, &StartPage::tourRequested, this, &MainWindow::startTour);
    // Any text (typed, loaded, recovered) or a file means a document is open.
    // (Only a change of characters: re-highlighting, a new font or theme, changes formats.)
    connect(m_document->textDocument(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed > 0 || added > 0)
            setStartPageShown(false);
    });
    connect(m_document, &Document::filePathChanged, this, [this](const QString &path) {
        if (!path.isEmpty())
            setStartPageShown(false);
    });

    m_editor->setHelpProvider([this](int position) { return Explanations::at(m_document->tree(), position); });
    setStartPageShown(true);
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_startPage;
}

void MainWindow::setStartPageShown(bool shown)
{
    if (shown == isStartPageShown())
        return;
    m_central->setCurrentWidget(shown ? m_startPage : m_workspace);
    showDocks(!shown);
    // Line, column and the stage count say nothing without a document.
    m_positionLabel->setVisible(!shown);
    m_stagesLabel->setVisible(!shown);
    if (shown)
        m_startPage->setFocus();
    updateTitle();
}

void MainWindow::showDocks(bool show)
{
    if (show) {
        for (const auto &[dock, onTop] : std::as_const(m_dockedAside))
            dock->show();
        for (const auto &[dock, onTop] : std::as_const(m_dockedAside)) {
            if (onTop)
                dock->raise(); // the tab that was in front of its group
        }
        m_dockedAside.clear();
        return;
    }
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks) {
        if (dock->isHidden())
            continue; // closed by the person
        // A dock behind another in a tab group is moved out of sight, not hidden.
        m_dockedAside.append({dock, isVisible() && !dock->visibleRegion().isEmpty()});
        dock->hide();
    }
}

void MainWindow::newFromTemplate(const QString &name)
{
    const QList<Template> list = templates();
    for (const Template &t : list) {
        if (t.name == name) {
            if (maybeSave())
                newDocument(templateText(t));
            return;
        }
    }
}

void MainWindow::startTour()
{
    if (isStartPageShown() || m_document->graph().stages.empty()) {
        newFromTemplate(QStringLiteral("python"));
        if (isStartPageShown() || m_document->graph().stages.empty())
            return; // the person kept unsaved work (Cancel)
    }
    if (!m_tour)
        m_tour = new Tour(this);
    m_tour->start();
}

} // namespace stagecraft::app
