// AccountStorageCredentials against a real Apache: Basic from the Account's service login (the one
// identity), and a password asked again through the front end's prompt when the server refuses it in the
// middle of a queue, once for all the transfers that hit the 401.
#include "EventLoopWait.h"
#include "dav/DavServer.h"
#include "identity/Account.h"
#include "storage/AccountStorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace daas;
using namespace daas::storage;

class TestStorageAccount : public QObject
{
    Q_OBJECT

    std::unique_ptr<daas::testing::ApacheDavServer> m_server;
    std::unique_ptr<identity::Account> m_account;
    std::unique_ptr<AccountStorageCredentials> m_credentials;
    std::unique_ptr<WebDavClient> m_client;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<QTemporaryDir> m_local;
    QStringList m_asked; // user names the prompt was called with

    void queueUploads(int n, const QString &folder);
    bool waitIdle(int timeoutMs);
    int count(Transfer::State state) const;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void basicComesFromTheServiceLogin();
    void passwordChangedMidQueueIsAskedOnceAndKept();
    void cancelledPromptFailsTheQueueWithOneQuestion();
    void noPromptMeansAuthenticationError();
    void resumedSessionAsksBeforeTheFirstTransfer();
};

void TestStorageAccount::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorageAccount::init()
{
    m_asked.clear();
    m_local = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<daas::testing::ApacheDavServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
    facility::FacilityProfile profile;
    profile.id = QStringLiteral("storage-test");
    profile.name = QStringLiteral("Storage test");
    profile.storageUrl = m_server->rootUrl();
    profile.storageAuth = QStringLiteral("basic");
    m_account = std::make_unique<identity::Account>(profile);
    m_account->setServiceLogin({m_server->user(), m_server->password()});
    m_credentials = std::make_unique<AccountStorageCredentials>(m_account.get());
    m_client = std::make_unique<WebDavClient>(m_account->network(), profile.storageUrl, m_credentials.get());
    m_queue = std::make_unique<TransferQueue>(m_client.get());
    m_queue->setStateFile(m_local->filePath(QStringLiteral("queue.json")));
    m_queue->setRetryBaseDelayMs(200);
}

void TestStorageAccount::cleanup()
{
    m_queue.reset();
    m_client.reset();
    m_credentials.reset();
    m_account.reset();
    m_server.reset();
    m_local.reset();
}

void TestStorageAccount::queueUploads(int n, const QString &folder)
{
    QDir().mkpath(m_local->filePath(folder));
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("%1/%2.dat").arg(folder).arg(i);
        QFile f(m_local->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100 * 1024 + i, char('a' + i % 26)));
        f.close();
        m_queue->addUpload(f.fileName(), name);
    }
}

bool TestStorageAccount::waitIdle(int timeoutMs)
{
    return daas::testing::waitInEventLoop(
        [this]() { return !m_queue->transfers().isEmpty() && m_queue->isIdle(); }, timeoutMs);
}

int TestStorageAccount::count(Transfer::State state) const
{
    int n = 0;
    for (const Transfer *t : m_queue->transfers())
        n += t->state() == state;
    return n;
}

void TestStorageAccount::basicComesFromTheServiceLogin()
{
    const QByteArray expected =
        "Basic " + (m_server->user() + QLatin1Char(':') + m_server->password()).toUtf8().toBase64();
    QCOMPARE(m_credentials->authorization(), expected);
    m_account->setServiceLogin({});
    QVERIFY(
        m_credentials->authorization().isEmpty()); // nothing to send: the server's 401 leads to the prompt
    m_account->setServiceLogin({QStringLiteral("someone"), QStringLiteral("pw")});
    QCOMPARE(m_credentials->authorization(), "Basic " + QByteArray("someone:pw").toBase64());

    // a listing with the account's login works and the log shows its user, never the password
    m_account->setServiceLogin({m_server->user(), m_server->password()});
    bool done = false;
    Error error;
    DavJob *job = m_client->list(QString());
    connect(job, &DavJob::finished, this, [&]() {
        error = job->error();
        done = true;
    });
    QVERIFY(daas::testing::waitInEventLoop([&]() { return done; }, 20000));
    QVERIFY2(!error, qPrintable(error.detail()));
    // Apache writes its log line just after the answer: wait for it
    QVERIFY(daas::testing::waitInEventLoop(
        [&]() {
            return !m_server->accessLog().filter(QStringLiteral("PROPFIND /dav/ 207 user=davuser")).isEmpty();
        },
        10000));
}

