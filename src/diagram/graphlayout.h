// Layered layout of a diagram with Graphviz's `dot` engine (through its C library).
#pragma once

#include "diagrammodel.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

namespace stagecraft::diagram {

enum class Direction { LeftToRight, TopToBottom };

struct GraphLayout {
    std::vector<QPointF> positions; // top-left corner of each node, in diagram units (1 unit = 1 px at 100%)
    QRectF bounds;                  // of all nodes
};

// Places every node of `model`, whose sizes are `sizes` (same order). Deterministic: the same
// input gives the same positions. Edges only influence ranks; they are drawn between nodes.
GraphLayout layoutGraph(const DiagramModel &model, const std::vector<QSizeF> &sizes, Direction direction);

} // namespace stagecraft::diagram
