// Lint: every problem of a Dockerfile in one list, each with a quick fix where the fix is
// clear. The list holds the analysis diagnostics (StageGraph::diagnostics, each once) and the
// findings of the lint rules: BuildKit's build checks that analysis does not make, hadolint's
// stage rules and Stagecraft's role-aware rules. Codes: a BuildKit check's name
// ("RedundantTargetPlatform"), a hadolint code ("DL3006"), or a Stagecraft code
// ("runtime-from-dev-stage"); docs/diagnostics.md lists them all. `# check=skip=...;error=true`
// applies as in BuildKit (checkdirective.h).
#pragma once

#include "editoperations.h"
#include "stagegraph.h"
#include "syntax.h"

#include <QList>
#include <QString>
#include <vector>

namespace stagecraft {

// A change that resolves a finding. Replacements are known when linting; moving or removing
// a stage is computed (and verified like every edit operation) by quickFixEdits().
struct QuickFix {
    enum class Kind { None, Replace, MoveStageUp, DeleteStage };
    Kind kind = Kind::None;
    QString title;         // menu and undo text, e.g. "Lowercase stage name \"Builder\""
    QList<TextEdit> edits; // Replace: in the linted text, non-overlapping, ascending
    int stage = -1;        // MoveStageUp / DeleteStage: the stage; Replace: the stage whose references it changes, or -1
    int newIndex = -1;     // MoveStageUp: where it goes

    bool isAvailable() const { return kind != Kind::None; }
};

struct Finding {
    Diagnostic diagnostic;
    QuickFix fix;
};

// "buildkit", "hadolint" or "stagecraft": whose rule a code is.
QString ruleSource(QStringView code);

// All findings for the text `tree` was parsed from, in document order. `graph` is
// analyse(tree, options); `options.target` decides which stages count as built (the
// debugging-stage rule and the severity of references to later stages).
std::vector<Finding> lint(const SyntaxTree &tree, const StageGraph &graph, const AnalysisOptions &options = {});

// The edits of a finding's fix for the text it was linted on (one undoable step in the app).
// Every fix is verified by parsing and analysing the result: refused (ok false, `error` says
// why) when it would add an error or make another reference bind differently.
EditResult quickFixEdits(const SyntaxTree &tree, const QuickFix &fix);

// True when findings hold an error (`stagecraft lint` exits 1).
bool hasErrors(const std::vector<Finding> &findings);

} // namespace stagecraft
