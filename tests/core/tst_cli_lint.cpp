// `stagecraft lint`: runs the built executable and checks the text and JSON formats, --target,
// standard input, and the exit codes (0 no error, 1 any error, 2 usage or I/O).
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Result = stagecraft::test::CliResult;

Result run(const QStringList &args, const QByteArray &input = {})
{
    return stagecraft::test::runStagecraft(QStringList{u"lint"_s} + args, input);
}

// No errors: StageNameCasing (line 1), unreachable-stage (info, line 2), JSONArgsRecommended
// (line 3), DL3006 (line 4); runtime-from-dev-stage is absent (the runtime stage copies from dev).
const QByteArray warnings = "FROM python:3.12 AS Dev\n"
                            "FROM dev AS debugging\n"
                            "CMD python -m debugpy\n"
                            "FROM python AS runtime\n"
                            "COPY --from=dev /app /app\n";

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCliLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(STAGECRAFT_BINARY_DIR "/bin/stagecraft")), "build the stagecraft target first");
        QVERIFY(m_dir.isValid());
        m_file = write(u"Dockerfile"_s, warnings);
    }

    void textFormat()
    {
        const Result r = run({m_file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), (QStringList{
            m_file + u":1:21: warning: Stage name 'Dev' should be lowercase [StageNameCasing]"_s,
            m_file + u":2:13: info: stage \"debugging\" is not built by the default target (the last stage); build it with --target debugging [unreachable-stage]"_s,
            m_file + u":3:1: warning: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals [JSONArgsRecommended]"_s,
            m_file + u":4:6: warning: Always tag the version of an image explicitly: \"python\" builds on whatever \"python:latest\" is when the image is built [DL3006]"_s,
        }));
        QVERIFY(r.err.isEmpty());
    }

    void jsonFormat()
    {
        const Result r = run({m_file, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        QCOMPARE(o.value(u"target"_s).toString(), u"runtime"_s);
        QCOMPARE(o.value(u"errors"_s).toInt(), 0);
        QCOMPARE(o.value(u"warnings"_s).toInt(), 3);
        QCOMPARE(o.value(u"infos"_s).toInt(), 1);
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 4);
        const QJsonObject casing = findings.at(0).toObject();
        QCOMPARE(casing.value(u"code"_s).toString(), u"StageNameCasing"_s);
        QCOMPARE(casing.value(u"source"_s).toString(), u"buildkit"_s);
        QCOMPARE(casing.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(casing.value(u"start"_s).toObject().value(u"line"_s).toInt(), 1);
        QCOMPARE(casing.value(u"start"_s).toObject().value(u"column"_s).toInt(), 21);
        QCOMPARE(casing.value(u"end"_s).toObject().value(u"column"_s).toInt(), 24);
        const QJsonObject fix = casing.value(u"fix"_s).toObject();
        QCOMPARE(fix.value(u"title"_s).toString(), u"Lowercase stage name \"Dev\""_s);
        const QJsonArray edits = fix.value(u"edits"_s).toArray();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.at(0).toObject().value(u"replacement"_s).toString(), u"d"_s); // the smallest edit: D -> d
        QCOMPARE(edits.at(0).toObject().value(u"start"_s).toObject().value(u"offset"_s).toInt(), 20);
        QCOMPARE(findings.at(1).toObject().value(u"source"_s).toString(), u"stagecraft"_s);
        QVERIFY(findings.at(2).toObject().value(u"fix"_s).isNull()); // JSONArgsRecommended: no clear fix
        QCOMPARE(findings.at(3).toObject().value(u"source"_s).toString(), u"hadolint"_s);
    }

    void target()
    {
        // building the debugging stage: no debugging-stage-in-target; building runtime that copies it: one
        const QByteArray text = "FROM alpine:3 AS debugging\nFROM alpine:3 AS runtime\nCOPY --from=debugging /x /x\nFROM alpine:3 AS docs\n";
        const QString file = write(u"target.Dockerfile"_s, text);
        QCOMPARE(lines(run({file}).out).filter(u"debugging-stage-in-target"_s).size(), 0);
        QCOMPARE(lines(run({file, u"--target"_s, u"runtime"_s}).out).filter(u"debugging-stage-in-target"_s).size(), 1);
        QCOMPARE(lines(run({file, u"--target"_s, u"DEBUGGING"_s}).out).filter(u"debugging-stage-in-target"_s).size(), 0);
        const Result unknown = run({file, u"--target"_s, u"nope"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no stage named \"nope\""), unknown.err.constData());
    }

    void errorsExitOne()
    {
        const QString file = write(u"errors.Dockerfile"_s, "FROM alpine:3 AS a\nCOPY --from=a /x /x\n");
        const Result r = run({file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(":2:13: error: "), r.out.constData());
        QVERIFY(r.out.contains("[copy-from-self]"));
        QVERIFY(r.err.isEmpty()); // findings go to stdout once
    }

    void checkErrorTrue()
    {
        const Result r = run({u"-"_s}, "# check=error=true\nFROM alpine:3 AS Dev\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.out), QStringList{u"<stdin>:2:18: error: Stage name 'Dev' should be lowercase [StageNameCasing]"_s});
        const Result skipped = run({u"-"_s}, "# check=skip=StageNameCasing;error=true\nFROM alpine:3 AS Dev\n");
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(skipped.out.isEmpty());
    }

    void usageAndIo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList() << u"usage: stagecraft lint FILE"_s;
        QTest::newRow("two files") << QStringList{u"a"_s, u"b"_s} << u"usage: stagecraft lint FILE"_s;
        QTest::newRow("bad format") << QStringList{u"x"_s, u"--format"_s, u"xml"_s} << u"unknown format \"xml\""_s;
        QTest::newRow("unknown option") << QStringList{u"--nope"_s} << u"Unknown option 'nope'"_s;
        QTest::newRow("missing file") << QStringList{u"/nonexistent/Dockerfile"_s} << u"/nonexistent/Dockerfile: no such file"_s;
        QTest::newRow("directory") << QStringList{u"/"_s} << u"is a directory"_s;
    }
    void usageAndIo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const Result r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--format"));
        QVERIFY(r.out.contains("--target"));
        QVERIFY(run({}).exitCode == 2);
        const Result top = stagecraft::test::runStagecraft({u"--help"_s});
        QVERIFY(top.out.contains("lint"));
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
