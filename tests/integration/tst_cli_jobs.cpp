// `daas jobs` as a user runs it: a process, against a real Slurm 24.11 (slurmrestd with a token from
// `scontrol token` in DAAS_SLURM_TOKEN) whose jobs run in a folder a real Apache serves as the user's
// storage, where `daas jobs output` reads them (also following a running job to its end). Every subcommand
// the help lists: partitions, templates, submit (a script, standard input or a template), list, show, output,
// wait (exit 0, or 6 for a job that did not complete), hold, release, cancel; a job the cluster does not
// know, a missing token, a refused template value and output asked for before the job started or after its
// file went, each as one sentence and an exit code.
#include "CliProcess.h"
#include "ClusterOnStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using daas::testing::CliRun;
using daas::testing::SlurmCluster;

class TestCliJobs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    daas::testing::ClusterOnStorage m_facility;
    QString m_profile;

    // The tool with this suite's facility, its own settings and journal (HOME and XDG folders in m_dir), the
    // cluster's token and the storage's password from the environment.
    CliRun daas(const QStringList &args, const QByteArray &input = {}, bool withToken = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(u"home"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"XDG_STATE_HOME"_s, home + u"/.local/state"_s);
        env.insert(u"DAAS_STORAGE_USER"_s, m_facility.storage().user());
        env.insert(u"DAAS_STORAGE_PASSWORD"_s, m_facility.storage().password());
        env.remove(u"DAAS_SLURM_TOKEN"_s);
        if (withToken)
            env.insert(u"DAAS_SLURM_TOKEN"_s, m_facility.token());
        return daas::testing::runCli(QStringList{u"--facility"_s, m_profile} + args, env, input, 180000);
    }
    QString script(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() ? path : QString();
    }
    // The job as `daas jobs show ID --json` says it
    QJsonObject shown(const QString &id)
    {
        const CliRun r = daas({u"jobs"_s, u"show"_s, id, u"--json"_s});
        if (r.code != 0)
            qWarning("show %s: %d %s", qPrintable(id), r.code, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    // Asks `show` until the job is in `state` (each answer is the event waited for)
    bool reaches(const QString &id, const QString &state)
    {
        return QTest::qWaitFor([&] { return shown(id).value(u"state"_s).toString() == state; }, 90000);
    }

    // done, or Slurm still running its epilog
    static bool hasCompleted(const QString &state)
    {
        return state == u"completed"_s || state == u"completing"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
        const QString failed = m_facility.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonObject profile = m_facility.profile(u"cli-jobs"_s, u"Jobs test facility"_s);
        m_profile = m_dir.filePath(u"facility.json"_s);
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
    }

    void cleanupTestCase() { m_facility.stop(); }

    void partitionsAndTemplates()
    {
        CliRun r = daas({u"jobs"_s, u"partitions"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray partitions = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(partitions.size(), 2);
        QCOMPARE(partitions.at(0)[u"name"_s].toString(), SlurmCluster::defaultPartition());
        QCOMPARE(partitions.at(0)[u"state"_s].toString(), u"UP"_s); // (24.11's REST does not say "default")
        QCOMPARE(partitions.at(1)[u"maxTimeMinutes"_s].toInt(), 1);

        // on this computer: listed without a token for the cluster
        r = daas({u"jobs"_s, u"templates"_s, u"--json"_s}, {}, false);
        QVERIFY2(r.code == 0, r.err.constData());
        QStringList ids;
        for (const QJsonValue &t : QJsonDocument::fromJson(r.out).array())
            ids << t[u"id"_s].toString();
        QVERIFY2(ids.contains(u"bundled/shell"_s), r.out.constData());
    }

    void submitWaitShowAndReadTheOutput()
    {
        const QString path = script(u"greet.sh"_s, "#!/bin/bash\necho \"hello from $SLURM_JOB_NAME\"\n"
                                                   "echo to the error file >&2\necho second line\n");
        CliRun r = daas({u"jobs"_s, u"submit"_s, path, u"--name"_s, u"greeting"_s, u"--time"_s, u"5"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();
        QVERIFY2(!id.isEmpty() && id.toLongLong() > 0, r.out.constData());

        r = daas({u"jobs"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains(id.toUtf8()), r.err.constData());

        const QJsonObject job = shown(id);
        QCOMPARE(job[u"state"_s].toString(), u"completed"_s);
        QCOMPARE(job[u"name"_s].toString(), u"greeting"_s);
        QCOMPARE(job[u"exitCode"_s].toInt(-1), 0);
        QCOMPARE(job[u"timeLimitMinutes"_s].toInt(), 5);

        r = daas({u"jobs"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        bool listed = false;
        for (const QJsonValue &j : QJsonDocument::fromJson(r.out).array())
            listed = listed || j[u"id"_s].toString() == id;
        QVERIFY2(listed, r.out.constData());

        // its output, read from the storage the cluster wrote it to (Slurm puts standard error in the same
        // file unless the script names another)
        r = daas({u"jobs"_s, u"output"_s, id});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("hello from greeting\nto the error file\nsecond line\n"));
        r = daas({u"jobs"_s, u"output"_s, id, u"--errors"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("to the error file\n"), r.out.constData());
    }

    void followTheOutputUntilTheJobEnds()
    {
        CliRun r = daas({u"jobs"_s, u"submit"_s, u"-"_s, u"--name"_s, u"slow"_s},
                        "#!/bin/bash\nfor i in 1 2 3; do echo \"line $i\"; sleep 1; done\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();
        // at once, while the job waits or runs: what it writes, until it has ended
        r = daas({u"jobs"_s, u"output"_s, id, u"--follow"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("line 1\nline 2\nline 3\n"));
        QVERIFY(hasCompleted(shown(id)[u"state"_s].toString()));
    }

    void submitFromATemplate()
    {
        CliRun r = daas({u"jobs"_s, u"submit"_s, u"--template"_s, u"bundled/shell"_s, u"--param"_s,
                         u"message=from the CLI"_s, u"--param"_s, u"steps=2"_s, u"--param"_s, u"pause=0"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();
        r = daas({u"jobs"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"jobs"_s, u"output"_s, id});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Message: from the CLI\n") && r.out.contains("Step 2 of 2"),
                 r.out.constData());
        // a value out of its range, or a parameter the template does not have: refused before submitting
        r = daas({u"jobs"_s, u"submit"_s, u"--template"_s, u"bundled/shell"_s, u"--param"_s, u"steps=0"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("must be from 1 to 100000") && r.err.count('\n') == 1, r.err.constData());
        r = daas({u"jobs"_s, u"submit"_s, u"--template"_s, u"bundled/shell"_s, u"--param"_s, u"nosuch=1"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nosuch") && r.err.count('\n') == 1, r.err.constData());
    }

    void aJobThatFailsEndsTheWaitWithSix()
    {
        CliRun r = daas({u"jobs"_s, u"submit"_s, u"-"_s, u"--name"_s, u"failing"_s},
                        "#!/bin/bash\necho trying\nexit 3\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();
        r = daas({u"jobs"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(id.toUtf8()), r.err.constData());
        const QJsonObject job = shown(id);
        QCOMPARE(job[u"state"_s].toString(), u"failed"_s);
        QCOMPARE(job[u"exitCode"_s].toInt(-1), 3);
    }

    void holdReleaseAndCancel()
    {
        const QString path = script(u"long.sh"_s, "#!/bin/bash\nsleep 300\n");
        CliRun r = daas({u"jobs"_s, u"submit"_s, path, u"--hold"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();
        QVERIFY(reaches(id, u"held"_s));
        // no output yet: said so (not "no longer on the storage server")
        r = daas({u"jobs"_s, u"output"_s, id});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("has not started yet") && r.err.contains("--follow"), r.err.constData());

        r = daas({u"jobs"_s, u"release"_s, id});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(reaches(id, u"running"_s));

        r = daas({u"jobs"_s, u"cancel"_s, id});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"jobs"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QCOMPARE(r.code, 6); // cancelled: it did not complete
        QCOMPARE(shown(id)[u"state"_s].toString(), u"cancelled"_s);
        // an output file that is not there after the job: what that can mean, not a storage listing's words
        const QString output = shown(id)[u"standardOutput"_s].toString();
        QVERIFY2(output.startsWith(m_facility.storage().dataDir() + u'/') && QFile::remove(output),
                 qPrintable(output));
        r = daas({u"jobs"_s, u"output"_s, id});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("The job's output file is not there") && !r.err.contains("Refresh"),
                 r.err.constData());
    }

    void whatCannotBeDoneIsOneSentence()
    {
        // a job the cluster does not know
        CliRun r = daas({u"jobs"_s, u"show"_s, u"99999"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("99999"), r.err.constData());
        // no token and no token service: what to do instead
        r = daas({u"jobs"_s, u"list"_s}, {}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("DAAS_SLURM_TOKEN"), r.err.constData());
        // no job id, an unknown subcommand
        r = daas({u"jobs"_s, u"cancel"_s});
        QCOMPARE(r.code, 1);
        r = daas({u"jobs"_s, u"frobnicate"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("output"), r.err.constData()); // the list it offers names every subcommand
    }
};

QTEST_GUILESS_MAIN(TestCliJobs)
#include "tst_cli_jobs.moc"
