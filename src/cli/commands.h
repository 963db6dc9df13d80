// One function per subcommand. Each takes the arguments after the subcommand name and the
// streams to use, and returns the process exit code: 0 ok, 1 the Dockerfile has errors
// (or a refused operation), 2 usage or I/O errors.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace stagecraft::cli {

struct Streams {
    QTextStream &out;
    QTextStream &err;
};

int runStages(const QStringList &args, Streams streams);
int runLint(const QStringList &args, Streams streams);
int runPlan(const QStringList &args, Streams streams);
int runEdit(const QStringList &args, Streams streams);
#ifdef STAGECRAFT_WITH_DIAGRAM
int runExport(const QStringList &args, Streams streams);
#endif

} // namespace stagecraft::cli
