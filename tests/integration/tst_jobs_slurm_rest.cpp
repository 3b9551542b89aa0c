// The Slurm REST back-end against a real single-node Slurm 24.11 (slurmctld, slurmd, slurmrestd with JWT),
// started once for the whole suite by SlurmCluster: jobs really run as the cluster user and write their
// output where the test reads it.

#include "BatchCallAnswers.h"
#include "SlurmCluster.h"
#include "SlurmTokenService.h"

#include "identity/Account.h"
#include "jobs/SlurmRestProvider.h"
#include "jobs/SlurmTokenSource.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::jobs;
using daas::testing::answerOf;
using daas::testing::doneOf;
using daas::testing::SlurmCluster;

namespace {

// Hands out its tokens in turn (the last one again and again), counting the fetches.
class SequenceTokenSource : public SlurmTokenSource
{
public:
    SequenceTokenSource(QStringList tokens, QString user)
        : m_tokens(std::move(tokens))
        , m_user(std::move(user))
    {}
    std::function<void()> fetch(bool refresh, Callback done) override
    {
        Q_UNUSED(refresh);
        const QString token = m_tokens.at(qMin<qsizetype>(fetches, m_tokens.size() - 1));
        ++fetches;
        QTimer::singleShot(0, this, [done, token, user = m_user] { done(SlurmToken{user, token, {}}); });
        return [] {};
    }
    int fetches = 0;

private:
    QStringList m_tokens;
    QString m_user;
};

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestJobsSlurmRest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlurmRestProvider> provider(SlurmTokenSource *tokens = nullptr, int timeoutMs = 30000)
    {
        SlurmRestProvider::Options options;
        options.url = m_cluster.restUrl();
        options.timeoutMs = timeoutMs;
        options.defaultWorkingDirectory = m_cluster.workDir();
        return std::make_unique<SlurmRestProvider>(
            options, tokens ? tokens : new FixedSlurmTokenSource(m_token), nullptr);
    }

    Result<SubmittedJob> submit(SlurmRestProvider &p, const JobRequest &request)
    {
        auto answer = answerOf<SubmittedJob>([&](auto done) { return p.submit(request, done); });
        if (!answer->has_value())
            return Error(Error::Kind::Timeout, u"no answer to submit"_s);
        return **answer;
    }

    Result<BatchJob> details(SlurmRestProvider &p, const QString &id)
    {
        auto answer = answerOf<BatchJob>([&](auto done) { return p.details(id, done); });
        if (!answer->has_value())
            return Error(Error::Kind::Timeout, u"no answer to details"_s);
        return **answer;
    }

    // Polls the job until `until` holds (or the deadline passes); the states it went through in `seen`.
    BatchJob pollJob(SlurmRestProvider &p, const QString &id,
                     const std::function<bool(const BatchJob &)> &until, int timeoutMs,
                     QList<JobState> *seen = nullptr)
    {
        const QDeadlineTimer deadline(timeoutMs);
        BatchJob last;
        while (!deadline.hasExpired()) {
            const Result<BatchJob> job = details(p, id);
            if (job) {
                last = *job;
                if (seen && (seen->isEmpty() || seen->last() != last.state))
                    seen->append(last.state);
                if (until(last))
                    return last;
            }
            QTest::qWait(200);
        }
        return last;
    }

    JobRequest request(const QString &name, const QString &script)
    {
        JobRequest r;
        r.name = name;
        r.script = script;
        r.workingDirectory = m_cluster.workDir();
        r.standardOutput = u"%x-%j.out"_s;
        return r;
    }

