#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace daas::testing {

// One run of the `daas` tool: its exit code (-1: it had not ended in time and was killed) and what it
// printed.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the tool with these arguments, environment and standard input, which is then closed (not a
// terminal: the tool asks nothing), and waits for it with the event loop turning, so that a server living
// in the test's own process answers meanwhile.
CliRun runCli(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              const QByteArray &input = {}, int timeoutMs = 120000, const QString &workingDirectory = {});

} // namespace daas::testing
