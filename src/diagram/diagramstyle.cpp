#include "diagramstyle.h"

#include "core/palette.h"

namespace stagecraft::diagram {

DiagramStyle DiagramStyle::forTheme(Theme theme)
{
    DiagramStyle s;
    s.theme = theme;
    const bool dark = theme == Theme::Dark;
    s.background = QColor(palette::background(dark));
    s.cardFill = QColor(palette::cardFill(dark));
    s.cardBorder = QColor(palette::cardBorder(dark));
    s.text = QColor(palette::text(dark));
    s.mutedText = QColor(palette::mutedText(dark));
    s.edge = QColor(palette::edge(dark));
    s.imageFill = QColor(palette::imageFill(dark));
    s.imageBorder = QColor(palette::imageBorder(dark));
    s.targetMark = QColor(palette::target(dark));
    s.selection = s.targetMark;
    s.error = QColor(palette::error());
    s.warning = QColor(palette::warning());
    s.titleFont = QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold);
    s.bodyFont = QFont(QStringLiteral("DejaVu Sans"), 9);
    s.monoFont = QFont(QStringLiteral("DejaVu Sans Mono"), 8);
    s.badgeFont = QFont(QStringLiteral("DejaVu Sans"), 8, QFont::Bold);
    return s;
}

QColor DiagramStyle::roleColor(Role role) const
{
    return role == Role::None ? mutedText : QColor(palette::role(role));
}

DiagramStyle DiagramStyle::withOwnFonts() const
{
    DiagramStyle style = *this;
    for (QFont *font : {&style.titleFont, &style.bodyFont, &style.monoFont, &style.badgeFont}) {
        QFont own{QStringList()}; // a new QFontPrivate, then every attribute of the original
        if (own.fromString(font->toString()) && own == *font)
            *font = own;
    }
    return style;
}

} // namespace stagecraft::diagram
