// jobs::JobJournal: the client's own record of a user's jobs on one facility. Written atomically, read again
// after a restart, a damaged file kept aside (never silently replaced), merged with the scheduler's listings
// (a job the scheduler forgot becomes Lost only after a complete listing), bounded, and a signal when a job
// ends. The last case measures a save of 1,000 jobs.
#include "jobs/JobJournal.h"
#include "jobs/JobJournalFile.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::jobs;

namespace {

BatchJob job(const QString &id, JobState state)
{
    BatchJob j;
    j.id = id;
    j.name = u"job-"_s + id;
    j.user = u"alice"_s;
    j.partition = u"debug"_s;
    j.state = state;
    j.schedulerState = stateKey(state).toUpper();
    j.submitTime = QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::UTC);
    return j;
}

Result<JobListing> listing(const QList<BatchJob> &jobs)
{
    JobListing l;
    l.jobs = jobs;
    return l;
}

JobSubmission submission(const QString &script)
{
    JobSubmission s;
    s.request.name = u"reduce"_s;
    s.request.script = script;
    s.request.partition = u"debug"_s;
    s.request.workingDirectory = u"/home/alice/run 7"_s;
    s.request.standardOutput = u"%x-%j.out"_s;
    s.request.cpus = 4;
    s.request.memoryMb = 2000;
    s.request.timeLimitMinutes = 30;
    s.request.environment = {u"OMP_NUM_THREADS=4"_s};
    s.templateId = u"bundled/mantid-reduction"_s;
    s.parameters = {{u"input"_s, u"/data/run 7"_s}, {u"ei"_s, u"25"_s}};
    return s;
}

