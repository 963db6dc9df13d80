// The edit operations (core/editoperations.h).
//
// golden: tests/data/edit/NAME.before.Dockerfile with the operations in NAME.op (one a line,
// see runOperation) gives NAME.after.Dockerfile, or the refusal in NAME.refused. Regenerate
// with `STAGECRAFT_UPDATE_REFERENCES=1 ./dev test -R edit_operations` and review the diff.
//
// property: random operation sequences (seeded, deterministic) over every Dockerfile under
// tests/data and the shared corpus: each applied step keeps the file free of new errors and
// does what it promised; the inverse edits restore the bytes exactly (undo), re-applying
// gives the edited bytes again (redo).
#include "../export/goldens.h"
#include "testutil.h"

#include "core/editoperations.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

#include <functional>
#include <set>

using namespace Qt::StringLiterals;
using namespace stagecraft;

namespace {

const QString dataDir = QStringLiteral(STAGECRAFT_TEST_DATA "/edit/");

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(f.readAll());
}

int stageIndex(const StageGraph &graph, const QString &spec)
{
    bool number = false;
    const int i = spec.toInt(&number);
    return number ? i : graph.findStage(spec);
}

// One line of a .op file:
//   rename STAGE NEW | rebase STAGE BASE | role STAGE dev|debugging|runtime|none|auto
//   add NAME|- BASE [AFTER] | duplicate STAGE | delete STAGE | move STAGE INDEX
//   describe STAGE [TEXT...]
// STAGE is an index or a name (the last stage with it).
EditResult runOperation(const SyntaxTree &tree, const StageGraph &graph, const QString &line)
{
    const QStringList w = line.split(u' ', Qt::SkipEmptyParts);
    const QString op = w.value(0);
    if (op == u"add") {
        const QString name = w.value(1) == u"-" ? QString() : w.value(1);
        return addStage(tree, graph, name, w.value(2), Role::None, w.size() > 3 ? stageIndex(graph, w.value(3)) : -1);
    }
    const int stage = stageIndex(graph, w.value(1));
    if (op == u"rename")
        return renameStage(tree, graph, stage, w.value(2));
    if (op == u"rebase")
        return rebaseStage(tree, graph, stage, w.value(2));
    if (op == u"role") {
        if (w.value(2) == u"auto")
            return setStageRole(tree, graph, stage, Role::None, true);
        return setStageRole(tree, graph, stage, roleFromName(w.value(2)).value_or(Role::None));
    }
    if (op == u"duplicate")
        return duplicateStage(tree, graph, stage);
    if (op == u"delete")
        return deleteStage(tree, graph, stage);
    if (op == u"move")
        return moveStage(tree, graph, stage, w.value(2).toInt());
    if (op == u"describe")
        return describeStage(tree, graph, stage, QStringList(w.mid(2)).join(u' '));
    EditResult r;
    r.error = u"unknown operation in test data: "_s + line;
    return r;
}

// Structural checks on any successful result; empty when fine.
QString checkEdits(const QString &before, const EditResult &r)
{
    for (qsizetype i = 0; i < r.edits.size(); ++i) {
        const TextEdit &e = r.edits[i];
        if (e.range.begin < 0 || e.range.end > before.size() || e.range.end < e.range.begin)
            return u"edit out of range"_s;
        if (i > 0 && r.edits[i - 1].range.end > e.range.begin)
            return u"edits overlap or are not ascending"_s;
    }
    const QString after = applyEdits(before, r.edits);
    if (applyEdits(after, invertEdits(before, r.edits)) != before)
        return u"the inverse edits do not restore the text"_s;
    if (applyEdits(before, r.edits) != after)
        return u"applying twice gives different text"_s;
    return {};
}

std::multiset<QString> errorCodes(const StageGraph &graph)
{
    std::multiset<QString> out;
    for (const Diagnostic &d : graph.diagnostics) {
        if (d.severity == Severity::Error)
            out.insert(d.code);
    }
    return out;
}

