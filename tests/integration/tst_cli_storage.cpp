// The `daas` storage commands as a user runs them: a process, against a real Apache mod_dav_fs, with the
// password from the environment or the keychain; failures as one sentence and an exit code.

#include "CliProcess.h"
#include "EventLoopWait.h"
#include "dav/DavServer.h"
#include "identity/CredentialStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daas;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT
    std::unique_ptr<daas::testing::ApacheDavServer> m_server;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_noStorageProfile;

    using Run = daas::testing::CliRun;
    Run daas(const QStringList &args, const QString &password = QStringLiteral("<server's>"),
             const QString &profile = {});
    QString remote(const QString &path) const { return m_server->dataDir() + QLatin1Char('/') + path; }
    QString local(const QString &path) const { return m_dir.filePath(path); }

private Q_SLOTS:
    void initTestCase();
    void emptyStoreListsNothing();
    void putFolderRecursivelyAndList();
    void getFileAndFolder();
    void existingTargetsNeedOverwrite();
    void mkdirMvCpRm();
    void wrongPasswordIsOneSentenceAndExitCode2();
    void passwordFromTheKeychain();
    void missingThingsAndBadArguments();
    void perUserStoreAddress();
};

TestCliStorage::Run TestCliStorage::daas(const QStringList &args, const QString &password,
                                         const QString &profile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DAAS_STORAGE_USER"), m_server->user());
    if (password.isNull())
        env.remove(QStringLiteral("DAAS_STORAGE_PASSWORD"));
    else
        env.insert(QStringLiteral("DAAS_STORAGE_PASSWORD"),
                   password == QLatin1String("<server's>") ? m_server->password() : password);
    return daas::testing::runCli(
        QStringList{QStringLiteral("--facility"), profile.isEmpty() ? m_profile : profile} + args, env, {},
        60000, m_dir.path());
}