// The signal came (it may have come already: a small file is read before the caller waits).
bool signalled(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(10000);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestJobsJournal : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(u"jobs/demo-alice.json"_s); }

    std::unique_ptr<JobJournal> open(Error *problem = nullptr)
    {
        auto j = std::make_unique<JobJournal>(u"demo"_s, u"alice"_s);
        j->setPath(path());
        j->setSaveDelay(10);
        QSignalSpy loaded(j.get(), &JobJournal::loaded);
        j->load();
        if (!signalled(loaded))
            return nullptr;
        if (problem)
            *problem = loaded.first().first().value<Error>();
        return j;
    }

    static bool waitSaved(JobJournal *j)
    {
        if (!j->hasUnsavedChanges())
            return true;
        return QTest::qWaitFor([&] { return !j->hasUnsavedChanges(); }, 10000);
    }

    QStringList filesBeside() const
    {
        return QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void onePerFacilityAndUser()
    {
        const QString p = JobJournal::defaultPath(u"demo"_s, u"a/b c"_s);
        QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY2(p.endsWith(u"/jobs/demo-a%2Fb%20c.json"_s), qPrintable(p));
        QVERIFY(JobJournal::defaultPath(u"stfc"_s, u"alice"_s) !=
                JobJournal::defaultPath(u"demo"_s, u"alice"_s));
    }

    void aSubmissionSurvivesARestart()
    {
        {
            auto j = open();
            QVERIFY(j);
            QVERIFY(!j->loadProblem()); // no file yet is not a problem
            SubmittedJob s{u"101"_s, {}, {}};
            j->recordSubmission(s, submission(u"#!/bin/bash\necho 'hello'\n"_s));
            QCOMPARE(j->size(), 1);
            QVERIFY(waitSaved(j.get()));
        }
        QVERIFY(QFile::exists(path()));
        auto j = open();
        QVERIFY(j);
        QCOMPARE(j->size(), 1);
        const std::optional<JournalEntry> e = j->entry(u"101"_s);
        QVERIFY(e && e->submission);
        QCOMPARE(e->job.state, JobState::Queued);
        QCOMPARE(e->job.script, u"#!/bin/bash\necho 'hello'\n"_s);
        QCOMPARE(e->job.name, u"reduce"_s);
        QCOMPARE(e->job.user, u"alice"_s);
        const JobSubmission &sub = *e->submission;
        QCOMPARE(sub.facilityId, u"demo"_s);
        QCOMPARE(sub.clusterUser, u"alice"_s);
        QCOMPARE(sub.templateId, u"bundled/mantid-reduction"_s);
        QCOMPARE(sub.parameters.value(u"input"_s), u"/data/run 7"_s);
        QCOMPARE(sub.request.workingDirectory, u"/home/alice/run 7"_s);
        QCOMPARE(sub.request.standardOutput, u"%x-%j.out"_s);
        QCOMPARE(sub.request.cpus, 4);
        QCOMPARE(sub.request.memoryMb, 2000);
        QCOMPARE(sub.request.timeLimitMinutes, 30);
        QCOMPARE(sub.request.environment, QStringList{u"OMP_NUM_THREADS=4"_s});
        QVERIFY(sub.submittedAt.isValid());
        // the script is kept once in the file, in the request
        QCOMPARE(readAll(path()).count("echo 'hello'"), 1);
    }

    void recordsBeforeTheFileIsReadAreKept()
    {
        {
            auto j = open();
            j->recordSubmission({u"1"_s, {}, {}}, submission(u"#!/bin/bash\n"_s));
            QVERIFY(waitSaved(j.get()));
        }
        // record at once, without waiting for load(): applied after the file is read, not over it
        JobJournal j(u"demo"_s, u"alice"_s);
        j.setPath(path());
        j.setSaveDelay(10);
        QSignalSpy loaded(&j, &JobJournal::loaded);
        j.recordSubmission({u"2"_s, {}, {}}, submission(u"#!/bin/bash\n"_s));
        QVERIFY(signalled(loaded));
        QCOMPARE(j.size(), 2);
        QVERIFY(waitSaved(&j));
        auto again = open();
        QCOMPARE(again->size(), 2);
    }

    void theFileIsNeverSeenHalfWritten()
    {
        // a reader that parses the file as fast as it can while the journal saves it again and again: with
        // QSaveFile (write beside, then rename) it only ever sees a whole journal
        auto j = open();
        for (int i = 0; i < 300; ++i)
            j->update(job(QString::number(i), JobState::Running));
        QVERIFY(waitSaved(j.get()));
        QAtomicInt stop = 0;
        QAtomicInt reads = 0;
        QAtomicInt broken = 0;
        std::unique_ptr<QThread> reader(QThread::create([&] {
            while (!stop.loadRelaxed()) {
                QFile f(path());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
                if (doc.object().value(u"jobs"_s).toArray().size() < 300)
                    broken.fetchAndAddRelaxed(1);
                reads.fetchAndAddRelaxed(1);
            }
        }));
        reader->start();
        for (int round = 0; round < 40; ++round) {
            j->update(job(u"0"_s, round % 2 ? JobState::Running : JobState::Suspended));
            QVERIFY(!j->saveNow());
        }
        QVERIFY(QTest::qWaitFor([&] { return reads.loadRelaxed() > 20; }, 10000));
        stop = 1;
        reader->wait();
        QCOMPARE(broken.loadRelaxed(), 0);
        // nothing of the writes is left beside the journal
        QCOMPARE(filesBeside(), QStringList{u"demo-alice.json"_s});
    }

    void aDamagedFileIsKeptAsideAndANewOneStarted_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray whole = JobJournalFile::serialize(u"demo"_s, u"alice"_s, {});
        // (not a raw string: moc counts the braces inside one)
        QTest::newRow("truncated") << QByteArray(
            "{\"format\":\"daas-job-journal\",\"version\":1,\"jobs\":[{\"id\":\"1\",\"sta");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01\xff\xfe not json", 13);
        QTest::newRow("another file") << QByteArray(R"({"transfers":[]})");
        QTest::newRow("jobs not a list") << whole.replace("\"jobs\":[]", "\"jobs\":7");
    }

    void aDamagedFileIsKeptAsideAndANewOneStarted()
    {
        QFETCH(QByteArray, content);
        QVERIFY(writeAll(path(), content));
        Error problem;
        auto j = open(&problem);
        QVERIFY(j);
        QCOMPARE(problem.kind(), Error::Kind::Storage);
        QCOMPARE(j->loadProblem().kind(), Error::Kind::Storage);
        QCOMPARE(j->size(), 0);
        // kept aside under another name, byte for byte, and the user is told where
        const QStringList files = filesBeside();
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(u"demo-alice.damaged-"_s), qPrintable(files.first()));
        const QString aside = QFileInfo(path()).absolutePath() + u'/' + files.first();
        QCOMPARE(readAll(aside), content);
        QVERIFY2(problem.userText().contains(QDir::toNativeSeparators(aside)),
                 qPrintable(problem.userText()));
        // the client goes on with a new journal beside the damaged one
        j->recordSubmission({u"5"_s, {}, {}}, submission(u"#!/bin/bash\n"_s));
        QVERIFY(waitSaved(j.get()));
        QCOMPARE(readAll(aside), content);
        auto again = open(&problem);
        QVERIFY(!problem);
        QCOMPARE(again->size(), 1);
    }

    void unreadableJobsAreLeftOutAndTheFileCopiedAside()
    {
        JournalEntry good;
        good.job = job(u"7"_s, JobState::Completed);
        QJsonObject root =
            QJsonDocument::fromJson(JobJournalFile::serialize(u"demo"_s, u"alice"_s, {good})).object();
        QJsonArray jobs = root.value(u"jobs"_s).toArray();
        jobs.append(QJsonObject{{u"id"_s, u"8"_s}, {u"state"_s, u"exploded"_s}});
        jobs.append(QJsonObject{{u"name"_s, u"no id"_s}});
        root.insert(u"jobs"_s, jobs);
        const QByteArray content = QJsonDocument(root).toJson();
        QVERIFY(writeAll(path(), content));
        Error problem;
        auto j = open(&problem);
        QCOMPARE(problem.kind(), Error::Kind::Storage);
        QVERIFY2(problem.detail().contains(u"jobs[1]: state"_s), qPrintable(problem.detail()));
        QVERIFY2(problem.detail().contains(u"jobs[2]: id"_s), qPrintable(problem.detail()));
        QCOMPARE(j->size(), 1);
        QVERIFY(j->entry(u"7"_s));
        const QStringList aside = filesBeside().filter(u".unreadable-"_s);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(QFileInfo(path()).absolutePath() + u'/' + aside.first()), content);
    }

    void aNewerClientsJournalIsLeftAlone()
    {
        const QByteArray content =
            R"({"format":"daas-job-journal","version":99,"jobs":[{"id":"1","future":true}]})";
        QVERIFY(writeAll(path(), content));
        Error problem;
        auto j = open(&problem);
        QCOMPARE(problem.kind(), Error::Kind::Unsupported);
        j->recordSubmission({u"2"_s, {}, {}}, submission(u"#!/bin/bash\n"_s));
        QVERIFY(!j->saveNow());
        QCOMPARE(readAll(path()), content);
        QCOMPARE(filesBeside().size(), 1);
    }

    void aListingUpdatesJobsAndKeepsWhatItDoesNotSay()
    {
        auto j = open();
        j->recordSubmission({u"101"_s, {}, {}}, submission(u"#!/bin/bash\nsleep 1\n"_s));
        BatchJob seen = job(u"101"_s, JobState::Running);
        seen.name = u"reduce"_s;
        seen.nodes = u"node01"_s;
        seen.startTime = QDateTime::currentDateTimeUtc();
        seen.standardOutput = u"/home/alice/run 7/reduce-101.out"_s;
        seen.submitTime = {}; // this listing does not say it
        QSignalSpy changed(j.get(), &JobJournal::entryChanged);
        j->merge(listing({seen}), QDateTime::currentDateTimeUtc());
        QCOMPARE(changed.size(), 1);
        const JournalEntry e = *j->entry(u"101"_s);
        QCOMPARE(e.job.state, JobState::Running);
        QCOMPARE(e.job.nodes, u"node01"_s);
        QCOMPARE(e.job.standardOutput, u"/home/alice/run 7/reduce-101.out"_s);
        QCOMPARE(e.job.script, u"#!/bin/bash\nsleep 1\n"_s); // squeue has no script: the journal's stays
        QVERIFY(e.job.submitTime.isValid());
        QVERIFY(e.lastSeen.isValid());
        // the same listing again changes nothing, and so writes nothing
        QVERIFY(waitSaved(j.get()));
        j->merge(listing({seen}), QDateTime::currentDateTimeUtc());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!j->hasUnsavedChanges());
        // jobs seen but not submitted from here are journalled too
        j->merge(listing({seen, job(u"99"_s, JobState::Queued)}), QDateTime::currentDateTimeUtc());
        QCOMPARE(j->size(), 2);
        QVERIFY(!j->entry(u"99"_s)->submission);
    }

    void aForgottenJobIsLostOnlyAfterACompleteListing()
    {
        auto j = open();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
        j->merge(listing({job(u"1"_s, JobState::Running), job(u"2"_s, JobState::Queued)}), before);
        QSignalSpy ended(j.get(), &JobJournal::jobEnded);

        // the scheduler could not be asked: nothing is judged
        j->merge(Error(Error::Kind::Timeout, u"slurmrestd did not answer"_s),
                 QDateTime::currentDateTimeUtc());
        QCOMPARE(j->entry(u"1"_s)->job.state, JobState::Running);
        QCOMPARE(j->entry(u"2"_s)->job.state, JobState::Queued);
        // one job's details say nothing of the others
        j->update(job(u"2"_s, JobState::Running));
        QCOMPARE(j->entry(u"1"_s)->job.state, JobState::Running);
        QCOMPARE(ended.size(), 0);

        // a complete listing without job 1: it ended unseen
        j->merge(listing({job(u"2"_s, JobState::Running)}), QDateTime::currentDateTimeUtc());
        QCOMPARE(j->entry(u"1"_s)->job.state, JobState::Lost);
        QCOMPARE(j->entry(u"2"_s)->job.state, JobState::Running);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(0).value<BatchJob>().id, u"1"_s);
        QCOMPARE(ended.first().at(1).value<JobState>(), JobState::Running);
    }

    void aJobSubmittedWhileTheListingRanIsNotLost()
    {
        auto j = open();
        const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-2);
        j->recordSubmission({u"300"_s, {}, {}}, submission(u"#!/bin/bash\n"_s));
        j->merge(listing({}), asked); // asked before the job existed
        QCOMPARE(j->entry(u"300"_s)->job.state, JobState::Queued);
        j->merge(listing({}), QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(j->entry(u"300"_s)->job.state, JobState::Lost);
    }

    void finishedJobsOutliveTheScheduler()
    {
        {
            auto j = open();
            BatchJob done = job(u"102"_s, JobState::Completed);
            done.startTime = QDateTime(QDate(2025, 3, 1), QTime(10, 1), QTimeZone::UTC);
            done.endTime = QDateTime(QDate(2025, 3, 1), QTime(10, 9), QTimeZone::UTC);
            done.exitCode = 0;
            done.standardOutput = u"/mnt/daas/alice/out-102.txt"_s;
            done.standardError = u"/mnt/daas/alice/err-102.txt"_s;
            j->recordSubmission({u"102"_s, {}, {}}, submission(u"#!/bin/bash\ntrue\n"_s));
            j->merge(listing({done}), QDateTime::currentDateTimeUtc());
            QSignalSpy ended(j.get(), &JobJournal::jobEnded);
            j->merge(listing({}), QDateTime::currentDateTimeUtc()); // Slurm forgot it (MinJobAge)
            QCOMPARE(ended.size(), 0);
            QVERIFY(waitSaved(j.get()));
        }
        auto j = open(); // a restart later
        const JournalEntry e = *j->entry(u"102"_s);
        QCOMPARE(e.job.state, JobState::Completed);
        QCOMPARE(e.job.exitCode, std::optional<int>(0));
        QCOMPARE(e.job.endTime, QDateTime(QDate(2025, 3, 1), QTime(10, 9), QTimeZone::UTC));
        QCOMPARE(e.job.startTime, QDateTime(QDate(2025, 3, 1), QTime(10, 1), QTimeZone::UTC));
        QCOMPARE(e.job.standardOutput, u"/mnt/daas/alice/out-102.txt"_s);
        QCOMPARE(e.job.standardError, u"/mnt/daas/alice/err-102.txt"_s);
        QCOMPARE(e.job.script, u"#!/bin/bash\ntrue\n"_s);
    }

    void aJobThatEndsIsSignalledOnce()
    {
        auto j = open();
        j->merge(listing({job(u"5"_s, JobState::Running), job(u"6"_s, JobState::Failed)}),
                 QDateTime::currentDateTimeUtc());
        QSignalSpy ended(j.get(), &JobJournal::jobEnded);
        BatchJob failed = job(u"5"_s, JobState::Failed);
        failed.exitCode = 3;
        j->merge(listing({failed, job(u"6"_s, JobState::Failed)}), QDateTime::currentDateTimeUtc());
        QCOMPARE(ended.size(), 1); // 6 was never seen running: not news
        QCOMPARE(ended.first().at(0).value<BatchJob>().exitCode, std::optional<int>(3));
        QCOMPARE(ended.first().at(1).value<JobState>(), JobState::Running);
        j->merge(listing({failed}), QDateTime::currentDateTimeUtc());
        j->merge(listing({}), QDateTime::currentDateTimeUtc());
        QCOMPARE(ended.size(), 1);
        // a requeued job runs again and can end again
        j->update(job(u"5"_s, JobState::Queued));
        j->update(job(u"5"_s, JobState::Completed));
        QCOMPARE(ended.size(), 2);
    }

    void anArrayEndsWithItsTasks()
    {
        auto j = open();
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        j->recordSubmission({u"200"_s, {}, {}}, submission(u"#!/bin/bash\n"_s));
        auto task = [](const QString &n, JobState s) {
            BatchJob t = job(u"200_"_s + n, s);
            t.arrayJobId = u"200"_s;
            t.arrayTaskId = n;
            return t;
        };
        BatchJob pending = job(u"200_[3-4]"_s, JobState::Queued);
        pending.arrayJobId = u"200"_s;
        j->merge(listing({task(u"1"_s, JobState::Running), task(u"2"_s, JobState::Running), pending}),
                 asked.addSecs(1));
        QCOMPARE(j->entry(u"200"_s)->job.state, JobState::Queued); // its tasks are listed: not lost
        QSignalSpy removed(j.get(), &JobJournal::entryRemoved);
        j->merge(listing({task(u"1"_s, JobState::Completed), task(u"2"_s, JobState::Running),
                          task(u"3"_s, JobState::Running), task(u"4"_s, JobState::Completed)}),
                 asked.addSecs(2));
        QCOMPARE(removed.size(), 1); // the pending range: its tasks are listed on their own
        QCOMPARE(removed.first().first().toString(), u"200_[3-4]"_s);
        QCOMPARE(j->entry(u"200"_s)->job.state, JobState::Queued);
        j->merge(listing({task(u"2"_s, JobState::Completed), task(u"3"_s, JobState::Completed)}),
                 asked.addSecs(3));
        j->merge(listing({}), asked.addSecs(4));
        QCOMPARE(j->entry(u"200"_s)->job.state, JobState::Completed);
        for (const QString &n : {u"1"_s, u"2"_s, u"3"_s, u"4"_s})
            QCOMPARE(j->entry(u"200_"_s + n)->job.state, JobState::Completed);
    }

    void oldFinishedJobsAreDroppedOldestFirst()
    {
        {
            auto j = open();
            j->setFinishedLimit(3);
            QSignalSpy removed(j.get(), &JobJournal::entryRemoved);
            QList<BatchJob> jobs;
            for (int i = 1; i <= 5; ++i) {
                BatchJob b = job(QString::number(i), JobState::Completed);
                b.endTime = QDateTime(QDate(2025, 1, i), QTime(12, 0), QTimeZone::UTC);
                jobs << b;
            }
            std::reverse(jobs.begin(), jobs.end()); // the listing's order says nothing
            jobs << job(u"running"_s, JobState::Running) << job(u"queued"_s, JobState::Queued);
            j->merge(listing(jobs), QDateTime::currentDateTimeUtc());
            QCOMPARE(j->size(), 5);
            QStringList dropped;
            for (const auto &args : std::as_const(removed))
                dropped << args.first().toString();
            dropped.sort();
            QCOMPARE(dropped, (QStringList{u"1"_s, u"2"_s}));
            QVERIFY(waitSaved(j.get()));
        }
        auto j = open();
        QCOMPARE(j->size(), 5);
        for (const QString &id : {u"3"_s, u"4"_s, u"5"_s, u"running"_s, u"queued"_s})
            QVERIFY2(j->entry(id), qPrintable(id));
        // unfinished jobs are never dropped, however many
        j->setFinishedLimit(0);
        QCOMPARE(j->size(), 2);
    }

    void savingAThousandJobs()
    {
        // 1,000 jobs with 2 KB scripts: what a save costs. The write runs on a worker; the journal's own
        // thread only copies the list (its strings are shared, not copied).
        auto j = open();
        QString script = u"#!/bin/bash\n#SBATCH --time=10\n"_s;
        while (script.size() < 2000)
            script += u"python3 reduce.py --input /data/run --output /data/out --step 42\n"_s;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            JobSubmission s = submission(script);
            j->recordSubmission({QString::number(10000 + i), {}, {}}, s);
        }
        const qint64 recordMs = timer.elapsed();
        QList<BatchJob> jobs;
        for (int i = 0; i < 1000; ++i) {
            BatchJob b = job(QString::number(10000 + i), i % 3 ? JobState::Running : JobState::Completed);
            b.standardOutput = u"/mnt/daas/alice/out-%1.txt"_s.arg(10000 + i);
            b.nodes = u"node%1"_s.arg(i % 16);
            jobs << b;
        }
        timer.restart();
        j->merge(listing(jobs), QDateTime::currentDateTimeUtc());
        const qint64 mergeMs = timer.elapsed();
        timer.restart();
        const QList<JournalEntry> copy = j->entries();
        const qint64 listMs = timer.elapsed();
        QCOMPARE(copy.size(), 1000);
        timer.restart();
        QVERIFY(!j->saveNow());
        const qint64 saveMs = timer.elapsed();
        const qint64 bytes = QFileInfo(path()).size();
        j.reset();
        timer.restart();
        j = open();
        const qint64 loadMs = timer.elapsed();
        QCOMPARE(j->size(), 1000);
        QCOMPARE(j->entry(u"10999"_s)->job.script, script);
        qInfo("1,000 jobs (%lld KB on disk): record %lld ms, merge of a listing %lld ms, entries() %lld ms, "
              "save (serialize + QSaveFile, on a worker in the client) %lld ms, load %lld ms",
              bytes / 1024, recordMs, mergeMs, listMs, saveMs, loadMs);
    }
};

QTEST_GUILESS_MAIN(TestJobsJournal)
#include "tst_jobs_journal.moc"
