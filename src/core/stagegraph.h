// The stage graph of a Dockerfile, computed from the syntax tree by BuildKit's rules
// (../shared/DESIGN.md "Semantics"): stages, their bases, the references between them,
// the default target and what each target builds, with diagnostics.
#pragma once

#include "diagnostic.h"
#include "syntax.h"
#include "textrange.h"

#include <QMap>
#include <QString>
#include <optional>
#include <vector>

namespace stagecraft {

enum class Role { None, Dev, Debugging, Runtime };
QString roleName(Role role);                  // "", "dev", "debugging", "runtime"
std::optional<Role> roleFromName(QStringView); // "dev", "debugging", "runtime" or "none" (Role::None), case-insensitive
// The role a stage's (lowercased) name suggests when no marker sets one (DESIGN.md "Roles"):
// dev/develop/development, debug/debugging, runtime/prod/production/final/release; else none.
std::optional<Role> roleSuggestedByName(const QString &name);

enum class DependencyKind { From, CopyFrom, MountFrom };
QString dependencyKindName(DependencyKind kind); // "from", "copy-from", "mount-from"

struct Dependency {
    DependencyKind kind = DependencyKind::From;
    int stage = -1;        // the stage it binds to, or -1
    QString image;         // the image it names when it binds to no stage (empty otherwise)
    QString text;          // the reference as written (e.g. "builder", "0", "golang:1.22")
    TextRange range;       // the reference's text in the document
    int line = 0;          // 1-based line of the instruction
    bool onbuild = false;  // induced by an ONBUILD trigger of the base stage
    bool scratch = false;  // FROM scratch
};

struct Stage {
    int index = 0;
    QString name;          // lowercased; empty when unnamed
    QString nameAsWritten;
    TextRange nameRange;   // the name after AS; empty when unnamed
    int fromInstruction = -1; // index into SyntaxTree::instructions
    QString baseText;      // as written
    QString baseExpanded;  // global ARGs and automatic platform args applied
    TextRange baseRange;
    int baseStage = -1;    // the earlier stage it builds on, or -1
    QString baseImage;     // the image when it builds on none (empty for scratch and stages)
    bool baseScratch = false;
    QString platform;         // --platform as written, or empty
    QString platformExpanded;
    // The comment block above FROM (BuildKit's PrevComment, SyntaxTree::commentsOf) without
    // our role marker lines: a run of the graph's allComments, read like a vector.
    Items<QString> comments;
    QString description;   // BuildKit's rule: a comment starting with the stage name
    Role role = Role::None;
    bool roleExplicit = false;
    TextRange roleMarkerRange; // the "# stagecraft: role=..." line incl. newline, when explicit
    // The indexes of the instructions after FROM, and the references to stages and images
    // (FROM first, then in file order): runs of the graph's allInstructions and
    // allDependencies, read like vectors (valid while the graph lives; a copied graph's views
    // are its own).
    Items<int> instructions;
    Items<Dependency> dependencies;
    TextRange range;       // from the first comment line above FROM to the stage's last line
    int firstLine = 0;     // the FROM line
    int lastLine = 0;

    QString displayName() const; // name, or "stage N" when unnamed
};

struct GlobalArg {
    QString name;
    QString defaultValue;
    bool hasDefault = false;
    QString value;         // after --build-arg overrides and expansion
    bool hasValue = false; // false: declared without default and not overridden (unset)
    int line = 0;
    TextRange range;
};

struct AnalysisOptions {
    QMap<QString, QString> buildArgs; // --build-arg K=V
    QString target;                   // --target; empty: the default target
    QString platform = QStringLiteral("linux/amd64"); // build and target platform
};

// StageGraph's data, copied member by member (StageGraph's copy then rebinds the views).
struct StageGraphData {
    std::vector<Stage> stages;
    // Every stage's instructions and dependencies, stage after stage, which each Stage's
    // `instructions` and `dependencies` view: one block each for the whole graph, not two per
    // stage.
    std::vector<int> allInstructions;
    std::vector<Dependency> allDependencies;
    std::vector<QString> allComments; // likewise each stage's `comments`
    std::vector<GlobalArg> globalArgs;
    std::vector<Diagnostic> diagnostics; // syntax diagnostics included, in document order
    QChar escape = u'\\';     // the escape token in effect
    int defaultTarget = -1;    // the last stage, or -1 when there are none
    int target = -1;           // the requested target (options.target), else defaultTarget
    std::vector<int> buildsForTarget; // stages built for `target`, ascending
};

class StageGraph : public StageGraphData
{
public:
    StageGraph() = default;
    StageGraph(StageGraph &&) noexcept = default; // (the arrays' blocks move: the views stay valid)
    StageGraph &operator=(StageGraph &&other) noexcept
    {
        if (this != &other) {
            releaseValues();
            StageGraphData::operator=(std::move(other));
        }
        return *this;
    }
    ~StageGraph() { releaseValues(); }
    StageGraph(const StageGraph &other)
        : StageGraphData(other) { bindItems(); }
    StageGraph &operator=(const StageGraph &other)
    {
        StageGraphData::operator=(other);
        bindItems();
        return *this;
    }

    // The stage a name binds to for COPY --from / mount from= (case-insensitive, the last
    // stage with that name), or -1.
    int findStage(QStringView name) const;
    // Stages built for a target: its closure over all dependency edges, ascending.
    std::vector<int> closureOf(int stage) const;
    bool hasErrors() const;

    // Points every stage's `instructions`, `dependencies` and `comments` at this graph's arrays.
    void bindItems();

private:
    // Gives back the references the stages', dependencies' and comments' strings hold (nearly
    // all to the tree's text) a block at a time, not one atomic operation each, and frees
    // those arrays, which are left empty. For the destructor and the move assignment.
    void releaseValues() noexcept;
};

StageGraph analyse(const SyntaxTree &tree, const AnalysisOptions &options = {});

} // namespace stagecraft
