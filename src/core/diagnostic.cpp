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
    // BuildKit's build checks (frontend/dockerfile/linter/ruleset.go); Stagecraft uses the
    // rule's name as the diagnostic code.
    static const char16_t *const rules[] = {
        u"StageNameCasing", u"FromAsCasing", u"NoEmptyContinuation", u"ConsistentInstructionCasing",
        u"DuplicateStageName", u"ReservedStageName", u"JSONArgsRecommended", u"MaintainerDeprecated",
        u"UndefinedArgInFrom", u"WorkdirRelativePath", u"UndefinedVar", u"MultipleInstructionsDisallowed",
        u"LegacyKeyValueFormat", u"InvalidBaseImagePlatform", u"RedundantTargetPlatform", u"SecretsUsedInArgOrEnv",
        u"InvalidDefaultArgInFrom", u"FromPlatformFlagConstDisallowed", u"CopyIgnoredFile",
        u"InvalidDefinitionDescription", u"ExposeProtoCasing", u"ExposeInvalidFormat",
    };
    for (const char16_t *rule : rules) {
        if (code == QStringView(rule))
            return QString::fromUtf16(rule);
    }
    return {};
}

} // namespace stagecraft