void TestCliStorage::initTestCase()
{
    m_server = std::make_unique<daas::testing::ApacheDavServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
    m_profile = m_dir.filePath(QStringLiteral("facility.json"));
    // the ICAT address is never used by the storage commands
    QVERIFY(write(
        m_profile,
        QJsonDocument(QJsonObject{
                          {QStringLiteral("id"), QStringLiteral("clistorage")},
                          {QStringLiteral("name"), QStringLiteral("CLI storage test")},
                          {QStringLiteral("icat"),
                           QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/icat")}}},
                          {QStringLiteral("ids"),
                           QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/ids")}}},
                          {QStringLiteral("storage"),
                           QJsonObject{{QStringLiteral("url"), m_server->rootUrl().toString()}}},
                      })
            .toJson()));
    m_noStorageProfile = m_dir.filePath(QStringLiteral("nostorage.json"));
    QVERIFY(write(m_noStorageProfile,
                  "{\"id\": \"nostorage\", \"name\": \"No storage\", \"icat\": {\"url\": "
                  "\"http://127.0.0.1:9/icat\"}, \"ids\": {\"url\": \"http://127.0.0.1:9/ids\"}}"));
}

void TestCliStorage::emptyStoreListsNothing()
{
    const Run r = daas({QStringLiteral("ls"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCliStorage::putFolderRecursivelyAndList()
{
    QVERIFY(write(local(QStringLiteral("run/a.txt")), "alpha"));
    QVERIFY(write(local(QStringLiteral("run/sub/b é.dat")), QByteArray(300000, 'b')));
    QVERIFY(write(local(QStringLiteral("run/sub/deeper/c.nxs")), "gamma"));
    QVERIFY(write(local(QStringLiteral("single.txt")), "single"));
    Run r = daas({QStringLiteral("put"), local(QStringLiteral("run")), local(QStringLiteral("single.txt")),
                  QStringLiteral("/project/")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readAll(remote(QStringLiteral("project/run/a.txt"))), QByteArray("alpha"));
    QCOMPARE(readAll(remote(QStringLiteral("project/run/sub/b é.dat"))), QByteArray(300000, 'b'));
    QCOMPARE(readAll(remote(QStringLiteral("project/run/sub/deeper/c.nxs"))), QByteArray("gamma"));
    QCOMPARE(readAll(remote(QStringLiteral("project/single.txt"))), QByteArray("single"));
    QVERIFY(r.out.contains("/project/run/sub/b é.dat"));

    // one file onto a new name
    r = daas(
        {QStringLiteral("put"), local(QStringLiteral("single.txt")), QStringLiteral("project/renamed.txt")});
    QCOMPARE(r.code, 0);
    QCOMPARE(readAll(remote(QStringLiteral("project/renamed.txt"))), QByteArray("single"));

    r = daas({QStringLiteral("ls"), QStringLiteral("project"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0)[QStringLiteral("name")].toString(), QStringLiteral("run")); // folders first
    QCOMPARE(rows.at(0)[QStringLiteral("type")].toString(), QStringLiteral("folder"));
    QCOMPARE(rows.at(1)[QStringLiteral("name")].toString(), QStringLiteral("renamed.txt"));
    QCOMPARE(rows.at(2)[QStringLiteral("size")].toInteger(), 6);
    QCOMPARE(rows.at(2)[QStringLiteral("path")].toString(), QStringLiteral("/project/single.txt"));

    r = daas({QStringLiteral("ls"), QStringLiteral("project/run/sub")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("d ") && lines.at(0).endsWith("deeper/"));
    QVERIFY2(lines.at(1).contains(" 300000 ") && lines.at(1).endsWith("b é.dat"), r.out.constData());
    // a file lists as itself
    r = daas({QStringLiteral("ls"), QStringLiteral("project/single.txt")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.trimmed().endsWith("single.txt"));
}

void TestCliStorage::getFileAndFolder()
{
    QVERIFY(m_server->putFile(QStringLiteral("fetch/one.txt"), "one"));
    QVERIFY(m_server->putFile(QStringLiteral("fetch/inner/two.txt"), "two"));
    QDir().mkpath(local(QStringLiteral("down")));
    Run r = daas({QStringLiteral("get"), QStringLiteral("fetch/one.txt"), local(QStringLiteral("down"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readAll(local(QStringLiteral("down/one.txt"))), QByteArray("one"));
    QCOMPARE(r.out.trimmed(), local(QStringLiteral("down/one.txt")).toUtf8());

    r = daas({QStringLiteral("get"), QStringLiteral("fetch"), local(QStringLiteral("copy"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readAll(local(QStringLiteral("copy/one.txt"))), QByteArray("one"));
    QCOMPARE(readAll(local(QStringLiteral("copy/inner/two.txt"))), QByteArray("two"));
    // no part files left behind
    QCOMPARE(QDir(local(QStringLiteral("copy"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestCliStorage::existingTargetsNeedOverwrite()
{
    QVERIFY(m_server->putFile(QStringLiteral("clash.txt"), "server"));
    QVERIFY(write(local(QStringLiteral("clash.txt")), "local copy"));
    Run r = daas({QStringLiteral("put"), local(QStringLiteral("clash.txt")), QStringLiteral("/")});
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains("--overwrite"), r.err.constData());
    QCOMPARE(readAll(remote(QStringLiteral("clash.txt"))), QByteArray("server"));
    r = daas({QStringLiteral("get"), QStringLiteral("clash.txt"), local(QStringLiteral("clash.txt"))});
    QCOMPARE(r.code, 5);
    QCOMPARE(readAll(local(QStringLiteral("clash.txt"))), QByteArray("local copy"));

    r = daas({QStringLiteral("put"), QStringLiteral("--overwrite"), local(QStringLiteral("clash.txt")),
              QStringLiteral("/")});
    QCOMPARE(r.code, 0);
    QCOMPARE(readAll(remote(QStringLiteral("clash.txt"))), QByteArray("local copy"));
}

void TestCliStorage::mkdirMvCpRm()
{
    Run r = daas({QStringLiteral("mkdir"), QStringLiteral("x/y/z")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QFileInfo(remote(QStringLiteral("x/y/z"))).isDir());
    QVERIFY(m_server->putFile(QStringLiteral("x/file.txt"), "moved"));

    r = daas({QStringLiteral("mv"), QStringLiteral("x/file.txt"), QStringLiteral("x/y")}); // into a folder
    QCOMPARE(r.code, 0);
    QCOMPARE(readAll(remote(QStringLiteral("x/y/file.txt"))), QByteArray("moved"));
    QVERIFY(!QFile::exists(remote(QStringLiteral("x/file.txt"))));

    r = daas(
        {QStringLiteral("cp"), QStringLiteral("x/y"), QStringLiteral("x/copy")}); // a folder, by the server
    QCOMPARE(r.code, 0);
    QCOMPARE(readAll(remote(QStringLiteral("x/copy/file.txt"))), QByteArray("moved"));
    r = daas({QStringLiteral("cp"), QStringLiteral("x/y/file.txt"), QStringLiteral("x/copy/file.txt")});
    QCOMPARE(r.code, 4); // exists: not replaced without --overwrite
    QVERIFY(r.err.contains("--overwrite"));

    // a file never replaces a folder, --overwrite or not (as mv and cp refuse to); nor does an upload
    QVERIFY(QDir().mkpath(remote(QStringLiteral("x/copy/y/file.txt/inner"))));
    QVERIFY(QDir().mkpath(remote(QStringLiteral("x/copy/run42/inner"))));
    m_server->fixOwnership();
    for (const QString &verb : {QStringLiteral("cp"), QStringLiteral("mv")}) {
        r = daas({verb, QStringLiteral("--overwrite"), QStringLiteral("x/copy/file.txt"),
                  QStringLiteral("x/copy/y")});
        QCOMPARE(r.code, 4);
        QCOMPARE(r.err,
                 QStringLiteral("daas: A folder called “file.txt” is already in the storage folder, so the "
                                "file was not %1 there.\n")
                     .arg(verb == QStringLiteral("cp") ? QStringLiteral("copied") : QStringLiteral("moved"))
                     .toUtf8());
        QVERIFY(QFileInfo(remote(QStringLiteral("x/copy/y/file.txt/inner"))).isDir());
        QCOMPARE(readAll(remote(QStringLiteral("x/copy/file.txt"))), QByteArray("moved"));
    }
    QVERIFY(write(local(QStringLiteral("run42")), "a file"));
    r = daas({QStringLiteral("put"), QStringLiteral("--overwrite"), local(QStringLiteral("run42")),
              QStringLiteral("x/copy")});
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err,
             QByteArray("daas: A folder called “run42” is already in the storage folder, so the file was not "
                        "uploaded there.\n"));
    QVERIFY(QFileInfo(remote(QStringLiteral("x/copy/run42/inner"))).isDir());

    r = daas({QStringLiteral("rm"), QStringLiteral("x/copy")});
    QCOMPARE(r.code, 1); // a folder needs --recursive
    QVERIFY(QFileInfo(remote(QStringLiteral("x/copy"))).isDir());
    r = daas({QStringLiteral("rm"), QStringLiteral("--recursive"), QStringLiteral("x/copy"),
              QStringLiteral("x/y/file.txt")});
    QCOMPARE(r.code, 0);
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("x/copy"))));
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("x/y/file.txt"))));
}

void TestCliStorage::wrongPasswordIsOneSentenceAndExitCode2()
{
    QVERIFY(m_server->putFile(QStringLiteral("secret.txt"), "s"));
    Run r = daas({QStringLiteral("ls")}, QStringLiteral("wrong-password"));
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QByteArray("daas: The storage server did not accept your sign-in. Sign in again.\n"));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains("wrong-password"));
    // the same for a transfer: nothing written, exit 2
    r = daas({QStringLiteral("get"), QStringLiteral("secret.txt"), local(QStringLiteral("secret.txt"))},
             QStringLiteral("wrong-password"));
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("secret.txt"))));
    // and no password at all, not on a terminal: says where one can come from
    r = daas({QStringLiteral("ls"), QStringLiteral("--user"), QStringLiteral("nobody-kept")}, QString());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("DAAS_STORAGE_PASSWORD"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliStorage::passwordFromTheKeychain()
{
    bool done = false;
    Error error;
    const QString key = identity::CredentialStore::key(QStringLiteral("clistorage"),
                                                       QStringLiteral("storage"), m_server->user());
    identity::CredentialStore::write(key, m_server->password(), this, [&](const Error &e) {
        error = e;
        done = true;
    });
    QVERIFY(daas::testing::waitInEventLoop([&]() { return done; }, 20000));
    if (error.kind() == Error::Kind::Keychain)
        QSKIP("no keychain in this session");
    QVERIFY2(!error, qPrintable(error.detail()));
    const Run r = daas({QStringLiteral("ls"), QStringLiteral("--json")}, QString());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    done = false;
    identity::CredentialStore::remove(key, this, [&](const Error &) { done = true; });
    QVERIFY(daas::testing::waitInEventLoop([&]() { return done; }, 20000));
}

void TestCliStorage::missingThingsAndBadArguments()
{
    // a path the user typed that is not there: said so, not "no longer there, refresh the folder"
    Run r = daas({QStringLiteral("get"), QStringLiteral("not-there.txt")});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err, QByteArray("daas: There is nothing at /not-there.txt on the storage server.\n"));
    r = daas({QStringLiteral("ls"), QStringLiteral("no/such/folder")});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err, QByteArray("daas: There is nothing at /no/such/folder on the storage server.\n"));
    r = daas({QStringLiteral("rm"), QStringLiteral("not-there.txt")});
    QVERIFY2(r.code == 3 && r.err.contains("There is nothing at /not-there.txt"), r.err.constData());
    r = daas({QStringLiteral("put"), local(QStringLiteral("no-such-file")), QStringLiteral("/")});
    QCOMPARE(r.code, 5);
    r = daas({QStringLiteral("ls"), QStringLiteral("../etc")});
    QCOMPARE(r.code, 5); // unsafe path
    r = daas({QStringLiteral("put"), local(QStringLiteral("single.txt"))});
    QCOMPARE(r.code, 1);
    r = daas({QStringLiteral("mv"), QStringLiteral("a")});
    QCOMPARE(r.code, 1);
    r = daas({QStringLiteral("ls")}, QStringLiteral("<server's>"), m_noStorageProfile);
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("no storage"));
}

// The demo's profile: "{user}" in the storage address, filled in with the storage user's name (the GUI always
// did; the CLI listed the literal "%7Buser%7D/" folder and said it was no longer on the server).
void TestCliStorage::perUserStoreAddress()
{
    const QString profile = m_dir.filePath(QStringLiteral("peruser.json"));
    QVERIFY(write(
        profile,
        QJsonDocument(QJsonObject{
                          {QStringLiteral("id"), QStringLiteral("peruser")},
                          {QStringLiteral("name"), QStringLiteral("Per-user storage test")},
                          {QStringLiteral("icat"),
                           QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/icat")}}},
                          {QStringLiteral("ids"),
                           QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/ids")}}},
                          {QStringLiteral("storage"),
                           QJsonObject{{QStringLiteral("url"), QString(m_server->rootUrl().toString() +
                                                                       QStringLiteral("{user}/"))}}},
                      })
            .toJson()));
    const QString home = m_server->user() + QLatin1Char('/');
    QVERIFY(m_server->putFile(home + QStringLiteral("mine.txt"), "mine"));

    Run r = daas({QStringLiteral("ls"), QStringLiteral("--json")}, QStringLiteral("<server's>"), profile);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[QStringLiteral("name")].toString(), QStringLiteral("mine.txt"));

    QVERIFY(write(local(QStringLiteral("peruser-up.txt")), "up"));
    r = daas({QStringLiteral("put"), local(QStringLiteral("peruser-up.txt")), QStringLiteral("/")},
             QStringLiteral("<server's>"), profile);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readAll(remote(home + QStringLiteral("peruser-up.txt"))), QByteArray("up"));
    r = daas({QStringLiteral("get"), QStringLiteral("mine.txt"), local(QStringLiteral("mine-copy.txt"))},
             QStringLiteral("<server's>"), profile);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readAll(local(QStringLiteral("mine-copy.txt"))), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
