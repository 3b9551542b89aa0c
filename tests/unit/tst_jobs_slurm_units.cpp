// The Slurm REST back-end's reading and writing of slurmrestd's JSON, on recorded replies of Slurm 24.11
// (v0.0.40–42) and on v0.0.38 replies written from Slurm 22.05's source (tests/unit/data/slurm/README.md);
// truncated and malformed answers; the provider's 304 and bad-JSON paths against a canned HTTP server.

#include "TestPaths.h"
#include "jobs/SlurmRestDocuments.h"
#include "jobs/SlurmRestProvider.h"
#include "jobs/SlurmTokenSource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::jobs;

namespace {

QByteArray data(const QString &name)
{
    QFile f(daas::test::paths::sourceDir() + QStringLiteral("/tests/unit/data/slurm/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QJsonObject object(const QString &name)
{
    return QJsonDocument::fromJson(data(name)).object();
}

// Answers each request with the next canned reply whose path prefix matches; records the request lines.
class CannedServer : public QTcpServer
{
public:
    struct Reply
    {
        QByteArray pathPrefix;
        int status;
        QByteArray body;
    };
    QList<Reply> replies;
    QList<QByteArray> requests;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (buffer.contains("\r\n\r\n")) {
            const QByteArray head = buffer.left(buffer.indexOf("\r\n\r\n"));
            buffer.remove(0, head.size() + 4); // requests here have no body
            const QByteArray line = head.left(head.indexOf("\r\n"));
            requests.append(line);
            const QByteArray path = line.split(' ').value(1);
            Reply reply{{}, 404, {}};
            for (qsizetype i = 0; i < replies.size(); ++i)
                if (path.startsWith(replies.at(i).pathPrefix)) {
                    reply = replies.takeAt(i);
                    break;
                }
            socket->write("HTTP/1.1 " + QByteArray::number(reply.status) +
                          " X\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
        }
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestJobsSlurmUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseVersion()
    {
        QCOMPARE(SlurmRest::chooseVersion(object(u"openapi-paths.json"_s)), 42);
        QCOMPARE(SlurmRest::chooseVersion(QList<int>{38, 40}), 40);
        QCOMPARE(SlurmRest::chooseVersion(QList<int>{38, 37, 36}), 38);
        QCOMPARE(SlurmRest::chooseVersion(QList<int>{43, 37}), 0);
        QCOMPARE(SlurmRest::chooseVersion(QJsonObject()), 0);
        QCOMPARE(SlurmRest::versionName(41), u"v0.0.41"_s);
    }

    void numbers()
    {
        bool infinite = false;
        QCOMPARE(SlurmRest::number(QJsonObject{{u"set"_s, true}, {u"infinite"_s, false}, {u"number"_s, 5}}),
                 std::optional<qint64>(5));
        QCOMPARE(SlurmRest::number(QJsonObject{{u"set"_s, false}, {u"infinite"_s, false}, {u"number"_s, 0}}),
                 std::nullopt);
        QCOMPARE(SlurmRest::number(QJsonObject{{u"set"_s, false}, {u"infinite"_s, true}, {u"number"_s, 0}},
                                   &infinite),
                 std::nullopt);
        QVERIFY(infinite);
        QCOMPARE(SlurmRest::number(QJsonValue(-1), &infinite), std::optional<qint64>(-1));
        QVERIFY(infinite);
        QCOMPARE(SlurmRest::number(QJsonValue(u"17"_s)), std::optional<qint64>(17));
        QCOMPARE(SlurmRest::number(QJsonValue(u"x"_s)), std::nullopt);
        QCOMPARE(SlurmRest::number(QJsonValue()), std::nullopt);
    }

    void jobOfEveryVersionReadsTheSame_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("v0.0.40") << u"job-failed-v0.0.40.json"_s;
        QTest::newRow("v0.0.41") << u"job-failed-v0.0.41.json"_s;
        QTest::newRow("v0.0.42") << u"job-failed-v0.0.42.json"_s;
    }

    void jobOfEveryVersionReadsTheSame()
    {
        QFETCH(QString, file);
        const Result<SlurmRest::JobsReply> reply = SlurmRest::parseJobs(data(file));
        QVERIFY2(reply, qPrintable(reply.error().detail()));
        QCOMPARE(reply->jobs.size(), 1);
        const BatchJob job = reply->jobs.first();
        QCOMPARE(job.id, u"1"_s);
        QCOMPARE(job.name, u"fails"_s);
        QCOMPARE(job.user, u"daas-batch"_s);
        QCOMPARE(job.partition, u"debug"_s);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.schedulerState, u"FAILED"_s);
        QCOMPARE(job.reason, u"NonZeroExitCode"_s);
        QCOMPARE(job.exitCode, std::optional<int>(3));
        QCOMPARE(job.signal, 0);
        QCOMPARE(job.cpus, 1);
        QCOMPARE(job.timeLimitMinutes, -1); // the partition has no limit: "infinite"
        QVERIFY(job.nodes.startsWith(u"daasnode"_s));
        QVERIFY(job.submitTime.isValid() && job.startTime.isValid() && job.endTime.isValid());
        QVERIFY(job.submitTime <= job.startTime && job.startTime <= job.endTime);
        QCOMPARE(job.workingDirectory, u"/srv/daas-jobs"_s);
        QCOMPARE(job.standardOutput, u"/srv/daas-jobs/fails-1.out"_s);
        QCOMPARE(job.standardError, job.standardOutput);
        QVERIFY(job.arrayJobId.isEmpty());
    }

    void listingOfV42()
    {
        const Result<SlurmRest::JobsReply> reply = SlurmRest::parseJobs(data(u"jobs-v0.0.42.json"_s));
        QVERIFY(reply);
        QCOMPARE(reply->jobs.size(), 3);
        QVERIFY(reply->lastUpdate > 1700000000);
        QVERIFY(!reply->unchanged);
        const BatchJob held = reply->jobs.at(1);
        QCOMPARE(held.name, u"held"_s);
        QCOMPARE(held.state, JobState::Held);
        QCOMPARE(held.reason, u"JobHeldUser"_s);
        QCOMPARE(held.exitCode, std::nullopt); // not finished: no exit code, no end
        QVERIFY(!held.endTime.isValid());
    }

    void unchangedListingOf2411()
    {
        const Result<SlurmRest::JobsReply> reply =
            SlurmRest::parseJobs(data(u"jobs-unchanged-v0.0.42.json"_s));
        QVERIFY(reply);
        QVERIFY(reply->unchanged);
        QVERIFY(reply->jobs.isEmpty());
        QCOMPARE(reply->lastUpdate, 0);
    }

    void v40RefusesUpdateTime()
    {
        const SlurmRest::Messages m = SlurmRest::messages(object(u"jobs-update-time-v0.0.40.json"_s));
        QCOMPARE(m.errors.size(), 2);
        QVERIFY(m.errors.first().startsWith(u"Parsing of "_s));
        QVERIFY(m.errors.first().endsWith(u"for timestamp failed: Unable to convert Data type"_s));
    }

    void v38Jobs()
    {
        const Result<SlurmRest::JobsReply> reply = SlurmRest::parseJobs(data(u"job-v0.0.38.json"_s));
        QVERIFY2(reply, qPrintable(reply.error().detail()));
        QCOMPARE(reply->jobs.size(), 2);
        const BatchJob failed = reply->jobs.at(0);
        QCOMPARE(failed.id, u"7"_s);
        QCOMPARE(failed.state, JobState::Failed);
        QCOMPARE(failed.schedulerState, u"FAILED"_s);
        QCOMPARE(failed.exitCode, std::optional<int>(3)); // wait status 768
        QCOMPARE(failed.timeLimitMinutes, 30);
        QCOMPARE(failed.submitTime, QDateTime::fromSecsSinceEpoch(1669800000));
        QCOMPARE(failed.endTime, QDateTime::fromSecsSinceEpoch(1669800004));
        QCOMPARE(failed.nodes, u"localhost"_s);
        QCOMPARE(failed.standardOutput, u"/home/alice/fails-7.out"_s);
        const BatchJob task = reply->jobs.at(1);
        QCOMPARE(task.id, u"8_3"_s);
        QCOMPARE(task.arrayJobId, u"8"_s);
        QCOMPARE(task.arrayTaskId, u"3"_s);
        QCOMPARE(task.state, JobState::Queued);
        QCOMPARE(task.reasonText(), u"Waiting for resources"_s);
        QCOMPARE(task.timeLimitMinutes, -1);
        QVERIFY(!task.endTime.isValid()); // a pending job's end_time is an estimate
        QCOMPARE(task.standardOutput, u"/home/alice/slurm-8_3.out"_s);
    }

    void partitions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("v0.0.40") << u"partitions-v0.0.40.json"_s;
        QTest::newRow("v0.0.42") << u"partitions-v0.0.42.json"_s;
    }

    void partitions()
    {
        QFETCH(QString, file);
        const Result<QList<Partition>> parts = SlurmRest::parsePartitions(data(file));
        QVERIFY(parts);
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(0).name, u"debug"_s);
        QCOMPARE(parts->at(0).maxTimeMinutes, -1);
        QCOMPARE(parts->at(0).state, u"UP"_s);
        QCOMPARE(parts->at(0).cpus, 8);
        QCOMPARE(parts->at(0).nodes, 1);
        QCOMPARE(parts->at(0).isDefault, false); // 24.11's data parser does not say
        QCOMPARE(parts->at(1).name, u"short"_s);
        QCOMPARE(parts->at(1).maxTimeMinutes, 1);
    }

    void partitionsV38()
    {
        const Result<QList<Partition>> parts = SlurmRest::parsePartitions(data(u"partitions-v0.0.38.json"_s));
        QVERIFY(parts);
        QCOMPARE(parts->size(), 2);
        QVERIFY(parts->at(0).isDefault);
        QCOMPARE(parts->at(0).maxTimeMinutes, -1);
        QCOMPARE(parts->at(0).cpus, 2);
        QVERIFY(!parts->at(1).isDefault);
        QCOMPARE(parts->at(1).maxTimeMinutes, 60);
        QCOMPARE(parts->at(1).state, u"DOWN"_s);
    }

    void submitReplies()
    {
        const Result<SubmittedJob> plain = SlurmRest::parseSubmit(data(u"submit-v0.0.42.json"_s));
        QVERIFY(plain);
        QCOMPARE(plain->id, u"1"_s);
        QVERIFY(plain->warnings.isEmpty());
        const Result<SubmittedJob> held = SlurmRest::parseSubmit(data(u"submit-held-v0.0.42.json"_s));
        QVERIFY(held);
        QCOMPARE(
            held->warnings,
            QStringList({u"Job submission resulted in non-zero return code: Job is in held state, pending "
                         "scheduler release"_s,
                         u"Job is in held state, pending scheduler release"_s}));
        QCOMPARE(SlurmRest::parseSubmit(data(u"submit-v0.0.40.json"_s))->id, u"3"_s);
        QCOMPARE(SlurmRest::parseSubmit(data(u"submit-v0.0.38.json"_s))->id, u"7"_s);

        const QJsonObject refused = object(u"submit-refused-v0.0.42.json"_s);
        QCOMPARE(SlurmRest::messages(refused).errors,
                 QStringList{u"Batch job submission failed: Invalid partition name specified"_s});
        const Result<SubmittedJob> noId = SlurmRest::parseSubmit(data(u"submit-refused-v0.0.42.json"_s));
        QVERIFY(!noId);
        QCOMPARE(noId.error().kind(), Error::Kind::Protocol);
    }

    void unknownJob_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("v0.0.38") << u"job-unknown-v0.0.38.json"_s;
        QTest::newRow("v0.0.42") << u"job-unknown-v0.0.42.json"_s;
    }

