#include "CliProcess.h"

#include "TestPaths.h"

#include <QProcess>
#include <QTest>

namespace daas::testing {

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input, int timeoutMs,
              const QString &workingDirectory)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(daas::test::paths::cli(), args);
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    } else {
        p.kill();
        p.waitForFinished();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace daas::testing
