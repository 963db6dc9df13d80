// The open Dockerfile: its text (one QTextDocument, one undo history shared by every view),
// where it lives on disk, and how its bytes are encoded so that saving writes them back the
// same way (BOM, line endings). Text inside the QTextDocument always uses "\n".
#pragma once

#include "core/editoperations.h"
#include "core/lint.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTextDocument;
class QTimer;
class QUndoStack;

namespace stagecraft::app {

struct FileFormat {
    bool bom = false;
    QString lineEnding = QStringLiteral("\n"); // "\n" or "\r\n"
    bool mixedLineEndings = false;
};

// A recovery file left by autosave: the unsaved text of a document, where it came from and
// when it was written. Files live in QStandardPaths::AppDataLocation + "/recovery/" as
// <name>.txt (the text, UTF-8, "\n" line endings) and <name>.json (path, time, pid).
struct RecoveryEntry {
    QString name;         // the recovery file's base name
    QString originalPath; // empty for an untitled document
    QDateTime time;       // when the text was written
    qint64 pid = 0;       // the process that wrote it
    QString textFilePath() const;
    // The recovered text; empty (and *ok false) when it cannot be read.
    QString text(bool *ok = nullptr) const;
};

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    // Keeps the recovery file: a document destroyed without a clean close (a crash) leaves
    // its work to be recovered.
    ~Document() override;

    QTextDocument *textDocument() const { return m_text; }
    // The one undo history of the document: typing and graph edits alike. Each entry mirrors
    // one undo step of the QTextDocument; graph edits carry their operation's menu text.
    QUndoStack *undoStack() const { return m_undo; }
    // Applies a graph edit as one undoable step. False (and nothing changes) when the edit
    // was refused or the document is read-only.
    bool applyEdit(const EditResult &edit);
    QString text() const;
    QString filePath() const { return m_path; }
    QString displayName() const; // file name, or "Untitled"
    const FileFormat &format() const { return m_format; }
    bool isModified() const;
    // True when the file could not be decoded as UTF-8, or holds a character the editor would
    // turn into a line break (a carriage return of its own, U+2029, U+FDD0, U+FDD1); such a
    // document is never written, and text() is the file's text as read.
    bool isReadOnly() const { return m_readOnly; }
    // Why the document is read-only, with the place in the file: a sentence for the person.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Replaces the content with a new, unsaved text (no file).
    void setNewText(const QString &text);
    // Reads a file. On failure returns false, sets *error and leaves the document unchanged.
    bool load(const QString &path, QString *error);
    // Writes atomically (QSaveFile) in the file's own format. An unmodified document saved
    // to its own path is written back byte for byte.
    bool save(const QString &path, QString *error);

    // The syntax tree and stage graph of the current text, updated synchronously on every
    // change of the text (before graphChanged is emitted).
    const SyntaxTree &tree() const { return m_tree; }
    const StageGraph &graph() const { return m_graph; }
    // Every problem of the current text with its quick fix (core lint(): the graph's
    // diagnostics and the lint rules' findings), in document order. Lint stays off the
    // keystroke path: after typing, findingsChanged comes once the text has rested for
    // findingsDelayMs; opening a file, a graph edit or new analysis options compute them at
    // once. findings() is never stale: asked before the timer fires, it lints right away.
    const std::vector<Finding> &findings() const;
    // True when findings() describes the current text without linting again.
    bool hasCurrentFindings() const { return !m_findingsStale; }
    static constexpr int findingsDelayMs = 150;
    void setFindingsDelay(int ms); // findingsDelayMs unless changed
    // How many times the text was read for a re-parse (tests and benchmarks: edits, not
    // re-formats, cause one).
    int reparseCount() const { return m_reparseCount; }
    const AnalysisOptions &analysisOptions() const { return m_options; }
    void setAnalysisOptions(const AnalysisOptions &options);

