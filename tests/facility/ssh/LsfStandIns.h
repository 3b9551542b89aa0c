#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace daas::testing {

class SshServer;

// The LSF stand-in commands (lsf/bin: bsub, bjobs, bkill, bstop, bresume, bqueues; see lsf/README.md)
// behind a real sshd: their state in a folder of this object, seeded with the jobs lsf/seed.sh makes.
class LsfStandIns
{
public:
    LsfStandIns();

    // Seeds the state for the server's login user and puts the commands first on its sessions' PATH.
    // Before the server starts.
    bool install(SshServer &server);

    // The LSF version the commands behave as: "10.1.0.13" (default) or before 10.1.0.2, e.g. "9.1.3",
    // whose bjobs refuses -json.
    bool setVersion(const QString &version);
    // What the commands were called with, one line each ("bjobs -a -w -W").
    QStringList calls() const;
    // A field of a job's state ("stat", "name", "submit" (Unix time), …); setJob writes one.
    QString job(const QString &id, const QString &field) const;
    bool setJob(const QString &id, const QString &field, const QString &value);

    QString stateFolder() const { return m_state.path(); }
    static QString folder();                      // tests/facility/ssh/lsf
    static QString recorded(const QString &name); // a file of lsf/recorded

private:
    bool write(const QString &relative, const QString &value);

    QTemporaryDir m_state;
    QString m_user;
};

} // namespace daas::testing
