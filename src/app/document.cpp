#include "document.h"

#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>

namespace stagecraft::app {

namespace {
constexpr char utf8Bom[] = "\xEF\xBB\xBF";

// One step of the QTextDocument's own undo history, on the document's QUndoStack.
class TextStepCommand : public QUndoCommand
{
public:
    TextStepCommand(QTextDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    {
    }
    void undo() override { m_document->undo(); }
    void redo() override
    {
        if (m_done) // the first redo() comes from push(): the change has happened already
            m_document->redo();
        m_done = true;
    }

private:
    QTextDocument *m_document;
    bool m_done = false;
};
} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_text(new QTextDocument(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_text, &QTextDocument::undoCommandAdded, this, [this] {
        m_undo->push(new TextStepCommand(m_text, m_pendingDescription.isEmpty() ? tr("Typing") : m_pendingDescription));
    });
    m_text->setDocumentLayout(new QPlainTextDocumentLayout(m_text));
    connect(m_text, &QTextDocument::contentsChanged, this, &Document::reparse);
    reparse();
}

void Document::reparse()
{
    m_tree = parse(m_text->toPlainText());
    m_graph = analyse(m_tree, m_options);
    Q_EMIT graphChanged();
}

bool Document::applyEdit(const EditResult &edit)
{
    if (!edit.ok || m_readOnly)
        return false;
    if (edit.edits.isEmpty())
        return true;
    QList<TextEdit> edits = edit.edits;
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.range.begin > b.range.begin; });
    m_pendingDescription = edit.description;
    QTextCursor cursor(m_text);
    cursor.beginEditBlock();
    for (const TextEdit &e : std::as_const(edits)) {
        cursor.setPosition(int(e.range.begin));
        cursor.setPosition(int(e.range.end), QTextCursor::KeepAnchor);
        cursor.insertText(e.replacement);
    }
    cursor.endEditBlock();
    m_pendingDescription.clear();
    return true;
}

void Document::setAnalysisOptions(const AnalysisOptions &options)
{
    m_options = options;
    m_graph = analyse(m_tree, m_options);
    Q_EMIT graphChanged();
}

QString Document::text() const
{
    return m_text->toPlainText();
}

QString Document::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool Document::isModified() const
{
    return m_text->isModified();
}

FileFormat Document::detectFormat(const QByteArray &bytes)
{
    FileFormat format;
    format.bom = bytes.startsWith(utf8Bom);
    qsizetype crlf = 0, lf = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            if (i > 0 && bytes[i - 1] == '\r')
                ++crlf;
            else
                ++lf;
        }
    }
    format.lineEnding = crlf > lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    format.mixedLineEndings = crlf > 0 && lf > 0;
    return format;
}

QByteArray Document::encode(const QString &text, const FileFormat &format)
{
    QString out = text;
    if (format.lineEnding != u"\n")
        out.replace(QLatin1Char('\n'), format.lineEnding);
    QByteArray bytes = out.toUtf8();
    if (format.bom)
        bytes.prepend(utf8Bom);
    return bytes;
}

void Document::setNewText(const QString &text)
{
    m_text->setPlainText(text);
    m_text->setModified(false);
    m_text->clearUndoRedoStacks();
    m_undo->clear();
    m_format = FileFormat{};
    m_originalBytes.clear();
    m_readOnly = false;
    m_path.clear();
    Q_EMIT filePathChanged(m_path);
}

bool Document::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const FileFormat format = detectFormat(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(format.bom ? bytes.mid(3) : bytes);
    const bool invalid = decoder.hasError();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    m_format = format;
    m_originalBytes = bytes;
    m_readOnly = invalid;
    m_text->setPlainText(text);
    m_text->setModified(false);
    m_text->clearUndoRedoStacks();
    m_undo->clear();
    m_path = QFileInfo(path).absoluteFilePath();
    Q_EMIT filePathChanged(m_path);
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    if (m_readOnly) {
        *error = tr("%1 is not valid UTF-8 text; Stagecraft opened it read-only and will not rewrite it.")
                     .arg(displayName());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool unchanged = !isModified() && absolute == m_path && !m_originalBytes.isNull();
    const QByteArray bytes = unchanged ? m_originalBytes : encode(text(), m_format);
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(absolute, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(absolute, file.errorString());
        return false;
    }
    m_originalBytes = bytes;
    m_text->setModified(false);
    if (absolute != m_path) {
        m_path = absolute;
        Q_EMIT filePathChanged(m_path);
    }
    return true;
}

} // namespace stagecraft::app
