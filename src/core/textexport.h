// Text exports of a stage graph: Graphviz DOT and Mermaid flowcharts. Both carry what the
// picture exports show: roles (as classes and colours), edge kinds (as styles), the build
// target, and the stages the target skips. Deterministic: no timestamps, file order.
#pragma once

#include "exportoptions.h"
#include "stagegraph.h"

namespace stagecraft {

QString toDot(const StageGraph &graph, const SyntaxTree &tree, const ExportOptions &options, const QString &title);
QString toMermaid(const StageGraph &graph, const SyntaxTree &tree, const ExportOptions &options, const QString &title);

} // namespace stagecraft
