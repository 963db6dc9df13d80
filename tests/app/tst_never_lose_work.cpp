// Never losing work: autosave to a recovery file and recovery after a crash, external changes
// to the open file, large files, and files that cannot be read or written.
#include "app/codeeditor.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/noticebar.h"
#include "app/settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <cstdio>
#include <memory>

using namespace stagecraft::app;

namespace {

// Answers the window's questions without a dialog and remembers them.
struct Answers {
    QList<MainWindow::Question> asked;
    QMessageBox::StandardButton reply = QMessageBox::Ok;
    void install(MainWindow &window)
    {
        window.setQuestionHandler([this](const MainWindow::Question &question) {
            asked.append(question);
            return reply;
        });
    }
};

const QString original = QStringLiteral("FROM alpine AS build\nRUN make\n\nFROM scratch\nCOPY --from=build /out /\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Writes `head`, RUN lines up to 6 MB (over the large-file size) and `tail` to `path`.
bool writeLargeDockerfile(const QString &path, const QByteArray &head, const QByteArray &tail = {})
{
    QByteArray bytes = head;
    const QByteArray line = "RUN echo 'a line of a very large generated Dockerfile, for testing' && true\n";
    while (bytes.size() < 6 * 1024 * 1024)
        bytes += line;
    return writeFile(path, bytes + tail);
}

// Another program replacing the file the way editors do: write a temporary file, rename it over.
bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void appendText(MainWindow &window, const QString &text)
{
    QTextCursor cursor(window.document()->textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

// The process the crash test kills: it opens the file, types into the editor like a person,
// waits until autosave has written the recovery file, says "ready" and keeps running.
int crashChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAutosaveInterval(1);
    MainWindow window;
    window.show();
    if (!window.openFile(QString::fromLocal8Bit(argv[2]), true))
        return 3;
    window.editor()->setFocus();
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QString::fromUtf8(argv[3]));
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(window.document()->recoveryFilePath()) && waited.elapsed() < 20000)
        QTest::qWait(50);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return QApplication::exec(); // until killed
}

} // namespace

class TestNeverLoseWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings().setAutosaveInterval(1);
    }

    void init()
    {
        QDir(Document::recoveryDirectory()).removeRecursively();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_path = m_tmp->filePath(QStringLiteral("Dockerfile"));
        QVERIFY(writeFile(m_path, original.toUtf8()));
    }

    void cleanup() { QDir(Document::recoveryDirectory()).removeRecursively(); }

    void autosaveWritesRecoveryAndSaveRemovesIt()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path, true));
        const QString recovery = window.document()->recoveryFilePath();
        QVERIFY(recovery.startsWith(Document::recoveryDirectory()));
        QTest::qWait(1500);
        QVERIFY2(!QFile::exists(recovery), "an unmodified document was autosaved");

        appendText(window, QStringLiteral("RUN echo more\n"));
        QTRY_VERIFY(QFile::exists(recovery));
        QCOMPARE(QString::fromUtf8(readFile(recovery)), window.document()->text());
        const QString sidecar = Document::recoveryDirectory() + QFileInfo(recovery).completeBaseName() + u".json";
        const QJsonObject meta = QJsonDocument::fromJson(readFile(sidecar)).object();
        QCOMPARE(meta.value(u"path").toString(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(meta.contains(u"time"));

        QVERIFY(window.save());
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(!QFile::exists(sidecar));
        QCOMPARE(QString::fromUtf8(readFile(m_path)), original + u"RUN echo more\n");
    }

    void recoversAfterCrash_data()
    {
        QTest::addColumn<bool>("untitled");
        QTest::addColumn<bool>("viaOffer");
        QTest::newRow("file, recover()") << false << false;
        QTest::newRow("file, offer: Recover") << false << true;
        QTest::newRow("untitled, recover()") << true << false;
    }

    void recoversAfterCrash()
    {
        QFETCH(bool, untitled);
        QFETCH(bool, viaOffer);
        const QString edit = QStringLiteral("RUN echo \"ünïcödé\" \\\n    && true\n");
        QString expected;
        {
            auto window = std::make_unique<MainWindow>();
            if (untitled)
                window->newDocument();
            else
                QVERIFY(window->openFile(m_path, true));
            appendText(*window, edit);
            expected = window->document()->text();
            QTRY_VERIFY(QFile::exists(window->document()->recoveryFilePath()));
            MainWindow other;
            QVERIFY2(other.recoverableDocuments().isEmpty(), "a live document's work was offered for recovery");
            // The crash: the window goes away without its close event.
        }
        MainWindow window;
        Answers answers;
        answers.reply = QMessageBox::Yes;
        answers.install(window);
        const QList<RecoveryEntry> entries = window.recoverableDocuments();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().originalPath, untitled ? QString() : QFileInfo(m_path).absoluteFilePath());
        if (viaOffer) {
            window.offerRecovery();
            QCOMPARE(answers.asked.size(), 1);
            QCOMPARE(answers.asked.first().labels.value(QMessageBox::Yes), QStringLiteral("Recover"));
        } else {
            QVERIFY(window.recover(entries.first()));
        }
        QCOMPARE(window.document()->text(), expected);
        QVERIFY(window.document()->isModified());
        if (untitled) {
            QVERIFY(window.document()->filePath().isEmpty());
            return;
        }
        QCOMPARE(window.document()->filePath(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(QString::fromUtf8(readFile(m_path)), original); // untouched until saved
        QVERIFY(window.save());
        QCOMPARE(QString::fromUtf8(readFile(m_path)), expected);
        QVERIFY(Document::recoverableDocuments().isEmpty());
        QVERIFY(QDir(Document::recoveryDirectory()).isEmpty());
    }

    void recoversAfterTheProcessIsKilledMidEdit()
    {
        // A real crash: another process edits the file through the editor and is killed
        // (SIGKILL) before saving; this one finds the work and recovers it.
        const QString typed = QStringLiteral("RUN echo typed before the crash");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child"), m_path, typed});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray said;
        QElapsedTimer waited;
        waited.start();
        while (!said.contains("ready") && waited.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(1000);
            said += child.readAllStandardOutput();
        }
        QVERIFY2(said.contains("ready"), "the editing process did not get to autosave");
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(QString::fromUtf8(readFile(m_path)), original); // never saved

        MainWindow window;
        Answers answers;
        answers.reply = QMessageBox::Yes;
        answers.install(window);
        const QList<RecoveryEntry> entries = window.recoverableDocuments();
        QCOMPARE(entries.size(), 1);
        window.offerRecovery();
        QCOMPARE(window.document()->text(), original + typed);
        QCOMPARE(window.document()->filePath(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(window.document()->isModified());
        QVERIFY(window.save());
        QCOMPARE(QString::fromUtf8(readFile(m_path)), original + typed);
    }

    void discardingRemovesRecovery()
    {
        MainWindow window;
        Answers answers;
        answers.reply = QMessageBox::Discard;
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        appendText(window, QStringLiteral("RUN echo gone\n"));
        const QString recovery = window.document()->recoveryFilePath();
        QTRY_VERIFY(QFile::exists(recovery));
        QVERIFY(window.close()); // "Discard" in the unsaved-changes question
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(Document::recoverableDocuments().isEmpty());
        QCOMPARE(QString::fromUtf8(readFile(m_path)), original);
    }

    void unmodifiedDocumentReloadsExternalChanges()
    {
        MainWindow window;
        Answers answers;
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        const QString first = QStringLiteral("FROM debian AS changed\n");
        QVERIFY(replaceFile(m_path, first.toUtf8())); // atomic replace: a new inode
        QTRY_COMPARE(window.document()->text(), first);
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("reloaded")));
        const QString second = QStringLiteral("FROM debian AS again\n");
        QVERIFY(writeFile(m_path, second.toUtf8())); // in place, on the re-watched file
        QTRY_COMPARE(window.document()->text(), second);
        QVERIFY(answers.asked.isEmpty());
        // a reload that makes the file read-only says so above the editor, and one that makes
        // it writable again takes the notice away
        const QString exotic = QStringLiteral("FROM debian AS a\rRUN true\n");
        QVERIFY(writeFile(m_path, exotic.toUtf8()));
        QTRY_COMPARE(window.document()->text(), exotic);
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.editor()->isReadOnly());
        QCOMPARE(window.noticeBar()->notice(), window.document()->readOnlyReason());
        QVERIFY(writeFile(m_path, second.toUtf8()));
        QTRY_COMPARE(window.document()->text(), second);
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!window.editor()->isReadOnly());
        QCOMPARE(window.noticeBar()->notice(), QString());
    }

    void modifiedDocumentAsksOnExternalChange_data()
    {
        QTest::addColumn<int>("reply");
        QTest::newRow("reload") << int(QMessageBox::Discard);
        QTest::newRow("keep mine") << int(QMessageBox::Ignore);
    }

    void modifiedDocumentAsksOnExternalChange()
    {
        QFETCH(int, reply);
        MainWindow window;
        Answers answers;
        answers.reply = QMessageBox::StandardButton(reply);
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        appendText(window, QStringLiteral("RUN echo mine\n"));
        const QString mine = window.document()->text();
        const QByteArray theirs = "FROM debian AS theirs\n";
        QVERIFY(replaceFile(m_path, theirs));
        QTRY_COMPARE(answers.asked.size(), 1);
        QCOMPARE(answers.asked.first().labels.value(QMessageBox::Discard), QStringLiteral("Reload"));
        QCOMPARE(answers.asked.first().labels.value(QMessageBox::Ignore), QStringLiteral("Keep Mine"));
        if (answers.reply == QMessageBox::Discard) {
            QCOMPARE(window.document()->text(), QString::fromUtf8(theirs));
            QVERIFY(!window.document()->isModified());
            return;
        }
        QCOMPARE(window.document()->text(), mine);
        QVERIFY(window.document()->isModified());
        QTest::qWait(300);
        QCOMPARE(answers.asked.size(), 1); // not asked again for the same content

        // Save asks before overwriting their change: Cancel keeps their file.
        answers.reply = QMessageBox::Cancel;
        QVERIFY(!window.save());
        QCOMPARE(answers.asked.size(), 2);
        QCOMPARE(readFile(m_path), theirs);
        QVERIFY(window.document()->isModified());
        // Overwrite: now ours is written.
        answers.reply = QMessageBox::Save;
        QVERIFY(window.save());
        QCOMPARE(QString::fromUtf8(readFile(m_path)), mine);
        QVERIFY(!window.document()->isModified());
    }

    void saveNeverSilentlyOverwrites()
    {
        // The other program writes just before Save, before any watcher notification.
        MainWindow window;
        Answers answers;
        answers.reply = QMessageBox::Cancel;
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        appendText(window, QStringLiteral("RUN echo mine\n"));
        QVERIFY(writeFile(m_path, "FROM debian AS theirs\n"));
        QVERIFY(!window.save());
        QCOMPARE(answers.asked.size(), 1);
        QCOMPARE(readFile(m_path), QByteArray("FROM debian AS theirs\n"));
        QVERIFY(window.document()->isModified());
    }

    void ownSavesAreNotExternalChanges()
    {
        MainWindow window;
        Answers answers;
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        appendText(window, QStringLiteral("RUN echo one\n"));
        QVERIFY(window.save());
        appendText(window, QStringLiteral("RUN echo two\n"));
        QTest::qWait(400);
        QVERIFY(answers.asked.isEmpty());
        QVERIFY(window.document()->isModified());
        QVERIFY(window.save());
        QVERIFY(answers.asked.isEmpty());
    }

    void largeFileOpensWithWarningAndAcceptsTyping()
    {
        const QString big = m_tmp->filePath(QStringLiteral("big.Dockerfile"));
        QVERIFY(writeLargeDockerfile(big, "FROM alpine AS build\n", "\nFROM scratch\nCOPY --from=build /out /\n"));

        MainWindow window;
        Answers answers;
        answers.install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(window.openFile(big));
        QApplication::processEvents();
        const qint64 openMs = timer.elapsed();
        QCOMPARE(answers.asked.size(), 1);
        QCOMPARE(answers.asked.first().icon, QMessageBox::Information);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("large")));
        QCOMPARE(window.document()->graph().stages.size(), size_t(2));

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        timer.restart();
        QTest::keyClicks(window.editor(), QStringLiteral("FROM scratch AS tail"));
        QTest::keyClick(window.editor(), Qt::Key_Return);
        const qint64 typeMs = timer.elapsed();
        qInfo("6 MB file: open %lld ms, 21 keystrokes %lld ms", openMs, typeMs);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->isReparsePending()); // debounced, not parsed per keystroke
        QTRY_COMPARE(window.document()->graph().stages.size(), size_t(3));
    }

    // A large file that also holds a character the editor cannot keep: the one message says
    // both, so the person learns why the editor will not take their typing.
    void largeReadOnlyFileSaysWhy()
    {
        const QString big = m_tmp->filePath(QStringLiteral("big-cr.Dockerfile"));
        QVERIFY(writeLargeDockerfile(big, "FROM alpine AS build\rRUN true\n"));

        MainWindow window;
        Answers answers;
        answers.install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(big));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.editor()->isReadOnly());
        const QString reason = window.document()->readOnlyReason();
        QVERIFY2(reason.contains(QStringLiteral("line 1, column 21")), qPrintable(reason));
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(answers.asked.first().text.contains(QStringLiteral("large")));
        QVERIFY(answers.asked.first().text.contains(reason));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("large")));
        QCOMPARE(window.noticeBar()->notice(), reason);
    }

    void smallDocumentsReparseSynchronously()
    {
        Document document;
        QTextCursor(document.textDocument()).insertText(QStringLiteral("FROM a AS one\n"));
        QVERIFY(!document.isReparsePending());
        QCOMPARE(document.graph().stages.size(), size_t(1));
    }

    void unreadablePathKeepsCurrentDocument_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("a directory") << QStringLiteral("dir");
        QTest::newRow("missing") << QStringLiteral("no/such/Dockerfile");
        QTest::newRow("unreadable /proc file") << QStringLiteral("/proc/self/mem");
    }

    void unreadablePathKeepsCurrentDocument()
    {
        QFETCH(QString, path);
        QVERIFY(QDir(m_tmp->path()).mkpath(QStringLiteral("dir")));
        const QString target = QDir(m_tmp->path()).filePath(path);
        MainWindow window;
        Answers answers;
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        appendText(window, QStringLiteral("RUN echo unsaved\n"));
        const QString text = window.document()->text();
        QVERIFY(!window.openFile(target));
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(answers.asked.first().text.contains(target));
        QCOMPARE(window.document()->text(), text);
        QCOMPARE(window.document()->filePath(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(window.document()->isModified());
    }

    void unwritablePathKeepsStateAndFile()
    {
        MainWindow window;
        Answers answers;
        answers.install(window);
        QVERIFY(window.openFile(m_path, true));
        appendText(window, QStringLiteral("RUN echo unsaved\n"));
        const QString text = window.document()->text();

        // The file was replaced by a directory behind our back.
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QDir().mkdir(m_path));
        QVERIFY(!window.save());
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(window.document()->isModified());
        QVERIFY(QFileInfo(m_path).isDir());
        QVERIFY(QDir(m_path).isEmpty());

        // Writing where no file can be: nothing changes.
        for (const QString &path : {m_tmp->filePath(QStringLiteral("no/such/dir/Dockerfile")), QStringLiteral("/proc/version")}) {
            QString error;
            QVERIFY(!window.document()->save(path, &error));
            QVERIFY(error.contains(path));
            QCOMPARE(window.document()->text(), text);
            QCOMPARE(window.document()->filePath(), QFileInfo(m_path).absoluteFilePath());
            QVERIFY(window.document()->isModified());
        }
        QVERIFY(!QFileInfo::exists(m_tmp->filePath(QStringLiteral("no"))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp; // a fresh one per test function
    QString m_path;
};

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--crash-child") == 0)
        return crashChild(argc, argv);
    QApplication app(argc, argv);
    TestNeverLoseWork test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_never_lose_work.moc"
