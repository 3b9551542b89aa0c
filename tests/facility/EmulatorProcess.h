#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace daas::testing {

// An emulator of the local facility run as a child process for one test: started with "--port 0" so the OS
// picks the port, which the emulator's first line ("listening on URL") names; bound to the test's life (a
// crashed test takes it along); stopped with SIGTERM and killed only if it does not end.
class EmulatorProcess
{
public:
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    bool isRunning() const { return m_base.isValid() && m_process.state() == QProcess::Running; }
    QUrl baseUrl() const { return m_base; }
    void stop();
    // SIGKILL, as a crash would: no connection is closed politely, and what it held in memory (ICAT's
    // sessions) is gone. startAgain() brings it back on the same port with the same arguments.
    bool kill();
    bool startAgain();
    QString log(); // what it wrote on stderr so far

protected:
    EmulatorProcess(const QString &program, const QStringList &extraArgs);
    ~EmulatorProcess();
    // The test hooks under /_emulator/<command>?<query>: the answer's body, or nothing when it failed.
    std::optional<QByteArray> adminRequest(const QString &command, const QString &query, bool post,
                                           const QByteArray &contentType);

private:
    bool launch(const QStringList &arguments);

    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_base;
    QByteArray m_log;
};

} // namespace daas::testing
