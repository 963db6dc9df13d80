// Explanations where the person is, through real widgets (tooltip events on the offscreen
// platform): an instruction keyword or a flag in the editor says what it does and links
// Docker's reference (F1 and the context menu open it); a role badge explains the role and
// whether it is marked or inferred; an edge says what crosses it (the whole filesystem for
// FROM, the named paths for COPY --from, a mount for RUN --mount, an ONBUILD trigger).
#include "app/canvasitems.h"
#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/document.h"
#include "app/explanations.h"
#include "app/mainwindow.h"
#include "app/templates.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace stagecraft;
using namespace stagecraft::app;

namespace {

QString pythonTemplate()
{
    for (const Template &t : templates()) {
        if (t.name == u"python")
            return templateText(t);
    }
    return {};
}

} // namespace

class TestExplanations : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;

    // The tooltip text the editor shows with the mouse resting on text position `position`.
    QString editorToolTip(int position)
    {
        CodeEditor *editor = m_window->editor();
        QTextCursor cursor(editor->document());
        cursor.setPosition(position);
        // Between the character at `position` and the next: the mouse rests on that character.
        const QRect before = editor->cursorRect(cursor);
        cursor.setPosition(position + 1);
        const QRect after = editor->cursorRect(cursor);
        const QPoint at((before.left() + after.left()) / 2 + 1, before.center().y());
        return toolTipOf(editor->viewport(), at);
    }

    static QString toolTipOf(QWidget *widget, const QPoint &pos)
    {
        // A tooltip fades out after hideText(): start from none at all.
        QToolTip::hideText();
        if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
            return QStringLiteral("(the previous tooltip stays)");
        QHelpEvent event(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
        QApplication::sendEvent(widget, &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

    // A viewport position over an edge (and over no node) of the edge into `stage` from the
    // node `fromKey` of kind `kind`.
    QPoint pointOnEdge(const QString &fromKey, const QString &toKey, DependencyKind kind)
    {
        CanvasView *canvas = m_window->canvas();
        const QList<EdgeItem *> edges = canvas->edgeItems();
        for (EdgeItem *edge : edges) {
            if (edge->from()->key() != fromKey || edge->to()->key() != toKey || edge->edge().kind != kind)
                continue;
            canvas->ensureVisible(edge);
            const QRect box = canvas->mapFromScene(edge->sceneBoundingRect()).boundingRect();
            for (int y = box.top(); y <= box.bottom(); y += 2) {
                for (int x = box.left(); x <= box.right(); x += 2) {
                    const QList<QGraphicsItem *> hits = canvas->items(QPoint(x, y));
                    if (!hits.isEmpty() && hits.first() == edge && canvas->viewport()->rect().contains(QPoint(x, y)))
                        return {x, y};
                }
            }
        }
        return {-1, -1};
    }

    QPoint badgeOf(const QString &key)
    {
        CanvasView *canvas = m_window->canvas();
        NodeItem *item = canvas->itemForKey(key);
        if (!item || item->geometry().badgeRect.isEmpty())
            return {-1, -1};
        canvas->ensureVisible(item);
        return canvas->mapFromScene(item->mapToScene(item->geometry().badgeRect.center()));
    }

    void open(const QString &text)
    {
        m_window->newDocument(text);
        QCoreApplication::processEvents();
        m_window->canvas()->fitGraph();
    }

public Q_SLOTS:
    // QDesktopServices' handler for https URLs while a test runs: records instead of opening.
    void openUrl(const QUrl &url) { m_opened << url; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Tooltips appear at once, so QToolTip::isVisible() tells whether one was shown.
        QApplication::setEffectEnabled(Qt::UI_FadeTooltip, false);
        QApplication::setEffectEnabled(Qt::UI_AnimateTooltip, false);
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void init()
    {
        m_opened.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        QToolTip::hideText();
        m_window.reset();
    }

    void keywordSaysWhatItDoes_data()
    {
        QTest::addColumn<QString>("at");      // text just before the hovered keyword
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("FROM") << "" << "Starts a new build stage" << "#from";
        QTest::newRow("RUN") << "RUN python" << "Runs a command while building" << "#run";
        QTest::newRow("COPY") << "COPY --from=dev" << "Copies files into the stage" << "#copy";
        QTest::newRow("USER") << "USER nobody" << "does not run as root is safer" << "#user";
        QTest::newRow("lowercase") << "workdir /app" << "working directory" << "#workdir";
    }

    void keywordSaysWhatItDoes()
    {
        QFETCH(QString, at);
        QFETCH(QString, says);
        QFETCH(QString, anchor);
        open(QStringLiteral("FROM python:3.13-slim AS dev\nRUN python -m venv /venv\n"
                            "FROM python:3.13-slim AS runtime\nCOPY --from=dev /venv /venv\nworkdir /app\nUSER nobody\n"));
        const QString text = m_window->document()->text();
        const int position = at.isEmpty() ? 0 : int(text.indexOf(at));
        QVERIFY(position >= 0);
        const QString tip = editorToolTip(position + 1);
        QVERIFY2(tip.contains(says), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("https://docs.docker.com/reference/dockerfile/") + anchor), qPrintable(tip));
    }

    void otherTextExplainsNothing()
    {
        open(QStringLiteral("FROM alpine:3.20 AS app\nRUN echo hello\n")); // tagged: no lint finding there
        const QString text = m_window->document()->text();
        QCOMPARE(editorToolTip(int(text.indexOf(u"hello")) + 1), QString());
        QCOMPARE(editorToolTip(int(text.indexOf(u"alpine")) + 1), QString());
    }

    void flagsSayWhatTheyDo()
    {
        open(QStringLiteral("FROM alpine AS deps\nFROM alpine AS app\nCOPY --from=deps /a /b\n"
                            "RUN --mount=type=cache,target=/c true\n"));
        const QString text = m_window->document()->text();
        const QString copyTip = editorToolTip(int(text.indexOf(u"--from")) + 3);
        QVERIFY2(copyTip.contains(QStringLiteral("COPY --from")), qPrintable(copyTip));
        QVERIFY(copyTip.contains(QStringLiteral("Only the paths named here cross over")));
        const QString mountTip = editorToolTip(int(text.indexOf(u"--mount")) + 3);
        QVERIFY2(mountTip.contains(QStringLiteral("Nothing mounted is kept in the image")), qPrintable(mountTip));
    }

    void diagnosticsComeFirst()
    {
        // "FROM" with no base is an error on the keyword's line: both show, the problem first.
        open(QStringLiteral("FROM\n"));
        QVERIFY(!m_window->editor()->markers().isEmpty());
        const QString tip = editorToolTip(1);
        QVERIFY2(tip.contains(QStringLiteral("Starts a new build stage")), qPrintable(tip));
        const QString problem = m_window->editor()->markers().first().message.toHtmlEscaped();
        QVERIFY2(tip.indexOf(problem) >= 0 && tip.indexOf(problem) < tip.indexOf(QStringLiteral("Starts a new")), qPrintable(tip));
    }

    void f1AndTheContextMenuOpenTheReference()
    {
        open(QStringLiteral("FROM alpine AS app\nRUN echo hello\n"));
        CodeEditor *editor = m_window->editor();
        QTextCursor cursor(editor->document());
        cursor.setPosition(int(m_window->document()->text().indexOf(u"RUN")) + 1);
        editor->setTextCursor(cursor);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F1);
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://docs.docker.com/reference/dockerfile/#run"))});
        QCOMPARE(Explanations::at(m_window->document()->tree(), cursor.position()).topic, QStringLiteral("RUN"));

        // Off a keyword, F1 opens nothing.
        cursor.setPosition(int(m_window->document()->text().indexOf(u"hello")) + 1);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_F1);
        QCOMPARE(m_opened.size(), 1);
    }

    void contextMenuOpensTheReference()
    {
        open(QStringLiteral("FROM alpine AS app\nCOPY a b\n"));
        CodeEditor *editor = m_window->editor();
        QTextCursor cursor(editor->document());
        cursor.setPosition(int(m_window->document()->text().indexOf(u"COPY")) + 1);
        const QPoint at = editor->cursorRect(cursor).center();
        QString offered;
        // The menu runs its own event loop: choose from it there.
        QTimer choose;
        choose.setInterval(10);
        connect(&choose, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            choose.stop();
            if (QAction *reference = menu->findChild<QAction *>(QStringLiteral("DockerfileReference"))) {
                offered = reference->text();
                reference->trigger();
            }
            menu->close();
        });
        choose.start();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, editor->viewport()->mapToGlobal(at));
        QApplication::sendEvent(editor->viewport(), &event);
        QCOMPARE(offered, QStringLiteral("Dockerfile Reference: COPY"));
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://docs.docker.com/reference/dockerfile/#copy"))});
    }

    void roleBadgeExplainsTheRole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("says");
        const QString marked = pythonTemplate();
        QTest::newRow("explicit runtime") << marked << "stage:runtime"
                                          << QStringList{QStringLiteral("Role: runtime"), QStringLiteral("image that ships"),
                                                         QStringLiteral("# stagecraft: role=runtime")};
        QTest::newRow("explicit debugging") << marked << "stage:debugging"
                                            << QStringList{QStringLiteral("Role: debugging"), QStringLiteral("must never reach")};
        const QString inferred = QStringLiteral("FROM alpine AS dev\nFROM alpine AS tools\nFROM alpine AS app\n");
        QTest::newRow("inferred from the name") << inferred << "stage:dev"
                                                << QStringList{QStringLiteral("Role: dev"), QStringLiteral("full environment"),
                                                               QStringLiteral("Inferred from the name “dev”")};
        QTest::newRow("inferred: the last stage") << inferred << "stage:app"
                                                  << QStringList{QStringLiteral("Role: runtime"),
                                                                 QStringLiteral("Inferred because it is the last stage")};
    }

    void roleBadgeExplainsTheRole()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QStringList, says);
        open(text);
        const QPoint badge = badgeOf(key);
        QVERIFY(badge.x() >= 0);
        const QString tip = toolTipOf(m_window->canvas()->viewport(), badge);
        for (const QString &part : says)
            QVERIFY2(tip.contains(part.toHtmlEscaped()), qPrintable(tip));

        // The rest of the node describes the stage, not the role.
        NodeItem *item = m_window->canvas()->itemForKey(key);
        const QPoint title = m_window->canvas()->mapFromScene(item->mapToScene(item->geometry().titleRect.topLeft() + QPointF(4, 4)));
        const QString nodeTip = toolTipOf(m_window->canvas()->viewport(), title);
        QVERIFY2(nodeTip.contains(QStringLiteral(" — FROM ")), qPrintable(nodeTip));
        QVERIFY(!nodeTip.contains(QStringLiteral("Role:")));
    }

    void edgeSaysWhatCrossesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("says");
        const QString python = pythonTemplate();
        QTest::newRow("FROM an image") << python << "image:python:3.13-slim" << "stage:dev" << int(DependencyKind::From)
                                       << QStringList{QStringLiteral("FROM python:3.13-slim"), QStringLiteral("whole filesystem of the image")};
        QTest::newRow("FROM a stage") << python << "stage:dev" << "stage:debugging" << int(DependencyKind::From)
                                      << QStringList{QStringLiteral("builds on the stage dev"), QStringLiteral("inherits its whole filesystem")};
        QTest::newRow("COPY --from") << python << "stage:dev" << "stage:runtime" << int(DependencyKind::CopyFrom)
                                     << QStringList{QStringLiteral("COPY --from=dev (line 30)"),
                                                    QStringLiteral("Only /venv crosses from dev, into /venv of runtime")};
        const QString mount = QStringLiteral("FROM alpine AS deps\nRUN echo\nFROM alpine AS app\n"
                                             "RUN --mount=type=bind,from=deps,source=/x,target=/y cat /y\n");
        QTest::newRow("RUN --mount") << mount << "stage:deps" << "stage:app" << int(DependencyKind::MountFrom)
                                     << QStringList{QStringLiteral("RUN --mount from=deps (line 4)"),
                                                    QStringLiteral("/x from deps is mounted at /y"),
                                                    QStringLiteral("nothing is copied into its image")};
        const QString onbuild = QStringLiteral("FROM alpine AS tools\nFROM alpine AS base\nONBUILD COPY --from=tools /t /t\n"
                                               "FROM base AS app\n");
        QTest::newRow("ONBUILD") << onbuild << "stage:tools" << "stage:app" << int(DependencyKind::CopyFrom)
                                 << QStringList{QStringLiteral("Only /t crosses from tools"),
                                                QStringLiteral("Induced by an ONBUILD trigger of base")};
    }

    void edgeSaysWhatCrossesIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, kind);
        QFETCH(QStringList, says);
        open(text);
        const QPoint at = pointOnEdge(from, to, DependencyKind(kind));
        QVERIFY2(at.x() >= 0, "no visible point of the edge");
        const QString tip = toolTipOf(m_window->canvas()->viewport(), at);
        for (const QString &part : says)
            QVERIFY2(tip.contains(part.toHtmlEscaped()), qPrintable(tip));
    }

    void backgroundExplainsNothing()
    {
        open(QStringLiteral("FROM alpine AS app\n"));
        QCOMPARE(toolTipOf(m_window->canvas()->viewport(), QPoint(2, 2)), QString());
    }
};

QTEST_MAIN(TestExplanations)
#include "tst_explanations.moc"
