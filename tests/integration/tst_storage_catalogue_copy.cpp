// "Copy to my storage": datasets and datafiles streamed from the ICAT/IDS emulator into a real Apache mod_dav
// (and nginx where the difference matters), through StorageSession and the storage's transfer queue: a whole
// dataset with its folders, a connection cut mid-stream, damaged bytes, a full store (a real 507 from Apache
// on a tiny tmpfs), an ended session, IDS's refusals, names the store cannot take, pause/resume/cancel, a
// restart of the client and a target in the way.
//
// Test data is made through the services' own APIs (ICAT write, IDS put: testing::IcatTestData);
// what arrives is compared byte for byte with what IDS serves.

#include "EventLoopWait.h"
#include "IcatEmulatorProcess.h"
#include "IcatTestData.h"
#include "LocalFiles.h"
#include "SmallDisk.h"
#include "dav/DavServer.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daas;
using namespace daas::storage;
using namespace Qt::StringLiterals;

namespace {

constexpr int slow = 60000;

// every entry below a folder, hidden ones too (a part file left behind shows here)
QStringList entriesBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestStorageCatalogueCopy : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::IcatEmulatorProcess> m_emulator;
    std::unique_ptr<testing::DavServer> m_dav;
    std::unique_ptr<identity::Account> m_account;
    std::unique_ptr<StorageSession> m_storage;
    std::unique_ptr<QTemporaryDir> m_local;
    std::unique_ptr<testing::IcatTestData> m_data; // made through ICAT and IDS, not the client
    int m_datasets = 0;

    QString uniqueName(const QString &base) { return u"%1 %2"_s.arg(base).arg(++m_datasets); }

    // ---- the client side

    void startDav(bool nginx = false, const std::function<bool(testing::DavServer *)> &beforeStart = {})
    {
        m_storage.reset();
        m_account.reset();
        if (nginx)
            m_dav = std::make_unique<testing::NginxDavServer>();
        else
            m_dav = std::make_unique<testing::ApacheDavServer>();
        if (beforeStart && !beforeStart(m_dav.get()))
            return;
        QVERIFY2(m_dav->start(), qPrintable(m_dav->errorLog()));
        facility::FacilityProfile profile = m_emulator->profile();
        profile.storageUrl = m_dav->rootUrl();
        profile.storageAuth = u"basic"_s;
        m_account = std::make_unique<identity::Account>(profile);
        identity::IcatSession *icat = m_account->icat();
        QSignalSpy props(icat, &identity::IcatSession::propertiesLoaded);
        icat->loadProperties();
        QVERIFY(props.wait(10000));
        QSignalSpy in(icat, &identity::IcatSession::signedIn);
        m_account->signIn(u"simple"_s, {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}});
        QVERIFY(in.wait(10000));
        // the store's own password (the test server has its own user)
        m_account->setServiceLogin({m_dav->user(), m_dav->password()});
        m_storage = std::make_unique<StorageSession>(m_account.get(), m_dav->user());
        QVERIFY(!m_storage->problem());
        m_storage->queue()->setStateFile(m_local->filePath(u"queue.json"_s));
        m_storage->queue()->setRetryBaseDelayMs(100);
        QVERIFY(m_data->investigation() > 0 && m_data->nexusFormat() > 0);
    }
    TransferQueue *queue() const { return m_storage->queue(); }
    QString stored(const QString &path) const { return m_dav->dataDir() + u'/' + path; }

    // StorageSession::copyFromCatalogue, waited for
    struct Copied
    {
        Result<CatalogueCopyPlan> plan = Error(Error::Kind::Internal, u"no answer"_s);
        QList<Transfer *> transfers;
    };
    Copied copy(const QList<qint64> &datasets, const QList<qint64> &datafiles,
                const QString &folder = u"datasets"_s)
    {
        Copied c;
        bool answered = false;
        m_storage->copyFromCatalogue(
            datasets, datafiles, folder, this,
            [&](const Result<CatalogueCopyPlan> &plan, const QList<Transfer *> &queued) {
                c.plan = plan;
                c.transfers = queued;
                answered = true;
            });
        (void)testing::waitInEventLoop([&] { return answered; }, slow);
        return c;
    }
    bool waitIdle(int timeout = slow)
    {
        return testing::waitInEventLoop(
            [this] { return !queue()->transfers().isEmpty() && queue()->isIdle(); }, timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_emulator = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
        m_data = std::make_unique<testing::IcatTestData>(*m_emulator,
                                                         [this] { return m_account->icat()->sessionId(); });
    }

    void init()
    {
        m_local = std::make_unique<QTemporaryDir>();
        startDav();
    }

    void cleanup()
    {
        m_storage.reset();
        m_account.reset();
        m_dav.reset();
        m_local.reset();
        QVERIFY(m_emulator->admin(u"reset"_s));
    }

    void datasetCopiedWholeWithItsFolders();
    void datafileOnItsOwnGoesIntoTheFolder();
    void droppedConnectionResumesFromTheConfirmedChunk();
    void withoutPartialPutTheFileStartsAgain();
    void damagedBytesAreCaughtAndNotKept();
    void fullStorageIsA507();
    void sessionEndsMidCopyThenCarriesOn();
    void sessionEndsAndTheUserGivesUp();
    void idsRefusalIsShownAndBusyIsRetried();
    void namesTheStorageCannotTakeAreLeftOut();
    void pauseResumeCancelWithoutAChecksum();
    void unfinishedCopySurvivesARestart();
    void targetInTheWayFollowsTheQueueRules();
    void aFolderInTheWayIsKept();
};

