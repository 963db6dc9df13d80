// The stage graph as JSON (format version 1, documented in docs/cli-stages.md), shared by
// `stagecraft stages --json` and `stagecraft export --format json`.
#pragma once

#include "stagegraph.h"

#include <QByteArray>
#include <QJsonObject>

namespace stagecraft {

inline constexpr int graphJsonVersion = 1;

QJsonObject graphToJson(const SyntaxTree &tree, const StageGraph &graph);
// Indented JSON with keys in a fixed (alphabetical) order and a final newline.
QByteArray graphToJsonText(const SyntaxTree &tree, const StageGraph &graph);

} // namespace stagecraft
