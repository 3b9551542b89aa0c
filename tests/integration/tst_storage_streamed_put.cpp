// StreamedPut: a large upload on a connection of its own. Against real Apache mod_dav (what arrives, ranges,
// 401) and against a scripted loopback server that answers early, lies, cuts the connection, says nothing,
// or presents a certificate the user has or has not trusted.

#include "storage/StreamedPut.h"
#include "storage/WebDavClient.h"
#include "support/Crc32.h"
#include "support/TlsTrustStore.h"

#include "EventLoopWait.h"
#include "LocalFiles.h"
#include "TestCertificates.h"
#include "dav/DavServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkProxy>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daas;
using daas::storage::DavOperation;
using daas::storage::StreamedPut;
using daas::storage::WebDavClient;

namespace {

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// A loopback HTTP server that plays one part per connection. It keeps reading what the client sends after
// answering, as Apache does (lingering close), so an early answer is not lost to a reset.
class ScriptedServer : public QObject
{
public:
    enum class Part { Store, AnswerEarly, Lie, CutBody, Silent, ChunkedAnswer };

    explicit ScriptedServer(Part part, const testing::TestIdentity *tls = nullptr)
        : m_part(part)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setLocalCertificate(tls->certificate);
            conf.setPrivateKey(tls->key);
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(conf);
            m_server = server;
            connect(server, &QSslServer::pendingConnectionAvailable, this, &ScriptedServer::accept);
        } else {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::accept);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2%3")
                .arg(qobject_cast<QSslServer *>(m_server) ? QStringLiteral("https") : QStringLiteral("http"))
                .arg(m_server->serverPort())
                .arg(path));
    }
    QByteArray head;     // the request's head as received
    QByteArray body;     // its body as far as it came
    qint64 declared = 0; // its Content-Length
    bool answered = false;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() { received(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void received(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        if (!head.endsWith("\r\n\r\n")) {
            const QByteArray all = head + data;
            const qsizetype end = all.indexOf("\r\n\r\n");
            if (end < 0) {
                head = all;
                return;
            }
            head = all.left(end + 4);
            body = all.mid(end + 4);
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    declared = line.mid(15).trimmed().toLongLong();
            headArrived(socket);
        } else {
            body += data;
        }
        bodyGrew(socket);
    }
    void answer(QTcpSocket *socket, const QByteArray &response)
    {
        answered = true;
        socket->write(response);
    }
    void headArrived(QTcpSocket *socket)
    {
        switch (m_part) {
        case Part::AnswerEarly:
            answer(socket, "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"dav\"\r\n"
                           "Content-Length: 12\r\n\r\nsign in, pls");
            break;
        case Part::Lie:
            answer(socket, "220 ftp.example.org ready\r\n\r\n");
            break;
        default:
            break;
        }
    }
    void bodyGrew(QTcpSocket *socket)
    {
        if (m_part == Part::CutBody && body.size() > declared / 2) {
            socket->abort();
            return;
        }
        if (answered || body.size() < declared)
            return;
        if (m_part == Part::Store)
            answer(socket, "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
        else if (m_part == Part::ChunkedAnswer)
            answer(socket, "HTTP/1.1 201 Created\r\nTransfer-Encoding: "
                           "chunked\r\n\r\n5\r\nstore\r\n1\r\nd\r\n0\r\n\r\n");
    }

    Part m_part;
    QTcpServer *m_server;
};

// Sends `data` from byte `offset` of the file at `path` and waits for the answer.
struct Sent
{
    StreamedPut::Result result;
    quint32 crc = 0;
    qint64 progress = 0;
};

Sent put(const QUrl &url, const QString &path, qint64 offset, qint64 length,
         const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 0)
{
    QNetworkRequest rq(url);
    rq.setHeader(QNetworkRequest::ContentLengthHeader, length);
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    for (const auto &[n, v] : headers)
        rq.setRawHeader(n, v);
    if (timeoutMs > 0)
        rq.setTransferTimeout(timeoutMs);
    support::Crc32 start;
    if (offset > 0)
        start.updateFromFile(path, offset);
    StreamedPut p(rq, path, offset, length, start);
    Sent sent;
    QObject::connect(&p, &StreamedPut::uploadProgress, &p,
                     [&sent](qint64 done, qint64) { sent.progress = done; });
    p.start();
    if (!testing::waitInEventLoop([&]() { return p.isFinished(); }, 120000))
        qWarning("StreamedPut did not finish");
    sent.result = p.result();
    sent.crc = p.crc().value();
    return sent;
}

} // namespace

class TestStorageStreamedPut : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_data = daas::testing::seededBytes(24 * 1024 * 1024 + 123, 42);
        m_file = m_dir.filePath(QStringLiteral("local.bin"));
        QVERIFY(daas::testing::writeFile(m_file, m_data));
    }

    void apacheGetsTheBytesAndAppliesRanges()
    {
        testing::ApacheDavServer apache;
        QVERIFY2(apache.start(), qPrintable(apache.errorLog()));
        const QUrl url = apache.rootUrl().resolved(QUrl(QStringLiteral("sent.bin")));
        const QByteArray auth = basic(apache.user(), apache.password());
        // the first part, then the rest as Content-Range into the same file (how a resumed upload goes on)
        const qint64 half = m_data.size() / 2;
        Sent first = put(url, m_file, 0, half, {{"Authorization", auth}});
        QCOMPARE(first.result.status, 201);
        QCOMPARE(first.progress, half);
        const QByteArray range = "bytes " + QByteArray::number(half) + '-' +
                                 QByteArray::number(m_data.size() - 1) + '/' +
                                 QByteArray::number(m_data.size());
        Sent rest =
            put(url, m_file, half, m_data.size() - half, {{"Authorization", auth}, {"Content-Range", range}});
        QCOMPARE(rest.result.status, 204);
        QVERIFY(daas::testing::readFile(apache.dataDir() + QStringLiteral("/sent.bin")) == m_data);
        QCOMPARE(rest.crc, support::Crc32::of(m_data)); // continued from the first part's sum
        QVERIFY(!WebDavClient::errorFor(rest.result, url, DavOperation::Upload, QStringLiteral("sent.bin")));
    }

    void apacheRefusesAWrongPassword()
    {
        testing::ApacheDavServer apache;
        QVERIFY2(apache.start(), qPrintable(apache.errorLog()));
        const QUrl url = apache.rootUrl().resolved(QUrl(QStringLiteral("refused.bin")));
        Sent s = put(url, m_file, 0, m_data.size(),
                     {{"Authorization", basic(apache.user(), QStringLiteral("wrong"))}});
        QCOMPARE(s.result.status, 401);
        const Error e =
            WebDavClient::errorFor(s.result, url, DavOperation::Upload, QStringLiteral("refused.bin"));
        QCOMPARE(e.kind(), Error::Kind::Authentication);
        QVERIFY(!QFile::exists(apache.dataDir() + QStringLiteral("/refused.bin")));
    }

    void anEarlyAnswerStopsTheBody()
    {
        ScriptedServer server(ScriptedServer::Part::AnswerEarly);
        const Sent s = put(server.url(QStringLiteral("/dav/x.bin")), m_file, 0, m_data.size());
        QCOMPARE(s.result.status, 401);
        QCOMPARE(s.result.body, QByteArray("sign in, pls"));
        QCOMPARE(s.result.header("www-authenticate"), QByteArray("Basic realm=\"dav\""));
        // the rest of 24 MiB was not pushed at a server that had said no
        QVERIFY2(server.body.size() < m_data.size() / 2, qPrintable(QString::number(server.body.size())));
    }

    void theRequestIsWhatCurlWouldSend()
    {
        ScriptedServer server(ScriptedServer::Part::Store);
        const Sent s = put(server.url(QStringLiteral("/dav/with%20space/%C3%A9t%C3%A9.bin?x=1")), m_file, 100,
                           5000, {{"Authorization", "Basic Zm9vOmJhcg=="}, {"If-None-Match", "*"}});
        QCOMPARE(s.result.status, 201);
        QVERIFY(server.head.startsWith("PUT /dav/with%20space/%C3%A9t%C3%A9.bin?x=1 HTTP/1.1\r\n"));
        const QByteArray fields =
            server.head.toLower(); // field names are case-insensitive (Qt sends lower case)
        QVERIFY(fields.contains("\r\nhost: 127.0.0.1:"));
        QVERIFY(server.head.contains("Basic Zm9vOmJhcg==\r\n"));
        QVERIFY(fields.contains("\r\nauthorization: basic zm9vomjhcg==\r\n"));
        QVERIFY(fields.contains("\r\nif-none-match: *\r\n"));
        QVERIFY(fields.contains("\r\ncontent-type: application/octet-stream\r\n"));
        QCOMPARE(fields.count("content-length"), 1);
        QVERIFY(fields.contains("\r\ncontent-length: 5000\r\n"));
        QVERIFY(fields.contains("\r\nconnection: close\r\n"));
        QCOMPARE(server.body, m_data.mid(100, 5000));
    }

    void aChunkedAnswerIsRead()
    {
        ScriptedServer server(ScriptedServer::Part::ChunkedAnswer);
        const Sent s = put(server.url(QStringLiteral("/c.bin")), m_file, 0, 1000);
        QCOMPARE(s.result.status, 201);
        QCOMPARE(s.result.body, QByteArray("stored"));
    }

    void aServerThatIsNotHttpIsAProtocolFailure()
    {
        ScriptedServer server(ScriptedServer::Part::Lie);
        const QUrl url = server.url(QStringLiteral("/l.bin"));
        const Sent s = put(url, m_file, 0, m_data.size());
        QCOMPARE(s.result.status, 0);
        QCOMPARE(s.result.error, QNetworkReply::ProtocolFailure);
        const Error e = WebDavClient::errorFor(s.result, url, DavOperation::Upload, QStringLiteral("l.bin"));
        QCOMPARE(e.kind(), Error::Kind::Protocol);
        QVERIFY2(e.userText().contains(QStringLiteral("127.0.0.1")), qPrintable(e.userText()));
    }

    void aCutConnectionIsALostConnection()
    {
        ScriptedServer server(ScriptedServer::Part::CutBody);
        const QUrl url = server.url(QStringLiteral("/cut.bin"));
        const Sent s = put(url, m_file, 0, m_data.size());
        QCOMPARE(s.result.status, 0);
        const Error e =
            WebDavClient::errorFor(s.result, url, DavOperation::Upload, QStringLiteral("cut.bin"));
        QCOMPARE(e.kind(), Error::Kind::Network);
    }

    void silenceEndsInATimeout()
    {
        ScriptedServer server(ScriptedServer::Part::Silent);
        const QUrl url = server.url(QStringLiteral("/quiet.bin"));
        const Sent s = put(url, m_file, 0, 1000, {}, 500);
        QCOMPARE(s.result.error, QNetworkReply::TimeoutError);
        QCOMPARE(WebDavClient::errorFor(s.result, url, DavOperation::Upload, {}).kind(),
                 Error::Kind::Timeout);
    }

    void aMissingFileIsNotSent()
    {
        ScriptedServer server(ScriptedServer::Part::Store);
        const Sent s =
            put(server.url(QStringLiteral("/m.bin")), m_dir.filePath(QStringLiteral("gone.bin")), 0, 10);
        QCOMPARE(s.result.error, QNetworkReply::ContentAccessDenied);
        QVERIFY(server.head.isEmpty());
    }

    void tlsNeedsTheUsersTrust()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const testing::TestIdentity id = testing::makeTestIdentity(m_dir.path(), QStringLiteral("dav"));
        QVERIFY2(!id.isNull(), "openssl could not make a certificate");
        ScriptedServer server(ScriptedServer::Part::Store, &id);
        const QUrl url = server.url(QStringLiteral("/tls.bin"));
        support::TlsTrustStore::forget(url.host(), url.port());
        Sent refused = put(url, m_file, 0, 4096);
        QCOMPARE(refused.result.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(WebDavClient::errorFor(refused.result, url, DavOperation::Upload, {}).kind(),
                 Error::Kind::Tls);
        QVERIFY(server.body.isEmpty());
        // the user accepted exactly this certificate for this host and port (TlsTrustStore's decision)
        support::TlsTrustStore::trust(url.host(), url.port(),
                                      id.certificate.digest(QCryptographicHash::Sha256));
        Sent accepted = put(url, m_file, 0, 4096);
        QCOMPARE(accepted.result.status, 201);
        QCOMPARE(server.body, m_data.left(4096));
        support::TlsTrustStore::forget(url.host(), url.port());
    }

    void onlyDirectHttpIsStreamed()
    {
        QVERIFY(StreamedPut::canSend(QUrl(QStringLiteral("https://dav.example.org/x"))));
        QVERIFY(!StreamedPut::canSend(QUrl(QStringLiteral("ftp://dav.example.org/x"))));
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy"), 3128));
        QVERIFY(!StreamedPut::canSend(
            QUrl(QStringLiteral("https://dav.example.org/x")))); // QNAM speaks to proxies
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(TestStorageStreamedPut)
#include "tst_storage_streamed_put.moc"
