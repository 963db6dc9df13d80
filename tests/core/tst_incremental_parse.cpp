// Incremental parsing (parse(text, previous)) gives exactly the tree a full parse gives:
// random edits (typing, deleting, pasting Dockerfile fragments: continuations, comments,
// heredocs, ONBUILD, directives, CRLF) applied one after the other to every file of
// tests/data and the shared corpus, each re-parse reusing the previous tree.
#include "testutil.h"

#include "core/syntax.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

QString str(TextRange r)
{
    return u"[%1,%2)"_s.arg(r.begin).arg(r.end);
}

#define DIFFER(what, a, b) \
    if ((a) != (b)) \
        return u"" what u" differs"_s;

QString instructionDifference(const Instruction &a, const Instruction &b)
{
    DIFFER("keyword", a.keyword().toString(), b.keyword().toString())
    DIFFER("command", a.command(), b.command())
    DIFFER("kind", int(a.kind), int(b.kind))
    if (a.keywordRange != b.keywordRange || a.range != b.range)
        return u"range "_s + str(a.range) + u" vs "_s + str(b.range);
    if (a.firstLine != b.firstLine || a.lastLine != b.lastLine)
        return u"lines %1-%2 vs %3-%4"_s.arg(a.firstLine).arg(a.lastLine).arg(b.firstLine).arg(b.lastLine);
    DIFFER("flag count", a.flags.size(), b.flags.size())
    for (size_t i = 0; i < a.flags.size(); ++i) {
        const Flag &x = a.flags[i], &y = b.flags[i];
        if (x.name != y.name || x.value != y.value || x.hasValue != y.hasValue || x.range != y.range || x.valueRange != y.valueRange)
            return u"flag %1"_s.arg(i);
    }
    DIFFER("argument count", a.args.size(), b.args.size())
    for (size_t i = 0; i < a.args.size(); ++i) {
        if (a.args[i].value != b.args[i].value || a.args[i].range != b.args[i].range)
            return u"argument %1"_s.arg(i);
    }
    DIFFER("json", a.json, b.json)
    DIFFER("known", a.known, b.known)
    DIFFER("heredoc count", a.heredocs.size(), b.heredocs.size())
    for (size_t i = 0; i < a.heredocs.size(); ++i) {
        const Heredoc &x = a.heredocs[i], &y = b.heredocs[i];
        if (x.name != y.name || x.chomp != y.chomp || x.expand != y.expand || x.terminated != y.terminated
            || x.content != y.content || x.bodyRange != y.bodyRange || x.terminatorRange != y.terminatorRange)
            return u"heredoc %1"_s.arg(i);
    }
    DIFFER("original", a.original, b.original)
    DIFFER("onbuild child", a.onbuildChild, b.onbuildChild)
    DIFFER("element", a.element, b.element)
    DIFFER("is onbuild child", a.isOnbuildChild, b.isOnbuildChild)
    return {};
}