void TestStorageCatalogueCopy::datasetCopiedWholeWithItsFolders()
{
    const QString name = uniqueName(u"Copy run"_s);
    const qint64 ds = m_data->makeDataset(name);
    QVERIFY(ds > 0);
    const QHash<QString, QByteArray> files{{u"MAR30001.nxs"_s, testing::seededBytes(3 * 1024 * 1024 + 17, 1)},
                                           {u"raw/MAR30002.raw"_s, testing::seededBytes(700 * 1024, 2)},
                                           {u"raw/logs/MAR30002.log"_s, testing::seededBytes(10 * 1024, 3)},
                                           {u"empty.txt"_s, QByteArray()}};
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(m_data->putFile(ds, it.key(), it.value()) > 0);
    queue()->setCopyChunkSize(1024 * 1024); // several chunks for the big one

    const Copied c = copy({ds}, {});
    QVERIFY2(c.plan, qPrintable(c.plan.error().userText()));
    QCOMPARE(c.transfers.size(), files.size());
    QCOMPARE(c.plan->folder, u"datasets"_s);
    QVERIFY(c.plan->leftOut.isEmpty());
    QVERIFY(waitIdle());
    for (const Transfer *t : c.transfers) {
        QVERIFY2(t->state() == Transfer::State::Done,
                 qPrintable(t->error().userText() + t->error().detail()));
        QCOMPARE(t->direction(), Transfer::Direction::Copy);
        QVERIFY(t->localPath().isEmpty()); // nothing on this computer's disk
        QVERIFY(t->checkedAgainstCatalogue());
        QCOMPARE(t->bytesDone(), t->bytesTotal());
    }
    // <folder>/<dataset>/<files>, the datafile names' folders made, byte for byte what IDS put stored
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(testing::readFile(stored(u"datasets/%1/%2"_s.arg(name, it.key()))) == it.value(),
                 qPrintable(it.key()));
    QCOMPARE(entriesBelow(stored(u"datasets/"_s + name)),
             (QStringList{u"MAR30001.nxs"_s, u"empty.txt"_s, u"raw"_s, u"raw/MAR30002.raw"_s, u"raw/logs"_s,
                          u"raw/logs/MAR30002.log"_s}));
    // the big one went in four chunks (the first plain, then Content-Range) onto a hidden part, then one MOVE
    QVERIFY(m_storage->client()->capabilities().partialPut);
    qint64 bigId = 0;
    for (const Transfer *t : c.transfers)
        if (t->origin().name == u"MAR30001.nxs"_s)
            bigId = t->origin().datafileId;
    const QString part = u"/.daas-copy-%1-"_s.arg(bigId);
    int puts = 0, moves = 0;
    for (const QString &line : m_dav->accessLog()) {
        puts += line.startsWith(u"PUT "_s) && line.contains(part);
        moves += line.startsWith(u"MOVE "_s) && line.contains(part);
    }
    QCOMPARE(puts, 4);
    QCOMPARE(moves, 1);
}

