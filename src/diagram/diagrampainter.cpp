#include "diagrampainter.h"

#include "core/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainterPathStroker>

#include <cmath>
#include <QPainter>
#include <QtMath>

namespace stagecraft::diagram {

namespace {

QColor faded(QColor color, bool built)
{
    if (!built)
        color.setAlphaF(color.alphaF() * 0.35);
    return color;
}

void paintArrowHead(QPainter &painter, const QPainterPath &path, const QColor &color)
{
    const int count = path.elementCount();
    if (count < 2)
        return;
    // The direction at the end is the tangent: from the last control point (or the previous
    // point of a polyline) to the end point. No arc-length computation on the paint path.
    const QPointF tip = path.elementAt(count - 1);
    QPointF from = path.elementAt(count - 2);
    if (from == tip && count >= 3)
        from = path.elementAt(count - 3);
    const QLineF line(tip, from);
    if (line.length() < 0.5)
        return;
    const qreal angle = qDegreesToRadians(line.angle());
    const qreal spread = qDegreesToRadians(25.0);
    const QPointF a = tip + QPointF(qCos(angle + spread) * 10, -qSin(angle + spread) * 10);
    const QPointF b = tip + QPointF(qCos(angle - spread) * 10, -qSin(angle - spread) * 10);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(QPolygonF{tip, a, b});
}

// Strokes `path` with `pen`. In pixels a dashed pen's dashes are the filled outline of the
// whole dashed path: the raster engine's own dashing restarts its pattern where a path enters
// the device or the exposed area, so a picture drawn in bands or a canvas repainted in parts
// would show shifted dashes. SVG and PDF keep real dashes.
bool dashesAsOutline(const QPainter &painter, const QPen &pen)
{
    return pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen && painter.paintEngine()
        && painter.paintEngine()->type() == QPaintEngine::Raster;
}

void strokePath(QPainter &painter, const QPainterPath &path, const QPen &pen)
{
    if (!dashesAsOutline(painter, pen)) { // the caller saves and restores the painter
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        return;
    }
    QPainterPathStroker stroker(pen);
    // Curves flattened finely enough for the zoom they are shown at.
    const qreal zoom = qMax(1.0, std::sqrt(qAbs(painter.worldTransform().determinant())));
    stroker.setCurveThreshold(0.25 / zoom);
    painter.fillPath(stroker.createStroke(path), pen.color());
}

} // namespace

void paintNode(QPainter &painter, const DiagramNode &node, const NodeGeometry &g, const DiagramStyle &style,
               NodeState state)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = g.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    if (node.kind != NodeKind::Stage) {
        QPen pen(faded(style.imageBorder, node.built), state.selected ? 2.5 : 1.2);
        if (state.selected)
            pen.setColor(style.selection);
        pen.setStyle(node.kind == NodeKind::Scratch ? Qt::DashLine : Qt::SolidLine);
        if (dashesAsOutline(painter, pen)) {
            QPainterPath outline;
            outline.addRoundedRect(card, card.height() / 2, card.height() / 2);
            painter.fillPath(outline, faded(style.imageFill, node.built));
            strokePath(painter, outline, pen);
        } else {
            painter.setPen(pen);
            painter.setBrush(faded(style.imageFill, node.built));
            painter.drawRoundedRect(card, card.height() / 2, card.height() / 2);
        }
        painter.setPen(faded(style.mutedText, node.built));
        painter.setFont(style.bodyFont);
        const QString title = node.kind == NodeKind::Scratch ? QStringLiteral("scratch (empty)") : node.title;
        painter.drawText(g.titleRect, Qt::AlignCenter,
                         QFontMetricsF(style.bodyFont).elidedText(title, Qt::ElideMiddle, g.titleRect.width()));
        painter.restore();
        return;
    }