void TestStorageAccount::passwordChangedMidQueueIsAskedOnceAndKept()
{
    QSignalSpy loginChanged(m_account.get(), &identity::Account::serviceLoginChanged);
    QSignalSpy requested(m_credentials.get(), &AccountStorageCredentials::passwordRequested);
    m_credentials->setPrompt([this](const QString &user, const Error &refused,
                                    const AccountStorageCredentials::Answer &answer) {
        m_asked << user;
        QCOMPARE(refused.kind(), Error::Kind::Authentication);
        // the user types the new password a moment later
        QTimer::singleShot(150, this,
                           [answer]() { answer(identity::ServiceLogin{{}, QStringLiteral("new-pw-2")}); });
    });
    int done = 0;
    connect(m_queue.get(), &TransferQueue::transferChanged, this, [&](Transfer *t) {
        if (t->state() == Transfer::State::Done && ++done == 5)
            m_server->setPassword(QStringLiteral("new-pw-2"));
    });
    queueUploads(25, QStringLiteral("mid"));
    QVERIFY(waitIdle(60000));
    for (const Transfer *t : m_queue->transfers())
        QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
    QCOMPARE(m_asked, QStringList{m_server->user()});
    QCOMPARE(requested.size(), 1);
    // the answer became the account's service login: every service of the account has it now
    QCOMPARE(m_account->serviceLogin().userName, m_server->user());
    QCOMPARE(m_account->serviceLogin().password, QStringLiteral("new-pw-2"));
    QCOMPARE(loginChanged.size(), 1);
    QCOMPARE(QDir(m_server->dataDir() + QStringLiteral("/mid")).entryList(QDir::Files).size(), 25);
    // the server refused some requests, then took all 25 files with the new password
    QVERIFY(daas::testing::waitInEventLoop(
        [&]() {
            const QStringList log = m_server->accessLog();
            return log.filter(QStringLiteral("PUT /dav/mid/"))
                       .filter(QStringLiteral(" 201 user=davuser"))
                       .size() == 25;
        },
        10000));
    QVERIFY(!m_server->accessLog().filter(QStringLiteral(" 401 ")).isEmpty());
}

void TestStorageAccount::cancelledPromptFailsTheQueueWithOneQuestion()
{
    m_credentials->setPrompt(
        [this](const QString &user, const Error &, const AccountStorageCredentials::Answer &answer) {
            m_asked << user;
            QTimer::singleShot(50, this, [answer]() { answer(std::nullopt); });
        });
    m_queue->setMaxParallel(3);
    int done = 0;
    connect(m_queue.get(), &TransferQueue::transferChanged, this, [&](Transfer *t) {
        if (t->state() == Transfer::State::Done && ++done == 3)
            m_server->setPassword(QStringLiteral("someone-changed-it"));
    });
    queueUploads(12, QStringLiteral("cancel"));
    QVERIFY(waitIdle(60000));
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(count(Transfer::State::Done) >= 3);
    QVERIFY(count(Transfer::State::Failed) >= 1);
    QCOMPARE(count(Transfer::State::Done) + count(Transfer::State::Failed), 12);
    for (const Transfer *t : m_queue->transfers())
        if (t->state() == Transfer::State::Failed) {
            QCOMPARE(t->error().kind(), Error::Kind::Authentication);
            QVERIFY(!t->error().userText().isEmpty());
        }
    // the old password stays: nothing was typed
    QCOMPARE(m_account->serviceLogin().password, QStringLiteral("davpw1"));
}

void TestStorageAccount::noPromptMeansAuthenticationError()
{
    m_server->setPassword(QStringLiteral("other"));
    queueUploads(2, QStringLiteral("noprompt"));
    QVERIFY(waitIdle(30000));
    QCOMPARE(count(Transfer::State::Failed), 2);
    for (const Transfer *t : m_queue->transfers())
        QCOMPARE(t->error().kind(), Error::Kind::Authentication);
    QVERIFY(!QFileInfo::exists(m_server->dataDir() + QStringLiteral("/noprompt/0.dat")));
}

void TestStorageAccount::resumedSessionAsksBeforeTheFirstTransfer()
{
    // a resumed session knows no password (and here no user name either): the probe's 401 asks for both
    m_account->setServiceLogin({});
    m_credentials->setPrompt(
        [this](const QString &user, const Error &refused, const AccountStorageCredentials::Answer &answer) {
            m_asked << user;
            QCOMPARE(refused.kind(), Error::Kind::Authentication);
            answer(identity::ServiceLogin{m_server->user(), m_server->password()}); // answered at once
        });
    queueUploads(3, QStringLiteral("resumed"));
    QVERIFY(waitIdle(30000));
    QCOMPARE(count(Transfer::State::Done), 3);
    QCOMPARE(m_asked, QStringList{QString()});
    QCOMPARE(m_account->serviceLogin().userName, m_server->user());
    // no large body went out before the credentials worked: the only 401 is the probe's OPTIONS
    const QStringList refused = m_server->accessLog().filter(QStringLiteral(" 401 "));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().startsWith(QLatin1String("OPTIONS ")), qPrintable(refused.first()));
}

QTEST_GUILESS_MAIN(TestStorageAccount)
#include "tst_storage_account.moc"
