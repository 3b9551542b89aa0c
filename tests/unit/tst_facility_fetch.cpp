// A facility profile fetched from an address, against a real HTTPS server on loopback: the certificate is
// never accepted silently (refused, shown, then trusted by the user's decision), redirects go to https only,
// and a refusal, a page too large, a broken profile or a silent server each fail with their own sentence.

#include "facility/FacilityFetch.h"
#include "facility/FacilityRegistry.h"
#include "support/TlsTrustStore.h"

#include "HttpsTestServer.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace daas;
using namespace Qt::StringLiterals;
using facility::FacilityFetch;
using facility::FacilityProfile;
using facility::FacilityRegistry;
using testing::HttpsTestServer;

namespace {

const QByteArray goodProfile =
    R"({"id":"lab","name":"Lab facility","description":"Beamline services",)"
    R"("icat":{"url":"https://icat.lab.example/icat"},"ids":{"url":"https://ids.lab.example/ids"},)"
    R"("storage":{"url":"https://dav.lab.example/home/{user}/"}})";

struct Outcome
{
    std::optional<FacilityProfile> profile;
    QUrl source;
    Error error;
};

Outcome fetch(FacilityFetch &f, const QUrl &url)
{
    QSignalSpy ok(&f, &FacilityFetch::fetched);
    QSignalSpy failed(&f, &FacilityFetch::failed);
    f.start(url);
    Outcome o;
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 30000)) {
        o.error = Error(Error::Kind::Internal, u"the fetch never ended"_s);
        return o;
    }
    if (!ok.isEmpty()) {
        o.profile = ok.first().at(0).value<FacilityProfile>();
        o.source = ok.first().at(1).toUrl();
    }
    if (!failed.isEmpty())
        o.error = failed.first().at(0).value<Error>();
    return o;
}

} // namespace

