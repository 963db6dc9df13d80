// `stagecraft export` and `stagecraft plan` as a person or a CI script runs them: every
// format, option, exit code and error path, through the real executable.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "../clirunner.h"

namespace {

const QString example = QStringLiteral(STAGECRAFT_TEST_DATA "/export/go-static.Dockerfile");
const QString broken = QStringLiteral(STAGECRAFT_TEST_DATA "/export/broken.Dockerfile");

using Run = stagecraft::test::CliResult;

Run run(const QStringList &args, const QByteArray &input = {})
{
    return stagecraft::test::runStagecraft(args, input);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyFormatByExtension_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("svg") << "d.svg" << QByteArray("<?xml");
        QTest::newRow("png") << "d.png" << QByteArray("\x89PNG");
        QTest::newRow("pdf") << "d.pdf" << QByteArray("%PDF-");
        QTest::newRow("dot") << "d.dot" << QByteArray("// Stage diagram");
        QTest::newRow("gv") << "d.gv" << QByteArray("// Stage diagram");
        QTest::newRow("mermaid") << "d.mmd" << QByteArray("---\ntitle:");
        QTest::newRow("json") << "d.json" << QByteArray("{");
    }

    void everyFormatByExtension()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        const QString out = m_dir.filePath(file);
        const Run r = run({QStringLiteral("export"), example, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(start));
    }

    void formatOptionOverridesExtension()
    {
        const QString out = m_dir.filePath(QStringLiteral("diagram.txt"));
        QCOMPARE(run({QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("dot")}).exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("digraph stages"));
    }