    void unknownJob()
    {
        QFETCH(QString, file);
        QCOMPARE(SlurmRest::messages(object(file)).errors,
                 QStringList{u"Unable to query JobId=987654: Invalid job id specified"_s});
    }

    void cancelReply()
    {
        QVERIFY(SlurmRest::cancelRefusal(object(u"cancel-v0.0.42.json"_s)).isEmpty());
        const QJsonObject refused{
            {u"status"_s,
             QJsonArray{QJsonObject{
                 {u"job_id"_s, 5},
                 {u"error"_s,
                  QJsonObject{{u"code"_s, 2017},
                              {u"string"_s, u"Invalid job id specified"_s},
                              {u"message"_s, u"Kill job error on job id 5: Invalid job id specified"_s}}}}}}};
        QCOMPARE(SlurmRest::cancelRefusal(refused),
                 u"Kill job error on job id 5: Invalid job id specified"_s);
    }

    void truncatedAndMalformedJson()
    {
        // every cut of a real reply is refused with a sentence, never read as something else
        const QByteArray whole = data(u"job-failed-v0.0.42.json"_s);
        for (qsizetype n = 0; n < whole.size(); n += 97) {
            const Result<SlurmRest::JobsReply> cut = SlurmRest::parseJobs(whole.left(n));
            QVERIFY2(!cut, qPrintable(u"a cut at %1 bytes was read"_s.arg(n)));
            QCOMPARE(cut.error().kind(), Error::Kind::Protocol);
            QVERIFY(!cut.error().userText().isEmpty());
        }
        const Result<SlurmRest::JobsReply> half = SlurmRest::parseJobs(whole.left(whole.size() / 2));
        QVERIFY(half.error().userText().contains(u"cut short"_s));
        QVERIFY(half.error().detail().contains(u"offset"_s));
        for (const QByteArray &bad :
             {QByteArray(), QByteArray("[1,2]"), QByteArray("{\"jobs\": 3}"), QByteArray("{\"jobs\": [{}]}"),
              QByteArray("\x00\xff garbage", 10), QByteArray("<html>Bad gateway</html>")}) {
            const Result<SlurmRest::JobsReply> r = SlurmRest::parseJobs(bad);
            QVERIFY(!r);
            QCOMPARE(r.error().kind(), Error::Kind::Protocol);
        }
        QVERIFY(!SlurmRest::parsePartitions("{\"partitions\": {}}"));
        QVERIFY(!SlurmRest::parseSubmit("{\"job_id\": "));
    }

