// Stagecraft's own Dockerfile syntax definition (resources/syntax/dockerfile.xml) as the
// process-wide repository loads it: that it replaces the stock one, which format each piece of
// a Dockerfile gets, that it has no folding regions, and that its two escape-character halves
// agree. Any warning (KSyntaxHighlighting reports definition errors with qWarning) fails.
#include "app/highlighting.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace stagecraft::app;
namespace ksh = KSyntaxHighlighting;

namespace {

const QString kDefinitionPath = QStringLiteral(":/stagecraft/ksh/syntax/dockerfile.xml");
// Marks a format that comes from an included definition (Bash) rather than ours.
const QString kForeign = QStringLiteral("foreign:");

// Highlights a text line by line from the initial state and records, per character, the name of
// its format ("foreign:<name>" for formats of included definitions), and the folding regions.
class Recorder : public ksh::AbstractHighlighter
{
public:
    explicit Recorder(const ksh::Definition &definition)
    {
        setDefinition(definition);
        const auto formats = definition.formats();
        for (const ksh::Format &format : formats)
            m_ownFormats.insert(format.id());
    }

    void highlight(const QString &text)
    {
        m_formats.clear();
        m_foldingRegions = 0;
        ksh::State state;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            m_formats.append(QStringList(line.size(), QStringLiteral("<unformatted>")));
            state = highlightLine(line, state);
        }
    }

    // The format of the characters [column, column + length) of a line, or "a | b | ..." when
    // they differ.
    QString formatOf(int line, int column, int length) const
    {
        QStringList names;
        for (int i = column; i < column + length; ++i) {
            const QString &name = m_formats.at(line).at(i);
            if (!names.contains(name))
                names.append(name);
        }
        return names.join(QLatin1String(" | "));
    }

    int lineCount() const { return int(m_formats.size()); }
    int foldingRegions() const { return m_foldingRegions; }

protected:
    void applyFormat(int offset, int length, const ksh::Format &format) override
    {
        QStringList &line = m_formats.last();
        QString name = format.isValid() ? format.name() : QStringLiteral("<invalid>");
        if (format.isValid() && !m_ownFormats.contains(format.id()))
            name.prepend(kForeign);
        for (int i = offset; i < offset + length && i < line.size(); ++i)
            line[i] = name;
    }

    void applyFolding(int, int, ksh::FoldingRegion) override { ++m_foldingRegions; }

private:
    QSet<int> m_ownFormats;
    QList<QStringList> m_formats;
    int m_foldingRegions = 0;
};

struct XmlRule {
    QString element;
    QXmlStreamAttributes attributes;
};

struct XmlContext {
    QString name;
    QXmlStreamAttributes attributes;
    QList<XmlRule> rules;
};

// The contexts of our definition file, with their rules, as KSyntaxHighlighting reads them
// (entities expanded).
QList<XmlContext> readContexts()
{
    QFile file(kDefinitionPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<XmlContext> contexts;
    bool inContext = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("context")) {
            contexts.append({xml.attributes().value(QLatin1String("name")).toString(), xml.attributes(), {}});
            inContext = true;
        } else if (xml.isStartElement() && inContext) {
            contexts.last().rules.append({xml.name().toString(), xml.attributes()});
        } else if (xml.isEndElement() && xml.name() == QLatin1String("context")) {
            inContext = false;
        }
    }
    return xml.hasError() ? QList<XmlContext>() : contexts;
}

// The one difference allowed between a context "X\" and its twin "X`", besides the names of
// twin contexts they refer to: the continuation and escape patterns.
const QString kContinuationBackslash = QStringLiteral(R"((?<!\\)\\[ \t]*+$)");
const QString kContinuationBacktick = QStringLiteral(R"((?<!\`)\`[ \t]*+$)");
const QString kEscapeBackslash = QStringLiteral(R"(\\.)");
const QString kEscapeBacktick = QStringLiteral(R"(\`.)");

