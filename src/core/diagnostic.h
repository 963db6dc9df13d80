// A finding about the text: a parse error, a BuildKit graph error or a warning. Codes are
// stable identifiers (documented in docs/diagnostics.md) that tests and tools may rely on.
#pragma once

#include "textrange.h"

#include <QString>

namespace stagecraft {

enum class Severity { Error, Warning, Info };

struct Diagnostic {
    Severity severity = Severity::Error;
    QString code;    // e.g. "unterminated-heredoc", "FromAsCasing"
    QString message; // one sentence a person can act on
    TextRange range; // UTF-16 offsets in the document; may be empty (a position)
};

QString severityName(Severity severity); // "error", "warning", "info"
// The BuildKit build-check rule a diagnostic code is: findings of BuildKit's checks carry the
// rule's name as their code ("UndefinedArgInFrom", "NoEmptyContinuation", ...). Empty for
// Stagecraft's own and hadolint's codes. `# check=skip=...` and BuildKit comparisons use it.
QString buildkitRule(QStringView code);

} // namespace stagecraft