void TestStorageCatalogueCopy::datafileOnItsOwnGoesIntoTheFolder()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Single"_s));
    const QByteArray bytes = testing::seededBytes(200 * 1024, 4);
    const qint64 df = m_data->putFile(ds, u"reduced/MAR30010_reduced.nxspe"_s, bytes);
    const Copied c = copy({}, {df}, u"/projects/kagome/"_s);
    QVERIFY2(c.plan, qPrintable(c.plan.error().userText()));
    QCOMPARE(c.transfers.size(), 1);
    QVERIFY(waitIdle());
    QCOMPARE(c.transfers.first()->state(), Transfer::State::Done);
    // the folder made (it was missing), the file under the last part of its name
    QCOMPARE(testing::readFile(stored(u"projects/kagome/MAR30010_reduced.nxspe"_s)), bytes);
    QCOMPARE(c.transfers.first()->checksumCrc32().isEmpty(), false);
}

void TestStorageCatalogueCopy::droppedConnectionResumesFromTheConfirmedChunk()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Cut"_s));
    const QByteArray bytes = testing::seededBytes(4 * 1024 * 1024, 5);
    const qint64 df = m_data->putFile(ds, u"MAR30020.nxs"_s, bytes);
    queue()->setCopyChunkSize(256 * 1024);
    // the first GET is cut after 1.2 MiB: the chunks up to 1 MiB were confirmed by then, or nearly
    QVERIFY(m_emulator->admin(u"drop-next-download"_s, u"after=%1"_s.arg(1200 * 1024)));
    qint64 lowestAfterCut = -1;
    bool cut = false;
    connect(queue(), &TransferQueue::transferChanged, this, [&](Transfer *t) {
        if (t->state() == Transfer::State::Retrying || t->state() == Transfer::State::Queued)
            cut = cut || t->bytesDone() > 0;
        if (cut && t->state() == Transfer::State::Running)
            lowestAfterCut = lowestAfterCut < 0 ? t->bytesDone() : std::min(lowestAfterCut, t->bytesDone());
    });
    const Copied c = copy({}, {df});
    QVERIFY(c.plan);
    QVERIFY(waitIdle());
    Transfer *t = c.transfers.first();
    QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
    QVERIFY(t->resumes() >= 1);
    QVERIFY(cut);
    // it carried on from a confirmed chunk, not from the first byte
    QVERIFY2(lowestAfterCut >= 512 * 1024, qPrintable(QString::number(lowestAfterCut)));
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30020.nxs"_s)), bytes);
    QVERIFY(t->checkedAgainstCatalogue());
    QCOMPARE(entriesBelow(stored(u"datasets"_s)), QStringList{u"MAR30020.nxs"_s});
}

void TestStorageCatalogueCopy::withoutPartialPutTheFileStartsAgain()
{
    startDav(true); // nginx: 501 to a ranged PUT
    const qint64 ds = m_data->makeDataset(uniqueName(u"Nginx"_s));
    const QByteArray bytes = testing::seededBytes(2 * 1024 * 1024, 6);
    const qint64 df = m_data->putFile(ds, u"MAR30030.nxs"_s, bytes);
    queue()->setCopyChunkSize(256 * 1024);
    QVERIFY(m_emulator->admin(u"drop-next-download"_s, u"after=%1"_s.arg(900 * 1024)));
    const Copied c = copy({}, {df});
    QVERIFY(waitIdle());
    Transfer *t = c.transfers.first();
    QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
    QVERIFY(!m_storage->client()->capabilities().partialPut);
    QCOMPARE(t->resumes(), 0); // one plain PUT: nothing of the cut attempt could be kept
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30030.nxs"_s)), bytes);
    QCOMPARE(entriesBelow(stored(u"datasets"_s)), QStringList{u"MAR30030.nxs"_s});
}