// What an attribute of a "\" context should read in its "`" twin.
QString backtickTwinValue(QStringView attribute, const QString &value, const QSet<QString> &twins)
{
    static const QStringList contextSwitches{QStringLiteral("context"), QStringLiteral("lineEndContext"),
                                             QStringLiteral("lineEmptyContext"), QStringLiteral("fallthroughContext")};
    if (contextSwitches.contains(attribute)) {
        qsizetype nameStart = 0;
        while (QStringView(value).sliced(nameStart).startsWith(QLatin1String("#pop")))
            nameStart += 4;
        if (QStringView(value).sliced(nameStart).startsWith(QLatin1Char('!')))
            ++nameStart;
        const QString name = value.sliced(nameStart);
        if (name.endsWith(QLatin1Char('\\')) && twins.contains(name.chopped(1)))
            return value.first(nameStart) + name.chopped(1) + QLatin1Char('`');
        return value;
    }
    if (attribute == QLatin1String("String")) {
        if (value == kContinuationBackslash)
            return kContinuationBacktick;
        if (value == kEscapeBackslash)
            return kEscapeBacktick;
    }
    return value;
}

QString describe(const QString &element, const QXmlStreamAttributes &attributes, const QSet<QString> *twins)
{
    QStringList parts;
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("name"))
            continue;
        const QString value = attribute.value().toString();
        parts.append(attribute.name().toString() + QLatin1Char('=')
                     + (twins ? backtickTwinValue(attribute.name(), value, *twins) : value));
    }
    std::sort(parts.begin(), parts.end());
    return element + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void dockerfileIsStagecraftsDefinition()
    {
        const ksh::Definition definition = dockerfileDefinition();
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), QStringLiteral("Dockerfile"));
        QCOMPARE(definition.filePath(), kDefinitionPath);
        QVERIFY(isStagecraftDefinition(definition));
        QVERIFY(!definition.formats().isEmpty()); // loads it: a load error would be a warning

        // A second repository, without our search path, holds the library's own definition.
        ksh::Repository stockRepository;
        const ksh::Definition stock = stockRepository.definitionForName(QStringLiteral("Dockerfile"));
        QVERIFY(stock.isValid());
        QVERIFY(!isStagecraftDefinition(stock));
        QVERIFY2(definition.version() > stock.version(),
                 qPrintable(QStringLiteral("ours %1, stock %2").arg(definition.version()).arg(stock.version())));
        for (const QString &pattern : stock.extensions())
            QVERIFY2(definition.extensions().contains(pattern), qPrintable(pattern));
        for (const QString &mimeType : stock.mimeTypes())
            QVERIFY2(definition.mimeTypes().contains(mimeType), qPrintable(mimeType));
    }

    void fileNamesPickOurDefinition_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const char *name : {"Dockerfile", "/src/app/Dockerfile", "Containerfile", "Dockerfile.dev", "api.Dockerfile",
                                 "build.containerfile", "Containerfile.debug"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void fileNamesPickOurDefinition()
    {
        QFETCH(QString, fileName);
        const ksh::Definition definition = syntaxRepository().definitionForFileName(fileName);
        QCOMPARE(definition.filePath(), kDefinitionPath);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle"); // its first occurrence on the line
        QTest::addColumn<QString>("format"); // "foreign:*": any format of an included definition

        const auto row = [](const char *name, const char *text, int line, const char *needle, const char *format) {
            QTest::newRow(name) << QString::fromUtf8(text) << line << QString::fromUtf8(needle) << QString::fromUtf8(format);
        };

        // Instructions, case-insensitively.
        row("lowercase keyword", "from alpine\n", 0, "from", "Keyword");
        row("mixed-case keyword", "FROM a\nCoPy x y\n", 1, "CoPy", "Keyword");
        row("unknown instruction", "FROM a\nFORM b\n", 1, "FORM", "Normal Text");
        row("keyword as argument", "USER run\n", 0, "run", "Normal Text");
        row("shell form is Bash", "RUN apt-get update\n", 0, "apt-get", "foreign:*");
        row("onbuild trigger", "onbuild copy --from=build /a /b\n", 0, "copy", "Keyword");
        row("onbuild trigger stage reference", "onbuild copy --from=builder /a /b\n", 0, "builder", "Stage Reference");
        row("onbuild from is an error", "ONBUILD FROM x\n", 0, "FROM", "Error");

        // FROM [--platform=P] IMAGE [AS NAME]
        row("image", "FROM golang:1.22 AS build\n", 0, "golang:1.22", "Image");
        row("AS keyword", "FROM golang:1.22 AS build\n", 0, "AS", "Keyword");
        row("lowercase as", "FROM golang:1.22 as build\n", 0, "as", "Keyword");
        row("stage name", "FROM golang:1.22 AS build\n", 0, "build", "Stage Name");
        row("stage name after continuation", "FROM golang \\\n    AS build\n", 1, "build", "Stage Name");
        row("invalid stage name", "FROM a AS 1st\n", 0, "1st", "Error");
        row("platform flag", "FROM --platform=$BUILDPLATFORM golang AS build\n", 0, "--platform=", "Flag");
        row("platform variable", "FROM --platform=$BUILDPLATFORM golang AS build\n", 0, "$BUILDPLATFORM", "Variable");
        row("image variable", "FROM ${BASE:-alpine}:3.20\n", 0, "${BASE", "Variable");
        row("image variable default operator", "FROM ${BASE:-alpine}:3.20\n", 0, ":-", "Operator");
        row("image variable end", "FROM ${BASE:-alpine}:3.20\n", 0, "}", "Variable");
        row("image after variable", "FROM ${BASE:-alpine}:3.20\n", 0, ":3.20", "Image");

        // Stage references.
        row("--from flag", "COPY --from=build /out /app\n", 0, "--from=", "Flag");
        row("--from stage", "COPY --from=build /out /app\n", 0, "build", "Stage Reference");
        row("--from index", "COPY --from=0 /a /b\n", 0, "0", "Stage Reference");
        row("--from image", "COPY --from=nginx:1.27 /etc/nginx /x\n", 0, "nginx:1.27", "Image");
        row("add flag", "ADD --chown=app:app src /app\n", 0, "--chown=", "Flag");
        row("add flag value", "ADD --chown=app:app src /app\n", 0, "app:app", "Flag Value");
        row("mount from", "RUN --mount=type=cache,from=deps,target=/root/.cache make\n", 0, "deps", "Stage Reference");
        row("mount key", "RUN --mount=type=cache,from=deps,target=/root/.cache make\n", 0, "type=", "Key");
        row("mount from number is an image", "RUN --mount=from=0,target=/x ls\n", 0, "0", "Image");
        row("command after mount", "RUN --mount=type=cache,from=deps,target=/root/.cache make\n", 0, "make", "foreign:*");

        // Heredocs.
        const char *copyHeredoc = "FROM a\nCOPY <<EOF /etc/motd\nFROM x\nEOF\nRUN true\n";
        row("heredoc marker", copyHeredoc, 1, "<<EOF", "Heredoc");
        row("heredoc destination", copyHeredoc, 1, "/etc/motd", "Normal Text");
        row("heredoc body is payload", copyHeredoc, 2, "FROM x", "Heredoc Body");
        row("heredoc terminator", copyHeredoc, 3, "EOF", "Heredoc");
        row("instruction after terminator", copyHeredoc, 4, "RUN", "Keyword");
        const char *runHeredoc = "RUN <<EOF\nFROM x\nEOF\nFROM y AS z\n";
        row("run heredoc script is Bash", runHeredoc, 1, "FROM x", "foreign:*");
        row("run heredoc terminator", runHeredoc, 2, "EOF", "Heredoc");
        row("stage after run heredoc", runHeredoc, 3, "z", "Stage Name");
        row("sh heredoc script is Bash", "RUN sh -e <<EOF\nset -x\nEOF\n", 1, "set", "foreign:*");
        row("cat heredoc is payload", "RUN cat <<EOF >/etc/x\nFROM x\nEOF\n", 1, "FROM x", "Heredoc Body");
        const char *chomp = "COPY <<-EOF /x\n\tbody\n\tEOF\nRUN true\n";
        row("<<- body", chomp, 1, "body", "Heredoc Body");
        row("<<- tab-indented terminator", chomp, 2, "EOF", "Heredoc");
        row("instruction after <<- terminator", chomp, 3, "RUN", "Keyword");
        const char *noChomp = "COPY <<EOF /x\n\tEOF\nRUN true\nEOF\nENV A=1\n";
        row("<< does not strip tabs", noChomp, 1, "EOF", "Heredoc Body");
        row("<< body continues", noChomp, 2, "RUN", "Heredoc Body");
        row("<< terminator", noChomp, 3, "EOF", "Heredoc");
        row("instruction after << terminator", noChomp, 4, "ENV", "Keyword");
        const char *quoted = "COPY <<\"EOF\" /x\n$HOME\nEOF\nENV A=1\n";
        row("quoted marker", quoted, 0, "<<\"EOF\"", "Heredoc");
        row("quoted body is not expanded", quoted, 1, "$HOME", "Heredoc Body");
        row("quoted terminator", quoted, 2, "EOF", "Heredoc");
        row("instruction after quoted heredoc", quoted, 3, "ENV", "Keyword");
        const char *singleQuoted = "COPY <<'END' /x\n$HOME\nEND\nENV A=1\n";
        row("single-quoted body is not expanded", singleQuoted, 1, "$HOME", "Heredoc Body");
        row("single-quoted terminator", singleQuoted, 2, "END", "Heredoc");
        row("unquoted body is expanded", "COPY <<EOF /x\n$HOME\nEOF\n", 1, "$HOME", "Variable");
        const char *two = "COPY <<A <<B /x/\nB\nA\nA\nB\nRUN true\n";
        row("second marker", two, 0, "<<B", "Heredoc");
        row("later delimiter in first body", two, 1, "B", "Heredoc Body");
        row("first terminator", two, 2, "A", "Heredoc");
        row("earlier delimiter in second body", two, 3, "A", "Heredoc Body");
        row("second terminator", two, 4, "B", "Heredoc");
        row("instruction after two heredocs", two, 5, "RUN", "Keyword");
        const char *three = "RUN <<A <<B <<C\necho a\nA\nb\nB\nc\nC\nFROM x\n";
        row("three heredocs: script", three, 1, "echo", "foreign:*");
        row("three heredocs: second body", three, 3, "b", "Heredoc Body");
        row("three heredocs: second terminator", three, 4, "B", "Heredoc");
        row("three heredocs: third terminator", three, 6, "C", "Heredoc");
        row("instruction after three heredocs", three, 7, "FROM", "Keyword");
        const char *continued = "RUN --mount=type=cache,target=/x \\\n    <<EOF\napt-get update\nEOF\nFROM y\n";
        row("marker on a continuation line", continued, 1, "<<EOF", "Heredoc");
        row("script after continued marker", continued, 2, "apt-get", "foreign:*");
        row("instruction after continued heredoc", continued, 4, "FROM", "Keyword");
        row("<<< is not a heredoc", "COPY <<<x /y\nFROM z\n", 1, "FROM", "Keyword");
        row("<< EOF is not a heredoc", "COPY << EOF\nFROM z\n", 1, "FROM", "Keyword");
        row("no heredoc in exec form", "RUN [\"sh\", \"-c\", \"cat <<EOF\"]\nFROM x\n", 1, "FROM", "Keyword");

        // Parser directives and the escape character.
        row("syntax directive", "# syntax=docker/dockerfile:1\nFROM a\n", 0, "# syntax=", "Directive");
        row("syntax value", "# syntax=docker/dockerfile:1\nFROM a\n", 0, "docker/dockerfile:1", "Directive Value");
        row("check directive", "# check=skip=JSONArgsRecommended;error=true\nFROM a\n", 0, "# check=", "Directive");
        row("check value", "# check=skip=JSONArgsRecommended;error=true\nFROM a\n", 0, "skip=JSONArgsRecommended;error=true", "Directive Value");
        row("directive key case", "# SYNTAX = x\n", 0, "# SYNTAX = ", "Directive");
        row("directive after instruction", "FROM a\n# syntax=x\n", 1, "# syntax=x", "Comment");
        row("directive after comment", "# hello\n# check=skip=all\n", 1, "# check=skip=all", "Comment");
        row("directive after blank line", "\n# syntax=x\n", 1, "# syntax=x", "Comment");
        row("unknown directive", "# foo=bar\n", 0, "# foo=bar", "Comment");
        row("directive after shebang", "#!/usr/bin/env buildctl\n# syntax=x\n", 1, "# syntax=", "Directive");
        row("invalid escape", "# escape=x\n", 0, "x", "Error");
        row("second escape", "# escape=`\n# escape=`\n", 1, "`", "Error");
        const char *backtick = "# escape=`\nFROM mcr.microsoft.com/nanoserver AS win\nRUN dir c:\\\nCOPY a b\n";
        row("escape directive", backtick, 0, "# escape=", "Directive");
        row("escape value", backtick, 0, "`", "Directive Value");
        row("backslash is data with backtick escape", backtick, 2, "\\", "Normal Text");
        row("RUN dir c:\\ is complete", backtick, 3, "COPY", "Keyword");
        row("stage name with backtick escape", backtick, 1, "win", "Stage Name");
        const char *backtickContinued = "# escape=`\nRUN echo one `\n    FROM two\nCOPY a b\n";
        row("backtick continuation", backtickContinued, 1, "`", "Line Continuation");
        row("backtick-continued line", backtickContinued, 2, "FROM", "Normal Text");
        row("after backtick continuation", backtickContinued, 3, "COPY", "Keyword");
        row("backtick after blank line", "\n# escape=`\nENV A=1 `\nFROM x\n", 3, "FROM", "Keyword");
        row("escape=\\ directive", "# escape=\\\nENV A=1 \\\n  B=2\n", 0, "\\", "Directive Value");
        row("backslash continuation", "FROM a\nENV A=c:\\\n  B=1\n", 1, "\\", "Line Continuation");
        row("backslash-continued line", "FROM a\nENV A=c:\\\n  B=1\n", 2, "B", "Key");
        row("backslash continuation into Bash", "RUN dir c:\\\nCOPY a b\n", 1, "COPY", "foreign:*");
        const char *runComment = "RUN apt-get update && \\\n    # install\n    apt-get install -y x\nFROM y\n";
        row("comment line in a continued RUN", runComment, 1, "# install", "foreign:*");
        row("RUN goes on after a comment line", runComment, 2, "apt-get", "foreign:*");
        row("instruction after a commented RUN", runComment, 3, "FROM", "Keyword");
        row("RUN goes on after an empty line", "RUN a \\\n\n  b\nFROM y\n", 2, "b", "foreign:*");
        row("RUN goes on after blanks behind \\", "RUN apt-get update \\  \n    && echo hi\nCOPY a b\n", 1, "echo", "foreign:*");
        row("instruction after blanks behind \\", "RUN apt-get update \\  \n    && echo hi\nCOPY a b\n", 2, "COPY", "Keyword");
        row("comment after a RUN", "RUN make\n# next\nFROM x AS y\n", 1, "# next", "Comment");
        row("stage after a RUN and a comment", "RUN make\n# next\nFROM x AS y\n", 2, "y", "Stage Name");
        row("instruction after ONBUILD RUN", "ONBUILD RUN make\ncopy a b\n", 1, "copy", "Keyword");
        row("instruction after CMD", "CMD echo hi\n\nENTRYPOINT [\"x\"]\n", 2, "ENTRYPOINT", "Keyword");

        // Comments and continuations.
        row("comment", "# just words\nFROM a\n", 0, "# just words", "Comment");
        row("comment inside continuation", "ENV A=1 \\\n# note\n    B=2\n", 1, "# note", "Comment");
        row("after comment inside continuation", "ENV A=1 \\\n# note\n    B=2\n", 2, "B", "Key");
        row("empty continuation line", "ENV A=1 \\\n\n    B=2\n", 2, "B", "Key");
        row("continuation with trailing blanks", "ENV A=1 \\  \n    B=2\n", 1, "B", "Key");
        row("escaped escape is not a continuation", "ENV A=x\\\\\nFROM b\n", 1, "FROM", "Keyword");
        row("comments do not continue", "# note \\\nFROM a\n", 1, "FROM", "Keyword");
        row("hash in an argument is data", "ENV A=1#2\n", 0, "1#2", "Normal Text");
        row("alert in comment", "# TODO: pin the digest\n", 0, "TODO", "Alert");

        // Exec form.
        row("exec form bracket", "CMD [\"python\", \"/app/app.py\"]\n", 0, "[", "Operator");
        row("exec form string", "CMD [\"python\", \"/app/app.py\"]\n", 0, "\"python\"", "String");
        row("exec form comma", "CMD [\"python\", \"/app/app.py\"]\n", 0, ",", "Operator");
        row("exec form escape", "ENTRYPOINT [\"echo\", \"a\\\"b\"]\n", 0, "\\\"", "Escape");
        row("CMD shell form is Bash", "CMD python app.py\n", 0, "python", "foreign:*");
        row("healthcheck flag", "HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://x\"]\n", 0, "--interval=", "Flag");
        row("healthcheck CMD", "HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://x\"]\n", 0, "CMD", "Keyword");
        row("healthcheck exec form", "HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://x\"]\n", 0, "\"curl\"", "String");
        row("volume exec form", "VOLUME [\"/data\"]\n", 0, "\"/data\"", "String");

        // Variables, keys and strings.
        row("env key", "ENV PATH=/opt/bin:$PATH\n", 0, "PATH", "Key");
        row("env operator", "ENV PATH=/opt/bin:$PATH\n", 0, "=", "Operator");
        row("env variable", "ENV PATH=/opt/bin:$PATH\n", 0, "$PATH", "Variable");
        row("arg name", "ARG VERSION\n", 0, "VERSION", "Key");
        row("arg default", "ARG VERSION=1.2\n", 0, "1.2", "Normal Text");
        row("braced variable", "WORKDIR ${HOME:-/root}/src\n", 0, "${HOME", "Variable");
        row("braced variable default", "WORKDIR ${HOME:-/root}/src\n", 0, "/root", "Normal Text");
        row("braced variable end", "WORKDIR ${HOME:-/root}/src\n", 0, "}", "Variable");
        row("variable in string", "LABEL title=\"v$VERSION\"\n", 0, "$VERSION", "Variable");
        row("string", "LABEL title=\"v$VERSION\"\n", 0, "\"v", "String");
        row("escaped dollar", "ENV A=\\$HOME\n", 0, "\\$", "Escape");
        row("single-quoted string", "LABEL a='$X'\n", 0, "'$X'", "String");
    }

    void formats()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, needle);
        QFETCH(QString, format);

        Recorder recorder(dockerfileDefinition());
        recorder.highlight(text);
        QVERIFY(line < recorder.lineCount());
        const int column = int(text.split(QLatin1Char('\n')).at(line).indexOf(needle));
        QVERIFY2(column >= 0, qPrintable(QStringLiteral("\"%1\" is not on line %2").arg(needle).arg(line)));
        const QString actual = recorder.formatOf(line, column, int(needle.size()));
        if (format == kForeign + QLatin1Char('*')) {
            const QStringList parts = actual.split(QLatin1String(" | "));
            QVERIFY2(std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part.startsWith(kForeign); }),
                     qPrintable(actual));
        } else {
            QCOMPARE(actual, format);
        }
    }

    void noFoldingRegions()
    {
        QFile file(kDefinitionPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements;
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                QVERIFY2(attribute.name() != QLatin1String("beginRegion") && attribute.name() != QLatin1String("endRegion"),
                         qPrintable(xml.name().toString() + QLatin1Char(' ') + attribute.value().toString()));
            }
            QVERIFY(xml.name() != QLatin1String("folding"));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 100);
        QVERIFY(!dockerfileDefinition().indentationBasedFoldingEnabled());

        // Our rules emit no folding regions. (Bash, included for shell forms and RUN heredoc
        // scripts, has its own for { }, ( ) and if/fi: this sample avoids those.)
        Recorder recorder(dockerfileDefinition());
        recorder.highlight(QStringLiteral("# syntax=docker/dockerfile:1\n"
                                          "ARG BASE=alpine\n"
                                          "FROM --platform=$BUILDPLATFORM ${BASE} AS build\n"
                                          "RUN --mount=type=cache,target=/root/.cache \\\n"
                                          "    make all\n"
                                          "COPY <<EOF /etc/motd\n"
                                          "hello\n"
                                          "EOF\n"
                                          "RUN <<EOF\n"
                                          "apt-get update\n"
                                          "EOF\n"
                                          "FROM scratch AS runtime\n"
                                          "COPY --from=build /out /app\n"
                                          "ENTRYPOINT [\"/app\"]\n"));
        QCOMPARE(recorder.foldingRegions(), 0);
    }

    // Every context that sees the escape character exists once for "\" and once for "`"; the
    // two must not drift apart.
    void escapeTwinsAgree()
    {
        const QList<XmlContext> contexts = readContexts();
        QVERIFY(!contexts.isEmpty());
        QHash<QString, XmlContext> byName;
        for (const XmlContext &context : contexts)
            byName.insert(context.name, context);

        QSet<QString> twins;
        for (const XmlContext &context : contexts) {
            if (context.name.endsWith(QLatin1Char('\\'))) {
                const QString base = context.name.chopped(1);
                QVERIFY2(byName.contains(base + QLatin1Char('`')), qPrintable(context.name + QStringLiteral(" has no ` twin")));
                twins.insert(base);
            }
        }
        for (const XmlContext &context : contexts) {
            if (context.name.endsWith(QLatin1Char('`')) && context.name != QLatin1String("Directives`"))
                QVERIFY2(twins.contains(context.name.chopped(1)), qPrintable(context.name + QStringLiteral(" has no \\ twin")));
        }
        for (const char *base : {"Normal", "Instructions", "Space", "Words", "String", "From", "Run", "Copy"})
            QVERIFY2(twins.contains(QString::fromLatin1(base)), base);

        for (const QString &base : std::as_const(twins)) {
            if (base == QLatin1String("ShellForm"))
                continue; // Bash for "\", plain words for "`", on purpose
            const XmlContext &backslash = byName.value(base + QLatin1Char('\\'));
            const XmlContext &backtick = byName.value(base + QLatin1Char('`'));
            QCOMPARE(describe(QStringLiteral("context"), backtick.attributes, nullptr),
                     describe(QStringLiteral("context"), backslash.attributes, &twins));
            QCOMPARE(backtick.rules.size(), backslash.rules.size());
            for (qsizetype i = 0; i < backslash.rules.size(); ++i) {
                QCOMPARE(describe(backtick.rules.at(i).element, backtick.rules.at(i).attributes, nullptr),
                         describe(backslash.rules.at(i).element, backslash.rules.at(i).attributes, &twins));
            }
        }
    }

    // KSyntaxHighlighting only logs an invalid pattern at debug level and then never matches.
    void regularExpressionsAreValid()
    {
        const QList<XmlContext> contexts = readContexts();
        QVERIFY(!contexts.isEmpty());
        int patterns = 0;
        for (const XmlContext &context : contexts) {
            for (const XmlRule &rule : context.rules) {
                if (rule.element != QLatin1String("RegExpr"))
                    continue;
                ++patterns;
                QString pattern = rule.attributes.value(QLatin1String("String")).toString();
                if (rule.attributes.value(QLatin1String("dynamic")) == QLatin1String("1")) {
                    // As instantiated with the captures of a quoted <<-"EOF" marker.
                    pattern.replace(QLatin1String("%1"), QRegularExpression::escape(QStringLiteral("-")))
                        .replace(QLatin1String("%2"), QRegularExpression::escape(QStringLiteral("\"EOF\"")))
                        .replace(QLatin1String("%3"), QRegularExpression::escape(QStringLiteral("EOF")));
                }
                const QRegularExpression regularExpression(pattern);
                QVERIFY2(regularExpression.isValid(),
                         qPrintable(context.name + QStringLiteral(": ") + pattern + QStringLiteral(": ")
                                    + regularExpression.errorString()));
            }
        }
        QVERIFY(patterns > 50);
    }

    // No timing threshold: a pathological line must merely come back (a hang fails the test
    // through CTest's timeout).
    void longLinesFinish_data()
    {
        QTest::addColumn<QString>("text");
        const QString words = QStringLiteral("a ").repeated(50000);
        QTest::newRow("COPY words then heredoc") << QStringLiteral("COPY ") + words + QStringLiteral("<<EOF /x\nEOF\n");
        QTest::newRow("RUN markers") << QStringLiteral("RUN ") + QStringLiteral("<<A ").repeated(30000) + QLatin1Char('\n');
        QTest::newRow("COPY many <<") << QStringLiteral("COPY ") + QStringLiteral("<<").repeated(50000) + QLatin1Char('\n');
        QTest::newRow("FROM long image") << QStringLiteral("FROM ") + QString(100000, QLatin1Char('x')) + QLatin1Char('\n');
        QTest::newRow("ENV long string") << QStringLiteral("ENV A=\"") + QString(100000, QLatin1Char('$')) + QLatin1Char('\n');
        QTest::newRow("CMD long exec form") << QStringLiteral("CMD [") + QStringLiteral("\"a\", ").repeated(20000) + QLatin1Char('\n');
        QTest::newRow("continuations") << QStringLiteral("ENV A=1 \\\n").repeated(20000);
    }

    void longLinesFinish()
    {
        QFETCH(QString, text);
        Recorder recorder(dockerfileDefinition());
        recorder.highlight(text);
        QCOMPARE(recorder.lineCount(), int(text.count(QLatin1Char('\n'))) + 1);
    }
};

QTEST_GUILESS_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
