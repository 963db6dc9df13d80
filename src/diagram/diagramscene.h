// A laid-out diagram: the model, each node's geometry and position, and the style. Renders
// to any QPainter (the picture exports) with the same painters the canvas items use.
#pragma once

#include "diagrammodel.h"
#include "diagramstyle.h"
#include "graphlayout.h"
#include "nodegeometry.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <vector>

class QPainter;

namespace stagecraft::diagram {

class DiagramScene
{
public:
    DiagramScene(DiagramModel model, DiagramStyle style, Direction direction, bool legend = false);

    const DiagramModel &model() const { return m_model; }
    const DiagramStyle &style() const { return m_style; }
    Direction direction() const { return m_direction; }
    const std::vector<NodeGeometry> &geometries() const { return m_geometries; }
    const std::vector<QPointF> &positions() const { return m_positions; }
    QRectF nodeRect(int node) const;
    // The area to draw: every node plus a margin.
    QRectF bounds() const;

    void render(QPainter &painter) const; // in diagram coordinates, background included
    // Pixels per diagram unit; lowered when the longer side would exceed maxImageSide.
    QImage toImage(qreal scale) const;
    static constexpr qreal maxImageSide = 16384;
    QByteArray toPng(qreal scale) const;
    QByteArray toSvg(const QString &title) const;
    QByteArray toPdf(const QString &title) const;

private:
    void renderContent(QPainter &painter) const; // render() without the background
    QRectF legendRect() const;
    void renderLegend(QPainter &painter) const;

    DiagramModel m_model;
    bool m_legend;
    DiagramStyle m_style;
    Direction m_direction;
    std::vector<NodeGeometry> m_geometries;
    std::vector<QPointF> m_positions;
};

} // namespace stagecraft::diagram
