#include "diagramstyle.h"

namespace stagecraft::diagram {

DiagramStyle DiagramStyle::forTheme(Theme theme)
{
    DiagramStyle s;
    s.theme = theme;
    if (theme == Theme::Light) {
        s.background = QColor(0xfa, 0xfa, 0xfb);
        s.cardFill = Qt::white;
        s.cardBorder = QColor(0xb8, 0xbe, 0xc8);
        s.text = QColor(0x1f, 0x23, 0x28);
        s.mutedText = QColor(0x5c, 0x64, 0x70);
        s.edge = QColor(0x55, 0x5f, 0x6d);
        s.imageFill = QColor(0xee, 0xf1, 0xf5);
        s.imageBorder = QColor(0x9a, 0xa3, 0xaf);
        s.targetMark = QColor(0x1a, 0x73, 0xe8);
        s.selection = QColor(0x1a, 0x73, 0xe8);
    } else {
        s.background = QColor(0x1e, 0x20, 0x24);
        s.cardFill = QColor(0x2b, 0x2e, 0x34);
        s.cardBorder = QColor(0x4a, 0x50, 0x5a);
        s.text = QColor(0xe6, 0xe8, 0xeb);
        s.mutedText = QColor(0xa0, 0xa7, 0xb2);
        s.edge = QColor(0x9a, 0xa3, 0xaf);
        s.imageFill = QColor(0x25, 0x28, 0x2d);
        s.imageBorder = QColor(0x5c, 0x64, 0x70);
        s.targetMark = QColor(0x6a, 0xa9, 0xff);
        s.selection = QColor(0x6a, 0xa9, 0xff);
    }
    s.error = QColor(0xd9, 0x30, 0x25);
    s.warning = QColor(0xe3, 0x8b, 0x00);
    s.titleFont = QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold);
    s.bodyFont = QFont(QStringLiteral("DejaVu Sans"), 9);
    s.monoFont = QFont(QStringLiteral("DejaVu Sans Mono"), 8);
    s.badgeFont = QFont(QStringLiteral("DejaVu Sans"), 8, QFont::Bold);
    return s;
}

QColor DiagramStyle::roleColor(Role role) const
{
    switch (role) {
    case Role::Dev:
        return QColor(0x2e, 0x7d, 0x32);      // green: where people work
    case Role::Debugging:
        return QColor(0xc6, 0x6a, 0x00);      // amber: never ships
    case Role::Runtime:
        return QColor(0x15, 0x65, 0xc0);      // blue: what ships
    case Role::None:
        break;
    }
    return mutedText;
}

} // namespace stagecraft::diagram
