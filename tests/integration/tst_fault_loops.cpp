// Fault loops (issue 14, part 6): the real WebDAV server (Apache) SIGKILLed and restarted again and again
// during a big download and a big upload; the client's own queue SIGKILLed again and again in the middle of
// a queue of mixed transfers and started again. At every kill nothing may lie under a final name that is
// not the whole file; at the end every file is complete and its sha256 is the source's.
// Sizes and counts: DAAS_FAULT_MB (the big files, default 64) and DAAS_FAULT_KILLS (default 8) in the suite;
// `packaging/dev faults` runs 1 GiB and 20 kills. The last line is the summary the notes quote:
// "FAULT LOOPS: K kills survived, L files lost, C files corrupt, P partial under a final name".
#include "EventLoopWait.h"
#include "FaultLoopSupport.h"
#include "IcatEmulatorProcess.h"
#include "LocalFiles.h"
#include "TestPaths.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsTransfers.h"
#include "dav/DavServer.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "storage/StorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace daas;
using namespace daas::storage;
using namespace daas::testing;
using namespace Qt::StringLiterals;

namespace {

// Totals over the whole run, for the summary line.
struct Tally
{
    int kills = 0;
    int lost = 0;
    int corrupt = 0;
    int partialSeen = 0;
    int conflicts = 0;
    int silences = 0;
};
Tally tally;

} // namespace

class TestFaultLoops : public QObject
{
    Q_OBJECT

    std::unique_ptr<daas::testing::ApacheDavServer> m_server;
    std::unique_ptr<QTemporaryDir> m_local;
    QNetworkAccessManager m_network;
    StaticCredentials m_credentials;
    std::unique_ptr<WebDavClient> m_client;
    std::unique_ptr<TransferQueue> m_queue;

    QString local(const QString &name) const { return m_local->filePath(name); }
    QString remoteFile(const QString &path) const { return m_server->dataDir() + u'/' + path; }

    // Kills Apache while `t` runs, checks the final name at each kill, starts Apache again; then waits for
    // the end and checks the file. A kill waits until the transfer has noticed the one before and moved on
    // over a new connection: what the sockets held when Apache died (8-13 MiB here: the reply's 4 MiB
    // buffer and the kernel's, which may grow to 32 MiB) still arrives after it, and a kill during those
    // bytes would only hit a fresh Apache nobody is connected to yet. So each kill cuts a live connection,
    // and each one the transfer noticed must end in a resume. Only the last may go unnoticed, when the rest
    // of the file was already on its way; `noticed` counts the others over all transfers of one test.
    void killServerDuring(Transfer *t, const Expected &e, const QString &partName, int &noticed)
    {
        const int wanted = killCount();
        // how far a transfer gets on a new connection before a kill
        const qint64 step = e.size / (2 * wanted);
        FinalNameCheck finalName;
        QElapsedTimer clock;
        clock.start();
        // killed from the progress signal itself, so that a fast transfer cannot run past a mark unseen
        int k = 0;
        int seen = 0;       // of these kills, the ones the transfer has seen as a failure
        qint64 backAt = -1; // where it was when it went back to work after the last one
        QString failure;
        auto onProgress = connect(t, &Transfer::changed, this, [&]() {
            if (t->state() == Transfer::State::Retrying) {
                seen = k;
                backAt = -1;
            } else if (t->state() == Transfer::State::Running && backAt < 0) {
                backAt = t->bytesDone();
            }
            if (noticed + k >= wanted || seen < k || !failure.isEmpty() ||
                t->state() != Transfer::State::Running || t->bytesDone() < backAt + step)
                return;
            ++k;
            if (!m_server->kill()) {
                failure = u"kill %1: Apache could not be killed"_s.arg(k);
                return;
            }
            ++tally.kills;
            if (!finalName.holds(e)) {
                ++tally.partialSeen;
                failure = u"kill %1: a partial file under the final name"_s.arg(k);
            }
            if (!m_server->start())
                failure = u"kill %1: Apache did not start again: %2"_s.arg(k).arg(m_server->errorLog());
        });
        QVERIFY(daas::testing::waitInEventLoop([&]() { return t->isFinished() || !failure.isEmpty(); },
                                               loopWaitMs()));
        disconnect(onProgress);
        noticed += seen;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        if (t->state() != Transfer::State::Done)
            ++tally.lost;
        QVERIFY2(t->state() == Transfer::State::Done,
                 qPrintable(u"after %1 kills: %2"_s.arg(k).arg(t->error().detail())));
        const QByteArray got = sha256Of(e.target);
        if (got != e.sha)
            ++tally.corrupt;
        QCOMPARE(got, e.sha);
        QVERIFY2(seen > 0,
                 "the whole file was on its way before the first kill: make it bigger (DAAS_FAULT_MB)");
        QVERIFY2(t->resumes() >= seen, qPrintable(u"%1 resumes after %2 cuts"_s.arg(t->resumes()).arg(seen)));
        QVERIFY2(!QFile::exists(partName), "the part file stayed behind");
        qInfo("%d kills of Apache during %lld MiB (%d noticed): %d resumes, %lld s, sha256 %s", k,
              e.size >> 20, seen, t->resumes(), clock.elapsed() / 1000, e.sha.constData());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_local = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<daas::testing::ApacheDavServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
        m_credentials = StaticCredentials::basic(m_server->user(), m_server->password());
        m_client = std::make_unique<WebDavClient>(&m_network, m_server->rootUrl(), &m_credentials);
        m_queue = std::make_unique<TransferQueue>(m_client.get());
        m_queue->setStateFile(local(u".queue/transfers.json"_s));
        m_queue->setRetryBaseDelayMs(100);
    }

