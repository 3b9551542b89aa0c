// bench_jobs: the jobs core beside the commands a user would otherwise type, in the same run, against the
// same real Slurm 24.11 (tests/facility/slurm) holding 1,000 of the user's jobs, and the same real sshd in
// front of it (tests/facility/ssh). Prints times and ratios (peer / core: above 1 means the client is
// faster), CPU seconds and memory. Not a test: no pass or fail. Needs root, as the cluster fixture does.
//   bench_jobs [--jobs N] [--rounds N] [--soak-seconds S]
//
// - refreshing the list: the REST back-end's full listing (parsed into jobs) vs curl fetching the same JSON;
//   its poll after one job changed (update_time) vs the same curl; the SSH back-end vs `ssh … squeue --me`
//   over a shared connection as the back-end uses; both vs `squeue --me` on the cluster itself;
// - submit to visible: JobsSession::submit until the job is in the session's list, and until a listing of
//   the scheduler's has it, vs `sbatch` then `squeue -j ID` until it prints the job;
// - a soak: the session polling 1,000 queued jobs every 5 s for S seconds (the Jobs area open on them), the
//   client's CPU and memory, vs `squeue --me` every 5 s for the same time (`watch -n 5 squeue --me`).
#include "ProcStatus.h"
#include "SlurmCluster.h"
#include "SshServer.h"
#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "jobs/JobsSession.h"
#include "jobs/SlurmRestProvider.h"
#include "jobs/SlurmSshProvider.h"
#include "jobs/SlurmTokenSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include <sys/resource.h>

using namespace daas;
using namespace daas::jobs;
using namespace Qt::StringLiterals;
using bench::cpuSeconds;
using bench::median;
using bench::procStatusKb;
using bench::selfCpuSeconds;
using bench::Side;

namespace {

void row(const char *name, const Side &core, const Side &peer, const char *peerName)
{
    const double cw = median(core.wall), pw = median(peer.wall), cc = median(core.cpu), pc = median(peer.cpu);
    std::printf("%-44s core %7.3fs  %-12s %7.3fs  ratio %6.2f   cpu core %6.3fs  %-12s %6.3fs  ratio %6.2f\n",
                name, cw, peerName, pw, cw > 0 ? pw / cw : 0.0, cc, peerName, pc, cc > 0 ? pc / cc : 0.0);
    std::fflush(stdout);
}

void latencyRow(const char *name, const Side &core, const Side &peer, const char *peerName)
{
    const double cw = median(core.wall), pw = median(peer.wall);
    std::printf("%-44s core %7.3fs  %-22s %7.3fs  ratio %6.2f\n", name, cw, peerName, pw,
                cw > 0 ? pw / cw : 0.0);
    std::fflush(stdout);
}

// Runs a command to its end; its standard output, or nullopt when it failed.
std::optional<QByteArray> run(const QStringList &command, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n%s\n", qPrintable(command.join(u' ')),
                     p.readAllStandardError().data());
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

// One timed run of a peer command: wall and CPU seconds (the child's user + system time).
bool timePeer(Side &side, const QStringList &command, const QProcessEnvironment &env = {})
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    if (!run(command, env))
        return false;
    side.wall.push_back(t.nsecsElapsed() / 1e9);
    side.cpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - cpuBefore);
    return true;
}

