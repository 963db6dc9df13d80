#include "diagnostic.h"

namespace stagecraft {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString buildkitRule(QStringView code)
{
    static const std::pair<const char16_t *, const char16_t *> rules[] = {
        {u"undefined-arg-in-from", u"UndefinedArgInFrom"},
        {u"invalid-default-arg-in-from", u"InvalidDefaultArgInFrom"},
        {u"duplicate-stage-name", u"DuplicateStageName"},
        {u"reserved-stage-name", u"ReservedStageName"},
        {u"FromAsCasing", u"FromAsCasing"},
        {u"StageNameCasing", u"StageNameCasing"},
        {u"NoEmptyContinuation", u"NoEmptyContinuation"},
    };
    for (const auto &[ours, theirs] : rules) {
        if (code == QStringView(ours))
            return QString::fromUtf16(theirs);
    }
    return {};
}

} // namespace stagecraft