    void cleanup()
    {
        m_queue.reset();
        m_client.reset();
        m_server.reset();
        m_local.reset();
    }

    void cleanupTestCase()
    {
        qInfo(
            "FAULT LOOPS: %d kills survived, %d silent servers survived, %d files lost, %d files corrupt, %d "
            "partial under a final name, %d conflicts with the client's own files",
            tally.kills, tally.silences, tally.lost, tally.corrupt, tally.partialSeen, tally.conflicts);
    }

    void apacheKilledDuringDownload()
    {
        Expected e{remoteFile(u"big.bin"_s), local(u"big.bin"_s), bigSize(), {}};
        QVERIFY(writeSeededFile(e.source, e.size, 41));
        m_server->fixOwnership();
        e.sha = sha256Of(e.source);
        // downloaded again until the transfers have noticed every kill
        for (int noticed = 0; noticed < killCount();) {
            QVERIFY(!QFile::exists(e.target) || QFile::remove(e.target));
            Transfer *t = m_queue->addDownload(u"big.bin"_s, e.target);
            killServerDuring(t, e, local(u".big.bin.daas-part"_s), noticed);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(filesBelow(m_local->path()), QStringList({u".queue/transfers.json"_s, u"big.bin"_s}));
        }
    }

    void apacheKilledDuringUpload()
    {
        Expected e{local(u"big.bin"_s), remoteFile(u"up/big.bin"_s), bigSize(), {}};
        QVERIFY(writeSeededFile(e.source, e.size, 42));
        e.sha = sha256Of(e.source);
        QVERIFY(m_server->makeDir(u"up"_s));
        for (int noticed = 0; noticed < killCount();) {
            QVERIFY(!QFile::exists(e.target) || QFile::remove(e.target));
            Transfer *t = m_queue->addUpload(e.source, u"up/big.bin"_s);
            killServerDuring(t, e, remoteFile(u"up/.big.bin.daas-part"_s), noticed);
            if (QTest::currentTestFailed())
                return;
            // nothing else in the store: neither our part nor Apache's own temporary files
            QCOMPARE(filesBelow(remoteFile(u"up"_s)), QStringList{u"big.bin"_s});
        }
    }

