#include "graphlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>
#include <mutex>

namespace stagecraft::diagram {

namespace {

// Graphviz keeps global state; one layout at a time.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

} // namespace

GraphLayout layoutGraph(const DiagramModel &model, const std::vector<QSizeF> &sizes, Direction direction)
{
    GraphLayout layout;
    layout.positions.resize(model.nodes.size());
    if (model.nodes.empty())
        return layout;

    std::lock_guard lock(graphvizMutex());
    GVC_t *context = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("stages"), Agdirected, nullptr);
    setAttribute(graph, "rankdir", direction == Direction::LeftToRight ? "LR" : "TB");
    setAttribute(graph, "nodesep", "0.35");
    setAttribute(graph, "ranksep", "0.7");
    // Only node positions are used (edges are drawn between the cards): skip dot's routing.
    setAttribute(graph, "splines", "false");
    if (model.nodes.size() > 50) {
        // Large graphs: bound dot's network-simplex and crossing-minimisation passes; the
        // picture stays layered and readable, and a 200-stage file lays out in well under a
        // second instead of tens of seconds (docs/BENCHMARKS.md).
        setAttribute(graph, "nslimit", "2");
        setAttribute(graph, "mclimit", "0.3");
        setAttribute(graph, "newrank", "true");
    }

    std::vector<Agnode_t *> nodes(model.nodes.size());
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(qulonglong(i));
        nodes[i] = agnode(graph, const_cast<char *>(name.constData()), 1);
        setAttribute(nodes[i], "shape", "box");
        setAttribute(nodes[i], "fixedsize", "true");
        setAttribute(nodes[i], "label", "");
        setAttribute(nodes[i], "width", QByteArray::number(sizes[i].width() / 72.0, 'f', 4));
        setAttribute(nodes[i], "height", QByteArray::number(sizes[i].height() / 72.0, 'f', 4));
    }
    for (const DiagramEdge &edge : model.edges) {
        if (edge.from == edge.to)
            continue;
        Agedge_t *e = agedge(graph, nodes[size_t(edge.from)], nodes[size_t(edge.to)], nullptr, 1);
        // Inheritance binds ranks more tightly than artifact edges.
        setAttribute(e, "weight", edge.kind == DependencyKind::From ? "4" : "1");
    }
    // A file-order chain of invisible edges is not added: dot's own ordering keeps it stable.

    if (gvLayout(context, graph, "dot") == 0) {
        const boxf bb = GD_bb(graph);
        const double height = bb.UR.y;
        for (size_t i = 0; i < nodes.size(); ++i) {
            const pointf centre = ND_coord(nodes[i]);
            // Graphviz's y axis points up; ours points down.
            const QPointF topLeft(centre.x - sizes[i].width() / 2, (height - centre.y) - sizes[i].height() / 2);
            layout.positions[i] = topLeft;
            layout.bounds |= QRectF(topLeft, sizes[i]);
        }
        gvFreeLayout(context, graph);
    } else {
        // Fallback when the dot plugin is missing: one row in file order.
        qreal x = 0;
        for (size_t i = 0; i < nodes.size(); ++i) {
            layout.positions[i] = QPointF(x, 0);
            layout.bounds |= QRectF(layout.positions[i], sizes[i]);
            x += sizes[i].width() + 60;
        }
    }
    agclose(graph);
    gvFreeContext(context);
    return layout;
}

} // namespace stagecraft::diagram
