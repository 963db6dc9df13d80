// The size and inner layout of a diagram node, computed from its content and the style.
// Items on the canvas and exporters ask this object; nobody computes geometry while painting.
#pragma once

#include "diagrammodel.h"
#include "diagramstyle.h"

#include <QRectF>
#include <QSizeF>

namespace stagecraft::diagram {

struct NodeGeometry {
    QSizeF size;        // the card, local coordinates with (0,0) at its top-left
    QRectF titleRect;
    QRectF badgeRect;   // the role badge (empty when the stage has no role)
    QRectF baseRect;
    QRectF previewRect;
    QRectF footerRect;

    static NodeGeometry forNode(const DiagramNode &node, const DiagramStyle &style);
    QRectF boundingRect() const { return QRectF(QPointF(0, 0), size); }
    // Connection handles on the canvas: the base port on the side edges enter (a stage's
    // FROM), the output port on the side they leave. Local coordinates, for left-to-right.
    QRectF basePort() const { return QRectF(-7, size.height() / 2 - 7, 14, 14); }
    QRectF outputPort() const { return QRectF(size.width() - 7, size.height() / 2 - 7, 14, 14); }
};

} // namespace stagecraft::diagram
