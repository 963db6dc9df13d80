#include "templates.h"

#include <QCoreApplication>
#include <QFile>

// resources/templates.qrc is compiled into the static stagecraft_app library, whose resource
// initialiser is linked in only when referred to (Q_INIT_RESOURCE must be outside a namespace).
static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace stagecraft::app {

QList<Template> templates()
{
    static const bool initialised = (initTemplateResources(), true);
    Q_UNUSED(initialised);
    const auto make = [](const char *name, const char *title) {
        const QString id = QString::fromLatin1(name);
        return Template{id, QCoreApplication::translate("Templates", title),
                        QStringLiteral(":/templates/") + id + QStringLiteral(".Dockerfile")};
    };
    return {
        make("python", QT_TRANSLATE_NOOP("Templates", "&Python")),
        make("go", QT_TRANSLATE_NOOP("Templates", "&Go")),
        make("node", QT_TRANSLATE_NOOP("Templates", "&Node.js")),
        make("rust", QT_TRANSLATE_NOOP("Templates", "&Rust")),
        make("java", QT_TRANSLATE_NOOP("Templates", "&Java")),
        make("dotnet", QT_TRANSLATE_NOOP("Templates", ".&NET")),
        make("cpp", QT_TRANSLATE_NOOP("Templates", "&C/C++")),
    };
}

QString templateText(const Template &t)
{
    QFile file(t.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace stagecraft::app