void TestStorageCatalogueCopy::damagedBytesAreCaughtAndNotKept()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Damaged"_s));
    const QByteArray good = testing::seededBytes(600 * 1024, 7);
    const qint64 damaged = m_data->putFile(ds, u"MAR30040.nxs"_s, testing::seededBytes(900 * 1024, 8));
    m_data->putFile(ds, u"MAR30041.nxs"_s, good);
    QVERIFY(m_emulator->admin(u"corrupt-datafile"_s, u"id=%1"_s.arg(damaged)));
    queue()->setCopyChunkSize(256 * 1024);
    const Copied c = copy({ds}, {});
    QCOMPARE(c.transfers.size(), 2);
    QVERIFY(waitIdle());
    Transfer *bad = c.transfers.at(0)->origin().datafileId == damaged ? c.transfers.at(0) : c.transfers.at(1);
    Transfer *fine = bad == c.transfers.at(0) ? c.transfers.at(1) : c.transfers.at(0);
    QCOMPARE(bad->state(), Transfer::State::Failed);
    QCOMPARE(bad->error().kind(), Error::Kind::Protocol);
    QVERIFY2(bad->error().userText().contains(u"checksum"_s), qPrintable(bad->error().userText()));
    QCOMPARE(fine->state(), Transfer::State::Done);
    const QString folder = stored(u"datasets/"_s + c.plan->files.first().second.section(u'/', 1, 1));
    // damaged bytes never get the file's name, and no part file stays behind
    QCOMPARE(entriesBelow(folder), QStringList{u"MAR30041.nxs"_s});
    QCOMPARE(testing::readFile(folder + u"/MAR30041.nxs"_s), good);
}

void TestStorageCatalogueCopy::fullStorageIsA507()
{
    // A full store, for real: Apache's data folder on a 1 MiB tmpfs; mod_dav_fs answers ENOSPC with its own
    // 507 "There is not enough storage to write to this resource". No root needed (testing::SmallDisk).
    testing::SmallDisk disk(1024 * 1024);
    QVERIFY2(disk.isMounted(), qPrintable(disk.whyNot()));
    startDav(false, [&](testing::DavServer *dav) {
        dav->setDataDir(disk.path());
        return true;
    });
    // Apache stops before the disk goes
    auto stop = qScopeGuard([&] {
        m_storage.reset();
        m_dav->stop();
    });
    const qint64 ds = m_data->makeDataset(uniqueName(u"Full"_s));
    const qint64 df = m_data->putFile(ds, u"MAR30050.nxs"_s, testing::seededBytes(3 * 1024 * 1024, 9));
    queue()->setCopyChunkSize(256 * 1024);
    const Copied c = copy({}, {df});
    QVERIFY2(c.plan, qPrintable(c.plan.error().userText()));
    QVERIFY(waitIdle());
    Transfer *t = c.transfers.first();
    QCOMPARE(t->state(), Transfer::State::Failed);
    QCOMPARE(t->error().kind(), Error::Kind::Storage);
    QCOMPARE(
        t->error().userText(),
        u"“MAR30050.nxs” was not copied: your storage is full. Delete files or ask the facility for more "
        u"space."_s);
    QVERIFY2(t->error().detail().contains(u"507"_s), qPrintable(t->error().detail()));
    QCOMPARE(t->attempts(), 0); // a full store is not retried
    // the part is removed (the space goes back), nothing has the file's name; "datasets" itself stays
    QTRY_COMPARE(entriesBelow(stored(u"datasets"_s)), QStringList());
}

void TestStorageCatalogueCopy::sessionEndsMidCopyThenCarriesOn()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Session"_s));
    QHash<QString, QByteArray> files;
    for (int i = 0; i < 3; ++i)
        files.insert(u"MAR3006%1.nxs"_s.arg(i), testing::seededBytes(300 * 1024, 20 + i));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        m_data->putFile(ds, it.key(), it.value());
    queue()->setMaxParallel(1);
    identity::IcatSession *icat = m_account->icat();
    QSignalSpy expired(icat, &identity::IcatSession::sessionExpired);
    // the session ends on the server after the first file: the next IDS request is refused
    bool ended = false;
    connect(queue(), &TransferQueue::transferChanged, this, [&](Transfer *t) {
        if (!ended && t->state() == Transfer::State::Done) {
            ended = true;
            QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        }
    });
    const Copied c = copy({ds}, {});
    QVERIFY(c.plan);
    QVERIFY(!expired.isEmpty() || expired.wait(slow));
    QCOMPARE(icat->state(), identity::IcatSession::State::Expired);
    // waiting for the user, not failed
    for (const Transfer *t : c.transfers)
        QVERIFY(t->state() != Transfer::State::Failed);
    icat->login(u"simple"_s, {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}});
    QVERIFY(waitIdle());
    for (const Transfer *t : c.transfers)
        QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().userText()));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(testing::readFile(stored(u"datasets/%1/%2"_s.arg(
                    c.plan->files.first().second.section(u'/', 1, 1), it.key()))) == it.value());
}

