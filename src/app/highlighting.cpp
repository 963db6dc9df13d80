#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

// resources/syntax.qrc is compiled into the static stagecraft_app library; a static library's
// resource initialiser is linked in only when something refers to it (and Q_INIT_RESOURCE
// must be used outside any namespace).
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(syntax);
}

namespace stagecraft::app {

QString syntaxSearchPath()
{
    return QStringLiteral(":/stagecraft/ksh");
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    // A custom search path is read after the library's own definitions, and a definition
    // replaces one of the same name with a lower version: ours is "Dockerfile" version 1000.
    // addCustomSearchPath() reloads the repository, so this runs before anyone holds a
    // Definition from it.
    [[maybe_unused]] static const bool searchPathAdded = [] {
        initSyntaxResources();
        repository.addCustomSearchPath(syntaxSearchPath());
        return true;
    }();
    return repository;
}

KSyntaxHighlighting::Definition dockerfileDefinition()
{
    return syntaxRepository().definitionForName(QStringLiteral("Dockerfile"));
}

bool isStagecraftDefinition(const KSyntaxHighlighting::Definition &definition)
{
    return definition.isValid() && definition.filePath().startsWith(syntaxSearchPath() + QLatin1Char('/'));
}

KSyntaxHighlighting::Theme themeFor(const QString &themeName, const QPalette &palette)
{
    auto &repository = syntaxRepository();
    if (!themeName.isEmpty()) {
        const auto theme = repository.theme(themeName);
        if (theme.isValid())
            return theme;
    }
    return repository.themeForPalette(palette);
}

} // namespace stagecraft::app
