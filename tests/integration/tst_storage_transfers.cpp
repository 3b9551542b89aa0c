// The transfer queue against a real Apache (and nginx where the difference matters): parallel transfers,
// conflicts, pause/resume, a server killed and restarted mid-transfer, a 401 in the middle of a queue, a
// full local disk, and a queue that outlives the client.
#include "EventLoopWait.h"
#include "LocalFiles.h"
#include "SmallDisk.h"
#include "dav/DavServer.h"
#include "storage/StorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Crc32.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace daas;
using namespace daas::storage;
using daas::testing::writeSeededFile;

namespace {

QString crcOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    support::Crc32 crc;
    while (!f.atEnd())
        crc.update(f.read(1 << 20));
    return QStringLiteral("%1").arg(crc.value(), 8, 16, QLatin1Char('0'));
}

bool waitIdle(TransferQueue &queue, int timeoutMs)
{
    return daas::testing::waitInEventLoop([&]() { return !queue.transfers().isEmpty() && queue.isIdle(); },
                                          timeoutMs);
}

qint64 bigSize()
{
    // 1 GiB as the issue asks; DAAS_STORAGE_BIG_MB shrinks it for quick local runs
    const int mb = qEnvironmentVariableIntValue("DAAS_STORAGE_BIG_MB");
    return qint64(mb > 0 ? mb : 1024) * 1024 * 1024;
}

} // namespace

class TestStorageTransfers : public QObject
{
    Q_OBJECT

    std::unique_ptr<daas::testing::DavServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    StaticCredentials m_credentials;
    std::unique_ptr<WebDavClient> m_client;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<QTemporaryDir> m_local;

    void startServer(bool nginx = false)
    {
        m_queue.reset();
        m_client.reset();
        if (nginx)
            m_server = std::make_unique<daas::testing::NginxDavServer>();
        else
            m_server = std::make_unique<daas::testing::ApacheDavServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
        m_credentials = StaticCredentials::basic(m_server->user(), m_server->password());
        m_client = std::make_unique<WebDavClient>(m_network.get(), m_server->rootUrl(), &m_credentials);
        m_queue = std::make_unique<TransferQueue>(m_client.get());
        m_queue->setStateFile(m_local->filePath(QStringLiteral("queue.json")));
        m_queue->setRetryBaseDelayMs(200);
    }

    QString local(const QString &name) const { return m_local->filePath(name); }
    QString remoteFile(const QString &path) const { return m_server->dataDir() + QLatin1Char('/') + path; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_local = std::make_unique<QTemporaryDir>();
        m_network = std::make_unique<QNetworkAccessManager>();
        startServer();
    }

    void cleanup()
    {
        m_queue.reset();
        m_client.reset();
        m_network.reset();
        m_server.reset();
        m_local.reset();
    }

    void uploadAndDownloadManyInParallel()
    {
        QStringList names;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("up/file %1 é.bin").arg(i);
            QVERIFY(writeSeededFile(local(name), i == 0 ? 20 * 1024 * 1024 : 1000 * i + 1, i + 10));
            names << name;
        }
        m_queue->setMaxParallel(3);
        int maxRunning = 0;
        connect(m_queue.get(), &TransferQueue::transferChanged, this, [&]() {
            int running = 0;
            for (const Transfer *t : m_queue->transfers())
                running += t->state() == Transfer::State::Running;
            maxRunning = qMax(maxRunning, running);
        });
        for (const QString &n : names)
            m_queue->addUpload(local(n), QStringLiteral("incoming/") + QFileInfo(n).fileName());
        QVERIFY(waitIdle(*m_queue, 60000));
        QCOMPARE(maxRunning, 3);
        for (const Transfer *t : m_queue->transfers()) {
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
            QCOMPARE(t->bytesDone(), t->bytesTotal());
            const QString remote = remoteFile(t->remotePath());
            QCOMPARE(crcOf(remote), crcOf(t->localPath()));
            QCOMPARE(t->checksumCrc32(), crcOf(t->localPath()));
        }
        QCOMPARE(m_queue->totalBytesDone(), m_queue->totalBytes());
        // the big one went through a hidden part file that is gone now
        QCOMPARE(QDir(remoteFile(QStringLiteral("incoming"))).entryList(QDir::Files | QDir::Hidden).size(),
                 12);

