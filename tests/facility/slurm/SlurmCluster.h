#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace daas::testing {

// A real single-node Slurm 24.11 for one test binary (or the demo): slurmctld, slurmd and slurmrestd in a
// temporary directory of their own (configuration, keys, state, spool, logs, the folder jobs write to), on
// free ports, with a node name of its own (slurmd -N), auth/slurm + auth/jwt (no munge), no cgroups.
//
// Nothing runs as root once started: slurmctld, slurmd, slurmrestd and the jobs all run as one unprivileged
// user, daas-batch (made with useradd when missing): SlurmUser = SlurmdUser = the job user, slurmrestd with
// SLURMRESTD_SECURITY=disable_user_check. slurmd cannot start a job as another user without root, and
// slurmctld takes node registrations and job completions only from SlurmUser or root ("Security violation,
// NODE_REGISTER RPC from uid=…" when slurmd ran as a second user), so the job user is also Slurm's
// administrator here: a hold it asks for afterwards shows as "JobHeldAdmin" (a job submitted held is
// "JobHeldUser"), and it may act on any job of the cluster.
//
// Several clusters run at once (parallel ctest): auth/slurm's clients (sbatch, scontrol, slurmrestd) reach
// their daemons' credential service ("sack") only at the fixed paths /run/slurm/sack.socket and
// /run/slurmctld/sack.socket (slurm-24.11 src/common/sack_api.c), so each cluster has a private mount
// namespace in which its own folders are mounted there. Every process of the cluster runs in it; a client
// command must too: run it through clusterCommand(). The fixture needs root to set this up (it drops to
// daas-batch with setpriv for every daemon).
class SlurmCluster
{
public:
    struct Options
    {
        int cpus = 8; // more than the machine has (SlurmdParameters=config_overrides), so jobs never wait
        int shortMaxTimeMinutes = 1; // the "short" partition's MaxTime
        QString workDir;             // empty: a folder in the cluster's temporary directory
    };

    SlurmCluster();
    explicit SlurmCluster(Options options);
    ~SlurmCluster();
    SlurmCluster(const SlurmCluster &) = delete;
    SlurmCluster &operator=(const SlurmCluster &) = delete;

    // Starts the three daemons and returns when the node is idle and slurmrestd listens (or false, with
    // errorText()); startMs() says how long it took.
    bool start();
    void stop();
    bool isRunning() const;
    QString errorText() const { return m_error; }
    qint64 startMs() const { return m_startMs; }

    // slurmrestd alone: stopped (the port refuses), started again on the same port, restarted. Paused with
    // SIGSTOP: the port still accepts connections (the kernel queues them) but nothing answers, until
    // resumed — a hung server.
    bool stopRest();
    bool startRest();
    bool restartRest();
    bool pauseRest();
    bool resumeRest();

    QUrl restUrl() const; // http://127.0.0.1:PORT (no path)
    static QString clusterUser() { return QStringLiteral("daas-batch"); }
    QString nodeName() const { return m_node; }
    QString clusterName() const { return m_clusterName; }
    static QString defaultPartition() { return QStringLiteral("debug"); }
    static QString shortPartition() { return QStringLiteral("short"); }

    // A JWT for clusterUser() minted by `scontrol token username=… lifespan=…`; empty on failure.
    QString token(int lifespanSeconds = 3600, QString *expires = nullptr) const;
    // A token of clusterUser() signed with this cluster's key whose "exp" has passed (what scontrol's token
    // turns into after its lifespan), and one signed with another key (slurmrestd answers 511).
    QString expiredToken() const;
    QString wrongToken() const;

    // SLURM_CONF and friends; with clusterCommand() a client command (sbatch, squeue, sacct, scancel,
    // scontrol) or a server whose children run them (sshd) works against this cluster.
    QString confPath() const;
    QProcessEnvironment environment() const;
    // `command` in the cluster's mount namespace, as clusterUser() (or as root), with environment() to be
    // set by the caller: nsenter --target HOLDER --mount --root --wd -- [setpriv …] command…
    QStringList clusterCommand(const QStringList &command, bool asClusterUser = true) const;
    // Runs a client command in the cluster (as root) and returns its standard output; empty on failure.
    QString run(const QStringList &command, int timeoutMs = 20000, bool *ok = nullptr) const;

    // Where jobs run and write by default; owned by clusterUser().
    QString workDir() const { return m_workDir; }
    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    // Changes a partition's MaxTime (minutes) with scontrol.
    bool setPartitionMaxTime(const QString &partition, int minutes);
    // The daemons' logs (for a failing test's message).
    QString logs() const;

private:
    struct Daemon;
    bool prepareUsers();
    bool writeFiles();
    bool startHolder();
    bool startDaemon(Daemon &daemon, const QStringList &args, const QString &user,
                     const QProcessEnvironment &env);
    bool waitUntilReady(int timeoutMs);
    bool waitForRestPort(int timeoutMs) const;
    void killLeftovers();
    bool fail(const QString &why);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workDir;
    QString m_node;
    QString m_clusterName;
    quint16 m_ctldPort = 0;
    quint16 m_slurmdPort = 0;
    quint16 m_restPort = 0;
    std::unique_ptr<QProcess> m_holder;
    QString m_namespace; // readlink /proc/HOLDER/ns/mnt
    std::unique_ptr<Daemon> m_ctld;
    std::unique_ptr<Daemon> m_slurmd;
    std::unique_ptr<Daemon> m_rest;
    QString m_error;
    qint64 m_startMs = 0;
};

} // namespace daas::testing
