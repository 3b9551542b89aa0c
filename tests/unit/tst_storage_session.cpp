// storage::StorageSession, the one core object both front ends use for the storage: the user's own store
// ("{user}" filled in, or a sentence when it cannot be), and the walk that turns local files and folders into
// an upload plan (links and unusable names left out and reported, parents before children).
#include "identity/Account.h"
#include "storage/StorageSession.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestStorageSession)
#include "tst_storage_session.moc"
