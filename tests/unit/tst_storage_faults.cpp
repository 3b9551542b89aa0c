// Storage faults the user must hear of as a sentence. A half-open server (accepts the connection, then never
// answers or stops in the middle of a body) must not stall a WebDAV listing or download: each request ends
// as a timeout, its own Error, and a cancel stays a cancel (the server is a QTcpServer in the test; the waits
// are on the client's signals). A password withheld over plain http is said, not asked for again and again.
// A queue file that cannot be written is said.
#include "storage/StorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/NetworkError.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace daas;
using namespace daas::storage;

namespace {

// Accepts every connection and keeps it open; `answer` (if any) is written once a whole request head is in.
class SilentServer : public QObject
{
public:
    explicit SilentServer(QByteArray answer = {})
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s]() {
                    m_received += s->readAll();
                    if (!m_answer.isEmpty() && m_received.contains("\r\n\r\n") && !m_answered) {
                        m_answered = true;
                        s->write(m_answer); // and then nothing more, but the connection stays open
                    }
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_server.serverPort())); }
    int connections() const { return m_connections; }
    const QByteArray &received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_received;
    int m_connections = 0;
    bool m_answered = false;
};

// Runs a DavJob to its end (it deletes itself) and keeps its error.
struct Outcome
{
    bool done = false;
    Error error;
};

std::shared_ptr<Outcome> watch(DavJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &DavJob::finished, job, [job, outcome]() {
        outcome->done = true;
        outcome->error = job->error();
    });
    return outcome;
}

constexpr int silenceMs = 400;
constexpr int patienceMs = 20000; // how long the test waits for the client to give up (never reached)

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Error>();
    }

    void aListingFromASilentServerTimesOut()
    {
        SilentServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        WebDavClient client(&network, server.url(), nullptr);
        client.setTimeout(silenceMs);
        const auto outcome = watch(client.list(QStringLiteral("data")));
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, patienceMs);
        QCOMPARE(server.connections(), 1);
        QVERIFY(server.received().startsWith("PROPFIND /dav/data/ "));
        QCOMPARE(outcome->error.kind(), Error::Kind::Timeout);
        QVERIFY2(outcome->error.userText().contains(QLatin1String("did not answer within")),
                 qPrintable(outcome->error.userText()));
        QVERIFY(outcome->error.detail().contains(QLatin1String("400 ms")));
    }

    void aDownloadThatStopsInTheMiddleTimesOut()
    {
        // the head and the first bytes of a body that never ends
        SilentServer server("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            "Content-Length: 1000000\r\n\r\n" +
                            QByteArray(1000, 'x'));
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        WebDavClient client(&network, server.url(), nullptr);
        client.setTimeout(silenceMs);
        QNetworkReply *reply =
            client.send("GET", client.request(client.urlFor(QStringLiteral("big.nxs"))), QByteArray());
        QByteArray body;
        connect(reply, &QNetworkReply::readyRead, reply, [reply, &body]() { body += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), patienceMs);
        QCOMPARE(body.size(), 1000); // it had started: the silence came in the middle
        const Error e = WebDavClient::errorFor(reply, DavOperation::Download, QStringLiteral("big.nxs"));
        QCOMPARE(e.kind(), Error::Kind::Timeout);
        QVERIFY(!e.userText().isEmpty());
        delete reply;
    }

    void aCancelIsNotATimeout()
    {
        SilentServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        WebDavClient client(&network, server.url(), nullptr);
        client.setTimeout(patienceMs);
        DavJob *job = client.list(QString());
        const auto outcome = watch(job);
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, patienceMs);
        job->abort();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, patienceMs);
        QCOMPARE(outcome->error.kind(), Error::Kind::Cancelled);

        // a reply aborted by its owner is a cancel; one aborted by the silence limit is a timeout
        QNetworkReply *aborted = network.get(QNetworkRequest(server.url()));
        support::abortWhenSilent(aborted, patienceMs);
        aborted->abort();
        QCOMPARE(support::transportError(aborted).kind(), Error::Kind::Cancelled);
        QVERIFY(!support::timedOut(aborted));
        delete aborted;
    }

    void aPasswordWithheldOverPlainHttpIsSaidNotAskedForAgain()
    {
        QNetworkAccessManager network;
        StaticCredentials credentials =
            StaticCredentials::basic(QStringLiteral("alice"), QStringLiteral("pw"));
        int asked = 0;
        credentials.setRenewer([&asked](StaticCredentials *, std::function<void(const Error &)> done) {
            ++asked;
            done(Error());
        });
        // another machine over http: the password is not sent, and a 401 must not lead to a prompt
        WebDavClient plain(&network, QUrl(QStringLiteral("http://store.example.org/dav/")), &credentials);
        QVERIFY(!plain.request(plain.urlFor(QString())).hasRawHeader("Authorization"));
        QCOMPARE(plain.passwordWithheld().kind(), Error::Kind::Authentication);
        bool answered = false;
        Error answer;
        plain.renewCredentials(this, QByteArray(), [&](const Error &e) {
            answered = true;
            answer = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, patienceMs);
        QCOMPARE(asked, 0);
        QCOMPARE(answer.kind(), Error::Kind::Authentication);
        QVERIFY2(answer.userText().contains(QLatin1String("https")), qPrintable(answer.userText()));
        QVERIFY(!answer.userText().contains(QLatin1String("pw")));

        // over https the same 401 asks for the password again (once)
        WebDavClient secure(&network, QUrl(QStringLiteral("https://store.example.org/dav/")), &credentials);
        QVERIFY(secure.request(secure.urlFor(QString())).hasRawHeader("Authorization"));
        QVERIFY(!secure.passwordWithheld());
        answered = false;
        secure.renewCredentials(this, credentials.authorization(), [&](const Error &e) {
            answered = true;
            answer = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, patienceMs);
        QCOMPARE(asked, 1);
        QVERIFY(!answer);
    }

    void aQueueFileThatCannotBeWrittenIsSaid()
    {
        QTemporaryDir dir;
        // its folder is a file: the queue file can never be written, whoever runs the test
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SilentServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        WebDavClient client(&network, server.url(), nullptr);
        client.setTimeout(patienceMs);
        TransferQueue queue(&client);
        queue.setStateFile(blocker.fileName() + QStringLiteral("/transfers.json"));
        QSignalSpy notSaved(&queue, &TransferQueue::stateNotSaved);
        queue.addDownload(QStringLiteral("a.nxs"), dir.filePath(QStringLiteral("a.nxs")));
        QVERIFY(notSaved.wait(patienceMs));
        const Error e = notSaved.first().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.userText().contains(QLatin1String("restart")), qPrintable(e.userText()));
        queue.cancel(1);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
