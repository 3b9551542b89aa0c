// Slurm over SSH: SlurmSshProvider against a real single-node Slurm 24.11 (tests/facility/slurm) whose
// commands a real sshd (tests/facility/ssh) runs as the cluster's job user. Jobs really run: submitted,
// seen to finish, their output read at an offset; cancelled; held and released; a script, a hold or a job id
// Slurm refuses comes back in Slurm's words; squeue's fixed format and --json agree; and what this Slurm
// prints still reads like the outputs recorded for the parsing units (tests/facility/ssh/slurm/recorded).
#include "BatchCallAnswers.h"
#include "SlurmCluster.h"
#include "SshServer.h"
#include "TestPaths.h"
#include "jobs/SlurmSshParsers.h"
#include "jobs/SlurmSshProvider.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daas;
using namespace daas::jobs;
using daas::testing::answerOf;
using daas::testing::doneResultOf;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobsSshSlurm : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::SlurmCluster> m_cluster;
    std::unique_ptr<testing::SshServer> m_server;
    QTemporaryDir m_client;

    std::unique_ptr<SlurmSshProvider>
    provider(SlurmSshProvider::ListFormat format = SlurmSshProvider::ListFormat::Auto)
    {
        SshEndpoint e;
        e.host = m_server->host();
        e.port = m_server->port();
        e.user = m_server->loginUser();
        e.identityFile = m_server->clientKey();
        SshOptions o;
        o.knownHostsFile = m_client.path() + u"/known_hosts"_s;
        o.askpassProgram = daas::test::paths::askpass();
        auto p = std::make_unique<SlurmSshProvider>(e, o);
        p->setListFormat(format);
        return p;
    }

    QString submit(SlurmSshProvider &p, const JobRequest &r)
    {
        const auto o = answerOf<SubmittedJob>([&](auto done) { return p.submit(r, done); });
        if (!o->has_value() || !**o) {
            qWarning() << "submit:" << (o->has_value() ? (*o)->error() : Error());
            return {};
        }
        return (*o)->value().id;
    }
    std::optional<Result<BatchJob>> details(SlurmSshProvider &p, const QString &id)
    {
        return *answerOf<BatchJob>([&](auto done) { return p.details(id, done); });
    }
    QList<BatchJob> listMine(SlurmSshProvider &p)
    {
        const auto o = answerOf<JobListing>([&](auto done) { return p.listMine(done); });
        if (!o->has_value() || !**o) {
            qWarning() << "listMine:" << (o->has_value() ? (*o)->error() : Error());
            return {};
        }
        return (*o)->value().jobs;
    }
    // Asks the scheduler (listMine, one call after another: each answer is the event waited for) until the
    // job is in one of `states`.
    BatchJob waitForState(SlurmSshProvider &p, const QString &id, const QList<JobState> &states,
                          int timeoutMs = 90000)
    {
        BatchJob seen;
        [[maybe_unused]] const bool reached = QTest::qWaitFor(
            [&] {
                for (const BatchJob &j : listMine(p))
                    if (j.id == id)
                        seen = j;
                return states.contains(seen.state);
            },
            timeoutMs);
        return seen;
    }
    // 0: cancel, 1: hold, 2: release
    std::optional<Result<bool>> control(SlurmSshProvider &p, const QString &id, int what)
    {
        return doneResultOf(
            [&](auto done) { return what == 0 ? p.cancelJob(id, done) : p.setHeld(id, what == 1, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cluster = std::make_unique<testing::SlurmCluster>();
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorText()));
        // sshd in the cluster's mount namespace, as its job user: the sessions' sbatch reach the cluster
        m_server = std::make_unique<testing::SshServer>();
        m_server->setLoginUser(testing::SlurmCluster::clusterUser());
        m_server->setEnvironment(u"SLURM_CONF"_s, m_cluster->confPath());
        m_server->setLauncher([this](const QStringList &sshd) { return m_cluster->clusterCommand(sshd); });
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        // the host key was trusted before (tst_jobs_ssh asks it)
        QFile known(m_client.path() + u"/known_hosts"_s);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[%1]:%2 "_s.arg(m_server->host()).arg(m_server->port()).toUtf8() +
                    readAll(m_server->hostPublicKeyFile()));
    }

    void aJobRunsAndItsOutputIsRead()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"analysis run with spaces"_s;
        r.script = u"#!/bin/bash\n#SBATCH --comment=mine\necho \"line one $GREETING\"\necho line two\n"_s;
        r.environment = {u"GREETING=it's me"_s};
        r.timeLimitMinutes = 5;
        const QString id = submit(*p, r);
        QVERIFY(!id.isEmpty());

        const BatchJob finished = waitForState(*p, id, {JobState::Completed, JobState::Failed});
        QCOMPARE(p->slurmVersion().majorVersion(), 24); // squeue --version, asked once
        QCOMPARE(finished.state, JobState::Completed);
        QCOMPARE(finished.name, r.name);
        QCOMPARE(finished.exitCode, std::optional<int>(0));
        QCOMPARE(finished.timeLimitMinutes, 5);
        QCOMPARE(finished.user, testing::SlurmCluster::clusterUser());
        QVERIFY(finished.submitTime.isValid() && finished.endTime >= finished.startTime);
        QVERIFY2(finished.standardOutput.endsWith(u"/slurm-%1.out"_s.arg(id)),
                 qPrintable(finished.standardOutput));

        // the output, from an offset
        const QByteArray expected = "line one it's me\nline two\n";
        const auto chunk = answerOf<BatchProvider::FileChunk>(
            [&](auto done) { return p->readFile(finished.standardOutput, 17, 1000, done); });
        QVERIFY(chunk->has_value());
        QVERIFY2((*chunk)->ok(), qPrintable((*chunk)->error().userText()));
        QCOMPARE((*chunk)->value().data, expected.mid(17));
        QCOMPARE((*chunk)->value().fileSize, expected.size());

        // details: the job and the script Slurm ran, which is the preview
        const auto shown = details(*p, id);
        QVERIFY2(shown->ok(), qPrintable(shown->error().userText()));
        // COMPLETING while Slurm runs the epilog (aFailingJobSaysSo)
        QVERIFY2(shown->value().state == JobState::Completed || shown->value().state == JobState::Completing,
                 qPrintable(shown->value().schedulerState));
        QCOMPARE(shown->value().exitCode, std::optional<int>(0));
        QCOMPARE(shown->value().standardOutput, finished.standardOutput);
        QCOMPARE(shown->value().script, p->submissionPreview(r));
    }

    void aFailingJobSaysSo()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"fails"_s;
        r.script = u"#!/bin/bash\necho oops >&2\nexit 3\n"_s;
        const QString id = submit(*p, r);
        QVERIFY(!id.isEmpty());
        const BatchJob failed = waitForState(*p, id, {JobState::Completed, JobState::Failed});
        QCOMPARE(failed.state, JobState::Failed);
        const auto shown = details(*p, id);
        QVERIFY2(shown->ok(), qPrintable(shown->error().userText() + u' ' + shown->error().detail()));
        // scontrol says COMPLETING while Slurm runs the epilog, where squeue's JSON already said FAILED
        QVERIFY2(shown->value().state == JobState::Failed || shown->value().state == JobState::Completing,
                 qPrintable(shown->value().schedulerState));
        QCOMPARE(shown->value().exitCode, std::optional<int>(3));
    }

    void cancelARunningJob()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"long"_s;
        r.script = u"#!/bin/bash\nsleep 300\n"_s;
        const QString id = submit(*p, r);
        QVERIFY(!id.isEmpty());
        QCOMPARE(waitForState(*p, id, {JobState::Running}).state, JobState::Running);
        QVERIFY(control(*p, id, 0)->ok());
        QCOMPARE(waitForState(*p, id, {JobState::Cancelled}).state, JobState::Cancelled);
        // again: it has ended, nothing to do
        QVERIFY(control(*p, id, 0)->ok());
    }

    void holdAndRelease()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"held"_s;
        r.script = u"#!/bin/bash\nsleep 300\n"_s;
        r.hold = true;
        const QString id = submit(*p, r);
        QVERIFY(!id.isEmpty());
        const auto held = details(*p, id);
        QCOMPARE(held->value().state, JobState::Held);
        QCOMPARE(held->value().reason, u"JobHeldUser"_s);
        QVERIFY(control(*p, id, 2)->ok()); // release
        QCOMPARE(waitForState(*p, id, {JobState::Running}).state, JobState::Running);
        QVERIFY(control(*p, id, 0)->ok());
        QCOMPARE(waitForState(*p, id, {JobState::Cancelled}).state, JobState::Cancelled);
        // a job that has ended cannot be held: refused, in Slurm's words
        const auto refused = control(*p, id, 1);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->error().kind(), Error::Kind::Conflict);
        QVERIFY2(refused->error().userText().contains(u"Slurm did not hold job %1."_s.arg(id)),
                 qPrintable(refused->error().userText()));
        QVERIFY2(refused->error().userText().contains(u"Job has already finished"_s),
                 qPrintable(refused->error().userText()));
    }

    void aRefusedScriptInSlurmsWords()
    {
        auto p = provider();
        JobRequest r;
        r.script = u"echo no shebang\n"_s;
        const auto o = answerOf<SubmittedJob>([&](auto done) { return p->submit(r, done); });
        QVERIFY(o->has_value());
        QCOMPARE((*o)->error().kind(), Error::Kind::InvalidInput);
        QVERIFY2((*o)->error().userText().contains(u"This does not look like a batch script"_s),
                 qPrintable((*o)->error().userText()));
        r.script = u"#!/bin/bash\ntrue\n"_s;
        r.partition = u"nosuch"_s;
        const auto bad = answerOf<SubmittedJob>([&](auto done) { return p->submit(r, done); });
        QVERIFY(bad->has_value());
        QVERIFY2((*bad)->error().userText().contains(u"Invalid partition name specified"_s),
                 qPrintable((*bad)->error().userText()));
    }

    void partitions()
    {
        auto p = provider();
        const auto o = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(o->has_value());
        QVERIFY((*o)->ok());
        const QList<Partition> parts = (*o)->value();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, testing::SlurmCluster::defaultPartition());
        QVERIFY(parts.at(0).isDefault);
        QCOMPARE(parts.at(0).maxTimeMinutes, -1);
        QCOMPARE(parts.at(1).name, testing::SlurmCluster::shortPartition());
        QCOMPARE(parts.at(1).maxTimeMinutes, 1);
        QCOMPARE(parts.at(1).state, u"UP"_s);
    }

    void aJobTheControllerForgot()
    {
        auto p = provider();
        const auto gone = details(*p, u"99999"_s);
        QCOMPARE(gone->error().kind(), Error::Kind::NotFound);
        QVERIFY2(gone->error().userText().contains(u"Invalid job id specified"_s),
                 qPrintable(gone->error().userText()));
        // cancelling, holding or releasing it: the same, in Slurm's words (scancel 24.11 exits 0 for it, and
        // says so only with -v)
        for (int what : {0, 1, 2}) {
            const auto control = this->control(*p, u"99999"_s, what);
            QVERIFY(control.has_value());
            QCOMPARE(control->error().kind(), Error::Kind::NotFound);
            QVERIFY2(control->error().userText().contains(u"Slurm does not know job 99999"_s),
                     qPrintable(control->error().userText()));
            QVERIFY2(control->error().userText().contains(u"Invalid job id specified"_s),
                     qPrintable(control->error().userText()));
        }
    }

    void fixedFormatAndJsonAgree()
    {
        JobRequest r;
        r.name = u"both ways"_s;
        r.script = u"#!/bin/bash\nsleep 300\n"_s;
        r.standardOutput = u"%x-%j.log"_s;
        auto json = provider(SlurmSshProvider::ListFormat::Json);
        const QString id = submit(*json, r);
        QVERIFY(!id.isEmpty());
        waitForState(*json, id, {JobState::Running});
        auto fixed = provider(SlurmSshProvider::ListFormat::Fixed);
        QList<BatchJob> a = listMine(*json);
        QList<BatchJob> b = listMine(*fixed);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.size(), b.size());
        for (const BatchJob &x : std::as_const(a)) {
            const auto y =
                std::find_if(b.cbegin(), b.cend(), [&](const BatchJob &j) { return j.id == x.id; });
            QVERIFY2(y != b.cend(), qPrintable(x.id));
            QCOMPARE(y->name, x.name);
            QCOMPARE(y->state, x.state);
            QCOMPARE(y->partition, x.partition);
            QCOMPARE(y->submitTime, x.submitTime);
            QCOMPARE(y->timeLimitMinutes, x.timeLimitMinutes);
            // Slurm expanded the pattern for --json; the client did for the fixed format
            QCOMPARE(y->standardOutput, x.standardOutput);
        }
        QVERIFY(control(*json, id, 0)->ok());
    }

    // Runs tests/facility/ssh/slurm/record.sh on the login node: what this Slurm prints now must read like
    // the recorded outputs the parsing units use (with DAAS_SLURM_RECORD_TO set, the fresh outputs are
    // copied there, to record them again).
    void freshOutputsReadLikeTheRecordedOnes()
    {
        QTemporaryDir fresh(QDir::tempPath() + u"/daas-slurm-record-XXXXXX"_s);
        QFile::setPermissions(fresh.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::WriteOther |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther);
        auto p = provider();
        std::optional<Result<SshOutput>> ran;
        p->connection()->run(
            u"bash -s "_s + SshConnection::shellQuote(fresh.path()),
            readAll(daas::test::paths::sourceDir() + QStringLiteral("/tests/facility/ssh/slurm/record.sh")),
            120s, [&ran](const Result<SshOutput> &r) { ran = r; });
        QTRY_VERIFY_WITH_TIMEOUT(ran.has_value(), 130000);
        QVERIFY2(ran->ok() && ran->value().exitCode == 0,
                 ran->ok() ? ran->value().standardError.constData() : "");
        const QString dir = fresh.path();
        const auto json = SlurmSsh::parseJson(readAll(dir + u"/squeue.json"_s));
        const auto fixed = SlurmSsh::parseFixed(readAll(dir + u"/squeue-fixed.txt"_s));
        QVERIFY(json.ok() && fixed.ok());
        QCOMPARE(json->size(), fixed->size());
        QVERIFY(json->size() >= 7);
        for (const BatchJob &x : json.value()) {
            const auto y =
                std::find_if(fixed->cbegin(), fixed->cend(), [&](const BatchJob &j) { return j.id == x.id; });
            QVERIFY2(y != fixed->cend(), qPrintable(x.id));
            QCOMPARE(y->state, x.state);
            QCOMPARE(y->name, x.name);
            QCOMPARE(y->standardOutput, x.standardOutput);
        }
        const QStringList lines =
            QString::fromUtf8(readAll(dir + u"/scontrol-show-job.txt"_s)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        for (const QString &line : lines)
            QVERIFY2(SlurmSsh::parseScontrolJob(line.toUtf8()).ok(), qPrintable(line));
        QCOMPARE(SlurmSsh::parseSinfo(readAll(dir + u"/sinfo.txt"_s)).size(), 2);
        if (const QString to = qEnvironmentVariable("DAAS_SLURM_RECORD_TO"); !to.isEmpty()) {
            QDir().mkpath(to);
            for (const QString &name : QDir(dir).entryList(QDir::Files)) {
                QFile::remove(to + u'/' + name);
                QVERIFY(QFile::copy(dir + u'/' + name, to + u'/' + name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJobsSshSlurm)
#include "tst_jobs_ssh_slurm.moc"
