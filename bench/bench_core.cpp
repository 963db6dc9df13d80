// Parse and parse+analyse throughput on synthetic files of 10, 200 and 2,000 stages and on
// the test inputs. Reported as bytes/second (UTF-8 size of the text) by Google Benchmark.
#include "dockerfilegenerator.h"

#include "core/heap.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace stagecraft;

namespace {

// Minor page faults of the process so far: memory the allocator got from the kernel again
// (freshly zeroed pages), which made large files slower per byte than small ones.
double pageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_minflt + usage.ru_majflt);
}

void reportFaults(benchmark::State &state, double before)
{
    state.counters["faults"] = benchmark::Counter(pageFaults() - before, benchmark::Counter::kAvgIterations);
}

void parseOnly(benchmark::State &state, const QString &text)
{
    const double faults = pageFaults();
    for (auto _ : state) {
        SyntaxTree tree = parse(text);
        benchmark::DoNotOptimize(tree.tokens.data());
    }
    reportFaults(state, faults);
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}

void parseAndAnalyse(benchmark::State &state, const QString &text)
{
    const double faults = pageFaults();
    for (auto _ : state) {
        SyntaxTree tree = parse(text);
        StageGraph graph = analyse(tree);
        benchmark::DoNotOptimize(graph.stages.data());
    }
    reportFaults(state, faults);
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}

// analyse() alone on a tree parsed once: its own share of BM_ParseAnalyse, without the
// subtraction of two noisy figures.
void analyseOnly(benchmark::State &state, const QString &text)
{
    const SyntaxTree tree = parse(text);
    const double faults = pageFaults();
    for (auto _ : state) {
        StageGraph graph = analyse(tree);
        benchmark::DoNotOptimize(graph.stages.data());
    }
    reportFaults(state, faults);
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}

void BM_Parse(benchmark::State &state) { parseOnly(state, bench::generateDockerfile(int(state.range(0)))); }
void BM_ParseAnalyse(benchmark::State &state) { parseAndAnalyse(state, bench::generateDockerfile(int(state.range(0)))); }
void BM_Analyse(benchmark::State &state) { analyseOnly(state, bench::generateDockerfile(int(state.range(0)))); }

// One character typed in the middle of the file and deleted again, re-parsed incrementally
// (parse(text, previous), as the editor does it).
void BM_ReparseKeystroke(benchmark::State &state)
{
    const QString text = bench::generateDockerfile(int(state.range(0)));
    QString edited = text;
    edited.insert(text.indexOf(u'\n', text.size() / 2), u'x');
    SyntaxTree tree = parse(text);
    bool typed = false;
    for (auto _ : state) {
        typed = !typed;
        tree = parse(typed ? edited : text, std::move(tree));
        benchmark::DoNotOptimize(tree.tokens.data());
    }
}

QStringList testInputs()
{
    QStringList files;
    for (const char *dir : {STAGECRAFT_SOURCE_DIR "/tests/data", STAGECRAFT_CORPUS_DIR}) {
        QDirIterator it(QString::fromUtf8(dir), {QStringLiteral("*Dockerfile*")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u".json") || path.endsWith(u".result"))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files << QString::fromUtf8(file.readAll());
        }
    }
    return files;
}

enum class Pass { Parse, Analyse, Both };

// Every test input (tests/data and the shared corpus when present), each parsed as its own
// file `repeats` times in a row before the next. Pass::Analyse analyses trees parsed before
// the timing starts, so the three passes split the cost of a file read once.
void testInputsThroughput(benchmark::State &state, Pass pass, int repeats)
{
    static const QStringList files = testInputs();
    qint64 bytes = 0;
    for (const QString &text : files)
        bytes += text.toUtf8().size();
    std::vector<SyntaxTree> trees;
    if (pass == Pass::Analyse) {
        for (const QString &text : files)
            trees.push_back(parse(text));
    }
    const double faults = pageFaults();
    for (auto _ : state) {
        for (qsizetype f = 0; f < files.size(); ++f) {
            for (int r = 0; r < repeats; ++r) {
                if (pass == Pass::Analyse) {
                    StageGraph graph = analyse(trees[size_t(f)]);
                    benchmark::DoNotOptimize(graph.stages.data());
                    continue;
                }
                SyntaxTree tree = parse(files[f]);
                if (pass == Pass::Parse) {
                    benchmark::DoNotOptimize(tree.tokens.data());
                    continue;
                }
                StageGraph graph = analyse(tree);
                benchmark::DoNotOptimize(graph.stages.data());
            }
        }
    }
    reportFaults(state, faults);
    state.SetBytesProcessed(state.iterations() * bytes * repeats);
    state.counters["files"] = double(files.size());
    if (!QFileInfo(QStringLiteral(STAGECRAFT_CORPUS_DIR)).isDir())
        state.SetLabel("tests/data only: no shared corpus at " STAGECRAFT_CORPUS_DIR);
}

// Each file once: every file is new to the processor.
void BM_ParseAnalyseTestInputs(benchmark::State &state) { testInputsThroughput(state, Pass::Both, 1); }
void BM_ParseTestInputs(benchmark::State &state) { testInputsThroughput(state, Pass::Parse, 1); }
void BM_AnalyseTestInputs(benchmark::State &state) { testInputsThroughput(state, Pass::Analyse, 1); }

// Each file 20 times in a row, as an editor re-parses the file it shows: the processor's
// branch predictors then know the file, which they cannot when every file is new
// (docs/BENCHMARKS.md, "Analysis reference pass").
void BM_ParseAnalyseTestInputsRepeated(benchmark::State &state) { testInputsThroughput(state, Pass::Both, 20); }

} // namespace

BENCHMARK(BM_Parse)->Arg(10)->Arg(200)->Arg(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ParseAnalyse)->Arg(10)->Arg(200)->Arg(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Analyse)->Arg(10)->Arg(200)->Arg(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReparseKeystroke)->Arg(200)->Arg(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ParseTestInputs)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnalyseTestInputs)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ParseAnalyseTestInputs)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ParseAnalyseTestInputsRepeated)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    stagecraft::configureHeap(); // as the application and the command line do
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
