// LSF's outputs as IBM documents them and as real clusters printed them (tests/facility/ssh/lsf/recorded,
// sources in its README): bjobs' wide columns (LSF 10.1 and 9.1's extra SLOTS), bjobs -json, bqueues,
// bsub's answers; times without a year; LSF's states in a user's terms; the #BSUB script of a request.
#include "TestPaths.h"
#include "jobs/LsfParsers.h"

#include <QFile>
#include <QTest>

using namespace daas;
using namespace daas::jobs;
using namespace Qt::StringLiterals;

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(daas::test::paths::sourceDir() + QStringLiteral("/tests/facility/ssh/lsf/recorded/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing recorded output %s", qPrintable(name));
    return f.readAll();
}

QDateTime at(int y, int m, int d, int h = 12, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}

} // namespace

class TestJobsLsfUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wideColumnsOfLsf10()
    {
        const auto jobs = Lsf::parseWide(recorded(u"bjobs-wide-10.1.txt"_s), at(2024, 6, 1));
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        QCOMPARE(jobs->size(), 2);
        const BatchJob &running = jobs->at(0);
        QCOMPARE(running.id, u"542935"_s);
        QCOMPARE(running.user, u"efranz"_s);
        QCOMPARE(running.state, JobState::Running);
        QCOMPARE(running.schedulerState, u"RUN"_s);
        QCOMPARE(running.partition, u"short"_s);
        QCOMPARE(running.nodes, u"compute013"_s);
        QCOMPARE(running.name, u"foo"_s);
        QCOMPARE(running.account, u"default"_s);
        QCOMPARE(running.submitTime, at(2024, 3, 31, 14, 46, 42));
        QCOMPARE(running.startTime, at(2024, 3, 31, 14, 46, 44));
        QVERIFY(!running.endTime.isValid()); // "-"
        // a piped script without -J: LSF names the job after the script's lines, spaces and all
        const BatchJob &done = jobs->at(1);
        QCOMPARE(done.id, u"542945"_s);
        QCOMPARE(done.state, JobState::Completed);
        QCOMPARE(done.exitCode, std::optional<int>(0));
        QCOMPARE(done.name,
                 u"#!/bin/bash;#;#BSUB -q short # queue;#BSUB -e myjob.%J.err;#BSUB -o myjob.%J.out; "
                 "echo \"Hello world, I am in $PWD\";sleep 30;echo \"Goodbye, world!\""_s);
        QCOMPARE(done.submitTime, at(2024, 3, 31, 19, 24, 57));
        QCOMPARE(done.endTime, at(2024, 3, 31, 19, 25, 29));
    }

    void wideColumnsOfLsf9HaveSlots()
    {
        const auto jobs = Lsf::parseWide(recorded(u"bjobs-wide-9.1.txt"_s), at(2024, 7, 1));
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        QCOMPARE(jobs->size(), 1);
        QCOMPARE(jobs->first().id, u"5861085"_s);
        QCOMPARE(jobs->first().name, u"u256-1"_s);
        QCOMPARE(jobs->first().account, u"082848040736"_s);
        QCOMPARE(jobs->first().partition, u"sn_xlong"_s);
        QCOMPARE(jobs->first().cpus, 1);
        QCOMPARE(jobs->first().startTime, at(2024, 6, 15, 16, 48, 56));
    }

    void wideColumnsThatAreNotBjobsAreRefused()
    {
        QCOMPARE(Lsf::parseWide("JOBID   USER    STAT  QUEUE\n1 a RUN b\n", at(2024, 1, 1)).error().kind(),
                 Error::Kind::Protocol);
        QCOMPARE(Lsf::parseWide("JOBID USER STAT QUEUE FROM_HOST EXEC_HOST JOB_NAME SUBMIT_TIME\n1 a RUN\n",
                                at(2024, 1, 1))
                     .error()
                     .kind(),
                 Error::Kind::Protocol);
        // "No job found" is on standard error: nothing on standard output is no job
        QVERIFY(Lsf::parseWide("", at(2024, 1, 1)).ok());
        QVERIFY(Lsf::parseWide("", at(2024, 1, 1))->isEmpty());
    }

    void jsonOfLsf10()
    {
        // in January, "Dec 28" was last year
        const auto jobs = Lsf::parseJson(recorded(u"bjobs-json.txt"_s), at(2025, 1, 10));
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        QCOMPARE(jobs->size(), 1);
        const BatchJob &job = jobs->first();
        QCOMPARE(job.id, u"22005"_s);
        QCOMPARE(job.name, u"ls -l"_s);
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.exitCode, std::optional<int>(0));
        QCOMPARE(job.user, u"otptest"_s);
        QCOMPARE(job.partition, u"short-dmg"_s);
        QCOMPARE(job.nodes, u"tbi-cn019"_s);
        QCOMPARE(job.submitTime, at(2024, 12, 28, 19, 56));
        QCOMPARE(job.endTime, at(2024, 12, 28, 19, 56)); // "Dec 28 19:56 L"
    }

    void jsonWithFieldsOfTheProvider()
    {
        const QByteArray json = R"({
  "COMMAND":"bjobs",
  "JOBS":3,
  "RECORDS":[
    {"JOBID":"77","JOBINDEX":"0","STAT":"EXIT","USER":"u","QUEUE":"normal","JOB_NAME":"killed one",
     "PROJ_NAME":"p1","EXEC_HOST":"4*hostB:2*hostC","SUBMIT_TIME":"Mar  2 10:00","START_TIME":"Mar  2 10:01",
     "FINISH_TIME":"Mar  2 10:05 L","EXIT_CODE":"130","EXIT_REASON":"TERM_OWNER: job killed by owner",
     "PEND_REASON":"","RUNTIMELIMIT":"60.0","NREQ_SLOT":"6","SUB_CWD":"/home/u/w",
     "OUTPUT_FILE":"/home/u/w/%J.out","ERROR_FILE":""},
    {"JOBID":"78","JOBINDEX":"3","STAT":"PEND","USER":"u","QUEUE":"night","JOB_NAME":"arr[3]",
     "PEND_REASON":"Queue is inactive","SUBMIT_TIME":"Mar  2 11:00","EXIT_CODE":"","RUNTIMELIMIT":""},
    {"JOBID":"79","ERROR":"Job <79> is not found"}
  ]
})";
        const auto jobs = Lsf::parseJson(json, at(2025, 3, 3));
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        QCOMPARE(jobs->size(), 2);
        const BatchJob &killed = jobs->at(0);
        QCOMPARE(killed.state, JobState::Cancelled);
        QCOMPARE(killed.exitCode, std::optional<int>(130));
        QCOMPARE(killed.reason, u"TERM_OWNER: job killed by owner"_s);
        QCOMPARE(killed.nodes, u"hostB,hostC"_s);
        QCOMPARE(killed.cpus, 6);
        QCOMPARE(killed.timeLimitMinutes, 60);
        QCOMPARE(killed.account, u"p1"_s);
        QCOMPARE(killed.workingDirectory, u"/home/u/w"_s);
        QCOMPARE(killed.standardOutput, u"/home/u/w/77.out"_s);
        QCOMPARE(killed.submitTime, at(2025, 3, 2, 10, 0));
        const BatchJob &element = jobs->at(1);
        QCOMPARE(element.id, u"78[3]"_s);
        QCOMPARE(element.arrayJobId, u"78"_s);
        QCOMPARE(element.arrayTaskId, u"3"_s);
        QCOMPARE(element.state, JobState::Queued);
        QCOMPARE(element.reason, u"Queue is inactive"_s);
        QCOMPARE(element.timeLimitMinutes, -1);
        QVERIFY(!element.exitCode);
    }

    void jsonThatIsNotBjobsIsRefused()
    {
        QCOMPARE(Lsf::parseJson("{\"COMMAND\":\"bjobs\"", at(2025, 1, 1)).error().kind(),
                 Error::Kind::Protocol);
        QCOMPARE(Lsf::parseJson("[]", at(2025, 1, 1)).error().kind(), Error::Kind::Protocol);
    }

    void timesWithoutAYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("this year") << u"Oct 22 13:51"_s << at(2024, 11, 1) << at(2024, 10, 22, 13, 51);
        QTest::newRow("last year") << u"Oct 22 13:51"_s << at(2025, 3, 1) << at(2024, 10, 22, 13, 51);
        QTest::newRow("padded day") << u"Mar  2 10:00"_s << at(2025, 3, 3) << at(2025, 3, 2, 10, 0);
        QTest::newRow("estimate suffix")
            << u"Dec 28 19:56 L"_s << at(2025, 1, 10) << at(2024, 12, 28, 19, 56);
        QTest::newRow("E suffix") << u"Jun  1 08:00 E"_s << at(2025, 6, 1) << at(2025, 6, 1, 8, 0);
        QTest::newRow("wide") << u"03/31-14:46:42"_s << at(2024, 6, 1) << at(2024, 3, 31, 14, 46, 42);
        QTest::newRow("wide, last year")
            << u"12/31-23:59:59"_s << at(2025, 1, 1, 0, 5) << at(2024, 12, 31, 23, 59, 59);
        QTest::newRow("Feb 29: the last leap year")
            << u"Feb 29 10:00"_s << at(2025, 3, 1) << at(2024, 2, 29, 10, 0);
        QTest::newRow("-l with a year")
            << u"Tue May  6 15:45:10 2025"_s << at(2026, 1, 1) << at(2025, 5, 6, 15, 45, 10);
        QTest::newRow("a clock a little ahead")
            << u"Jun  1 12:30"_s << at(2025, 6, 1, 12, 0) << at(2025, 6, 1, 12, 30);
        QTest::newRow("none") << u"-"_s << at(2025, 1, 1) << QDateTime();
        QTest::newRow("empty") << QString() << at(2025, 1, 1) << QDateTime();
        QTest::newRow("garbage") << u"soon"_s << at(2025, 1, 1) << QDateTime();
    }
    void timesWithoutAYear()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        QCOMPARE(Lsf::parseTime(text, now), expected);
    }

    void statesInAUsersTerms_data()
    {
        QTest::addColumn<QString>("stat");
        QTest::addColumn<QString>("exitReason");
        QTest::addColumn<JobState>("expected");
        QTest::newRow("PEND") << u"PEND"_s << QString() << JobState::Queued;
        QTest::newRow("WAIT") << u"WAIT"_s << QString() << JobState::Queued;
        QTest::newRow("PSUSP") << u"PSUSP"_s << QString() << JobState::Held;
        QTest::newRow("RUN") << u"RUN"_s << QString() << JobState::Running;
        QTest::newRow("USUSP") << u"USUSP"_s << QString() << JobState::Suspended;
        QTest::newRow("SSUSP") << u"SSUSP"_s << QString() << JobState::Suspended;
        QTest::newRow("DONE") << u"DONE"_s << QString() << JobState::Completed;
        QTest::newRow("EXIT") << u"EXIT"_s << QString() << JobState::Failed;
        QTest::newRow("EXIT by owner")
            << u"EXIT"_s << u"TERM_OWNER: job killed by owner"_s << JobState::Cancelled;
        QTest::newRow("EXIT by admin") << u"EXIT"_s << u"TERM_FORCE_ADMIN"_s << JobState::Cancelled;
        QTest::newRow("EXIT run limit")
            << u"EXIT"_s << u"TERM_RUNLIMIT: job killed after reaching LSF run time limit"_s
            << JobState::TimedOut;
        QTest::newRow("EXIT memory") << u"EXIT"_s << u"TERM_MEMLIMIT"_s << JobState::OutOfMemory;
        QTest::newRow("UNKWN") << u"UNKWN"_s << QString() << JobState::Unknown;
        QTest::newRow("ZOMBI") << u"ZOMBI"_s << QString() << JobState::Unknown;
    }
    void statesInAUsersTerms()
    {
        QFETCH(QString, stat);
        QFETCH(QString, exitReason);
        QFETCH(JobState, expected);
        QCOMPARE(Lsf::jobState(stat, exitReason), expected);
    }

    void queues()
    {
        const QList<Partition> queues = Lsf::parseQueues(recorded(u"bqueues.txt"_s));
        QCOMPARE(queues.size(), 9);
        QCOMPARE(queues.first().name, u"admin"_s);
        QCOMPARE(queues.first().state, u"Open:Active"_s);
        QCOMPARE(queues.at(3).name, u"night"_s);
        QCOMPARE(queues.at(3).state, u"Open:Inact"_s);
        QCOMPARE(queues.last().name, u"idle"_s);
    }

    void bsubAnswers()
    {
        const QList<QByteArray> messages = recorded(u"messages.txt"_s).split('\n');
        const auto accepted = Lsf::parseSubmission(SshOutput{0, messages.at(0) + '\n', {}});
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->id, u"542935"_s);
        QCOMPARE(accepted->message, u"Job <542935> is submitted to queue <short>."_s);
        const auto toDefault = Lsf::parseSubmission(SshOutput{0, messages.at(1) + '\n', {}});
        QCOMPARE(toDefault->id, u"542936"_s);
        const auto refused =
            Lsf::parseSubmission(SshOutput{255, {}, "nosuch: No such queue. Job not submitted.\n"});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().userText().contains(u"nosuch: No such queue. Job not submitted"_s),
                 qPrintable(refused.error().userText()));
    }

    void scriptWithDirectivesAfterTheShebang()
    {
        JobRequest r;
        r.name = u"my analysis run"_s;
        r.script = u"#!/bin/bash\n#BSUB -u me@example.org\necho \"$GREETING\"\n"_s;
        r.partition = u"short"_s;
        r.account = u"proj-1"_s;
        r.workingDirectory = u"/home/u/with space"_s;
        r.standardOutput = u"%J.out"_s;
        r.cpus = 4;
        r.memoryMb = 2000;
        r.timeLimitMinutes = 90;
        r.hold = true;
        r.environment = {u"GREETING=it's here"_s};
        const auto s = Lsf::script(r);
        QVERIFY2(s.ok(), qPrintable(s.error().userText()));
        QCOMPARE(s.value(), u"#!/bin/bash\n"
                            "#BSUB -J \"my analysis run\"\n"
                            "#BSUB -q short\n"
                            "#BSUB -P proj-1\n"
                            "#BSUB -cwd \"/home/u/with space\"\n"
                            "#BSUB -o %J.out\n"
                            "#BSUB -n 4\n"
                            "#BSUB -R \"span[hosts=1]\"\n"
                            "#BSUB -M 2000MB\n"
                            "#BSUB -W 90\n"
                            "#BSUB -H\n"
                            "#BSUB -u me@example.org\n"
                            // after the script's own directives: bsub reads them up to the first command
                            "export GREETING='it'\\''s here'\n"
                            "echo \"$GREETING\"\n"_s);
        JobRequest spread;
        spread.script = u"echo no shebang"_s;
        spread.nodes = 2;
        spread.cpus = 8;
        QCOMPARE(Lsf::script(spread).value(),
                 u"#BSUB -n 16\n#BSUB -R \"span[ptile=8]\"\necho no shebang\n"_s);
    }

    void scriptValuesThatWouldBreakADirectiveAreRefused()
    {
        JobRequest r;
        r.script = u"#!/bin/sh\ntrue\n"_s;
        r.name = u"say \"hi\""_s;
        QCOMPARE(Lsf::script(r).error().kind(), Error::Kind::InvalidInput);
        r.name = u"two\nlines"_s;
        QCOMPARE(Lsf::script(r).error().kind(), Error::Kind::InvalidInput);
        r.name.clear();
        r.environment = {u"1BAD=x"_s};
        QCOMPARE(Lsf::script(r).error().kind(), Error::Kind::InvalidInput);
        r.environment.clear();
        r.script.clear();
        QCOMPARE(Lsf::script(r).error().kind(), Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestJobsLsfUnits)
#include "tst_jobs_lsf_units.moc"
