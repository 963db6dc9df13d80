// What a stage diagram shows, derived from a StageGraph: one node per stage and per external
// image, one edge per dependency. Value types only; the canvas and the exporters read it.
#pragma once

#include "core/stagegraph.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace stagecraft::diagram {

enum class NodeKind { Stage, Image, Scratch };

struct DiagramNode {
    QString key;            // stable identity across re-parses: "stage:<name>", "stage#<index>", "image:<ref>"
    NodeKind kind = NodeKind::Stage;
    int stage = -1;         // index into StageGraph::stages for stages
    QString title;          // stage name or image reference
    QString base;           // "FROM golang:1.22" / "FROM builder"
    QString platform;
    Role role = Role::None;
    bool roleExplicit = false;
    int instructionCount = 0;
    QStringList preview;    // the first few instructions, shortened
    bool isTarget = false;  // the build target (the default one unless chosen)
    bool built = true;      // built for the target; false = skipped (drawn faded)
    int errorCount = 0;
    int warningCount = 0;
    QStringList problems;   // "severity: message [code]" of each error and warning in the stage's lines
};

struct DiagramEdge {
    int from = 0;           // node index of what is used (base, stage copied from, image)
    int to = 0;             // node index of the stage that uses it
    DependencyKind kind = DependencyKind::From;
    bool onbuild = false;
    QString label;          // what crosses the edge, for tooltips and exports
    int dependency = -1;    // index into StageGraph::stages[to's stage].dependencies
};

struct DiagramOptions {
    bool showImages = true;   // external images as nodes
    int previewLines = 3;     // instructions shown on a card (0: none)
};

struct DiagramModel {
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;

    static DiagramModel fromGraph(const StageGraph &graph, const SyntaxTree &tree, const DiagramOptions &options = {});
    // Recounts each stage node's errors and warnings (and `problems`) from `diagnostics`
    // (fromGraph counts graph.diagnostics; the canvas passes the lint findings).
    void countProblems(const StageGraph &graph, const std::vector<Diagnostic> &diagnostics);
    int indexOfKey(const QString &key) const;
    int indexOfStage(int stage) const;
};

// The key that identifies a stage across edits: its name, or its index when unnamed.
QString stageKey(const Stage &stage);

} // namespace stagecraft::diagram
