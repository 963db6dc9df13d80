#include "diagramscene.h"

#include "diagrampainter.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace stagecraft::diagram {

namespace {
constexpr qreal margin = 24;
}

DiagramScene::DiagramScene(DiagramModel model, DiagramStyle style, Direction direction)
    : m_model(std::move(model))
    , m_style(std::move(style))
    , m_direction(direction)
{
    std::vector<QSizeF> sizes;
    m_geometries.reserve(m_model.nodes.size());
    for (const DiagramNode &node : m_model.nodes) {
        m_geometries.push_back(NodeGeometry::forNode(node, m_style));
        sizes.push_back(m_geometries.back().size);
    }
    m_positions = layoutGraph(m_model, sizes, direction).positions;
}

QRectF DiagramScene::nodeRect(int node) const
{
    return QRectF(m_positions[size_t(node)], m_geometries[size_t(node)].size);
}

QRectF DiagramScene::bounds() const
{
    QRectF rect;
    for (size_t i = 0; i < m_positions.size(); ++i)
        rect |= nodeRect(int(i)).adjusted(-6, -6, 6, 6); // the target mark stands out of the card
    if (rect.isNull())
        rect = QRectF(0, 0, 200, 80);
    return rect.adjusted(-margin, -margin, margin, margin);
}

void DiagramScene::render(QPainter &painter) const
{
    painter.fillRect(bounds(), m_style.background);
    const bool ltr = m_direction == Direction::LeftToRight;
    for (const DiagramEdge &edge : m_model.edges) {
        if (edge.from == edge.to)
            continue;
        const bool built = m_model.nodes[size_t(edge.to)].built && m_model.nodes[size_t(edge.from)].built;
        paintEdge(painter, edgePath(nodeRect(edge.from), nodeRect(edge.to), ltr), edge, m_style, !built);
    }
    for (size_t i = 0; i < m_model.nodes.size(); ++i) {
        painter.save();
        painter.translate(m_positions[i]);
        paintNode(painter, m_model.nodes[i], m_geometries[i], m_style);
        painter.restore();
    }
}

QImage DiagramScene::toImage(qreal scale) const
{
    const QRectF area = bounds();
    QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_style.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    render(painter);
    painter.end();
    return image;
}

QByteArray DiagramScene::toSvg(const QString &title) const
{
    const QRectF area = bounds();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Stage diagram made with Stagecraft"));
    generator.setSize(area.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
    QPainter painter(&generator);
    painter.translate(-area.topLeft());
    render(painter);
    painter.end();
    return buffer.data();
}

QByteArray DiagramScene::toPdf(const QString &title) const
{
    const QRectF area = bounds();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Stagecraft"));
    writer.setResolution(72);
    writer.setPageSize(QPageSize(area.size(), QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.translate(-area.topLeft());
    render(painter);
    painter.end();
    return buffer.data();
}

} // namespace stagecraft::diagram