void TestStorageCatalogueCopy::sessionEndsAndTheUserGivesUp()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Given up"_s));
    const qint64 df = m_data->putFile(ds, u"MAR30070.nxs"_s, testing::seededBytes(100 * 1024, 30));
    identity::IcatSession *icat = m_account->icat();
    QSignalSpy expired(icat, &identity::IcatSession::sessionExpired);
    // the listing is done; the session ends before the datafile is asked for
    connect(
        queue(), &TransferQueue::transferAdded, this,
        [&] { QVERIFY(m_emulator->admin(u"expire-sessions"_s)); }, Qt::SingleShotConnection);
    const Copied c = copy({}, {df});
    QVERIFY(c.plan);
    QVERIFY(!expired.isEmpty() || expired.wait(slow));
    icat->abandonParkedRequests(); // the user closes the sign-in dialog
    QVERIFY(waitIdle());
    Transfer *t = c.transfers.first();
    QCOMPARE(t->state(), Transfer::State::Failed);
    QCOMPARE(t->error().kind(), Error::Kind::SessionExpired);
    QVERIFY2(!t->error().userText().isEmpty(), "a sentence");
    QCOMPARE(entriesBelow(stored(u"datasets"_s)), QStringList());
}

void TestStorageCatalogueCopy::idsRefusalIsShownAndBusyIsRetried()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Refused"_s));
    const QByteArray bytes = testing::seededBytes(64 * 1024, 40);
    const qint64 df = m_data->putFile(ds, u"MAR30080.nxs"_s, bytes);
    // IDS refuses with its own words (and ICAT confirms that the session is fine): shown, not retried
    QVERIFY(m_emulator->admin(
        u"lie-next"_s,
        u"path=/ids/getData&status=403&body=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(
            u"{\"code\":\"InsufficientPrivilegesException\",\"message\":\"Embargoed until 2027-01-01\"}"_s)))));
    Copied c = copy({}, {df});
    QVERIFY(waitIdle());
    Transfer *t = c.transfers.first();
    QCOMPARE(t->state(), Transfer::State::Failed);
    QCOMPARE(t->error().kind(), Error::Kind::Permission);
    QVERIFY2(t->error().userText().contains(u"Embargoed until 2027-01-01"_s),
             qPrintable(t->error().userText()));
    QVERIFY2(t->error().userText().contains(u"MAR30080.nxs"_s), qPrintable(t->error().userText()));
    QCOMPARE(entriesBelow(stored(u"datasets"_s)), QStringList());

    // "data is busy" (503) is the service's passing state: tried again, and then it works
    QVERIFY(m_emulator->admin(
        u"lie-next"_s,
        u"path=/ids/getData&status=503&body=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(
            u"{\"code\":\"DataNotOnlineException\",\"message\":\"Data is busy\"}"_s)))));
    queue()->retry(t->id());
    QVERIFY(waitIdle());
    QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().userText()));
    QVERIFY(t->attempts() >= 1);
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30080.nxs"_s)), bytes);
}