class TestFacilityFetch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    testing::TestIdentity m_id;
    std::unique_ptr<HttpsTestServer> m_server;
    QNetworkAccessManager m_network;

    // the server's certificate is trusted the way a user trusts it: refused first, then accepted by hand
    void trustServer()
    {
        FacilityFetch f(&m_network);
        const Outcome o = fetch(f, m_server->url(u"/.well-known/daas-facility.json"_s));
        QCOMPARE(o.error.kind(), Error::Kind::Tls);
        support::TlsTrustStore::trust(f.rejectedCertificate());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<FacilityProfile>();
        qRegisterMetaType<Error>();
        m_id = testing::makeTestIdentity(m_dir.path(), u"facility"_s);
        QVERIFY2(!m_id.isNull(), "openssl could not make a certificate");
    }
    void init()
    {
        QSettings().remove(u"tls"_s);
        QDir(FacilityRegistry::importedDir()).removeRecursively();
        m_server = std::make_unique<HttpsTestServer>(m_id);
        QVERIFY(m_server->port() != 0);
        m_server->answers.insert(u"/.well-known/daas-facility.json"_s,
                                 {200, "application/json", goodProfile});
    }
    void cleanupTestCase()
    {
        QSettings().remove(u"tls"_s);
        QDir(FacilityRegistry::importedDir()).removeRecursively();
    }

    void addressesTheUserTypes()
    {
        QCOMPARE(FacilityFetch::addressFrom(u"facility.example"_s).value(),
                 QUrl(u"https://facility.example/.well-known/daas-facility.json"_s));
        QCOMPARE(FacilityFetch::addressFrom(u" facility.example:8443 "_s).value(),
                 QUrl(u"https://facility.example:8443/.well-known/daas-facility.json"_s));
        QCOMPARE(FacilityFetch::addressFrom(u"https://facility.example/profiles/lab.json"_s).value(),
                 QUrl(u"https://facility.example/profiles/lab.json"_s));
        QCOMPARE(FacilityFetch::addressFrom(u"https://facility.example"_s).value(),
                 QUrl(u"https://facility.example/.well-known/daas-facility.json"_s));
        for (const QString &bad : {u""_s, u"http://facility.example/"_s, u"ftp://facility.example/p.json"_s,
                                   u"https://user:pw@facility.example/"_s, u"https://"_s}) {
            const Result<QUrl> r = FacilityFetch::addressFrom(bad);
            QVERIFY2(!r, qPrintable(bad));
            QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
        }
        QVERIFY(FacilityFetch::addressFrom(u"http://facility.example/"_s)
                    .error()
                    .userText()
                    .contains(u"https"_s));
    }

    void selfSignedIsRefusedThenTrustedAndTheProfileKept()
    {
        FacilityFetch f(&m_network);
        const QUrl url = m_server->url(u"/.well-known/daas-facility.json"_s);
        const Outcome refused = fetch(f, url);
        QVERIFY(!refused.profile);
        QCOMPARE(refused.error.kind(), Error::Kind::Tls);
        QCOMPARE(m_server->served, 0); // nothing was asked of a server that is not trusted
        const support::UntrustedCertificate c = f.rejectedCertificate();
        QCOMPARE(c.host, u"127.0.0.1"_s);
        QCOMPARE(c.port, int(m_server->port()));
        QCOMPARE(c.fingerprint(), m_id.opensslFingerprint); // what the user compares
        QVERIFY2(refused.error.userText().contains(m_id.opensslFingerprint),
                 qPrintable(refused.error.userText()));

        support::TlsTrustStore::trust(c);
        const Outcome o = fetch(f, url);
        QVERIFY2(o.profile, qPrintable(o.error.userText()));
        QVERIFY(f.rejectedCertificate().isNull());
        QCOMPARE(o.profile->id, u"lab"_s);
        QCOMPARE(o.profile->name, u"Lab facility"_s);
        QCOMPARE(o.source, url);

        // kept with its address, so that it can be fetched again
        const Result<FacilityProfile> kept = FacilityRegistry::keepFetched(*o.profile, o.source);
        QVERIFY2(kept, qPrintable(kept.error().userText()));
        QCOMPARE(FacilityRegistry::source(u"lab"_s), url);
        QCOMPARE(FacilityRegistry::resolve(u"lab"_s)->icatUrl, QUrl(u"https://icat.lab.example/icat"_s));
        QCOMPARE(FacilityRegistry::available().size(), 1);

        // a refresh replaces it with what the facility publishes now
        m_server->answers[u"/.well-known/daas-facility.json"_s].body =
            QByteArray(goodProfile).replace("Lab facility", "Lab facility (new)");
        const Outcome again = fetch(f, FacilityRegistry::source(u"lab"_s));
        QVERIFY(again.profile);
        QVERIFY(FacilityRegistry::keepFetched(*again.profile, again.source));
        QCOMPARE(FacilityRegistry::resolve(u"lab"_s)->name, u"Lab facility (new)"_s);
        QCOMPARE(FacilityRegistry::available().size(), 1);
        // a profile imported from a file has no address
        QCOMPARE(FacilityRegistry::removeImported(u"lab"_s).kind(), Error::Kind::None);
        QVERIFY(!FacilityRegistry::source(u"lab"_s).isValid());
    }

    void refusalShowsTheServersWords()
    {
        trustServer();
        m_server->answers.insert(
            u"/gone.json"_s,
            {404, "application/json", R"({"message":"Profile retired on 1 May; ask the help desk"})"});
        m_server->answers.insert(u"/plain.json"_s, {403, "text/plain", "Only from the site network"});
        FacilityFetch f(&m_network);
        Outcome o = fetch(f, m_server->url(u"/gone.json"_s));
        QVERIFY(!o.profile);
        QCOMPARE(o.error.kind(), Error::Kind::NotFound);
        QVERIFY2(o.error.userText().contains(u"Profile retired on 1 May; ask the help desk"_s),
                 qPrintable(o.error.userText()));
        o = fetch(f, m_server->url(u"/plain.json"_s));
        QCOMPARE(o.error.kind(), Error::Kind::Permission);
        QVERIFY2(o.error.userText().contains(u"Only from the site network"_s),
                 qPrintable(o.error.userText()));
    }

    void redirectToHttpIsNotFollowed()
    {
        trustServer();
        QTcpServer plain; // where the redirect points: it must never be contacted
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        int contacted = 0;
        connect(&plain, &QTcpServer::newConnection, this, [&contacted] { ++contacted; });
        const QByteArray to = "http://127.0.0.1:" + QByteArray::number(plain.serverPort()) + "/p.json";
        m_server->answers.insert(u"/moved.json"_s, {301, "text/plain", "moved", to});
        // a redirect to https on the same server is followed
        m_server->answers.insert(u"/old.json"_s, {302, "text/plain", "", "/.well-known/daas-facility.json"});
        FacilityFetch f(&m_network);
        const Outcome refused = fetch(f, m_server->url(u"/moved.json"_s));
        QVERIFY(!refused.profile);
        QCOMPARE(refused.error.kind(), Error::Kind::Tls);
        QVERIFY2(refused.error.userText().contains(u"not a secure"_s), qPrintable(refused.error.userText()));
        const Outcome followed = fetch(f, m_server->url(u"/old.json"_s));
        QVERIFY2(followed.profile, qPrintable(followed.error.userText()));
        QCOMPARE(followed.source, m_server->url(u"/old.json"_s)); // the address given is what is kept
        QCOMPARE(contacted, 0);
        // a loop ends
        m_server->answers.insert(u"/loop.json"_s, {302, "text/plain", "", "/loop.json"});
        const Outcome loop = fetch(f, m_server->url(u"/loop.json"_s));
        QCOMPARE(loop.error.kind(), Error::Kind::Protocol);
        QCOMPARE(m_server->requested.count(u"/loop.json"_s), FacilityFetch::maxRedirects + 1);
    }

    void tooLargeMalformedAndSilent()
    {
        trustServer();
        m_server->answers.insert(
            u"/large.json"_s, {200, "application/json", QByteArray(FacilityProfile::maxJsonSize + 10, ' ')});
        m_server->answers.insert(u"/broken.json"_s, {200, "application/json", R"({"id":"lab","name":)"});
        m_server->answers.insert(u"/no-icat.json"_s, {200, "application/json", R"({"id":"lab","name":"L"})"});
        m_server->answers.insert(u"/silent.json"_s, {200, "", "", "", true});
        FacilityFetch f(&m_network);
        Outcome o = fetch(f, m_server->url(u"/large.json"_s));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidInput);
        QVERIFY2(o.error.userText().contains(u"too large"_s), qPrintable(o.error.userText()));
        o = fetch(f, m_server->url(u"/broken.json"_s));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidInput);
        QVERIFY2(o.error.userText().contains(u"not a valid facility profile"_s) ||
                     o.error.userText().contains(u"did not give a valid"_s),
                 qPrintable(o.error.userText()));
        o = fetch(f, m_server->url(u"/no-icat.json"_s));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidInput);
        QVERIFY2(o.error.userText().contains(u"icat"_s), qPrintable(o.error.userText()));
        QVERIFY(FacilityRegistry::available().isEmpty()); // nothing kept from any of these

        f.setTimeoutMs(1500);
        o = fetch(f, m_server->url(u"/silent.json"_s));
        QCOMPARE(o.error.kind(), Error::Kind::Timeout);
        QVERIFY(m_server->requested.contains(u"/silent.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestFacilityFetch)
#include "tst_facility_fetch.moc"