    const QColor roleColor = style.roleColor(node.role);
    QPen border(faded(node.errorCount ? style.error : style.cardBorder, node.built), node.errorCount ? 2 : 1.2);
    if (state.selected)
        border = QPen(style.selection, 2.5);
    painter.setPen(border);
    painter.setBrush(faded(style.cardFill, node.built));
    painter.drawRoundedRect(card, style.radius, style.radius);
    if (node.role != Role::None) {
        // A stripe in the role colour along the left edge.
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 8, card.height()), style.radius, style.radius);
        QPainterPath clip;
        clip.addRect(QRectF(card.left(), card.top(), 4, card.height()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(faded(roleColor, node.built));
        painter.drawPath(stripe.intersected(clip));
    }
    if (node.isTarget) {
        painter.setPen(QPen(faded(style.targetMark, node.built), 2, Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(card.adjusted(-4, -4, 4, 4), style.radius + 3, style.radius + 3);
    }

    painter.setFont(style.titleFont);
    painter.setPen(faded(style.text, node.built));
    painter.drawText(g.titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(style.titleFont).elidedText(node.title, Qt::ElideRight, g.titleRect.width()));

    if (!g.badgeRect.isEmpty()) {
        // Explicit roles: filled badge. Inferred roles: outlined, dashed.
        painter.setFont(style.badgeFont);
        if (node.roleExplicit) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(faded(roleColor, node.built));
            painter.drawRoundedRect(g.badgeRect, 4, 4);
            painter.setPen(faded(Qt::white, node.built));
        } else {
            const QPen dashed(faded(roleColor, node.built), 1.2, Qt::DashLine);
            if (dashesAsOutline(painter, dashed)) {
                QPainterPath badge;
                badge.addRoundedRect(g.badgeRect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
                strokePath(painter, badge, dashed);
            } else {
                painter.setPen(dashed);
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(g.badgeRect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            }
            painter.setPen(faded(roleColor, node.built));
        }
        painter.drawText(g.badgeRect, Qt::AlignCenter, roleName(node.role).toUpper());
    }

    painter.setFont(style.bodyFont);
    painter.setPen(faded(style.mutedText, node.built));
    const QFontMetricsF body(style.bodyFont);
    QString baseText = body.elidedText(node.base, Qt::ElideMiddle, g.baseRect.width());
    if (!node.platform.isEmpty())
        baseText += u'\n' + body.elidedText(QStringLiteral("platform ") + node.platform, Qt::ElideMiddle, g.baseRect.width());
    painter.drawText(g.baseRect, Qt::AlignLeft | Qt::AlignTop, baseText);

    if (!g.previewRect.isEmpty()) {
        painter.setPen(Qt::NoPen);
        QColor well = style.text;
        well.setAlphaF(0.05);
        painter.setBrush(well);
        painter.drawRoundedRect(g.previewRect, 4, 4);
        painter.setFont(style.monoFont);
        painter.setPen(faded(style.text, node.built));
        const QFontMetricsF mono(style.monoFont);
        qreal y = g.previewRect.top() + 3;
        for (const QString &line : node.preview) {
            painter.drawText(QRectF(g.previewRect.left() + 4, y, g.previewRect.width() - 8, mono.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, mono.elidedText(line, Qt::ElideRight, g.previewRect.width() - 8));
            y += mono.height();
        }
    }

    painter.setFont(style.bodyFont);
    painter.setPen(faded(style.mutedText, node.built));
    QString footer = node.instructionCount == 1
                         ? QCoreApplication::translate("stagecraft::diagram", "1 instruction")
                         : QCoreApplication::translate("stagecraft::diagram", "%1 instructions").arg(node.instructionCount);
    if (node.isTarget)
        footer += QStringLiteral(" · target");
    if (!node.built)
        footer += QStringLiteral(" · skipped");
    painter.drawText(g.footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
    if (node.errorCount || node.warningCount) {
        const QString count = QString::number(node.errorCount ? node.errorCount : node.warningCount);
        const QRectF dot(g.footerRect.right() - 16, g.footerRect.center().y() - 8, 16, 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(node.errorCount ? style.error : style.warning);
        painter.drawEllipse(dot);
        painter.setPen(Qt::white);
        painter.setFont(style.badgeFont);
        painter.drawText(dot, Qt::AlignCenter, count);
    }
    painter.restore();
}

QPainterPath edgePath(const QRectF &from, const QRectF &to, bool leftToRight)
{
    QPainterPath path;
    if (leftToRight) {
        const QPointF start(from.right(), from.center().y());
        const QPointF end(to.left(), to.center().y());
        const qreal dx = qMax<qreal>(40, (end.x() - start.x()) / 2);
        path.moveTo(start);
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
    } else {
        const QPointF start(from.center().x(), from.bottom());
        const QPointF end(to.center().x(), to.top());
        const qreal dy = qMax<qreal>(30, (end.y() - start.y()) / 2);
        path.moveTo(start);
        path.cubicTo(start + QPointF(0, dy), end - QPointF(0, dy), end);
    }
    return path;
}

QPen edgePen(const DiagramEdge &edge, const DiagramStyle &style)
{
    QPen pen(style.edge, 1.6);
    switch (edge.kind) {
    case DependencyKind::From:
        pen.setWidthF(2.2);
        break;
    case DependencyKind::CopyFrom:
        pen.setStyle(Qt::DashLine);
        break;
    case DependencyKind::MountFrom:
        pen.setStyle(Qt::DotLine);
        break;
    }
    if (edge.onbuild) {
        pen.setStyle(Qt::DashDotLine);
        pen.setColor(QColor(palette::onbuildEdge()));
    }
    return pen;
}

void paintEdge(QPainter &painter, const QPainterPath &path, const DiagramEdge &edge, const DiagramStyle &style,
               bool fadedOut, bool highlighted)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen = edgePen(edge, style);
    if (highlighted) {
        pen.setColor(style.selection);
        pen.setWidthF(pen.widthF() + 1);
    }
    pen.setColor(faded(pen.color(), !fadedOut));
    strokePath(painter, path, pen);
    paintArrowHead(painter, path, pen.color());
    painter.restore();
}

} // namespace stagecraft::diagram
