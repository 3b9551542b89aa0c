// LSF over SSH: LsfSshProvider against LSF stand-in commands (tests/facility/ssh/lsf: recorded formats of
// the real commands, a little state) behind a real sshd. Submit, list, details, kill, stop/resume, hold and
// release, job names with spaces, bsub's refusal in LSF's words, the fall back from bjobs -json to the wide
// columns on an LSF that does not know -json, and job output read over SSH at an offset.
#include "BatchCallAnswers.h"
#include "LsfStandIns.h"
#include "SshServer.h"
#include "TestPaths.h"
#include "jobs/LsfSshProvider.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daas;
using namespace daas::jobs;
using daas::testing::answerOf;
using daas::testing::doneResultOf;
using namespace Qt::StringLiterals;

namespace {

const BatchJob *find(const QList<BatchJob> &jobs, const QString &id)
{
    for (const BatchJob &j : jobs)
        if (j.id == id)
            return &j;
    return nullptr;
}
// a pointer into a list that is about to go away: refused (the ASan stage found one)
const BatchJob *find(QList<BatchJob> &&jobs, const QString &id) = delete;

} // namespace

class TestJobsSshLsf : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::SshServer> m_server;
    std::unique_ptr<testing::LsfStandIns> m_lsf;
    QTemporaryDir m_client;

    std::unique_ptr<LsfSshProvider> provider(const QString &knownHosts = {}) const
    {
        SshEndpoint e;
        e.host = m_server->host();
        e.port = m_server->port();
        e.user = m_server->loginUser();
        e.identityFile = m_server->clientKey();
        SshOptions o;
        o.knownHostsFile = knownHosts.isEmpty() ? m_client.path() + u"/known_hosts"_s : knownHosts;
        o.askpassProgram = daas::test::paths::askpass();
        return std::make_unique<LsfSshProvider>(e, o);
    }

    QList<BatchJob> listMine(LsfSshProvider &p)
    {
        const auto o = answerOf<JobListing>([&](auto done) { return p.listMine(done); });
        if (!o->has_value() || !**o) {
            qWarning() << "listMine:" << (o->has_value() ? (*o)->error() : Error());
            return {};
        }
        return (*o)->value().jobs;
    }
    BatchJob details(LsfSshProvider &p, const QString &id)
    {
        const auto o = answerOf<BatchJob>([&](auto done) { return p.details(id, done); });
        return o->has_value() && **o ? (*o)->value() : BatchJob();
    }
    std::optional<Result<bool>> held(LsfSshProvider &p, const QString &id, bool hold)
    {
        return doneResultOf([&](auto done) { return p.setHeld(id, hold, done); });
    }
    std::optional<Result<bool>> cancel(LsfSshProvider &p, const QString &id)
    {
        return doneResultOf([&](auto done) { return p.cancelJob(id, done); });
    }
    QString submit(LsfSshProvider &p, const JobRequest &r, QString *message = nullptr)
    {
        const auto o = answerOf<SubmittedJob>([&](auto done) { return p.submit(r, done); });
        if (!o->has_value() || !**o)
            return {};
        if (message)
            *message = (*o)->value().message;
        return (*o)->value().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<testing::SshServer>();
        m_lsf = std::make_unique<testing::LsfStandIns>();
        QVERIFY(m_lsf->install(*m_server));
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        // the host key was trusted before (tst_jobs_ssh asks it)
        QFile pub(m_server->hostPublicKeyFile());
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile known(m_client.path() + u"/known_hosts"_s);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[%1]:%2 "_s.arg(m_server->host()).arg(m_server->port()).toUtf8() + pub.readAll());
    }

    void listsMyJobsWithTheirNames()
    {
        auto p = provider();
        const QList<BatchJob> jobs = listMine(*p);
        QCOMPARE(jobs.size(), 3); // not user1's job 1004
        QVERIFY(!find(jobs, u"1004"_s));
        const BatchJob *done = find(jobs, u"1001"_s);
        QVERIFY(done);
        QCOMPARE(done->name, u"my analysis run"_s);
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(done->exitCode, std::optional<int>(0));
        QCOMPARE(done->partition, u"normal"_s);
        QCOMPARE(done->timeLimitMinutes, 120);
        // to the minute: bjobs -o prints no seconds, and no year
        const qint64 submitted = m_lsf->job(u"1001"_s, u"submit"_s).toLongLong();
        QCOMPARE(done->submitTime.toSecsSinceEpoch(), submitted - submitted % 60);
        QCOMPARE(done->standardOutput, u"/home/%1/work/1001.out"_s.arg(m_server->loginUser()));
        const BatchJob *running = find(jobs, u"1002"_s);
        QVERIFY(running);
        QCOMPARE(running->state, JobState::Running);
        QCOMPARE(running->nodes, u"hostB"_s);
        QCOMPARE(running->cpus, 4);
        const BatchJob *pending = find(jobs, u"1003"_s);
        QVERIFY(pending);
        QCOMPARE(pending->state, JobState::Queued);
        QCOMPARE(pending->reason, u"Queue is inactive"_s);
        QVERIFY(p->usesJson());
        QCOMPARE(p->userName(), m_server->loginUser());
        QVERIFY(m_lsf->calls().last().startsWith(u"bjobs -o jobid"_s));
        QVERIFY(m_lsf->calls().last().endsWith(u"-json -a"_s));
    }

    // the connection's host key question reaches the front end through BatchProvider's signal and answer
    void hostKeyQuestionThroughTheProvider()
    {
        QTemporaryDir fresh;
        auto p = provider(fresh.path() + u"/known_hosts"_s);
        QSignalSpy asked(p.get(), &BatchProvider::hostKeyDecisionNeeded);
        // the user trusts it when asked
        connect(
            p.get(), &BatchProvider::hostKeyDecisionNeeded, p.get(), [&p] { p->answerHostKey(true); },
            Qt::QueuedConnection);
        const auto o = answerOf<JobListing>([&](auto done) { return p->listMine(done); });
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(2).toString(), m_server->hostKeyFingerprint());
        QVERIFY(o->has_value());
        QVERIFY2((*o)->ok(), qPrintable((*o)->error().userText()));
        QCOMPARE((*o)->value().jobs.size(), 3);
    }

    void submitThenSeeItListed()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"reduce run with spaces"_s;
        r.script = u"#!/bin/bash\necho hello\n"_s;
        r.partition = u"short"_s;
        r.cpus = 2;
        QString message;
        const QString id = submit(*p, r, &message);
        QVERIFY(!id.isEmpty());
        QCOMPARE(message, u"Job <%1> is submitted to queue <short>."_s.arg(id));
        // bsub got exactly the preview
        QFile sent(m_lsf->stateFolder() + u"/jobs/%1/script"_s.arg(id));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(sent.readAll()), p->submissionPreview(r));

        const QList<BatchJob> mine = listMine(*p); // kept: `listed` points into it
        const BatchJob *listed = find(mine, id);
        QVERIFY(listed);
        QCOMPARE(listed->name, r.name);
        QCOMPARE(listed->state, JobState::Queued);
        QCOMPARE(listed->partition, u"short"_s);
        QCOMPARE(listed->cpus, 2);
        const BatchJob shown = details(*p, id);
        QCOMPARE(shown.id, id);
        QCOMPARE(shown.name, r.name);
    }

    void refusedSubmissionInLsfsWords()
    {
        auto p = provider();
        JobRequest r;
        r.script = u"#!/bin/bash\ntrue\n"_s;
        r.partition = u"nosuch"_s;
        const auto o = answerOf<SubmittedJob>([&](auto done) { return p->submit(r, done); });
        QVERIFY(o->has_value());
        QVERIFY(!(*o)->ok());
        QCOMPARE((*o)->error().kind(), Error::Kind::InvalidInput);
        QVERIFY2((*o)->error().userText().contains(u"nosuch: No such queue. Job not submitted"_s),
                 qPrintable((*o)->error().userText()));
    }

    void holdAndRelease()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"to hold"_s;
        r.script = u"#!/bin/bash\ntrue\n"_s;
        const QString id = submit(*p, r);
        QVERIFY(!id.isEmpty());
        QVERIFY(held(*p, id, true)->ok());
        QCOMPARE(details(*p, id).state, JobState::Held);
        QCOMPARE(details(*p, id).schedulerState, u"PSUSP"_s);
        QVERIFY(held(*p, id, false)->ok());
        QCOMPARE(details(*p, id).state, JobState::Queued);
    }

    void stopAndResumeARunningJob()
    {
        auto p = provider();
        QCOMPARE(details(*p, u"1002"_s).state, JobState::Running);
        QVERIFY(held(*p, u"1002"_s, true)->ok());
        QCOMPARE(details(*p, u"1002"_s).schedulerState, u"USUSP"_s);
        QCOMPARE(details(*p, u"1002"_s).state, JobState::Suspended);
        QVERIFY(held(*p, u"1002"_s, false)->ok());
        // LSF resumes a user-suspended job through SSUSP, until the load lets it run
        QCOMPARE(details(*p, u"1002"_s).schedulerState, u"SSUSP"_s);
        m_lsf->setJob(u"1002"_s, u"stat"_s, u"RUN"_s);
    }

    void killAJob()
    {
        auto p = provider();
        JobRequest r;
        r.name = u"to kill"_s;
        r.script = u"#!/bin/bash\nsleep 600\n"_s;
        const QString id = submit(*p, r);
        QVERIFY(!id.isEmpty());
        QVERIFY(cancel(*p, id)->ok());
        const BatchJob killed = details(*p, id);
        QCOMPARE(killed.state, JobState::Cancelled);
        QCOMPARE(killed.exitCode, std::optional<int>(130));
        QVERIFY(killed.reason.contains(u"TERM_OWNER"_s));
        // again: it has finished, nothing to do
        QVERIFY(cancel(*p, id)->ok());
        // a job LSF does not know
        const auto unknown = cancel(*p, u"9999"_s);
        QCOMPARE(unknown->error().kind(), Error::Kind::NotFound);
        QVERIFY2(unknown->error().userText().contains(u"No matching job found"_s),
                 qPrintable(unknown->error().userText()));
        // and a "job id" that is shell syntax never reaches the login node
        const qsizetype callsBefore = m_lsf->calls().size();
        QCOMPARE(cancel(*p, u"1; touch /tmp/pwned"_s)->error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(m_lsf->calls().size(), callsBefore);
    }

    void detailsOfAJobLsfForgot()
    {
        auto p = provider();
        const auto o = answerOf<BatchJob>([&](auto done) { return p->details(u"4242"_s, done); });
        QVERIFY(o->has_value());
        QCOMPARE((*o)->error().kind(), Error::Kind::NotFound);
    }

    void queues()
    {
        auto p = provider();
        const auto o = answerOf<QList<Partition>>([&](auto done) { return p->partitions(done); });
        QVERIFY(o->has_value());
        QVERIFY((*o)->ok());
        QCOMPARE((*o)->value().size(), 9);
        QCOMPARE((*o)->value().at(6).name, u"normal"_s);
    }

    void outputReadAtAnOffset()
    {
        auto p = provider();
        // a name a shell would love to run
        QTemporaryDir shared(QDir::tempPath() + u"/daas-lsf-out-XXXXXX"_s);
        QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
        const QString path = shared.path() + u"/out $(touch pwned) 'it'.txt"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("line one\nline two\nline three\n");
        f.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const auto o =
            answerOf<BatchProvider::FileChunk>([&](auto done) { return p->readFile(path, 9, 8, done); });
        QVERIFY(o->has_value());
        QVERIFY2((*o)->ok(), qPrintable((*o)->error().userText()));
        QCOMPARE((*o)->value().data, QByteArray("line two"));
        QCOMPARE((*o)->value().fileSize, 29);
        QVERIFY(!QFile::exists(shared.path() + u"/pwned"_s));
        // beyond the end (the file was truncated): no data, and the size it has now
        const auto past =
            answerOf<BatchProvider::FileChunk>([&](auto done) { return p->readFile(path, 100, 8, done); });
        QVERIFY(past->has_value());
        QVERIFY((*past)->ok());
        QVERIFY((*past)->value().data.isEmpty());
        QCOMPARE((*past)->value().fileSize, 29);
        const auto missing = answerOf<BatchProvider::FileChunk>(
            [&](auto done) { return p->readFile(shared.path() + u"/nothing.txt"_s, 0, 100, done); });
        QVERIFY(missing->has_value());
        QCOMPARE((*missing)->error().kind(), Error::Kind::NotFound);
    }

    // last: it turns the "cluster" into LSF 9.1
    void fallsBackToWideColumnsWithoutJson()
    {
        QVERIFY(m_lsf->setVersion(u"9.1.3"_s));
        auto p = provider();
        const qsizetype before = m_lsf->calls().size();
        const QList<BatchJob> jobs = listMine(*p);
        QVERIFY(!p->usesJson());
        const QStringList calls = m_lsf->calls().mid(before);
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.at(0).contains(u"-json"_s));
        QCOMPARE(calls.at(1), u"bjobs -w -W -a"_s);
        const BatchJob *done = find(jobs, u"1001"_s);
        QVERIFY(done);
        QCOMPARE(done->name, u"my analysis run"_s); // spaces in the wide columns
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(done->cpus, 1); // 9.1's SLOTS
        const qint64 finished = m_lsf->job(u"1001"_s, u"finish"_s).toLongLong();
        QCOMPARE(done->endTime.toSecsSinceEpoch(), finished); // -W has seconds
        QVERIFY(find(jobs, u"1002"_s));
        QVERIFY(!find(jobs, u"1004"_s));
        // the provider remembers: no second -json
        listMine(*p);
        QCOMPARE(m_lsf->calls().size(), before + 3);
        QCOMPARE(m_lsf->calls().last(), u"bjobs -w -W -a"_s);
        QCOMPARE(details(*p, u"1003"_s).state, JobState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestJobsSshLsf)
#include "tst_jobs_ssh_lsf.moc"
