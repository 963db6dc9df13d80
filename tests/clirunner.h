// Runs the built stagecraft executable (STAGECRAFT_BINARY_DIR/bin/stagecraft) for the CLI
// tests: arguments, standard input, and what it printed and returned. The process gets no
// display and no QT_QPA_PLATFORM: the command line must manage without them.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace stagecraft::test {

struct CliResult {
    int exitCode = -1; // -1 when it did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline CliResult runStagecraft(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAGECRAFT_BINARY_DIR "/bin/stagecraft"), args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace stagecraft::test
