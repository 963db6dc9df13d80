#include "diagramscene.h"

#include "diagrampainter.h"
#include "pngencoder.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QUuid>

namespace stagecraft::diagram {

namespace {
constexpr qreal margin = 24;
}

DiagramScene::DiagramScene(DiagramModel model, DiagramStyle style, Direction direction, bool legend)
    : m_model(std::move(model))
    , m_legend(legend)
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
    if (m_legend)
        rect |= legendRect(m_style);
    return rect.adjusted(-margin, -margin, margin, margin);
}

QRectF DiagramScene::legendRect(const DiagramStyle &style) const
{
    QRectF nodes;
    for (size_t i = 0; i < m_positions.size(); ++i)
        nodes |= nodeRect(int(i));
    const QFontMetricsF fm(style.bodyFont);
    const qreal row = fm.height() + 6;
    return QRectF(nodes.left(), nodes.bottom() + 28, 560, row * 2 + 16);
}

void DiagramScene::renderLegend(QPainter &painter, const DiagramStyle &style) const
{
    const QRectF area = legendRect(style);
    const QFontMetricsF fm(style.bodyFont);
    const qreal row = fm.height() + 6;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(style.cardBorder, 1));
    painter.setBrush(style.cardFill);
    painter.drawRoundedRect(area, 6, 6);
    painter.setFont(style.bodyFont);
    qreal x = area.left() + 10;
    qreal y = area.top() + 8;
    for (Role role : {Role::Dev, Role::Debugging, Role::Runtime}) {
        const QRectF swatch(x, y + 3, 14, fm.height() - 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.roleColor(role));
        painter.drawRoundedRect(swatch, 3, 3);
        painter.setPen(style.text);
        const QString label = roleName(role);
        painter.drawText(QPointF(x + 20, y + fm.ascent()), label);
        x += 20 + fm.horizontalAdvance(label) + 18;
    }
    painter.setPen(style.mutedText);
    painter.drawText(QPointF(x, y + fm.ascent()), QStringLiteral("dashed badge: role inferred from the name"));
    x = area.left() + 10;
    y += row;
    const struct {
        DependencyKind kind;
        const char *label;
    } kinds[] = {{DependencyKind::From, "FROM (whole filesystem)"},
                 {DependencyKind::CopyFrom, "COPY --from (files)"},
                 {DependencyKind::MountFrom, "RUN --mount from"}};
    for (const auto &k : kinds) {
        DiagramEdge edge;
        edge.kind = k.kind;
        QPainterPath path(QPointF(x, y + fm.height() / 2));
        path.lineTo(x + 34, y + fm.height() / 2);
        paintEdge(painter, path, edge, style, false);
        painter.setPen(style.text);
        const QString label = QString::fromLatin1(k.label);
        painter.drawText(QPointF(x + 42, y + fm.ascent()), label);
        x += 42 + fm.horizontalAdvance(label) + 18;
    }
    painter.restore();
}

void DiagramScene::render(QPainter &painter) const
{
    painter.fillRect(bounds(), m_style.background);
    renderContent(painter, m_style);
}

void DiagramScene::renderContent(QPainter &painter, const DiagramStyle &style, const QRectF &visible) const
{
    const bool ltr = m_direction == Direction::LeftToRight;
    constexpr qreal reach = 12; // pens, arrowheads and the target mark stand out of the shapes
    for (const DiagramEdge &edge : m_model.edges) {
        if (edge.from == edge.to)
            continue;
        const QPainterPath path = edgePath(nodeRect(edge.from), nodeRect(edge.to), ltr);
        if (!visible.isNull() && !path.controlPointRect().adjusted(-reach, -reach, reach, reach).intersects(visible))
            continue;
        const bool built = m_model.nodes[size_t(edge.to)].built && m_model.nodes[size_t(edge.from)].built;
        paintEdge(painter, path, edge, style, !built);
    }
    for (size_t i = 0; i < m_model.nodes.size(); ++i) {
        if (!visible.isNull() && !nodeRect(int(i)).adjusted(-reach, -reach, reach, reach).intersects(visible))
            continue;
        painter.save();
        painter.translate(m_positions[i]);
        paintNode(painter, m_model.nodes[i], m_geometries[i], style);
        painter.restore();
    }
    if (m_legend && (visible.isNull() || legendRect(style).adjusted(-reach, -reach, reach, reach).intersects(visible)))
        renderLegend(painter, style);
}

qreal DiagramScene::imageScale(const QRectF &area, qreal scale) const
{
    // A picture no viewer can show helps nobody and costs gigabytes: the longer side is kept
    // within maxImageSide pixels by lowering the scale.
    return qMin(scale, maxImageSide / qMax(area.width(), area.height()));
}

QImage DiagramScene::renderRows(const QRectF &area, qreal scale, QSize size, int y0, int y1) const
{
    QImage image(size.width(), y1 - y0, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image; // out of memory
    image.fill(m_style.background);
    const DiagramStyle style = y0 == 0 && y1 == size.height() ? m_style : m_style.withOwnFonts();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(0, -y0);
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    const QRectF visible(area.left(), area.top() + y0 / scale, area.width(), (y1 - y0) / scale);
    renderContent(painter, style, visible); // the image is filled with the background already
    painter.end();
    return image;
}

QImage DiagramScene::toImage(qreal scale) const
{
    const QRectF area = bounds();
    scale = imageScale(area, scale);
    const QSize size = (area.size() * scale).toSize();
    return renderRows(area, scale, size, 0, size.height());
}

QByteArray DiagramScene::toPng(qreal scale, int bands) const
{
    // Not QImageWriter: see pngencoder.h. The picture is drawn and compressed in bands, at once.
    const QRectF area = bounds();
    scale = imageScale(area, scale);
    const QSize size = (area.size() * scale).toSize();
    return encodePng(size, m_style.background.alpha() == 255,
                     [&](int y0, int y1) { return renderRows(area, scale, size, y0, y1); }, bands);
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
    // Deterministic output: an id derived from the content instead of a random one ...
    writer.setDocumentId(QUuid::createUuidV5(QUuid(QStringLiteral("{5d1c3a52-7d0e-4b5e-9a51-2a4f8f5b1c11}")),
                                             toSvg(title)));
    writer.setResolution(72);
    writer.setPageSize(QPageSize(area.size(), QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.translate(-area.topLeft());
    render(painter);
    painter.end();
    // ... and the creation dates Qt writes replaced, digit for digit (the byte offsets in the
    // PDF's cross-reference table stay valid), by the epoch.
    QByteArray pdf = buffer.data();
    static const QRegularExpression infoDate(QStringLiteral("\\(D:(\\d{14})"));
    static const QRegularExpression xmpDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"));
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = infoDate.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        pdf.replace(m.capturedStart(1), 14, "19700101000000");
    }
    for (auto it = xmpDate.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        pdf.replace(m.capturedStart(), 19, "1970-01-01T00:00:00");
    }
    return pdf;
}

} // namespace stagecraft::diagram
