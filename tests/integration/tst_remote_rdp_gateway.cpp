// The RDP engine through an RD Gateway (MS-TSGU, HTTP transport). Debian has no RD Gateway server, so a
// stand-in of the tests' own (RdGatewayStandIn) plays the gateway as far as FreeRDP's rdg.c goes before
// any tunnel: TLS with its own throw-away certificate, the protocol's first HTTP request and its NTLM
// sign-in (the stand-in reads who signed in and checks the password's proof), which it then refuses.
// The desktop behind it is a listening socket that must never be contacted: with a gateway, FreeRDP
// reaches the desktop only through the tunnel.
#include "RdGatewayStandIn.h"
#include "remote/RdpSession.h"
#include "support/TlsTrustStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using daas::Error;
using daas::remote::CertificateQuestion;
using daas::remote::Credentials;
using daas::remote::CredentialsQuestion;
using daas::remote::RdpEndpoint;
using daas::remote::RdpSession;
using daas::remote::RemoteSession;
using daas::support::TlsTrustStore;
using daas::testing::RdGatewayStandIn;
using State = RemoteSession::State;
using namespace Qt::StringLiterals;

namespace {

const QString kGatewayHost = QStringLiteral("127.0.0.1");
// the desktop's name differs from the gateway's, so a question says whose it is by its host too
const QString kDesktopHost = QStringLiteral("localhost");

QByteArray sha256(const QSslCertificate &c)
{
    return c.digest(QCryptographicHash::Sha256);
}

// Answers every certificate question with `trust`, keeping what was asked.
void answerCertificates(RdpSession &session, bool trust, QList<CertificateQuestion> *asked)
{
    QObject::connect(&session, &RemoteSession::certificateDecisionNeeded, &session,
                     [&session, trust, asked](const CertificateQuestion &q) {
                         asked->append(q);
                         session.answerCertificate(trust);
                     });
}

bool reconnected(const QSignalSpy &states)
{
    return states.contains(QVariantList{QVariant::fromValue(State::Reconnecting)});
}

} // namespace

class TestRemoteRdpGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedGatewayCertificateEndsTheConnection();
    void acceptedGatewayCertificateIsRememberedForTheGatewayOnly();
    void changedGatewayCertificateIsRefusedWithoutAYes();
    void gatewayAsksForItsOwnSignIn();
    void gatewaySharesTheDesktopSignIn();

private:
    RdpEndpoint endpoint(bool sharedSignIn = false) const;

    QTcpServer m_desktop; // never contacted: the desktop is behind the gateway
    RdGatewayStandIn m_gateway;
};

void TestRemoteRdpGateway::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_desktop.listen(QHostAddress::LocalHost, 0));
}

void TestRemoteRdpGateway::init()
{
    QVERIFY2(m_gateway.start(), qPrintable(m_gateway.errorString()));
}

void TestRemoteRdpGateway::cleanup()
{
    // the desktop was reached only through the gateway, which never let anyone through
    QVERIFY(!m_desktop.hasPendingConnections());
    TlsTrustStore::forget(kGatewayHost, m_gateway.port());
    TlsTrustStore::forget(kDesktopHost, m_desktop.serverPort());
    m_gateway.stop();
}

RdpEndpoint TestRemoteRdpGateway::endpoint(bool sharedSignIn) const
{
    RdpEndpoint e;
    e.host = kDesktopHost;
    e.port = m_desktop.serverPort();
    e.userName = QStringLiteral("tester");
    e.password = QStringLiteral("Secret123");
    e.gatewayHost = kGatewayHost;
    e.gatewayPort = m_gateway.port();
    e.gatewayUsesDesktopCredentials = sharedSignIn;
    if (!sharedSignIn) {
        e.gatewayUserName = QStringLiteral("gwuser");
        e.gatewayPassword = QStringLiteral("GwSecret1");
        e.gatewayDomain = QStringLiteral("FACILITY");
    }
    // a refusal must end the connection by itself, not through a missing reconnect
    e.reconnect = true;
    e.firstReconnectDelayMs = 100;
    return e;
}

void TestRemoteRdpGateway::refusedGatewayCertificateEndsTheConnection()
{
    RdpSession session(endpoint());
    QList<CertificateQuestion> asked;
    answerCertificates(session, false, &asked);
    QSignalSpy states(&session, &RemoteSession::stateChanged);
    QSignalSpy dropped(&m_gateway, &RdGatewayStandIn::connectionDropped);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);

    // the question was the gateway's: its flag, its host and port, its certificate
    QCOMPARE(asked.size(), 1);
    const CertificateQuestion &q = asked.first();
    QVERIFY(q.gateway);
    QCOMPARE(q.host, kGatewayHost);
    QCOMPARE(q.port, m_gateway.port());
    QCOMPARE(q.certificate, m_gateway.certificate());
    QCOMPARE(q.sha256(), sha256(m_gateway.certificate()));
    QVERIFY(!q.changed());

    QCOMPARE(session.error().kind(), Error::Kind::Tls);
    QVERIFY2(session.error().userText().contains(u"RD Gateway"), qPrintable(session.error().userText()));
    QVERIFY(!reconnected(states));
    // the client broke off after the handshake (TLS 1.3 completes the server's side before the client
    // has looked at the certificate): no request went through, nothing was remembered
    QTRY_VERIFY(dropped.size() >= 1);
    QVERIFY(m_gateway.requests().isEmpty());
    QVERIFY(TlsTrustStore::trustedFingerprints(kGatewayHost, m_gateway.port()).isEmpty());
}

