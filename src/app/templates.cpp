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
    const auto make = [](const char *name, const char *title, const char *description) {
        const QString id = QString::fromLatin1(name);
        return Template{id, QCoreApplication::translate("Templates", title), QCoreApplication::translate("Templates", description),
                        QStringLiteral(":/templates/") + id + QStringLiteral(".Dockerfile")};
    };
    return {
        make("python", QT_TRANSLATE_NOOP("Templates", "&Python"),
             QT_TRANSLATE_NOOP("Templates", "A virtualenv in dev, debugpy for debugging, a slim runtime with the app and its virtualenv")),
        make("go", QT_TRANSLATE_NOOP("Templates", "&Go"),
             QT_TRANSLATE_NOOP("Templates", "A static binary on distroless; debugging runs it under Delve")),
        make("node", QT_TRANSLATE_NOOP("Templates", "&Node.js"),
             QT_TRANSLATE_NOOP("Templates", "dev builds dist/; runtime keeps only production dependencies and the built files")),
        make("rust", QT_TRANSLATE_NOOP("Templates", "&Rust"),
             QT_TRANSLATE_NOOP("Templates", "A cargo release build on distroless with glibc; gdb for debugging")),
        make("java", QT_TRANSLATE_NOOP("Templates", "&Java"),
             QT_TRANSLATE_NOOP("Templates", "Maven and the JDK build the jar; runtime has only a JRE; JDWP for debugging")),
        make("dotnet", QT_TRANSLATE_NOOP("Templates", ".&NET"),
             QT_TRANSLATE_NOOP("Templates", "The SDK publishes; runtime has only the ASP.NET Core runtime; vsdbg for debugging")),
        make("cpp", QT_TRANSLATE_NOOP("Templates", "&C/C++"),
             QT_TRANSLATE_NOOP("Templates", "CMake builds the binary; runtime has it and the C++ runtime; gdb and valgrind")),
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
