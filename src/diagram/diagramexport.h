// One entry point for every export format, used by `stagecraft export` and the window's
// Export dialog alike: pictures through DiagramScene, text through the core exporters.
#pragma once

#include "core/exportoptions.h"
#include "core/stagegraph.h"

#include <QByteArray>

namespace stagecraft::diagram {

// The bytes of the export. `graph` must have been analysed with options.target and
// options.buildArgs. Picture formats need a QGuiApplication.
QByteArray renderExport(const SyntaxTree &tree, const StageGraph &graph, ExportFormat format,
                        const ExportOptions &options, const QString &title);

} // namespace stagecraft::diagram