void TestRemoteRdpGateway::acceptedGatewayCertificateIsRememberedForTheGatewayOnly()
{
    {
        RdpSession session(endpoint());
        QList<CertificateQuestion> asked;
        answerCertificates(session, true, &asked);
        QSignalSpy states(&session, &RemoteSession::stateChanged);
        QSignalSpy credentials(&session, &RemoteSession::credentialsNeeded);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().gateway);
        QCOMPARE(asked.first().port, m_gateway.port());

        // through TLS to the gateway's first request: FreeRDP's RDG protocol, signed in with the
        // gateway's own credentials from the endpoint (nothing asked)
        QVERIFY(!m_gateway.requests().isEmpty());
        const RdGatewayStandIn::Request &r = m_gateway.requests().first();
        QCOMPARE(r.method, QByteArray("RDG_OUT_DATA"));
        QCOMPARE(r.path, QByteArray("/remoteDesktopGateway/"));
        QVERIFY(r.headers.contains("rdg-connection-id"));
        QVERIFY2(r.headers.value("authorization").startsWith("Negotiate "), r.headers.value("authorization"));
        QCOMPARE(r.ntlmMessage, 1);
        QCOMPARE(credentials.size(), 0);
        const QList<RdGatewayStandIn::Request> signIns = m_gateway.signIns();
        QCOMPARE(signIns.size(), 1);
        QCOMPARE(signIns.first().userName, QStringLiteral("gwuser"));
        QCOMPARE(signIns.first().domain, QStringLiteral("FACILITY"));
        QVERIFY(RdGatewayStandIn::passwordMatches(signIns.first(), QStringLiteral("GwSecret1")));
        QVERIFY(!RdGatewayStandIn::passwordMatches(signIns.first(), QStringLiteral("Secret123")));

        // the gateway refused the sign-in: the sentence names the gateway, and the refusal is final
        QCOMPARE(session.error().kind(), Error::Kind::Authentication);
        QVERIFY2(session.error().userText().contains(
                     u"The RD Gateway %1:%2 did not accept"_s.arg(kGatewayHost).arg(m_gateway.port())),
                 qPrintable(session.error().userText()));
        QVERIFY(!reconnected(states));
    }
    // remembered under the gateway's host and port, and nowhere else
    QCOMPARE(TlsTrustStore::trustedFingerprints(kGatewayHost, m_gateway.port()),
             QList<QByteArray>{sha256(m_gateway.certificate())});
    QVERIFY(TlsTrustStore::trustedFingerprints(kDesktopHost, m_desktop.serverPort()).isEmpty());
    QVERIFY(TlsTrustStore::trustedFingerprints(kGatewayHost, m_desktop.serverPort()).isEmpty());

    // the next connection asks nothing about the gateway and gets to its request again
    RdpSession again(endpoint());
    QSignalSpy questions(&again, &RemoteSession::certificateDecisionNeeded);
    again.open();
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), State::Failed, 20000);
    QCOMPARE(m_gateway.signIns().size(), 2);
    QCOMPARE(questions.size(), 0);
}

void TestRemoteRdpGateway::changedGatewayCertificateIsRefusedWithoutAYes()
{
    const QByteArray before = sha256(m_gateway.certificate());
    TlsTrustStore::trust(kGatewayHost, m_gateway.port(), before);
    // the same gateway address, a new machine behind it
    QVERIFY2(m_gateway.start(m_gateway.port()), qPrintable(m_gateway.errorString()));
    const QByteArray now = sha256(m_gateway.certificate());
    QVERIFY(now != before);

    RdpSession session(endpoint());
    QList<CertificateQuestion> asked;
    answerCertificates(session, false, &asked);
    QSignalSpy states(&session, &RemoteSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().gateway);
    QVERIFY(asked.first().changed());
    QCOMPARE(asked.first().previouslyTrusted, QList<QByteArray>{before});
    QCOMPARE(asked.first().sha256(), now);
    QCOMPARE(session.error().kind(), Error::Kind::Tls);
    QVERIFY2(session.error().userText().contains(u"RD Gateway"), qPrintable(session.error().userText()));
    QVERIFY(!reconnected(states));
    QVERIFY(m_gateway.requests().isEmpty());
    QVERIFY(!TlsTrustStore::isTrusted(kGatewayHost, m_gateway.port(), now));

    // accepted again: from then on the new one passes
    RdpSession accepted(endpoint());
    QList<CertificateQuestion> acceptedAsked;
    answerCertificates(accepted, true, &acceptedAsked);
    accepted.open();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.state(), State::Failed, 20000);
    QCOMPARE(acceptedAsked.size(), 1);
    QVERIFY(acceptedAsked.first().changed());
    QCOMPARE(m_gateway.signIns().size(), 1);
    QVERIFY(TlsTrustStore::isTrusted(kGatewayHost, m_gateway.port(), now));
}

