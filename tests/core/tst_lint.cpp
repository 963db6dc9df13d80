// Lint (core/lint.h): every rule with cases that fire and cases that must not, the check
// directive, no finding reported twice, and every quick fix with exact before/after text.
//
// fixes: tests/data/lint/NAME.before.Dockerfile with NAME.fix (the code of the finding whose
// fix is applied, optionally followed by its 0-based occurrence) gives NAME.after.Dockerfile.
// Regenerate with `STAGECRAFT_UPDATE_REFERENCES=1 ./dev test -R lint` and review the diff.
#include "../export/goldens.h"

#include "core/lint.h"

#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stagecraft;

namespace {

const QString dataDir = QStringLiteral(STAGECRAFT_TEST_DATA "/lint/");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<Finding> lintText(const QString &text, const QString &target = {})
{
    const SyntaxTree tree = parse(text);
    AnalysisOptions options;
    options.target = target;
    return lint(tree, analyse(tree, options), options);
}

// "line:severity" of each finding with `code`, in order.
QStringList where(const QString &text, const QString &code, const QString &target = {})
{
    const SyntaxTree tree = parse(text);
    QStringList out;
    for (const Finding &f : lintText(text, target)) {
        if (f.diagnostic.code == code)
            out.append(QString::number(tree.lines.lineAt(f.diagnostic.range.begin)) + u':' + severityName(f.diagnostic.severity));
    }
    return out;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected"); // "line:severity"; empty: must not fire
        const auto fires = [](const char *name, const QString &text, const QString &code, const QStringList &expected,
                               const QString &target = {}) {
            QTest::newRow(name) << text << target << code << expected;
        };
        const auto silent = [](const char *name, const QString &text, const QString &code, const QString &target = {}) {
            QTest::newRow(name) << text << target << code << QStringList();
        };
        const QStringList w1{u"1:warning"_s}, w2{u"2:warning"_s}, w3{u"3:warning"_s};

        // BuildKit checks that analysis reports (their codes are the rule names)
        fires("StageNameCasing", u"FROM alpine:3 AS Builder\n"_s, u"StageNameCasing"_s, w1);
        silent("StageNameCasing lowercase", u"FROM alpine:3 AS builder\n"_s, u"StageNameCasing"_s);
        fires("FromAsCasing", u"FROM alpine:3 as builder\n"_s, u"FromAsCasing"_s, w1);
        silent("FromAsCasing lower", u"from alpine:3 as builder\n"_s, u"FromAsCasing"_s);
        silent("FromAsCasing upper", u"FROM alpine:3 AS builder\n"_s, u"FromAsCasing"_s);
        fires("DuplicateStageName", u"FROM a:1 AS x\nFROM b:1 AS x\n"_s, u"DuplicateStageName"_s, w2);
        silent("DuplicateStageName unique", u"FROM a:1 AS x\nFROM b:1 AS y\n"_s, u"DuplicateStageName"_s);
        fires("ReservedStageName", u"FROM a:1 AS context\n"_s, u"ReservedStageName"_s, w1);
        silent("ReservedStageName scratch base", u"FROM scratch AS empty\n"_s, u"ReservedStageName"_s);
        fires("UndefinedArgInFrom", u"FROM alpine:$V\n"_s, u"UndefinedArgInFrom"_s, w1);
        silent("UndefinedArgInFrom declared", u"ARG V=3\nFROM alpine:$V\n"_s, u"UndefinedArgInFrom"_s);
        silent("UndefinedArgInFrom automatic", u"FROM --platform=$BUILDPLATFORM alpine:3\n"_s, u"UndefinedArgInFrom"_s);
        fires("InvalidDefaultArgInFrom", u"ARG TAG\nFROM alpine:$TAG\n"_s, u"InvalidDefaultArgInFrom"_s, w2);
        silent("InvalidDefaultArgInFrom default", u"ARG TAG=3\nFROM alpine:$TAG\n"_s, u"InvalidDefaultArgInFrom"_s);
        fires("NoEmptyContinuation", u"FROM a:1\nRUN echo \\\n\n  hi\n"_s, u"NoEmptyContinuation"_s, w3);
        silent("NoEmptyContinuation none", u"FROM a:1\nRUN echo \\\n  hi\n"_s, u"NoEmptyContinuation"_s);

        // BuildKit checks made by lint
        fires("ConsistentInstructionCasing minority", u"FROM a:1\nrun echo\nCMD [\"x\"]\n"_s,
            u"ConsistentInstructionCasing"_s, w2);
        fires("ConsistentInstructionCasing mixed word", u"from a:1\nrun echo\nRun echo\n"_s,
            u"ConsistentInstructionCasing"_s, w3);
        silent("ConsistentInstructionCasing all upper", u"FROM a:1\nRUN echo\nCMD [\"x\"]\n"_s, u"ConsistentInstructionCasing"_s);
        silent("ConsistentInstructionCasing all lower", u"from a:1\nrun echo\n"_s, u"ConsistentInstructionCasing"_s);
        fires("MultipleInstructionsDisallowed", u"FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n"_s,
            u"MultipleInstructionsDisallowed"_s, w2);
        fires("MultipleInstructionsDisallowed three", u"FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\nENTRYPOINT [\"c\"]\n"_s,
            u"MultipleInstructionsDisallowed"_s, {u"2:warning"_s, u"3:warning"_s});
        silent("MultipleInstructionsDisallowed two stages", u"FROM a:1 AS one\nCMD [\"a\"]\nFROM one\nCMD [\"b\"]\n"_s,
            u"MultipleInstructionsDisallowed"_s);
        fires("JSONArgsRecommended", u"FROM a:1\nCMD echo hi\n"_s, u"JSONArgsRecommended"_s, w2);
        silent("JSONArgsRecommended json", u"FROM a:1\nCMD [\"echo\", \"hi\"]\n"_s, u"JSONArgsRecommended"_s);
        silent("JSONArgsRecommended shell", u"FROM a:1\nSHELL [\"/bin/bash\", \"-c\"]\nENTRYPOINT echo hi\n"_s,
            u"JSONArgsRecommended"_s);
        silent("JSONArgsRecommended shell in base stage",
            u"FROM a:1 AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM base\nCMD echo hi\n"_s, u"JSONArgsRecommended"_s);
        fires("RedundantTargetPlatform", u"FROM --platform=$TARGETPLATFORM alpine:3\n"_s, u"RedundantTargetPlatform"_s, w1);
        fires("RedundantTargetPlatform braces", u"FROM --platform=${TARGETPLATFORM} alpine:3\n"_s, u"RedundantTargetPlatform"_s, w1);
        fires("ExposeProtoCasing", u"FROM a:1\nEXPOSE 80/TCP\n"_s, u"ExposeProtoCasing"_s, w2);
        fires("ExposeProtoCasing quoted", u"FROM a:1\nEXPOSE \"53/Udp\"\n"_s, u"ExposeProtoCasing"_s, w2);
        fires("ExposeProtoCasing each spec", u"FROM a:1\nEXPOSE 80/TCP 81/tcp 82/SCTP\n"_s, u"ExposeProtoCasing"_s,
            {u"2:warning"_s, u"2:warning"_s});
        silent("ExposeProtoCasing lowercase", u"FROM a:1\nEXPOSE 80/tcp 53/udp 90\n"_s, u"ExposeProtoCasing"_s);
        silent("ExposeProtoCasing unknown protocol (the build fails)", u"FROM a:1\nEXPOSE 80/XYZ\n"_s, u"ExposeProtoCasing"_s);
        silent("ExposeProtoCasing variable", u"FROM a:1\nEXPOSE $PORT/TCP\n"_s, u"ExposeProtoCasing"_s);
        silent("ExposeProtoCasing variable with a default", u"FROM a:1\nEXPOSE 80/${PROTO:-TCP}\n"_s, u"ExposeProtoCasing"_s);
        fires("SecretsUsedInArgOrEnv ENV", u"FROM a:1\nENV API_KEY=x\n"_s, u"SecretsUsedInArgOrEnv"_s, w2);
        fires("SecretsUsedInArgOrEnv ENV legacy form", u"FROM a:1\nENV DB_PASSWORD hunter2\n"_s, u"SecretsUsedInArgOrEnv"_s, w2);
        fires("SecretsUsedInArgOrEnv each key", u"FROM a:1\nENV AUTH=1 NAME=x SECRET_MESSAGE=y\n"_s, u"SecretsUsedInArgOrEnv"_s,
            {u"2:warning"_s, u"2:warning"_s});
        fires("SecretsUsedInArgOrEnv ARG", u"FROM a:1\nARG GITHUB_TOKEN\nARG apikey=none\n"_s, u"SecretsUsedInArgOrEnv"_s,
            {u"2:warning"_s, u"3:warning"_s});
        silent("SecretsUsedInArgOrEnv allowed", u"FROM a:1\nENV PUBLIC_KEY=x KEY_FILE=/k TOKEN_VERSION=2\n"_s,
            u"SecretsUsedInArgOrEnv"_s);
        silent("SecretsUsedInArgOrEnv inside a word", u"FROM a:1\nENV MONKEY=1 KEYS=2 TOKENIZER=3\n"_s, u"SecretsUsedInArgOrEnv"_s);
        silent("SecretsUsedInArgOrEnv values are not keys", u"FROM a:1\nENV MODE=token LEVEL=auth\n"_s, u"SecretsUsedInArgOrEnv"_s);
        silent("SecretsUsedInArgOrEnv global ARG", u"ARG NPM_TOKEN\nFROM a:1\n"_s, u"SecretsUsedInArgOrEnv"_s);
        fires("WorkdirRelativePath", u"FROM a:1\nWORKDIR app\n"_s, u"WorkdirRelativePath"_s, w2);
        fires("WorkdirRelativePath quoted", u"FROM a:1\nWORKDIR \"app\"\n"_s, u"WorkdirRelativePath"_s, w2);
        silent("WorkdirRelativePath quoted absolute", u"FROM a:1\nWORKDIR \"/app\"\n"_s, u"WorkdirRelativePath"_s);
        silent("WorkdirRelativePath absolute", u"FROM a:1\nWORKDIR /app\nWORKDIR src\n"_s, u"WorkdirRelativePath"_s);
        fires("WorkdirRelativePath first of several", u"FROM a:1\nWORKDIR app\nWORKDIR src\n"_s, u"WorkdirRelativePath"_s, w2);
        silent("WorkdirRelativePath set in the base stage", u"FROM a:1 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n"_s,
            u"WorkdirRelativePath"_s);
        fires("WorkdirRelativePath not set in another stage", u"FROM a:1 AS one\nWORKDIR /app\nFROM a:1\nWORKDIR src\n"_s,
            u"WorkdirRelativePath"_s, {u"4:warning"_s});
        silent("WorkdirRelativePath variable", u"FROM a:1\nWORKDIR $HOME\nWORKDIR src\n"_s, u"WorkdirRelativePath"_s);
        silent("WorkdirRelativePath Windows stage", u"FROM --platform=windows/amd64 a:1\nWORKDIR app\n"_s,
            u"WorkdirRelativePath"_s);
        fires("ExposeInvalidFormat ip and host port", u"FROM a:1\nEXPOSE 127.0.0.1:80:80\n"_s, u"ExposeInvalidFormat"_s, w2);
        fires("ExposeInvalidFormat host port", u"FROM a:1\nEXPOSE 8080:80/tcp\n"_s, u"ExposeInvalidFormat"_s, w2);
        fires("ExposeInvalidFormat IPv6", u"FROM a:1\nEXPOSE [::1]:80:80\n"_s, u"ExposeInvalidFormat"_s, w2);
        fires("ExposeInvalidFormat IP alone", u"FROM a:1\nEXPOSE 10.0.0.1::80\n"_s, u"ExposeInvalidFormat"_s, w2);
        silent("ExposeInvalidFormat empty host parts", u"FROM a:1\nEXPOSE :80 ::81\n"_s, u"ExposeInvalidFormat"_s);
        silent("ExposeInvalidFormat port range", u"FROM a:1\nEXPOSE 8000-8010/udp\n"_s, u"ExposeInvalidFormat"_s);
        silent("RedundantTargetPlatform build platform", u"FROM --platform=$BUILDPLATFORM alpine:3\n"_s,
            u"RedundantTargetPlatform"_s);
        fires("FromPlatformFlagConstDisallowed", u"FROM --platform=linux/amd64 alpine:3 AS build\n"_s,
            u"FromPlatformFlagConstDisallowed"_s, w1);
        silent("FromPlatformFlagConstDisallowed named for it", u"FROM --platform=linux/arm64 alpine:3 AS build-arm64\n"_s,
            u"FromPlatformFlagConstDisallowed"_s);
        silent("FromPlatformFlagConstDisallowed variable", u"FROM --platform=$BUILDPLATFORM alpine:3 AS build\n"_s,
            u"FromPlatformFlagConstDisallowed"_s);
        fires("MaintainerDeprecated", u"FROM a:1\nMAINTAINER me@example.com\n"_s, u"MaintainerDeprecated"_s, w2);
        silent("MaintainerDeprecated label", u"FROM a:1\nLABEL org.opencontainers.image.authors=me\n"_s, u"MaintainerDeprecated"_s);
        fires("LegacyKeyValueFormat", u"FROM a:1\nENV A b c\n"_s, u"LegacyKeyValueFormat"_s, w2);
        silent("LegacyKeyValueFormat equals", u"FROM a:1\nENV A=b C=d\nLABEL x=y\n"_s, u"LegacyKeyValueFormat"_s);

        // hadolint's stage rules
        fires("DL3006", u"FROM python\n"_s, u"DL3006"_s, w1);
        fires("DL3006 registry port", u"FROM registry:5000/team/app\n"_s, u"DL3006"_s, w1);
        silent("DL3006 tagged", u"FROM python:3.12\n"_s, u"DL3006"_s);
        silent("DL3006 registry port tagged", u"FROM registry:5000/team/app:1.2\n"_s, u"DL3006"_s);
        silent("DL3006 digest", u"FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"_s, u"DL3006"_s);
        silent("DL3006 scratch", u"FROM scratch\n"_s, u"DL3006"_s);
        silent("DL3006 stage", u"FROM python:3 AS base\nFROM base\n"_s, u"DL3006"_s);
        silent("DL3006 variable", u"ARG IMG=python\nFROM $IMG\n"_s, u"DL3006"_s);
        silent("DL3006 later stage is reported once", u"FROM later\nFROM alpine:3 AS later\n"_s, u"DL3006"_s);
        fires("DL3007", u"FROM python:latest\n"_s, u"DL3007"_s, w1);
        silent("DL3007 pinned", u"FROM python:3.12\n"_s, u"DL3007"_s);
        fires("DL3022 bare name", u"FROM golang:1 AS builder\nFROM alpine:3\nCOPY --from=buidler /x /x\n"_s, u"DL3022"_s, w3);
        silent("DL3022 image with tag", u"FROM alpine:3\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n"_s, u"DL3022"_s);
        silent("DL3022 registry image", u"FROM alpine:3\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/tool\n"_s, u"DL3022"_s);
        silent("DL3022 stage", u"FROM golang:1 AS builder\nFROM alpine:3\nCOPY --from=builder /x /x\n"_s, u"DL3022"_s);
        silent("DL3022 stage other case", u"FROM golang:1 AS builder\nFROM alpine:3\nCOPY --from=Builder /x /x\n"_s, u"DL3022"_s);
        silent("DL3022 index", u"FROM golang:1\nFROM alpine:3\nCOPY --from=0 /x /x\n"_s, u"DL3022"_s);
        silent("DL3022 later stage is an error already", u"FROM alpine:3\nCOPY --from=b /x /x\nFROM a:1 AS b\n"_s, u"DL3022"_s);
        fires("DL3023 is copy-from-self", u"FROM a:1 AS x\nCOPY --from=x /a /a\n"_s, u"copy-from-self"_s, {u"2:error"_s});
        silent("DL3023 other stage", u"FROM a:1 AS x\nFROM a:1 AS y\nCOPY --from=x /a /a\n"_s, u"copy-from-self"_s);

        // Stagecraft's role-aware rules
        fires("runtime-from-dev-stage", u"FROM python:3 AS dev\nFROM dev AS runtime\n"_s, u"runtime-from-dev-stage"_s, w2);
        fires("runtime-from-dev-stage through a chain",
            u"FROM python:3 AS debug\nFROM debug AS mid\nFROM mid AS runtime\n"_s, u"runtime-from-dev-stage"_s, w3);
        fires("runtime-from-dev-stage explicit roles",
            u"# stagecraft: role=dev\nFROM python:3 AS env\n# stagecraft: role=runtime\nFROM env AS app\nFROM alpine:3\n"_s,
            u"runtime-from-dev-stage"_s, {u"4:warning"_s});
        silent("runtime-from-dev-stage copies only",
            u"FROM python:3 AS dev\nFROM python:3-slim AS runtime\nCOPY --from=dev /app /app\n"_s, u"runtime-from-dev-stage"_s);
        silent("runtime-from-dev-stage builder", u"FROM golang:1 AS builder\nFROM builder AS runtime\n"_s, u"runtime-from-dev-stage"_s);
        fires("runtime-installs-tools apt", u"FROM debian:12 AS runtime\nRUN apt-get update && apt-get install -y curl gdb\n"_s,
            u"runtime-installs-tools"_s, w2);
        fires("runtime-installs-tools pip version", u"FROM python:3 AS runtime\nRUN pip install debugpy==1.8 flask\n"_s,
            u"runtime-installs-tools"_s, w2);
        fires("runtime-installs-tools go install", u"FROM golang:1\nRUN go install github.com/go-delve/delve/cmd/dlv@latest\n"_s,
            u"runtime-installs-tools"_s, w2);
        fires("runtime-installs-tools apk compiler", u"FROM alpine:3\nRUN apk add --no-cache build-base gcc\n"_s,
            u"runtime-installs-tools"_s, {u"2:warning"_s, u"2:warning"_s});
        fires("runtime-installs-tools heredoc", u"FROM debian:12 AS runtime\nRUN <<EOF\napt-get install -y g++-12\nEOF\n"_s,
            u"runtime-installs-tools"_s, w3);
        silent("runtime-installs-tools other packages", u"FROM debian:12 AS runtime\nRUN apt-get install -y curl ca-certificates\n"_s,
            u"runtime-installs-tools"_s);
        silent("runtime-installs-tools not installing", u"FROM debian:12 AS runtime\nRUN echo gdb && make\n"_s,
            u"runtime-installs-tools"_s);
        silent("runtime-installs-tools dev stage", u"FROM debian:12 AS dev\nRUN apt-get install -y gdb\nFROM alpine:3 AS runtime\n"_s,
            u"runtime-installs-tools"_s);
        fires("debugging-stage-in-target",
            u"FROM a:1 AS debugging\nFROM b:1 AS runtime\nCOPY --from=debugging /x /x\n"_s, u"debugging-stage-in-target"_s, w1);
        silent("debugging-stage-in-target unused",
            u"FROM a:1 AS debugging\nFROM b:1 AS runtime\n"_s, u"debugging-stage-in-target"_s);
        silent("debugging-stage-in-target debugging target",
            u"FROM a:1 AS debugging\nFROM b:1 AS runtime\nCOPY --from=debugging /x /x\n"_s, u"debugging-stage-in-target"_s,
            u"debugging"_s);
        fires("debugging-stage-in-target other target",
            u"FROM a:1 AS debug\nFROM b:1 AS release\nCOPY --from=debug /x /x\nFROM c:1 AS docs\n"_s,
            u"debugging-stage-in-target"_s, w1, u"release"_s);
        silent("debugging-stage-in-target default target",
            u"FROM a:1 AS debug\nFROM b:1 AS release\nCOPY --from=debug /x /x\nFROM c:1 AS docs\n"_s,
            u"debugging-stage-in-target"_s);
        fires("unused-stage", u"FROM a:1\nRUN make\nFROM b:1 AS runtime\n"_s, u"unused-stage"_s, w1);
        silent("unused-stage named", u"FROM a:1 AS test\nRUN make test\nFROM b:1 AS runtime\n"_s, u"unused-stage"_s);
        silent("unused-stage copied from", u"FROM a:1\nRUN make\nFROM b:1 AS runtime\nCOPY --from=0 /x /x\n"_s, u"unused-stage"_s);
        silent("unused-stage used by a named stage", u"FROM a:1\nFROM b:1 AS test\nCOPY --from=0 /x /x\nFROM c:1\n"_s,
            u"unused-stage"_s);
        silent("unused-stage last", u"FROM a:1\n"_s, u"unused-stage"_s);
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(where(text, code, target), expected);
    }

