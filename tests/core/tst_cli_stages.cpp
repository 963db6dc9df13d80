// `stagecraft stages`: runs the built executable (STAGECRAFT_BINARY_DIR/bin/stagecraft) and
// checks its JSON shape, options, standard input and exit codes (0 ok, 1 errors, 2 usage/I/O).
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Result = stagecraft::test::CliResult;

Result run(const QStringList &args, const QByteArray &input = {})
{
    return stagecraft::test::runStagecraft(QStringList{u"stages"_s} + args, input);
}

const QByteArray example = "ARG BASE=alpine\n"
                           "# builder compiles it\n"
                           "FROM ${BASE}:3.20 AS builder\n"
                           "RUN make\n"
                           "FROM builder AS test\n"
                           "RUN make test\n"
                           "FROM scratch\n"
                           "COPY --from=builder /out /app\n";

} // namespace

class TestCliStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(STAGECRAFT_BINARY_DIR "/bin/stagecraft")), "build the stagecraft target first");
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"Dockerfile"_s);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(example);
    }

    void jsonShape()
    {
        const Result r = run({m_file, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        QCOMPARE(o.value(u"defaultTarget"_s).toInt(), 2);
        QCOMPARE(o.value(u"buildsForTarget"_s).toArray(), (QJsonArray{0, 2}));
        const QJsonArray args = o.value(u"globalArgs"_s).toArray();
        QCOMPARE(args.size(), 1);
        QCOMPARE(args[0].toObject().value(u"value"_s).toString(), u"alpine"_s);
        const QJsonArray stages = o.value(u"stages"_s).toArray();
        QCOMPARE(stages.size(), 3);
        const QJsonObject builder = stages[0].toObject();
        for (const char *key : {"index", "name", "base", "platform", "role", "description", "firstLine", "lastLine",
                 "instructionCount", "dependencies"})
            QVERIFY2(builder.contains(QLatin1StringView(key)), key);
        QCOMPARE(builder.value(u"name"_s).toString(), u"builder"_s);
        QCOMPARE(builder.value(u"description"_s).toString(), u"compiles it"_s);
        const QJsonObject base = builder.value(u"base"_s).toObject();
        QCOMPARE(base.value(u"text"_s).toString(), u"${BASE}:3.20"_s);
        QCOMPARE(base.value(u"expanded"_s).toString(), u"alpine:3.20"_s);
        QVERIFY(base.value(u"stage"_s).isNull());
        QCOMPARE(base.value(u"image"_s).toString(), u"alpine:3.20"_s);
        QCOMPARE(builder.value(u"firstLine"_s).toInt(), 3);
        QCOMPARE(builder.value(u"lastLine"_s).toInt(), 4);
        QCOMPARE(stages[1].toObject().value(u"base"_s).toObject().value(u"stage"_s).toInt(), 0);
        const QJsonObject last = stages[2].toObject();
        QCOMPARE(last.value(u"role"_s).toObject(), (QJsonObject{{u"value"_s, u"runtime"_s}, {u"explicit"_s, false}}));
        const QJsonArray deps = last.value(u"dependencies"_s).toArray();
        QCOMPARE(deps.size(), 1);
        QCOMPARE(deps[0].toObject().value(u"kind"_s).toString(), u"copy-from"_s);
        QCOMPARE(deps[0].toObject().value(u"stage"_s).toInt(), 0);
        QCOMPARE(deps[0].toObject().value(u"line"_s).toInt(), 8);
        const QJsonArray diags = o.value(u"diagnostics"_s).toArray();
        QCOMPARE(diags.size(), 1); // "test" is never built by default
        const QJsonObject d = diags[0].toObject();
        QCOMPARE(d.value(u"code"_s).toString(), u"unreachable-stage"_s);
        QCOMPARE(d.value(u"severity"_s).toString(), u"info"_s);
        QCOMPARE(d.value(u"line"_s).toInt(), 5);
        QCOMPARE(d.value(u"column"_s).toInt(), 17);
    }

    void target()
    {
        const Result r = run({m_file, u"--json"_s, u"--target"_s, u"TEST"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"target"_s).toInt(), 1);
        QCOMPARE(o.value(u"buildsForTarget"_s).toArray(), (QJsonArray{0, 1}));
    }

    void unknownTarget()
    {
        const Result r = run({m_file, u"--target"_s, u"nope"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nope"));
        QVERIFY(r.err.contains("builder"));
    }

    void buildArg()
    {
        const Result r = run({m_file, u"--json"_s, u"--build-arg"_s, u"BASE=debian"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"stages"_s).toArray()[0].toObject().value(u"base"_s).toObject().value(u"expanded"_s).toString(),
                 u"debian:3.20"_s);
        QCOMPARE(run({m_file, u"--build-arg"_s, u"NOEQUALS"_s}).exitCode, 2);
    }

    void standardInput()
    {
        const Result r = run({u"-"_s, u"--json"_s}, example);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"stages"_s).toArray().size(), 3);
    }

    void errorsExitOne()
    {
        const Result r = run({u"-"_s}, "FROM alpine AS 1bad\nCOPY --from=5 a b\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("<stdin>:1:16: error:"), r.err.constData());
        QVERIFY(r.err.contains("invalid-stage-name"));
        QVERIFY(r.err.contains("<stdin>:2:13: error:"));
    }

    void textOutput()
    {
        const Result r = run({m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("NAME"));
        QVERIFY(r.out.contains("builder"));
        QVERIFY(r.out.contains("runtime (inferred)"));
        QVERIFY(r.out.contains("BASE = alpine"));
    }

    void usage()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({m_file, m_file}).exitCode, 2);
        QCOMPARE(run({u"--bogus"_s, m_file}).exitCode, 2);
        const Result missing = run({m_dir.filePath(u"missing"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no such file"));
        const Result help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--build-arg"));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCliStages)
#include "tst_cli_stages.moc"