void TestRemoteRdpGateway::gatewayAsksForItsOwnSignIn()
{
    TlsTrustStore::trust(kGatewayHost, m_gateway.port(), sha256(m_gateway.certificate()));
    RdpEndpoint e = endpoint();
    e.gatewayUserName.clear();
    e.gatewayPassword.clear();
    e.gatewayDomain.clear();
    RdpSession session(e);
    QList<CredentialsQuestion> asked;
    connect(&session, &RemoteSession::credentialsNeeded, &session, [&](const CredentialsQuestion &q) {
        asked.append(q);
        session.answerCredentials(
            Credentials{QStringLiteral("gwuser"), QStringLiteral("GwSecret1"), QStringLiteral("FACILITY")});
    });
    QSignalSpy certificates(&session, &RemoteSession::certificateDecisionNeeded);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
    QCOMPARE(certificates.size(), 0);
    // the gateway's question, with the gateway's name, not the desktop's user
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().purpose, CredentialsQuestion::Purpose::Gateway);
    QCOMPARE(asked.first().host, kGatewayHost);
    QVERIFY(asked.first().userName.isEmpty());
    QVERIFY(!asked.first().retry);
    // the answer signed in at the gateway
    QCOMPARE(m_gateway.signIns().size(), 1);
    QCOMPARE(m_gateway.signIns().first().userName, QStringLiteral("gwuser"));
    QCOMPARE(m_gateway.signIns().first().domain, QStringLiteral("FACILITY"));
    QVERIFY(RdGatewayStandIn::passwordMatches(m_gateway.signIns().first(), QStringLiteral("GwSecret1")));

    // cancelled: the sentence says whose sign-in it was, and nothing is sent
    RdpSession cancelled(e);
    connect(&cancelled, &RemoteSession::credentialsNeeded, &cancelled,
            [&cancelled] { cancelled.answerCredentials(std::nullopt); });
    cancelled.open();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.state(), State::Failed, 20000);
    QCOMPARE(cancelled.error().kind(), Error::Kind::Cancelled);
    QVERIFY2(cancelled.error().userText().contains(u"RD Gateway"), qPrintable(cancelled.error().userText()));
    QCOMPARE(m_gateway.signIns().size(), 1);
}

void TestRemoteRdpGateway::gatewaySharesTheDesktopSignIn()
{
    TlsTrustStore::trust(kGatewayHost, m_gateway.port(), sha256(m_gateway.certificate()));
    {
        // the desktop's user name and password go to the gateway without a question
        RdpSession session(endpoint(true));
        QSignalSpy credentials(&session, &RemoteSession::credentialsNeeded);
        // a question would be a defect: it is counted and cancelled, so the attempt ends either way
        connect(&session, &RemoteSession::credentialsNeeded, &session,
                [&session] { session.answerCredentials(std::nullopt); });
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
        QCOMPARE(credentials.size(), 0);
        QCOMPARE(m_gateway.signIns().size(), 1);
        QCOMPARE(m_gateway.signIns().first().userName, QStringLiteral("tester"));
        QVERIFY(RdGatewayStandIn::passwordMatches(m_gateway.signIns().first(), QStringLiteral("Secret123")));
    }
    // without the desktop's password, the gateway asks first, with the desktop's user name
    RdpEndpoint e = endpoint(true);
    e.password.clear();
    RdpSession session(e);
    QList<CredentialsQuestion> asked;
    connect(&session, &RemoteSession::credentialsNeeded, &session, [&](const CredentialsQuestion &q) {
        asked.append(q);
        session.answerCredentials(Credentials{q.userName, QStringLiteral("Secret123"), {}});
    });
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().purpose, CredentialsQuestion::Purpose::Gateway);
    QCOMPARE(asked.first().host, kGatewayHost);
    QCOMPARE(asked.first().userName, QStringLiteral("tester"));
    QCOMPARE(m_gateway.signIns().size(), 2);
    QCOMPARE(m_gateway.signIns().last().userName, QStringLiteral("tester"));
    QVERIFY(RdGatewayStandIn::passwordMatches(m_gateway.signIns().last(), QStringLiteral("Secret123")));
}

QTEST_GUILESS_MAIN(TestRemoteRdpGateway)
#include "tst_remote_rdp_gateway.moc"
