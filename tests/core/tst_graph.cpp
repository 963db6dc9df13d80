// The stage graph (DESIGN.md "Semantics", rules 5-14): data-driven cases over small inputs,
// and golden files (tests/data/graph/NAME.Dockerfile -> NAME.stages.json, the output of
// `stagecraft stages --json`). Set STAGECRAFT_UPDATE_REFERENCES=1 (tests/update-references.sh)
// to rewrite the golden files after an intended change, then review the diff.
#include "testutil.h"
#include "../export/goldens.h"

#include "core/graphjson.h"
#include "core/reference.h" // detail::referenceError
#include "core/stagegraph.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

// One line per stage: "index:name <- base | deps | role", then the target's closure.
QString summary(const StageGraph &g)
{
    QStringList lines;
    for (const Stage &st : g.stages) {
        QString base = st.baseStage >= 0 ? u"stage "_s + QString::number(st.baseStage)
            : st.baseScratch            ? u"scratch"_s
            : !st.baseImage.isEmpty()   ? u"image "_s + st.baseImage
                                        : u"?"_s;
        QStringList deps;
        for (const Dependency &d : st.dependencies) {
            if (d.kind == DependencyKind::From)
                continue;
            deps.append((d.kind == DependencyKind::CopyFrom ? u"copy "_s : u"mount "_s) + (d.onbuild ? u"onbuild "_s : QString())
                + (d.stage >= 0 ? QString::number(d.stage) : d.image));
        }
        const QString role = roleName(st.role) + (st.role != Role::None && st.roleExplicit ? u"!"_s : QString());
        lines.append(QString::number(st.index) + u':' + st.name + u" <- "_s + base
            + (deps.isEmpty() ? QString() : u" | "_s + deps.join(u", "_s)) + (role.isEmpty() ? QString() : u" | "_s + role));
    }
    QStringList built;
    for (int i : g.buildsForTarget)
        built.append(QString::number(i));
    lines.append(u"builds ["_s + built.join(u' ') + u']');
    return lines.join(u'\n');
}

