// Thin graphics items of the canvas. A NodeItem holds the key of its diagram node and the
// geometry computed by the diagram layer; an EdgeItem joins two NodeItems. Both paint
// through the diagram painters, and neither changes geometry while painting.
#pragma once

#include "diagram/diagrammodel.h"
#include "diagram/nodegeometry.h"

#include <QGraphicsItem>

namespace stagecraft::app {

class CanvasView;
class EdgeItem;

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(const CanvasView *canvas, QString key);

    int type() const override { return Type; }
    const QString &key() const { return m_key; }
    void setKey(const QString &key) { m_key = key; }
    // The stage this node showed when last updated (-1 for images).
    int stageIndex() const { return m_stage; }
    const diagram::DiagramNode &node() const;
    const diagram::NodeGeometry &geometry() const { return m_geometry; }
    int nodeIndex() const { return m_node; }
    // Points the item at its node in the canvas model and takes the new geometry.
    void setNode(int index, const diagram::NodeGeometry &geometry);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void addEdge(EdgeItem *edge) { m_edges.push_back(edge); }
    void removeEdge(EdgeItem *edge) { m_edges.removeAll(edge); }
    // True once a person dragged the node: its position is then kept across layouts.
    bool isPlacedByHand() const { return m_placedByHand; }
    void setPlacedByHand(bool placed) { m_placedByHand = placed; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    const CanvasView *m_canvas;
    QString m_key;
    int m_node = -1;
    int m_stage = -1;
    diagram::NodeGeometry m_geometry;
    QList<EdgeItem *> m_edges;
    bool m_placedByHand = false;
    QPointF m_pressPosition;
};

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(const CanvasView *canvas, int edgeIndex, NodeItem *from, NodeItem *to);
    ~EdgeItem() override;

    int type() const override { return Type; }
    const diagram::DiagramEdge &edge() const;
    // Points the item at its edge in a new canvas model (same ends, same kind).
    void setEdgeIndex(int index);
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    // Recomputes the path after a node moved.
    void adjust();
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const CanvasView *m_canvas;
    int m_edge;
    NodeItem *m_from;
    NodeItem *m_to;
    QPainterPath m_path;
};

} // namespace stagecraft::app
