// The lossless syntax tree: BuildKit's parse of each input (in its Node.Dump form), the
// syntax diagnostics, token kinds and ranges, and the round-trip invariant for every input.
#include "testutil.h"

#include "core/heap.h"
#include "core/stagegraph.h"
#include "core/textutil_p.h" // detail::printableRunEnd

#include <QRandomGenerator>
#include <optional>
#include <QTest>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

QString dumpAll(const SyntaxTree &tree)
{
    QStringList lines;
    for (int i : tree.topLevel())
        lines.append(u'(' + test::dumpInstruction(tree, tree.instructions[size_t(i)]) + u')');
    return lines.join(u'\n');
}

QString codes(const std::vector<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.code);
    out.sort();
    return out.join(u',');
}

QString tokenKinds(const SyntaxTree &tree)
{
    static const char *names[] = {"Bom", "Ws", "Nl", "Comment", "Directive", "Kw", "Flag", "Word", "Json", "Cont",
        "Body", "End", "Error"};
    QStringList out;
    for (const Token &t : tree.tokens)
        out.append(QLatin1StringView(names[int(t.kind)]));
    return out.join(u' ');
}

} // namespace

class TestSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // input -> BuildKit's dump of the top-level instructions, and the syntax diagnostics
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("dump");
        QTest::addColumn<QString>("diagnostics");
        const auto row = [](const char *name, const QString &in, const QString &dump, const QString &diags = {}) {
            QTest::newRow(name) << in << dump << diags;
        };
        // instructions and keywords
        row("empty", u""_s, u""_s);
        row("from", u"FROM alpine\n"_s, u"(from \"alpine\")"_s);
        row("from-lower", u"from alpine\n"_s, u"(from \"alpine\")"_s);
        row("from-mixed-case", u"FrOm alpine"_s, u"(from \"alpine\")"_s);
        row("from-as", u"FROM golang:1.22 AS build\n"_s, u"(from \"golang:1.22\" \"AS\" \"build\")"_s);
        row("from-tabs", u"FROM\talpine\tAS\tb\n"_s, u"(from \"alpine\" \"AS\" \"b\")"_s);
        row("from-platform", u"FROM --platform=$BUILDPLATFORM golang AS b\n"_s,
            u"(from [\"--platform=$BUILDPLATFORM\"] \"golang\" \"AS\" \"b\")"_s);
        row("from-no-args", u"FROM\n"_s, u"(from)"_s);
        row("crlf", u"FROM a\r\nRUN b\r\n"_s, u"(from \"a\")\n(run \"b\")"_s);
        row("no-final-newline", u"FROM a\nRUN b"_s, u"(from \"a\")\n(run \"b\")"_s);
        row("bom", u"\uFEFFFROM a\n"_s, u"(from \"a\")"_s);
        row("leading-blanks", u"   FROM a\n\t\tRUN b\n"_s, u"(from \"a\")\n(run \"b\")"_s);
        row("trailing-blanks", u"FROM a   \nRUN b \t\n"_s, u"(from \"a\")\n(run \"b\")"_s);
        row("blank-lines", u"\n\n\nFROM a\n\n\n"_s, u"(from \"a\")"_s);
        row("unknown-keyword", u"FROM a\nFOO bar baz\n"_s, u"(from \"a\")\n(foo \"\")"_s);
        row("keyword-only-run", u"FROM a\nRUN\n"_s, u"(from \"a\")\n(run)"_s);
        row("maintainer", u"MAINTAINER Jane Doe <j@d.e>\n"_s, u"(maintainer \"Jane Doe <j@d.e>\")"_s);
        row("user", u"USER app:app\n"_s, u"(user \"app:app\")"_s);
        row("workdir", u"WORKDIR /src/my app\n"_s, u"(workdir \"/src/my app\")"_s);
        row("stopsignal", u"STOPSIGNAL SIGTERM\n"_s, u"(stopsignal \"SIGTERM\")"_s);
        row("expose", u"EXPOSE 80/tcp  443\n"_s, u"(expose \"80/tcp\" \"443\")"_s);
        // shell and exec form
        row("run-shell", u"RUN apt-get update && apt-get install -y curl\n"_s,
            u"(run \"apt-get update && apt-get install -y curl\")"_s);
        row("run-json", u"RUN [\"echo\", \"hi\"]\n"_s, u"(run \"echo\" \"hi\")"_s);
        row("cmd-json-spaces", u"CMD [ \"a\" , \"b\" ]  \n"_s, u"(cmd \"a\" \"b\")"_s);
        row("cmd-json-empty", u"CMD []\n"_s, u"(cmd)"_s);
        row("cmd-json-escapes", u"CMD [\"a\\\"b\", \"\\u00e9\\n\"]\n"_s, u"(cmd \"a\\\"b\" \"é\\n\")"_s);
        row("cmd-json-unicode-escape-null", u"CMD [\"\\u0000\"]\n"_s, u"(cmd \"\\x00\")"_s);
        row("cmd-invalid-json-single-quotes", u"CMD ['a', 'b']\n"_s, u"(cmd \"['a', 'b']\")"_s);
        row("cmd-invalid-json-trailing-comma", u"CMD [\"a\",]\n"_s, u"(cmd \"[\\\"a\\\",]\")"_s);
        row("cmd-invalid-json-unterminated", u"CMD [\"a\"\n"_s, u"(cmd \"[\\\"a\\\"\")"_s);
        row("cmd-json-nested", u"CMD [[\"a\"]]\n"_s, u"(cmd \"[[\\\"a\\\"]]\")"_s, u"json-not-strings"_s);
        row("cmd-json-number", u"CMD [\"a\", 1]\n"_s, u"(cmd \"[\\\"a\\\", 1]\")"_s, u"json-not-strings"_s);
        row("cmd-json-null", u"ENTRYPOINT [null]\n"_s, u"(entrypoint \"[null]\")"_s, u"json-not-strings"_s);
        row("cmd-json-garbage-after", u"CMD [\"a\"] x\n"_s, u"(cmd \"[\\\"a\\\"] x\")"_s);
        row("cmd-json-missing-comma", u"CMD [\"a\" \"b\"]\n"_s, u"(cmd \"[\\\"a\\\" \\\"b\\\"]\")"_s);
        row("cmd-json-empty-string", u"CMD [\"\", \"a\"]\t\n"_s, u"(cmd \"\" \"a\")"_s);
        row("cmd-json-control-character", u"CMD [\"a\tb\"]\n"_s, u"(cmd \"[\\\"a\\tb\\\"]\")"_s);
        row("entrypoint-json", u"ENTRYPOINT [\"/bin/app\", \"--serve\"]\n"_s, u"(entrypoint \"/bin/app\" \"--serve\")"_s);
        row("shell-json", u"SHELL [\"powershell\", \"-command\"]\n"_s, u"(shell \"powershell\" \"-command\")"_s);
        row("copy-json", u"COPY [\"a b\", \"/dst/\"]\n"_s, u"(copy \"a b\" \"/dst/\")"_s);
        row("copy-list", u"COPY a b  c /d/\n"_s, u"(copy \"a\" \"b\" \"c\" \"/d/\")"_s);
        row("add-list", u"ADD https://x/y.tgz /opt/\n"_s, u"(add \"https://x/y.tgz\" \"/opt/\")"_s);
        row("volume-json", u"VOLUME [\"/a\", \"/b\"]\n"_s, u"(volume \"/a\" \"/b\")"_s);
        row("volume-list", u"VOLUME /a /b\n"_s, u"(volume \"/a\" \"/b\")"_s);
        // flags
        row("copy-from", u"COPY --from=build /out /app\n"_s, u"(copy [\"--from=build\"] \"/out\" \"/app\")"_s);
        row("copy-many-flags", u"COPY --link --chmod=755 --chown=app:app a b\n"_s,
            u"(copy [\"--link\" \"--chmod=755\" \"--chown=app:app\"] \"a\" \"b\")"_s);
        row("flag-quoted", u"COPY --chown=\"a b\" x y\n"_s, u"(copy [\"--chown=a b\"] \"x\" \"y\")"_s);
        row("flag-single-quoted", u"COPY --from='st' x y\n"_s, u"(copy [\"--from=st\"] \"x\" \"y\")"_s);
        row("flag-escaped-space", u"COPY --chown=a\\ b x y\n"_s, u"(copy [\"--chown=a b\"] \"x\" \"y\")"_s);
        row("flags-end-marker", u"COPY --from=a -- --weird y\n"_s, u"(copy [\"--from=a\"] \"--weird\" \"y\")"_s);
        row("flags-only-double-dash", u"COPY -- a b\n"_s, u"(copy \"a\" \"b\")"_s);
        row("flag-single-dash-is-arg", u"RUN -x echo\n"_s, u"(run \"-x echo\")"_s);
        row("run-mount", u"RUN --mount=type=cache,target=/root/.cache go build\n"_s,
            u"(run [\"--mount=type=cache,target=/root/.cache\"] \"go build\")"_s);
        row("run-two-mounts", u"RUN --mount=type=bind,from=b,target=/s --mount=type=secret,id=k make\n"_s,
            u"(run [\"--mount=type=bind,from=b,target=/s\" \"--mount=type=secret,id=k\"] \"make\")"_s);
        row("run-network", u"RUN --network=none true\n"_s, u"(run [\"--network=none\"] \"true\")"_s);
        row("cmd-flag-then-json", u"CMD --doit [\"a\", \"b\"]\n"_s, u"(cmd [\"--doit\"] \"a\" \"b\")"_s);
        row("flag-at-end", u"COPY --link\n"_s, u"(copy [\"--link\"])"_s);
        row("healthcheck-flags", u"HEALTHCHECK --interval=5s --retries=3 CMD curl -f http://x/\n"_s,
            u"(healthcheck [\"--interval=5s\" \"--retries=3\"] \"CMD\" \"curl -f http://x/\")"_s);
        row("healthcheck-json", u"HEALTHCHECK CMD [\"/ok\"]\n"_s, u"(healthcheck \"CMD\" \"/ok\")"_s);
        row("healthcheck-none", u"HEALTHCHECK NONE\n"_s, u"(healthcheck \"NONE\")"_s);
        row("healthcheck-bare", u"HEALTHCHECK\n"_s, u"(healthcheck)"_s);
        // ENV / LABEL / ARG
        row("env-legacy", u"ENV PATH /usr/bin:/bin\n"_s, u"(env \"PATH\" \"/usr/bin:/bin\" \"\")"_s);
        row("env-legacy-spaces", u"ENV A 1 2  3\n"_s, u"(env \"A\" \"1 2  3\" \"\")"_s);
        row("env-equals", u"ENV A=1 B=\"two words\"\n"_s, u"(env \"A\" \"1\" \"=\" \"B\" \"\\\"two words\\\"\" \"=\")"_s);
        row("env-escaped-space", u"ENV A=x\\ y\n"_s, u"(env \"A\" \"x\\\\ y\" \"=\")"_s);
        row("env-single-word", u"ENV A\n"_s, u"(env \"A\")"_s, u"invalid-key-value"_s);
        row("env-missing-equals", u"ENV A=1 B\n"_s, u"(env \"A\" \"1\" \"=\")"_s, u"invalid-key-value"_s);
        row("env-empty", u"ENV\n"_s, u"(env)"_s);
        row("label", u"LABEL org.opencontainers.image.title=\"app\" v=1\n"_s,
            u"(label \"org.opencontainers.image.title\" \"\\\"app\\\"\" \"=\" \"v\" \"1\" \"=\")"_s);
        row("arg-names", u"ARG A B=2 C=\"x y\"\n"_s, u"(arg \"A\" \"B=2\" \"C=\\\"x y\\\"\")"_s);
        row("arg-empty-default", u"ARG A=\n"_s, u"(arg \"A=\")"_s);
        // continuations
        row("continuation", u"RUN a \\\n  b\n"_s, u"(run \"a   b\")"_s);
        row("continuation-blanks-after", u"RUN a \\  \t\n b\n"_s, u"(run \"a  b\")"_s);
        row("continuation-keeps-indent", u"RUN a\\\n    b\n"_s, u"(run \"a    b\")"_s);
        row("continuation-comment-line", u"RUN a \\\n# note\n  b\n"_s, u"(run \"a   b\")"_s);
        row("continuation-indented-comment", u"RUN a \\\n   # note\n  b\n"_s, u"(run \"a   b\")"_s);
        row("continuation-empty-line", u"RUN a \\\n\n  b\n"_s, u"(run \"a   b\")"_s, u"NoEmptyContinuation"_s);
        row("continuation-blank-line", u"RUN a \\\n   \n  b\n"_s, u"(run \"a   b\")"_s, u"NoEmptyContinuation"_s);
        row("continuation-at-eof", u"RUN a \\"_s, u"(run \"a\")"_s);
        row("continuation-at-eof-newline", u"RUN a \\\n"_s, u"(run \"a\")"_s);
        row("escaped-backslash-not-continuation", u"RUN echo \\\\\nRUN b\n"_s, u"(run \"echo \\\\\\\\\")\n(run \"b\")"_s);
        row("hash-in-line-is-data", u"RUN echo # not a comment\n"_s, u"(run \"echo # not a comment\")"_s);
        row("continuation-keyword-split", u"RU\\\nN x\n"_s, u"(run \"x\")"_s);
        row("lone-backslash-line", u"\\\nFROM a\n"_s, u"(from \"a\")"_s);
        row("continuation-crlf", u"RUN a \\\r\n  b\r\n"_s, u"(run \"a   b\")"_s);
        row("continuation-flags", u"COPY \\\n  --from=b \\\n  /x /y\n"_s, u"(copy [\"--from=b\"] \"/x\" \"/y\")"_s);
        // directives
        row("escape-backtick", u"# escape=`\nRUN dir c:\\\nRUN b\n"_s, u"(run \"dir c:\\\\\")\n(run \"b\")"_s);
        row("escape-backtick-continuation", u"# escape=`\nRUN a `\n  b\n"_s, u"(run \"a   b\")"_s);
        row("escape-after-comment-ignored", u"# hello\n# escape=`\nRUN a \\\n b\n"_s, u"(run \"a  b\")"_s);
        row("escape-after-blank-ignored", u"\n# escape=`\nRUN a \\\n b\n"_s, u"(run \"a  b\")"_s);
        row("escape-case-insensitive", u"# ESCAPE = `\nRUN a `\n b\n"_s, u"(run \"a  b\")"_s);
        row("escape-invalid", u"# escape=x\nFROM a\n"_s, u"(from \"a\")"_s, u"invalid-directive"_s);
        row("escape-duplicate", u"# escape=`\n# escape=\\\nFROM a\n"_s, u"(from \"a\")"_s, u"duplicate-directive"_s);
        // a directive counts as given even when its value is refused
        row("escape-invalid-then-duplicate", u"# escape=x\n# escape=`\nRUN a \\\n b\n"_s, u"(run \"a  b\")"_s,
            u"duplicate-directive,invalid-directive"_s);
        row("directives-each-once", u"# check=skip=all\n# syntax=a\n# escape=`\n# syntax=b\nRUN a `\n b\n"_s, u"(run \"a  b\")"_s,
            u"duplicate-directive"_s);
        row("syntax-and-check", u"# syntax=docker/dockerfile:1\n# check=skip=all\nFROM a\n"_s, u"(from \"a\")"_s);
        row("directive-unknown-key-ends-directives", u"# foo=bar\n# escape=`\nRUN a \\\n b\n"_s, u"(run \"a  b\")"_s);
        row("directive-after-bom", u"\uFEFF# escape=`\nRUN a `\n b\n"_s, u"(run \"a  b\")"_s);
        // heredocs
        row("heredoc-run", u"RUN <<EOF\necho hi\nEOF\n"_s, u"(run \"<<EOF\")"_s);
        row("heredoc-copy", u"COPY <<EOF /etc/x\nFROM inside\nEOF\nRUN b\n"_s, u"(copy \"<<EOF\" \"/etc/x\")\n(run \"b\")"_s);
        row("heredoc-chomp", u"RUN <<-EOT\n\techo\n\tEOT\n"_s, u"(run \"<<-EOT\")"_s);
        row("heredoc-chomp-needed", u"RUN <<EOT\n\techo\n\tEOT\nEOT\n"_s, u"(run \"<<EOT\")"_s);
        row("heredoc-quoted", u"RUN <<'EOF'\n$HOME\nEOF\n"_s, u"(run \"<<'EOF'\")"_s);
        row("heredoc-two", u"RUN <<A cat - <<B\na\nA\nb\nB\n"_s, u"(run \"<<A cat - <<B\")"_s);
        row("heredoc-crlf-terminator", u"RUN <<EOF\r\nx\r\nEOF\r\nRUN b\r\n"_s, u"(run \"<<EOF\")\n(run \"b\")"_s);
        row("heredoc-unterminated", u"RUN <<EOF\necho\nFROM x\n"_s, u"(run \"<<EOF\")"_s, u"unterminated-heredoc"_s);
        row("heredoc-empty-body", u"RUN <<EOF\nEOF\n"_s, u"(run \"<<EOF\")"_s);
        row("heredoc-not-in-json", u"RUN [\"<<EOF\"]\nEOF\n"_s, u"(run \"<<EOF\")\n(eof \"\")"_s);
        row("heredoc-not-in-env", u"ENV A=<<EOF\nRUN b\n"_s, u"(env \"A\" \"<<EOF\" \"=\")\n(run \"b\")"_s);
        row("heredoc-in-quotes-is-text", u"RUN echo \"<<EOF\"\nRUN b\n"_s, u"(run \"echo \\\"<<EOF\\\"\")\n(run \"b\")"_s);
        row("heredoc-fd", u"RUN 3<<EOF cat\nx\nEOF\n"_s, u"(run \"3<<EOF cat\")"_s);
        row("heredoc-onbuild", u"ONBUILD RUN <<EOF\nx\nEOF\nRUN b\n"_s, u"(onbuild (run \"<<EOF\"))\n(run \"b\")"_s);
        row("heredoc-lowercase-run", u"run <<EOF\nx\nEOF\n"_s, u"(run \"<<EOF\")"_s);
        // onbuild
        row("onbuild-run", u"ONBUILD RUN echo hi\n"_s, u"(onbuild (run \"echo hi\"))"_s);
        row("onbuild-copy-from", u"ONBUILD COPY --from=b /x /y\n"_s, u"(onbuild (copy [\"--from=b\"] \"/x\" \"/y\"))"_s);
        row("onbuild-json", u"ONBUILD CMD [\"a\"]\n"_s, u"(onbuild (cmd \"a\"))"_s);
        row("onbuild-empty", u"ONBUILD\n"_s, u"(onbuild)"_s);
        // broken input never breaks the parser
        row("binary-junk", u"\u0001\u0002\u0000 FROM\u00ff\n\u0007"_s, u"(\u0001\u0002\u0000 \"\")\n(\u0007 \"\")"_s);
        row("only-comments", u"# a\n# b\n"_s, u""_s);
        row("only-whitespace", u"  \n\t\n"_s, u""_s);
        row("lone-cr", u"FROM a\rRUN b\n"_s, u"(from \"a\" \"RUN\" \"b\")"_s);
        row("unicode-args", u"LABEL desc=\"caf\u00e9 \u2603\"\n"_s, u"(label \"desc\" \"\\\"caf\u00e9 \u2603\\\"\" \"=\")"_s);
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, dump);
        QFETCH(QString, diagnostics);
        const SyntaxTree tree = stagecraft::parse(input);
        QCOMPARE(test::invariantViolation(tree), QString());
        QCOMPARE(dumpAll(tree), dump);
        QCOMPARE(codes(tree.diagnostics), diagnostics);
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("from-as") << u"FROM a AS b\n"_s << u"Kw Ws Word Ws Word Ws Word Nl"_s;
        QTest::newRow("bom-crlf") << u"\uFEFFFROM a\r\n"_s << u"Bom Kw Ws Word Nl"_s;
        QTest::newRow("comment-blank") << u"  # c\n\n"_s << u"Ws Comment Nl Nl"_s;
        QTest::newRow("directive") << u"# escape=`\nFROM a"_s << u"Directive Nl Kw Ws Word"_s;
        QTest::newRow("flag-json") << u"RUN --network=none [\"a\", \"b\"]\n"_s << u"Kw Ws Flag Ws Json Nl"_s;
        QTest::newRow("continuation") << u"RUN a \\\n# c\n\n b\n"_s << u"Kw Ws Word Ws Cont Nl Comment Nl Nl Ws Word Nl"_s;
        QTest::newRow("heredoc") << u"RUN <<E\nx\ny\nE\n"_s << u"Kw Ws Word Nl Body End Nl"_s;
        QTest::newRow("heredoc-unterminated") << u"RUN <<E\nx"_s << u"Kw Ws Word Nl Body"_s;
        QTest::newRow("onbuild") << u"ONBUILD COPY --from=x a b"_s << u"Kw Ws Kw Ws Flag Ws Word Ws Word"_s;
        QTest::newRow("trailing-cr") << u"FROM a\r\r\n"_s << u"Kw Ws Word Ws Nl"_s;
        QTest::newRow("quoted-flag-with-space") << u"COPY --chown=\"a b\" x y"_s << u"Kw Ws Flag Ws Word Ws Word"_s;
    }
    void tokens()
    {
        QFETCH(QString, input);
        QFETCH(QString, kinds);
        const SyntaxTree tree = stagecraft::parse(input);
        QCOMPARE(test::invariantViolation(tree), QString());
        QCOMPARE(tokenKinds(tree), kinds);
    }

    void ranges()
    {
        const QString text = u"FROM a\n# builder makes it\nFROM --platform=linux/arm64 golang:1.22 AS Builder\nCOPY --from=x \\\n  /a /b\n"_s;
        const SyntaxTree tree = stagecraft::parse(text);
        QCOMPARE(tree.instructions.size(), size_t(3));
        const Instruction &from = tree.instructions[1];
        QCOMPARE(from.firstLine, 3);
        QCOMPARE(from.keywordRange, (TextRange{26, 30}));
        QCOMPARE(text.mid(from.args[0].range.begin, from.args[0].range.length()), u"golang:1.22"_s);
        QCOMPARE(text.mid(from.args[2].range.begin, from.args[2].range.length()), u"Builder"_s);
        QCOMPARE(tree.commentsOf(1), QStringList{u"builder makes it"_s});
        const Flag *platform = from.flag(u"platform");
        QVERIFY(platform);
        QCOMPARE(platform->value, u"linux/arm64"_s);
        QCOMPARE(text.mid(platform->valueRange.begin, platform->valueRange.length()), u"linux/arm64"_s);
        const Instruction &copy = tree.instructions[2];
        QCOMPARE(copy.firstLine, 4);
        QCOMPARE(copy.lastLine, 5);
        QCOMPARE(text.mid(copy.args[1].range.begin, copy.args[1].range.length()), u"/b"_s);
        QCOMPARE(copy.original, u"COPY --from=x   /a /b"_s);
        QCOMPARE(tree.lines.at(copy.args[0].range.begin), (LineColumn{5, 3}));
    }

    void heredocValues()
    {
        const SyntaxTree tree = stagecraft::parse(u"RUN <<-A cat <<\"B\"\n\tone\n\tA\ntwo\r\nB\r\nRUN x\n"_s);
        QCOMPARE(tree.topLevel().size(), size_t(2));
        const auto &docs = tree.instructions[0].heredocs;
        QCOMPARE(docs.size(), size_t(2));
        QCOMPARE(docs[0].name, u"A"_s);
        QVERIFY(docs[0].chomp);
        QVERIFY(docs[0].expand);
        QCOMPARE(docs[0].content, u"\tone\n"_s);
        QCOMPARE(docs[1].name, u"B"_s);
        QVERIFY(!docs[1].expand);
        QCOMPARE(docs[1].content, u"two\r\n"_s);
        QVERIFY(docs[1].terminated);
        QCOMPARE(tree.instructions[0].lastLine, 5);
    }

    // Which words of a line open heredocs: BuildKit's ^(\d*)<<(-?)([^<]*)$ on each word.
    void heredocOpeners_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("one") << u"RUN <<EOF"_s << QStringList{u"EOF"_s};
        QTest::newRow("descriptor digits") << u"RUN cat 3<<EOF"_s << QStringList{u"EOF"_s};
        QTest::newRow("letters before") << u"RUN cat a<<EOF"_s << QStringList{};
        QTest::newRow("glued to a command") << u"RUN cat<<A <<B"_s << QStringList{u"B"_s};
        QTest::newRow("redirect before") << u"RUN x<y <<E"_s << QStringList{u"E"_s};
        QTest::newRow("two in one word") << u"RUN <<a<<b"_s << QStringList{};
        QTest::newRow("four") << u"RUN <<<<E"_s << QStringList{};
        QTest::newRow("two words") << u"RUN <<E cat <<-F"_s << QStringList{u"E"_s, u"F"_s};
        QTest::newRow("no name") << u"RUN echo <<"_s << QStringList{};
        QTest::newRow("tab separated") << u"COPY\t<<A\t/a"_s << QStringList{u"A"_s};
        QTest::newRow("at the end of the line") << u"ADD x <<Z"_s << QStringList{u"Z"_s};
    }

    void heredocOpeners()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, names);
        QString text = line + u'\n';
        for (const QString &name : names)
            text += u"body\n"_s + name + u'\n';
        const SyntaxTree tree = stagecraft::parse(text);
        QCOMPARE(tree.print(), text);
        QStringList found;
        for (const Heredoc &h : tree.instructions[0].heredocs) {
            QVERIFY(h.terminated);
            found << h.name;
        }
        QCOMPARE(found, names);
    }

    // A full parse takes its values' references to the text in bulk and a tree gives them back
    // a block at a time (detail::BulkReferences, ReferenceRelease): however a tree is copied,
    // moved, re-parsed or destroyed, the text's reference count comes back to what it was, and
    // a value copied out of a tree keeps its characters after the tree and the text are gone.
    void textReferencesBalance_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("one-line instructions") << u"# c\nFROM a AS b\nRUN --mount=type=cache,target=/c make\nCOPY --from=b x y\n"_s;
        QTest::newRow("continued") << u"FROM a\nENV A=1 \\\n    B=2\nRUN x \\\n  # note\n  y\n"_s;
        QTest::newRow("heredocs and onbuild") << u"FROM a\nRUN <<E cat <<-F\nx\nE\n\ty\n\tF\nONBUILD COPY --from=a <<X /y\nz\nX\n"_s;
        QTest::newRow("many join blocks") << QString(u"RUN a \\\n  b c d e f g h i j k l m n o p q r s t u v w x y z\n"_s).repeated(2000);
        QTest::newRow("many values") << QString(u"ENV k=v q=r s=t\nLABEL a=b c=d\n"_s).repeated(5000);
        QTest::newRow("empty") << QString();
        QTest::newRow("broken") << u"FROM\nRUN <<EOF\nCOPY --from=\"x /y\n"_s;
    }

    void textReferencesBalance()
    {
        QFETCH(QString, input);
        QString text(input.constData(), input.size()); // a block of its own
        const auto references = [&text] { return text.data_ptr().d ? text.data_ptr().d->ref_.loadRelaxed() : 0; };
        const int before = references();
        QString kept;
        {
            SyntaxTree tree = stagecraft::parse(text);
            if (!tree.instructions.empty())
                kept = tree.instructions.back().original;
            SyntaxTree copy(tree);
            SyntaxTree moved = std::move(copy);
            moved = stagecraft::parse(text); // releases the copy's values
            SyntaxTree again = stagecraft::parse(text + u"\nRUN x\n"_s, std::move(moved));
            QCOMPARE(again.print(), text + u"\nRUN x\n"_s);
            tree = std::move(again);
        }
        const int keptReference = !kept.isEmpty() && kept.data_ptr().d == text.data_ptr().d ? 1 : 0;
        QCOMPARE(references(), before + keptReference);
        const QString expected = kept;
        QString alone = std::move(kept);
        text = QString(); // the text's block lives on only in `alone`, when it shares it
        QCOMPARE(alone, QString(expected.constData(), expected.size()));
    }

    // An instruction's arguments, flags and heredocs view its tree's arrays: a copied tree
    // (constructed or assigned) views its own, and outlives the tree it was copied from.
    void copiedTreeViewsItsOwnArrays()
    {
        const QString text = u"FROM --platform=$P a AS b\nRUN --mount=type=cache,target=/c <<EOF\nx\nEOF\n"
                             u"ONBUILD COPY --from=b <<X /y\nz\nX\nENV k=v q=r\n"_s;
        const auto inside = [](const auto &items, const auto &array) {
            return items.empty() || (items.begin() >= array.data() && items.end() <= array.data() + array.size());
        };
        const auto check = [&](const SyntaxTree &tree) {
            QCOMPARE(tree.print(), text);
            QCOMPARE(test::dumpInstruction(tree, tree.instructions[0]), u"from [\"--platform=$P\"] \"a\" \"AS\" \"b\""_s);
            for (const Instruction &in : tree.instructions) {
                QVERIFY(inside(in.args, tree.allArguments));
                QVERIFY(inside(in.flags, tree.allFlags));
                QVERIFY(inside(in.heredocs, tree.allHeredocs));
            }
            QCOMPARE(tree.instructions[1].flags[0].value, u"type=cache,target=/c"_s);
            QCOMPARE(tree.instructions[1].heredocs[0].content, u"x\n"_s);
            const Instruction &trigger = tree.instructions[size_t(tree.instructions[2].onbuildChild)];
            QCOMPARE(trigger.flags[0].value, u"b"_s);
            QCOMPARE(trigger.heredocs[0].content, u"z\n"_s);
            QCOMPARE(tree.instructions[3].args.size(), size_t(6));
            QCOMPARE(tree.instructions[3].args[4].value, u"r"_s);
        };
        std::optional<SyntaxTree> original = stagecraft::parse(text);
        check(*original);
        const SyntaxTree constructed(*original);
        SyntaxTree assigned = stagecraft::parse(u"FROM other\n"_s);
        assigned = *original;
        check(constructed);
        check(assigned);
        original.reset();
        check(constructed);
        check(assigned);
        // a moved tree keeps its arrays, so its views stay valid
        SyntaxTree moved = SyntaxTree(constructed);
        const SyntaxTree target = std::move(moved);
        check(target);
    }

    // Instruction::kind is the command as an enum, whatever the keyword's case; any other
    // keyword is Unknown; an ONBUILD trigger has its own.
    void commandKinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Command>("kind");
        QTest::addColumn<Command>("trigger");
        const std::pair<const char16_t *, Command> commands[] = {
            {u"add", Command::Add}, {u"arg", Command::Arg}, {u"cmd", Command::Cmd}, {u"copy", Command::Copy},
            {u"entrypoint", Command::Entrypoint}, {u"env", Command::Env}, {u"expose", Command::Expose},
            {u"from", Command::From}, {u"healthcheck", Command::Healthcheck}, {u"label", Command::Label},
            {u"maintainer", Command::Maintainer}, {u"onbuild", Command::Onbuild}, {u"run", Command::Run},
            {u"shell", Command::Shell}, {u"stopsignal", Command::Stopsignal}, {u"user", Command::User},
            {u"volume", Command::Volume}, {u"workdir", Command::Workdir},
        };
        for (const auto &[name, kind] : commands) {
            const QString lower = QString::fromUtf16(name);
            QString mixed = lower;
            mixed[mixed.size() - 1] = mixed.back().toUpper();
            QTest::newRow(qPrintable(lower)) << lower + u" x"_s << kind << Command::Unknown;
            QTest::newRow(qPrintable(lower.toUpper())) << lower.toUpper() + u" x"_s << kind << Command::Unknown;
            QTest::newRow(qPrintable(mixed)) << mixed + u" x"_s << kind << Command::Unknown;
        }
        QTest::newRow("unknown") << u"FOO x"_s << Command::Unknown << Command::Unknown;
        QTest::newRow("unknown, non-ASCII") << u"Über x"_s << Command::Unknown << Command::Unknown;
        QTest::newRow("near miss") << u"COPYX a b"_s << Command::Unknown << Command::Unknown;
        QTest::newRow("onbuild run") << u"ONBUILD run make"_s << Command::Onbuild << Command::Run;
        QTest::newRow("onbuild unknown") << u"onbuild bar"_s << Command::Onbuild << Command::Unknown;
    }

    void commandKinds()
    {
        QFETCH(QString, line);
        QFETCH(Command, kind);
        QFETCH(Command, trigger);
        const SyntaxTree tree = stagecraft::parse(line + u'\n');
        const Instruction &in = tree.instructions.front();
        QCOMPARE(in.kind, kind);
        // command(): BuildKit's name of the kind, or the unknown keyword lowercased
        QCOMPARE(in.command(), in.keyword().toString().toLower());
        QCOMPARE(commandName(kind), kind == Command::Unknown ? QString() : in.keyword().toString().toLower());
        const int child = in.onbuildChild;
        QCOMPARE(child >= 0 ? tree.instructions[size_t(child)].kind : Command::Unknown, trigger);
        if (child >= 0)
            QCOMPARE(tree.instructions[size_t(child)].command(), tree.instructions[size_t(child)].keyword().toString().toLower());
    }

    // parse() reserves the arrays from the line count and binds each instruction's views as
    // it makes it; a line with far more values than that estimate makes an array grow (and
    // move) during the parse, and every view must then see the arrays where they ended up.
    // Each row outgrows one array alone (an ONBUILD trigger, bound before, included).
    void viewsFollowGrownArrays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("arguments");
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("heredocs");
        const QString head = u"FROM a AS b\nONBUILD COPY --from=b x y\n"_s;
        QTest::newRow("nothing grows") << head << 5 << 1 << 0;
        QString args = head + u"COPY"_s;
        for (int i = 0; i < 3000; ++i)
            args += u" w"_s + QString::number(i);
        QTest::newRow("arguments") << args + u" /d\n"_s << 3006 << 1 << 0;
        QString flags = head + u"RUN"_s;
        for (int i = 0; i < 500; ++i)
            flags += u" --mount=type=cache,target=/c"_s + QString::number(i);
        QTest::newRow("flags") << flags + u" make\n"_s << 6 << 501 << 0;
        QString heredocs = head + u"RUN"_s;
        for (int i = 0; i < 60; ++i)
            heredocs += u" <<E"_s + QString::number(i);
        heredocs += u"\n"_s;
        for (int i = 0; i < 60; ++i)
            heredocs += u"body "_s + QString::number(i) + u"\nE"_s + QString::number(i) + u'\n';
        QTest::newRow("heredocs") << heredocs << 6 << 1 << 60;
    }

    void viewsFollowGrownArrays()
    {
        QFETCH(QString, text);
        QFETCH(int, arguments);
        QFETCH(int, flags);
        QFETCH(int, heredocs);
        const SyntaxTree tree = stagecraft::parse(text);
        QCOMPARE(tree.print(), text);
        QCOMPARE(int(tree.allArguments.size()), arguments);
        QCOMPARE(int(tree.allFlags.size()), flags);
        QCOMPARE(int(tree.allHeredocs.size()), heredocs);
        for (const Instruction &in : tree.instructions) {
            QCOMPARE(in.args.begin(), tree.allArguments.data() + in.args.first());
            QCOMPARE(in.flags.begin(), tree.allFlags.data() + in.flags.first());
            QCOMPARE(in.heredocs.begin(), tree.allHeredocs.data() + in.heredocs.first());
        }
        const Instruction &trigger = tree.instructions[size_t(tree.instructions[1].onbuildChild)];
        QCOMPARE(trigger.flags[0].value, u"b"_s);
        QCOMPARE(trigger.args[1].value, u"y"_s);
        if (tree.instructions.size() > 3) {
            const Instruction &last = tree.instructions[2];
            if (arguments > 3000)
                QCOMPARE(last.args[2999].value, u"w2999"_s);
            if (flags > 500)
                QCOMPARE(last.flags[499].value, u"type=cache,target=/c499"_s);
            if (heredocs > 0)
                QCOMPARE(last.heredocs[59].content, u"body 59\n"_s);
        }
    }

    // A full parse writes the joined logical lines of continued instructions one after another
    // into shared blocks of 16,384 characters: each instruction's line and values stay its own
    // across the blocks' boundaries, and the lines of neighbours share a block.
    void joinedLinesShareBlocks()
    {
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += u"RUN echo %1 \\\n  && \\\n# a comment\n  touch /f%1\n"_s.arg(i);
        const SyntaxTree tree = stagecraft::parse(text);
        QCOMPARE(tree.instructions.size(), size_t(3000));
        for (int i = 0; i < 3000; ++i) {
            const Instruction &in = tree.instructions[size_t(i)];
            const QString line = u"RUN echo %1   &&   touch /f%1"_s.arg(i);
            QCOMPARE(in.original, line);
            QCOMPARE(in.args.size(), size_t(1));
            QCOMPARE(in.args[0].value, line.mid(4));
        }
        const auto buffer = [](const QString &s) { return const_cast<QString &>(s).data_ptr().d_ptr(); };
        QCOMPARE(buffer(tree.instructions[0].original), buffer(tree.instructions[1].original));
        QVERIFY(buffer(tree.instructions[0].original) != buffer(tree.instructions[2999].original));
        QCOMPARE(tree.print(), text);
    }

    // Instruction::keyword(): the first word of the logical line, as written
    void keywordAsWritten_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("instruction");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upper") << u"FROM a\n"_s << 0 << u"FROM"_s;
        QTest::newRow("mixed-case") << u"FrOm a\n"_s << 0 << u"FrOm"_s;
        QTest::newRow("indented") << u"   run x\n"_s << 0 << u"run"_s;
        QTest::newRow("unknown") << u"FOO bar\n"_s << 0 << u"FOO"_s;
        QTest::newRow("alone") << u"CMD\n"_s << 0 << u"CMD"_s;
        QTest::newRow("after-a-continued-empty-line") << u"\\\n  FROM a\n"_s << 0 << u"FROM"_s;
        QTest::newRow("split-by-a-continuation") << u"FR\\\nOM a\n"_s << 0 << u"FROM"_s;
        QTest::newRow("tab-after") << u"COPY\ta b\n"_s << 0 << u"COPY"_s;
        QTest::newRow("onbuild-trigger") << u"ONBUILD  run make\n"_s << 1 << u"run"_s;
        QTest::newRow("crlf") << u"WORKDIR /x\r\n"_s << 0 << u"WORKDIR"_s;
    }
    void keywordAsWritten()
    {
        QFETCH(QString, input);
        QFETCH(int, instruction);
        QFETCH(QString, expected);
        const SyntaxTree tree = stagecraft::parse(input);
        QVERIFY(size_t(instruction) < tree.instructions.size());
        const Instruction &in = tree.instructions[size_t(instruction)];
        QCOMPARE(in.keyword().toString(), expected);
        QCOMPARE(in.command(), in.kind == Command::Unknown ? expected.toLower() : commandName(in.kind));
    }

    // BuildKit's PrevComment (SyntaxTree::commentsOf), made from the elements
    void commentsOf_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("instruction");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << u"FROM a\n"_s << 0 << QStringList();
        QTest::newRow("one") << u"# a\nFROM a\n"_s << 0 << QStringList{u"a"_s};
        QTest::newRow("blank-lines-kept-out") << u"# a\n\n  \n# b\nFROM a\n"_s << 0 << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("empty-comment-starts-afresh") << u"# a\n#\n# b\nFROM a\n"_s << 0 << QStringList{u"b"_s};
        QTest::newRow("empty-comment-last") << u"# a\n#   \nFROM a\n"_s << 0 << QStringList();
        QTest::newRow("since-previous-instruction") << u"# a\nFROM a\n# b\nRUN x\n"_s << 1 << QStringList{u"b"_s};
        QTest::newRow("first-unaffected") << u"# a\nFROM a\n# b\nRUN x\n"_s << 0 << QStringList{u"a"_s};
        QTest::newRow("indented-keeps-hash") << u"  # a\nFROM a\n"_s << 0 << QStringList{u"# a"_s};
        QTest::newRow("crlf") << u"# a\r\n# b \r\nFROM a\r\n"_s << 0 << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("directives-not-comments") << u"# syntax=docker/dockerfile:1\n# a\nFROM a\n"_s << 0 << QStringList{u"a"_s};
        QTest::newRow("not-a-directive-after-comment") << u"# a\n# escape=`\nFROM a\n"_s << 0 << QStringList{u"a"_s, u"escape=`"_s};
        QTest::newRow("inside-continuation-not") << u"RUN a \\\n# b\n  c\nFROM x\n"_s << 1 << QStringList();
        QTest::newRow("onbuild-trigger-none") << u"# a\nONBUILD RUN x\n"_s << 1 << QStringList();
        QTest::newRow("onbuild-itself") << u"# a\nONBUILD RUN x\n"_s << 0 << QStringList{u"a"_s};
        QTest::newRow("out-of-range") << u"FROM a\n"_s << 5 << QStringList();
    }
    void commentsOf()
    {
        QFETCH(QString, input);
        QFETCH(int, instruction);
        QFETCH(QStringList, expected);
        const SyntaxTree tree = stagecraft::parse(input);
        QCOMPARE(tree.commentsOf(instruction), expected);
    }

    void escapeDirectiveValue()
    {
        const SyntaxTree tree = stagecraft::parse(u"# escape=`\n# syntax=docker/dockerfile:1\nFROM a\n"_s);
        QCOMPARE(tree.escape, QChar(u'`'));
        QCOMPARE(tree.directives.size(), size_t(2));
        QCOMPARE(tree.directives[1].name, u"syntax"_s);
        QCOMPARE(tree.directives[1].value, u"docker/dockerfile:1"_s);
        QVERIFY(tree.commentsOf(0).isEmpty());
    }

    void goQuoting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"abc"_s << u"\"abc\""_s;
        QTest::newRow("quote-backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
        QTest::newRow("controls") << u"\u0000\u0007\t\u007f"_s << u"\"\\x00\\a\\t\\x7f\""_s;
        QTest::newRow("printable-unicode") << u"\u2665\u00e9"_s << u"\"\u2665\u00e9\""_s;
        QTest::newRow("format-char") << u"\u00ad\u200b"_s << u"\"\\u00ad\\u200b\""_s;
        QTest::newRow("astral") << u"\U0001F600"_s << u"\"\U0001F600\""_s;
        QTest::newRow("nbsp") << u"\u00a0"_s << u"\"\\u00a0\""_s;
    }
    void goQuoting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(goQuote(in), out);
    }

    // Seeded random mixes of Dockerfile fragments (the fuzz target's grammar in miniature):
    // every mix round-trips and analyses without crashing.
    void randomMixes()
    {
        static const char16_t *fragments[] = {u"FROM ", u"from ", u"AS ", u"as ", u"alpine", u"Builder", u"b", u" ", u"\t",
            u"\n", u"\r\n", u"\r", u"\\", u"`", u"# escape=`\n", u"# syntax=x\n", u"# c\n", u"#", u"RUN ", u"COPY ",
            u"--from=", u"--mount=type=cache,from=b,target=/x ", u"--link ", u"--", u"[\"a\", \"b\"]", u"[", u"]", u"\"",
            u"'", u"<<EOF", u"<<-E ", u"EOF\n", u"\tE\n", u"ONBUILD ", u"ARG A=${B:-c} ", u"$A", u"${", u"}", u"ENV x=y ",
            u"HEALTHCHECK ", u"CMD ", u"0", u"=", u",", u"\u00e9", u"\U0001F600", u"\uFEFF", u"\u0000", u"@sha256:"};
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int parts = int(rng.bounded(1, 60));
            for (int i = 0; i < parts; ++i)
                text += QString::fromUtf16(fragments[rng.bounded(int(std::size(fragments)))]);
            const SyntaxTree tree = stagecraft::parse(text);
            const QString violation = test::invariantViolation(tree);
            if (!violation.isEmpty())
                QFAIL(qPrintable(violation + u" for input: "_s + goQuote(text)));
            // words end at blanks and only at blanks (the scan reads eight units at a time)
            for (size_t i = 0; i < tree.tokens.size(); ++i) {
                const Token &t = tree.tokens[i];
                const TextRange r = tree.tokenRange(i);
                const QStringView piece = QStringView(text).mid(r.begin, r.length());
                if (t.kind == TokenKind::Word && std::any_of(piece.begin(), piece.end(), [](QChar c) { return isGoSpace(c); }))
                    QFAIL(qPrintable(u"a word token holds a blank: "_s + goQuote(piece.toString())));
                if (t.kind == TokenKind::Whitespace && !std::all_of(piece.begin(), piece.end(), [](QChar c) { return isGoSpace(c); }))
                    QFAIL(qPrintable(u"a whitespace token holds a non-blank: "_s + goQuote(piece.toString())));
            }
            for (size_t i = 1; i < tree.tokens.size(); ++i) {
                if (tree.tokens[i].kind == TokenKind::Word && tree.tokens[i - 1].kind == TokenKind::Word)
                    QFAIL(qPrintable(u"two word tokens in a row for input: "_s + goQuote(text)));
            }
            const StageGraph graph = analyse(tree);
            for (const Diagnostic &d : graph.diagnostics)
                QVERIFY(d.range.begin >= 0 && d.range.begin <= d.range.end && d.range.end <= text.size());
        }
    }

    // The line index finds every '\n' wherever it falls in the blocks its scan reads (eight
    // units at a time), including the first and last unit and texts shorter than a block.
    void lineIndex()
    {
        QRandomGenerator rng(20261127);
        for (int round = 0; round < 2000; ++round) {
            QString text(int(rng.bounded(0, 70)), u'a');
            for (QChar &c : text) {
                const quint32 r = rng.bounded(6);
                c = r == 0 ? u'\n' : r == 1 ? u'\r' : r == 2 ? QChar(0x0A0A) : r == 3 ? QChar(0x0D0A) : u'x';
            }
            const LineIndex index(text);
            std::vector<qsizetype> starts{0};
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text[i] == u'\n')
                    starts.push_back(i + 1);
            }
            QCOMPARE(index.lineCount(), int(starts.size()));
            for (int line = 1; line <= index.lineCount(); ++line)
                QCOMPARE(index.lineStart(line), starts[size_t(line - 1)]);
            for (qsizetype offset = 0; offset <= text.size(); ++offset) {
                const auto line = int(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin());
                QCOMPARE(index.at(offset), (LineColumn{line, int(offset - starts[size_t(line - 1)]) + 1}));
            }
        }
        QCOMPARE(LineIndex(u"a\nb"_s).lineStart(0), 0);  // clamped
        QCOMPARE(LineIndex(u"a\nb"_s).lineStart(9), 2);
    }

    // An index updated for an edit (replace(): only the edited part is scanned) equals the
    // index of the edited text made from scratch: insertions, deletions and replacements with
    // and without newlines, at the start, the end and next to newlines.
    void lineIndexReplace()
    {
        QRandomGenerator rng(20261128);
        const auto randomText = [&rng](int maxSize) {
            QString text(int(rng.bounded(0, maxSize)), u'a');
            for (QChar &c : text) {
                const quint32 r = rng.bounded(5);
                c = r == 0 ? u'\n' : r == 1 ? u'\r' : r == 2 ? QChar(0x0A0A) : u'x';
            }
            return text;
        };
        for (int round = 0; round < 5000; ++round) {
            const QString before = randomText(60);
            const auto from = qsizetype(rng.bounded(int(before.size()) + 1));
            const auto oldTo = from + qsizetype(rng.bounded(int(before.size() - from) + 1));
            const QString inserted = randomText(round % 10 == 0 ? 40 : 6);
            const QString after = before.left(from) + inserted + before.mid(oldTo);
            LineIndex index(before);
            index.replace(after, from, oldTo, from + inserted.size());
            const LineIndex fresh(after);
            QCOMPARE(index.lineStarts(), fresh.lineStarts());
            for (qsizetype offset = -1; offset <= after.size() + 1; ++offset)
                QCOMPARE(index.at(offset), fresh.at(offset));
        }
    }

    // The run scanner under every word scanner (eight units at a time) stops exactly where a
    // character-by-character scan stops: at the first unit that is not printable ASCII or is
    // one of the stop characters, wherever it falls in a block.
    void printableRunEnd()
    {
        static const char16_t alphabet[] = {u'a', u'Z', u'0', u'!', u'~', u'-', u'=', u'/', u' ', u'\t', u'"', u'\'',
            u'\\', u'`', 0x7F, 0x20, 0x80, 0xA0, 0x20AC, 0};
        static const char16_t stops[] = {0, u'"', u'\'', u'\\', u'`', u'='};
        QRandomGenerator rng(20261128);
        for (int round = 0; round < 5000; ++round) {
            QString text(int(rng.bounded(0, 40)), u'a');
            for (QChar &c : text)
                c = rng.bounded(4) == 0 ? QChar(alphabet[rng.bounded(int(std::size(alphabet)))]) : QChar(u'a' + rng.bounded(26));
            const char16_t s1 = stops[rng.bounded(int(std::size(stops)))];
            const char16_t s2 = stops[rng.bounded(int(std::size(stops)))];
            const char16_t s3 = stops[rng.bounded(int(std::size(stops)))];
            const qsizetype begin = rng.bounded(int(text.size()) + 1);
            const qsizetype end = begin + rng.bounded(int(text.size() - begin) + 1);
            qsizetype expected = begin;
            while (expected < end) {
                const char16_t u = text[expected].unicode();
                if (u < u'!' || u > 0x7F || u == s1 || u == s2 || u == s3)
                    break;
                ++expected;
            }
            QCOMPARE(detail::printableRunEnd(text.constData(), begin, end, s1, s2, s3), expected);
            if (s1 == 0 && s2 == 0 && s3 == 0) // the same without stop characters
                QCOMPARE(detail::printableRunEnd(text.constData(), begin, end), expected);
        }
    }

    // detail::indexOfUnit, the parser's inline search, agrees with QStringView::indexOf.
    void indexOfUnit()
    {
        static const char16_t alphabet[] = {u'a', u'=', u'<', u' ', 0x3D3D, 0x3C00, 0x003D, 0xFF3D, 0};
        QRandomGenerator rng(20261128);
        for (int round = 0; round < 5000; ++round) {
            QString text(int(rng.bounded(0, 40)), u'a');
            for (QChar &c : text)
                c = QChar(alphabet[rng.bounded(int(std::size(alphabet)))]);
            const char16_t c = rng.bounded(2) ? u'=' : u'<';
            const qsizetype from = rng.bounded(int(text.size()) + 1);
            QCOMPARE(detail::indexOfUnit(text, c, from), QStringView(text).indexOf(QChar(c), from));
        }
    }

    // The programs keep freed memory in the heap (configureHeap, called by every Stagecraft
    // program before it parses): blocks of a few megabytes, like a large file's token array,
    // come from the heap rather than from mappings of their own, and freeing them does not
    // hand the pages back to the kernel, so the next parse does not fault them in again.
    void heapKeptBetweenParses()
    {
#if defined(__GLIBC__)
        QVERIFY(configureHeap());
        const struct mallinfo2 before = mallinfo2();
        {
            std::vector<QByteArray> blocks;
            for (int i = 0; i < 8; ++i)
                blocks.emplace_back(4 * 1024 * 1024, char('a' + i)); // 32 MB in all
            const struct mallinfo2 during = mallinfo2();
            QCOMPARE(during.hblkhd, before.hblkhd); // no new mappings
            // in use in the heap (which may reuse memory earlier tests freed there)
            QVERIFY(during.uordblks >= before.uordblks + 32 * 1024 * 1024);
            blocks.clear();
            const struct mallinfo2 after = mallinfo2();
            QCOMPARE(after.arena, during.arena); // nothing returned to the kernel
            QVERIFY(after.fordblks >= 32 * 1024 * 1024);
        }
#else
        QSKIP("configureHeap() tunes glibc's allocator only, and this C library is not glibc");
#endif
    }

    // Cost stays linear on pathological inputs; these finish in milliseconds (a quadratic
    // parser would take minutes), and the tree stays exact.
    void largeInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("long-line") << (u"RUN "_s + QString(100000, u'x'));
        QTest::newRow("long-continued") << QString(u"RUN a \\\n"_s).repeated(20000);
        QTest::newRow("many-lines") << QString(u"FROM a AS b\nCOPY --from=b x y\n"_s).repeated(50000);
        QTest::newRow("unterminated-heredoc") << (u"FROM a\nRUN <<EOF\n"_s + QString(u"line\n"_s).repeated(100000));
        QTest::newRow("deep-json") << (u"CMD "_s + QString(50000, u'['));
        QTest::newRow("many-heredocs") << (u"RUN "_s + QString(u"<<E "_s).repeated(5000) + u'\n' + QString(u"E\n"_s).repeated(5000));
        QTest::newRow("long-word-of-openers") << (u"RUN "_s + QString(u"x<<"_s).repeated(50000));
        QTest::newRow("long-word-of-redirects") << (u"RUN "_s + QString(u"a<"_s).repeated(50000) + u"<EOF\nEOF\n"_s);
        QTest::newRow("long-mount-value") << (u"FROM a\nRUN --mount=type=bind,"_s + QString(u"target=/x,"_s).repeated(20000) + u"from=a true\n"_s);
    }
    void largeInputs()
    {
        QFETCH(QString, input);
        const SyntaxTree tree = stagecraft::parse(input);
        QCOMPARE(test::invariantViolation(tree), QString());
        const StageGraph graph = analyse(tree);
        Q_UNUSED(graph);
    }
};

QTEST_GUILESS_MAIN(TestSyntax)
#include "tst_syntax.moc"
