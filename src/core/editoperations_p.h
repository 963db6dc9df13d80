// Shared pieces of the edit operations, internal to core: the file's conventions, where
// references stand in the text, comment lines around a FROM (editsupport.cpp), and the check
// every operation's result goes through (editverify.cpp).
#pragma once

#include "editoperations.h"

#include <QRegularExpression>

namespace stagecraft::detail {

// How the file writes what an operation inserts.
struct FileStyle {
    QString eol;              // "\r\n" when the first line break is one, else "\n"
    QString from;             // the FROM keyword as the first stage writes it
    QString as;               // "as" with a lowercase FROM, else "AS"
    bool blankBetweenStages = true; // most stages are separated by a blank line
};
FileStyle fileStyle(const SyntaxTree &tree, const StageGraph &graph);

// A stage reference as written: a FROM operand, a COPY --from value or a mount's from=,
// top level or in an ONBUILD trigger.
struct ReferenceSite {
    DependencyKind kind = DependencyKind::From;
    int stage = -1;        // the stage whose text holds it (the declaring one for ONBUILD)
    bool onbuild = false;
    QString text;          // the value BuildKit reads
    TextRange range;       // where it stands
    bool exact = false;    // the text at `range` is `text` (no continuation or quoting inside)
    bool numeric = false;  // COPY --from=N
    bool variable = false; // contains '$' (FROM through an ARG)
    int binds = -1;        // the stage it names under BuildKit's rules, or -1
};
std::vector<ReferenceSite> referenceSites(const SyntaxTree &tree, const StageGraph &graph);

bool isValidStageName(const QString &name);
// Empty when `name` can be a new stage name next to the stages of `graph` (ignoring stage
// `except`), else why not.
QString stageNameProblem(const StageGraph &graph, const QString &name, int except);

// Start of the FROM line of a stage (where a comment directly above it is inserted).
qsizetype fromLineStart(const SyntaxTree &tree, const Stage &stage);
// The line break ending the text before `offset` ("\r\n", "\n" or empty).
QString lineBreakBefore(const QString &text, qsizetype offset);
bool endsWithLineBreak(const QString &text, TextRange range);

// "# stagecraft: role=NAME" (the pattern roles.cpp applies to a comment token).
const QRegularExpression &roleMarkerPattern();
struct RoleMarker {
    TextRange line;  // the element, newline included
    TextRange value; // NAME
    bool valid = false;
};
// The marker lines in the comment block directly above a stage's FROM.
std::vector<RoleMarker> roleMarkers(const SyntaxTree &tree, const Stage &stage);

// The comment BuildKit takes as the stage's description ("# name text").
struct DescriptionComment {
    bool found = false;
    TextRange line; // the element, newline included
    TextRange name; // the stage name at its start
    TextRange text; // the description after "name "
};
DescriptionComment descriptionComment(const SyntaxTree &tree, const Stage &stage);

// Applies the edits that fall inside `range` to that slice of the text.
QString applyEditsIn(const QString &text, TextRange range, const QList<TextEdit> &edits);
// COPY --from=N values that must change when stages move: `newIndexOf[old]` (-1: removed,
// left alone).
QList<TextEdit> renumberEdits(const std::vector<ReferenceSite> &sites, const std::vector<int> &newIndexOf);

// What the stage graph must look like after an operation.
struct ExpectedDependency {
    DependencyKind kind = DependencyKind::From;
    bool onbuild = false;
    int stage = -1;   // new index
    QString image;
    bool scratch = false;
    QString text;     // as written before (for messages)
    int line = 0;     // line before the edit (for messages)
    int oldStage = -1;
    bool any = false; // anything goes (it bound to a removed stage, or the operation changes it)
};
struct ExpectedStage {
    int origin = -1;  // old index; -1 for a new stage
    QString name;
    QString description;
    bool anyDescription = false;
    bool roleExplicit = false;
    Role role = Role::None;
    bool anyRole = false;
    ExpectedDependency from;
    std::vector<ExpectedDependency> onbuild; // inherited from the base stage's ONBUILD
    bool anyOnbuild = false;
    std::vector<ExpectedDependency> own;
    bool anyOwn = false;
};
struct Expectation {
    std::vector<ExpectedStage> stages;
    std::vector<TextRange> tolerateErrorsAt; // old-text ranges where new errors are accepted
    QString refusalPrefix;                   // put before a failed check's reason
};
// The old graph with stages moved to `newIndexOf[old]` (-1: removed) among `newCount`
// stages; slots of new stages are left default (origin -1).
Expectation expectMapped(const StageGraph &graph, const std::vector<int> &newIndexOf, int newCount);
ExpectedDependency expectedBase(const StageGraph &graph, int stage, const std::vector<int> &newIndexOf);

// Normalises the edits (drops no-ops, trims them to what changes, sorts them), applies them,
// re-parses and re-analyses, and compares with the expectation. Returns the result with
// `description` and the edits, or a refusal.
EditResult finish(const SyntaxTree &tree, const StageGraph &graph, QList<TextEdit> edits,
                  const Expectation &expected, const QString &description);
EditResult refuse(const QString &reason, const QString &description = {});

} // namespace stagecraft::detail
