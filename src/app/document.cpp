#include "document.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

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

// Recovery files owned by live documents of this process: never offered for recovery.
QSet<QString> &ownedRecoveryNames()
{
    static QSet<QString> names;
    return names;
}

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Document", "Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

// The bytes of a file, or a null array when it cannot be read (missing, a directory, ...).
QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {};
    if (bytes.isNull())
        bytes = QByteArray(""); // an empty file is content, not failure
    return bytes;
}
// The first character of `text` that QTextDocument would turn into a line break although it
// is none (in the text as Stagecraft holds it, "\r\n" already being "\n"): a carriage return
// of its own, U+2029 PARAGRAPH SEPARATOR, or one of the frame markers U+FDD0 and U+FDD1.
// Its offset, or -1.
qsizetype firstUnkeepableCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r' || c == 0x2029 || c == 0xFDD0 || c == 0xFDD1)
            return i;
    }
    return -1;
}

// What the editor shows in place of each such character: a visible stand-in of one UTF-16
// unit, so that the editor's offsets, lines and columns stay those of the file.
QChar standIn(QChar c)
{
    switch (c.unicode()) {
    case u'\r':
        return QChar(0x21B5); // DOWNWARDS ARROW WITH CORNER LEFTWARDS: in common fonts, unlike U+240D
    case 0x2029:
        return QChar(0x00B6); // PILCROW SIGN
    case 0xFDD0:
    case 0xFDD1:
        return QChar(0xFFFD); // REPLACEMENT CHARACTER
    default:
        return c;
    }
}

QString withStandIns(QString text)
{
    for (QChar &c : text)
        c = standIn(c);
    return text;
}

// The stand-ins `text` needs, each once, as a list for a sentence ("↵ and ¶").
QString standInsUsed(QStringView text)
{
    QStringList used;
    for (const QChar c : text) {
        const QChar shown = standIn(c);
        if (shown != c && !used.contains(QString(shown)))
            used << QString(shown);
    }
    return QLocale().createSeparatedList(used);
}
} // namespace

QString RecoveryEntry::textFilePath() const
{
    return Document::recoveryDirectory() + name + QStringLiteral(".txt");
}

QString RecoveryEntry::text(bool *ok) const
{
    const QByteArray bytes = readBytes(textFilePath());
    if (ok)
        *ok = !bytes.isNull();
    return QString::fromUtf8(bytes);
}

Document::Document(QObject *parent)
    : QObject(parent)
    , m_text(new QTextDocument(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_text, &QTextDocument::undoCommandAdded, this, [this] {
        m_undo->push(new TextStepCommand(m_text, m_pendingDescription.isEmpty() ? tr("Typing") : m_pendingDescription));
    });
    m_text->setDocumentLayout(new QPlainTextDocumentLayout(m_text));
    m_reparseTimer = new QTimer(this);
    m_reparseTimer->setSingleShot(true);
    m_reparseTimer->setInterval(largeTextReparseDelayMs);
    connect(m_reparseTimer, &QTimer::timeout, this, &Document::reparse);
    m_findingsTimer = new QTimer(this);
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(findingsDelayMs);
    connect(m_findingsTimer, &QTimer::timeout, this, &Document::updateFindings);
    connect(m_text, &QTextDocument::contentsChange, this, &Document::onContentsChange);
    connect(m_text, &QTextDocument::contentsChanged, this, &Document::onContentsChanged);
    // Back to the saved text (undo, save): nothing left to recover.
    connect(m_text, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            removeRecovery();
    });
    m_watcher = new QFileSystemWatcher(this);
    m_diskCheckTimer = new QTimer(this);
    m_diskCheckTimer->setSingleShot(true);
    m_diskCheckTimer->setInterval(100);
    connect(m_diskCheckTimer, &QTimer::timeout, this, &Document::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_diskCheckTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_diskCheckTimer, qOverload<>(&QTimer::start));
    reparse();
    updateFindings();
}

