// The diagram layer: model from a stage graph, Graphviz layout, rendering.
#include "core/stagegraph.h"
#include "core/syntax.h"
#include "diagram/diagramscene.h"

#include <QGuiApplication>
#include <QSvgRenderer>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::diagram;

class TestDiagramLayout : public QObject
{
    Q_OBJECT
private:
    static DiagramModel modelFor(const QString &text)
    {
        const SyntaxTree tree = parse(text);
        return DiagramModel::fromGraph(analyse(tree), tree);
    }

private Q_SLOTS:
    void modelHasStagesImagesAndEdges()
    {
        const DiagramModel model = modelFor(QStringLiteral(
            "FROM golang:1.22 AS build\nRUN go build\nFROM scratch AS out\nCOPY --from=build /app /app\n"));
        QCOMPARE(model.nodes.size(), size_t(4)); // build, out, golang image, scratch
        QCOMPARE(model.nodes[0].key, QStringLiteral("stage:build"));
        QCOMPARE(model.nodes[1].key, QStringLiteral("stage:out"));
        QVERIFY(model.indexOfKey(QStringLiteral("image:golang:1.22")) >= 2);
        const int scratch = model.indexOfKey(QStringLiteral("image:scratch"));
        QVERIFY(scratch >= 2);
        QCOMPARE(model.nodes[size_t(scratch)].kind, NodeKind::Scratch);
        QCOMPARE(model.edges.size(), size_t(3));
        bool copyEdge = false;
        for (const DiagramEdge &e : model.edges)
            copyEdge |= e.kind == DependencyKind::CopyFrom && e.from == 0 && e.to == 1;
        QVERIFY(copyEdge);
        QVERIFY(model.nodes[1].isTarget);
    }

    void layoutRanksDependenciesLeftToRight()
    {
        const DiagramScene scene(modelFor(QStringLiteral("FROM alpine AS a\nFROM a AS b\nFROM b AS c\n")),
                                 DiagramStyle::forTheme(Theme::Light), Direction::LeftToRight);
        QVERIFY(scene.nodeRect(0).right() < scene.nodeRect(1).left());
        QVERIFY(scene.nodeRect(1).right() < scene.nodeRect(2).left());
        const DiagramScene vertical(scene.model(), scene.style(), Direction::TopToBottom);
        QVERIFY(vertical.nodeRect(0).bottom() < vertical.nodeRect(1).top());
    }

    void layoutIsDeterministic()
    {
        const DiagramModel model = modelFor(QStringLiteral(
            "FROM alpine AS a\nFROM a AS b\nFROM alpine AS c\nCOPY --from=a / /\nCOPY --from=b / /\n"));
        const DiagramScene first(model, DiagramStyle::forTheme(Theme::Light), Direction::LeftToRight);
        const DiagramScene second(model, DiagramStyle::forTheme(Theme::Light), Direction::LeftToRight);
        QCOMPARE(first.positions(), second.positions());
        QCOMPARE(first.toSvg(QStringLiteral("t")), second.toSvg(QStringLiteral("t")));
    }

    void svgRendersAndImageHasContent()
    {
        const DiagramScene scene(modelFor(QStringLiteral("FROM alpine AS dev\nFROM dev AS runtime\n")),
                                 DiagramStyle::forTheme(Theme::Dark), Direction::LeftToRight);
        QSvgRenderer renderer(scene.toSvg(QStringLiteral("example")));
        QVERIFY(renderer.isValid());
        const QImage image = scene.toImage(1.0);
        QCOMPARE(image.size(), scene.bounds().size().toSize());
        // The cards are lighter than the dark background somewhere.
        bool lighter = false;
        const QColor background = scene.style().background;
        for (int y = 0; y < image.height() && !lighter; y += 3)
            for (int x = 0; x < image.width() && !lighter; x += 3)
                lighter = QColor(image.pixel(x, y)).lightness() > background.lightness() + 10;
        QVERIFY(lighter);
        QVERIFY(scene.toPdf(QStringLiteral("example")).startsWith("%PDF"));
    }

    void hugeImagesAreScaledDown()
    {
        QString text = QStringLiteral("FROM alpine AS s0\n");
        for (int i = 1; i < 120; ++i)
            text += QStringLiteral("FROM s%1 AS s%2\n").arg(i - 1).arg(i);
        const DiagramScene scene(modelFor(text), DiagramStyle::forTheme(Theme::Light), Direction::LeftToRight);
        QVERIFY(scene.bounds().width() * 2 > DiagramScene::maxImageSide); // the chain is long
        const QImage image = scene.toImage(2.0);
        QVERIFY(!image.isNull());
        QVERIFY(qMax(image.width(), image.height()) <= int(DiagramScene::maxImageSide));
        QVERIFY(image.width() > int(DiagramScene::maxImageSide) - 2);
    }
};

QTEST_MAIN(TestDiagramLayout)
#include "tst_diagram_layout.moc"
