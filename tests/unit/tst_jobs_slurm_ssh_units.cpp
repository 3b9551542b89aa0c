// Slurm's command outputs as Slurm 24.11 printed them on the test cluster (tests/facility/ssh/slurm/
// recorded, see its README): squeue --json and the fixed format, scontrol show job -o, sinfo, sbatch's
// answers and refusals; sacct's documented format; the #SBATCH script of a request.
#include "TestPaths.h"
#include "jobs/SlurmSshParsers.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace daas;
using namespace daas::jobs;
using namespace Qt::StringLiterals;

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(daas::test::paths::sourceDir() + QStringLiteral("/tests/facility/ssh/slurm/recorded/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing recorded output %s", qPrintable(name));
    return f.readAll();
}

// A recorded refusal: standard error, then "exit N".
SshOutput refusal(const QString &name)
{
    QByteArray text = recorded(name);
    const qsizetype last = text.lastIndexOf("exit ");
    SshOutput out;
    out.exitCode = text.mid(last + 5).trimmed().toInt();
    out.standardError = text.left(last);
    return out;
}

const BatchJob *find(const QList<BatchJob> &jobs, const QString &id)
{
    for (const BatchJob &j : jobs)
        if (j.id == id)
            return &j;
    return nullptr;
}

const QString home = u"/var/lib/daas-batch"_s;

} // namespace

class TestJobsSlurmSshUnits : public QObject
{
    Q_OBJECT

    // The jobs of recorded/ids.txt (done=1 failed=2 held=3 running=4 array=5 cancelled=6), as every listing
    // must read them.
    void checkRecordedJobs(const QList<BatchJob> &jobs)
    {
        QCOMPARE(jobs.size(), 7);
        const BatchJob *done = find(jobs, u"1"_s);
        QVERIFY(done);
        QCOMPARE(done->name, u"analysis run 1"_s);
        QCOMPARE(done->user, u"daas-batch"_s);
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(done->exitCode, std::optional<int>(0));
        QCOMPARE(done->partition, u"debug"_s);
        QCOMPARE(done->timeLimitMinutes, 5);
        QCOMPARE(done->cpus, 1);
        QCOMPARE(done->workingDirectory, home);
        QCOMPARE(done->standardOutput, home + u"/analysis run 1-1.out"_s); // -o "$HOME/%x-%j.out"
        QCOMPARE(done->submitTime, QDateTime(QDate(2026, 12, 5), QTime(13, 9, 50)));
        QCOMPARE(done->endTime, QDateTime(QDate(2026, 12, 5), QTime(13, 9, 52)));
        const BatchJob *failed = find(jobs, u"2"_s);
        QVERIFY(failed);
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->reason, u"NonZeroExitCode"_s);
        const BatchJob *held = find(jobs, u"3"_s);
        QVERIFY(held);
        QCOMPARE(held->state, JobState::Held);
        QCOMPARE(held->reason, u"JobHeldUser"_s);
        QVERIFY(!held->startTime.isValid());
        QVERIFY(held->nodes.isEmpty());
        const BatchJob *running = find(jobs, u"4"_s);
        QVERIFY(running);
        QCOMPARE(running->state, JobState::Running);
        QCOMPARE(running->partition, u"short"_s);
        QCOMPARE(running->timeLimitMinutes, 1);
        QVERIFY(!running->endTime.isValid()); // when its limit runs out is not an end
        QVERIFY(!running->nodes.isEmpty());
        QCOMPARE(running->standardOutput, home + u"/slurm-4.out"_s);
        const BatchJob *task = find(jobs, u"5_1"_s);
        QVERIFY(task);
        QCOMPARE(task->arrayJobId, u"5"_s);
        QCOMPARE(task->arrayTaskId, u"1"_s);
        QCOMPARE(task->standardOutput, home + u"/slurm-5_1.out"_s);
        QVERIFY(find(jobs, u"5_2"_s));
        const BatchJob *cancelled = find(jobs, u"6"_s);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->state, JobState::Cancelled);
    }

