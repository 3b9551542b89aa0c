// TLS trust: a self-signed certificate (made by openssl at test time) on a QSslServer on loopback is never
// accepted silently; the user's decision is for that exact certificate on that host and port only.

#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/TlsTrustStore.h"

#include "TestCertificates.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace daas;
using namespace Qt::StringLiterals;
using support::TlsTrustStore;

namespace {

using testing::makeTestIdentity;
using testing::TestIdentity;

// An HTTPS server on loopback that answers every request with `body`.
class HttpsServer : public QObject
{
public:
    HttpsServer(const TestIdentity &id, QByteArray body, quint16 port = 0)
        : m_body(std::move(body))
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(id.certificate);
        conf.setPrivateKey(id.key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    m_request.clear();
                    ++served;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = u"/"_s) const
    {
        return QUrl(u"https://127.0.0.1:%1%2"_s.arg(port()).arg(path));
    }
    int served = 0;

private:
    QSslServer m_server;
    QByteArray m_body;
    QByteArray m_request;
};

struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QUrl url;
};

// A reply that has not finished in 20 s is an outcome of its own (TimeoutError), never the NoError of a
// reply still on its way: a check for success must not pass on a request that never came back.
Outcome get(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool finished = reply->isFinished() || done.wait(20000);
    Outcome o{finished ? reply->error() : QNetworkReply::TimeoutError, reply->readAll(), reply->url()};
    if (!finished)
        qWarning("GET %s did not finish in 20 s", qPrintable(url.toString()));
    reply->abort();
    delete reply;
    return o;
}

} // namespace