        m_queue->removeFinished();
        for (const QString &n : names)
            m_queue->addDownload(QStringLiteral("incoming/") + QFileInfo(n).fileName(),
                                 local(QStringLiteral("down/") + QFileInfo(n).fileName()));
        QDir().mkpath(local(QStringLiteral("down")));
        QVERIFY(waitIdle(*m_queue, 60000));
        for (const Transfer *t : m_queue->transfers()) {
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
            QCOMPARE(crcOf(t->localPath()), crcOf(remoteFile(t->remotePath())));
            QCOMPARE(t->checksumCrc32(), crcOf(t->localPath()));
        }
        QCOMPARE(QDir(local(QStringLiteral("down"))).entryList(QDir::Files | QDir::Hidden).size(), 12);
    }

    void conflictsAskAndApplyToAll()
    {
        for (int i = 0; i < 4; ++i) {
            QVERIFY(m_server->putFile(QStringLiteral("c%1.txt").arg(i), "server version"));
            QVERIFY(writeSeededFile(local(QStringLiteral("c%1.txt").arg(i)), 100, i));
        }
        QVERIFY(writeSeededFile(local(QStringLiteral("fresh.txt")), 50));
        QList<Transfer *> raised;
        connect(m_queue.get(), &TransferQueue::conflictRaised, this, [&](Transfer *t) { raised << t; });
        for (int i = 0; i < 4; ++i)
            m_queue->addUpload(local(QStringLiteral("c%1.txt").arg(i)), QStringLiteral("c%1.txt").arg(i));
        m_queue->addUpload(local(QStringLiteral("fresh.txt")), QStringLiteral("fresh.txt"));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return !raised.isEmpty(); }, 10000));
        Transfer *first = raised.first();
        QCOMPARE(first->state(), Transfer::State::WaitingForDecision);
        QCOMPARE(first->remoteInfo().size, 14);
        // first: keep both (rename); then: skip for all the rest
        m_queue->resolveConflict(first->id(), ConflictChoice::Rename);
        QVERIFY(daas::testing::waitInEventLoop([&]() { return raised.size() >= 2; }, 10000));
        m_queue->resolveConflict(raised.at(1)->id(), ConflictChoice::Skip, true);
        QVERIFY(waitIdle(*m_queue, 20000));
        int skipped = 0;
        for (const Transfer *t : m_queue->transfers())
            skipped += t->state() == Transfer::State::Skipped;
        QCOMPARE(skipped, 3);
        QCOMPARE(first->state(), Transfer::State::Done);
        const QString renamed = remoteFile(first->remotePath());
        QVERIFY2(first->remotePath().endsWith(QLatin1String(" (1).txt")), qPrintable(first->remotePath()));
        QCOMPARE(crcOf(renamed), crcOf(first->localPath()));
        for (int i = 0; i < 4; ++i) {
            QFile f(remoteFile(QStringLiteral("c%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("server version"));
        }
        QVERIFY(QFile::exists(remoteFile(QStringLiteral("fresh.txt"))));

        // overwrite (safe: If-Match with Apache's strong ETag) and keep-newer for downloads
        m_queue->removeFinished();
        m_queue->setConflictPolicy(ConflictChoice::Overwrite);
        Transfer *over = m_queue->addUpload(local(QStringLiteral("c0.txt")), QStringLiteral("c0.txt"));
        QVERIFY(waitIdle(*m_queue, 20000));
        QCOMPARE(over->state(), Transfer::State::Done);
        QCOMPARE(crcOf(remoteFile(QStringLiteral("c0.txt"))), crcOf(local(QStringLiteral("c0.txt"))));

        m_queue->setConflictPolicy(ConflictChoice::KeepNewer);
        QFile localOld(local(QStringLiteral("c1.txt")));
        QVERIFY(localOld.open(QIODevice::ReadWrite));
        QVERIFY(localOld.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3),
                                     QFileDevice::FileModificationTime));
        localOld.close();
        Transfer *newer = m_queue->addDownload(QStringLiteral("c1.txt"), local(QStringLiteral("c1.txt")));
        QVERIFY(waitIdle(*m_queue, 20000));
        QCOMPARE(newer->state(), Transfer::State::Done); // the server's copy was newer
        QFile got(local(QStringLiteral("c1.txt")));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), QByteArray("server version"));
    }

    // A folder where an uploaded file would go is never replaced, whatever the rule or the answer to the
    // question: a MOVE or a PUT that overwrites a collection deletes the folder and everything in it.
    void aFolderInTheWayOfAnUploadIsKept_data()
    {
        QTest::addColumn<bool>("nginx");
        QTest::addColumn<bool>("large"); // through a hidden part file, moved onto the name at the end
        QTest::addColumn<bool>("askFirst");
        QTest::addColumn<bool>("meanwhile"); // the folder made while the file is sent (another writer)
        for (const bool nginx : {false, true})
            for (const bool large : {false, true})
                for (const bool ask : {false, true})
                    for (const bool meanwhile : {false, true}) {
                        if (meanwhile && !large)
                            continue; // a small file is sent whole before its progress is said
                        QTest::addRow("%s, %s, %s%s", nginx ? "nginx" : "apache", large ? "large" : "small",
                                      ask ? "ask" : "overwrite for all", meanwhile ? ", made meanwhile" : "")
                            << nginx << large << ask << meanwhile;
                    }
    }

    void aFolderInTheWayOfAnUploadIsKept()
    {
        QFETCH(bool, nginx);
        QFETCH(bool, large);
        QFETCH(bool, askFirst);
        QFETCH(bool, meanwhile);
        if (nginx)
            startServer(true);
        bool made = false;
        auto makeFolder = [&] {
            made = m_server->putFile(QStringLiteral("run42/scan-1.nxs"), "the user's data") &&
                   m_server->putFile(QStringLiteral("run42/notes/log.txt"), "more of it");
        };
        if (meanwhile)
            connect(m_queue.get(), &TransferQueue::transferChanged, this, [&](Transfer *changed) {
                if (!made && changed->bytesDone() > 0)
                    makeFolder();
            });
        else
            makeFolder();
        QVERIFY(writeSeededFile(local(QStringLiteral("run42")), large ? 3 * 1024 * 1024 : 1000, 7));
        m_queue->setLargeFileThreshold(1024 * 1024);
        m_queue->setConflictPolicy(askFirst ? ConflictChoice::Ask : ConflictChoice::Overwrite);
        // asked, the answer would be "replace": a question that cannot be honoured is not asked at all
        int asked = 0;
        connect(m_queue.get(), &TransferQueue::conflictRaised, this, [&](Transfer *t) {
            ++asked;
            m_queue->resolveConflict(t->id(), ConflictChoice::Overwrite);
        });
        Transfer *t = m_queue->addUpload(local(QStringLiteral("run42")), QStringLiteral("run42"));
        QVERIFY(waitIdle(*m_queue, 30000));
        QVERIFY(made);
        QVERIFY2(QFileInfo(remoteFile(QStringLiteral("run42"))).isDir(), "the folder was replaced");
        QFile kept(remoteFile(QStringLiteral("run42/scan-1.nxs")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the user's data"));
        QVERIFY(QFile::exists(remoteFile(QStringLiteral("run42/notes/log.txt"))));
        QCOMPARE(asked, 0);
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().userText(), QStringLiteral("A folder called “run42” is already in the storage "
                                                       "folder, so the file was not uploaded there."));
        // and no part file left beside it
        QCOMPARE(QDir(m_server->dataDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("run42")});
    }

    // A folder made at the name while a large upload is paused: said when it is resumed, and the part the
    // upload had sent before the pause is removed.
    void aFolderMadeWhileAnUploadIsPausedIsKept()
    {
        const qint64 size = 256LL * 1024 * 1024;
        QVERIFY(writeSeededFile(local(QStringLiteral("paused42")), size, 9));
        Transfer *t = m_queue->addUpload(local(QStringLiteral("paused42")), QStringLiteral("paused42"));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return t->bytesDone() > 16 * 1024 * 1024; }, 30000));
        m_queue->pause(t->id());
        QCOMPARE(t->state(), Transfer::State::Paused);
        QVERIFY(QFileInfo(remoteFile(QStringLiteral(".paused42.daas-part"))).size() > 0);
        QVERIFY(m_server->putFile(QStringLiteral("paused42/scan-1.nxs"), "the user's data"));
        m_queue->resume(t->id());
        QVERIFY(waitIdle(*m_queue, 60000));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().userText(), QStringLiteral("A folder called “paused42” is already in the storage "
                                                       "folder, so the file was not uploaded there."));
        QCOMPARE(QDir(m_server->dataDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("paused42")});
        QCOMPARE(QDir(remoteFile(QStringLiteral("paused42"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("scan-1.nxs")});
    }

    // Likewise a folder on this computer where a downloaded file would go: said at once, not asked about.
    void aFolderInTheWayOfADownloadIsKept()
    {
        QVERIFY(m_server->putFile(QStringLiteral("run43"), "a file on the storage"));
        QVERIFY(QDir().mkpath(local(QStringLiteral("run43"))));
        QVERIFY(writeSeededFile(local(QStringLiteral("run43/scan-1.nxs")), 1000, 8));
        int asked = 0;
        connect(m_queue.get(), &TransferQueue::conflictRaised, this, [&](Transfer *t) {
            ++asked;
            m_queue->resolveConflict(t->id(), ConflictChoice::Overwrite);
        });
        Transfer *t = m_queue->addDownload(QStringLiteral("run43"), local(QStringLiteral("run43")));
        QVERIFY(waitIdle(*m_queue, 30000));
        QCOMPARE(asked, 0);
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().userText(),
                 QStringLiteral("A folder called “run43” is already in the folder on this "
                                "computer, so the file was not downloaded there."));
        QCOMPARE(QDir(local(QStringLiteral("run43"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("scan-1.nxs")});
        QVERIFY(!QFile::exists(local(QStringLiteral(".run43.daas-part"))));
    }

    void pauseAndResumeDownload()
    {
        const qint64 size = 300LL * 1024 * 1024;
        QVERIFY(writeSeededFile(remoteFile(QStringLiteral("big.bin")), size, 7));
        m_server->fixOwnership();
        Transfer *t = m_queue->addDownload(QStringLiteral("big.bin"), local(QStringLiteral("big.bin")));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return t->bytesDone() > 20 * 1024 * 1024; }, 30000));
        m_queue->pause(t->id());
        QCOMPARE(t->state(), Transfer::State::Paused);
        QVERIFY(
            !QFile::exists(local(QStringLiteral("big.bin")))); // never a partial file under the final name
        QVERIFY(QFileInfo(local(QStringLiteral(".big.bin.daas-part"))).size() > 0);
        m_queue->resume(t->id());
        QVERIFY(waitIdle(*m_queue, 120000));
        QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
        QCOMPARE(t->resumes(), 1);
        QCOMPARE(crcOf(local(QStringLiteral("big.bin"))), crcOf(remoteFile(QStringLiteral("big.bin"))));
        QCOMPARE(t->checksumCrc32(), crcOf(remoteFile(QStringLiteral("big.bin"))));
    }

    void uploadResumesOnlyWhereRangesWork_data()
    {
        QTest::addColumn<bool>("nginx");
        QTest::newRow("apache: Content-Range") << false;
        QTest::newRow("nginx: restart") << true;
    }

    void uploadResumesOnlyWhereRangesWork()
    {
        QFETCH(bool, nginx);
        startServer(nginx);
        const qint64 size = 200LL * 1024 * 1024;
        QVERIFY(writeSeededFile(local(QStringLiteral("up.bin")), size, 3));
        Transfer *t = m_queue->addUpload(local(QStringLiteral("up.bin")), QStringLiteral("up.bin"));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return t->bytesDone() > 40 * 1024 * 1024; }, 30000));
        m_queue->pause(t->id());
        QTest::qWait(300);
        m_queue->resume(t->id());
        QVERIFY(waitIdle(*m_queue, 120000));
        QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
        QCOMPARE(crcOf(remoteFile(QStringLiteral("up.bin"))), crcOf(local(QStringLiteral("up.bin"))));
        // the server showed it applies Content-Range (Apache) or not (nginx: 501)
        QCOMPARE(m_client->capabilities().partialPut, !nginx);
        if (nginx)
            QCOMPARE(t->resumes(), 0);
        QVERIFY(!QFile::exists(remoteFile(QStringLiteral(".up.bin.daas-part"))));
    }

    void cancelledUploadLeavesNothingBehind_data()
    {
        QTest::addColumn<bool>("sentWhole");
        QTest::newRow("cut mid-way") << false;
        // the last byte handed to the connection, the answer not yet in: once the bytes are in the kernel's
        // buffer the server still applies the body (whether they are, the client cannot see: this row does
        // not reliably meet that race, tst_storage_catalogue_copy's cancel meets it for chunked PUTs)
        QTest::newRow("last byte handed over") << true;
    }

    void cancelledUploadLeavesNothingBehind()
    {
        QFETCH(bool, sentWhole);
        const qint64 size = 64LL * 1024 * 1024; // through a hidden part (above the large-file threshold)
        QVERIFY(writeSeededFile(local(QStringLiteral("up.bin")), size, 5));
        Transfer *t = m_queue->addUpload(local(QStringLiteral("up.bin")), QStringLiteral("up.bin"));
        const qint64 cancelAt = sentWhole ? size : size / 4;
        connect(t, &Transfer::changed, this, [&] {
            if (t->state() == Transfer::State::Running && t->bytesDone() >= cancelAt)
                m_queue->cancel(t->id());
        });
        QVERIFY(daas::testing::waitInEventLoop([&]() { return t->state() == Transfer::State::Cancelled; },
                                               60000));
        // both requests ended on the server (Apache logs a request when it has answered it)
        const QString part = QStringLiteral("/.up.bin.daas-part ");
        const auto ended = [&](const QString &verb) {
            const QStringList log = m_server->accessLog();
            return std::any_of(log.cbegin(), log.cend(),
                               [&](const QString &l) { return l.startsWith(verb) && l.contains(part); });
        };
        QVERIFY(daas::testing::waitInEventLoop([&]() { return ended(QStringLiteral("PUT ")); }, 30000));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return ended(QStringLiteral("DELETE ")); }, 30000));
        QVERIFY2(!QFile::exists(remoteFile(QStringLiteral(".up.bin.daas-part"))),
                 qPrintable(m_server->accessLog().join(QLatin1Char('\n'))));
        QVERIFY(!QFile::exists(remoteFile(QStringLiteral("up.bin"))));
        QVERIFY(QFile::exists(local(QStringLiteral("up.bin")))); // the user's own file untouched
    }

    void serverKilledAndRestartedDuringBigTransfers()
    {
        const qint64 size = bigSize();
        QVERIFY(writeSeededFile(remoteFile(QStringLiteral("huge.bin")), size, 11));
        m_server->fixOwnership();
        const QString serverCrc = crcOf(remoteFile(QStringLiteral("huge.bin")));

        Transfer *down = m_queue->addDownload(QStringLiteral("huge.bin"), local(QStringLiteral("huge.bin")));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return down->bytesDone() > size / 3; }, 120000));
        m_server->stop();
        QVERIFY(daas::testing::waitInEventLoop(
            [&]() {
                return down->state() == Transfer::State::Retrying || down->state() == Transfer::State::Queued;
            },
            20000));
        QVERIFY(!QFile::exists(local(QStringLiteral("huge.bin"))));
        QVERIFY(m_server->restart());
        QVERIFY(waitIdle(*m_queue, 300000));
        QVERIFY2(down->state() == Transfer::State::Done, qPrintable(down->error().detail()));
        QVERIFY(down->resumes() >= 1);
        QCOMPARE(crcOf(local(QStringLiteral("huge.bin"))), serverCrc);
        QCOMPARE(down->checksumCrc32(), serverCrc);

        // and the way up: resumed with Content-Range on the hidden part file
        m_queue->removeFinished();
        Transfer *up = m_queue->addUpload(local(QStringLiteral("huge.bin")), QStringLiteral("back/huge.bin"));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return up->bytesDone() > size / 3; }, 120000));
        m_server->stop();
        QVERIFY(daas::testing::waitInEventLoop(
            [&]() {
                return up->state() == Transfer::State::Retrying || up->state() == Transfer::State::Queued;
            },
            20000));
        QVERIFY(m_server->restart());
        QVERIFY(waitIdle(*m_queue, 300000));
        QVERIFY2(up->state() == Transfer::State::Done, qPrintable(up->error().detail()));
        QVERIFY(up->resumes() >= 1);
        QCOMPARE(crcOf(remoteFile(QStringLiteral("back/huge.bin"))), serverCrc);
        QFile::remove(local(QStringLiteral("huge.bin")));
        QFile::remove(remoteFile(QStringLiteral("huge.bin")));
        QFile::remove(remoteFile(QStringLiteral("back/huge.bin")));
    }

    void expiredPasswordInTheMiddleOfAQueue_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("size");
        QTest::newRow("small files (through QNAM)") << 30 << qint64(200 * 1024);
        QTest::newRow("large files (StreamedPut)") << 10 << qint64(6 * 1024 * 1024);
    }

    void expiredPasswordInTheMiddleOfAQueue()
    {
        QFETCH(int, count);
        QFETCH(qint64, size);
        for (int i = 0; i < count; ++i)
            QVERIFY(writeSeededFile(local(QStringLiteral("s/%1.dat").arg(i)), size, i));
        int renewals = 0;
        m_credentials.setRenewer([&](StaticCredentials *self, std::function<void(const Error &)> done) {
            ++renewals;
            // the user is asked again; here the answer comes a moment later
            QTimer::singleShot(100, this, [this, self, done]() {
                self->setBasic(m_server->user(), m_server->password());
                done(Error());
            });
        });
        int doneCount = 0;
        connect(m_queue.get(), &TransferQueue::transferChanged, this, [&](Transfer *t) {
            if (t->state() == Transfer::State::Done && ++doneCount == 5)
                m_server->setPassword(QStringLiteral("changed-pw"));
        });
        for (int i = 0; i < count; ++i)
            m_queue->addUpload(local(QStringLiteral("s/%1.dat").arg(i)), QStringLiteral("s/%1.dat").arg(i));
        QVERIFY(waitIdle(*m_queue, 60000));
        for (const Transfer *t : m_queue->transfers())
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
        QCOMPARE(renewals, 1);
        QCOMPARE(QDir(remoteFile(QStringLiteral("s"))).entryList(QDir::Files).size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(crcOf(remoteFile(QStringLiteral("s/%1.dat").arg(i))),
                     crcOf(local(QStringLiteral("s/%1.dat").arg(i))));
    }

    void fullDiskFailsCleanly()
    {
        testing::SmallDisk disk(4 * 1024 * 1024);
        QVERIFY2(disk.isMounted(), qPrintable(disk.whyNot()));
        const QString small = disk.path();
        QVERIFY(writeSeededFile(remoteFile(QStringLiteral("toolarge.bin")), 16 * 1024 * 1024));
        m_server->fixOwnership();
        Transfer *t =
            m_queue->addDownload(QStringLiteral("toolarge.bin"), small + QStringLiteral("/toolarge.bin"));
        QVERIFY(waitIdle(*m_queue, 30000));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().kind(), Error::Kind::Storage);
        QVERIFY2(t->error().userText().contains(QLatin1String("disk is full")),
                 qPrintable(t->error().userText()));
        QVERIFY(QDir(small).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // A restored upload whose earlier attempt may have arrived finds a file of the same size written after it
    // started: only the same bytes make it "ours"; someone else's file of that size is a conflict, untouched.
    void sameSizeIsNotProofOfTheSameFile()
    {
        QVERIFY(writeSeededFile(local(QStringLiteral("mine.bin")), 1000, 7));
        QVERIFY(writeSeededFile(local(QStringLiteral("again.bin")), 1000, 8));
        const QString sentAt = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
        QVERIFY(writeSeededFile(remoteFile(QStringLiteral("mine.bin")), 1000, 9)); // someone else's
        QVERIFY(
            QFile::copy(local(QStringLiteral("again.bin")), remoteFile(QStringLiteral("again.bin")))); // ours
        m_server->fixOwnership();
        QFile state(local(QStringLiteral("restored.json")));
        QVERIFY(state.open(QIODevice::WriteOnly));
        QJsonArray list;
        for (const QString &name : {QStringLiteral("mine.bin"), QStringLiteral("again.bin")})
            list.append(QJsonObject{{QStringLiteral("direction"), QStringLiteral("upload")},
                                    {QStringLiteral("local"), local(name)},
                                    {QStringLiteral("remote"), name},
                                    {QStringLiteral("paused"), false},
                                    {QStringLiteral("putSentAt"), sentAt},
                                    {QStringLiteral("total"), 1000}});
        state.write(QJsonDocument(QJsonObject{{QStringLiteral("transfers"), list}}).toJson());
        state.close();

        TransferQueue queue(m_client.get());
        queue.setStateFile(state.fileName());
        QSignalSpy conflicts(&queue, &TransferQueue::conflictRaised);
        QVERIFY(!queue.restore());
        QCOMPARE(queue.transfers().size(), 2);
        QVERIFY(daas::testing::waitInEventLoop([&]() { return !conflicts.isEmpty(); }, 30000));
        auto *raised = conflicts.first().first().value<Transfer *>();
        QCOMPARE(raised->remotePath(), QStringLiteral("mine.bin"));
        queue.resolveConflict(raised->id(), ConflictChoice::Skip);
        QVERIFY(waitIdle(queue, 30000));
        QCOMPARE(conflicts.size(), 1); // again.bin was recognised as our own by its bytes
        QCOMPARE(queue.transfers().at(1)->state(), Transfer::State::Done);
        QVERIFY(crcOf(remoteFile(QStringLiteral("mine.bin"))) != crcOf(local(QStringLiteral("mine.bin"))));
    }

    void queueSurvivesARestartOfTheClient()
    {
        const qint64 size = 120LL * 1024 * 1024;
        QVERIFY(writeSeededFile(remoteFile(QStringLiteral("keep.bin")), size, 5));
        m_server->fixOwnership();
        m_queue->setMaxParallel(1); // the upload waits behind the download: both are unfinished at the quit
        Transfer *t = m_queue->addDownload(QStringLiteral("keep.bin"), local(QStringLiteral("keep.bin")));
        QVERIFY(writeSeededFile(local(QStringLiteral("later.bin")), 1000));
        m_queue->addUpload(local(QStringLiteral("later.bin")), QStringLiteral("later.bin"));
        QVERIFY(daas::testing::waitInEventLoop([&]() { return t->bytesDone() > 10 * 1024 * 1024; }, 30000));
        m_queue->pauseAll();
        QVERIFY(!m_queue->save());
        m_queue.reset(); // the client quits

        TransferQueue again(m_client.get());
        again.setStateFile(local(QStringLiteral("queue.json")));
        QVERIFY(!again.restore());
        QCOMPARE(again.transfers().size(), 2);
        QCOMPARE(again.transfers().first()->state(), Transfer::State::Paused);
        again.resumeAll();
        QVERIFY(waitIdle(again, 60000));
        for (const Transfer *r : again.transfers())
            QVERIFY2(r->state() == Transfer::State::Done, qPrintable(r->error().detail()));
        QCOMPARE(again.transfers().first()->resumes(), 1);
        QCOMPARE(crcOf(local(QStringLiteral("keep.bin"))), crcOf(remoteFile(QStringLiteral("keep.bin"))));
    }
};

QTEST_GUILESS_MAIN(TestStorageTransfers)
#include "tst_storage_transfers.moc"
