#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace stagecraft::app {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition dockerfileDefinition()
{
    return syntaxRepository().definitionForName(QStringLiteral("Dockerfile"));
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
