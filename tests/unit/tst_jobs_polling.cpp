// JobsSession's polling against a scheduler that takes its time to list: the next poll waits at least five
// times as long as the last listing took, so a slow scheduler (slurmrestd spends seconds on 1,000 queued
// jobs: tests/bench/bench_jobs) is never kept busy by one client; failures back off further. And the
// session's mapping of cluster folders to the storage's (Open output folder).

#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "jobs/BatchProvider.h"
#include "jobs/JobsSession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace daas;
using namespace daas::jobs;
using namespace Qt::StringLiterals;

namespace {

// Lists one queued job after `delayMs`, or fails after it.
class SlowScheduler : public BatchProvider
{
public:
    int delayMs = 0;
    bool fail = false;
    QString schedulerName() const override { return u"slow"_s; }
    QString userName() const override { return u"alice"_s; }
    BatchCall *partitions(Callback<QList<Partition>>) override { return nullptr; }
    BatchCall *submit(const JobRequest &, Callback<SubmittedJob>) override { return nullptr; }
    QString submissionPreview(const JobRequest &) const override { return {}; }
    BatchCall *listMine(Callback<JobListing> done) override
    {
        auto *call = BatchCall::start(this, done);
        QTimer::singleShot(delayMs, call, [this, call, done] {
            call->finish([&] {
                if (fail) {
                    done(Error(Error::Kind::Network, u"the scheduler is down"_s));
                    return;
                }
                BatchJob job;
                job.id = u"7"_s;
                job.user = u"alice"_s;
                job.state = JobState::Queued;
                job.schedulerState = u"PENDING"_s;
                done(JobListing{{job}, false});
            });
        });
        return call;
    }
    BatchCall *details(const QString &, Callback<BatchJob>) override { return nullptr; }
    BatchCall *cancelJob(const QString &, Done) override { return nullptr; }
    BatchCall *setHeld(const QString &, bool, Done) override { return nullptr; }
    BatchCall *readFile(const QString &, qint64, qint64, Callback<FileChunk>) override { return nullptr; }
};

} // namespace

class TestJobsPolling : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static JobsSession::PollOptions fast()
    {
        JobsSession::PollOptions o;
        o.activeIntervalMs = 50;
        o.backgroundIntervalMs = 50;
        o.idleIntervalMs = 50;
        o.maxBackoffMs = 60000;
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSlowListingSpacesThePolls_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("quick scheduler") << 0;
        QTest::newRow("slow scheduler") << 400;
    }
    void aSlowListingSpacesThePolls()
    {
        QFETCH(int, delayMs);
        facility::FacilityProfile profile;
        profile.id = profile.name = u"polling"_s;
        identity::Account account(profile);
        auto *scheduler = new SlowScheduler;
        scheduler->delayMs = delayMs;
        JobsSession session(&account, scheduler, m_dir.filePath(u"journal-%1.json"_s.arg(delayMs)));
        session.setPollOptions(fast());
        session.setWatching(true);
        QSignalSpy refreshed(&session, &JobsSession::refreshed);
        session.start();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(session.hasActiveJobs()); // the journal takes the listing in on its worker
        if (delayMs == 0)
            QVERIFY2(session.nextPollMs() < 5 * 400, qPrintable(QString::number(session.nextPollMs())));
        else
            QVERIFY2(session.nextPollMs() >= 5 * delayMs, qPrintable(QString::number(session.nextPollMs())));
        // and the session does poll again, later
        QVERIFY(refreshed.wait(5 * delayMs + 10000));
    }

    void failuresBackOffBeyondThat()
    {
        facility::FacilityProfile profile;
        profile.id = profile.name = u"polling-down"_s;
        identity::Account account(profile);
        auto *scheduler = new SlowScheduler;
        scheduler->delayMs = 100;
        scheduler->fail = true;
        JobsSession session(&account, scheduler, m_dir.filePath(u"journal-down.json"_s));
        JobsSession::PollOptions options = fast();
        options.activeIntervalMs = 400; // the back-off's unit
        session.setPollOptions(options);
        QSignalSpy failed(&session, &JobsSession::refreshFailed);
        session.start();
        QVERIFY(failed.wait(10000));
        const int first = session.nextPollMs();
        QVERIFY2(first >= 5 * 100, qPrintable(QString::number(first)));
        QVERIFY(failed.wait(first + 10000));
        QVERIFY2(session.nextPollMs() > first, qPrintable(QString::number(session.nextPollMs())));
        QCOMPARE(session.lastError().kind(), Error::Kind::Network);
    }

    // Where Files shows a folder of the cluster (Open output folder): below the storage's mount, or the
    // mount itself (a job whose output is in the storage's top folder); nothing elsewhere.
    void storageFoldersOfClusterFolders()
    {
        facility::FacilityProfile profile;
        profile.id = profile.name = u"mounted"_s;
        profile.batchStorageMount = u"/mnt/storage/{user}"_s;
        identity::Account account(profile);
        account.setServiceLogin({u"alice"_s, u"pw"_s});
        JobsSession session(&account, new SlowScheduler, m_dir.filePath(u"journal-mounted.json"_s));
        QCOMPARE(session.storagePathFor(u"/mnt/storage/alice/jobs/run 1"_s), u"/jobs/run 1"_s);
        QCOMPARE(session.storagePathFor(u"/mnt/storage/alice"_s), u"/"_s);
        QCOMPARE(session.storagePathFor(u"/mnt/storage/alice/"_s), u"/"_s);
        QCOMPARE(session.storagePathFor(u"/mnt/storage/bob"_s), QString());
        QCOMPARE(session.storagePathFor(u"/mnt/storage"_s), QString());
        QCOMPARE(session.storagePathFor(u"/mnt/storage/alice/../bob"_s), QString());
        QCOMPARE(session.storagePathFor(u"/home/alice"_s), QString());
    }
};

QTEST_MAIN(TestJobsPolling)
#include "tst_jobs_polling.moc"
