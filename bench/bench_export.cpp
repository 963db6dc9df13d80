// Export of a 200-stage diagram to SVG and PNG (Graphviz layout included), and of the text
// formats, as `stagecraft export` does it.
#include "dockerfilegenerator.h"

#include "core/heap.h"
#include "core/stagegraph.h"
#include "core/syntax.h"
#include "diagram/diagramexport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>

#include <benchmark/benchmark.h>

using namespace stagecraft;

namespace {

void exportFormat(benchmark::State &state, ExportFormat format)
{
    const SyntaxTree tree = parse(bench::generateDockerfile(int(state.range(0))));
    const StageGraph graph = analyse(tree);
    ExportOptions options;
    options.scale = 1.0;
    QByteArray bytes;
    for (auto _ : state) {
        bytes = diagram::renderExport(tree, graph, format, options, QStringLiteral("bench"));
        benchmark::DoNotOptimize(bytes.data());
    }
    state.counters["stages"] = double(graph.stages.size());
    state.counters["bytes"] = double(bytes.size());
    if (format == ExportFormat::Png) {
        // The picture's size in pixels (read from the PNG header only).
        QBuffer buffer(&bytes);
        const QSize size = QImageReader(&buffer, "png").size();
        state.counters["width"] = size.width();
        state.counters["height"] = size.height();
    }
}

void BM_ExportSvg(benchmark::State &state) { exportFormat(state, ExportFormat::Svg); }
void BM_ExportPng(benchmark::State &state) { exportFormat(state, ExportFormat::Png); }
void BM_ExportDot(benchmark::State &state) { exportFormat(state, ExportFormat::Dot); }
void BM_ExportMermaid(benchmark::State &state) { exportFormat(state, ExportFormat::Mermaid); }

} // namespace

BENCHMARK(BM_ExportSvg)->Arg(10)->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportPng)->Arg(10)->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportDot)->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportMermaid)->Arg(200)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    stagecraft::configureHeap(); // as the application does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