class TestIdentityTls : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    TestIdentity m_a, m_b;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend");
        m_a = makeTestIdentity(m_dir.path(), u"a"_s);
        m_b = makeTestIdentity(m_dir.path(), u"b"_s);
        QVERIFY2(!m_a.certificate.isNull() && !m_b.certificate.isNull(),
                 "openssl could not make certificates");
    }
    void init()
    {
        // no decision survives from one test to the next
        QSettings().remove(u"tls"_s);
    }

    void untrustedIsRefusedUntilTheUserTrustsIt()
    {
        HttpsServer server(m_a, "ok");
        QVERIFY(server.port() != 0);
        QNetworkAccessManager nam;
        TlsTrustStore store;
        store.watch(&nam);
        QSignalSpy rejected(&store, &TlsTrustStore::certificateRejected);

        const Outcome first = get(nam, server.url());
        QCOMPARE(first.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(server.served, 0);
        QCOMPARE(rejected.size(), 1);
        const support::UntrustedCertificate seen = store.rejected(server.url());
        QCOMPARE(seen.host, u"127.0.0.1"_s);
        QCOMPARE(seen.port, int(server.port()));
        QCOMPARE(seen.fingerprint(), m_a.opensslFingerprint); // what the user compares with the facility's
        QCOMPARE(seen.subject(), u"daas test a"_s);
        QVERIFY(!seen.errors.isEmpty());

        // the error names host and fingerprint, so the GUI can ask
        const Error e = store.tlsError(server.url());
        QCOMPARE(e.kind(), Error::Kind::Tls);
        QVERIFY2(e.userText().contains(u"127.0.0.1"_s), qPrintable(e.userText()));
        QVERIFY2(e.userText().contains(m_a.opensslFingerprint), qPrintable(e.userText()));

        TlsTrustStore::trust(seen);
        const Outcome second = get(nam, server.url());
        QCOMPARE(second.error, QNetworkReply::NoError);
        QCOMPARE(second.body, QByteArray("ok"));

        // remembered in the settings: a new store (a new run) accepts it too
        QNetworkAccessManager other;
        TlsTrustStore again;
        again.watch(&other);
        QCOMPARE(get(other, server.url()).error, QNetworkReply::NoError);

        // and forgotten on request
        TlsTrustStore::forget(seen.host, seen.port);
        QNetworkAccessManager third;
        TlsTrustStore fresh;
        fresh.watch(&third);
        QCOMPARE(get(third, server.url()).error, QNetworkReply::SslHandshakeFailedError);
    }

    void trustIsForThatCertificateOnThatPortOnly()
    {
        quint16 port = 0;
        {
            HttpsServer a(m_a, "a");
            port = a.port();
            QVERIFY(port != 0);
            QNetworkAccessManager nam;
            TlsTrustStore store;
            store.watch(&nam);
            QCOMPARE(get(nam, a.url()).error, QNetworkReply::SslHandshakeFailedError);
            TlsTrustStore::trust(store.rejected(a.url()));
            QCOMPARE(get(nam, a.url()).body, QByteArray("a"));

            // the same certificate on another port of the same host: not accepted
            HttpsServer elsewhere(m_a, "elsewhere");
            QCOMPARE(get(nam, elsewhere.url()).error, QNetworkReply::SslHandshakeFailedError);
            QCOMPARE(elsewhere.served, 0);
        }
        // another certificate where the trusted one was (a server replaced, or someone in the middle)
        HttpsServer b(m_b, "b", port);
        if (b.port() != port)
            QSKIP("the port was taken by someone else meanwhile");
        QNetworkAccessManager nam;
        TlsTrustStore store;
        store.watch(&nam);
        QCOMPARE(get(nam, b.url()).error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(b.served, 0);
        QCOMPARE(store.rejected(b.url()).fingerprint(), m_b.opensslFingerprint);
    }

    void attachDecidesForOneReply()
    {
        HttpsServer server(m_a, "one");
        QNetworkAccessManager nam; // not watched
        TlsTrustStore store;
        TlsTrustStore::trust(u"127.0.0.1"_s, server.port(),
                             m_a.certificate.digest(QCryptographicHash::Sha256));
        QNetworkReply *reply = nam.get(QNetworkRequest(server.url()));
        store.attach(reply);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("one"));
        delete reply;
    }

    void decisionLogic()
    {
        const QByteArray sha = m_a.certificate.digest(QCryptographicHash::Sha256);
        const QList<QSslError> selfSigned{QSslError(QSslError::SelfSignedCertificate, m_a.certificate),
                                          QSslError(QSslError::HostNameMismatch, m_a.certificate)};
        QVERIFY(
            !TlsTrustStore::mayIgnore(u"h.example"_s, 443, m_a.certificate, selfSigned)); // not trusted yet
        TlsTrustStore::trust(u"H.example"_s, 443, sha); // host names are not case-sensitive
        QVERIFY(TlsTrustStore::mayIgnore(u"h.example"_s, 443, m_a.certificate, selfSigned));
        QVERIFY(!TlsTrustStore::mayIgnore(u"h.example"_s, 8443, m_a.certificate, selfSigned));
        QVERIFY(!TlsTrustStore::mayIgnore(u"other.example"_s, 443, m_a.certificate, selfSigned));
        QVERIFY(!TlsTrustStore::mayIgnore(u"h.example"_s, 443, m_b.certificate, selfSigned));
        QVERIFY(!TlsTrustStore::mayIgnore(u"h.example"_s, 443, QSslCertificate(), selfSigned));
        QVERIFY(!TlsTrustStore::mayIgnore(u"h.example"_s, 443, m_a.certificate, {}));
        // no decision overrules a revoked certificate or a broken signature
        for (auto bad : {QSslError::CertificateRevoked, QSslError::CertificateSignatureFailed,
                         QSslError::CertificateBlacklisted, QSslError::InvalidPurpose})
            QVERIFY(
                !TlsTrustStore::mayIgnore(u"h.example"_s, 443, m_a.certificate,
                                          selfSigned + QList<QSslError>{QSslError(bad, m_a.certificate)}));
        // nonsense is not stored
        TlsTrustStore::trust(u"h.example"_s, 443, "short");
        QCOMPARE(TlsTrustStore::trustedFingerprints(u"h.example"_s, 443), QList<QByteArray>{sha});
        QCOMPARE(TlsTrustStore::formatFingerprint(QByteArray::fromHex("0aff10")), u"0A:FF:10"_s);
    }

    void accountNamesTheCertificateAtSignIn()
    {
        HttpsServer server(m_a, R"({"lifetimeMinutes":60,"authenticators":[{"mnemonic":"anon","keys":[]}]})");
        facility::FacilityProfile profile;
        profile.id = u"tls-test"_s;
        profile.name = u"TLS test"_s;
        profile.icatUrl = server.url(u"/icat"_s);
        profile.idsUrl = server.url(u"/ids"_s);
        identity::Account account(profile);
        QSignalSpy failed(account.icat(), &identity::IcatSession::propertiesFailed);
        QSignalSpy loaded(account.icat(), &identity::IcatSession::propertiesLoaded);
        account.icat()->loadProperties();
        QVERIFY(failed.wait(20000));
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::Tls);
        QVERIFY2(e.userText().contains(m_a.opensslFingerprint), qPrintable(e.userText()));
        QCOMPARE(server.served, 0);

        // the user compared the fingerprint and said yes
        TlsTrustStore::trust(account.tlsTrust()->rejected(profile.icatUrl));
        account.icat()->loadProperties();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(account.icat()->properties().lifetimeMinutes, 60);
    }
};

QTEST_GUILESS_MAIN(TestIdentityTls)
#include "tst_identity_tls.moc"