    void submitBodyOfEachGeneration()
    {
        JobRequest r;
        r.name = u"reduce"_s;
        r.script = u"#!/bin/bash\necho hi\n"_s;
        r.partition = u"debug"_s;
        r.workingDirectory = u"/srv/data"_s;
        r.standardOutput = u"%x-%j.out"_s;
        r.cpus = 4;
        r.memoryMb = 2048;
        r.timeLimitMinutes = 90;
        r.hold = true;
        r.environment = {u"INPUT=/srv/data/run1"_s};

        const Result<QJsonObject> modern = SlurmRest::submitBody(r, 42);
        QVERIFY(modern);
        QVERIFY(!modern->contains(u"script"_s));
        const QJsonObject job = modern->value(u"job"_s).toObject();
        QCOMPARE(job.value(u"script"_s).toString(), r.script);
        QCOMPARE(job.value(u"environment"_s).toArray(),
                 QJsonArray({u"PATH=/usr/local/bin:/usr/bin:/bin"_s, u"INPUT=/srv/data/run1"_s}));
        QCOMPARE(job.value(u"current_working_directory"_s).toString(), u"/srv/data"_s);
        QCOMPARE(job.value(u"cpus_per_task"_s).toInt(), 4);
        QCOMPARE(job.value(u"nodes"_s).toString(), u"1"_s);
        QCOMPARE(job.value(u"time_limit"_s).toObject().value(u"number"_s).toInt(), 90);
        QCOMPARE(job.value(u"memory_per_node"_s).toObject().value(u"number"_s).toInt(), 2048);
        QCOMPARE(job.value(u"hold"_s).toBool(), true);

        const Result<QJsonObject> old = SlurmRest::submitBody(r, 38);
        QVERIFY(old);
        QCOMPARE(old->value(u"script"_s).toString(), r.script); // top level, required by v0.0.38
        const QJsonObject oldJob = old->value(u"job"_s).toObject();
        QCOMPARE(
            oldJob.value(u"environment"_s).toObject(),
            QJsonObject({{u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s}, {u"INPUT"_s, u"/srv/data/run1"_s}}));
        QCOMPARE(oldJob.value(u"time_limit"_s).toInt(), 90);
        QCOMPARE(oldJob.value(u"nodes"_s).toInt(), 1);

        JobRequest noShebang = r;
        noShebang.script = u"echo hi\n"_s;
        QCOMPARE(SlurmRest::submitBody(noShebang, 42).error().kind(), Error::Kind::InvalidInput);
        JobRequest nowhere = r;
        nowhere.workingDirectory.clear();
        QCOMPARE(SlurmRest::submitBody(nowhere, 42).error().kind(), Error::Kind::InvalidInput);
    }