    void textToStdoutAndStdin()
    {
        QFile file(example);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run r = run({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("-"),
                           QStringLiteral("--format"), QStringLiteral("mermaid")}, file.readAll());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("flowchart LR"));
        QVERIFY(r.out.contains("runtime"));
    }

    void optionsReachTheOutput()
    {
        const auto dot = [](const QStringList &extra) {
            return run(QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("dot")} + extra).out;
        };
        QVERIFY(dot({}).contains("rankdir=LR"));
        QVERIFY(dot({QStringLiteral("--direction"), QStringLiteral("tb")}).contains("rankdir=TB"));
        QVERIFY(dot({}).contains("cluster_legend"));
        QVERIFY(!dot({QStringLiteral("--no-legend")}).contains("cluster_legend"));
        QVERIFY(!dot({QStringLiteral("--no-images")}).contains("i0 ["));
        QVERIFY(dot({QStringLiteral("--theme"), QStringLiteral("dark")}).contains("#1e2024"));
        QVERIFY(dot({QStringLiteral("--layers")}).contains("RUN go test ./..."));
        QVERIFY(dot({QStringLiteral("--target"), QStringLiteral("test")}).contains("skipped for this target"));
        QVERIFY(dot({QStringLiteral("--build-arg"), QStringLiteral("GO_VERSION=1.23")}).contains("golang:1.23-alpine"));
    }

    void pngScale()
    {
        const QString one = m_dir.filePath(QStringLiteral("one.png")), two = m_dir.filePath(QStringLiteral("two.png"));
        QCOMPARE(run({QStringLiteral("export"), example, QStringLiteral("-o"), one, QStringLiteral("--scale"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("export"), example, QStringLiteral("-o"), two, QStringLiteral("--scale"), QStringLiteral("2")}).exitCode, 0);
        QCOMPARE(QImage(two).width(), QImage(one).width() * 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        const QString out = QStringLiteral("/tmp/stagecraft-test-never-written.svg");
        QTest::newRow("missing file") << QStringList{QStringLiteral("export"), QStringLiteral("/no/such/Dockerfile"), QStringLiteral("-o"), out} << 2 << QByteArray("no such file");
        QTest::newRow("directory as input") << QStringList{QStringLiteral("export"), QStringLiteral(STAGECRAFT_TEST_DATA), QStringLiteral("-o"), out} << 2 << QByteArray("is a directory");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("bmp")} << 2 << QByteArray("unknown format");
        QTest::newRow("unknown extension") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral("x.bmp")} << 2 << QByteArray("cannot tell the format");
        QTest::newRow("bad target") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--target"), QStringLiteral("nope")} << 2 << QByteArray("no stage named \"nope\"");
        QTest::newRow("directory as output") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral("/tmp")} << 2 << QByteArray("is a directory");
        QTest::newRow("directory named like a file") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral(STAGECRAFT_TEST_DATA "/export/options"), QStringLiteral("-f"), QStringLiteral("svg")} << 2 << QByteArray("is a directory");
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral("/proc/stagecraft.svg")} << 2 << QByteArray("cannot write");
        QTest::newRow("binary to stdout") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("png")} << 2 << QByteArray("binary");
        QTest::newRow("no output") << QStringList{QStringLiteral("export"), example} << 2 << QByteArray("usage");
        QTest::newRow("bad theme") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--theme"), QStringLiteral("blue")} << 2 << QByteArray("--theme");
        QTest::newRow("bad direction") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--direction"), QStringLiteral("up")} << 2 << QByteArray("--direction");
        QTest::newRow("bad scale") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--scale"), QStringLiteral("zero")} << 2 << QByteArray("--scale");
        QTest::newRow("bad build arg") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--build-arg"), QStringLiteral("NOVALUE")} << 2 << QByteArray("KEY=VALUE");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), example, QStringLiteral("-o"), out, QStringLiteral("--colour")} << 2 << QByteArray("Unknown option");
        QTest::newRow("plan bad target") << QStringList{QStringLiteral("plan"), example, QStringLiteral("--target"), QStringLiteral("nope")} << 2 << QByteArray("no stage named");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("lnit"), example} << 2 << QByteArray("unknown command \"lnit\"");
        QTest::newRow("plan missing file") << QStringList{QStringLiteral("plan"), QStringLiteral("/no/such/file")} << 2 << QByteArray("no such file");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/stagecraft-test-never-written.svg")));
    }

    void unreadableFile()
    {
        QString path;
        if (geteuid() == 0) {
            path = QStringLiteral("/proc/self/mem"); // root reads any file; this one fails to read
        } else {
            path = m_dir.filePath(QStringLiteral("secret.Dockerfile"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("FROM alpine\n");
            f.close();
            QVERIFY(f.setPermissions(QFileDevice::Permissions()));
        }
        const Run r = run({QStringLiteral("export"), path, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("u.svg"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("u.svg"))));
    }

    void errorsInTheDockerfile()
    {
        const QString out = m_dir.filePath(QStringLiteral("broken.svg"));
        const Run r = run({QStringLiteral("export"), broken, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        // FILE:LINE:COL: message, and the diagram is still written.
        QVERIFY2(r.err.contains(QByteArray(QFile::encodeName(broken) + ":")), r.err.constData());
        QVERIFY(QRegularExpression(QStringLiteral(":[0-9]+:[0-9]+: error: ")).match(QString::fromUtf8(r.err)).hasMatch());
        QVERIFY(QSvgRenderer(out).isValid());
    }

    void helpForEverySubcommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("export") << "export";
        QTest::newRow("plan") << "plan";
        QTest::newRow("stages") << "stages";
    }

    void helpForEverySubcommand()
    {
        QFETCH(QString, command);
        const Run r = run({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage:"));
        QVERIFY(r.out.contains("--help"));
    }

    void planListsBuiltAndSkipped()
    {
        const Run r = run({QStringLiteral("plan"), example, QStringLiteral("--target"), QStringLiteral("debug")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Target: debug (stage 2)")), qPrintable(out));
        const qsizetype skipped = out.indexOf(QStringLiteral("Skipped:"));
        QVERIFY(skipped > 0);
        QVERIFY(out.indexOf(QStringLiteral("build")) < skipped);
        QVERIFY(out.indexOf(QStringLiteral("test"), skipped) > skipped);
        QVERIFY(out.indexOf(QStringLiteral("runtime"), skipped) > skipped);
        QVERIFY(out.contains(QStringLiteral("docker build -f ")));
        QVERIFY(out.contains(QStringLiteral("--target debug -t image .")));
        const Run plain = run({QStringLiteral("plan"), example});
        QVERIFY(plain.out.contains("Target: runtime (stage 3)"));
        QVERIFY(!plain.out.contains("--target"));
    }

    void planFromStdinAndErrors()
    {
        const Run r = run({QStringLiteral("plan"), QStringLiteral("-")}, QByteArray("FROM alpine AS a\nFROM a AS b\n"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("docker build -t image ."));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("-")}, file.readAll()).exitCode, 1);
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("stagecraft "));
        const Run help = run({QStringLiteral("--help")});
        QVERIFY(help.out.contains("export"));
        QVERIFY(help.out.contains("plan"));
        QVERIFY(help.out.contains("stages"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
