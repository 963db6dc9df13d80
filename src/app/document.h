// The open Dockerfile: its text (one QTextDocument, one undo history shared by every view),
// where it lives on disk, and how its bytes are encoded so that saving writes them back the
// same way (BOM, line endings). Text inside the QTextDocument always uses "\n".
#pragma once

#include "core/editoperations.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QTextDocument;
class QUndoStack;

namespace stagecraft::app {

struct FileFormat {
    bool bom = false;
    QString lineEnding = QStringLiteral("\n"); // "\n" or "\r\n"
    bool mixedLineEndings = false;
};

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

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
    // True when the file could not be decoded as UTF-8; such a document is never written.
    bool isReadOnly() const { return m_readOnly; }

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
    const AnalysisOptions &analysisOptions() const { return m_options; }
    void setAnalysisOptions(const AnalysisOptions &options);

    static FileFormat detectFormat(const QByteArray &bytes);
    static QByteArray encode(const QString &text, const FileFormat &format);

Q_SIGNALS:
    // The file path changed (open, save as, new).
    void filePathChanged(const QString &path);
    // The text was re-parsed: tree() and graph() describe the new text.
    void graphChanged();

private:
    void reparse();

    QTextDocument *m_text;
    QUndoStack *m_undo;
    QString m_pendingDescription; // the menu text of the graph edit being applied
    SyntaxTree m_tree;
    StageGraph m_graph;
    AnalysisOptions m_options;
    QString m_path;
    FileFormat m_format;
    QByteArray m_originalBytes; // as read, for the byte-exact unmodified save
    bool m_readOnly = false;
};

} // namespace stagecraft::app
