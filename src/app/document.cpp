#include "document.h"

#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextDocument>

namespace stagecraft::app {

namespace {
constexpr char utf8Bom[] = "\xEF\xBB\xBF";
}

Document::Document(QObject *parent)
    : QObject(parent)
    , m_text(new QTextDocument(this))
{
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
