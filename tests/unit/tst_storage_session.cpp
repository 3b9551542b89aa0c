// storage::StorageSession, the one core object both front ends use for the storage: the user's own store
// ("{user}" filled in, or a sentence when it cannot be), and the walk that turns local files and folders into
// an upload plan (links and unusable names left out and reported, parents before children).
#include "identity/Account.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace daas;
using namespace daas::storage;

namespace {

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

facility::FacilityProfile profileWithStorage(const QString &url)
{
    facility::FacilityProfile p;
    p.id = p.name = QStringLiteral("t");
    p.storageUrl = QUrl(url);
    return p;
}

} // namespace

class TestStorageSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theUsersOwnStore()
    {
        identity::Account account(profileWithStorage(QStringLiteral("http://127.0.0.1:1/dav/%7Buser%7D/")));
        StorageSession alice(&account, QStringLiteral("alice"));
        QVERIFY(!alice.problem());
        QCOMPARE(alice.root(), QUrl(QStringLiteral("http://127.0.0.1:1/dav/alice/")));
        QVERIFY(alice.defaultStateFile().endsWith(QLatin1String("transfers-t-alice.json")));

        StorageSession nobody(&account, QString());
        QCOMPARE(nobody.problem().kind(), Error::Kind::Authentication);
        QVERIFY(!nobody.problem().userText().isEmpty());

        identity::Account none(profileWithStorage(QString()));
        QCOMPARE(StorageSession(&none, QStringLiteral("alice")).problem().kind(), Error::Kind::NotFound);
    }

    void aWalkPlansTheUpload()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        QVERIFY(write(run + QStringLiteral("/a.txt"), "a"));
        QVERIFY(write(run + QStringLiteral("/sub/b.dat"), "b"));
        QVERIFY(write(run + QStringLiteral("/sub/deeper/c.nxs"), "c"));
        QVERIFY(write(run + QStringLiteral("/.hidden"), "h"));
        QVERIFY(QDir().mkpath(run + QStringLiteral("/empty")));
        QVERIFY(write(run + QStringLiteral("/bad\x01name/inside.txt"), "x"));
        QVERIFY(write(dir.filePath(QStringLiteral("outside.txt")), "o"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside.txt")), run + QStringLiteral("/link.txt")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), run + QStringLiteral("/sub/broken")));
        QVERIFY(write(dir.filePath(QStringLiteral("single.txt")), "s"));

        const StorageSession::UploadPlan plan =
            StorageSession::walk({{run, QStringLiteral("up/run")},
                                  {dir.filePath(QStringLiteral("single.txt")), QStringLiteral("up/one.txt")},
                                  {dir.filePath(QStringLiteral("gone")), QStringLiteral("up/gone")}});
        QCOMPARE(plan.folders,
                 (QStringList{QStringLiteral("up/run"), QStringLiteral("up/run/empty"),
                              QStringLiteral("up/run/sub"), QStringLiteral("up/run/sub/deeper")}));
        QStringList targets;
        for (const auto &[local, remote] : plan.files)
            targets << remote;
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("up/run/.hidden"), QStringLiteral("up/run/a.txt"),
                              QStringLiteral("up/run/sub/b.dat"), QStringLiteral("up/run/sub/deeper/c.nxs"),
                              QStringLiteral("up/one.txt")}));
        QStringList links = plan.links;
        links.sort();
        QCOMPARE(links,
                 (QStringList{run + QStringLiteral("/link.txt"), run + QStringLiteral("/sub/broken")}));
        // the folder with the unusable name once, not again for what is inside it
        QCOMPARE(plan.unusableNames, QStringList{QStringLiteral("bad\x01name")});
        QCOMPARE(plan.missing, QStringList{dir.filePath(QStringLiteral("gone"))});
    }

    void theWalkRunsOffTheCallingThread()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("f/x.txt")), "x"));
        QObject context;
        bool arrived = false;
        StorageSession::planUpload({{dir.filePath(QStringLiteral("f")), QStringLiteral("f")}}, &context,
                                   [&](const StorageSession::UploadPlan &plan) {
                                       arrived = true;
                                       QCOMPARE(plan.files.size(), 1);
                                   });
        QVERIFY(!arrived); // handed back later, on this thread's event loop
        QTRY_VERIFY_WITH_TIMEOUT(arrived, 10000);
    }

    // The catalogue's checksum is a CRC-32 only when it reads as one (IDS writes Long.toHexString:
    // lower-case, no leading zeros); anything else is "no checksum to check against", never a failed check.
    void catalogueChecksumsThatCanBeChecked()
    {
        CatalogueOrigin o;
        o.checksum = QStringLiteral("d84233d2");
        QCOMPARE(o.crc32(), std::optional<std::uint32_t>(0xd84233d2u));
        o.checksum = QStringLiteral("1f");
        QCOMPARE(o.crc32(), std::optional<std::uint32_t>(0x1fu));
        for (const char *other : {"", "sha256:9f86d081884c7d65", "123456789", "xyz", "0x12"}) {
            o.checksum = QString::fromLatin1(other);
            QVERIFY2(!o.crc32(), other);
        }
        // what the queue keeps comes back the same
        o = {42, QStringLiteral("raw/MAR25123.nxs"), 1234, QStringLiteral("abc"),
             QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone::UTC)};
        const CatalogueOrigin back = CatalogueOrigin::fromJson(o.toJson());
        QCOMPARE(back.datafileId, 42);
        QCOMPARE(back.name, o.name);
        QCOMPARE(back.size, 1234);
        QCOMPARE(back.checksum, o.checksum);
        QCOMPARE(back.modified, o.modified);
    }

    // A queue file is read back as untrusted: a copy whose part name or target path would leave its folder
    // is dropped; a good one comes back paused where it was, with what the storage had confirmed.
    void restoredCopiesAreChecked()
    {
        QTemporaryDir dir;
        identity::Account account(profileWithStorage(QStringLiteral("http://127.0.0.1:1/dav/")));
        StorageSession session(&account, QStringLiteral("alice"));
        const QJsonObject origin = CatalogueOrigin{7, QStringLiteral("a.nxs"), 100, {}, {}}.toJson();
        auto copy = [&](const QString &remote, const QString &part) {
            return QJsonObject{{QStringLiteral("direction"), QStringLiteral("copy")},
                               {QStringLiteral("remote"), remote},
                               {QStringLiteral("paused"), true},
                               {QStringLiteral("total"), 100},
                               {QStringLiteral("origin"), origin},
                               {QStringLiteral("copyPart"), part},
                               {QStringLiteral("confirmed"), 64},
                               {QStringLiteral("confirmedCrc"), 12345}};
        };
        const QJsonArray list{copy(QStringLiteral("datasets/a.nxs"), QStringLiteral(".daas-copy-7-0.part")),
                              copy(QStringLiteral("datasets/a.nxs"), QStringLiteral(".daas-copy-7/../../x")),
                              copy(QStringLiteral("../../etc/a.nxs"), QStringLiteral(".daas-copy-7-0.part")),
                              copy(QStringLiteral("datasets/b.nxs"), QStringLiteral("not-ours.part"))};
        QFile f(dir.filePath(QStringLiteral("queue.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("transfers"), list}})
                .toJson());
        f.close();
        TransferQueue *queue = session.queue();
        queue->setStateFile(f.fileName());
        QVERIFY(!queue->restore());
        QCOMPARE(queue->transfers().size(), 1);
        const Transfer *t = queue->transfers().first();
        QCOMPARE(t->direction(), Transfer::Direction::Copy);
        QCOMPARE(t->state(), Transfer::State::Paused);
        QCOMPARE(t->remotePath(), QStringLiteral("datasets/a.nxs"));
        QCOMPARE(t->origin().datafileId, 7);
        QVERIFY(t->toStorage());
        // and it is written out the same way
        const QJsonObject again = t->saved().toJson();
        QCOMPARE(again.value(QStringLiteral("confirmed")).toInteger(), 64);
        QCOMPARE(again.value(QStringLiteral("confirmedCrc")).toInteger(), 12345);
        QCOMPARE(again.value(QStringLiteral("copyPart")).toString(), QStringLiteral(".daas-copy-7-0.part"));
    }
};

QTEST_GUILESS_MAIN(TestStorageSession)
#include "tst_storage_session.moc"