QString codes(const StageGraph &g)
{
    QStringList out;
    for (const Diagnostic &d : g.diagnostics) {
        if (d.code != u"unreachable-stage")
            out.append(d.code + (d.severity == Severity::Error ? u"!"_s : QString()));
    }
    out.sort();
    return out.join(u',');
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graph_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("buildArgs"); // "K=V;K2=V2"
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("diagnostics"); // codes, sorted; "!" marks errors
        const auto row = [](const char *name, const QString &in, const QString &expected, const QString &diags = {},
                             const QString &target = {}, const QString &args = {}) {
            QTest::newRow(name) << in << target << args << expected << diags;
        };
        // the canonical example
        row("python-example",
            u"FROM python:3.12-alpine AS dev\nWORKDIR /work\nFROM python:3.12-alpine AS debugging\nRUN pip install debugpy\nFROM dev AS runtime\nCOPY ./src/ /app\n"_s,
            u"0:dev <- image python:3.12-alpine | dev\n1:debugging <- image python:3.12-alpine | debugging\n2:runtime <- stage 0 | runtime\nbuilds [0 2]"_s);
        // FROM binding (rules 6, 7)
        row("from-earlier-stage", u"FROM a AS base\nFROM base\n"_s, u"0:base <- image a\n1: <- stage 0 | runtime\nbuilds [0 1]"_s);
        row("from-scratch", u"FROM scratch\n"_s, u"0: <- scratch | runtime\nbuilds [0]"_s);
        row("from-scratch-uppercase", u"FROM SCRATCH\n"_s, u"0: <- image SCRATCH | runtime\nbuilds [0]"_s,
            u"InvalidDefaultArgInFrom,invalid-reference!"_s);
        row("from-later-stage", u"FROM later\nFROM alpine AS later\n"_s,
            u"0: <- image later\n1:later <- image alpine | runtime\nbuilds [1]"_s, u"from-later-stage"_s);
        row("from-case-mismatch", u"FROM alpine AS builder\nFROM Builder\n"_s,
            u"0:builder <- image alpine\n1: <- image Builder | runtime\nbuilds [1]"_s, u"InvalidDefaultArgInFrom,from-case-mismatch!"_s);
        row("from-as-uppercase-name", u"FROM alpine AS Builder\nFROM builder\n"_s,
            u"0:builder <- image alpine\n1: <- stage 0 | runtime\nbuilds [0 1]"_s, u"StageNameCasing"_s);
        row("from-self-name-is-image", u"FROM x AS x\n"_s, u"0:x <- image x | runtime\nbuilds [0]"_s);
        row("incremental-chain", u"FROM alpine AS final\nRUN a\nFROM final AS final\nRUN b\nFROM final AS final\n"_s,
            u"0:final <- image alpine | runtime\n1:final <- stage 0 | runtime\n2:final <- stage 1 | runtime\nbuilds [0 1 2]"_s,
            u"DuplicateStageName,DuplicateStageName"_s);
        row("from-args-count", u"FROM a b\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"from-argument-count!"_s);
        row("from-no-args", u"FROM\n"_s, u"0: <- ? | runtime\nbuilds [0]"_s, u"from-argument-count!"_s);
        row("from-as-missing-name", u"FROM a AS\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"from-argument-count!"_s);
        row("from-four-args", u"FROM a AS b c\n"_s, u"0:b <- image a | runtime\nbuilds [0]"_s, u"from-argument-count!"_s);
        row("invalid-stage-name", u"FROM a AS 1st\n"_s, u"0:1st <- image a | runtime\nbuilds [0]"_s, u"invalid-stage-name!"_s);
        row("stage-name-symbols", u"FROM a AS my/stage\n"_s, u"0:my/stage <- image a | runtime\nbuilds [0]"_s, u"invalid-stage-name!"_s);
        row("reserved-name", u"FROM a AS scratch\nFROM a AS context\n"_s,
            u"0:scratch <- image a\n1:context <- image a | runtime\nbuilds [1]"_s, u"ReservedStageName,ReservedStageName"_s);
        row("from-as-casing", u"FROM a as b\n"_s, u"0:b <- image a | runtime\nbuilds [0]"_s, u"FromAsCasing"_s);
        row("from-as-casing-lower-ok", u"from a as b\n"_s, u"0:b <- image a | runtime\nbuilds [0]"_s);
        row("invalid-reference-tag", u"FROM alpine:-x\n"_s, u"0: <- image alpine:-x | runtime\nbuilds [0]"_s,
            u"InvalidDefaultArgInFrom,invalid-reference!"_s);
        row("reference-digest", u"FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"_s,
            u"0: <- image alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef | runtime\nbuilds [0]"_s);
        row("reference-registry-port", u"FROM localhost:5000/team/app:1.0\n"_s, u"0: <- image localhost:5000/team/app:1.0 | runtime\nbuilds [0]"_s);
        row("reference-leading-slash", u"FROM /debian\n"_s, u"0: <- image /debian | runtime\nbuilds [0]"_s,
            u"InvalidDefaultArgInFrom,invalid-reference!"_s);
        // global ARGs (rule 5)
        row("arg-default", u"ARG V=3.19\nFROM alpine:${V}\n"_s, u"0: <- image alpine:3.19 | runtime\nbuilds [0]"_s);
        row("arg-override", u"ARG V=3.19\nFROM alpine:$V\n"_s, u"0: <- image alpine:3.20 | runtime\nbuilds [0]"_s, {}, {}, u"V=3.20"_s);
        row("arg-unset-blank", u"ARG IMG\nFROM $IMG\n"_s, u"0: <- ? | runtime\nbuilds [0]"_s, u"InvalidDefaultArgInFrom,blank-base-name!"_s);
        row("arg-unset-overridden", u"ARG IMG\nFROM $IMG\n"_s, u"0: <- image busybox | runtime\nbuilds [0]"_s,
            u"InvalidDefaultArgInFrom"_s, {}, u"IMG=busybox"_s);
        // the defaults' check stops at the first base that fails to expand (BuildKit's
        // validateBaseImagesWithDefaultArgs), with and without a --build-arg
        row("arg-default-check-stops", u"ARG IMG\nFROM ${IMG:?required}\nFROM $IMG\n"_s, u"0: <- ?\n1: <- ? | runtime\nbuilds [1]"_s,
            u"blank-base-name!,invalid-base-expression!"_s);
        row("arg-default-check-before-failure", u"ARG IMG\nFROM $IMG\nFROM ${IMG:?required}\n"_s, u"0: <- ?\n1: <- ? | runtime\nbuilds [1]"_s,
            u"InvalidDefaultArgInFrom,blank-base-name!,invalid-base-expression!"_s);
        row("arg-default-check-stops-overridden", u"ARG IMG\nFROM ${IMG:?required}\nFROM $IMG\n"_s,
            u"0: <- image busybox\n1: <- image busybox | runtime\nbuilds [1]"_s, QString(), {}, u"IMG=busybox"_s);
        row("arg-default-check-before-failure-overridden", u"ARG IMG\nFROM $IMG\nFROM ${IMG:?required}\n"_s,
            u"0: <- image busybox\n1: <- image busybox | runtime\nbuilds [1]"_s, u"InvalidDefaultArgInFrom"_s, {}, u"IMG=busybox"_s);
        row("arg-undefined", u"FROM alpine:${NOPE:-3}\n"_s, u"0: <- image alpine:3 | runtime\nbuilds [0]"_s, u"UndefinedArgInFrom"_s);
        row("arg-default-modifier", u"ARG V\nFROM alpine:${V:-edge}\n"_s, u"0: <- image alpine:edge | runtime\nbuilds [0]"_s);
        row("arg-empty-invalid", u"ARG V\nFROM alpine:${V}-x\n"_s, u"0: <- image alpine:-x | runtime\nbuilds [0]"_s,
            u"InvalidDefaultArgInFrom,invalid-reference!"_s);
        row("arg-chained", u"ARG A=alp\nARG B=${A}ine\nFROM $B\n"_s, u"0: <- image alpine | runtime\nbuilds [0]"_s);
        // a global ARG whose default fails to expand: reported there, and the ARGs after it unset,
        // with the defaults as the values or with a --build-arg overriding one of them
        row("arg-default-error", u"ARG A=${B:?needed}\nARG C=x\nFROM alpine:$C\n"_s, u"0: <- image alpine: | runtime\nbuilds [0]"_s,
            u"invalid-arg!,invalid-reference!"_s);
        row("arg-default-error-overridden", u"ARG A=${B:?needed}\nARG C=x\nFROM alpine:$C\n"_s,
            u"0: <- image alpine: | runtime\nbuilds [0]"_s, u"invalid-arg!,invalid-reference!"_s, {}, u"C=y"_s);
        row("arg-default-invalid-overridden", u"ARG V\nARG IMG=alpine:${V}-x\nFROM $IMG\n"_s,
            u"0: <- image alpine:1-x | runtime\nbuilds [0]"_s, u"InvalidDefaultArgInFrom"_s, {}, u"V=1"_s);
        row("arg-names-stage", u"ARG BASE=builder\nFROM a AS builder\nFROM ${BASE}\n"_s, u"0:builder <- image a\n1: <- stage 0 | runtime\nbuilds [0 1]"_s);
        row("arg-after-from-not-global", u"FROM a\nARG V=x\nFROM b$V\n"_s, u"0: <- image a\n1: <- image b | runtime\nbuilds [1]"_s,
            u"UndefinedArgInFrom"_s);
        row("automatic-platform-args", u"FROM --platform=$BUILDPLATFORM golang:1-$TARGETOS-$TARGETARCH$TARGETVARIANT\n"_s,
            u"0: <- image golang:1-linux-amd64 | runtime\nbuilds [0]"_s);
        row("automatic-arg-override", u"FROM alpine:$TARGETARCH\n"_s, u"0: <- image alpine:arm64 | runtime\nbuilds [0]"_s, {}, {}, u"TARGETARCH=arm64"_s);
        // the global ARGs are set over the automatic args: one redefines an automatic arg,
        // TARGETSTAGE is the target's name, and past sixteen ARGs they are looked up by name
        row("global-arg-over-automatic", u"ARG TARGETARCH=riscv64\nFROM alpine:$TARGETARCH-$TARGETOS\n"_s,
            u"0: <- image alpine:riscv64-linux | runtime\nbuilds [0]"_s);
        row("automatic-targetstage", u"FROM alpine:$TARGETSTAGE AS one\nFROM alpine:${TARGETSTAGE} AS two\n"_s,
            u"0:one <- image alpine:two\n1:two <- image alpine:two | runtime\nbuilds [1]"_s);
        row("automatic-targetstage-target", u"FROM alpine:$TARGETSTAGE AS one\nFROM alpine:${TARGETSTAGE} AS two\n"_s,
            u"0:one <- image alpine:one\n1:two <- image alpine:one | runtime\nbuilds [0]"_s, {}, u"one"_s);
        {
            QString many;
            for (int i = 0; i < 20; ++i)
                many += u"ARG A%1=v%1\n"_s.arg(i);
            many += u"ARG A3=late\nARG A19=${A3}-${A0}\nFROM alpine:${A19}-$A16-$A15\n"_s;
            row("global-args-many", many, u"0: <- image alpine:late-v0-v16-v15 | runtime\nbuilds [0]"_s);
            row("global-args-many-overridden", many, u"0: <- image alpine:late-v0-x-v15 | runtime\nbuilds [0]"_s, {}, {},
                u"A16=x"_s);
        }
        row("platform-empty", u"ARG P\nFROM --platform=$P alpine\n"_s, u"0: <- image alpine | runtime\nbuilds [0]"_s, u"invalid-platform!"_s);
        row("quoted-base", u"FROM \"alpine\"\n"_s, u"0: <- image alpine | runtime\nbuilds [0]"_s);
        // COPY --from (rules 8, 9)
        row("copy-from-name", u"FROM a AS build\nFROM b\nCOPY --from=build /x /y\n"_s,
            u"0:build <- image a\n1: <- image b | copy 0 | runtime\nbuilds [0 1]"_s);
        row("copy-from-case-insensitive", u"FROM a AS build\nFROM b\nCOPY --from=BUILD /x /y\n"_s,
            u"0:build <- image a\n1: <- image b | copy 0 | runtime\nbuilds [0 1]"_s);
        row("copy-from-index", u"FROM a\nFROM b\nCOPY --from=0 /x /y\n"_s, u"0: <- image a\n1: <- image b | copy 0 | runtime\nbuilds [0 1]"_s);
        row("copy-from-index-out-of-range", u"FROM a\nCOPY --from=5 /x /y\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s,
            u"copy-from-index-out-of-range!"_s);
        row("copy-from-negative-index", u"FROM a\nCOPY --from=-1 /x /y\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s,
            u"copy-from-index-out-of-range!"_s);
        row("copy-from-image", u"FROM a\nCOPY --from=nginx:latest /x /y\n"_s, u"0: <- image a | copy nginx:latest | runtime\nbuilds [0]"_s);
        row("copy-from-later-stage", u"FROM a AS one\nCOPY --from=two /x /y\nFROM b AS two\nCOPY --from=one /x /y\n"_s,
            u"0:one <- image a | copy 1\n1:two <- image b | copy 0 | runtime\nbuilds [0 1]"_s, u"copy-from-later-stage!,dependency-cycle!"_s);
        row("copy-from-later-unbuilt", u"FROM a AS one\nCOPY --from=two /x /y\nFROM b AS two\nFROM c\n"_s,
            u"0:one <- image a | copy 1\n1:two <- image b\n2: <- image c | runtime\nbuilds [2]"_s, u"copy-from-later-stage"_s);
        row("copy-from-later-shadows-image", u"FROM a\nCOPY --from=alpine /x /y\nFROM b AS alpine\n"_s,
            u"0: <- image a | copy 1\n1:alpine <- image b | runtime\nbuilds [1]"_s, u"copy-from-later-stage"_s);
        row("copy-from-self", u"FROM a AS me\nCOPY --from=me /x /y\n"_s, u"0:me <- image a | copy 0 | runtime\nbuilds [0]"_s, u"copy-from-self!"_s);
        row("copy-from-variable", u"ARG S=b\nFROM a\nCOPY --from=$S /x /y\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"variable-in-from-flag!"_s);
        row("copy-from-duplicate-binds-last", u"FROM a AS x\nFROM b AS x\nFROM c\nCOPY --from=x /p /q\n"_s,
            u"0:x <- image a\n1:x <- image b\n2: <- image c | copy 1 | runtime\nbuilds [1 2]"_s, u"DuplicateStageName"_s);
        row("copy-flags-no-edge", u"FROM a\nCOPY --link --chmod=644 --chown=1:1 x y\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s);
        row("copy-from-empty", u"FROM a\nCOPY --from= x y\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s);
        // mounts (rule 10)
        row("mount-from-stage", u"FROM a AS src\nFROM b\nRUN --mount=from=src,target=/s make\n"_s,
            u"0:src <- image a\n1: <- image b | mount 0 | runtime\nbuilds [0 1]"_s);
        row("mount-cache-from", u"FROM a AS c\nFROM b\nRUN --mount=type=cache,from=c,target=/c make\n"_s,
            u"0:c <- image a\n1: <- image b | mount 0 | runtime\nbuilds [0 1]"_s);
        row("mount-no-from", u"FROM a\nRUN --mount=type=cache,target=/c make\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s);
        row("mount-from-index-is-image", u"FROM a\nFROM b\nRUN --mount=from=0,target=/x true\n"_s,
            u"0: <- image a\n1: <- image b | mount 0 | runtime\nbuilds [1]"_s);
        row("mount-secret-from", u"FROM a\nRUN --mount=type=secret,from=x,id=k true\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-mount!"_s);
        row("mount-from-variable", u"FROM a\nRUN --mount=from=$X,target=/x true\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"variable-in-from-flag!"_s);
        row("mount-bad-type", u"FROM a\nRUN --mount=type=nfs,target=/x true\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-mount!"_s);
        row("mount-later-stage", u"FROM a AS one\nRUN --mount=from=two,target=/x true\nFROM b AS two\nCOPY --from=one / /\n"_s,
            u"0:one <- image a | mount 1\n1:two <- image b | copy 0 | runtime\nbuilds [0 1]"_s, u"dependency-cycle!,mount-from-later-stage!"_s);
        // mount keys and types are case-insensitive (toLower(): a non-ASCII character is compared
        // as it lowercases), and a field may be quoted
        row("mount-key-case", u"FROM a AS src\nFROM b\nRUN --mount=FROM=src,TYPE=Bind,target=/s make\n"_s,
            u"0:src <- image a\n1: <- image b | mount 0 | runtime\nbuilds [0 1]"_s);
        row("mount-secret-case", u"FROM a AS src\nFROM b\nRUN --mount=Type=SECRET,from=src,id=k true\n"_s,
            u"0:src <- image a\n1: <- image b | runtime\nbuilds [1]"_s, u"invalid-mount!"_s);
        row("mount-key-not-ascii", u"FROM a AS src\nFROM b\nRUN --mount=fr\u00f6m=src,target=/s make\n"_s,
            u"0:src <- image a\n1: <- image b | runtime\nbuilds [1]"_s);
        row("mount-type-not-ascii", u"FROM a\nRUN --mount=type=\u212Aache,target=/c make\n"_s,
            u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-mount!"_s);
        row("mount-quoted-field", u"FROM a AS src\nFROM b\nRUN --mount=\"from=src\",target=/s make\n"_s,
            u"0:src <- image a\n1: <- image b | mount 0 | runtime\nbuilds [0 1]"_s);
        // fields longer than a block of eight units, found by their ',' '=' and '"'
        row("mount-long-fields", u"FROM a AS src\nFROM b\nRUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked,from=src make\n"_s,
            u"0:src <- image a\n1: <- image b | mount 0 | runtime\nbuilds [0 1]"_s);
        row("mount-equals-in-value", u"FROM a AS src\nFROM b\nRUN --mount=target=/a=b/c=d/e=f/g=h,from=src true\n"_s,
            u"0:src <- image a\n1: <- image b | mount 0 | runtime\nbuilds [0 1]"_s);
        // (the escape keeps the quote in the flag's value, where the CSV reader finds it)
        row("mount-bare-quote-late", u"FROM a AS src\nFROM b\nRUN --mount=target=/a/long/path\\\"x,from=src true\n"_s,
            u"0:src <- image a\n1: <- image b | runtime\nbuilds [1]"_s, u"invalid-mount!"_s);
        // the nearest stage of the name for the case-mismatch and later-stage hints
        row("from-case-mismatch-duplicates", u"FROM alpine AS builder\nFROM Builder\nFROM alpine AS builder\n"_s,
            u"0:builder <- image alpine\n1: <- image Builder\n2:builder <- image alpine | runtime\nbuilds [2]"_s,
            u"DuplicateStageName,InvalidDefaultArgInFrom,from-case-mismatch!"_s);
        row("from-later-stage-duplicates", u"FROM later\nFROM a AS later\nFROM b AS later\n"_s,
            u"0: <- image later\n1:later <- image a\n2:later <- image b | runtime\nbuilds [2]"_s,
            u"DuplicateStageName,from-later-stage"_s);
        // ONBUILD (rule 12)
        row("onbuild-edge-in-child", u"FROM a AS tools\nFROM a AS base\nONBUILD COPY --from=tools /t /t\nFROM base AS app\nFROM app\n"_s,
            u"0:tools <- image a\n1:base <- image a\n2:app <- stage 1 | copy onbuild 0\n3: <- stage 2 | runtime\nbuilds [0 1 2 3]"_s);
        row("onbuild-mount", u"FROM a AS tools\nFROM a AS base\nONBUILD RUN --mount=from=tools,target=/t x\nFROM base\n"_s,
            u"0:tools <- image a\n1:base <- image a\n2: <- stage 1 | mount onbuild 0 | runtime\nbuilds [0 1 2]"_s);
        row("onbuild-onbuild", u"FROM a\nONBUILD ONBUILD RUN x\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"onbuild-trigger!"_s);
        row("onbuild-from", u"FROM a\nONBUILD FROM b\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"onbuild-trigger!"_s);
        row("onbuild-maintainer", u"FROM a\nonbuild maintainer me\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"onbuild-trigger!"_s);
        // targets (rule 13)
        row("target-closure", u"FROM a AS x\nFROM b AS y\nCOPY --from=x / /\nFROM c AS z\n"_s,
            u"0:x <- image a\n1:y <- image b | copy 0\n2:z <- image c | runtime\nbuilds [0 1]"_s, {}, u"Y"_s);
        row("target-unknown", u"FROM a AS x\n"_s, u"0:x <- image a | runtime\nbuilds []"_s, u"unknown-target!"_s, u"nope"_s);
        // structure problems (rule 5)
        row("empty-file", u""_s, u"builds []"_s, u"empty-file!"_s);
        row("comments-only", u"# hi\n\n"_s, u"builds []"_s, u"empty-file!"_s);
        row("no-from", u"ARG A=1\n"_s, u"builds []"_s, u"no-from!"_s);
        row("instruction-before-from", u"RUN x\nFROM a\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"instruction-before-from!"_s);
        row("unknown-instruction", u"FROM a\nFOO x\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"unknown-instruction!"_s);
        row("unknown-flag", u"FROM a\nCOPY --user=me a b\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"unknown-flag!"_s);
        row("bool-flag-value", u"FROM a\nCOPY --link=maybe a b\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-flag!"_s);
        row("copy-one-arg", u"FROM a\nCOPY x\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-arguments!"_s);
        row("healthcheck-empty", u"FROM a\nHEALTHCHECK\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-arguments!"_s);
        row("shell-not-json", u"FROM a\nSHELL sh -c\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-arguments!"_s);
        row("half-typed", u"FROM golang:1.22 AS build\nRUN go build\nFROM build AS \nCOPY --fr\nFROM alpine AS run\nCOPY --from=build /a /a\n"_s,
            u"0:build <- image golang:1.22\n1: <- stage 0\n2:run <- image alpine | copy 0 | runtime\nbuilds [0 2]"_s,
            u"from-argument-count!,invalid-arguments!,unknown-flag!"_s);
        // roles
        row("role-marker", u"# stagecraft: role=debugging\nFROM a AS tools\nFROM b\n"_s, u"0:tools <- image a | debugging!\n1: <- image b | runtime\nbuilds [1]"_s);
        row("role-marker-among-comments", u"# tools has the debugger\n# stagecraft: role=dev\nFROM a AS tools\nFROM b\n"_s,
            u"0:tools <- image a | dev!\n1: <- image b | runtime\nbuilds [1]"_s);
        row("role-marker-overrides-name", u"FROM a AS dev\n# stagecraft: role=runtime\nFROM b AS prod2\n"_s,
            u"0:dev <- image a | dev\n1:prod2 <- image b | runtime!\nbuilds [1]"_s);
        row("role-marker-invalid", u"# stagecraft: role=banana\nFROM a\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s, u"invalid-role"_s);
        row("role-marker-not-adjacent", u"# stagecraft: role=dev\nRUN x\nFROM a AS q\nFROM b\n"_s,
            u"0:q <- image a\n1: <- image b | runtime\nbuilds [1]"_s, u"instruction-before-from!"_s);
        row("role-names", u"FROM a AS develop\nFROM a AS debug\nFROM a AS production\nFROM a AS release\nFROM a AS other\n"_s,
            u"0:develop <- image a | dev\n1:debug <- image a | debugging\n2:production <- image a | runtime\n3:release <- image a | runtime\n4:other <- image a | runtime\nbuilds [4]"_s);
        row("last-stage-named-dev", u"FROM a AS x\nFROM a AS dev\n"_s, u"0:x <- image a\n1:dev <- image a | dev\nbuilds [1]"_s);
        // escape directive and check directive
        row("escape-backtick-stage", u"# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nRUN dir c:\\\nFROM win\n"_s,
            u"0:win <- image mcr.microsoft.com/windows/servercore:ltsc2022\n1: <- stage 0 | runtime\nbuilds [0 1]"_s);
        row("check-skip", u"# check=skip=FromAsCasing\nFROM a as b\n"_s, u"0:b <- image a | runtime\nbuilds [0]"_s);
        row("check-error", u"# check=error=true\nFROM a as b\n"_s, u"0:b <- image a | runtime\nbuilds [0]"_s, u"FromAsCasing!"_s);
        row("heredoc-from-is-payload", u"FROM a\nRUN <<EOF\nFROM b AS c\nEOF\n"_s, u"0: <- image a | runtime\nbuilds [0]"_s);
        row("heredoc-unterminated-stage", u"FROM a AS x\nRUN <<EOF\nFROM b\n"_s, u"0:x <- image a | runtime\nbuilds [0]"_s, u"unterminated-heredoc!"_s);
    }
    void graph()
    {
        QFETCH(QString, input);
        QFETCH(QString, target);
        QFETCH(QString, buildArgs);
        QFETCH(QString, expected);
        QFETCH(QString, diagnostics);
        AnalysisOptions options;
        options.target = target;
        for (const QString &kv : buildArgs.split(u';', Qt::SkipEmptyParts))
            options.buildArgs.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const SyntaxTree tree = parse(input);
        QCOMPARE(test::invariantViolation(tree), QString());
        const StageGraph g = analyse(tree, options);
        QCOMPARE(summary(g), expected);
        QCOMPARE(codes(g), diagnostics);
        for (const Diagnostic &d : g.diagnostics) {
            QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
            QVERIFY(d.range.begin >= 0 && d.range.end <= input.size() && d.range.begin <= d.range.end);
        }
    }

    // A stage's instructions and dependencies view the graph's arrays: a copy views its own,
    // and outlives the original; a moved graph keeps its views.
    void graphCopiesRebind()
    {
        const SyntaxTree tree = parse(u"FROM a AS x\nRUN one\nFROM b AS y\nCOPY --from=x / /\nRUN --mount=from=x,target=/m two\n"_s);
        const auto check = [](const StageGraph &g) {
            QCOMPARE(g.stages.size(), size_t(2));
            for (const Stage &st : g.stages) {
                QVERIFY(st.instructions.begin() >= g.allInstructions.data()
                    && st.instructions.end() <= g.allInstructions.data() + g.allInstructions.size());
                QVERIFY(st.dependencies.begin() >= g.allDependencies.data()
                    && st.dependencies.end() <= g.allDependencies.data() + g.allDependencies.size());
            }
            QCOMPARE(g.stages[0].instructions.size(), size_t(1));
            QCOMPARE(g.stages[1].instructions.size(), size_t(2));
            QCOMPARE(g.stages[1].dependencies.size(), size_t(3));
            QCOMPARE(g.stages[1].dependencies[0].kind, DependencyKind::From);
            QCOMPARE(g.stages[1].dependencies[1].stage, 0);
            QCOMPARE(g.stages[1].dependencies[2].kind, DependencyKind::MountFrom);
            QCOMPARE(g.buildsForTarget, (std::vector<int>{0, 1}));
        };
        StageGraph assigned;
        std::optional<StageGraph> constructed;
        {
            const StageGraph original = analyse(tree);
            check(original);
            assigned = original;
            constructed.emplace(original);
        }
        check(assigned);
        check(*constructed);
        const StageGraph moved = std::move(assigned);
        check(moved);
    }

    // The graph's strings share the tree's text, their references taken in bulk during the
    // analysis (detail::BulkReferences) and given back a block at a time (StageGraph's
    // destructor and move assignment): however a graph is copied, moved or destroyed, the
    // text's reference count comes back to the tree's own, and a string copied out of a graph
    // keeps its characters after the graph, the tree and the text are gone.
    void graphTextReferencesBalance_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kept"); // the name of the first stage, copied out
        QTest::newRow("names, bases, references")
            << u"# builder compiles\nFROM --platform=$BUILDPLATFORM golang:1.22 AS builder\nRUN --mount=type=cache,target=/c go build\n"
               u"FROM builder AS test\nRUN --mount=from=builder,target=/b \"--mount=type=bind,from=test,source=/x\" t\n"
               u"FROM alpine\nCOPY --from=builder /a /b\nCOPY --from=0 /a /b\nCOPY --from=nginx:1 /a /b\n"_s
            << u"builder"_s;
        QTest::newRow("global args")
            << u"ARG BASE=debian\nARG TAG\nFROM ${BASE}:${TAG:-12} AS Base\nFROM base\nFROM Base\n"_s << u"base"_s;
        QTest::newRow("continued FROM") << u"FROM \\\n  alpine \\\n  AS a\nCOPY \\\n --from=a x y\n"_s << u"a"_s;
        QTest::newRow("onbuild") << u"FROM a AS p\nONBUILD COPY --from=p x y\nONBUILD RUN --mount=from=q,target=/m x\nFROM p\n"_s << u"p"_s;
        // more stages than the budget taken for them: the rest take references one at a time
        QTest::newRow("stages without instructions")
            << QString(u"# s does\nFROM --platform=linux/arm64 alpine AS s\nFROM s AS S\n"_s).repeated(500) << u"s"_s;
        QTest::newRow("broken") << u"FROM\nFROM a AS\nCOPY --from=$x y z\nRUN --mount=from=\"q y\n"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void graphTextReferencesBalance()
    {
        QFETCH(QString, input);
        QFETCH(QString, kept);
        QString text(input.constData(), input.size()); // a block of its own
        const auto references = [&text] { return text.data_ptr().d ? text.data_ptr().d->ref_.loadRelaxed() : 0; };
        QString name;
        {
            const SyntaxTree tree = parse(text);
            const int treeReferences = references();
            {
                StageGraph graph = analyse(tree);
                QVERIFY(references() >= treeReferences);
                if (!graph.stages.empty())
                    name = graph.stages.front().name;
                StageGraph copy(graph);
                StageGraph moved = std::move(copy);
                AnalysisOptions options;
                options.target = u"test"_s;
                moved = analyse(tree, options); // releases the copy's strings
                StageGraph assigned;
                assigned = moved;
                graph = std::move(assigned);
                QCOMPARE(graph.stages.size(), moved.stages.size());
            }
            const int nameReference = !name.isEmpty() && name.data_ptr().d == text.data_ptr().d ? 1 : 0;
            QCOMPARE(references(), treeReferences + nameReference);
        }
        QCOMPARE(name, kept);
        text = QString(); // the text's block lives on only in `name`, when it shares it
        QCOMPARE(name, QString(kept.constData(), kept.size()));
    }

    // unreachable-stage: every stage the default target (the last stage) does not build is
    // reported once, at its name (or FROM when unnamed), whatever --target is
    void unreachableStages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected"); // the reported stages' indexes, in order
        QTest::newRow("all-built") << u"FROM a AS x\nFROM b\nCOPY --from=x / /\n"_s << QString() << QString();
        QTest::newRow("one-stage") << u"FROM a\n"_s << QString() << QString();
        QTest::newRow("middle") << u"FROM a AS x\nFROM b AS y\nFROM c\nCOPY --from=x / /\n"_s << QString() << u"1"_s;
        QTest::newRow("gaps") << u"FROM a AS s0\nFROM a AS s1\nFROM a AS s2\nFROM a AS s3\nFROM a\nCOPY --from=s1 / /\nCOPY --from=s3 / /\n"_s
                              << QString() << u"0 2"_s;
        QTest::newRow("unnamed") << u"FROM a\nFROM b\n"_s << QString() << u"0"_s;
        QTest::newRow("chain") << u"FROM a AS x\nFROM x AS y\nFROM b AS z\nCOPY --from=y / /\n"_s << QString() << QString();
        // the default target decides, not --target
        QTest::newRow("other-target") << u"FROM a AS x\nFROM x AS y\nFROM b AS z\n"_s << u"y"_s << u"0 1"_s;
        QTest::newRow("target-is-default") << u"FROM a AS x\nFROM x AS y\nFROM b AS z\n"_s << u"z"_s << u"0 1"_s;
    }
    void unreachableStages()
    {
        QFETCH(QString, input);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        AnalysisOptions options;
        options.target = target;
        const StageGraph g = analyse(parse(input), options);
        QStringList reported;
        for (const Diagnostic &d : g.diagnostics) {
            if (d.code != u"unreachable-stage")
                continue;
            QCOMPARE(d.severity, Severity::Info);
            const auto st = std::find_if(g.stages.begin(), g.stages.end(),
                [&d](const Stage &s) { return s.range.begin <= d.range.begin && d.range.end <= s.range.end; });
            QVERIFY2(st != g.stages.end(), qPrintable(d.message));
            const QString named = st->name.isEmpty() ? QString(u"stage "_s + QString::number(st->index)) : QString(u'"' + st->name + u'"');
            QVERIFY2(d.message.contains(named), qPrintable(d.message));
            reported.append(QString::number(st->index));
        }
        QCOMPARE(reported.join(u' '), expected);
    }

    void descriptionAndRanges()
    {
        const QString text = u"FROM a AS tools\n\n# builder compiles the app\n# stagecraft: role=dev\nFROM golang AS builder\nRUN go build\n\n# next\nFROM builder\n"_s;
        const SyntaxTree tree = parse(text);
        const StageGraph g = analyse(tree);
        QCOMPARE(g.stages.size(), size_t(3));
        const Stage &b = g.stages[1];
        QCOMPARE(b.description, u"compiles the app"_s);
        QCOMPARE(QStringList(b.comments.begin(), b.comments.end()), QStringList{u"builder compiles the app"_s});
        QCOMPARE(b.role, Role::Dev);
        QVERIFY(b.roleExplicit);
        QCOMPARE(text.mid(b.roleMarkerRange.begin, b.roleMarkerRange.length()), u"# stagecraft: role=dev\n"_s);
        QCOMPARE(text.mid(b.range.begin, b.range.length()), u"# builder compiles the app\n# stagecraft: role=dev\nFROM golang AS builder\nRUN go build\n"_s);
        QCOMPARE(text.mid(b.nameRange.begin, b.nameRange.length()), u"builder"_s);
        QCOMPARE(b.firstLine, 5);
        QCOMPARE(b.lastLine, 6);
        QCOMPARE(b.instructions.size(), size_t(1));
        QCOMPARE(QStringList(g.stages[2].comments.begin(), g.stages[2].comments.end()), QStringList{u"next"_s});
        QVERIFY(g.stages[2].description.isEmpty());
        const Dependency &from = g.stages[2].dependencies.front();
        QCOMPARE(text.mid(from.range.begin, from.range.length()), u"builder"_s);
        QCOMPARE(from.line, 9);
    }

    void referenceRanges()
    {
        const QString text = u"FROM a AS src\nFROM b\nRUN --mount=type=bind,from=src,target=/s true\nCOPY --from=src /x /y\n"_s;
        const StageGraph g = analyse(parse(text));
        const auto &deps = g.stages[1].dependencies;
        QCOMPARE(deps.size(), size_t(3));
        QCOMPARE(text.mid(deps[1].range.begin, deps[1].range.length()), u"src"_s);
        QCOMPARE(deps[1].line, 3);
        QCOMPARE(text.mid(deps[2].range.begin, deps[2].range.length()), u"src"_s);
        QCOMPARE(deps[2].line, 4);
    }

    // The image reference grammar BuildKit applies to FROM operands (distribution/reference's
    // ParseNormalizedNamed), with the library's error texts.
    void referenceGrammar_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("error");
        const QString hex64 = u"0123456789abcdef"_s.repeated(4);
        const QString format = u"invalid reference format"_s;
        const auto row = [](const char *name, const QString &reference, const QString &error) {
            QTest::newRow(name) << reference << error;
        };
        row("name", u"alpine"_s, {});
        row("digits", u"3proxy"_s, {});
        row("tag", u"golang:1.22-alpine"_s, {});
        row("tag with underscore and dots", u"node:20.11_rc.1"_s, {});
        row("tag of 128", u"a:"_s + u"x"_s.repeated(128), {});
        row("tag of 129", u"a:"_s + u"x"_s.repeated(129), format);
        row("tag starting with a dash", u"alpine:-x"_s, format);
        row("tag starting with an underscore", u"alpine:_x"_s, {});
        row("empty tag", u"alpine:"_s, format);
        row("path", u"team/app"_s, {});
        row("registry", u"gcr.io/distroless/static-debian12:nonroot"_s, {});
        row("registry with port", u"localhost:5000/team/app:1.0"_s, {});
        row("registry with a non-numeric port", u"example.com:80a/app"_s, format);
        row("ipv6 registry", u"[::1]:5000/app"_s, {});
        row("ipv6 registry not hex", u"[::g]:5000/app"_s, format);
        // not a valid host name, but the grammar reads it as path components
        row("registry with an underscore", u"my_host.com/app"_s, {});
        row("registry ending in a dash", u"host-.com/app"_s, format);
        row("underscore", u"my_app"_s, {});
        row("double underscore", u"my__app"_s, {});
        row("triple underscore", u"my___app"_s, format);
        row("dashes", u"my--app"_s, {});
        row("two dots", u"a..b"_s, format);
        row("trailing dash", u"app-"_s, format);
        row("empty path component", u"team//app"_s, format);
        row("uppercase", u"Alpine"_s, u"invalid reference format: repository name (library/Alpine) must be lowercase"_s);
        row("uppercase path", u"team/App"_s, u"invalid reference format: repository name (team/App) must be lowercase"_s);
        row("uppercase domain", u"Team/App"_s, u"invalid reference format: repository name (App) must be lowercase"_s);
        row("uppercase tag", u"alpine:Edge"_s, {});
        row("non-ASCII", u"caf\u00e9"_s, format);
        row("64 hex digits", hex64,
            u"invalid repository name ("_s + hex64 + u"), cannot specify 64-byte hexadecimal strings"_s);
        row("63 hex digits", hex64.left(63), {});
        row("digest", u"alpine@sha256:"_s + hex64, {});
        row("tag and digest", u"alpine:3.20@sha256:"_s + hex64, {});
        row("digest too short for the grammar", u"alpine@sha256:abc"_s, format);
        row("digest of an unknown algorithm", u"alpine@md5:"_s + hex64.left(32), u"unsupported digest algorithm"_s);
        row("digest of the wrong length", u"alpine@sha256:"_s + hex64.left(63), u"invalid checksum digest length"_s);
        row("digest in uppercase", u"alpine@sha256:"_s + hex64.toUpper(), u"invalid checksum digest format"_s);
        row("name of 255", u"a"_s.repeated(255 - 18), {}); // docker.io/library/ counts
        row("name of 256", u"a"_s.repeated(256 - 18), u"repository name must not be more than 255 characters"_s);
        row("empty", QString(), format);
    }

    void referenceGrammar()
    {
        QFETCH(QString, reference);
        QFETCH(QString, error);
        QCOMPARE(detail::referenceError(reference), error);
    }

    // Undeclared variables in FROM are reported in the order the line names them, the same in
    // every run (BuildKit's own order follows a Go map and varies).
    void undefinedArgsInReferenceOrder()
    {
        const QString text = u"FROM --platform=$PZ/$PA ${E}${B}x${D}:${A}-${C}${B}\n"_s;
        const StageGraph g = analyse(parse(text));
        QStringList messages;
        for (const Diagnostic &d : g.diagnostics) {
            if (d.code == u"UndefinedArgInFrom"_s)
                messages.append(d.message);
        }
        // (the platform flag stands first on the line, so its warnings come first)
        QCOMPARE(messages, (QStringList{u"FROM argument 'PZ' is not declared"_s, u"FROM argument 'PA' is not declared"_s,
                               u"FROM argument 'E' is not declared"_s, u"FROM argument 'B' is not declared"_s,
                               u"FROM argument 'D' is not declared"_s, u"FROM argument 'A' is not declared"_s,
                               u"FROM argument 'C' is not declared"_s}));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("path");
        QDir dir(QStringLiteral(STAGECRAFT_TEST_DATA "/graph"));
        const QStringList files = dir.entryList({u"*.Dockerfile"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void golden()
    {
        QFETCH(QString, path);
        const SyntaxTree tree = parse(readFile(path));
        QCOMPARE(test::invariantViolation(tree), QString());
        const QByteArray actual = graphToJsonText(tree, analyse(tree));
        const QString reference = path.chopped(int(qstrlen(".Dockerfile"))) + u".stages.json"_s;
        // Rewritten instead of compared under STAGECRAFT_UPDATE_REFERENCES=1 (tests/update-references.sh).
        const QString failure = test::compareWithReference(reference, actual);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
