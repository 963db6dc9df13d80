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

// One Repository per process, created on first use; lives until the application quits. Besides
// the stock definitions it loads Stagecraft's own from the resource path
// syntaxSearchPath() + "/syntax" (resources/syntax/), whose "Dockerfile" replaces the stock one.
KSyntaxHighlighting::Repository &syntaxRepository();
// ":/stagecraft/ksh", the custom search path the repository is given.
QString syntaxSearchPath();
// The Dockerfile definition (by name, so Dockerfile.dev and *.Dockerfile highlight too).
KSyntaxHighlighting::Definition dockerfileDefinition();
// Whether the definition is one Stagecraft ships (loaded from syntaxSearchPath()) rather than
// one of the library's or the user's.
bool isStagecraftDefinition(const KSyntaxHighlighting::Definition &definition);
// The theme the person chose by name, or the one matching the palette when the name is empty
// or unknown.
KSyntaxHighlighting::Theme themeFor(const QString &themeName, const QPalette &palette);

} // namespace stagecraft::app
