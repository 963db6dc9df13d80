#include "palette.h"

namespace stagecraft::palette {

QString role(Role r)
{
    switch (r) {
    case Role::Dev:
        return QStringLiteral("#2e7d32"); // green: where people work
    case Role::Debugging:
        return QStringLiteral("#c66a00"); // amber: never ships
    case Role::Runtime:
        return QStringLiteral("#1565c0"); // blue: what ships
    case Role::None:
        break;
    }
    return QStringLiteral("#5c6470");
}

QString roleFill(Role r)
{
    switch (r) {
    case Role::Dev:
        return QStringLiteral("#e8f5e9");
    case Role::Debugging:
        return QStringLiteral("#fff3e0");
    case Role::Runtime:
        return QStringLiteral("#e3f2fd");
    case Role::None:
        break;
    }
    return QStringLiteral("#ffffff");
}

QString background(bool dark) { return dark ? QStringLiteral("#1e2024") : QStringLiteral("#fafafb"); }
QString cardFill(bool dark) { return dark ? QStringLiteral("#2b2e34") : QStringLiteral("#ffffff"); }
QString cardBorder(bool dark) { return dark ? QStringLiteral("#4a505a") : QStringLiteral("#b8bec8"); }
QString text(bool dark) { return dark ? QStringLiteral("#e6e8eb") : QStringLiteral("#1f2328"); }
QString mutedText(bool dark) { return dark ? QStringLiteral("#a0a7b2") : QStringLiteral("#5c6470"); }
QString edge(bool dark) { return dark ? QStringLiteral("#9aa3af") : QStringLiteral("#555f6d"); }
QString imageFill(bool dark) { return dark ? QStringLiteral("#25282d") : QStringLiteral("#eef1f5"); }
QString imageBorder(bool dark) { return dark ? QStringLiteral("#5c6470") : QStringLiteral("#9aa3af"); }
QString target(bool dark) { return dark ? QStringLiteral("#6aa9ff") : QStringLiteral("#1a73e8"); }
QString onbuildEdge() { return QStringLiteral("#8e44ad"); }
QString error() { return QStringLiteral("#d93025"); }
QString warning() { return QStringLiteral("#e38b00"); }

} // namespace stagecraft::palette
