// BuildKit's `# check=skip=Rule1,Rule2;error=true` parser directive, applied to analysis
// diagnostics and lint findings alike (docs/diagnostics.md, "The check directive").
#pragma once

#include "diagnostic.h"
#include "syntax.h"

#include <QStringList>

namespace stagecraft {

struct CheckDirective {
    QStringList skip;   // rule names as written (matched case-insensitively)
    bool skipAll = false;
    bool error = false; // error=true: BuildKit check warnings become errors

    // A BuildKit check skipped by name or by `all`; a hadolint or Stagecraft lint code only
    // when named (BuildKit ignores names it does not know).
    bool skips(QStringView code) const;
    // The severity a finding with `code` gets under this directive.
    Severity severity(QStringView code, Severity given) const;
};

// The directive of the file (the last `check` directive BuildKit would read), or the default.
CheckDirective checkDirective(const SyntaxTree &tree);

} // namespace stagecraft
