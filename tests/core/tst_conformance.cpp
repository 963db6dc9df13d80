// Conformance with BuildKit over the shared corpus (../shared/corpus): every file
// round-trips; every instruction dumps like BuildKit's parser test results (.result); every
// stage graph agrees with the one BuildKit's own packages computed (.bk.json).
#include "testutil.h"

#include "core/diagnostic.h"
#include "core/lint.h"
#include "core/stagegraph.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

QString corpusDir()
{
    return QStringLiteral(STAGECRAFT_CORPUS_DIR);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList corpusFiles(const QString &suffix)
{
    QStringList out;
    for (const QString &sub : {u"buildkit-parser"_s, u"real-world"_s}) {
        QDir dir(corpusDir() + u'/' + sub);
        const QStringList names = dir.entryList({u"*"_s + suffix}, QDir::Files, QDir::Name);
        for (const QString &n : names)
            out.append(dir.filePath(n));
    }
    return out;
}

// Codes for problems BuildKit reports while parsing (the .bk.json "ok"/"error").
bool isParseError(const Diagnostic &d)
{
    static const QSet<QString> codes = {u"duplicate-directive"_s, u"invalid-directive"_s, u"unterminated-heredoc"_s,
        u"json-not-strings"_s, u"invalid-key-value"_s, u"from-argument-count"_s, u"invalid-stage-name"_s,
        u"unknown-instruction"_s, u"instruction-before-from"_s, u"unknown-flag"_s, u"invalid-flag"_s,
        u"invalid-arguments"_s, u"onbuild-trigger"_s, u"empty-file"_s};
    return d.severity == Severity::Error && codes.contains(d.code);
}

// Codes for errors BuildKit reports while converting the stages (the .bk.json graph_errors).
bool isGraphError(const Diagnostic &d)
{
    return d.severity == Severity::Error && !isParseError(d) && d.code != u"unknown-target"_s;
}

QJsonArray intArray(const std::vector<int> &v)
{
    QJsonArray a;
    for (int i : v)
        a.append(i);
    return a;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(corpusDir()).exists())
            QSKIP(qPrintable(u"the conformance corpus is not at "_s + corpusDir()
                + u" (configure with -DSTAGECRAFT_CORPUS_DIR=...); nothing to compare with"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : corpusFiles(u".Dockerfile"_s))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        const SyntaxTree tree = parse(readText(path));
        QCOMPARE(test::invariantViolation(tree), QString());
    }

    void parserResults_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : corpusFiles(u".Dockerfile.result"_s))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void parserResults()
    {
        QFETCH(QString, path);
        const QString dockerfile = path.chopped(int(qstrlen(".result")));
        const SyntaxTree tree = parse(readText(dockerfile));
        QStringList expected = readText(path).split(u'\n');
        while (!expected.isEmpty() && expected.last().isEmpty())
            expected.removeLast();
        QStringList actual;
        for (int i : tree.topLevel())
            actual.append(u'(' + test::dumpInstruction(tree, tree.instructions[size_t(i)]) + u')');
        for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
            const QString e = expected.value(i, u"<none>"_s);
            const QString a = actual.value(i, u"<none>"_s);
            if (e != a)
                QFAIL(qPrintable(u"instruction %1 differs\n   BuildKit: %2\n   ours:     %3"_s.arg(i + 1).arg(e, a)));
        }
    }

    void stageGraphs_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : corpusFiles(u".bk.json"_s))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void stageGraphs()
    {
        QFETCH(QString, path);
        const QJsonObject bk = QJsonDocument::fromJson(readText(path).toUtf8()).object();
        const QString dockerfile = path.chopped(int(qstrlen(".bk.json"))) + u".Dockerfile"_s;
        const SyntaxTree tree = parse(readText(dockerfile));
        const StageGraph g = analyse(tree);

        // Parse-level acceptance, and the line BuildKit reports.
        std::vector<const Diagnostic *> parseErrors;
        for (const Diagnostic &d : g.diagnostics) {
            if (isParseError(d))
                parseErrors.push_back(&d);
        }
        const bool ok = bk.value(u"ok"_s).toBool();
        if (ok != parseErrors.empty()) {
            QString ours;
            for (const Diagnostic *d : parseErrors)
                ours += u"\n   "_s + QString::number(tree.lines.lineAt(d->range.begin)) + u": "_s + d->message;
            QFAIL(qPrintable(u"BuildKit ok=%1 (%2), ours:%3"_s.arg(ok).arg(bk.value(u"error"_s).toObject().value(u"message"_s).toString(), ours)));
        }
        if (!ok) {
            const int line = bk.value(u"error"_s).toObject().value(u"line"_s).toInt();
            QSet<int> lines;
            for (const Diagnostic *d : parseErrors)
                lines.insert(tree.lines.lineAt(d->range.begin));
            if (line > 0 && !lines.contains(line) && bk.value(u"error"_s).toObject().value(u"message"_s).toString() != u"file with no instructions")
                QFAIL(qPrintable(u"BuildKit reports its error on line %1; we report none there"_s.arg(line)));
            return; // BuildKit computes no stages for a rejected file
        }

        QCOMPARE(QString(g.escape), bk.value(u"escape_token"_s).toString());
        const QJsonArray metaArgs = bk.value(u"meta_args"_s).toArray();
        QCOMPARE(qsizetype(g.globalArgs.size()), metaArgs.size());
        for (qsizetype i = 0; i < metaArgs.size(); ++i) {
            const QJsonObject m = metaArgs[i].toObject();
            const GlobalArg &a = g.globalArgs[size_t(i)];
            QCOMPARE(a.name, m.value(u"name"_s).toString());
            QCOMPARE(a.hasDefault, !m.value(u"default"_s).isNull());
            QCOMPARE(a.hasValue, !m.value(u"value"_s).isNull());
            if (a.hasValue)
                QCOMPARE(a.value, m.value(u"value"_s).toString());
            QCOMPARE(a.line, m.value(u"line"_s).toInt());
        }

        const QJsonArray stages = bk.value(u"stages"_s).toArray();
        QCOMPARE(qsizetype(g.stages.size()), stages.size());
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const QJsonObject s = stages[i].toObject();
            const Stage &st = g.stages[size_t(i)];
            const QString where = u"stage %1: "_s.arg(i);
            const auto same = [&](const QString &what, const QJsonValue &ours, const QJsonValue &theirs) {
                if (ours != theirs)
                    QFAIL(qPrintable(where + what + u": ours "_s + QString::fromUtf8(QJsonDocument(QJsonArray{ours}).toJson(QJsonDocument::Compact))
                        + u", BuildKit "_s + QString::fromUtf8(QJsonDocument(QJsonArray{theirs}).toJson(QJsonDocument::Compact))));
            };
            same(u"name"_s, st.name, s.value(u"name"_s));
            same(u"name_as_written"_s, st.nameAsWritten, s.value(u"name_as_written"_s));
            same(u"base"_s, st.baseText, s.value(u"base"_s));
            same(u"base_expanded"_s, st.baseExpanded, s.value(u"base_expanded"_s));
            same(u"base_stage"_s, st.baseStage < 0 ? QJsonValue() : QJsonValue(st.baseStage), s.value(u"base_stage"_s));
            same(u"base_is_scratch"_s, st.baseScratch, s.value(u"base_is_scratch"_s));
            same(u"platform"_s, st.platform, s.value(u"platform"_s));
            same(u"platform_expanded"_s, st.platformExpanded, s.value(u"platform_expanded"_s));
            same(u"comments"_s, QJsonArray::fromStringList(QStringList(st.comments.begin(), st.comments.end())), s.value(u"comments"_s));
            same(u"description"_s, st.description, s.value(u"description"_s));
            same(u"instruction_count"_s, int(st.instructions.size()), s.value(u"instruction_count"_s));
            same(u"start_line"_s, st.firstLine, s.value(u"start_line"_s));
            same(u"end_line"_s, st.lastLine, s.value(u"end_line"_s));
            // references, in file order
            for (const auto &[key, kind] : {std::pair{u"copy_from"_s, DependencyKind::CopyFrom}, std::pair{u"mount_from"_s, DependencyKind::MountFrom}}) {
                QJsonArray ours;
                for (const Dependency &d : st.dependencies) {
                    if (d.kind != kind || d.onbuild)
                        continue;
                    bool numeric = false;
                    d.text.toInt(&numeric);
                    const QString k = d.stage < 0 ? u"image"_s : (kind == DependencyKind::CopyFrom && numeric ? u"stage-index"_s : u"stage-name"_s);
                    ours.append(QJsonArray{d.text, d.line, k, d.stage < 0 ? QJsonValue() : QJsonValue(d.stage)});
                }
                QJsonArray theirs;
                for (const QJsonValue &v : s.value(key).toArray()) {
                    const QJsonObject r = v.toObject();
                    if (r.value(u"onbuild"_s).toBool())
                        continue;
                    theirs.append(QJsonArray{r.value(u"from"_s), r.value(u"line"_s), r.value(u"kind"_s), r.value(u"stage"_s)});
                }
                same(key, ours, theirs);
            }
            QSet<int> deps;
            for (const Dependency &d : st.dependencies) {
                if (d.stage >= 0)
                    deps.insert(d.stage);
            }
            std::vector<int> sortedDeps(deps.begin(), deps.end());
            std::sort(sortedDeps.begin(), sortedDeps.end());
            same(u"deps"_s, intArray(sortedDeps), s.value(u"deps"_s));
            same(u"target_stages"_s, intArray(g.closureOf(int(i))), s.value(u"target_stages"_s));
            same(u"targetable"_s, !st.name.isEmpty(), s.value(u"targetable"_s));
        }
        QCOMPARE(g.defaultTarget, bk.value(u"default_target"_s).toInt(-1));
        QCOMPARE(QJsonValue(intArray(g.closureOf(g.defaultTarget))), bk.value(u"default_target_stages"_s));

        // Graph errors: the same lines.
        QList<int> bkLines;
        for (const QJsonValue &e : bk.value(u"graph_errors"_s).toArray()) {
            const QString msg = e.toString();
            bkLines.append(msg.mid(5, msg.indexOf(u':') - 5).toInt());
        }
        QList<int> ourLines;
        for (const Diagnostic &d : g.diagnostics) {
            if (isGraphError(d))
                ourLines.append(tree.lines.lineAt(d.range.begin));
        }
        std::sort(bkLines.begin(), bkLines.end());
        std::sort(ourLines.begin(), ourLines.end());
        QCOMPARE(ourLines, bkLines);

        // Build-check warnings for the rules we implement, as (rule, line).
        static const QSet<QString> implemented = {u"FromAsCasing"_s, u"StageNameCasing"_s, u"InvalidDefaultArgInFrom"_s,
            u"UndefinedArgInFrom"_s, u"DuplicateStageName"_s, u"ReservedStageName"_s, u"NoEmptyContinuation"_s};
        QStringList theirs;
        for (const QJsonValue &v : bk.value(u"warnings"_s).toArray()) {
            const QJsonObject w = v.toObject();
            const QString rule = w.value(u"rule"_s).toString() == u"parser" ? u"NoEmptyContinuation"_s : w.value(u"rule"_s).toString();
            if (implemented.contains(rule))
                theirs.append(rule + u':' + QString::number(w.value(u"line"_s).toInt()));
        }
        const auto ruleAndLine = [&tree](const Diagnostic &d) -> QString {
            const QString rule = buildkitRule(d.code);
            int line = tree.lines.lineAt(d.range.begin);
            if (rule == u"NoEmptyContinuation") { // BuildKit reports the instruction's last line
                for (const Instruction &in : tree.instructions) {
                    if (in.firstLine <= line && line <= in.lastLine)
                        line = in.lastLine;
                }
            }
            return rule + u':' + QString::number(line);
        };
        QStringList ours;
        for (const Diagnostic &d : g.diagnostics) {
            if (!buildkitRule(d.code).isEmpty())
                ours.append(ruleAndLine(d));
        }
        theirs.sort();
        ours.sort();
        QCOMPARE(ours, theirs);
        // lint() reports these checks once each, like BuildKit. (The corpus records the checks
        // BuildKit makes while parsing; the ones it makes while converting stages, such as
        // JSONArgsRecommended or RedundantTargetPlatform, are not in it, so tst_lint covers them.)
        QStringList linted;
        for (const Finding &f : lint(tree, g)) {
            if (implemented.contains(buildkitRule(f.diagnostic.code)))
                linted.append(ruleAndLine(f.diagnostic));
        }
        linted.sort();
        QCOMPARE(linted, theirs);
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