void TestStorageCatalogueCopy::namesTheStorageCannotTakeAreLeftOut()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Names"_s));
    const QString tooLong = QString(260, u'x') + u".nxs"_s;
    m_data->putFile(ds, tooLong, "long");
    m_data->putFile(ds, u"C:drive.nxs"_s, "colon");
    m_data->putFile(ds, u"fine é ü.nxs"_s, "fine");
    const Copied c = copy({ds}, {});
    QVERIFY2(c.plan, qPrintable(c.plan.error().userText()));
    QCOMPARE(c.transfers.size(), 1);
    QCOMPARE(c.plan->leftOut.size(), 2);
    for (const Error &e : c.plan->leftOut) {
        QCOMPARE(e.kind(), Error::Kind::UnsafePath);
        QVERIFY2(e.userText().contains(u"its name cannot be used in the storage"_s),
                 qPrintable(e.userText()));
    }
    QVERIFY(waitIdle());
    QCOMPARE(c.transfers.first()->state(), Transfer::State::Done);
    QCOMPARE(testing::readFile(stored(c.transfers.first()->remotePath())), QByteArray("fine"));
    // a name the server itself refuses (Apache, as Debian configures it, denies ".ht*"): asked about first
    // (Ask), or straight at the final move (Overwrite); a sentence, and nothing left behind
    const qint64 ht = m_data->putFile(ds, u".htaccess"_s, "ht");
    for (const ConflictChoice policy : {ConflictChoice::Ask, ConflictChoice::Overwrite}) {
        queue()->setConflictPolicy(policy);
        const Copied refused = copy({}, {ht}, u"refused"_s);
        QVERIFY(waitIdle());
        Transfer *t = refused.transfers.first();
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(t->error().userText(),
                 u"The storage server does not take the name “.htaccess”, so “.htaccess” was not copied."_s);
        QVERIFY2(t->error().detail().contains(u"403"_s), qPrintable(t->error().detail()));
        QCOMPARE(entriesBelow(stored(u"refused"_s)), QStringList());
        queue()->removeFinished();
    }
    // an unusable folder is refused before anything happens
    const Copied bad = copy({ds}, {}, u"a/../b"_s);
    QVERIFY(!bad.plan);
    QCOMPARE(bad.plan.error().kind(), Error::Kind::InvalidInput);
}

void TestStorageCatalogueCopy::pauseResumeCancelWithoutAChecksum()
{
    // registered in ICAT without a checksum: only the size can be checked, and the transfer says so
    const qint64 ds = m_data->makeDataset(uniqueName(u"No checksum"_s));
    const qint64 size = 24 * 1024 * 1024;
    const qint64 big = m_data->registerFile(ds, u"WISH00099001.nxs"_s, size);
    const qint64 other = m_data->registerFile(ds, u"WISH00099002.nxs"_s, size);
    QVERIFY(big > 0 && other > 0);
    queue()->setCopyChunkSize(1024 * 1024);
    queue()->setMaxParallel(1);
    const Copied c = copy({}, {big});
    Transfer *t = c.transfers.first();
    QVERIFY(testing::waitInEventLoop([&] { return t->bytesDone() > 5 * 1024 * 1024; }, slow));
    queue()->pause(t->id());
    QCOMPARE(t->state(), Transfer::State::Paused);
    QVERIFY(!QFile::exists(stored(u"datasets/WISH00099001.nxs"_s))); // never a part under the final name
    queue()->resume(t->id());
    QVERIFY(waitIdle(120000));
    QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
    QCOMPARE(t->resumes(), 1);
    QVERIFY(!t->checkedAgainstCatalogue());
    QCOMPARE(testing::readFile(stored(u"datasets/WISH00099001.nxs"_s)), m_data->idsBytes(big));

    // cancel: nothing stays, not even the hidden part
    const Copied again = copy({}, {other});
    Transfer *cancelled = again.transfers.first();
    QVERIFY(testing::waitInEventLoop([&] { return cancelled->bytesDone() > 3 * 1024 * 1024; }, slow));
    queue()->cancel(cancelled->id());
    QCOMPARE(cancelled->state(), Transfer::State::Cancelled);
    // the part goes only after the chunk's PUT has ended: sent whole, it could otherwise make the part again
    QTRY_VERIFY2(entriesBelow(stored(u"datasets"_s)) == QStringList{u"WISH00099001.nxs"_s},
                 qPrintable(entriesBelow(stored(u"datasets"_s)).join(u", "_s)));
}

void TestStorageCatalogueCopy::unfinishedCopySurvivesARestart()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Restart"_s));
    const QByteArray bytes = testing::seededBytes(6 * 1024 * 1024, 50);
    const qint64 df = m_data->putFile(ds, u"MAR30090.nxs"_s, bytes);
    queue()->setCopyChunkSize(512 * 1024);
    const Copied c = copy({}, {df});
    Transfer *t = c.transfers.first();
    QVERIFY(testing::waitInEventLoop([&] { return t->bytesDone() > 2 * 1024 * 1024; }, slow));
    queue()->pauseAll();
    QVERIFY(!queue()->save());
    m_storage.reset(); // the client quits

    m_storage = std::make_unique<StorageSession>(m_account.get(), m_dav->user());
    queue()->setStateFile(m_local->filePath(u"queue.json"_s));
    QVERIFY(!queue()->restore());
    QCOMPARE(queue()->transfers().size(), 1);
    Transfer *r = queue()->transfers().first();
    QCOMPARE(r->direction(), Transfer::Direction::Copy);
    QCOMPARE(r->state(), Transfer::State::Paused);
    QCOMPARE(r->origin().datafileId, df);
    queue()->resumeAll();
    QVERIFY(waitIdle());
    QVERIFY2(r->state() == Transfer::State::Done, qPrintable(r->error().detail()));
    QCOMPARE(r->resumes(), 1);
    QVERIFY(r->checkedAgainstCatalogue()); // the sum was carried over the restart
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30090.nxs"_s)), bytes);
}