Document::~Document()
{
    if (!m_ownedRecoveryName.isEmpty())
        ownedRecoveryNames().remove(m_ownedRecoveryName);
}

void Document::onContentsChange(int from, int removed, int added)
{
    // Highlighters re-format blocks through the same signals as edits, reporting each block
    // as removed and added again: only a change of the characters is an edit. (While a large
    // text waits for its re-parse, the parsed text is not the one to compare with: every
    // change counts then.)
    bool edited = m_textChanged || !m_parsed || removed != added || m_text->characterCount() - 1 != m_tree.text.size();
    const bool standIns = !m_exactText.isNull(); // the editor shows the file's text with stand-ins
    for (int i = from; !edited && i < from + added && i < m_tree.text.size(); ++i) {
        QChar c = m_text->characterAt(i);
        if (c == QChar::ParagraphSeparator)
            c = u'\n';
        edited = c != (standIns ? standIn(m_tree.text[i]) : m_tree.text[i]);
    }
    if (!edited)
        return;
    m_textChanged = true;
    Q_EMIT textEdited(from, removed, added);
}

void Document::onContentsChanged()
{
    if (!m_textChanged)
        return;
    if (m_text->characterCount() > largeTextThreshold) {
        m_reparseTimer->start();
        return;
    }
    m_reparseTimer->stop();
    reparse();
}

bool Document::isReparsePending() const
{
    return m_reparseTimer->isActive();
}

void Document::reparse()
{
    ++m_reparseCount;
    m_reparseTimer->stop();
    m_textChanged = false;
    QString text = this->text();
    if (m_parsed && text == m_tree.text)
        return; // an edit undone within one edit block, say: nothing to announce
    m_parsed = true;
    // Only the instructions around the change are parsed again (typing in a large file).
    m_tree = parse(text, std::move(m_tree));
    m_graph = analyse(m_tree, m_options);
    m_findingsStale = true;
    if (m_replacing)
        return; // finishReplace() announces the new text once
    m_findingsTimer->start();
    Q_EMIT graphChanged();
}

void Document::finishReplace()
{
    if (isReparsePending() || m_textChanged)
        reparse(); // once now, even for a large text, so the views start from the file's graph
    Q_EMIT graphChanged(); // isReplacing() still true: views that start afresh wait for contentReplaced
    m_replacing = false;
    Q_EMIT contentReplaced();
    Q_EMIT filePathChanged(m_path);
    updateFindings();
}

const std::vector<Finding> &Document::findings() const
{
    if (m_findingsStale) {
        m_findings = lint(m_tree, m_graph, m_options);
        m_findingsStale = false;
    }
    return m_findings;
}

void Document::setFindingsDelay(int ms)
{
    m_findingsTimer->setInterval(ms);
}

void Document::updateFindings()
{
    m_findingsTimer->stop();
    findings();
    Q_EMIT findingsChanged();
}

bool Document::applyEdit(const EditResult &edit)
{
    if (!edit.ok || m_readOnly || isReparsePending()) // a pending re-parse: the edit was computed from old text
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
    if (!isReparsePending())
        updateFindings(); // one deliberate edit, not typing: its problems show at once
    return true;
}

void Document::setAnalysisOptions(const AnalysisOptions &options)
{
    m_options = options;
    m_graph = analyse(m_tree, m_options);
    m_findingsStale = true;
    Q_EMIT graphChanged();
    updateFindings();
}

QString Document::text() const
{
    if (!m_exactText.isNull()) // read-only: the editor shows stand-ins for some characters
        return m_exactText;
    // Not toPlainText(): it turns no-break spaces into spaces and line separators into
    // newlines, changing what the person wrote. Only the block separators become "\n".
    QString text = m_text->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
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
    replaceText(text, QString());
}

