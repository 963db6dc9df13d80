// `stagecraft edit`: runs the built executable (STAGECRAFT_BINARY_DIR/bin/stagecraft) and
// checks the order of operations, --diff, -i (bytes, BOM and CRLF kept), refusals (exit 1,
// nothing written), usage errors (exit 2) and standard input.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Result = stagecraft::test::CliResult;

Result run(const QStringList &args, const QByteArray &input = {})
{
    return stagecraft::test::runStagecraft(QStringList{u"edit"_s} + args, input);
}

const QByteArray example = "# builder compiles it\n"
                           "FROM golang:1.22 AS builder\n"
                           "RUN go build -o /app .\n"
                           "\n"
                           "FROM alpine:3.20 AS runtime\n"
                           "COPY --from=builder /app /app\n";

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(STAGECRAFT_BINARY_DIR "/bin/stagecraft")), "build the stagecraft target first");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_file = m_dir.filePath(u"Dockerfile"_s);
        QVERIFY(writeBytes(m_file, example));
    }

    void help()
    {
        const Result r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: stagecraft edit FILE"));
        QVERIFY(r.out.contains("--rename STAGE=NEW"));
    }

    void printsText()
    {
        const Result r = run({m_file, u"--rename"_s, u"builder=compile"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, QByteArray("# compile compiles it\n"
                                   "FROM golang:1.22 AS compile\n"
                                   "RUN go build -o /app .\n"
                                   "\n"
                                   "FROM alpine:3.20 AS runtime\n"
                                   "COPY --from=compile /app /app\n"));
        QCOMPARE(readBytes(m_file), example); // without -i the file stays
    }

    void operationsApplyInOrder()
    {
        // the second operation names what the first one created
        Result r = run({m_file, u"--rename=builder=b2"_s, u"--add"_s, u"tools=b2@b2"_s, u"--role"_s, u"TOOLS=debugging"_s,
            u"--move"_s, u"runtime=1"_s, u"--describe=tools=has the debugger"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("# b2 compiles it\n"
                                   "FROM golang:1.22 AS b2\n"
                                   "RUN go build -o /app .\n"
                                   "\n"
                                   "FROM alpine:3.20 AS runtime\n"
                                   "COPY --from=b2 /app /app\n"
                                   "\n"
                                   "# tools has the debugger\n"
                                   "# stagecraft: role=debugging\n"
                                   "FROM b2 AS tools\n"));
        // the other way round the first one refers to a stage that does not exist yet
        r = run({m_file, u"--add"_s, u"tools=b2@b2"_s, u"--rename=builder=b2"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--add tools=b2@b2: no stage named \"b2\""), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }

    void diff()
    {
        const Result r = run({m_file, u"--rebase"_s, u"runtime=scratch"_s, u"--diff"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray expected = "--- a/" + m_file.toUtf8() + "\n+++ b/" + m_file.toUtf8() + "\n"
            "@@ -2,5 +2,5 @@\n"
            " FROM golang:1.22 AS builder\n"
            " RUN go build -o /app .\n"
            " \n"
            "-FROM alpine:3.20 AS runtime\n"
            "+FROM scratch AS runtime\n"
            " COPY --from=builder /app /app\n";
        QCOMPARE(r.out, expected);
        QCOMPARE(run({m_file, u"--diff"_s}).out, QByteArray()); // no operation, no difference
    }

    void inPlaceKeepsBytes()
    {
        const QByteArray bom = "\xEF\xBB\xBF";
        QByteArray crlf = example;
        crlf.replace("\n", "\r\n");
        crlf.chop(2); // and no final line break
        QVERIFY(writeBytes(m_file, bom + crlf));
        const Result r = run({m_file, u"-i"_s, u"--duplicate"_s, u"runtime"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(readBytes(m_file), bom + crlf + "\r\n\r\nFROM alpine:3.20 AS runtime-copy\r\nCOPY --from=builder /app /app");
        // QSaveFile leaves no temporary file behind
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"Dockerfile"_s});
    }

    void refusalChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("invalid name") << QStringList{u"--rename"_s, u"builder=Compile"_s}
                                      << QByteArray(": --rename builder=Compile: invalid stage name \"Compile\"");
        QTest::newRow("second of two") << QStringList{u"--rename"_s, u"builder=compile"_s, u"--rename"_s, u"runtime=compile"_s}
                                       << QByteArray(": --rename runtime=compile: stage 0 is already named \"compile\"");
        QTest::newRow("unknown stage") << QStringList{u"--delete"_s, u"nope"_s}
                                       << QByteArray(": --delete nope: no stage named \"nope\" (stages: builder, runtime)");
        QTest::newRow("depended on") << QStringList{u"--delete"_s, u"0"_s}
                                     << QByteArray(": --delete 0: builder is used by runtime (pass --force to delete it anyway)");
        QTest::newRow("move breaks FROM") << QStringList{u"--add"_s, u"x=builder"_s, u"--move"_s, u"x=0"_s}
                                          << QByteArray(": --move x=0: cannot move stage \"x\"");
    }

    void refusalChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Result r = run(QStringList{m_file, u"-i"_s} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QByteArray(m_file.toUtf8() + message)), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(readBytes(m_file), example);
    }

    void force()
    {
        const Result r = run({m_file, u"--delete"_s, u"builder"_s, u"--force"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("FROM alpine:3.20 AS runtime\nCOPY --from=builder /app /app\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{u"--delete"_s, u"0"_s};
        QTest::newRow("two files") << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("unknown option") << QStringList{u"FILE"_s, u"--frobnicate"_s};
        QTest::newRow("missing value") << QStringList{u"FILE"_s, u"--rename"_s};
        QTest::newRow("no =") << QStringList{u"FILE"_s, u"--rename"_s, u"builder"_s};
        QTest::newRow("bad index") << QStringList{u"FILE"_s, u"--move"_s, u"builder=first"_s};
        QTest::newRow("bad role") << QStringList{u"FILE"_s, u"--role"_s, u"builder=boss"_s};
        QTest::newRow("-i on stdin") << QStringList{u"-"_s, u"-i"_s};
        QTest::newRow("missing file") << QStringList{u"/nonexistent/Dockerfile"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(u"FILE"_s, m_file);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(readBytes(m_file), example);
    }

    void notUtf8()
    {
        QVERIFY(writeBytes(m_file, "FROM alpine AS caf\xE9\n"));
        const Result r = run({m_file, u"-i"_s, u"--rename=0=x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not valid UTF-8"));
        QCOMPARE(readBytes(m_file), QByteArray("FROM alpine AS caf\xE9\n"));
    }

    void standardInput()
    {
        const Result r = run({u"-"_s, u"--role"_s, u"runtime=runtime"_s}, example);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray(example).replace("FROM alpine", "# stagecraft: role=runtime\nFROM alpine"));
        const Result refused = run({u"-"_s, u"--rename"_s, u"runtime=builder"_s}, example);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.startsWith("<stdin>: --rename runtime=builder: "));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