// Waits in a real event loop until `done()` holds, checking after every `signal` of `sender`.
template<typename Sender, typename Signal>
bool waitOn(const std::function<bool()> &done, Sender *sender, Signal signal, int timeoutMs = 120000)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// One listing of the user's jobs through the back-end; its wall and CPU seconds into `side`.
bool timeListing(BatchProvider &provider, Side &side, int expectAtLeast)
{
    std::optional<Result<JobListing>> answer;
    const double cpuBefore = selfCpuSeconds();
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    provider.listMine([&](const Result<JobListing> &r) {
        answer = r;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    const double wall = t.nsecsElapsed() / 1e9;
    if (!answer->ok()) {
        std::fprintf(stderr, "listing failed: %s\n", qPrintable(answer->error().detail()));
        return false;
    }
    if (answer->value().jobs.size() < expectAtLeast) {
        std::fprintf(stderr, "listing has %lld jobs, expected %d\n", qlonglong(answer->value().jobs.size()),
                     expectAtLeast);
        return false;
    }
    side.wall.push_back(wall);
    side.cpu.push_back(selfCpuSeconds() - cpuBefore);
    return true;
}

class Bench
{
public:
    Bench(int jobs, int rounds, int soakSeconds)
        : m_jobs(jobs)
        , m_rounds(rounds)
        , m_soakSeconds(soakSeconds)
    {}

    int exec()
    {
        if (!startServers() || !fill())
            return 1;
        m_token = m_cluster.token(24 * 3600);
        const bool ok = listings() && latency() && soak();
        m_server.reset();
        m_cluster.stop();
        return ok ? 0 : 1;
    }

private:
    bool startServers()
    {
        if (!m_cluster.start()) {
            std::fprintf(stderr, "Slurm did not start: %s\n", qPrintable(m_cluster.errorText()));
            return false;
        }
        m_server = std::make_unique<testing::SshServer>();
        m_server->setLoginUser(testing::SlurmCluster::clusterUser());
        m_server->setEnvironment(u"SLURM_CONF"_s, m_cluster.confPath());
        m_server->setLauncher([this](const QStringList &sshd) { return m_cluster.clusterCommand(sshd); });
        if (!m_server->start()) {
            std::fprintf(stderr, "sshd did not start: %s\n", qPrintable(m_server->log()));
            return false;
        }
        QFile known(m_knownHosts);
        if (!known.open(QIODevice::WriteOnly))
            return false;
        QFile hostKey(m_server->hostPublicKeyFile());
        hostKey.open(QIODevice::ReadOnly);
        known.write(u"[%1]:%2 "_s.arg(m_server->host()).arg(m_server->port()).toUtf8() + hostKey.readAll());
        std::printf("Slurm 24.11 (slurmrestd at %s) and sshd on port %d\n",
                    qPrintable(m_cluster.restUrl().toString()), m_server->port());
        return true;
    }

    // N held jobs of the cluster's user: queued, never started, so the list stays the same size.
    bool fill()
    {
        QElapsedTimer t;
        t.start();
        const QString loop = u"for i in $(seq %1); do sbatch --hold --parsable -J bench-$i -o /dev/null "
                             "--chdir=%2 --wrap true >/dev/null || exit 1; done"_s.arg(m_jobs)
                                 .arg(m_cluster.workDir());
        if (!run(m_cluster.clusterCommand({u"sh"_s, u"-c"_s, loop}), m_cluster.environment()))
            return false;
        const auto listed = run(squeue({u"-h"_s, u"-o"_s, u"%i"_s}), m_cluster.environment());
        const int count = listed ? int(listed->trimmed().split('\n').size()) : 0;
        std::printf("%d held jobs submitted in %.1f s; squeue lists %d\n", m_jobs, t.elapsed() / 1000.0,
                    count);
        return count >= m_jobs;
    }

    QStringList squeue(const QStringList &args = {}) const
    {
        return m_cluster.clusterCommand(QStringList{u"squeue"_s, u"--me"_s} + args);
    }
    QStringList overSsh(const QStringList &command) const
    {
        return QStringList{u"ssh"_s,
                           u"-p"_s,
                           QString::number(m_server->port()),
                           u"-i"_s,
                           m_server->clientKey(),
                           u"-o"_s,
                           u"BatchMode=yes"_s,
                           u"-o"_s,
                           u"UserKnownHostsFile="_s + m_knownHosts,
                           u"-o"_s,
                           u"ControlMaster=auto"_s,
                           u"-o"_s,
                           u"ControlPath="_s + m_dir.path() + u"/peer-%C"_s,
                           u"-o"_s,
                           u"ControlPersist=600"_s,
                           m_server->loginUser() + u'@' + m_server->host()} +
               command;
    }

    std::unique_ptr<SlurmRestProvider> restProvider() const
    {
        SlurmRestProvider::Options options;
        options.url = m_cluster.restUrl();
        options.timeoutMs = 120000;
        options.defaultWorkingDirectory = m_cluster.workDir();
        return std::make_unique<SlurmRestProvider>(options, new FixedSlurmTokenSource(m_token), nullptr);
    }
    std::unique_ptr<SlurmSshProvider> sshProvider() const
    {
        SshEndpoint e;
        e.host = m_server->host();
        e.port = m_server->port();
        e.user = m_server->loginUser();
        e.identityFile = m_server->clientKey();
        SshOptions o;
        o.knownHostsFile = m_knownHosts;
        return std::make_unique<SlurmSshProvider>(e, o);
    }

    bool listings()
    {
        std::printf("\n== refreshing the list of %d jobs; %d rounds, medians\n", m_jobs, m_rounds);
        const QStringList curl{u"curl"_s,
                               u"-sf"_s,
                               u"-o"_s,
                               u"/dev/null"_s,
                               u"-H"_s,
                               u"X-SLURM-USER-NAME: "_s + testing::SlurmCluster::clusterUser(),
                               u"-H"_s,
                               u"X-SLURM-USER-TOKEN: "_s + m_token,
                               m_cluster.restUrl().toString() + u"/slurm/v0.0.42/jobs/"_s};
        const QProcessEnvironment env = m_cluster.environment();

        Side restFull, restPoll, curlSide, ssh, sshPeer, local;
        auto poller = restProvider();
        if (!timeListing(*poller, restFull, m_jobs)) // negotiates the version, then lists everything
            return false;
        restFull = {};
        for (int round = 0; round < m_rounds; ++round) {
            const bool peerFirst = round % 2;
            if (peerFirst && !timePeer(curlSide, curl))
                return false;
            // a provider of its own each round: no update_time yet, the whole list (the version is asked
            // first, outside the clock: one small request per session)
            auto fresh = restProvider();
            if (!prime(*fresh) || !timeListing(*fresh, restFull, m_jobs))
                return false;
            if (!peerFirst && !timePeer(curlSide, curl))
                return false;
            // what polling costs: one job changed since the last listing
            if (!run(m_cluster.clusterCommand({u"scontrol"_s, u"update"_s, u"jobid="_s + firstJob(),
                                               u"comment=round%1"_s.arg(round)}),
                     env) ||
                !timeListing(*poller, restPoll, m_jobs))
                return false;
            if (!timePeer(local, squeue(), env))
                return false;
        }
        row("REST: the whole list, parsed", restFull, curlSide, "curl (JSON)");
        row("REST: a poll after one job changed", restPoll, curlSide, "curl (JSON)");
        row("REST: the whole list, parsed", restFull, local, "squeue");

        auto viaSsh = sshProvider();
        if (!timeListing(*viaSsh, ssh, m_jobs) || !timePeer(sshPeer, overSsh({u"squeue"_s, u"--me"_s})))
            return false; // both shared connections opened, outside the medians
        ssh = {};
        sshPeer = {};
        for (int round = 0; round < m_rounds; ++round) {
            const bool peerFirst = round % 2;
            if (peerFirst && !timePeer(sshPeer, overSsh({u"squeue"_s, u"--me"_s})))
                return false;
            if (!timeListing(*viaSsh, ssh, m_jobs))
                return false;
            if (!peerFirst && !timePeer(sshPeer, overSsh({u"squeue"_s, u"--me"_s})))
                return false;
        }
        row("SSH: the whole list (squeue --json), parsed", ssh, sshPeer, "ssh squeue");
        return true;
    }

    // Asks for the partitions: the provider learns the server's version outside the clock.
    static bool prime(BatchProvider &provider)
    {
        bool done = false, ok = false;
        QEventLoop loop;
        provider.partitions([&](const Result<QList<Partition>> &r) {
            done = true;
            ok = r.ok();
            loop.quit();
        });
        if (!done)
            loop.exec();
        return ok;
    }

    QString firstJob()
    {
        if (m_firstJob.isEmpty()) {
            const auto ids = run(squeue({u"-h"_s, u"-o"_s, u"%i"_s, u"--sort=i"_s}), m_cluster.environment());
            m_firstJob = ids ? QString::fromUtf8(ids->split('\n').first()).trimmed() : QString();
        }
        return m_firstJob;
    }

    JobRequest quickJob(int round) const
    {
        JobRequest r;
        r.name = u"latency-%1"_s.arg(round);
        r.script = u"#!/bin/sh\ntrue\n"_s;
        r.workingDirectory = m_cluster.workDir();
        r.standardOutput = u"/dev/null"_s;
        r.hold = true; // stays queued: the list keeps its size
        return r;
    }

    bool latency()
    {
        std::printf("\n== submit to visible (beside %d queued jobs); %d rounds, medians\n", m_jobs, m_rounds);
        facility::FacilityProfile profile;
        profile.id = u"bench"_s;
        profile.name = u"bench"_s;
        identity::Account account(profile);
        const QProcessEnvironment env = m_cluster.environment();

        const auto measure = [&](JobsSession &session, Side &inList, Side &listed, int round) {
            QString id;
            bool failed = false;
            int listingsSince = 0; // listings that ended after the submission was answered
            const QMetaObject::Connection counting = QObject::connect(
                &session, &JobsSession::refreshed, &session, [&] { listingsSince += !id.isEmpty(); });
            QElapsedTimer t;
            t.start();
            session.submit(quickJob(round), {}, {}, [&](const Result<SubmittedJob> &r) {
                if (r)
                    id = r.value().id;
                else
                    failed = true;
            });
            const auto has = [&] {
                const QList<BatchJob> now = session.jobs();
                return !id.isEmpty() &&
                       std::any_of(now.cbegin(), now.cend(), [&](const BatchJob &j) { return j.id == id; });
            };
            if (!waitOn([&] { return failed || has(); }, &session, &JobsSession::jobsChanged) || failed) {
                std::fprintf(stderr, "the submitted job %s did not reach the list (%s) after %.1f s\n",
                             qPrintable(id), failed ? "submission refused" : "timed out",
                             t.elapsed() / 1000.0);
                return false;
            }
            inList.wall.push_back(t.nsecsElapsed() / 1e9);
            // the listing the submission starts: the scheduler's own list has the job
            const bool seen = waitOn([&] { return listingsSince > 0; }, &session, &JobsSession::refreshed);
            QObject::disconnect(counting);
            if (!seen || !has()) {
                std::fprintf(stderr, "no listing with the submitted job %s (%d listings since, %s): %s\n",
                             qPrintable(id), listingsSince, has() ? "in the list" : "not in the list",
                             qPrintable(session.lastError().detail()));
                return false;
            }
            listed.wall.push_back(t.nsecsElapsed() / 1e9);
            return true;
        };

        for (const bool rest : {true, false}) {
            BatchProvider *provider = rest ? static_cast<BatchProvider *>(restProvider().release())
                                           : static_cast<BatchProvider *>(sshProvider().release());
            JobsSession session(&account, provider, m_dir.path() + (rest ? u"/rest.json"_s : u"/ssh.json"_s));
            session.setPollOptions({3600000, 3600000, 3600000, 3600000}); // only the refreshes asked for
            session.start();
            if (!waitOn([&] { return session.lastRefresh().isValid(); }, &session, &JobsSession::refreshed)) {
                std::fprintf(stderr, "no first listing: %s\n", qPrintable(session.lastError().detail()));
                return false;
            }
            Side inList, listed, peer;
            for (int round = 0; round < m_rounds; ++round) {
                if (!measure(session, inList, listed, round))
                    return false;
                // the peer: sbatch, then squeue -j until the job is printed
                QElapsedTimer t;
                t.start();
                const QStringList sbatch{u"sbatch"_s,     u"--hold"_s,
                                         u"--parsable"_s, u"-o"_s,
                                         u"/dev/null"_s,  u"--chdir"_s + u'=' + m_cluster.workDir(),
                                         u"--wrap"_s,     u"true"_s};
                const auto id = run(rest ? m_cluster.clusterCommand(sbatch) : overSsh(sbatch), env);
                if (!id)
                    return false;
                const QStringList ask{u"squeue"_s, u"-h"_s, u"-j"_s, QString::fromUtf8(id->trimmed())};
                bool printed = false;
                for (int tries = 0; !printed && tries < 100; ++tries) {
                    const auto seen = run(rest ? m_cluster.clusterCommand(ask) : overSsh(ask), env);
                    printed = seen && !seen->trimmed().isEmpty();
                }
                if (!printed)
                    return false;
                peer.wall.push_back(t.nsecsElapsed() / 1e9);
                std::printf("  round %d: in the list %.3fs, listed %.3fs; peer %.3fs\n", round + 1,
                            inList.wall.back(), listed.wall.back(), peer.wall.back());
            }
            const char *peerName = rest ? "sbatch, squeue" : "ssh sbatch, ssh squeue";
            latencyRow(rest ? "REST: submit until in the session's list"
                            : "SSH: submit until in the session's list",
                       inList, peer, peerName);
            latencyRow(rest ? "REST: submit until the scheduler lists it"
                            : "SSH: submit until the scheduler lists it",
                       listed, peer, peerName);
        }
        return true;
    }

    bool soak()
    {
        std::printf("\n== %d queued jobs polled every 5 s for %d s (the Jobs area open on them)\n", m_jobs,
                    m_soakSeconds);
        facility::FacilityProfile profile;
        profile.id = u"bench-soak"_s;
        profile.name = u"bench-soak"_s;
        identity::Account account(profile);
        JobsSession session(&account, restProvider().release(), m_dir.path() + u"/soak.json"_s);
        session.setWatching(true);
        session.start();
        if (!waitOn([&] { return session.jobs().size() >= m_jobs; }, &session, &JobsSession::jobsChanged)) {
            std::fprintf(stderr, "the session lists %lld jobs: %s\n", qlonglong(session.jobs().size()),
                         qPrintable(session.lastError().detail()));
            return false;
        }
        const double cpuBefore = selfCpuSeconds();
        const qint64 rssBefore = procStatusKb("VmRSS:");
        int refreshes = 0, failures = 0;
        QObject::connect(&session, &JobsSession::refreshed, &session, [&] { ++refreshes; });
        QObject::connect(&session, &JobsSession::refreshFailed, &session, [&] { ++failures; });

        // the peer at the same time: squeue --me every 5 s, as `watch -n 5 squeue --me`
        const QProcessEnvironment env = m_cluster.environment();
        double peerCpu = 0;
        int peerRuns = 0;
        QTimer peer;
        peer.setInterval(5000);
        QObject::connect(&peer, &QTimer::timeout, &peer, [&] {
            const double before = cpuSeconds(RUSAGE_CHILDREN);
            if (run(squeue(), env))
                ++peerRuns;
            peerCpu += cpuSeconds(RUSAGE_CHILDREN) - before;
        });
        peer.start();
        QEventLoop loop;
        QTimer::singleShot(m_soakSeconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        peer.stop();

        const double cpu = selfCpuSeconds() - cpuBefore;
        std::printf(
            "client: %d listings (%d failed), %.2f CPU s in %d s (%.3f %% of a core), RSS %lld kB before, "
            "%lld kB after, peak %lld kB\n",
            refreshes, failures, cpu, m_soakSeconds, 100.0 * cpu / m_soakSeconds, qlonglong(rssBefore),
            qlonglong(procStatusKb("VmRSS:")), qlonglong(procStatusKb("VmHWM:")));
        std::printf("squeue --me every 5 s: %d runs, %.2f CPU s (ratio squeue / client %.2f)\n", peerRuns,
                    peerCpu, cpu > 0 ? peerCpu / cpu : 0.0);
        std::fflush(stdout);
        return failures == 0;
    }

    int m_jobs;
    int m_rounds;
    int m_soakSeconds;
    testing::SlurmCluster m_cluster;
    std::unique_ptr<testing::SshServer> m_server;
    QTemporaryDir m_dir;
    QString m_knownHosts = m_dir.path() + u"/known_hosts"_s;
    QString m_token;
    QString m_firstJob;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser cli;
    cli.addOption({u"jobs"_s, u"jobs in the user's list"_s, u"N"_s, u"1000"_s});
    cli.addOption({u"rounds"_s, u"turns of each side"_s, u"N"_s, u"5"_s});
    cli.addOption({u"soak-seconds"_s, u"how long the list is polled"_s, u"S"_s, u"600"_s});
    cli.addHelpOption();
    cli.process(app);
    Bench bench(cli.value(u"jobs"_s).toInt(), cli.value(u"rounds"_s).toInt(),
                cli.value(u"soak-seconds"_s).toInt());
    return bench.exec();
}
