// Keystroke to canvas: one character typed into the editor of a real MainWindow (offscreen),
// which re-parses, re-analyses, updates the semantic highlighting and updates the canvas in
// place. Files of about 50, 1,000 and 10,000 lines. And opening such a file.
#include "dockerfilegenerator.h"

#include "app/canvasview.h"
#include "app/codeeditor.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "core/heap.h"

#include <QApplication>
#include <QTextBlock>
#include <QTextDocument>

#include <benchmark/benchmark.h>

using namespace stagecraft;

namespace {

QString fileWithLines(int lines)
{
    // The generator writes about 21 lines per stage.
    QString text = bench::generateDockerfile(qMax(1, lines / 21));
    return text;
}

void BM_KeystrokeToCanvas(benchmark::State &state)
{
    app::MainWindow window;
    window.newDocument(fileWithLines(int(state.range(0))));
    window.show();
    QCoreApplication::processEvents();
    QTextDocument *document = window.document()->textDocument();
    // Type inside a RUN line in the middle of the file, as a person editing would.
    const QTextBlock middle = document->findBlockByNumber(document->blockCount() / 2);
    QTextCursor cursor(middle);
    cursor.movePosition(QTextCursor::EndOfBlock);
    bool insert = true;
    for (auto _ : state) {
        if (insert) {
            cursor.insertText(QStringLiteral("x"));
        } else {
            cursor.deletePreviousChar();
        }
        insert = !insert;
        benchmark::DoNotOptimize(window.canvas()->stageCount());
    }
    state.counters["lines"] = double(document->blockCount());
    state.counters["stages"] = double(window.canvas()->stageCount());
    window.document()->textDocument()->setModified(false);
}

// Opening a file: the text set into the editor, parsed, highlighted (syntax and semantic),
// linted, laid out by Graphviz and shown on the canvas.
void BM_OpenFile(benchmark::State &state)
{
    const QString text = fileWithLines(int(state.range(0)));
    app::MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    for (auto _ : state) {
        window.newDocument(text);
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(window.canvas()->stageCount());
        // Not timed: an empty document in between, so that each open parses its whole text
        // (re-opening the same text would reuse the previous syntax tree).
        state.PauseTiming();
        window.newDocument(QString());
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    window.newDocument(text);
    state.counters["lines"] = double(window.document()->textDocument()->blockCount());
    state.counters["stages"] = double(window.canvas()->stageCount());
}

} // namespace

BENCHMARK(BM_OpenFile)->Arg(50)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeToCanvas)->Arg(50)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    stagecraft::configureHeap(); // as the application does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