void TestStorageCatalogueCopy::targetInTheWayFollowsTheQueueRules()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Conflict"_s));
    const QByteArray bytes = testing::seededBytes(50 * 1024, 60);
    const qint64 df = m_data->putFile(ds, u"MAR30100.nxs"_s, bytes);
    QVERIFY(m_dav->putFile(u"datasets/MAR30100.nxs"_s, "someone else's"));
    QSignalSpy raised(queue(), &TransferQueue::conflictRaised);
    const Copied c = copy({}, {df});
    Transfer *t = c.transfers.first();
    // (it may come while copy() waits for the listing: wait() only sees a later one)
    QVERIFY(!raised.isEmpty() || raised.wait(slow));
    QCOMPARE(t->state(), Transfer::State::WaitingForDecision);
    QCOMPARE(t->remoteInfo().size, 14);
    queue()->resolveConflict(t->id(), ConflictChoice::Rename); // keep both
    QVERIFY(waitIdle());
    QCOMPARE(t->state(), Transfer::State::Done);
    QCOMPARE(t->remotePath(), u"datasets/MAR30100 (1).nxs"_s);
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30100 (1).nxs"_s)), bytes);
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30100.nxs"_s)), QByteArray("someone else's"));

    // overwrite for all: replaced; skip: untouched
    queue()->removeFinished();
    queue()->setConflictPolicy(ConflictChoice::Overwrite);
    const Copied over = copy({}, {df});
    QVERIFY(waitIdle());
    QCOMPARE(over.transfers.first()->state(), Transfer::State::Done);
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30100.nxs"_s)), bytes);
    QVERIFY(m_dav->putFile(u"datasets/MAR30100.nxs"_s, "changed again"));
    queue()->removeFinished();
    queue()->setConflictPolicy(ConflictChoice::Skip);
    const Copied skipped = copy({}, {df});
    QVERIFY(waitIdle());
    QCOMPARE(skipped.transfers.first()->state(), Transfer::State::Skipped);
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30100.nxs"_s)), QByteArray("changed again"));
    QCOMPARE(entriesBelow(stored(u"datasets"_s)), (QStringList{u"MAR30100 (1).nxs"_s, u"MAR30100.nxs"_s}));
}

// A folder of the file's name is never replaced, even with "overwrite" as the rule (a MOVE with Overwrite
// deletes the folder and everything in it); the copy fails with a sentence and leaves no part behind.
void TestStorageCatalogueCopy::aFolderInTheWayIsKept()
{
    const qint64 ds = m_data->makeDataset(uniqueName(u"Folder"_s));
    const qint64 df = m_data->putFile(ds, u"MAR30110.nxs"_s, testing::seededBytes(50 * 1024, 61));
    QVERIFY(m_dav->putFile(u"datasets/MAR30110.nxs/scan.dat"_s, "the user's data"));
    queue()->setConflictPolicy(ConflictChoice::Overwrite);
    const Copied c = copy({}, {df});
    QVERIFY(c.plan);
    QVERIFY(waitIdle());
    Transfer *t = c.transfers.first();
    QCOMPARE(t->state(), Transfer::State::Failed);
    QCOMPARE(
        t->error().userText(),
        u"A folder called “MAR30110.nxs” is already in the storage folder, so the file was not copied there."_s);
    QCOMPARE(testing::readFile(stored(u"datasets/MAR30110.nxs/scan.dat"_s)), QByteArray("the user's data"));
    QCOMPARE(entriesBelow(stored(u"datasets"_s)),
             (QStringList{u"MAR30110.nxs"_s, u"MAR30110.nxs/scan.dat"_s}));
}

QTEST_GUILESS_MAIN(TestStorageCatalogueCopy)
#include "tst_storage_catalogue_copy.moc"