    void holdBodies()
    {
        QCOMPARE(*SlurmRest::holdBody(true, 42), QJsonObject({{u"hold"_s, true}}));
        QCOMPARE(*SlurmRest::holdBody(false, 40), QJsonObject({{u"hold"_s, false}}));
        QCOMPARE(*SlurmRest::holdBody(true, 38), QJsonObject({{u"hold"_s, true}}));
        QCOMPARE(SlurmRest::holdBody(false, 38).error().kind(), Error::Kind::Unsupported);
    }

    void tokenClaims()
    {
        // header.claims.signature as scontrol token makes them (claims {"exp","iat","sun"})
        const QByteArray claims =
            QByteArray(R"({"exp":1796478454,"iat":1796474854,"sun":"daas-batch"})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const SlurmToken token = slurmTokenFromJwt(u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."_s +
                                                   QString::fromLatin1(claims) + u".c2ln"_s);
        QCOMPARE(token.user, u"daas-batch"_s);
        QCOMPARE(token.expires.toSecsSinceEpoch(), 1796478454);
        QVERIFY(!token.hasExpired(QDateTime::fromSecsSinceEpoch(1796478453)));
        QVERIFY(token.hasExpired(QDateTime::fromSecsSinceEpoch(1796478454)));
        QVERIFY(slurmTokenFromJwt(u"not a token"_s).user.isEmpty());
        QVERIFY(!slurmTokenFromJwt(u"a.b.c"_s).isValid());
    }

