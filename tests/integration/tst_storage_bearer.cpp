// Storage with the profile's auth "bearer", against a real Apache that takes "Bearer <token>" and the ICAT
// emulator that issues the token (the session id): the header is the current session id and never Basic,
// a token from an ended session is refused, and a session that ends in the middle of a queue leads to one
// sign-in, after which every transfer completes with identical bytes.
#include "CliProcess.h"
#include "EventLoopWait.h"
#include "IcatEmulatorProcess.h"
#include "dav/DavServer.h"
#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "storage/AccountStorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace daas;
using namespace daas::storage;
using namespace Qt::StringLiterals;

namespace {

identity::Credentials alice()
{
    return {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}};
}

QByteArray contentOf(int i)
{
    QByteArray data(64 * 1024 + 37 * i, Qt::Uninitialized);
    for (qsizetype k = 0; k < data.size(); ++k)
        data[k] = char((k * 131 + i * 7) & 0xff);
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStorageBearer : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::IcatEmulatorProcess> m_emulator;
    std::unique_ptr<testing::ApacheDavServer> m_server;
    std::unique_ptr<identity::Account> m_account;
    std::unique_ptr<AccountStorageCredentials> m_credentials;
    std::unique_ptr<WebDavClient> m_client;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<QTemporaryDir> m_local;

    bool signIn()
    {
        QSignalSpy in(m_account->icat(), &identity::IcatSession::signedIn);
        m_account->signIn(u"simple"_s, alice());
        return in.wait(10000);
    }
    // GET of the root with this Authorization header; the status
    int statusWith(const QByteArray &authorization, QByteArray *challenge = nullptr)
    {
        QNetworkRequest request(m_server->rootUrl());
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setAttribute(QNetworkRequest::CustomVerbAttribute, QByteArray("PROPFIND"));
        request.setRawHeader("Depth", "0");
        QNetworkReply *reply = m_account->network()->sendCustomRequest(request, "PROPFIND");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        if (challenge)
            *challenge = reply->rawHeader("WWW-Authenticate");
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    // 10 uploads and 10 downloads; the storage server's token check follows ICAT: when the session ends
    // after the 6th finished transfer, the server refuses its token from then on
    void queueMixed(const QString &folder)
    {
        QVERIFY(m_server->makeDir(folder));
        QDir().mkpath(m_local->filePath(u"up"_s));
        QDir().mkpath(m_local->filePath(u"down"_s));
        for (int i = 0; i < 10; ++i) {
            QVERIFY(m_server->putFile(u"%1/remote-%2.dat"_s.arg(folder).arg(i), contentOf(100 + i)));
            QFile f(m_local->filePath(u"up/%1.dat"_s.arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contentOf(i));
        }
        for (int i = 0; i < 10; ++i) {
            m_queue->addUpload(m_local->filePath(u"up/%1.dat"_s.arg(i)), u"%1/%2.dat"_s.arg(folder).arg(i));
            m_queue->addDownload(u"%1/remote-%2.dat"_s.arg(folder).arg(i),
                                 m_local->filePath(u"down/%1.dat"_s.arg(i)));
        }
    }
    bool waitIdle(int timeoutMs)
    {
        return testing::waitInEventLoop(
            [this]() { return !m_queue->transfers().isEmpty() && m_queue->isIdle(); }, timeoutMs);
    }
    void endSessionAfter(int finished)
    {
        auto done = std::make_shared<int>(0);
        connect(m_queue.get(), &TransferQueue::transferChanged, this, [this, done, finished](Transfer *t) {
            if (t->state() == Transfer::State::Done && ++*done == finished) {
                QVERIFY(m_emulator->admin(u"expire-sessions"_s));
                QVERIFY(m_server->setBearerToken(u"no-session"_s));
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_emulator = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
    }

    void init()
    {
        m_local = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<testing::ApacheDavServer>();
        QVERIFY(m_server->setBearerToken(u"nobody-signed-in-yet"_s));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
        facility::FacilityProfile profile = m_emulator->profile();
        profile.storageUrl = m_server->rootUrl();
        profile.storageAuth = u"bearer"_s;
        m_account = std::make_unique<identity::Account>(profile);
        m_credentials = std::make_unique<AccountStorageCredentials>(m_account.get());
        m_client =
            std::make_unique<WebDavClient>(m_account->network(), profile.storageUrl, m_credentials.get());
        m_queue = std::make_unique<TransferQueue>(m_client.get());
        m_queue->setStateFile(m_local->filePath(u"queue.json"_s));
        m_queue->setRetryBaseDelayMs(200);
        // the facility's storage accepts whatever session ICAT has just issued
        connect(m_account->icat(), &identity::IcatSession::signedIn, this,
                [this]() { QVERIFY(m_server->setBearerToken(m_account->icat()->sessionId())); });
    }

    void cleanup()
    {
        m_queue.reset();
        m_client.reset();
        m_credentials.reset();
        m_account.reset();
        m_server.reset();
        m_local.reset();
        m_emulator->admin(u"reset"_s);
    }

    void headerIsTheSessionIdNeverBasic()
    {
        QVERIFY(m_credentials->authorization().isEmpty()); // not signed in: nothing to send
        QVERIFY(signIn());
        const QString id = m_account->icat()->sessionId();
        QVERIFY(!id.isEmpty());
        // the sign-in also kept a password for the Basic services: storage must not use it
        QVERIFY(m_account->serviceLogin().isValid());
        QCOMPARE(m_credentials->authorization(), "Bearer " + id.toUtf8());
        QVERIFY(!m_credentials->isBasic());

        bool done = false;
        DavJob *job = m_client->list(QString());
        Error error;
        connect(job, &DavJob::finished, this, [&]() {
            error = job->error();
            done = true;
        });
        QVERIFY(testing::waitInEventLoop([&]() { return done; }, 20000));
        QVERIFY2(!error, qPrintable(error.detail()));

        // the server does check: no header or a wrong token is refused with a Bearer challenge
        QByteArray challenge;
        QCOMPARE(statusWith({}, &challenge), 401);
        QVERIFY2(challenge.startsWith("Bearer"), challenge.constData());
        QCOMPARE(statusWith("Bearer not-" + id.toUtf8()), 401);
        QCOMPARE(statusWith("Bearer " + id.toUtf8()), 207);

        // after signing in again, the old session's token no longer opens the store, the new one does
        m_account->icat()->logout();
        QVERIFY(signIn());
        const QString next = m_account->icat()->sessionId();
        QVERIFY(next != id);
        QCOMPARE(m_credentials->authorization(), "Bearer " + next.toUtf8());
        QCOMPARE(statusWith("Bearer " + id.toUtf8()), 401);
        QCOMPARE(statusWith(m_credentials->authorization()), 207);
    }

    void sessionEndedMidQueueSignsInOnceAndCarriesOn()
    {
        QVERIFY(signIn());
        QSignalSpy expired(m_account->icat(), &identity::IcatSession::sessionExpired);
        // the front end answers sessionExpired with the sign-in dialog; the user signs in a moment later
        connect(m_account->icat(), &identity::IcatSession::sessionExpired, this, [this]() {
            QTimer::singleShot(200, this, [this]() { m_account->signIn(u"simple"_s, alice()); });
        });
        m_queue->setMaxParallel(3);
        queueMixed(u"mid"_s);
        endSessionAfter(6);
        QVERIFY(waitIdle(60000));
        for (const Transfer *t : m_queue->transfers())
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
        QCOMPARE(expired.size(), 1);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(readAll(m_server->dataDir() + u"/mid/%1.dat"_s.arg(i)), contentOf(i));
            QCOMPARE(readAll(m_local->filePath(u"down/%1.dat"_s.arg(i))), contentOf(100 + i));
        }
        // the server did refuse some requests in between
        QVERIFY(testing::waitInEventLoop(
            [&]() { return !m_server->accessLog().filter(u" 401 "_s).isEmpty(); }, 10000));
    }

    void givingUpFailsTheRestWithAPlainSentence()
    {
        QVERIFY(signIn());
        // the user closes the sign-in dialog instead
        connect(m_account->icat(), &identity::IcatSession::sessionExpired, this,
                [this]() { m_account->icat()->abandonParkedRequests(); });
        m_queue->setMaxParallel(2);
        queueMixed(u"gaveup"_s);
        endSessionAfter(4);
        QVERIFY(waitIdle(60000));
        int done = 0, failed = 0;
        for (const Transfer *t : m_queue->transfers()) {
            if (t->state() == Transfer::State::Done) {
                ++done;
            } else {
                QCOMPARE(t->state(), Transfer::State::Failed);
                QCOMPARE(t->error().kind(), Error::Kind::Authentication);
                QVERIFY(t->error().userText().contains(u"Sign in again"_s));
                ++failed;
            }
        }
        QVERIFY(done >= 4);
        QVERIFY(failed >= 1);
        QCOMPARE(done + failed, 20);
        // each finished file whole, and nothing half-written under a final name: a failed download leaves
        // none; a failed upload none or the whole file (moved into place, its check refused by the ended
        // session: a retry after signing in finds it by its checksum)
        for (const Transfer *t : m_queue->transfers()) {
            const int i = QFileInfo(t->localPath()).baseName().toInt();
            const bool whole = t->state() == Transfer::State::Done;
            if (t->direction() == Transfer::Direction::Download) {
                const QString local = m_local->filePath(u"down/%1.dat"_s.arg(i));
                QCOMPARE(QFile::exists(local), whole);
                if (whole)
                    QCOMPARE(readAll(local), contentOf(100 + i));
            } else {
                const QString remote = m_server->dataDir() + u"/gaveup/%1.dat"_s.arg(i);
                if (whole || QFile::exists(remote))
                    QCOMPARE(readAll(remote), contentOf(i));
            }
        }
        // signed in again, the user retries the failed ones: every file arrives, none twice or torn
        QVERIFY(signIn());
        for (const Transfer *t : m_queue->transfers())
            if (t->state() == Transfer::State::Failed)
                m_queue->retry(t->id());
        QVERIFY(waitIdle(60000));
        for (const Transfer *t : m_queue->transfers())
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(readAll(m_server->dataDir() + u"/gaveup/%1.dat"_s.arg(i)), contentOf(i));
            QCOMPARE(readAll(m_local->filePath(u"down/%1.dat"_s.arg(i))), contentOf(100 + i));
        }
    }

    void cliUsesTheSessionOfDaasLogin()
    {
        QJsonObject profile = QJsonDocument::fromJson(m_emulator->profileJson()).object();
        profile.insert(u"storage"_s,
                       QJsonObject{{u"url"_s, m_server->rootUrl().toString()}, {u"auth"_s, u"bearer"_s}});
        const QString file = m_local->filePath(u"facility.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
        f.close();
        const auto daas = [&file](const QStringList &args, const QByteArray &input = {}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"DAAS_STORAGE_USER"_s); // no user or password: bearer needs neither
            env.remove(u"DAAS_STORAGE_PASSWORD"_s);
            const daas::testing::CliRun r =
                daas::testing::runCli(QStringList{u"--facility"_s, file} + args, env, input);
            return std::tuple{r.code, r.out, r.err};
        };
        auto [code, out, err] =
            daas({u"login"_s, u"--user"_s, u"alice"_s, u"--password-stdin"_s}, "alice-pw\n");
        QVERIFY2(code == 0, err.constData());
        // the session 'daas login' kept is what the facility's storage accepts
        QString kept;
        bool read = false;
        identity::CredentialStore::read(
            identity::CredentialStore::key(profile.value(u"id"_s).toString(), u"cli-session"_s,
                                           m_emulator->profile().icatUrl.toString()),
            this, [&](const Result<QString> &r) {
                kept = r ? r.value() : QString();
                read = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return read; }, 10000));
        QVERIFY(!kept.isEmpty());
        QVERIFY(m_server->setBearerToken(kept));
        QVERIFY(m_server->putFile(u"shared/run.txt"_s, "42"));
        std::tie(code, out, err) = daas({u"ls"_s, u"shared"_s});
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("run.txt"), out.constData());
        std::tie(code, out, err) = daas({u"get"_s, u"shared/run.txt"_s, m_local->filePath(u"run.txt"_s)});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(readAll(m_local->filePath(u"run.txt"_s)), QByteArray("42"));

        // the storage server stops taking the session: one sentence and an exit code, no question
        QVERIFY(m_server->setBearerToken(u"revoked"_s));
        std::tie(code, out, err) = daas({u"ls"_s, u"shared"_s});
        QCOMPARE(code, 2);
        QCOMPARE(err.trimmed(),
                 QByteArray("daas: Your session has ended. Sign in again to carry on with your files."));
    }
};

QTEST_GUILESS_MAIN(TestStorageBearer)
#include "tst_storage_bearer.moc"