// Empty when the trees are equal in every field; else the first difference.
QString treeDifference(const SyntaxTree &a, const SyntaxTree &b)
{
    DIFFER("text", a.text, b.text)
    DIFFER("escape", a.escape, b.escape)
    DIFFER("token count", a.tokens.size(), b.tokens.size())
    for (size_t i = 0; i < a.tokens.size(); ++i) {
        if (a.tokens[i].kind != b.tokens[i].kind || a.tokenRange(i) != b.tokenRange(i))
            return u"token %1: %2 vs %3"_s.arg(i).arg(str(a.tokenRange(i)), str(b.tokenRange(i)));
    }
    DIFFER("element count", a.elements.size(), b.elements.size())
    for (size_t i = 0; i < a.elements.size(); ++i) {
        const Element &x = a.elements[i], &y = b.elements[i];
        if (x.kind != y.kind || x.range != y.range || x.firstToken != y.firstToken || x.tokenCount != y.tokenCount
            || x.instruction != y.instruction)
            return u"element %1 %2 vs %3"_s.arg(i).arg(str(x.range), str(y.range));
    }
    DIFFER("instruction count", a.instructions.size(), b.instructions.size())
    for (size_t i = 0; i < a.instructions.size(); ++i) {
        const QString d = instructionDifference(a.instructions[i], b.instructions[i]);
        if (!d.isEmpty())
            return u"instruction %1: "_s.arg(i) + d;
        // (the comment block is read from the elements: the same for both when they agree)
        DIFFER("comments", a.commentsOf(int(i)), b.commentsOf(int(i)))
    }
    DIFFER("directive count", a.directives.size(), b.directives.size())
    for (size_t i = 0; i < a.directives.size(); ++i) {
        const ParserDirective &x = a.directives[i], &y = b.directives[i];
        if (x.name != y.name || x.value != y.value || x.range != y.range)
            return u"directive %1"_s.arg(i);
    }
    DIFFER("diagnostic count", a.diagnostics.size(), b.diagnostics.size())
    for (size_t i = 0; i < a.diagnostics.size(); ++i) {
        const Diagnostic &x = a.diagnostics[i], &y = b.diagnostics[i];
        if (x.severity != y.severity || x.code != y.code || x.message != y.message || x.range != y.range)
            return u"diagnostic %1 (%2 %3 vs %4 %5)"_s.arg(i).arg(x.code, str(x.range), y.code, str(y.range));
    }
    DIFFER("line count", a.lines.lineCount(), b.lines.lineCount())
    for (int line = 1; line <= a.lines.lineCount(); ++line) {
        if (a.lines.lineStart(line) != b.lines.lineStart(line))
            return u"line %1 start"_s.arg(line);
    }
    return {};
}

QStringList inputFiles()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral(STAGECRAFT_TEST_DATA), QStringLiteral(STAGECRAFT_CORPUS_DIR)}) {
        QDirIterator it(dir, {u"*Dockerfile*"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(u".json"_s) && !path.endsWith(u".result"_s))
                files.append(path);
        }
    }
    files.sort();
    return files;
}

// Fragments people type or paste, chosen to move element boundaries around.
const QStringList &fragments()
{
    static const QStringList list = {u"x"_s, u" "_s, u"\t"_s, u"\n"_s, u"\r\n"_s, u"\\"_s, u"\\\n"_s, u"`\n"_s,
        u"#"_s, u"# a comment\n"_s, u"#\n"_s, u"FROM alpine AS base\n"_s, u"FROM base\n"_s, u"RUN <<EOF\n"_s,
        u"EOF\n"_s, u"COPY <<-EOT /a\n\tline\n\tEOT\n"_s, u"ONBUILD RUN echo hi\n"_s, u"ONBUILD COPY <<X /x\n"_s,
        u"COPY --from=base /a /b\n"_s, u"RUN --mount=type=bind,from=base,target=/m ls\n"_s, u"ARG V=1\n"_s,
        u"CMD [\"a\", \"b\"]\n"_s, u"[\"a\""_s, u"ENV A=1 \\\n    B=2\n"_s, u"# escape=`\n"_s, u"# syntax=x\n"_s,
        u"LABEL a=\"b\" \\\n"_s, u"\n\n"_s, u"RUN a \\\n\n  b\n"_s, u"\uFEFF"_s, u"é"_s};
    return list;
}

QString randomEdit(const QString &text, QRandomGenerator &random)
{
    const auto pick = [&](qsizetype bound) { return bound > 0 ? qsizetype(random.bounded(quint64(bound) + 1)) : qsizetype(0); };
    qsizetype at = pick(text.size());
    if (random.bounded(3) == 0) {
        // at a line start, where fragments make new lines
        const qsizetype nl = text.lastIndexOf(u'\n', at - 1);
        at = nl < 0 ? 0 : nl + 1;
    }
    QString out = text;
    switch (random.bounded(4)) {
    case 0: // delete a few characters
        out.remove(at, qMin<qsizetype>(pick(12), text.size() - at));
        break;
    case 1: // delete up to a few lines
        out.remove(at, qMin<qsizetype>(pick(200), text.size() - at));
        break;
    case 2: // replace
        out.remove(at, qMin<qsizetype>(pick(8), text.size() - at));
        out.insert(at, fragments().at(int(random.bounded(qsizetype(fragments().size())))));
        break;
    default: // insert
        out.insert(at, fragments().at(int(random.bounded(qsizetype(fragments().size())))));
        break;
    }
    return out;
}

} // namespace

class TestIncrementalParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString base = u"# syntax=docker/dockerfile:1\nARG A=1\nFROM alpine AS a\nRUN echo a \\\n  b\n"_s
                             u"# about b\nFROM a AS b\nONBUILD RUN x\nCOPY <<EOF /x\nbody\nEOF\nRUN done\n"_s;
        QTest::newRow("unchanged") << base << base;
        QTest::newRow("typing in a word") << base << QString(base).replace(u"echo a"_s, u"echo ab"_s);
        QTest::newRow("breaking a continuation") << base << QString(base).replace(u"a \\\n"_s, u"a \n"_s);
        QTest::newRow("making a continuation") << base << QString(base).replace(u"RUN x\n"_s, u"RUN x \\\n"_s);
        QTest::newRow("ending a heredoc early") << base << QString(base).replace(u"body\n"_s, u"EOF\n"_s);
        QTest::newRow("unterminating a heredoc") << base << QString(base).replace(u"\nEOF\n"_s, u"\nEO\n"_s);
        QTest::newRow("a comment becomes a directive") << u"# a\nFROM x\n"_s << u"# escape=`\nFROM x\n"_s;
        QTest::newRow("editing the escape directive") << base << QString(base).replace(u"syntax"_s, u"escape=`\n# s"_s);
        QTest::newRow("appending without newline") << u"FROM a\nRUN b"_s << u"FROM a\nRUN bc"_s;
        QTest::newRow("comment before an instruction") << base << QString(base).replace(u"# about b\n"_s, u"# about\n#\n# b\n"_s);
        QTest::newRow("to empty") << base << QString();
        QTest::newRow("from empty") << QString() << base;
        QTest::newRow("crlf") << QString(base).replace(u"\n"_s, u"\r\n"_s) << QString(base).replace(u"\n"_s, u"\r\n"_s).replace(u"b\r\n"_s, u"b\r\r\n"_s);
        // Without ONBUILD triggers the instructions are spliced in place: one by one, or more or
        // fewer than they replace.
        const QString plain = u"FROM alpine AS a\nWORKDIR /w\nRUN echo a \\\n  b\nCOPY x y\nFROM a AS b\nRUN done\n"_s;
        QTest::newRow("plain: typing in a word") << plain << QString(plain).replace(u"echo a"_s, u"echo ab"_s);
        QTest::newRow("plain: splitting an instruction") << plain << QString(plain).replace(u"WORKDIR /w\n"_s, u"WORKDIR /w\nUSER me\nENV k=v\n"_s);
        QTest::newRow("plain: removing instructions") << plain << QString(plain).replace(u"WORKDIR /w\nRUN echo a \\\n  b\n"_s, QString());
        QTest::newRow("plain: joining instructions") << plain << QString(plain).replace(u"/w\n"_s, u"/w \\\n"_s);
        QTest::newRow("plain: adding a trigger") << plain << QString(plain).replace(u"COPY x y\n"_s, u"ONBUILD COPY x y\n"_s);
        QTest::newRow("removing the only trigger") << QString(plain).replace(u"COPY x y\n"_s, u"ONBUILD COPY x y\n"_s) << plain;
    }

    void examples()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const SyntaxTree incremental = parse(after, parse(before));
        const QString difference = treeDifference(incremental, parse(after));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(test::invariantViolation(incremental), QString());
    }

    // Every input file, edited at random 40 times in a row (a fixed seed per file).
    void randomEditsMatchFullParse()
    {
        const QStringList files = inputFiles();
        QVERIFY(files.size() > 20);
        int edits = 0;
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(file.readAll());
            QRandomGenerator random(quint32(qHash(QFileInfo(path).fileName())));
            SyntaxTree tree = parse(text);
            for (int step = 0; step < 40; ++step) {
                const QString edited = randomEdit(text, random);
                tree = parse(edited, std::move(tree));
                const QString difference = treeDifference(tree, parse(edited));
                if (!difference.isEmpty()) {
                    QFAIL(qPrintable(u"%1, edit %2: %3\n--- before:\n%4\n--- after:\n%5"_s.arg(path).arg(step).arg(difference, text, edited)));
                }
                text = edited;
                ++edits;
            }
        }
        qInfo("%d edits of %lld files", edits, qlonglong(files.size()));
    }

    // A full parse lets a one-line instruction's values share the text; the instructions an
    // incremental parse makes own their characters, so the trees of a typing session keep at
    // most one earlier version of the text alive (the one the last full parse shared).
    void incrementalInstructionsOwnTheirText()
    {
        const QString text = QString::fromUtf8("FROM alpine AS base\nRUN echo one\nRUN echo two\n"); // on the heap, as a file read is
        SyntaxTree tree = parse(text);
        // the block holding the characters (data_ptr() does not detach)
        const auto buffer = [](const QString &s) { return const_cast<QString &>(s).data_ptr().d_ptr(); };
        QVERIFY(buffer(text) != nullptr);
        QCOMPARE(buffer(tree.instructions[1].original), buffer(text));
        QCOMPARE(buffer(tree.instructions[1].args[0].value), buffer(text));

        QString edited = text;
        edited.replace(u"echo one"_s, u"echo 1"_s);
        tree = parse(edited, std::move(tree));
        QCOMPARE(tree.instructions[1].original, u"RUN echo 1"_s);
        QVERIFY(buffer(tree.instructions[1].original) != buffer(edited));
        QVERIFY(buffer(tree.instructions[1].args[0].value) != buffer(edited));
        QCOMPARE(buffer(tree.instructions[2].original), buffer(text)); // moved from the first tree
        QCOMPARE(treeDifference(tree, parse(edited)), QString());
    }

    // An incremental parse appends the re-parsed instructions' arguments, flags and heredocs
    // to the tree's arrays and empties the replaced ones: a long typing session must compact
    // them, or they would grow with every keystroke.
    void typingKeepsTheArraysCompact()
    {
        QString text = u"FROM a AS b\nENV k=v\n"_s;
        for (int i = 0; i < 40; ++i)
            text += u"RUN --mount=type=cache,target=/c <<EOF\nx\nEOF\nCOPY --from=b /x /y\n"_s;
        SyntaxTree tree = parse(text);
        const size_t arguments = tree.allArguments.size(), flags = tree.allFlags.size(), heredocs = tree.allHeredocs.size();
        size_t largest = 0;
        for (int key = 0; key < 3000; ++key) {
            // type into a flag of the middle instruction, and take it out again every 50 keys
            const qsizetype at = text.indexOf(u"target=/"_s, text.size() / 2) + 8;
            if (key % 50 == 49)
                text.remove(at, 49);
            else
                text.insert(at, u'x');
            tree = parse(text, std::move(tree));
            largest = std::max(largest, tree.allArguments.size());
            QVERIFY(tree.allFlags.size() <= 2 * flags + 64);
            QVERIFY(tree.allHeredocs.size() <= 2 * heredocs + 64);
        }
        QVERIFY2(largest <= 2 * arguments + 256, qPrintable(QString::number(largest)));
        QCOMPARE(treeDifference(tree, parse(text)), QString());
    }
};

QTEST_GUILESS_MAIN(TestIncrementalParse)
#include "tst_incremental_parse.moc"