    // `# check=skip=...` and `error=true`, for analysis diagnostics and lint findings alike.
    void checkDirective_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        const QString body = u"FROM alpine:3 as Builder\nCMD echo hi\nFROM python\n"_s;
        QTest::newRow("no directive") << body << u"JSONArgsRecommended"_s << QStringList{u"2:warning"_s};
        QTest::newRow("skip lint check") << u"# check=skip=JSONArgsRecommended\n"_s + body << u"JSONArgsRecommended"_s
                                         << QStringList();
        QTest::newRow("skip is case-insensitive") << u"# check=skip=jsonargsrecommended\n"_s + body << u"JSONArgsRecommended"_s
                                                  << QStringList();
        QTest::newRow("skip other rule") << u"# check=skip=FromAsCasing\n"_s + body << u"JSONArgsRecommended"_s
                                         << QStringList{u"3:warning"_s};
        QTest::newRow("skip analysis check") << u"# check=skip=FromAsCasing,StageNameCasing\n"_s + body << u"FromAsCasing"_s
                                             << QStringList();
        QTest::newRow("skip all") << u"# check=skip=all\n"_s + body << u"JSONArgsRecommended"_s << QStringList();
        QTest::newRow("skip all keeps hadolint") << u"# check=skip=all\n"_s + body << u"DL3006"_s << QStringList{u"4:warning"_s};
        QTest::newRow("skip hadolint by name") << u"# check=skip=DL3006\n"_s + body << u"DL3006"_s << QStringList();
        QTest::newRow("error=true lint check") << u"# check=error=true\n"_s + body << u"JSONArgsRecommended"_s
                                               << QStringList{u"3:error"_s};
        QTest::newRow("error=true analysis check") << u"# check=error=true\n"_s + body << u"StageNameCasing"_s
                                                   << QStringList{u"2:error"_s};
        QTest::newRow("error=true leaves hadolint") << u"# check=error=true\n"_s + body << u"DL3006"_s
                                                    << QStringList{u"4:warning"_s};
        QTest::newRow("skip and error") << u"# check=skip=StageNameCasing;error=true\n"_s + body << u"FromAsCasing"_s
                                        << QStringList{u"2:error"_s};
        const QString expose = u"FROM alpine:3\nEXPOSE 8080:80/TCP\n"_s;
        QTest::newRow("error=true EXPOSE protocol") << u"# check=error=true\n"_s + expose << u"ExposeProtoCasing"_s
                                                     << QStringList{u"3:error"_s};
        QTest::newRow("skip EXPOSE format") << u"# check=skip=ExposeInvalidFormat\n"_s + expose << u"ExposeInvalidFormat"_s
                                            << QStringList();
        QTest::newRow("not a directive below a comment") << u"# hello\n# check=skip=all\n"_s + body << u"JSONArgsRecommended"_s
                                                         << QStringList{u"4:warning"_s};
    }
    void checkDirective()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(where(text, code), expected);
    }

    // Every analysis diagnostic is one finding (unreachable-stage gives way to unused-stage),
    // and no code is reported twice at one place, over every test and corpus Dockerfile.
    void nothingTwice()
    {
        QStringList files;
        for (const QString &root : {QStringLiteral(STAGECRAFT_TEST_DATA), QStringLiteral(STAGECRAFT_CORPUS_DIR)}) {
            QDirIterator it(root, {u"*Dockerfile"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        QVERIFY(files.size() > 10);
        for (const QString &path : std::as_const(files)) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const SyntaxTree tree = parse(decoder(readBytes(path)));
            const StageGraph graph = analyse(tree);
            const std::vector<Finding> findings = lint(tree, graph);
            QSet<QString> seen;
            for (const Finding &f : findings) {
                const QString key = f.diagnostic.code + u'@' + QString::number(f.diagnostic.range.begin) + u'-'
                    + QString::number(f.diagnostic.range.end);
                QVERIFY2(!seen.contains(key), qPrintable(path + u": twice: "_s + key));
                seen.insert(key);
            }
            for (const Diagnostic &d : graph.diagnostics) {
                const QString key = d.code + u'@' + QString::number(d.range.begin) + u'-' + QString::number(d.range.end);
                const bool superseded = d.code == u"unreachable-stage"_s
                    && std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
                           return f.diagnostic.code == u"unused-stage"_s && f.diagnostic.range == d.range;
                       });
                QVERIFY2(seen.contains(key) || superseded, qPrintable(path + u": missing "_s + key));
            }
        }
    }

    void fixes_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList fixFiles = QDir(dataDir).entryList({u"*.fix"_s}, QDir::Files, QDir::Name);
        for (const QString &f : fixFiles) {
            const QString name = f.chopped(4);
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void fixes()
    {
        QFETCH(QString, name);
        const QStringList spec = QString::fromUtf8(readBytes(dataDir + name + u".fix"_s)).split(u' ', Qt::SkipEmptyParts);
        const QString code = spec.value(0).trimmed();
        const int occurrence = spec.value(1).trimmed().toInt();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString before = decoder(readBytes(dataDir + name + u".before.Dockerfile"_s));
        const SyntaxTree tree = parse(before);
        const std::vector<Finding> findings = lint(tree, analyse(tree));
        int seen = 0;
        const Finding *finding = nullptr;
        for (const Finding &f : findings) {
            if (f.diagnostic.code == code && seen++ == occurrence)
                finding = &f;
        }
        QVERIFY2(finding, qPrintable(u"no finding "_s + code));
        QVERIFY2(finding->fix.isAvailable(), qPrintable(u"no fix for "_s + code));
        QVERIFY(!finding->fix.title.isEmpty());
        const EditResult r = quickFixEdits(tree, finding->fix);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.description, finding->fix.title);
        const QString after = applyEdits(before, r.edits);
        const QString failure = test::compareWithReference(dataDir + name + u".after.Dockerfile"_s, after.toUtf8());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // the finding is gone and undo restores the text
        int left = 0;
        for (const Finding &f : lintText(after)) {
            if (f.diagnostic.code == code)
                ++left;
        }
        QCOMPARE(left, seen - 1);
        QCOMPARE(applyEdits(after, invertEdits(before, r.edits)), before);
    }

    // Fixes that are not clear are not offered; those that would break something are refused.
    void noFix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("DL3006 without a known tag") << u"FROM python\n"_s << u"DL3006"_s;
        QTest::newRow("DL3006 with two known tags") << u"FROM python:3.11 AS a\nFROM python:3.12 AS b\nFROM python\n"_s << u"DL3006"_s;
        QTest::newRow("DL3022 without a close stage") << u"FROM golang:1 AS builder\nFROM alpine:3\nCOPY --from=busybox /x /x\n"_s
                                                      << u"DL3022"_s;
        QTest::newRow("unused-stage used by another unused stage")
            << u"FROM a:1\nFROM b:1\nCOPY --from=0 /x /x\nFROM c:1 AS runtime\n"_s << u"unused-stage"_s;
        QTest::newRow("runtime-from-dev-stage") << u"FROM python:3 AS dev\nFROM dev AS runtime\n"_s << u"runtime-from-dev-stage"_s;
        QTest::newRow("ExposeProtoCasing quoted") << u"FROM a:1\nEXPOSE \"80/TCP\"\n"_s << u"ExposeProtoCasing"_s;
        QTest::newRow("ExposeInvalidFormat continued") << u"FROM a:1\nEXPOSE 8080:\\\n80\n"_s << u"ExposeInvalidFormat"_s;
    }
    void noFix()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const std::vector<Finding> findings = lintText(text);
        const auto it = std::find_if(findings.begin(), findings.end(),
            [&](const Finding &f) { return f.diagnostic.code == code && !f.fix.isAvailable(); });
        QVERIFY2(it != findings.end(), qPrintable(u"expected a finding "_s + code + u" without a fix"_s));
    }

    void refusedFix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("the later stage is the default target")
            << u"FROM alpine:3 AS app\nCOPY --from=builder /x /x\nFROM golang:1 AS builder\n"_s << u"copy-from-later-stage"_s
            << u"default target"_s;
        QTest::newRow("an inherited ONBUILD would copy from a later stage")
            << u"FROM base AS app\nFROM alpine:3 AS base\nONBUILD COPY --from=tools /t /t\nFROM busybox:1 AS tools\nFROM app AS runtime\n"_s
            << u"from-later-stage"_s << u"cannot copy from stage \"tools\""_s;
    }
    void refusedFix()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const SyntaxTree tree = parse(text);
        const std::vector<Finding> findings = lint(tree, analyse(tree));
        const auto it = std::find_if(findings.begin(), findings.end(),
            [&](const Finding &f) { return f.diagnostic.code == code; });
        QVERIFY(it != findings.end());
        QVERIFY(it->fix.isAvailable());
        const EditResult r = quickFixEdits(tree, it->fix);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void sources()
    {
        QCOMPARE(ruleSource(u"RedundantTargetPlatform"), u"buildkit"_s);
        QCOMPARE(ruleSource(u"DuplicateStageName"), u"buildkit"_s);
        QCOMPARE(ruleSource(u"DL3006"), u"hadolint"_s);
        QCOMPARE(ruleSource(u"unused-stage"), u"stagecraft"_s);
        QCOMPARE(ruleSource(u"copy-from-self"), u"stagecraft"_s);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
