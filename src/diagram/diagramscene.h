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
    // Drawn and compressed in bands on parallel threads (`bands`: 0 for one per core).
    QByteArray toPng(qreal scale, int bands = 0) const;
    QByteArray toSvg(const QString &title) const;
    QByteArray toPdf(const QString &title) const;

private:
    // render() without the background; with `visible` not null, only what may show in that
    // part of the diagram is drawn.
    void renderContent(QPainter &painter, const DiagramStyle &style, const QRectF &visible = QRectF()) const;
    // Rows [y0, y1) of the picture of `area` at `scale` (`size` in pixels); callable from
    // several threads at once.
    QImage renderRows(const QRectF &area, qreal scale, QSize size, int y0, int y1) const;
    qreal imageScale(const QRectF &area, qreal scale) const;
    QRectF legendRect(const DiagramStyle &style) const;
    void renderLegend(QPainter &painter, const DiagramStyle &style) const;

    DiagramModel m_model;
    bool m_legend;
    DiagramStyle m_style;
    Direction m_direction;
    std::vector<NodeGeometry> m_geometries;
    std::vector<QPointF> m_positions;
};

} // namespace stagecraft::diagram
