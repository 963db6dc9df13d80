// Paints diagram nodes, edges and the legend with a QPainter, in local coordinates given by
// NodeGeometry. Used by the canvas items and by SVG/PNG/PDF export alike. Painting never
// changes geometry.
#pragma once

#include "diagrammodel.h"
#include "diagramstyle.h"
#include "nodegeometry.h"

#include <QPainterPath>
#include <QPointF>

class QPainter;

namespace stagecraft::diagram {

struct NodeState {
    bool selected = false;
    bool hovered = false;
};

void paintNode(QPainter &painter, const DiagramNode &node, const NodeGeometry &geometry, const DiagramStyle &style,
               NodeState state = {});

// The path of an edge between two node rectangles (scene coordinates), leaving `from` and
// entering `to` on the sides that face the layout direction.
QPainterPath edgePath(const QRectF &from, const QRectF &to, bool leftToRight);
void paintEdge(QPainter &painter, const QPainterPath &path, const DiagramEdge &edge, const DiagramStyle &style,
               bool faded, bool highlighted = false);
QPen edgePen(const DiagramEdge &edge, const DiagramStyle &style);

} // namespace stagecraft::diagram