void Document::replaceText(const QString &text, const QString &path)
{
    removeRecovery();
    m_untitledRecoveryName.clear();
    m_replacing = true;
    m_text->setPlainText(text);
    m_text->setModified(false);
    m_text->clearUndoRedoStacks();
    m_undo->clear();
    m_format = FileFormat{};
    m_originalBytes.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_exactText.clear();
    m_acknowledgedDiskBytes.clear();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    watch();
    finishReplace();
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
    const QString name = QFileInfo(path).fileName();
    QString reason;
    const qsizetype unkeepable = firstUnkeepableCharacter(text);
    if (invalid) {
        reason = tr("%1 is not valid UTF-8 text; Stagecraft opened it read-only and will not rewrite it.").arg(name);
        if (unkeepable >= 0)
            reason += u' ' + tr("The editor shows %1 in place of characters it cannot hold.").arg(standInsUsed(text));
    } else if (unkeepable >= 0) {
        const LineColumn at = LineIndex(text).at(unkeepable);
        const char16_t c = text[unkeepable].unicode();
        const QString what = c == u'\r'
            ? tr("a carriage return that does not end a line")
            : tr("the character %1").arg(QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper());
        reason = tr("%1 holds %2 at line %3, column %4, which the editor cannot hold: it shows %5 in place of such "
                    "characters. Stagecraft opened the file read-only and will not rewrite it.")
                     .arg(name, what)
                     .arg(at.line)
                     .arg(at.column)
                     .arg(standInsUsed(text));
    }

    removeRecovery(); // the text it protected is being replaced by choice
    m_format = format;
    m_originalBytes = bytes.isNull() ? QByteArray("") : bytes;
    m_acknowledgedDiskBytes.clear();
    m_readOnly = !reason.isEmpty();
    m_readOnlyReason = reason;
    // the text as read, which the editor cannot hold: the tree and any copy come from it, and
    // the editor shows it with stand-ins (a line break of the editor's would shift the lines)
    m_exactText = unkeepable >= 0 ? text : QString();
    m_replacing = true;
    m_text->setPlainText(unkeepable >= 0 ? withStandIns(text) : text);
    m_text->setModified(false);
    m_text->clearUndoRedoStacks();
    m_undo->clear();
    m_path = QFileInfo(path).absoluteFilePath();
    watch();
    finishReplace();
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    if (m_readOnly) {
        *error = m_readOnlyReason;
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
    m_originalBytes = bytes.isNull() ? QByteArray("") : bytes;
    m_acknowledgedDiskBytes.clear();
    removeRecovery();
    m_text->setModified(false);
    if (absolute != m_path) {
        m_path = absolute;
        m_untitledRecoveryName.clear();
        Q_EMIT filePathChanged(m_path);
    }
    watch(); // an atomic replace leaves the watcher on the old inode
    return true;
}

bool Document::reload(QString *error)
{
    if (m_path.isEmpty()) {
        *error = tr("The document has no file to reload.");
        return false;
    }
    return load(m_path, error);
}

// ---- Recovery files

QString Document::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery/");
}

QString Document::recoveryName() const
{
    if (!m_path.isEmpty())
        return QString::fromLatin1(QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    if (m_untitledRecoveryName.isEmpty())
        m_untitledRecoveryName = QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::Id128);
    return m_untitledRecoveryName;
}

QString Document::recoveryFilePath() const
{
    return recoveryDirectory() + recoveryName() + QStringLiteral(".txt");
}

