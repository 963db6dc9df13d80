// MainWindow, part two: the file — open, save, close, autosave and crash recovery, changes
// on disk, drag and drop, recent files. (Part one, mainwindow.cpp, builds the window and
// keeps the views in step.)
#include "mainwindow.h"

#include "buildplandock.h"
#include "canvasview.h"
#include "codeeditor.h"
#include "docks.h"
#include "document.h"
#include "exportdialog.h"
#include "highlighting.h"
#include "noticebar.h"
#include "semantichighlighter.h"
#include "settings.h"
#include "stageactions.h"
#include "startpage.h"
#include "templates.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

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

bool MainWindow::openFile(const QString &path, bool quiet)
{
    QString error;
    if (!m_document->load(path, &error)) {
        statusBar()->showMessage(error);
        if (!quiet)
            tell(tr("Open File"), error);
        return false;
    }
    if (const qint64 size = QFileInfo(path).size(); size > largeFileSize) {
        const QString warning = tr("%1 is large (%2 MB): the diagram and highlighting may lag behind typing.")
                                    .arg(m_document->displayName())
                                    .arg(double(size) / (1024 * 1024), 0, 'f', 1);
        statusBar()->showMessage(warning);
        if (!quiet) {
            tell(tr("Large File"), m_document->isReadOnly() ? warning + u' ' + m_document->readOnlyReason() : warning,
                 QMessageBox::Information);
        }
        addRecentFile(m_document->filePath());
        return true;
    }
    if (!m_document->isReadOnly() && m_document->format().mixedLineEndings)
        statusBar()->showMessage(tr("%1 mixes line endings; saving an edit writes them all as %2.")
                                     .arg(m_document->displayName(),
                                          m_document->format().lineEnding == u"\n" ? QStringLiteral("LF")
                                                                                   : QStringLiteral("CRLF")));
    addRecentFile(m_document->filePath());
    return true;
}

void MainWindow::newDocument(const QString &text)
{
    m_document->setNewText(text);
    setStartPageShown(false);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dockerfile"), QFileInfo(m_document->filePath()).path(),
                                                      tr("Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* Containerfile);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->changedOnDisk()) {
        const auto answer = ask({tr("File Changed on Disk"),
                                 tr("%1 was changed on disk by another program since Stagecraft read it. "
                                    "Overwrite it with your text?").arg(m_document->displayName()),
                                 QMessageBox::Warning, QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
                                 {{QMessageBox::Save, tr("Overwrite")}}});
        if (answer != QMessageBox::Save)
            return false;
    }
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        statusBar()->showMessage(error);
        tell(tr("Save File"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dockerfile As"), m_document->filePath());
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        statusBar()->showMessage(error);
        tell(tr("Save File"), error);
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = ask({tr("Unsaved Changes"),
                             tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                             QMessageBox::Warning, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Save, {}});
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (isStartPageShown())
        showDocks(true); // the layout the person chose, not the start page's
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    m_document->removeRecovery(); // a clean exit: saved, or discarded by choice
    event->accept();
}

QMessageBox::StandardButton MainWindow::ask(const Question &question)
{
    if (m_questionHandler)
        return m_questionHandler(question);
    QMessageBox box(question.icon, question.title, question.text, question.buttons, this);
    if (question.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(question.defaultButton);
    for (auto it = question.labels.cbegin(); it != question.labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

void MainWindow::tell(const QString &title, const QString &text, QMessageBox::Icon icon)
{
    Question message;
    message.title = title;
    message.text = text;
    message.icon = icon;
    ask(message);
}

void MainWindow::autosave()
{
    if (!m_autosavePending || !m_document->isModified() || m_document->isReadOnly())
        return;
    QString error;
    if (m_document->writeRecovery(&error))
        m_autosavePending = false;
    else
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 5000);
}

QList<RecoveryEntry> MainWindow::recoverableDocuments() const
{
    return Document::recoverableDocuments();
}

bool MainWindow::recover(const RecoveryEntry &entry)
{
    QString error;
    if (!m_document->restoreRecovery(entry, &error)) {
        statusBar()->showMessage(error);
        tell(tr("Recover"), error);
        return false;
    }
    m_autosavePending = false; // the recovery file holds this text already
    statusBar()->showMessage(tr("Recovered unsaved work of %1; save to keep it.").arg(m_document->displayName()));
    return true;
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = recoverableDocuments();
    if (entries.isEmpty())
        return;
    QStringList lines;
    for (const RecoveryEntry &entry : entries) {
        lines << tr("%1 (%2)").arg(entry.originalPath.isEmpty() ? tr("an untitled document") : entry.originalPath,
                                   QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat));
    }
    const auto answer = ask({tr("Recover Unsaved Work"),
                             tr("Stagecraft did not close cleanly and kept unsaved work:\n%1\n\n"
                                "Recover the most recent, discard it all, or decide later?")
                                 .arg(lines.join(u'\n')),
                             QMessageBox::Question, QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore,
                             QMessageBox::Yes, {{QMessageBox::Yes, tr("Recover")}, {QMessageBox::Ignore, tr("Later")}}});
    if (answer == QMessageBox::Yes) {
        if (maybeSave())
            recover(entries.first());
    } else if (answer == QMessageBox::Discard) {
        for (const RecoveryEntry &entry : entries)
            Document::discardRecovery(entry);
    }
}

void MainWindow::applyReadOnly()
{
    m_editor->setReadOnly(m_document->isReadOnly());
    m_notice->setNotice(m_document->isReadOnly() ? m_document->readOnlyReason() : QString());
}

void MainWindow::onFileChangedOnDisk()
{
    if (m_askingAboutDisk)
        return; // Save still compares with the disk before writing
    QString error;
    if (!m_document->isModified()) {
        // Nothing of ours to lose: reload at once and say so.
        if (m_document->reload(&error)) {
            statusBar()->showMessage(tr("%1 changed on disk and was reloaded.").arg(m_document->displayName()), 5000);
        } else {
            statusBar()->showMessage(error);
        }
        return;
    }
    m_askingAboutDisk = true;
    const auto answer = ask({tr("File Changed on Disk"),
                             tr("%1 was changed on disk by another program, and you have unsaved changes.\n"
                                "Reload it (your changes are lost), or keep your text (saving it then "
                                "overwrites the file, after asking)?").arg(m_document->displayName()),
                             QMessageBox::Warning, QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Ignore,
                             {{QMessageBox::Discard, tr("Reload")}, {QMessageBox::Ignore, tr("Keep Mine")}}});
    m_askingAboutDisk = false;
    if (answer == QMessageBox::Discard) {
        if (m_document->reload(&error)) {
            statusBar()->showMessage(tr("Reloaded %1 from disk.").arg(m_document->displayName()), 5000);
        } else {
            statusBar()->showMessage(error);
            tell(tr("Reload"), error);
        }
    } else {
        m_document->acknowledgeDiskChange();
        statusBar()->showMessage(tr("Kept your text; saving will ask before overwriting the file on disk."), 5000);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && maybeSave())
        openFile(urls.first().toLocalFile());
}

void MainWindow::addRecentFile(const QString &path)
{
    Settings settings;
    QStringList files = settings.recentFiles();
    files.removeAll(path);
    files.prepend(path);
    settings.setRecentFiles(files.mid(0, 10));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (const QString &path : files) {
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  (") + QFileInfo(path).path() + u')', this,
                                [this, path] { if (maybeSave()) openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPage->setRecentFiles(files);
}

} // namespace stagecraft::app