    // The client's queue in its own process, SIGKILLed at random moments (seeded) while uploads and
    // downloads, small and big, run; started again each time, it restores the queue from its file.
    void clientKilledMidQueue()
    {
        const qint64 big = bigSize();
        const QList<std::pair<bool, qint64>> shape{
            // upload?, size
            {false, big},        {true, big},        {false, big / 4},    {true, big / 4},
            {false, 9 << 20},    {true, 9 << 20},    {false, 3 << 20},    {true, 3 << 20},
            {false, 700 * 1024}, {true, 700 * 1024}, {false, 100 * 1024}, {true, 100 * 1024},
            {false, 1},          {true, 1},          {false, 5000},       {true, 5000}};
        QList<Expected> files;
        QJsonArray plan;
        QVERIFY(m_server->makeDir(u"up"_s));
        for (qsizetype i = 0; i < shape.size(); ++i) {
            const auto [upload, size] = shape.at(i);
            const QString name = u"f%1.bin"_s.arg(i);
            Expected e;
            e.size = size;
            e.source = upload ? local(u"out/"_s + name) : remoteFile(u"down/"_s + name);
            e.target = upload ? remoteFile(u"up/"_s + name) : local(u"in/"_s + name);
            QVERIFY(writeSeededFile(e.source, size, 100 + quint32(i)));
            e.sha = sha256Of(e.source);
            files << e;
            plan.append(QJsonObject{{u"direction"_s, upload ? u"upload"_s : u"download"_s},
                                    {u"local"_s, upload ? e.source : e.target},
                                    {u"remote"_s, QString((upload ? u"up/"_s : u"down/"_s) + name)}});
        }
        QDir().mkpath(local(u"in"_s));
        m_server->fixOwnership();
        QFile planFile(local(u"plan.json"_s));
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(QJsonDocument(plan).toJson());
        planFile.close();
        const QStringList args{m_server->rootUrl().toString(), m_server->user(), m_server->password(),
                               local(u"state/transfers.json"_s), planFile.fileName()};

        const int kills = killCount();
        QRandomGenerator when(7);
        FinalNameCheck finalName;
        QElapsedTimer clock;
        clock.start();
        int conflicts = 0;
        auto readLines = [&](QProcess &client, QStringList &lines) {
            while (client.canReadLine()) {
                const QString line = QString::fromUtf8(client.readLine()).trimmed();
                if (line.startsWith(u"conflict "_s)) {
                    ++conflicts;
                    ++tally.conflicts;
                }
                lines << line;
            }
        };
        QStringList restoredCounts;
        int killed = 0;
        for (int k = 0; k <= kills; ++k) {
            QProcess client;
            client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            client.start(daas::test::paths::faultQueue(), args);
            QVERIFY(client.waitForStarted(10000));
            QStringList lines;
            QVERIFY2(daas::testing::waitInEventLoop(
                         [&]() {
                             readLines(client, lines);
                             return !lines.isEmpty() || client.state() != QProcess::Running;
                         },
                         60000),
                     "the client never said what it queued");
            QVERIFY2(!lines.isEmpty(), "the client ended before saying what it queued");
            // what is not complete yet must be in the restored queue: a transfer the queue forgot is lost
            int unfinished = 0;
            for (const Expected &e : std::as_const(files))
                unfinished += finalName.isWhole(e) ? 0 : 1;
            const int held = lines.first().section(u' ', 1).toInt();
            restoredCounts << lines.first();
            if (held < unfinished) {
                tally.lost += unfinished - held;
                QFAIL(qPrintable(
                    u"run %1: %2 unfinished, but the queue holds %3"_s.arg(k).arg(unfinished).arg(held)));
            }
            if (k == kills) {
                // the last run goes to the end
                QVERIFY2(daas::testing::waitInEventLoop(
                             [&]() {
                                 readLines(client, lines);
                                 return client.state() != QProcess::Running;
                             },
                             900000),
                         "the queue never finished");
                readLines(client, lines);
                QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
                         qPrintable(lines.join(u'\n')));
                break;
            }
            // early in the run on a quick machine, later on a loaded one (each restart takes longer there)
            const int delay = int(when.bounded(10, 150));
            daas::testing::waitInEventLoop(
                [&]() {
                    readLines(client, lines);
                    return client.state() != QProcess::Running;
                },
                delay);
            if (client.state() != QProcess::Running) {
                // a quick machine finished the queue before this kill: the kills so far stand, the end is
                // checked below; too few of them would prove little
                readLines(client, lines);
                QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
                         qPrintable(lines.join(u'\n')));
                QVERIFY2(k >= 3,
                         qPrintable(u"the queue finished before kill %1; make it bigger"_s.arg(k + 1)));
                break;
            }
            client.kill(); // SIGKILL
            ++killed;
            QVERIFY(client.waitForFinished(10000));
            ++tally.kills;
            for (const Expected &e : std::as_const(files)) {
                if (!finalName.holds(e)) {
                    ++tally.partialSeen;
                    QFAIL(qPrintable(
                        u"kill %1: %2 is under its final name but not whole"_s.arg(k + 1).arg(e.target)));
                }
            }
        }
        int lost = 0, corrupt = 0;
        for (const Expected &e : std::as_const(files)) {
            const QByteArray got = sha256Of(e.target);
            if (got == "missing")
                ++lost;
            else if (got != e.sha)
                ++corrupt;
        }
        tally.lost += lost;
        tally.corrupt += corrupt;
        qInfo(
            "client killed %d times in a queue of %lld transfers (%lld MiB): %d lost, %d corrupt, %d "
            "conflicts, %lld s; runs: %s",
            killed, qint64(files.size()),
            [&] {
                qint64 sum = 0;
                for (const Expected &e : std::as_const(files))
                    sum += e.size;
                return sum >> 20;
            }(),
            lost, corrupt, conflicts, clock.elapsed() / 1000, qPrintable(restoredCounts.join(u", "_s)));
        QCOMPARE(lost, 0);
        QCOMPARE(corrupt, 0);
        QCOMPARE(conflicts, 0);
        // nothing left over: no part files on either side
        for (const QString &dir : {local(u"in"_s), remoteFile(u"up"_s)}) {
            const QStringList left = filesBelow(dir);
            QCOMPARE(left.size(), shape.size() / 2);
            for (const QString &name : left)
                QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
        }
    }

    // The server falls silent in the middle of a download, then of an upload (a half-open connection:
    // accepted, never answered, never closed). The transfer ends its attempt as a timeout, never as
    // "cancelled", and carries on from where it was once the server answers again; nothing partial gets a
    // final name.
    void silentServerMidTransfer_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::newRow("download") << false;
        QTest::newRow("upload") << true;
    }

    void silentServerMidTransfer()
    {
        QFETCH(bool, upload);
        const qint64 size = qMin<qint64>(bigSize(), 64 << 20);
        SilenceableRelay relay(m_server->port());
        QVERIFY(relay.listen());
        QUrl url = m_server->rootUrl();
        url.setPort(relay.port());
        WebDavClient client(&m_network, url, &m_credentials);
        client.setTimeout(1500);
        TransferQueue queue(&client);
        queue.setStateFile(local(u".queue/silent.json"_s));
        queue.setRetryBaseDelayMs(100);
        Expected e = upload ? Expected{local(u"up.bin"_s), remoteFile(u"up.bin"_s), size, {}}
                            : Expected{remoteFile(u"down.bin"_s), local(u"down.bin"_s), size, {}};
        QVERIFY(writeSeededFile(e.source, size, upload ? 52 : 51));
        m_server->fixOwnership();
        e.sha = sha256Of(e.source);
        Transfer *t =
            upload ? queue.addUpload(e.source, u"up.bin"_s) : queue.addDownload(u"down.bin"_s, e.target);
        QVERIFY(daas::testing::waitInEventLoop([&] { return t->bytesDone() > size / 3 || t->isFinished(); },
                                               300000));
        QVERIFY2(!t->isFinished(), "finished before the server fell silent");
        relay.fallSilent();
        // the attempt in flight ends as a timeout and is retried; the retries meet silence too
        QList<Error::Kind> seen;
        auto onChange = connect(&queue, &TransferQueue::transferChanged, this, [&](Transfer *changed) {
            if (changed->state() == Transfer::State::Retrying)
                seen << changed->error().kind();
        });
        QVERIFY(daas::testing::waitInEventLoop([&] { return seen.size() >= 2 || t->isFinished(); }, 120000));
        disconnect(onChange);
        for (const Error::Kind kind : std::as_const(seen))
            QCOMPARE(kind, Error::Kind::Timeout);
        FinalNameCheck finalName;
        if (!finalName.holds(e))
            ++tally.partialSeen;
        QVERIFY2(finalName.holds(e), "a partial file under a final name");
        relay.comeBack();
        QVERIFY(daas::testing::waitInEventLoop([&] { return t->isFinished(); }, loopWaitMs()));
        if (t->state() != Transfer::State::Done)
            ++tally.lost;
        QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
        const QByteArray got = sha256Of(e.target);
        if (got != e.sha)
            ++tally.corrupt;
        QCOMPARE(got, e.sha);
        QVERIFY(t->resumes() >= 1);
        ++tally.silences;
        qInfo("silent server: %lld timeouts said as timeouts, %d connections held open, resumed and whole",
              qint64(seen.size()), relay.held());
    }

    // The ICAT/IDS emulator SIGKILLed during a datafile's download and started again on the same port: it
    // has forgotten the session, so the client says the session ended and, signed in again, resumes from
    // its part file. The last time it stays away longer than the client waits: the download says it
    // stopped, and a new one resumes from the same part.
    void idsKilledDuringDownload()
    {
        // the big datafile at the loops' size; every restart seeds the whole catalogue again, so the suite's
        // short run kills it at most twice
        testing::IcatEmulatorProcess emulator({u"--tomography-bytes"_s, QString::number(bigSize())});
        QVERIFY2(emulator.isRunning(), qPrintable(emulator.log()));
        identity::Account account(emulator.profile());
        identity::IcatSession *icat = account.icat();
        QSignalSpy props(icat, &identity::IcatSession::propertiesLoaded);
        icat->loadProperties();
        QVERIFY(props.wait(10000));
        auto signIn = [&] {
            QSignalSpy in(icat, &identity::IcatSession::signedIn);
            icat->login(u"simple"_s, {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}});
            return in.wait(20000);
        };
        QVERIFY(signIn());
        QJsonObject found;
        catalogue::icatSearch(
            icat, this, u"SELECT df FROM Datafile df WHERE df.name = 'IMAT00012345_recon.nxs'"_s,
            [&](const Result<QJsonArray> &r) {
                found = r && !r->isEmpty() ? r->at(0)[u"Datafile"_s].toObject() : QJsonObject{{u"id"_s, -1}};
            });
        QVERIFY(QTest::qWaitFor([&] { return !found.isEmpty(); }, 20000));
        const catalogue::Datafile file = catalogue::Datafile::fromJson(found);
        QVERIFY(file.id > 0 && file.fileSize > 0);
        const QString target = local(file.name);

        const int kills = qEnvironmentVariableIsSet("DAAS_FAULT_KILLS") ? killCount() : 2;
        int expiries = 0;
        connect(icat, &identity::IcatSession::sessionExpired, this, [&] {
            ++expiries; // what the GUI turns into its sign-in dialog: the user signs in again
            QTimer::singleShot(0, this, [&] { signIn(); });
        });
        auto job = std::make_unique<catalogue::DownloadJob>(
            &account,
            catalogue::DownloadJob::Target{catalogue::DownloadJob::Kind::Datafile, file.id, file.name,
                                           file.fileSize, file.checksum},
            m_local->path());
        qint64 received = 0;
        Error outcome;
        bool finished = false;
        auto watch = [&](catalogue::DownloadJob *j) {
            connect(j, &catalogue::DownloadJob::progress, this, [&](qint64 r, qint64) { received = r; });
            connect(j, &catalogue::DownloadJob::finished, this, [&](const Error &e) {
                outcome = e;
                finished = true;
            });
        };
        watch(job.get());
        job->start();
        QElapsedTimer clock;
        clock.start();
        // killed from the progress signal itself; the last time it stays away until the client gave up
        int k = 0;
        QString failure;
        bool away = false;
        auto onProgress = connect(job.get(), &catalogue::DownloadJob::progress, this, [&](qint64 r, qint64) {
            if (k >= kills || away || !failure.isEmpty() || r < file.fileSize * (k + 1) / (kills + 1))
                return;
            ++k;
            if (!emulator.kill()) {
                failure = u"kill %1: the emulator could not be killed"_s.arg(k);
                return;
            }
            ++tally.kills;
            if (QFile::exists(target)) {
                ++tally.partialSeen;
                failure = u"kill %1: a file under the final name"_s.arg(k);
            }
            if (k == kills)
                away = true;
            else if (!emulator.startAgain())
                failure = u"kill %1: the emulator did not start again"_s.arg(k);
        });
        QVERIFY(daas::testing::waitInEventLoop([&] { return finished || !failure.isEmpty(); }, loopWaitMs()));
        disconnect(onProgress);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(k, kills);
        // away for longer than the client waits: it says so, and the part stays for the next try
        QCOMPARE(outcome.kind(), Error::Kind::Network);
        QVERIFY2(outcome.userText().contains(u"could not be resumed"_s), qPrintable(outcome.userText()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(QFileInfo(target + u".part"_s).size() > 0);
        QVERIFY2(emulator.startAgain(), qPrintable(emulator.log()));
        {
            // the user asks again: a new download continues from the part
            finished = false;
            job = std::make_unique<catalogue::DownloadJob>(
                &account,
                catalogue::DownloadJob::Target{catalogue::DownloadJob::Kind::Datafile, file.id, file.name,
                                               file.fileSize, file.checksum},
                m_local->path());
            watch(job.get());
            job->start();
        }
        QVERIFY(daas::testing::waitInEventLoop([&] { return finished; }, loopWaitMs()));
        if (outcome)
            ++tally.lost;
        QVERIFY2(!outcome, qPrintable(outcome.detail()));
        QVERIFY(job->resumes() >= 1);
        QVERIFY2(expiries >= 1, "the restarted IDS never said the session had ended");
        // the bytes as IDS serves them now, hashed as they come
        QCryptographicHash served(QCryptographicHash::Sha256);
        QNetworkRequest rq(
            QUrl(emulator.idsUrl().toString() +
                 u"/getData?sessionId=%1&datafileIds=%2"_s.arg(icat->sessionId()).arg(file.id)));
        QNetworkReply *reply = m_network.get(rq);
        connect(reply, &QNetworkReply::readyRead, this, [&] { served.addData(reply->readAll()); });
        QVERIFY(daas::testing::waitInEventLoop([&] { return reply->isFinished(); }, loopWaitMs()));
        served.addData(reply->readAll());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
        const QByteArray got = sha256Of(target);
        if (got != served.result().toHex())
            ++tally.corrupt;
        QCOMPARE(got, served.result().toHex());
        QCOMPARE(QDir(m_local->path()).entryList(QDir::Files | QDir::Hidden), QStringList{file.name});
        qInfo("%d kills of ICAT/IDS during %lld MiB: %d session expiries, %lld s", kills, file.fileSize >> 20,
              expiries, clock.elapsed() / 1000);
    }
};

QTEST_GUILESS_MAIN(TestFaultLoops)
#include "tst_fault_loops.moc"