bool Document::writeRecovery(QString *error)
{
    const QString name = recoveryName();
    if (!QDir().mkpath(recoveryDirectory())) {
        if (error)
            *error = tr("Cannot create %1").arg(recoveryDirectory());
        return false;
    }
    if (m_ownedRecoveryName != name) {
        removeRecovery();
        m_ownedRecoveryName = name;
        ownedRecoveryNames().insert(name);
    }
    const QJsonObject meta{{QStringLiteral("path"), m_path},
                           {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    // The text first: a sidecar never points at a missing or older text.
    return writeAtomically(recoveryDirectory() + name + QStringLiteral(".txt"), text().toUtf8(), error)
        && writeAtomically(recoveryDirectory() + name + QStringLiteral(".json"), QJsonDocument(meta).toJson(), error);
}

void Document::removeRecovery()
{
    if (m_ownedRecoveryName.isEmpty())
        return;
    QFile::remove(recoveryDirectory() + m_ownedRecoveryName + QStringLiteral(".json"));
    QFile::remove(recoveryDirectory() + m_ownedRecoveryName + QStringLiteral(".txt"));
    ownedRecoveryNames().remove(m_ownedRecoveryName);
    m_ownedRecoveryName.clear();
}

QList<RecoveryEntry> Document::recoverableDocuments()
{
    QList<RecoveryEntry> entries;
    const QDir dir(recoveryDirectory());
    const QStringList sidecars = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &sidecar : sidecars) {
        RecoveryEntry entry;
        entry.name = QFileInfo(sidecar).completeBaseName();
        if (ownedRecoveryNames().contains(entry.name) || !QFileInfo::exists(entry.textFilePath()))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(readBytes(dir.filePath(sidecar))).object();
        entry.originalPath = meta.value(QStringLiteral("path")).toString();
        entry.time = QDateTime::fromString(meta.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        entry.pid = meta.value(QStringLiteral("pid")).toInteger();
        // Another running instance is still editing it (our own pid: a document of this
        // process that is gone, so it counts as crashed).
        if (entry.pid != QCoreApplication::applicationPid() && processIsRunning(entry.pid))
            continue;
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.time > b.time; });
    return entries;
}

void Document::discardRecovery(const RecoveryEntry &entry)
{
    QFile::remove(recoveryDirectory() + entry.name + QStringLiteral(".json"));
    QFile::remove(entry.textFilePath());
}

bool Document::restoreRecovery(const RecoveryEntry &entry, QString *error)
{
    bool ok = false;
    const QString recovered = entry.text(&ok);
    if (!ok) {
        *error = tr("Cannot read the recovered text %1.").arg(entry.textFilePath());
        return false;
    }
    QString ignored;
    if (!entry.originalPath.isEmpty() && load(entry.originalPath, &ignored) && !m_readOnly) {
        // One undoable step from the file's text to the recovered one.
        QTextCursor cursor(m_text);
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(recovered);
        cursor.endEditBlock();
        if (isReparsePending())
            reparse();
        updateFindings();
    } else {
        replaceText(recovered, entry.originalPath);
    }
    if (entry.originalPath.isEmpty())
        m_untitledRecoveryName = entry.name;
    m_text->setModified(true);
    // Adopt the recovery file: it stays until this document is saved or discarded.
    m_ownedRecoveryName = entry.name;
    ownedRecoveryNames().insert(entry.name);
    return true;
}

// ---- The file on disk

void Document::watch()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_diskCheckTimer->stop();
    if (m_path.isEmpty())
        return;
    // The directory too: an atomic replace by another program (rename over the file) drops
    // the file's watch; the directory's notification lets checkDisk() watch the new file.
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

bool Document::changedOnDisk() const
{
    if (m_path.isEmpty() || m_originalBytes.isNull())
        return false;
    const QByteArray bytes = readBytes(m_path);
    return !bytes.isNull() && bytes != m_originalBytes;
}

void Document::acknowledgeDiskChange()
{
    m_acknowledgedDiskBytes = readBytes(m_path);
}

void Document::checkDisk()
{
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    if (m_originalBytes.isNull())
        return;
    const QByteArray bytes = readBytes(m_path);
    if (bytes.isNull() || bytes == m_originalBytes || bytes == m_acknowledgedDiskBytes)
        return;
    m_acknowledgedDiskBytes = bytes; // report each new content once
    Q_EMIT fileChangedOnDisk();
}

} // namespace stagecraft::app
