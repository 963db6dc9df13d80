// Graph edits as text edits. Every operation on the canvas, in the inspector or from
// `stagecraft edit` is computed here from the syntax tree and stage graph as the smallest
// list of text replacements; the caller applies them (the app as one undoable step). Every
// other character of the file stays as it was: comments, indentation, blank lines, line
// endings, the escape character, heredocs, continuations.
//
// An operation that would break the file or change what another reference binds to is
// refused before anything changes: `ok` is false and `error` says why in one sentence.
#pragma once

#include "stagegraph.h"
#include "syntax.h"

#include <QList>
#include <QString>

namespace stagecraft {

struct TextEdit {
    TextRange range;     // UTF-16 offsets in the text the operation was computed on
    QString replacement;
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

struct EditResult {
    bool ok = false;
    QString error;            // why it was refused (when !ok)
    QString description;      // menu text, e.g. "Rename stage build → builder"
    QList<TextEdit> edits;    // non-overlapping, ascending
    // Set when the operation refers to stages that still depend on the one it removes
    // (delete): their names, for a "delete anyway?" question. The edits are valid anyway.
    QStringList dependents;
};

// Applies non-overlapping edits (any order) to a text.
QString applyEdits(const QString &text, const QList<TextEdit> &edits);
// The edits that turn applyEdits(text, edits) back into `text` (undo), ascending, in the
// coordinates of the edited text. `edits` must be non-overlapping.
QList<TextEdit> invertEdits(const QString &text, const QList<TextEdit> &edits);

// Stages are addressed by index into graph.stages. `graph` must be analyse(tree) with
// default options. Every result is checked before it is returned: the edited text is parsed
// and analysed again, and the operation is refused when that shows a new error, a stage
// graph other than the one promised, or any other reference binding differently (stages are
// followed from their old index to their new one). docs/edit-operations.md lists the rules.

// Renames the stage and every reference that binds to it (docs/edit-operations.md); naming an
// unnamed stage adds " AS name". Numeric --from=N and references that bind elsewhere stay.
EditResult renameStage(const SyntaxTree &tree, const StageGraph &graph, int stage, const QString &newName);
// `base` is a stage name (bound by BuildKit's FROM rules) or an image reference.
EditResult rebaseStage(const SyntaxTree &tree, const StageGraph &graph, int stage, const QString &base);
// Role::None with `keepInference == false` writes an explicit "role=none" marker; with true it
// removes the marker so the role is inferred again.
EditResult setStageRole(const SyntaxTree &tree, const StageGraph &graph, int stage, Role role, bool keepInference = false);
// Inserts `FROM base AS name` after stage `after` (-1: at the end), with a role marker when
// role != None.
// With `copyFrom` (an earlier stage), the new stage starts with `COPY --from=<copyFrom> <copyPaths>`.
EditResult addStage(const SyntaxTree &tree, const StageGraph &graph, const QString &name, const QString &base,
                    Role role = Role::None, int after = -1, const QString &copyFrom = {},
                    const QString &copyPaths = QStringLiteral("/ /"));
EditResult duplicateStage(const SyntaxTree &tree, const StageGraph &graph, int stage);
// Removes the stage's lines (its comment block included). When other stages depend on it,
// the result lists them in `dependents`; callers ask before applying. References to it stay
// as written (they then name an image, or a numeric --from another stage).
EditResult deleteStage(const SyntaxTree &tree, const StageGraph &graph, int stage);
// Moves the stage so that it gets index `newIndex`; numeric COPY --from=N follow the stages
// they name. Refused when any reference would bind differently (a FROM of a later stage).
EditResult moveStage(const SyntaxTree &tree, const StageGraph &graph, int stage, int newIndex);
// Moves the stage up to index `newIndex` (< stage) so that the stages that name it before its
// definition use it: a `FROM name` there (an image until now) then binds to the stage, and a
// COPY --from / mount from= that failed as a reference to a later stage works. Other
// references must bind as before; the last stage (the default target) never moves. The lint
// quick fix "move a stage above its first use".
EditResult moveStageAboveUse(const SyntaxTree &tree, const StageGraph &graph, int stage, int newIndex);
// Writes BuildKit's description comment "# <name> <text>" (replacing an existing one);
// empty text removes it.
EditResult describeStage(const SyntaxTree &tree, const StageGraph &graph, int stage, const QString &text);

} // namespace stagecraft
