// How the application looks and speaks: the colour scheme (system, or a fixed light or dark
// palette) and the user interface language (the translations compiled into the binary).
#pragma once

#include "settings.h"

#include <QStringList>

namespace stagecraft::app {

// Applies a colour scheme to the whole application. System returns to the platform's own
// style and palette (and follows it when it changes).
void applyColorScheme(Settings::ColorScheme scheme);

// The languages the interface can speak, as locale names ("en" first, then one per
// translation compiled into the binary, e.g. "de").
QStringList availableLanguages();
// Installs the translation for a language ("de"), or for the system's languages when empty.
// English needs none. Returns true when a translation was installed.
bool installTranslation(const QString &language);

} // namespace stagecraft::app