    // ---- Never losing work (see docs/architecture.md, "Never losing work")
    // Writes the current text to this document's recovery file (QSaveFile). The name comes
    // from a hash of the file path, or is unique per untitled document.
    bool writeRecovery(QString *error = nullptr);
    // Removes this document's recovery file, if any (after a save, or when the person
    // discards the changes or quits cleanly).
    void removeRecovery();
    QString recoveryFilePath() const;
    static QString recoveryDirectory();
    // Recovery files left by processes that are gone (not owned by a live Document of this
    // process nor by another running process), newest first.
    static QList<RecoveryEntry> recoverableDocuments();
    static void discardRecovery(const RecoveryEntry &entry);
    // Replaces the content with a recovered text: the original file is read for its format
    // (when it still exists), the text replaced as one undoable step, the document marked
    // modified with the original path, so saving writes it back. The recovery file becomes
    // this document's own until it is saved or discarded.
    bool restoreRecovery(const RecoveryEntry &entry, QString *error);

    // The open file is watched. True when the file on disk now holds bytes other than those
    // last read or written (a deleted or unreadable file does not count).
    bool changedOnDisk() const;
    // The person chose to keep their text over the file's current content: changedOnDisk()
    // stays true (so Save asks before overwriting) but fileChangedOnDisk is not emitted
    // again for the same content.
    void acknowledgeDiskChange();
    // Reads the file again (dropping the text and its undo history). As load().
    bool reload(QString *error);

    // Texts longer than this (UTF-16 units) are re-parsed on a short timer after a change
    // instead of on every keystroke; smaller ones are re-parsed synchronously.
    static constexpr int largeTextThreshold = 1'000'000;
    static constexpr int largeTextReparseDelayMs = 300;
    // True while a large text has changed and its re-parse is pending: tree() and graph()
    // then describe the text of up to largeTextReparseDelayMs ago.
    bool isReparsePending() const;
    // True while a whole new text is being set (see contentReplaced).
    bool isReplacing() const { return m_replacing; }

    static FileFormat detectFormat(const QByteArray &bytes);
    static QByteArray encode(const QString &text, const FileFormat &format);

Q_SIGNALS:
    // The file path changed (open, save as, new).
    void filePathChanged(const QString &path);
    // The document now holds another text as a whole (open, new, reload, recovery): views
    // start afresh (filePath() is the new one already). A whole replacement emits, once each
    // and at its end: graphChanged (with isReplacing() true), contentReplaced, filePathChanged.
    void contentReplaced();
    // The text was re-parsed: tree() and graph() describe the new text.
    void graphChanged();
    // findings() changed (or may have): the lint of the current text is ready.
    void findingsChanged();
    // The characters changed (as QTextDocument::contentsChange, without the re-formats of
    // highlighters): for views that keep offsets into the text until the next lint.
    void textEdited(int position, int charsRemoved, int charsAdded);
    // The watched file changed on disk and now differs from what was last read or written
    // (emitted once per new content, shortly after the change, never for our own saves).
    void fileChangedOnDisk();

private:
    void reparse();
    void updateFindings(); // lints now if needed and emits findingsChanged
    void finishReplace();  // after a whole new text and path: parse if needed, announce
    void replaceText(const QString &text, const QString &path); // setNewText() with a path
    void onContentsChange(int from, int removed, int added);
    void onContentsChanged();
    void watch();
    void checkDisk();
    QString recoveryName() const;

    QTextDocument *m_text;
    QUndoStack *m_undo;
    QString m_pendingDescription; // the menu text of the graph edit being applied
    SyntaxTree m_tree;
    bool m_parsed = false; // m_tree describes the text (the first parse has run)
    bool m_textChanged = false; // the characters changed since the last parse
    bool m_replacing = false;   // a whole new text is being set: graphChanged waits for finishReplace()
    int m_reparseCount = 0;
    StageGraph m_graph;
    mutable std::vector<Finding> m_findings;
    mutable bool m_findingsStale = true;
    QTimer *m_findingsTimer;  // lint after typing rests
    AnalysisOptions m_options;
    QString m_path;
    FileFormat m_format;
    QByteArray m_originalBytes; // as read, for the byte-exact unmodified save
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_exactText; // a read-only file's text when the QTextDocument cannot hold it exactly
    QByteArray m_acknowledgedDiskBytes; // on-disk content the person chose to keep theirs over
    QFileSystemWatcher *m_watcher;
    QTimer *m_diskCheckTimer; // coalesces the watcher's bursts of notifications
    QTimer *m_reparseTimer;   // large texts only
    mutable QString m_untitledRecoveryName;
    QString m_ownedRecoveryName; // the recovery file this document wrote or adopted
};

} // namespace stagecraft::app