private Q_SLOTS:
    void version()
    {
        QCOMPARE(SlurmSsh::parseVersion(recorded(u"squeue-version.txt"_s)), QVersionNumber(24, 11, 5));
        QCOMPARE(SlurmSsh::parseVersion("slurm 22.05.8\n"), QVersionNumber(22, 5, 8));
        QVERIFY(SlurmSsh::listsJson(QVersionNumber(24, 11, 5)));
        QVERIFY(!SlurmSsh::listsJson(QVersionNumber(22, 5, 8)));
        QVERIFY(SlurmSsh::knowsMe(QVersionNumber(22, 5, 8)));
        QVERIFY(!SlurmSsh::knowsMe(QVersionNumber(20, 2)));
    }

    void squeueJson()
    {
        const auto jobs = SlurmSsh::parseJson(recorded(u"squeue.json"_s));
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        checkRecordedJobs(jobs.value());
        QCOMPARE(find(jobs.value(), u"2"_s)->exitCode, std::optional<int>(3));
    }

    void squeueFixedFormat()
    {
        const auto jobs = SlurmSsh::parseFixed(recorded(u"squeue-fixed.txt"_s));
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        checkRecordedJobs(jobs.value());
        QVERIFY(!find(jobs.value(), u"2"_s)->exitCode); // squeue's columns have no exit code
    }

    void truncatedOutputsAreRefused()
    {
        const QByteArray json = recorded(u"squeue.json"_s);
        QCOMPARE(SlurmSsh::parseJson(json.left(json.size() / 2)).error().kind(), Error::Kind::Protocol);
        QCOMPARE(SlurmSsh::parseJson("{\"jobs\": 3}").error().kind(), Error::Kind::Protocol);
        const QByteArray fixed = recorded(u"squeue-fixed.txt"_s);
        QCOMPARE(SlurmSsh::parseFixed(fixed.left(fixed.indexOf('\n') / 2) + '\n').error().kind(),
                 Error::Kind::Protocol);
        QVERIFY(SlurmSsh::parseFixed("").ok());
    }

    void scontrolShowJob()
    {
        const QList<QByteArray> lines = recorded(u"scontrol-show-job.txt"_s).split('\n');
        const auto done = SlurmSsh::parseScontrolJob(lines.at(0));
        QVERIFY2(done.ok(), qPrintable(done.error().userText()));
        QCOMPARE(done->id, u"1"_s);
        QCOMPARE(done->name, u"analysis run 1"_s); // a value with spaces
        QCOMPARE(done->user, u"daas-batch"_s);     // without "(995)"
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(done->exitCode, std::optional<int>(0));
        QCOMPARE(done->timeLimitMinutes, 5);
        QVERIFY(done->account.isEmpty()); // "(null)"
        QCOMPARE(done->standardOutput, home + u"/analysis run 1-1.out"_s);
        QCOMPARE(done->standardError, home + u"/analysis run 1-1.out"_s);
        const auto failed = SlurmSsh::parseScontrolJob(lines.at(1));
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->exitCode, std::optional<int>(3));
        // the same job while Slurm runs its epilog (seen in tst_jobs_ssh_slurm under load): its exit code
        // is known, where squeue's JSON already says FAILED
        const auto completing = SlurmSsh::parseScontrolJob(
            QByteArray(lines.at(1)).replace("JobState=FAILED", "JobState=COMPLETING"));
        QCOMPARE(completing->state, JobState::Completing);
        QCOMPARE(completing->exitCode, std::optional<int>(3));
        const auto held = SlurmSsh::parseScontrolJob(lines.at(2));
        QCOMPARE(held->state, JobState::Held);
        QVERIFY(!held->startTime.isValid()); // "Unknown"
        const auto running = SlurmSsh::parseScontrolJob(lines.at(3));
        QCOMPARE(running->state, JobState::Running);
        QVERIFY(!running->exitCode);
        QCOMPARE(SlurmSsh::parseScontrolJob(lines.at(4))->state, JobState::Cancelled);
        const auto task = SlurmSsh::parseScontrolJob(lines.at(5));
        QCOMPARE(task->id, u"5_1"_s);
        QCOMPARE(task->arrayJobId, u"5"_s);
        QCOMPARE(
            SlurmSsh::parseScontrolJob("slurm_load_jobs error: Invalid job id specified\n").error().kind(),
            Error::Kind::Protocol);
    }

    void sacctParsable2()
    {
        // sacct -X -n -P --delimiter=0x1F -o <SlurmSsh::sacctFields()>, in sacct(1)'s documented format
        const QByteArray text = QByteArray("4242\x1f"
                                           "old run\x1f"
                                           "alice\x1f"
                                           "proj\x1f"
                                           "debug\x1f"
                                           "CANCELLED by 1000\x1f"
                                           "None\x1f"
                                           "0:15\x1f"
                                           "2026-12-01T10:00:00\x1f"
                                           "2026-12-01T10:00:05\x1f"
                                           "2026-12-01T10:30:00\x1f"
                                           "01:00:00\x1f"
                                           "4\x1f"
                                           "node01\x1f"
                                           "/home/alice/run\n"
                                           "4243_2\x1f"
                                           "arr\x1f"
                                           "alice\x1f\x1f"
                                           "debug\x1f"
                                           "TIMEOUT\x1f"
                                           "None\x1f"
                                           "0:0\x1f"
                                           "2026-12-01T11:00:00\x1f"
                                           "2026-12-01T11:00:01\x1f"
                                           "2026-12-01T11:01:01\x1f"
                                           "00:01:00\x1f"
                                           "1\x1f"
                                           "None assigned\x1f"
                                           "/home/alice\n");
        const auto jobs = SlurmSsh::parseSacct(text);
        QVERIFY2(jobs.ok(), qPrintable(jobs.error().userText()));
        QCOMPARE(jobs->size(), 2);
        const BatchJob &cancelled = jobs->at(0);
        QCOMPARE(cancelled.state, JobState::Cancelled);
        QCOMPARE(cancelled.exitCode, std::optional<int>(0));
        QCOMPARE(cancelled.signal, 15);
        QCOMPARE(cancelled.timeLimitMinutes, 60);
        QCOMPARE(cancelled.cpus, 4);
        QCOMPARE(cancelled.account, u"proj"_s);
        QCOMPARE(cancelled.endTime, QDateTime(QDate(2026, 12, 1), QTime(10, 30)));
        const BatchJob &task = jobs->at(1);
        QCOMPARE(task.state, JobState::TimedOut);
        QCOMPARE(task.arrayJobId, u"4243"_s);
        QCOMPARE(task.arrayTaskId, u"2"_s);
        QVERIFY(task.nodes.isEmpty());
        QCOMPARE(SlurmSsh::parseSacct("4242\x1f"
                                      "short line\n")
                     .error()
                     .kind(),
                 Error::Kind::Protocol);
    }

    void partitions()
    {
        const QList<Partition> parts = SlurmSsh::parseSinfo(recorded(u"sinfo.txt"_s));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, u"debug"_s);
        QVERIFY(parts.at(0).isDefault);
        QCOMPARE(parts.at(0).state, u"UP"_s);
        QCOMPARE(parts.at(0).maxTimeMinutes, -1);
        QCOMPARE(parts.at(0).nodes, 1);
        QCOMPARE(parts.at(0).cpus, 8);
        QCOMPARE(parts.at(1).name, u"short"_s);
        QVERIFY(!parts.at(1).isDefault);
        QCOMPARE(parts.at(1).maxTimeMinutes, 1);
        // a partition whose nodes differ comes on several lines
        const QList<Partition> split = SlurmSsh::parseSinfo("big\x1fup\x1f"
                                                            "2-00:00:00\x1f"
                                                            "3\x1f"
                                                            "0/24/0/24\nbig\x1fup\x1f"
                                                            "2-00:00:00\x1f"
                                                            "1\x1f"
                                                            "8/0/0/8\n");
        QCOMPARE(split.size(), 1);
        QCOMPARE(split.first().nodes, 4);
        QCOMPARE(split.first().cpus, 32);
        QCOMPARE(split.first().maxTimeMinutes, 2 * 24 * 60);
        // from a broken server: counts past an int in total (fuzz_slurm_text: a signed overflow under UBSan)
        // stop at an int, negative ones count nothing
        const QList<Partition> broken = SlurmSsh::parseSinfo("big\x1fup\x1f"
                                                             "1:00\x1f"
                                                             "1854481500\x1f"
                                                             "0/0/0/2000000000\nbig\x1fup\x1f"
                                                             "1:00\x1f"
                                                             "1854481500\x1f"
                                                             "0/0/0/2000000000\nbig\x1fup\x1f"
                                                             "1:00\x1f"
                                                             "-7\x1f"
                                                             "0/0/0/-8\n");
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().nodes, std::numeric_limits<int>::max());
        QCOMPARE(broken.first().cpus, std::numeric_limits<int>::max());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("m:s") << u"5:00"_s << 5;
        QTest::newRow("m:s with seconds") << u"1:30"_s << 2;
        QTest::newRow("h:m:s") << u"01:00:00"_s << 60;
        QTest::newRow("d-h:m:s") << u"2-03:04:00"_s << 2 * 1440 + 3 * 60 + 4;
        QTest::newRow("d-h") << u"1-12"_s << 36 * 60;
        QTest::newRow("d-h:m") << u"1-00:30"_s << 1470;
        QTest::newRow("minutes") << u"45"_s << 45;
        QTest::newRow("UNLIMITED") << u"UNLIMITED"_s << -1;
        QTest::newRow("infinite") << u"infinite"_s << -1;
        QTest::newRow("N/A") << u"N/A"_s << -1;
        // a lying or broken server: no duration (found by fuzz_slurm_text: the sum overflowed an int)
        QTest::newRow("hours past an int") << u"1854440936:09:52"_s << -1;
        QTest::newRow("days past an int") << u"99999999999-00:00:00"_s << -1;
        QTest::newRow("minutes past 64 bits") << u"99999999999999999999999"_s << -1;
        // found by fuzz_slurm_text again: a part past an int but within 64 bits was still multiplied
        QTest::newRow("hours past 64 bits in minutes") << u"1265555555555555556:00:00"_s << -1;
        QTest::newRow("days past 64 bits in minutes") << u"9223372036854775807-00:00:00"_s << -1;
        QTest::newRow("the most an int holds") << u"2147483647"_s << 2147483647;
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(SlurmSsh::parseMinutes(text), minutes);
    }

    void sbatchAnswers()
    {
        const auto accepted = SlurmSsh::parseSubmission(SshOutput{0, "1234\n", {}});
        QCOMPARE(accepted->id, u"1234"_s);
        const auto federated =
            SlurmSsh::parseSubmission(SshOutput{0, "77;cluster2\n", "sbatch: warning: can't honor --mem\n"});
        QCOMPARE(federated->id, u"77"_s);
        QCOMPARE(federated->warnings, QStringList{u"can't honor --mem"_s});
        const auto noShebang = SlurmSsh::parseSubmission(refusal(u"sbatch-no-shebang.txt"_s));
        QCOMPARE(noShebang.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(
            noShebang.error().userText().contains(
                u"This does not look like a batch script. The first sbatch: error: line must start with #!"_s),
            qPrintable(noShebang.error().userText()));
        const auto badPartition = SlurmSsh::parseSubmission(refusal(u"sbatch-bad-partition.txt"_s));
        QVERIFY2(
            badPartition.error().userText().contains(u"Batch job submission failed: Invalid partition name "
                                                     "specified"_s),
            qPrintable(badPartition.error().userText()));
        QVERIFY(badPartition.error().detail().contains(u"invalid partition specified: nosuch"_s));
    }

    void scriptWithDirectivesAfterTheShebang()
    {
        JobRequest r;
        r.name = u"analysis run 1"_s;
        r.script = u"#!/bin/bash\n# my notes\n#SBATCH --mail-type=END\n\necho \"$GREETING\"\n"_s;
        r.partition = u"short"_s;
        r.account = u"proj-1"_s;
        r.workingDirectory = u"/scratch/with space"_s;
        r.standardOutput = u"%x-%j.out"_s;
        r.nodes = 2;
        r.cpus = 4;
        r.memoryMb = 2000;
        r.timeLimitMinutes = 90;
        r.hold = true;
        r.environment = {u"GREETING=it's here"_s, u"EMPTY="_s};
        const auto s = SlurmSsh::script(r);
        QVERIFY2(s.ok(), qPrintable(s.error().userText()));
        QCOMPARE(s.value(), u"#!/bin/bash\n"
                            "#SBATCH --job-name=\"analysis run 1\"\n"
                            "#SBATCH --partition=short\n"
                            "#SBATCH --account=proj-1\n"
                            "#SBATCH --chdir=\"/scratch/with space\"\n"
                            "#SBATCH --output=%x-%j.out\n"
                            "#SBATCH --nodes=2\n"
                            "#SBATCH --cpus-per-task=4\n"
                            "#SBATCH --mem=2000M\n"
                            "#SBATCH --time=90\n"
                            "#SBATCH --hold\n"
                            "# my notes\n"
                            "#SBATCH --mail-type=END\n"
                            "\n"
                            // after the script's own directives: sbatch stops reading them at a command
                            "export GREETING='it'\\''s here'\n"
                            "export EMPTY=''\n"
                            "echo \"$GREETING\"\n"_s);
        JobRequest plain;
        plain.script = u"#!/bin/sh\ntrue"_s;
        QCOMPARE(SlurmSsh::script(plain).value(), u"#!/bin/sh\ntrue\n"_s);
    }

    void scriptValuesThatWouldBreakADirectiveAreRefused()
    {
        JobRequest r;
        r.script = u"#!/bin/sh\ntrue\n"_s;
        r.standardOutput = u"a\"b"_s;
        QCOMPARE(SlurmSsh::script(r).error().kind(), Error::Kind::InvalidInput);
        r.standardOutput = u"a\nb"_s;
        QCOMPARE(SlurmSsh::script(r).error().kind(), Error::Kind::InvalidInput);
        r.standardOutput.clear();
        r.environment = {u"NO_EQUALS"_s};
        QCOMPARE(SlurmSsh::script(r).error().kind(), Error::Kind::InvalidInput);
        r.environment.clear();
        r.cpus = 0;
        QCOMPARE(SlurmSsh::script(r).error().kind(), Error::Kind::InvalidInput);
    }

    void times()
    {
        QCOMPARE(SlurmSsh::parseTime(u"2026-12-05T13:09:50"_s),
                 QDateTime(QDate(2026, 12, 5), QTime(13, 9, 50)));
        QVERIFY(!SlurmSsh::parseTime(u"N/A"_s).isValid());
        QVERIFY(!SlurmSsh::parseTime(u"Unknown"_s).isValid());
        QVERIFY(!SlurmSsh::parseTime(u"NONE"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJobsSlurmSshUnits)
#include "tst_jobs_slurm_ssh_units.moc"
