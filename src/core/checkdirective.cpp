#include "checkdirective.h"

using namespace Qt::StringLiterals;

namespace stagecraft {

bool CheckDirective::skips(QStringView code) const
{
    const bool buildkit = !buildkitRule(code).isEmpty();
    if (buildkit && skipAll)
        return true;
    for (const QString &s : skip) {
        if (QStringView(s).compare(code, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Severity CheckDirective::severity(QStringView code, Severity given) const
{
    if (error && given == Severity::Warning && !buildkitRule(code).isEmpty())
        return Severity::Error;
    return given;
}

CheckDirective checkDirective(const SyntaxTree &tree)
{
    CheckDirective c;
    for (const ParserDirective &d : tree.directives) {
        if (d.name != u"check"_s)
            continue;
        for (const QString &part : d.value.split(u';')) {
            const qsizetype eq = part.indexOf(u'=');
            const QString key = part.left(eq).trimmed().toLower();
            const QString value = part.mid(eq + 1).trimmed();
            if (key == u"skip"_s) {
                c.skip.clear();
                for (const QString &rule : value.split(u',', Qt::SkipEmptyParts))
                    c.skip.append(rule.trimmed());
                c.skipAll = c.skip.contains(u"all"_s, Qt::CaseInsensitive);
            } else if (key == u"error"_s) {
                c.error = value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
            }
        }
    }
    return c;
}

} // namespace stagecraft
