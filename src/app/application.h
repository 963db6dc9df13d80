// The desktop application's entry point (called by the thin main()).
#pragma once

#include <QIcon>
#include <QString>

namespace stagecraft::app {

// The id of the desktop entry, the AppStream metainfo, the icon and the Flatpak (packaging/).
inline QString applicationId() { return QStringLiteral("io.github.stagecraft.Stagecraft"); }

// The window icon: the icon theme's (installed by the package) when there is one, else the
// same SVG from the application's resources.
QIcon applicationIcon();

int main(int argc, char **argv);

} // namespace stagecraft::app