QStringList propertyInputs(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {u"*Dockerfile"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// A random operation on the current text; returns its description for failure messages.
struct RandomOp {
    QString what;
    EditResult result;
    std::function<QString(const StageGraph &)> promise; // checks the new graph; empty when fine
};

RandomOp randomOperation(QRandomGenerator &rng, const SyntaxTree &tree, const StageGraph &graph)
{
    const int n = int(graph.stages.size());
    const auto pick = [&](int bound) { return bound <= 0 ? 0 : int(rng.bounded(bound)); };
    const int s = pick(n);
    const QStringList images = {u"alpine:3.20"_s, u"scratch"_s, u"debian:bookworm-slim"_s, u"Not Valid"_s};
    const auto someName = [&]() -> QString {
        switch (pick(6)) {
        case 0:
            return n ? graph.stages[size_t(pick(n))].name : u"x"_s; // often a collision
        case 1:
            return u"Bad_Name"_s;
        case 2:
            return u"scratch"_s;
        default:
            return u"s"_s + QString::number(pick(1000));
        }
    };
    const auto someBase = [&]() -> QString {
        if (const int t = pick(n); n && pick(2) == 0 && !graph.stages[size_t(t)].name.isEmpty())
            return graph.stages[size_t(t)].name;
        return images[pick(int(images.size()))];
    };
    RandomOp op;
    const int kind = n == 0 ? 3 : pick(8);
    const QString stageName = n ? graph.stages[size_t(s)].name : QString();
    switch (kind) {
    case 0: {
        const QString name = someName();
        op.what = u"rename "_s + QString::number(s) + u' ' + name;
        op.result = renameStage(tree, graph, s, name);
        op.promise = [=](const StageGraph &g) {
            return int(g.stages.size()) == n && g.stages[size_t(s)].name == name ? QString() : u"name not set"_s;
        };
        break;
    }
    case 1: {
        const QString base = someBase();
        op.what = u"rebase "_s + QString::number(s) + u' ' + base;
        op.result = rebaseStage(tree, graph, s, base);
        op.promise = [=](const StageGraph &g) {
            for (const Stage &st : g.stages) {
                if ((st.name == stageName || stageName.isEmpty()) && st.baseText == base)
                    return QString();
            }
            return u"no stage with the new base"_s;
        };
        break;
    }
    case 2: {
        const int r = pick(5);
        const bool infer = r == 4;
        const Role role = infer ? Role::None : Role(r);
        op.what = u"role "_s + QString::number(s) + u' ' + (infer ? u"auto"_s : roleName(role));
        op.result = setStageRole(tree, graph, s, role, infer);
        op.promise = [=](const StageGraph &g) {
            const Stage &st = g.stages[size_t(s)];
            return st.roleExplicit == !infer && (infer || st.role == role) ? QString() : u"role not set"_s;
        };
        break;
    }
    case 3: {
        const QString name = pick(4) == 0 ? QString() : someName();
        const QString base = someBase();
        const int after = n ? pick(n + 1) - 1 : -1;
        op.what = u"add "_s + name + u' ' + base + u' ' + QString::number(after);
        op.result = addStage(tree, graph, name, base, Role(pick(4)), after);
        op.promise = [=](const StageGraph &g) {
            const int at = after < 0 ? n : after + 1;
            return int(g.stages.size()) == n + 1 && g.stages[size_t(at)].name == name && g.stages[size_t(at)].baseText == base
                ? QString()
                : u"stage not added"_s;
        };
        break;
    }
    case 4:
        op.what = u"duplicate "_s + QString::number(s);
        op.result = duplicateStage(tree, graph, s);
        op.promise = [=](const StageGraph &g) {
            return int(g.stages.size()) == n + 1 && g.stages[size_t(s + 1)].baseText == g.stages[size_t(s)].baseText
                ? QString()
                : u"no copy"_s;
        };
        break;
    case 5:
        op.what = u"delete "_s + QString::number(s);
        op.result = deleteStage(tree, graph, s);
        op.promise = [=](const StageGraph &g) { return int(g.stages.size()) == n - 1 ? QString() : u"not deleted"_s; };
        break;
    case 6: {
        const int to = pick(n + 1);
        const QString base = graph.stages[size_t(s)].baseText;
        op.what = u"move "_s + QString::number(s) + u' ' + QString::number(to);
        op.result = moveStage(tree, graph, s, to);
        op.promise = [=](const StageGraph &g) {
            return g.stages[size_t(to)].name == stageName && g.stages[size_t(to)].baseText == base ? QString() : u"not moved"_s;
        };
        break;
    }
    default: {
        const QString text = pick(3) == 0 ? QString() : u"does thing "_s + QString::number(pick(100));
        op.what = u"describe "_s + QString::number(s) + u' ' + text;
        op.result = describeStage(tree, graph, s, text);
        op.promise = [=](const StageGraph &g) {
            return g.stages[size_t(s)].description == text ? QString() : u"description not set"_s;
        };
        break;
    }
    }
    return op;
}

} // namespace

class TestEditOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList ops = QDir(dataDir).entryList({u"*.op"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!ops.isEmpty(), "no test data in tests/data/edit");
        for (const QString &op : ops) {
            const QString name = op.chopped(3);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void golden()
    {
        QFETCH(QString, name);
        const QString before = readText(dataDir + name + u".before.Dockerfile"_s);
        QString text = before;
        QString refusal;
        int lineNo = 0;
        const QStringList lines = readText(dataDir + name + u".op"_s).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            ++lineNo;
            const SyntaxTree tree = parse(text);
            const StageGraph graph = analyse(tree);
            const EditResult r = runOperation(tree, graph, line);
            if (!r.ok) {
                QVERIFY2(!r.error.isEmpty(), "a refusal says why");
                QVERIFY(r.edits.isEmpty());
                refusal = line + u": "_s + r.error + u'\n';
                break;
            }
            QVERIFY(!r.description.isEmpty());
            const QString problem = checkEdits(text, r);
            QVERIFY2(problem.isEmpty(), qPrintable(line + u": "_s + problem));
            // the same operation on the same text gives the same edits
            QCOMPARE(runOperation(tree, graph, line).edits, r.edits);
            text = applyEdits(text, r.edits);
            QVERIFY2(test::invariantViolation(parse(text)).isEmpty(), "the result parses losslessly");
        }
        const QString after = dataDir + name + u".after.Dockerfile"_s;
        const QString refused = dataDir + name + u".refused"_s;
        if (test::updatingReferences())
            QFile::remove(refusal.isEmpty() ? refused : after);
        const QString failure = refusal.isEmpty() ? test::compareWithReference(after, text.toUtf8())
                                                  : test::compareWithReference(refused, refusal.toUtf8());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(refusal.isEmpty() ? !QFile::exists(refused) : !QFile::exists(after),
            "both an .after and a .refused reference exist");
    }

    void dependents()
    {
        const QString text = u"FROM alpine AS a\nFROM a AS b\nFROM alpine AS c\nCOPY --from=a /x /x\nFROM alpine AS d\n"_s;
        const SyntaxTree tree = parse(text);
        const StageGraph graph = analyse(tree);
        const EditResult r = deleteStage(tree, graph, 0);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.dependents, (QStringList{u"b"_s, u"c"_s}));
        QCOMPARE(applyEdits(text, r.edits), u"FROM a AS b\nFROM alpine AS c\nCOPY --from=a /x /x\nFROM alpine AS d\n"_s);
        const EditResult free = deleteStage(tree, graph, 3);
        QVERIFY(free.ok);
        QVERIFY(free.dependents.isEmpty());
    }

    void descriptions()
    {
        QCOMPARE(renameStage(parse(u"FROM a AS b\n"_s), analyse(parse(u"FROM a AS b\n"_s)), 0, u"c"_s).description,
            u"Rename stage b → c"_s);
    }

    void noCrashOnBrokenInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("half-typed FROM") << u"FROM\n"_s;
        QTest::newRow("FROM AS") << u"FROM alpine AS\nRUN x\n"_s;
        QTest::newRow("unterminated heredoc") << u"FROM alpine AS a\nRUN <<EOF\necho\nFROM a AS b\n"_s;
        QTest::newRow("only comments") << u"# hello\n"_s;
        QTest::newRow("continuation at end") << u"FROM alpine AS a\nRUN echo \\"_s;
        QTest::newRow("bom crlf") << u"\uFEFFFROM alpine AS a\r\nFROM a\r\n"_s;
        QTest::newRow("lone cr") << u"FROM alpine AS a\rFROM a AS b\r"_s;
        QTest::newRow("empty") << QString();
    }

    void noCrashOnBrokenInput()
    {
        QFETCH(QString, text);
        const SyntaxTree tree = parse(text);
        const StageGraph graph = analyse(tree);
        const int n = int(graph.stages.size());
        for (int s = -1; s <= n; ++s) {
            const QList<EditResult> results = {renameStage(tree, graph, s, u"x"_s), rebaseStage(tree, graph, s, u"alpine"_s),
                setStageRole(tree, graph, s, Role::Dev), addStage(tree, graph, u"y"_s, u"alpine"_s, Role::None, s),
                duplicateStage(tree, graph, s), deleteStage(tree, graph, s), moveStage(tree, graph, s, 0),
                describeStage(tree, graph, s, u"text"_s)};
            for (const EditResult &r : results) {
                if (r.ok)
                    QVERIFY(checkEdits(text, r).isEmpty());
                else
                    QVERIFY(!r.error.isEmpty());
            }
        }
    }

    void property_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : propertyInputs(QStringLiteral(STAGECRAFT_TEST_DATA)))
            QTest::newRow(qPrintable(QDir(QStringLiteral(STAGECRAFT_TEST_DATA)).relativeFilePath(f))) << f;
    }

    void property()
    {
        QFETCH(QString, file);
        runProperty(file);
    }

    void propertyCorpus()
    {
        const QString corpus = QStringLiteral(STAGECRAFT_CORPUS_DIR "/real-world");
        if (!QDir(corpus).exists())
            QSKIP("the shared corpus (STAGECRAFT_CORPUS_DIR/real-world) is not present");
        const QStringList files = propertyInputs(corpus);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files) {
            runProperty(f);
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    void runProperty(const QString &file)
    {
        const QString original = readText(file);
        QRandomGenerator rng(qHash(QFileInfo(file).fileName()) ^ 0x5eedu);
        QString text = original;
        struct Step {
            QString before;
            QList<TextEdit> edits;
        };
        std::vector<Step> history;
        int applied = 0;
        for (int step = 0; step < 24; ++step) {
            const SyntaxTree tree = parse(text);
            const StageGraph graph = analyse(tree);
            RandomOp op = randomOperation(rng, tree, graph);
            const QString where = QFileInfo(file).fileName() + u": step "_s + QString::number(step) + u": "_s + op.what;
            if (!op.result.ok) {
                QVERIFY2(!op.result.error.isEmpty(), qPrintable(where + u": refused without a reason"_s));
                if (qEnvironmentVariableIsSet("STAGECRAFT_EDIT_STATS"))
                    qInfo().noquote() << "refused:" << op.what.section(u' ', 0, 0) << op.result.error << "@" << where
                                      << (qEnvironmentVariableIsSet("STAGECRAFT_EDIT_TEXT") ? u"\n"_s + text : QString());
                continue;
            }
            if (qEnvironmentVariableIsSet("STAGECRAFT_EDIT_STATS"))
                qInfo().noquote() << "applied:" << op.what.section(u' ', 0, 0);
            const QString problem = checkEdits(text, op.result);
            QVERIFY2(problem.isEmpty(), qPrintable(where + u": "_s + problem));
            const QString after = applyEdits(text, op.result.edits);
            const SyntaxTree newTree = parse(after);
            QVERIFY2(test::invariantViolation(newTree).isEmpty(), qPrintable(where));
            const StageGraph newGraph = analyse(newTree);
            if (!op.result.edits.isEmpty()) {
                const QString promise = op.promise(newGraph);
                QVERIFY2(promise.isEmpty(), qPrintable(where + u": "_s + promise + u"\n"_s + after));
            }
            // no new errors (a delete may leave its dependents' references broken)
            if (op.result.dependents.isEmpty()) {
                std::multiset<QString> oldCodes = errorCodes(graph);
                for (const QString &code : errorCodes(newGraph)) {
                    const auto it = oldCodes.find(code);
                    QVERIFY2(it != oldCodes.end(), qPrintable(where + u": new error "_s + code + u"\n"_s + after));
                    oldCodes.erase(it);
                }
            }
            history.push_back({text, op.result.edits});
            text = after;
            ++applied;
        }
        // undo to the start, then redo to the end
        const QString edited = text;
        for (auto it = history.rbegin(); it != history.rend(); ++it) {
            text = applyEdits(text, invertEdits(it->before, it->edits));
            QCOMPARE(text, it->before);
        }
        QCOMPARE(text.toUtf8(), original.toUtf8());
        for (const Step &s : history)
            text = applyEdits(text, s.edits);
        QCOMPARE(text, edited);
        Q_UNUSED(applied);
    }
};

QTEST_GUILESS_MAIN(TestEditOperations)
#include "tst_edit_operations.moc"
