// The bundled templates (resources/templates) are examples newcomers learn from: each parses
// and analyses cleanly, marks every stage's role and describes it, ends in exactly one
// runtime stage, and that runtime stage neither inherits from a dev or debugging stage nor
// installs build tools or debuggers.
#include "core/lint.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace stagecraft;

namespace {
const QString templateDir = QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/templates");

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList templateFiles()
{
    return QDir(templateDir).entryList({QStringLiteral("*.Dockerfile")}, QDir::Files, QDir::Name);
}

// Why the last stage (the runtime image) would carry build tools, or empty: a dev or
// debugging stage in its FROM chain (its files end up in the image), or an instruction of
// the chain (FROM included: a JDK or SDK base image) that names a compiler, build tool or
// debugger. A word matches when not part of a longer word ("21-jdk" counts, "jdkx" not).
QString runtimeProblem(const SyntaxTree &tree, const StageGraph &graph)
{
    static const QRegularExpression tools(QStringLiteral(
        "(?<![A-Za-z0-9])(gcc|g\\+\\+|clang|clang\\+\\+|build-essential|build-base|make|cmake|ninja|ninja-build"
        "|debugpy|pdb|delve|dlv|gdb|lldb|valgrind|strace|vsdbg|jdk|javac|maven|mvn|gradle|sdk"
        "|golang|rustc|cargo|rustup|rust)(?![A-Za-z0-9+])"),
        QRegularExpression::CaseInsensitiveOption);
    if (graph.stages.empty())
        return QStringLiteral("no stages");
    std::vector<bool> seen(graph.stages.size(), false);
    for (int s = int(graph.stages.size()) - 1; s >= 0 && !seen[size_t(s)]; s = graph.stages[size_t(s)].baseStage) {
        seen[size_t(s)] = true;
        const Stage &stage = graph.stages[size_t(s)];
        if (stage.role == Role::Dev || stage.role == Role::Debugging)
            return QStringLiteral("the runtime image inherits from %1 (%2)").arg(stage.displayName(), roleName(stage.role));
        std::vector<int> instructions{stage.fromInstruction};
        instructions.insert(instructions.end(), stage.instructions.begin(), stage.instructions.end());
        for (int i : instructions) {
            const Instruction &ins = tree.instructions[size_t(i)];
            const auto match = tools.match(tree.text.mid(ins.range.begin, ins.range.length()));
            if (match.hasMatch())
                return QStringLiteral("line %1 brings \"%2\" into the runtime image").arg(ins.firstLine).arg(match.captured(1));
        }
    }
    return {};
}
} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allLanguagesArePresent()
    {
        const QStringList files = templateFiles();
        for (const char *name : {"python", "go", "node", "rust", "java", "dotnet", "cpp"})
            QVERIFY2(files.contains(QLatin1String(name) + QStringLiteral(".Dockerfile")), name);
        // Every template is bundled in the application's resources.
        const QString qrc = readFile(QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/templates.qrc"));
        QVERIFY(!qrc.isEmpty());
        for (const QString &file : files)
            QVERIFY2(qrc.contains(QStringLiteral(">templates/") + file + QStringLiteral("<")), qPrintable(file));
    }

    void eachTemplate_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : templateFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void eachTemplate()
    {
        QFETCH(QString, file);
        const QString text = readFile(templateDir + u'/' + file);
        QVERIFY(!text.isEmpty());
        const SyntaxTree tree = parse(text);
        QCOMPARE(tree.print(), text);
        const StageGraph graph = analyse(tree);

        // No diagnostics and no lint findings at all (lint() includes the graph's diagnostics),
        // with one exception: "unreachable-stage" (info) for a
        // debugging stage. The default target is the runtime image, and a debugging stage
        // is built on purpose only with --target debugging: making it reachable from runtime
        // would put the debugger into the production build, which the template must not do.
        for (const Finding &f : lint(tree, graph)) {
            const Diagnostic &d = f.diagnostic;
            const int line = tree.lines.at(d.range.begin).line;
            int stage = -1;
            for (const Stage &s : graph.stages) {
                if (s.firstLine <= line)
                    stage = s.index;
            }
            const bool allowed = d.code == u"unreachable-stage" && d.severity == Severity::Info && stage >= 0
                              && graph.stages[size_t(stage)].role == Role::Debugging;
            QVERIFY2(allowed, qPrintable(QStringLiteral("%1:%2: %3 %4: %5")
                                             .arg(file).arg(line).arg(severityName(d.severity), d.code, d.message)));
        }

        QVERIFY(graph.stages.size() >= 2);
        int runtimes = 0;
        for (const Stage &s : graph.stages) {
            QVERIFY2(!s.name.isEmpty(), qPrintable(s.displayName()));
            QVERIFY2(s.roleExplicit && s.role != Role::None, qPrintable(s.name + QStringLiteral(": no role marked")));
            QVERIFY2(!s.description.isEmpty(), qPrintable(s.name + QStringLiteral(": no description")));
            runtimes += s.role == Role::Runtime;
        }
        QCOMPARE(runtimes, 1);
        const Stage &runtime = graph.stages.back();
        QCOMPARE(runtime.role, Role::Runtime);
        QCOMPARE(graph.defaultTarget, runtime.index);

        const QString problem = runtimeProblem(tree, graph);
        QVERIFY2(problem.isEmpty(), qPrintable(file + QStringLiteral(": ") + problem));
    }

    // The runtime check catches what it is meant to catch.
    void runtimeCheckRejects_data()
    {
        QTest::addColumn<QString>("text");
        const QString dev = QStringLiteral("# stagecraft: role=dev\n# dev builds\nFROM debian:bookworm AS dev\n");
        QTest::newRow("inherits dev") << dev + QStringLiteral("FROM dev AS runtime\n");
        QTest::newRow("inherits via plain stage")
            << dev + QStringLiteral("FROM dev AS base\nFROM base AS runtime\n");
        QTest::newRow("installs gcc") << dev + QStringLiteral("FROM debian:bookworm-slim AS runtime\nRUN apt-get install -y gcc\n");
        QTest::newRow("installs g++") << dev + QStringLiteral("FROM alpine:3.21 AS runtime\nRUN apk add g++\n");
        QTest::newRow("installs debugpy") << dev + QStringLiteral("FROM python:3.13-slim AS runtime\nRUN pip install \\\n  debugpy\n");
        QTest::newRow("jdk base") << dev + QStringLiteral("FROM eclipse-temurin:21-jdk AS runtime\n");
        QTest::newRow("sdk base") << dev + QStringLiteral("FROM mcr.microsoft.com/dotnet/sdk:9.0 AS runtime\n");
        QTest::newRow("delve") << dev + QStringLiteral("FROM golang:1.24 AS runtime\nRUN go install github.com/go-delve/delve/cmd/dlv@latest\n");
    }

    void runtimeCheckRejects()
    {
        QFETCH(QString, text);
        const SyntaxTree tree = parse(text);
        QVERIFY(!runtimeProblem(tree, analyse(tree)).isEmpty());
    }

    void runtimeCheckAccepts()
    {
        const SyntaxTree tree = parse(QStringLiteral("FROM golang:1.24 AS dev\nRUN go build -o /app .\n"
                                                     "FROM eclipse-temurin:21-jre-alpine AS runtime\n"
                                                     "COPY --from=dev /app /app\nRUN apk add --no-cache tzdata\n"));
        QCOMPARE(runtimeProblem(tree, analyse(tree)), QString());
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
