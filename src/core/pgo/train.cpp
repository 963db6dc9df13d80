// The workload a profile-guided build of the core is trained on (STAGECRAFT_PGO,
// docs/decisions/0005): every Dockerfile under the directories given (the project's test
// inputs, example and templates) opened, analysed, linted and edited the way the editor
// does it, a number of rounds. Built against the instrumented copy of the core, whose
// counters GCC writes when this program exits. Not the benchmark's generated files: the
// profile is meant to stand for real files.
#include "core/lint.h"
#include "core/stagegraph.h"
#include "core/syntax.h"

#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <cstdio>

using namespace stagecraft;

int main(int argc, char **argv)
{
    QStringList texts;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), {QStringLiteral("*Dockerfile")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                texts << QString::fromUtf8(file.readAll());
        }
    }
    if (texts.isEmpty()) {
        std::fprintf(stderr, "stagecraft_pgo_train: no *Dockerfile under the directories given\n");
        return 1;
    }
    qsizetype work = 0; // printed, so that nothing is optimised away
    for (int round = 0; round < 200; ++round) {
        for (const QString &text : texts) {
            // opening the file
            SyntaxTree tree = parse(text);
            StageGraph graph = analyse(tree);
            work += qsizetype(graph.stages.size()) + tree.print().size();
            if (round % 20 == 0)
                work += qsizetype(lint(tree, graph).size());
            // a character typed in the middle and deleted again, parsed incrementally
            QString edited = text;
            edited.insert(text.size() / 2, u'x');
            tree = parse(edited, std::move(tree));
            tree = parse(text, std::move(tree));
            graph = analyse(tree);
            work += qsizetype(tree.tokens.size() + graph.diagnostics.size());
        }
    }
    std::printf("trained on %lld files (%lld)\n", static_cast<long long>(texts.size()), static_cast<long long>(work));
    return 0;
}
