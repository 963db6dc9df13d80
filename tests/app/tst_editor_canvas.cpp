// The editor and the canvas stay in agreement, driven through real widgets (QTest mouse and
// keyboard on the offscreen platform): typing, renaming, deleting, selecting both ways,
// broken text, lossless open/save, semantic highlighting, go-to-definition, completion,
// folding, and node positions that survive edits and reopening.
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/docks.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/noticebar.h"
#include "app/highlighting.h"
#include "app/semantichighlighter.h"
#include "core/textrange.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QGraphicsScene>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

using namespace stagecraft;
using namespace stagecraft::app;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void moveCursorTo(CodeEditor *editor, int position)
{
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(position);
    editor->setTextCursor(cursor);
}

// The format the highlighter applied at a document position.
QTextCharFormat formatAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int inBlock = position - block.position();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (inBlock >= range.start && inBlock < range.start + range.length && range.format.hasProperty(SemanticHighlighter::StageProperty))
            return range.format;
    }
    return {};
}

} // namespace

class TestEditorCanvas : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    CodeEditor *editor() const { return m_window->editor(); }
    CanvasView *canvas() const { return m_window->canvas(); }

    // Writes `bytes` to a file of the test's folder; its path, or empty when it could not.
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    void openText(const QString &text)
    {
        m_window->newDocument(text);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->textDocument()->setModified(false);
        m_window.reset();
    }

    void typingAFromLineAddsANode()
    {
        openText(QStringLiteral("FROM alpine AS base\n"));
        QCOMPARE(canvas()->stageCount(), 1);
        QVERIFY(!canvas()->itemForKey(QStringLiteral("stage:x")));
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor(), QStringLiteral("FROM base AS x"));
        QTest::keyClick(editor(), Qt::Key_Escape); // close the completion popup, if any
        QCOMPARE(canvas()->stageCount(), 2);
        NodeItem *item = canvas()->itemForKey(QStringLiteral("stage:x"));
        QVERIFY(item);
        QVERIFY(item->isVisible());
        QCOMPARE(item->node().base, QStringLiteral("FROM base"));
    }

    // The semantic highlighter re-formats the blocks of stage names and references; a
    // re-format is not an edit: opening a file or typing parses the text once, not once more
    // per re-formatted block.
    void highlightingDoesNotParseAgain()
    {
        QString text;
        for (int i = 0; i < 30; ++i)
            text += i == 0 ? QStringLiteral("FROM alpine AS s0\n")
                           : QStringLiteral("FROM s%1 AS s%2\nCOPY --from=s0 /a /a\n").arg(i - 1).arg(i);
        Document *document = m_window->document();
        QSignalSpy announced(document, &Document::graphChanged);
        const int before = document->reparseCount();
        openText(text);
        QCOMPARE(document->reparseCount() - before, 1); // the text is read once
        QCOMPARE(announced.count(), 1);
        const QTextBlock first = document->textDocument()->firstBlock();
        QVERIFY(!first.layout()->formats().isEmpty()); // the references were highlighted
        // Renaming s0 re-formats every line that refers to it: still one re-parse per keystroke.
        QTextCursor cursor(first);
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor()->setTextCursor(cursor);
        editor()->setFocus();
        const int typed = document->reparseCount();
        QSignalSpy edited(document, &Document::textEdited);
        QTest::keyClick(editor(), Qt::Key_Backspace);
        QCOMPARE(document->reparseCount() - typed, 1);
        QCOMPARE(edited.count(), 1); // the re-formats are not edits
        // Pasting the same characters over themselves is no edit either.
        const int pasted = document->reparseCount();
        QTextCursor same(document->textDocument());
        same.setPosition(0);
        same.setPosition(10, QTextCursor::KeepAnchor);
        same.insertText(same.selectedText());
        QCOMPARE(document->reparseCount() - pasted, 0);
        QCOMPARE(edited.count(), 1);
    }

    void renamingInTextKeepsTheNodeInPlace()
    {
        openText(QStringLiteral("FROM alpine AS build\nRUN make\nFROM build AS out\n"));
        NodeItem *before = canvas()->itemForKey(QStringLiteral("stage:build"));
        QVERIFY(before);
        before->setPos(before->pos() + QPointF(37, 21)); // as if dragged
        const QPointF position = before->pos();
        // Put the cursor after "build" in the first line and type "er".
        moveCursorTo(editor(), int(QStringLiteral("FROM alpine AS build").size()));
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("er"));
        QTest::keyClick(editor(), Qt::Key_Escape);
        QVERIFY(!canvas()->itemForKey(QStringLiteral("stage:build")));
        NodeItem *after = canvas()->itemForKey(QStringLiteral("stage:builder"));
        QVERIFY(after);
        QCOMPARE(after, before);
        QCOMPARE(after->pos(), position);
        QCOMPARE(after->node().title, QStringLiteral("builder"));
    }

    void deletingAStageRemovesItsNode()
    {
        openText(QStringLiteral("FROM alpine AS a\nFROM a AS b\nFROM b AS c\n"));
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:b")));
        const QPointF cPosition = canvas()->itemForKey(QStringLiteral("stage:c"))->pos();
        // Select the second line and delete it with the keyboard.
        QTextCursor cursor(editor()->document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        editor()->setTextCursor(cursor);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_Delete);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("FROM alpine AS a\nFROM b AS c\n"));
        QVERIFY(!canvas()->itemForKey(QStringLiteral("stage:b")));
        QCOMPARE(canvas()->stageCount(), 2);
        // c now builds on the image "b", and keeps its place.
        QCOMPARE(canvas()->itemForKey(QStringLiteral("stage:c"))->pos(), cPosition);
    }

    void clickingANodeMovesTheCursorToItsFrom()
    {
        openText(QStringLiteral("FROM alpine AS a\nRUN one\n\nFROM a AS b\nRUN two\n"));
        moveCursorTo(editor(), 0);
        NodeItem *item = canvas()->itemForKey(QStringLiteral("stage:b"));
        QVERIFY(item);
        canvas()->centerOn(item);
        const QPoint at = canvas()->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(item->isSelected());
        QCOMPARE(editor()->textCursor().blockNumber(), 3); // line 4: FROM a AS b
        QCOMPARE(m_window->inspectorDock()->stage(), 1);
    }

    void movingTheCursorSelectsTheNode()
    {
        openText(QStringLiteral("FROM alpine AS a\nRUN one\nFROM a AS b\nRUN two\n"));
        editor()->setFocus();
        moveCursorTo(editor(), 0);
        QCOMPARE(canvas()->selectedStage(), 0);
        QTest::keyClick(editor(), Qt::Key_Down);
        QTest::keyClick(editor(), Qt::Key_Down);
        QCOMPARE(editor()->textCursor().blockNumber(), 2);
        QCOMPARE(canvas()->selectedStage(), 1);
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:b"))->isSelected());
        QCOMPARE(m_window->outlineDock()->view()->currentRow(), 1);
    }

    void aBrokenFileStillShowsItsStages()
    {
        openText(QStringLiteral("FROM golang:1.22 AS build\nRUN <<EOF\necho\nEOF\nFROM build AS\nFROM scratch AS out\n"
                                "COPY --from=later /x /y\nFROM alpine AS later\nRUN <<NEVER\nnot closed\n"));
        QCOMPARE(canvas()->stageCount(), 4);
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:build")));
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:out")));
        QVERIFY(canvas()->itemForKey(QStringLiteral("stage:later")));
        QVERIFY(m_window->problemsDock()->view()->topLevelItemCount() >= 2);
        int badged = 0;
        for (NodeItem *item : canvas()->nodeItems())
            badged += item->node().errorCount > 0;
        QVERIFY(badged >= 1);
    }

    void openAndSaveWithoutEditsIsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("crlf") << "crlf.Dockerfile";
        QTest::newRow("bom") << "bom.Dockerfile";
        QTest::newRow("mixed line endings") << "mixed.Dockerfile";
        QTest::newRow("example") << "../../../resources/examples/python.Dockerfile";
    }

    void openAndSaveWithoutEditsIsByteIdentical()
    {
        QFETCH(QString, file);
        const QString source = QStringLiteral(STAGECRAFT_TEST_DATA "/files/") + file;
        const QString copy = m_dir.filePath(QFileInfo(file).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(source, copy));
        QVERIFY(m_window->openFile(copy));
        QString error;
        QVERIFY2(m_window->document()->save(copy, &error), qPrintable(error));
        QCOMPARE(readBytes(copy), readBytes(source));
        // Saving to another path (Save As) writes the same bytes for a uniform file too.
        if (!file.startsWith(u"mixed")) {
            const QString other = m_dir.filePath(QStringLiteral("other-") + QFileInfo(file).fileName());
            QVERIFY(m_window->document()->save(other, &error));
            QCOMPARE(readBytes(other), readBytes(source));
        }
    }

    void anEditKeepsCrlfAndBom()
    {
        const QString copy = m_dir.filePath(QStringLiteral("edit-crlf.Dockerfile"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(STAGECRAFT_TEST_DATA "/files/crlf.Dockerfile"), copy));
        QVERIFY(m_window->openFile(copy));
        editor()->moveCursor(QTextCursor::End);
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("RUN true"));
        QTest::keyClick(editor(), Qt::Key_Return);
        QString error;
        QVERIFY(m_window->document()->save(copy, &error));
        QCOMPARE(readBytes(copy), readBytes(QStringLiteral(STAGECRAFT_TEST_DATA "/files/crlf.Dockerfile")) + "RUN true\r\n");
    }

    // A no-break space (pasted from a web page) and a line separator are characters of the
    // file: an edit elsewhere must not turn them into a space and a newline.
    void anEditKeepsNoBreakSpacesAndLineSeparators()
    {
        const QByteArray original = QStringLiteral("FROM alpine AS a\nRUN apk add\u00a0curl\nLABEL note=\"one\u2028two\"\n").toUtf8();
        const QString path = writeFile(QStringLiteral("nbsp.Dockerfile"), original);
        QVERIFY(!path.isEmpty());
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_window->document()->tree().text, QString::fromUtf8(original)); // parsed as written
        editor()->moveCursor(QTextCursor::End);
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("RUN true"));
        QTest::keyClick(editor(), Qt::Key_Return);
        QCOMPARE(m_window->document()->text(), QString::fromUtf8(original) + QStringLiteral("RUN true\n"));
        QString error;
        QVERIFY(m_window->document()->save(path, &error));
        QCOMPARE(readBytes(path), original + "RUN true\n");
    }

    // QTextDocument turns a carriage return of its own, U+2029 and its frame markers into line
    // breaks. A file holding one opens read-only, says where, and is never rewritten; the graph
    // and everything else come from the file's text as read, not from the editor's lines.
    void unkeepableCharactersOpenReadOnly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text"); // as Stagecraft holds it: "\r\n" read as "\n"
        QTest::addColumn<QString>("where");
        QTest::newRow("lone CR") << QByteArray("FROM alpine\rRUN true\n") << QStringLiteral("FROM alpine\rRUN true\n")
                                 << QStringLiteral("a carriage return that does not end a line at line 1, column 12");
        QTest::newRow("CR before CRLF") << QByteArray("FROM alpine AS a\r\nRUN true\r\r\n")
                                        << QStringLiteral("FROM alpine AS a\nRUN true\r\n")
                                        << QStringLiteral("a carriage return that does not end a line at line 2, column 9");
        QTest::newRow("U+2029") << QStringLiteral("FROM alpine\nLABEL a=\"x\u2029y\"\n").toUtf8()
                                << QStringLiteral("FROM alpine\nLABEL a=\"x\u2029y\"\n")
                                << QStringLiteral("the character U+2029 at line 2, column 11");
        QTest::newRow("U+FDD0") << QStringLiteral("FROM alpine\nLABEL a=\"\ufdd0\"\n").toUtf8()
                                << QStringLiteral("FROM alpine\nLABEL a=\"\ufdd0\"\n")
                                << QStringLiteral("the character U+FDD0 at line 2, column 10");
        QTest::newRow("U+FDD1") << QStringLiteral("FROM alpine\ufdd1\n").toUtf8() << QStringLiteral("FROM alpine\ufdd1\n")
                                << QStringLiteral("the character U+FDD1 at line 1, column 12");
        QTest::newRow("CR, U+2029 and U+FDD0") << QStringLiteral("FROM alpine\rRUN a\u2029b \ufdd0\n").toUtf8()
                                               << QStringLiteral("FROM alpine\rRUN a\u2029b \ufdd0\n")
                                               << QStringLiteral("a carriage return that does not end a line at line 1, column 12");
    }
    void unkeepableCharactersOpenReadOnly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, where);
        const QString path = writeFile(QStringLiteral("unkeepable.Dockerfile"), bytes);
        QVERIFY(!path.isEmpty());
        QVERIFY(m_window->openFile(path, true));
        Document *document = m_window->document();
        QVERIFY(document->isReadOnly());
        QVERIFY(editor()->isReadOnly());
        QVERIFY2(document->readOnlyReason().contains(where), qPrintable(document->readOnlyReason()));
        // the reason stays above the editor, the whole of it, however narrow the window
        QCOMPARE(m_window->noticeBar()->notice(), document->readOnlyReason());
        QVERIFY(m_window->noticeBar()->isVisible());
        QLabel *label = m_window->noticeBar()->label();
        m_window->resize(700, 800);
        QTRY_VERIFY(label->height() > 2 * label->fontMetrics().height()); // wrapped, not cut
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 px for %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        QVERIFY(m_window->noticeBar()->geometry().right() <= m_window->noticeBar()->parentWidget()->width());
        QCOMPARE(document->text(), text);
        QCOMPARE(document->tree().text, text);
        // the editor shows a visible stand-in in the character's place, not a line break: its
        // offsets, lines and line numbers are the file's, as the stage ranges and problems say
        const qsizetype at = std::find_if(text.begin(), text.end(), [](QChar c) {
            return c == u'\r' || c == QChar(0x2029) || c == QChar(0xFDD0) || c == QChar(0xFDD1);
        }) - text.begin();
        QTextDocument *shown = document->textDocument();
        QCOMPARE(shown->characterCount() - 1, text.size());
        QCOMPARE(shown->blockCount(), LineIndex(text).lineCount());
        QCOMPARE(shown->findBlock(int(at)).blockNumber() + 1, LineIndex(text).at(at).line);
        const QChar standIn = shown->characterAt(int(at));
        QVERIFY(standIn != QChar::ParagraphSeparator && standIn != text[at]);
        QVERIFY2(QFontMetrics(editor()->font()).inFont(standIn), "the stand-in would show as an empty box");
        QVERIFY2(document->readOnlyReason().contains(QStringLiteral("shows ") + standIn), qPrintable(document->readOnlyReason()));
        for (qsizetype i = at; i < text.size(); ++i) { // the notice names every stand-in shown
            const QChar shownHere = shown->characterAt(int(i));
            if (shownHere != text[i] && shownHere != QChar::ParagraphSeparator)
                QVERIFY2(document->readOnlyReason().contains(shownHere), qPrintable(document->readOnlyReason()));
        }
        // typing does nothing, and saving refuses, leaving the file as it was
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("RUN x"));
        QCOMPARE(document->text(), text);
        QString error;
        QVERIFY(!document->save(path, &error));
        QCOMPARE(error, document->readOnlyReason());
        QCOMPARE(readBytes(path), bytes);
        // a file without such characters opens writable again
        openText(QStringLiteral("FROM alpine\n"));
        QVERIFY(!m_window->document()->isReadOnly());
        QVERIFY(!editor()->isReadOnly());
        QVERIFY(m_window->noticeBar()->isHidden());
        QCOMPARE(m_window->noticeBar()->notice(), QString());
    }

    // The editor of a read-only file shown with stand-ins neither takes a re-highlight for an
    // edit, nor copies the stand-ins, nor lets a completion change its text.
    void standInsStayInTheEditor()
    {
        const QByteArray bytes("FROM alpine AS a\nRUN echo hi\rthere\nFROM a AS b\n");
        const QString path = writeFile(QStringLiteral("standins.Dockerfile"), bytes);
        QVERIFY(!path.isEmpty());
        QVERIFY(m_window->openFile(path, true));
        Document *document = m_window->document();
        QVERIFY(document->isReadOnly());
        const QString text = QString::fromUtf8(bytes);
        QSignalSpy edits(document, &Document::textEdited);
        // another theme re-formats every block, the one with the stand-in too
        const QString before = m_window->highlighter()->theme().name();
        for (const KSyntaxHighlighting::Theme &theme : syntaxRepository().themes()) {
            if (theme.name() != before) {
                m_window->highlighter()->setTheme(theme);
                break;
            }
        }
        QVERIFY(m_window->highlighter()->theme().name() != before);
        m_window->highlighter()->rehighlight();
        QCoreApplication::processEvents();
        QCOMPARE(edits.count(), 0);

        editor()->selectAll();
        editor()->copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);

        // after "FROM " a writable editor offers the stage names
        QTextCursor cursor = editor()->textCursor();
        cursor.setPosition(int(text.indexOf(QStringLiteral("FROM a AS b"))) + 5);
        editor()->setTextCursor(cursor);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(!editor()->completer()->popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Return);
        QVERIFY(!document->textDocument()->isModified());
        QCOMPARE(document->textDocument()->characterCount() - 1, text.size());
        QCOMPARE(edits.count(), 0);

        // a change of formats alone reports the characters as removed and added again: no
        // edit either, although the editor's characters are stand-ins for the file's
        QTextCursor all(document->textDocument());
        all.select(QTextCursor::Document);
        QTextCharFormat italic;
        italic.setFontItalic(true);
        all.mergeCharFormat(italic);
        QCoreApplication::processEvents();
        QCOMPARE(edits.count(), 0);
        QCOMPARE(document->text(), text);
    }

    // A copy carries the characters as written: QPlainTextEdit's own copy turns a no-break
    // space into a space and a line separator into a newline.
    void copyKeepsTheCharacters()
    {
        const QString text = QStringLiteral("FROM alpine\nLABEL a=\"x\u00a0y\u2028z\"\n");
        openText(text);
        editor()->selectAll();
        editor()->copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
    }

    void invalidUtf8OpensReadOnly()
    {
        QVERIFY(m_window->openFile(QStringLiteral(STAGECRAFT_TEST_DATA "/files/latin1.Dockerfile"), true));
        QVERIFY(m_window->document()->isReadOnly());
        QVERIFY(editor()->isReadOnly());
        QString error;
        QVERIFY(!m_window->document()->save(m_dir.filePath(QStringLiteral("x")), &error));
        QVERIFY(error.contains(QLatin1String("UTF-8")));
    }

    void stageNameFormatCoversEveryReference()
    {
        const QString text = QStringLiteral("FROM alpine AS Builder\nRUN make\nFROM builder AS out\n"
                                            "COPY --from=BUILDER /a /b\nRUN --mount=type=bind,from=builder,target=/m true\n"
                                            "RUN --mount=type=cache,target=/builder,from=builder true\n"
                                            "FROM Builder AS img\n");
        openText(text);
        QTextDocument *doc = editor()->document();
        // The definition and the three references that bind to stage 0.
        const QList<qsizetype> positions = {text.indexOf(u"Builder"), text.indexOf(u"builder AS out"),
                                            text.indexOf(u"BUILDER"), text.indexOf(u"builder,target")};
        for (qsizetype p : positions) {
            const QTextCharFormat format = formatAt(doc, int(p));
            QCOMPARE(format.property(SemanticHighlighter::StageProperty).toString(), QStringLiteral("stage:0"));
        }
        QVERIFY(formatAt(doc, int(positions[0])).fontWeight() == QFont::Bold);
        // In a mount, the from= value is the reference, not the same letters in target=/builder.
        const qsizetype cacheMount = text.indexOf(u"target=/builder");
        QVERIFY(!formatAt(doc, int(cacheMount + 8)).hasProperty(SemanticHighlighter::StageProperty));
        QCOMPARE(formatAt(doc, int(text.indexOf(u"from=builder true") + 5)).property(SemanticHighlighter::StageProperty).toString(),
                 QStringLiteral("stage:0"));
        // "FROM Builder" does not bind (FROM is case-sensitive): BuildKit reads an invalid image
        // reference, so it is marked unresolved, not as the stage.
        const QTextCharFormat image = formatAt(doc, int(text.lastIndexOf(u"Builder")));
        QCOMPARE(image.property(SemanticHighlighter::StageProperty).toString(), QStringLiteral("unresolved"));
        QCOMPARE(image.underlineStyle(), QTextCharFormat::WaveUnderline);
    }

    void goToDefinitionWithF12AndCtrlClick()
    {
        const QString text = QStringLiteral("FROM alpine AS base\nRUN a\nFROM alpine AS other\nCOPY --from=base /x /y\n");
        openText(text);
        moveCursorTo(editor(), int(text.indexOf(u"=base")) + 2);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_F12);
        QCOMPARE(editor()->textCursor().position(), int(text.indexOf(u"base")));
        moveCursorTo(editor(), int(text.size()));
        const QRect rect = editor()->cursorRect([&] {
            QTextCursor c(editor()->document());
            c.setPosition(int(text.indexOf(u"=base")) + 2);
            return c;
        }());
        QTest::mouseClick(editor()->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        QCOMPARE(editor()->textCursor().position(), int(text.indexOf(u"base")));
        QVERIFY(!m_window->goToDefinition(0)); // "FROM" is no reference
    }

    void completionOffersEarlierStagesAfterFrom()
    {
        openText(QStringLiteral("FROM alpine AS builder\nFROM alpine AS base\n\nFROM alpine AS zlast\n"));
        moveCursorTo(editor(), int(editor()->document()->findBlockByNumber(2).position()));
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("FROM b"));
        QCompleter *completer = editor()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            offered << completer->currentCompletion();
        QCOMPARE(offered, (QStringList{QStringLiteral("builder"), QStringLiteral("base")}));
        completer->setCurrentRow(1);
        completer->popup()->setCurrentIndex(completer->currentIndex());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor()->document()->findBlockByNumber(2).text(), QStringLiteral("FROM base"));
        // After --from= every stage is offered, later ones included.
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), QStringLiteral("COPY --from=z"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("zlast"));
    }

    void foldingHidesAStageAndRestoresIt()
    {
        openText(QStringLiteral("FROM alpine AS a\nRUN one\nRUN two\nFROM a AS b\nRUN <<EOF\nx\ny\nEOF\n"));
        QVERIFY(editor()->foldRegions().contains(CodeEditor::FoldRegion{1, 3}));
        QVERIFY(editor()->foldRegions().contains(CodeEditor::FoldRegion{5, 8}));
        QVERIFY(editor()->toggleFold(1));
        QVERIFY(!editor()->document()->findBlockByNumber(1).isVisible());
        QVERIFY(!editor()->document()->findBlockByNumber(2).isVisible());
        QVERIFY(editor()->document()->findBlockByNumber(3).isVisible());
        // Folding changes no text and does not enter the undo history.
        QVERIFY(!editor()->document()->isUndoAvailable());
        QVERIFY(editor()->toggleFold(1));
        QVERIFY(editor()->document()->findBlockByNumber(1).isVisible());
        QVERIFY(!editor()->toggleFold(2)); // no region starts on line 2
    }

    void draggedPositionsSurviveReopening()
    {
        const QString path = writeFile(QStringLiteral("positions.Dockerfile"), "FROM alpine AS a\nFROM a AS b\n");
        QVERIFY(!path.isEmpty());
        QVERIFY(m_window->openFile(path));
        NodeItem *item = canvas()->itemForKey(QStringLiteral("stage:b"));
        canvas()->centerOn(item);
        const QPoint from = canvas()->mapFromScene(item->sceneBoundingRect().center());
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, canvas()->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas()->viewport(), &move);
        QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(item->isPlacedByHand());
        const QPointF placed = item->pos();

        MainWindow second;
        QVERIFY(second.openFile(path));
        QCOMPARE(second.canvas()->itemForKey(QStringLiteral("stage:b"))->pos(), placed);
    }

    // Save As keeps the canvas as it is: a node placed by hand in an untitled document stays
    // there, and the new file remembers it.
    void saveAsKeepsPlacedNodes()
    {
        openText(QStringLiteral("FROM alpine AS a\nFROM a AS b\n"));
        NodeItem *item = canvas()->itemForKey(QStringLiteral("stage:b"));
        canvas()->centerOn(item);
        const QPoint from = canvas()->mapFromScene(item->sceneBoundingRect().center());
        const QPoint to = from + QPoint(70, 50);
        QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, canvas()->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas()->viewport(), &move);
        QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, to);
        const QPointF placed = item->pos();
        const QPointF other = canvas()->itemForKey(QStringLiteral("stage:a"))->pos();

        const QString path = m_dir.filePath(QStringLiteral("saved-as.Dockerfile"));
        QString error;
        QVERIFY2(m_window->document()->save(path, &error), qPrintable(error));
        QCOMPARE(canvas()->itemForKey(QStringLiteral("stage:b")), item); // the same node, not a new canvas
        QCOMPARE(item->pos(), placed);
        QCOMPARE(canvas()->itemForKey(QStringLiteral("stage:a"))->pos(), other);
        MainWindow second;
        QVERIFY(second.openFile(path));
        QCOMPARE(second.canvas()->itemForKey(QStringLiteral("stage:b"))->pos(), placed);
    }

    void upstreamAndDownstreamSelection()
    {
        openText(QStringLiteral("FROM alpine AS a\nFROM a AS b\nFROM alpine AS c\nCOPY --from=b / /\nFROM c AS d\nFROM alpine AS e\n"));
        canvas()->selectStage(2); // c
        canvas()->selectUpstream();
        QSet<QString> selected;
        for (NodeItem *item : canvas()->nodeItems())
            if (item->isSelected())
                selected.insert(item->key());
        QCOMPARE(selected, (QSet<QString>{QStringLiteral("stage:c"), QStringLiteral("stage:b"), QStringLiteral("stage:a"),
                                          QStringLiteral("image:alpine")}));
        canvas()->selectStage(1); // b
        canvas()->selectDownstream();
        selected.clear();
        for (NodeItem *item : canvas()->nodeItems())
            if (item->isSelected())
                selected.insert(item->key());
        QCOMPARE(selected, (QSet<QString>{QStringLiteral("stage:b"), QStringLiteral("stage:c"), QStringLiteral("stage:d")}));
    }

    void problemsDockJumpsToTheDiagnostic()
    {
        openText(QStringLiteral("FROM alpine AS a\nCOPY --from=b /x /y\nFROM a AS b\n"));
        QTreeWidget *view = m_window->problemsDock()->view();
        QVERIFY(view->topLevelItemCount() >= 1);
        moveCursorTo(editor(), 0);
        QTreeWidgetItem *item = view->topLevelItem(0);
        Q_EMIT view->itemActivated(item, 0);
        QCOMPARE(editor()->textCursor().blockNumber() + 1, item->text(1).toInt());
    }
};

QTEST_MAIN(TestEditorCanvas)
#include "tst_editor_canvas.moc"
