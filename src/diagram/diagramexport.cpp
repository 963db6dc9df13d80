#include "diagramexport.h"

#include "diagramscene.h"

#include "core/graphjson.h"
#include "core/textexport.h"

namespace stagecraft::diagram {

QByteArray renderExport(const SyntaxTree &tree, const StageGraph &graph, ExportFormat format,
                        const ExportOptions &options, const QString &title)
{
    switch (format) {
    case ExportFormat::Dot:
        return toDot(graph, tree, options, title).toUtf8();
    case ExportFormat::Mermaid:
        return toMermaid(graph, tree, options, title).toUtf8();
    case ExportFormat::Json:
        return graphToJsonText(tree, graph);
    case ExportFormat::Svg:
    case ExportFormat::Png:
    case ExportFormat::Pdf:
        break;
    }
    DiagramOptions diagramOptions;
    diagramOptions.showImages = options.images;
    diagramOptions.previewLines = options.layers ? 1000 : 3;
    const DiagramScene scene(DiagramModel::fromGraph(graph, tree, diagramOptions),
                                      DiagramStyle::forTheme(options.dark ? Theme::Dark : Theme::Light),
                                      options.topToBottom ? Direction::TopToBottom : Direction::LeftToRight,
                                      options.legend);
    if (format == ExportFormat::Svg)
        return scene.toSvg(title);
    if (format == ExportFormat::Pdf)
        return scene.toPdf(title);
    return scene.toPng(options.scale);
}

} // namespace stagecraft::diagram