    void providerUsesUpdateTimeAnd304()
    {
        CannedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray listing = data(u"jobs-v0.0.42.json"_s);
        server.replies = {{"/openapi/v3", 200, data(u"openapi-paths.json"_s)},
                          {"/slurm/v0.0.42/jobs/", 200, listing},
                          {"/slurm/v0.0.42/jobs/?update_time=", 304, {}},
                          {"/slurm/v0.0.42/jobs/?update_time=", 200, listing.left(listing.size() - 40)}};
        SlurmRestProvider::Options options;
        options.url = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        options.timeoutMs = 10000;
        SlurmRestProvider provider(options, new FixedSlurmTokenSource(u"x.y.z"_s, u"daas-batch"_s));

        std::optional<Result<JobListing>> first;
        provider.listMine([&](const Result<JobListing> &r) { first = r; });
        QVERIFY(!first.has_value()); // never answered inside the call
        QTRY_VERIFY(first.has_value());
        QVERIFY2(*first, qPrintable(first->error().userText()));
        QCOMPARE((*first)->jobs.size(), 3);
        QVERIFY(!(*first)->unchanged);

        std::optional<Result<JobListing>> second;
        provider.listMine([&](const Result<JobListing> &r) { second = r; });
        QTRY_VERIFY(second.has_value());
        QVERIFY(*second);
        QVERIFY((*second)->unchanged);
        QCOMPARE((*second)->jobs.size(), 3);
        QVERIFY(server.requests.last().contains("update_time="));

        std::optional<Result<JobListing>> third;
        provider.listMine([&](const Result<JobListing> &r) { third = r; });
        QTRY_VERIFY(third.has_value());
        QVERIFY(!*third);
        QCOMPARE(third->error().kind(), Error::Kind::Protocol);
        QVERIFY(
            third->error().userText().startsWith(u"Slurm's answer for the list of jobs could not be read"_s));
    }
};

QTEST_GUILESS_MAIN(TestJobsSlurmUnits)
#include "tst_jobs_slurm_units.moc"
