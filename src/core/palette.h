// The colours of stage diagrams as "#rrggbb" strings, shared by the picture exports (through
// the diagram layer) and the text exports (DOT, Mermaid), so every format agrees.
#pragma once

#include "stagegraph.h"

namespace stagecraft::palette {

QString role(Role role);      // the role's colour, the same in both themes
QString roleFill(Role role);  // a pale tint of it, for Mermaid/DOT node fills (light theme)
QString background(bool dark);
QString cardFill(bool dark);
QString cardBorder(bool dark);
QString text(bool dark);
QString mutedText(bool dark);
QString edge(bool dark);
QString imageFill(bool dark);
QString imageBorder(bool dark);
QString target(bool dark);
QString onbuildEdge();
QString error();
QString warning();

} // namespace stagecraft::palette
