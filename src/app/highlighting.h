// The process-wide KSyntaxHighlighting repository and the choice of definition and theme.
#pragma once

#include <QString>

class QPalette;

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class Theme;
}

namespace stagecraft::app {

// One Repository per process, created on first use; lives until the application quits.
KSyntaxHighlighting::Repository &syntaxRepository();
// The Dockerfile definition (by name, so Dockerfile.dev and *.Dockerfile highlight too).
KSyntaxHighlighting::Definition dockerfileDefinition();
// The theme the person chose by name, or the one matching the palette when the name is empty
// or unknown.
KSyntaxHighlighting::Theme themeFor(const QString &themeName, const QPalette &palette);

} // namespace stagecraft::app
