#include "nodegeometry.h"

#include <QFontMetricsF>

namespace stagecraft::diagram {

NodeGeometry NodeGeometry::forNode(const DiagramNode &node, const DiagramStyle &style)
{
    NodeGeometry g;
    const QFontMetricsF title(style.titleFont);
    const QFontMetricsF body(style.bodyFont);
    const QFontMetricsF mono(style.monoFont);
    const qreal pad = style.padding;
    if (node.kind != NodeKind::Stage) {
        const qreal width = qBound<qreal>(120, title.horizontalAdvance(node.title) * 0.85 + 2 * pad, style.cardWidth);
        g.size = QSizeF(width, body.height() + 2 * pad + 4);
        g.titleRect = QRectF(pad, pad, width - 2 * pad, body.height() + 4);
        return g;
    }
    const qreal width = style.cardWidth;
    qreal y = pad;
    g.titleRect = QRectF(pad, y, width - 2 * pad, title.height());
    if (node.role != Role::None) {
        const QFontMetricsF badge(style.badgeFont);
        const qreal w = badge.horizontalAdvance(roleName(node.role).toUpper()) + 12;
        g.badgeRect = QRectF(width - pad - w, y + 1, w, badge.height() + 4);
        g.titleRect.setRight(g.badgeRect.left() - 6);
    }
    y += title.height() + 4;
    const int baseLines = node.platform.isEmpty() ? 1 : 2;
    g.baseRect = QRectF(pad, y, width - 2 * pad, body.height() * baseLines);
    y += g.baseRect.height() + 6;
    if (!node.preview.isEmpty()) {
        g.previewRect = QRectF(pad, y, width - 2 * pad, mono.height() * node.preview.size() + 6);
        y += g.previewRect.height() + 4;
    }
    g.footerRect = QRectF(pad, y, width - 2 * pad, body.height());
    y += body.height() + pad;
    g.size = QSizeF(width, y);
    return g;
}

} // namespace stagecraft::diagram
