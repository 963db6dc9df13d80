// Colours, fonts and metrics of stage diagrams, for the light and the dark theme. The canvas
// and every picture export use the same style, so an export looks like the screen.
#pragma once

#include "core/stagegraph.h"

#include <QColor>
#include <QFont>

namespace stagecraft::diagram {

enum class Theme { Light, Dark };

struct DiagramStyle {
    Theme theme = Theme::Light;
    QColor background, cardFill, cardBorder, text, mutedText, edge, imageFill, imageBorder, targetMark,
        error, warning, selection;
    QFont titleFont, bodyFont, monoFont, badgeFont;
    qreal cardWidth = 220;
    qreal padding = 10;
    qreal radius = 8;

    static DiagramStyle forTheme(Theme theme);
    // The same style with fonts of its own (not sharing their private data with this one's),
    // for drawing on another thread at the same time.
    DiagramStyle withOwnFonts() const;
    QColor roleColor(Role role) const;
};

} // namespace stagecraft::diagram