    SlurmCluster m_cluster;
    QString m_token;
    QString m_timeLimitJob;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorText()));
        qInfo("Slurm cluster %s (node %s) idle and slurmrestd listening after %lld ms",
              qPrintable(m_cluster.clusterName()), qPrintable(m_cluster.nodeName()),
              static_cast<long long>(m_cluster.startMs()));
        m_token = m_cluster.token(3600);
        QVERIFY(!m_token.isEmpty());
        // Slurm checks time limits every 30 s and the shortest limit is a minute: the job that runs into its
        // limit starts first and is looked at last (timeLimitEndsJob), while the other cases run.
        auto p = provider();
        JobRequest r = request(u"limit"_s, u"#!/bin/bash\necho started\nsleep 600\n"_s);
        r.partition = SlurmCluster::shortPartition();
        r.timeLimitMinutes = 1;
        const Result<SubmittedJob> submitted = submit(*p, r);
        QVERIFY2(submitted, qPrintable(submitted.error().userText()));
        m_timeLimitJob = submitted->id;
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void negotiatesNewestVersionAndListsPartitions()
    {
        auto p = provider();
        QCOMPARE(p->apiVersion(), 0);
        auto answer = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(answer->has_value());
        QVERIFY2(**answer, qPrintable((*answer)->error().userText()));
        QCOMPARE(p->apiVersion(), 42);
        QCOMPARE(p->userName(), SlurmCluster::clusterUser());
        const QList<Partition> partitions = ***answer;
        QCOMPARE(partitions.size(), 2);
        const auto find = [&](const QString &name) {
            for (const Partition &part : partitions)
                if (part.name == name)
                    return part;
            return Partition();
        };
        QCOMPARE(find(u"debug"_s).maxTimeMinutes, -1);
        QCOMPARE(find(u"debug"_s).state, u"UP"_s);
        QCOMPARE(find(u"debug"_s).cpus, 8);
        QCOMPARE(find(u"short"_s).maxTimeMinutes, 1);
        QCOMPARE(find(u"short"_s).nodes, 1);
    }

    void olderParserVersionsWork_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v0.0.40") << 40;
        QTest::newRow("v0.0.41") << 41;
    }

    void olderParserVersionsWork()
    {
        QFETCH(int, version);
        SlurmRestProvider::Options options;
        options.url = m_cluster.restUrl();
        options.version = version;
        SlurmRestProvider p(options, new FixedSlurmTokenSource(m_token));
        const Result<SubmittedJob> submitted =
            submit(p, request(u"v%1"_s.arg(version), u"#!/bin/sh\necho parser %1\nexit 4\n"_s.arg(version)));
        QVERIFY2(submitted, qPrintable(submitted.error().userText()));
        const BatchJob job =
            pollJob(p, submitted->id, [](const BatchJob &j) { return isFinished(j.state); }, 60000);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.exitCode, std::optional<int>(4));
        QTRY_COMPARE(readAll(job.standardOutput), u"parser %1\n"_s.arg(version));
        auto listing = answerOf<JobListing>([&](auto done) { return p.listMine(done); });
        QVERIFY(listing->has_value() && **listing);
        QVERIFY(std::any_of((**listing)->jobs.cbegin(), (**listing)->jobs.cend(),
                            [&](const BatchJob &j) { return j.id == submitted->id; }));
    }

    void submittedJobRunsAndWritesOutput()
    {
        auto p = provider();
        const QString script =
            u"#!/bin/bash\necho \"hello from $SLURM_JOB_ID as $(id -un)\"\nsleep 2\necho done\n"_s;
        const Result<SubmittedJob> submitted = submit(*p, request(u"hello"_s, script));
        QVERIFY2(submitted, qPrintable(submitted.error().userText()));
        QVERIFY(!submitted->id.isEmpty());
        QList<JobState> seen;
        const BatchJob job =
            pollJob(*p, submitted->id, [](const BatchJob &j) { return isFinished(j.state); }, 60000, &seen);
        QVERIFY2(seen.contains(JobState::Running), qPrintable(u"states seen: %1"_s.arg(seen.size())));
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.exitCode, std::optional<int>(0));
        QCOMPARE(job.name, u"hello"_s);
        QCOMPARE(job.user, SlurmCluster::clusterUser());
        QCOMPARE(job.partition, SlurmCluster::defaultPartition());
        QCOMPARE(job.nodes, m_cluster.nodeName());
        QVERIFY(job.submitTime.isValid() && job.startTime.isValid() && job.endTime.isValid());
        QVERIFY(job.endTime >= job.startTime);
        QCOMPARE(job.workingDirectory, m_cluster.workDir());
        QCOMPARE(job.standardOutput, m_cluster.workDir() + u"/hello-"_s + job.id + u".out"_s);
        QTRY_COMPARE(readAll(job.standardOutput),
                     u"hello from %1 as %2\ndone\n"_s.arg(job.id, SlurmCluster::clusterUser()));
    }

    void failingJobReportsItsExitCode()
    {
        auto p = provider();
        const Result<SubmittedJob> submitted =
            submit(*p, request(u"fails"_s, u"#!/bin/sh\necho failing >&2\nexit 3\n"_s));
        QVERIFY2(submitted, qPrintable(submitted.error().userText()));
        // Slurm says FAILED,COMPLETING for a moment while the node cleans up: the state to compare is the
        // last
        const BatchJob job = pollJob(
            *p, submitted->id,
            [](const BatchJob &j) {
                return isFinished(j.state) && !j.schedulerState.contains(u"COMPLETING"_s);
            },
            60000);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.exitCode, std::optional<int>(3));
        QCOMPARE(job.reason, u"NonZeroExitCode"_s);
        QCOMPARE(job.schedulerState, u"FAILED"_s);
        QTRY_COMPARE(readAll(job.standardError), u"failing\n"_s);
    }

    void cancelRunningJob()
    {
        auto p = provider();
        const Result<SubmittedJob> submitted = submit(*p, request(u"long"_s, u"#!/bin/sh\nsleep 600\n"_s));
        QVERIFY2(submitted, qPrintable(submitted.error().userText()));
        QCOMPARE(pollJob(
                     *p, submitted->id, [](const BatchJob &j) { return j.state == JobState::Running; }, 60000)
                     .state,
                 JobState::Running);
        auto cancelled = doneOf([&](auto done) { return p->cancelJob(submitted->id, done); });
        QVERIFY(cancelled->has_value());
        QVERIFY2(!**cancelled, qPrintable((*cancelled)->userText()));
        const BatchJob job =
            pollJob(*p, submitted->id, [](const BatchJob &j) { return isFinished(j.state); }, 60000);
        QCOMPARE(job.state, JobState::Cancelled);
    }

    void holdAndReleasePendingJob()
    {
        auto p = provider();
        JobRequest r = request(u"held"_s, u"#!/bin/sh\necho released\n"_s);
        r.hold = true;
        const Result<SubmittedJob> submitted = submit(*p, r);
        QVERIFY2(submitted, qPrintable(submitted.error().userText()));
        // the scheduler says so in a warning of its HTTP 200
        QVERIFY2(submitted->warnings.join(u' ').contains(u"held"_s),
                 qPrintable(submitted->warnings.join(u'|')));
        const Result<BatchJob> held = details(*p, submitted->id);
        QVERIFY(held);
        QCOMPARE(held->state, JobState::Held);
        QCOMPARE(held->reason, u"JobHeldUser"_s);
        QCOMPARE(held->reasonText(), u"Held by you"_s);

        auto released = doneOf([&](auto done) { return p->setHeld(submitted->id, false, done); });
        QVERIFY(released->has_value());
        QVERIFY2(!**released, qPrintable((*released)->userText()));
        const BatchJob ran =
            pollJob(*p, submitted->id, [](const BatchJob &j) { return isFinished(j.state); }, 60000);
        QCOMPARE(ran.state, JobState::Completed);
        QTRY_COMPARE(readAll(ran.standardOutput), u"released\n"_s);

        // and held again while it waits
        JobRequest r2 = request(u"held2"_s, u"#!/bin/sh\ntrue\n"_s);
        r2.hold = true;
        const Result<SubmittedJob> second = submit(*p, r2);
        QVERIFY(second);
        auto reheld = doneOf([&](auto done) { return p->setHeld(second->id, true, done); });
        QVERIFY(reheld->has_value() && !**reheld);
        const Result<BatchJob> reheldJob = details(*p, second->id);
        QVERIFY(reheldJob);
        QCOMPARE(reheldJob->state, JobState::Held);
        // the cluster user is SlurmUser here (SlurmCluster), so its own later hold is an administrator's
        QCOMPARE(reheldJob->reason, u"JobHeldAdmin"_s);
        auto cancelled = doneOf([&](auto done) { return p->cancelJob(second->id, done); });
        QVERIFY(cancelled->has_value() && !**cancelled);
    }

    void rejectedJobShowsTheSchedulersWords()
    {
        auto p = provider();
        JobRequest r = request(u"nowhere"_s, u"#!/bin/sh\ntrue\n"_s);
        r.partition = u"nosuchpartition"_s;
        const Result<SubmittedJob> refused = submit(*p, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(refused.error().userText().startsWith(u"Slurm did not accept the job."_s),
                 qPrintable(refused.error().userText()));
        QVERIFY2(refused.error().userText().contains(u"Invalid partition name specified"_s),
                 qPrintable(refused.error().userText()));

        // no interpreter line: slurmrestd would take it and the job would die with "Exec format error"
        const Result<SubmittedJob> noShebang = submit(*p, request(u"plain"_s, u"echo hi\n"_s));
        QVERIFY(!noShebang);
        QCOMPARE(noShebang.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(noShebang.error().userText().contains(u"#!/bin/bash"_s));
    }

    void unknownJobIsNotFound()
    {
        auto p = provider();
        const Result<BatchJob> job = details(*p, u"987654"_s);
        QVERIFY(!job);
        QCOMPARE(job.error().kind(), Error::Kind::NotFound);
        QVERIFY2(job.error().userText().contains(u"Invalid job id specified"_s),
                 qPrintable(job.error().userText()));
    }

    void secondListingIsUnchanged()
    {
        auto p = provider();
        const Result<SubmittedJob> submitted = submit(*p, request(u"listed"_s, u"#!/bin/sh\ntrue\n"_s));
        QVERIFY(submitted);
        pollJob(*p, submitted->id, [](const BatchJob &j) { return isFinished(j.state); }, 60000);
        // slurmctld says "unchanged" when update_time - 1 >= the time of the last job change (proc_req.c
        // _slurm_rpc_dump_jobs), in whole seconds: the first listing is made a second after the last change
        // it knows of. Another job of the suite may change meanwhile (the time-limit job ends): a few tries.
        bool sawUnchanged = false;
        for (int attempt = 0; attempt < 5 && !sawUnchanged; ++attempt) {
            const qint64 changed = QDateTime::currentSecsSinceEpoch();
            QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentSecsSinceEpoch() > changed; }, 3000));
            auto first = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
            QVERIFY(first->has_value());
            QVERIFY2(**first, qPrintable((*first)->error().userText()));
            QVERIFY(std::any_of((**first)->jobs.cbegin(), (**first)->jobs.cend(),
                                [&](const BatchJob &j) { return j.id == submitted->id; }));
            for (const BatchJob &j : (**first)->jobs)
                QCOMPARE(j.user, SlurmCluster::clusterUser());
            auto second = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
            QVERIFY(second->has_value() && **second);
            if ((**second)->unchanged) {
                sawUnchanged = true;
                QCOMPARE((**second)->jobs.size(), (**first)->jobs.size());
            }
        }
        QVERIFY(sawUnchanged);
    }

    void expiredTokenIsSessionExpired()
    {
        auto p = provider(new FixedSlurmTokenSource(m_cluster.expiredToken()));
        auto answer = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QVERIFY(answer->has_value());
        QVERIFY(!**answer);
        QCOMPARE((*answer)->error().kind(), Error::Kind::SessionExpired);
        QVERIFY2((*answer)->error().userText().contains(u"expired"_s),
                 qPrintable((*answer)->error().userText()));
    }

    void wrongTokenIsRefused()
    {
        auto p = provider(new FixedSlurmTokenSource(m_cluster.wrongToken()));
        auto answer = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(answer->has_value());
        QVERIFY(!**answer);
        QCOMPARE((*answer)->error().kind(), Error::Kind::Authentication);
        QVERIFY((*answer)->error().userText().contains(u"did not accept your Slurm token"_s));
        QVERIFY(!(*answer)->error().detail().contains(m_cluster.wrongToken().section(u'.', 2)));
    }

    void refusedTokenIsFetchedAgainOnce()
    {
        auto *tokens =
            new SequenceTokenSource({m_cluster.expiredToken(), m_token}, SlurmCluster::clusterUser());
        auto p = provider(tokens);
        auto answer = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(answer->has_value());
        QVERIFY2(**answer, qPrintable((*answer)->error().userText()));
        QCOMPARE(tokens->fetches, 2);
        // both refused: one fetch more, then the error
        auto *bad = new SequenceTokenSource({m_cluster.wrongToken(), m_cluster.wrongToken()},
                                            SlurmCluster::clusterUser());
        auto q = provider(bad);
        auto refused = answerOf<QList<Partition>>([&](auto done) { return q->partitions(done); });
        QVERIFY(refused->has_value() && !**refused);
        QCOMPARE(bad->fetches, 2);
        QCOMPARE((*refused)->error().kind(), Error::Kind::Authentication);
    }

    void tokenServiceGivesTokens()
    {
        daas::testing::SlurmTokenService service(&m_cluster, {{u"alice"_s, u"alice-pw"_s}}, 600);
        QVERIFY(service.listen());
        identity::Account account{facility::FacilityProfile()};
        account.setServiceLogin({u"alice"_s, u"alice-pw"_s});
        auto p = provider(new ServiceSlurmTokenSource(&account, service.url()));
        auto answer = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(answer->has_value());
        QVERIFY2(**answer, qPrintable((*answer)->error().userText()));
        QCOMPARE(p->userName(), SlurmCluster::clusterUser());
        QCOMPARE(service.served(), 1);

        account.setServiceLogin({u"alice"_s, u"wrong"_s});
        auto q = provider(new ServiceSlurmTokenSource(&account, service.url()));
        auto refused = answerOf<QList<Partition>>([&](auto done) { return q->partitions(done); });
        QVERIFY(refused->has_value() && !**refused);
        QCOMPARE((*refused)->error().kind(), Error::Kind::Authentication);
        QVERIFY((*refused)->error().userText().contains(u"token service"_s));
        QVERIFY(!(*refused)->error().detail().contains(u"wrong"_s));
    }

    void stoppedThenRestartedSlurmrestd()
    {
        auto p = provider();
        auto before = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QVERIFY(before->has_value() && **before);

        QVERIFY(m_cluster.stopRest());
        auto down = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QVERIFY(down->has_value());
        QVERIFY(!**down);
        QCOMPARE((*down)->error().kind(), Error::Kind::Network);
        QVERIFY2((*down)->error().userText().contains(u"refused the connection"_s),
                 qPrintable((*down)->error().userText()));

        QVERIFY2(m_cluster.startRest(), qPrintable(m_cluster.errorText()));
        auto up = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QVERIFY(up->has_value());
        QVERIFY2(**up, qPrintable((*up)->error().userText()));

        // restarted between two polls: the kept-alive connection is gone, the next poll works
        QVERIFY2(m_cluster.restartRest(), qPrintable(m_cluster.errorText()));
        auto again = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QVERIFY(again->has_value());
        QVERIFY2(**again, qPrintable((*again)->error().userText()));
    }

    void cancelWhileSlurmrestdHangs()
    {
        auto p = provider();
        auto ready = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(ready->has_value() && **ready);
        QVERIFY(m_cluster.pauseRest());
        auto answer = std::make_shared<std::optional<Result<JobListing>>>();
        QPointer<BatchCall> call = p->listMine([answer](const Result<JobListing> &r) { *answer = r; });
        QSignalSpy progress(call.data(), &BatchCall::progress);
        // the request is out when the call says it waits for Slurm
        QVERIFY(progress.wait(10000));
        QCOMPARE(call->progressText(), u"Waiting for Slurm…"_s);
        QVERIFY(!answer->has_value());
        call->cancel();
        QVERIFY(answer->has_value());
        QCOMPARE((*answer)->error().kind(), Error::Kind::Cancelled);
        QVERIFY(m_cluster.resumeRest());
    }

    void hungSlurmrestdTimesOut()
    {
        auto p = provider(nullptr, 1500);
        auto ready = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(ready->has_value() && **ready);
        QVERIFY(m_cluster.pauseRest());
        auto answer = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QVERIFY(m_cluster.resumeRest());
        QVERIFY(answer->has_value());
        QCOMPARE((*answer)->error().kind(), Error::Kind::Timeout);
        QVERIFY2((*answer)->error().userText().contains(u"did not answer"_s),
                 qPrintable((*answer)->error().userText()));
    }

    void commandLineReachesTheSameCluster()
    {
        // what the SSH back-end does: sbatch/squeue as the cluster user, in the cluster's namespace, with
        // environment(); the job shows through REST
        QProcess sbatch;
        sbatch.setProcessEnvironment(m_cluster.environment());
        const QStringList cmd = m_cluster.clusterCommand(
            {u"sbatch"_s, u"--parsable"_s, u"-D"_s, m_cluster.workDir(), u"-o"_s, u"cli-%j.out"_s,
             u"--wrap"_s, u"echo from the command line as $(id -un)"_s});
        sbatch.start(cmd.first(), cmd.mid(1));
        QVERIFY(sbatch.waitForFinished(30000));
        QCOMPARE(sbatch.exitCode(), 0);
        const QString id = QString::fromUtf8(sbatch.readAllStandardOutput()).trimmed().section(u';', 0, 0);
        QVERIFY2(!id.isEmpty(), sbatch.readAllStandardError().constData());
        auto p = provider();
        const BatchJob job = pollJob(*p, id, [](const BatchJob &j) { return isFinished(j.state); }, 60000);
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.name, u"wrap"_s);
        QTRY_COMPARE(readAll(m_cluster.workDir() + u"/cli-"_s + id + u".out"_s),
                     u"from the command line as %1\n"_s.arg(SlurmCluster::clusterUser()));
    }

    void timeLimitEndsJob()
    {
        auto p = provider();
        const BatchJob job =
            pollJob(*p, m_timeLimitJob, [](const BatchJob &j) { return isFinished(j.state); }, 150000);
        QCOMPARE(job.state, JobState::TimedOut);
        QCOMPARE(job.timeLimitMinutes, 1);
        QCOMPARE(job.reason, u"TimeLimit"_s);
        QTRY_VERIFY(readAll(job.standardOutput).startsWith(u"started\n"_s));
        // slurmstepd writes its line into the output file as it kills the job: it may land after the state
        QTRY_VERIFY2_WITH_TIMEOUT(readAll(job.standardOutput).contains(u"DUE TO TIME LIMIT"_s),
                                  qPrintable(readAll(job.standardOutput)), 20000);
    }
};

QTEST_GUILESS_MAIN(TestJobsSlurmRest)
#include "tst_jobs_slurm_rest.moc"
