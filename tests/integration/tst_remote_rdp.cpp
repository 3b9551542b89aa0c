// The RDP engine against a real RDP server (freerdp-shadow-cli3 serving an Xtigervnc display, so the
// same desktop is also reachable over VNC) and against servers that lie or vanish.
#include "RdpTestServer.h"
#include "RemoteTestSupport.h"
#include "TestPaths.h"
#include "VncTestServer.h"
#include "remote/RdpSession.h"
#include "remote/VncSession.h"
#include "support/TlsTrustStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_LINUX // the channel failure is preloaded (tests/facility/vnc/rdp-channel-failure.c)
#include <dlfcn.h>
#endif

using daas::Error;
using daas::remote::CertificateQuestion;
using daas::remote::RdpEndpoint;
using daas::remote::RdpSession;
using daas::remote::RemoteSession;
using daas::test::RdpTestServer;
using daas::test::VncProbe;
using daas::test::VncTestServer;
using daas::test::x11Key;
using State = RemoteSession::State;

namespace {

RdpEndpoint endpointFor(const RdpTestServer &server, const QString &password = QStringLiteral("Secret123"))
{
    RdpEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.userName = QStringLiteral("tester");
    e.password = password;
    e.reconnect = false;
    return e;
}

QColor centre(const RemoteSession &session)
{
    return daas::test::centreColour(session);
}

// AVC420 is lossy: red arrives as (251, 0, 0) or so
bool isColour(const QColor &c, int r, int g, int b)
{
    return daas::test::isColour(c, r, g, b, 24);
}

// Answers the certificate question with `trust` whenever the session asks.
void answerCertificates(RdpSession &session, bool trust, QList<CertificateQuestion> *asked = nullptr)
{
    QObject::connect(&session, &RemoteSession::certificateDecisionNeeded, &session,
                     [&session, trust, asked](const CertificateQuestion &q) {
                         if (asked)
                             asked->append(q);
                         session.answerCertificate(trust);
                     });
}

} // namespace

class TestRemoteRdp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { daas::support::TlsTrustStore::forget(QStringLiteral("127.0.0.1"), m_lastPort); }

    void unknownCertificateIsAskedThenRemembered();
    void changedCertificateIsRefusedWithoutAYes();
    void showsTheSameDesktopAsVnc();
    void keysClicksAndWheelReachTheRemoteSide();
    void wrongPasswordFailsWithoutRetrying();
    void missingPasswordIsAskedFor();
    void tlsWithoutNla();
    void closeWhileTheCertificateQuestionIsOpen();
    void closeAfterAChannelFailedLetsGoOfEveryChannel();
    void reconnectsWhenTheServerComesBack();
    void portThatIsNotRdpFails();
    void resizeWithoutDisplayControlKeepsTheSize();

private:
    quint16 m_lastPort = 0;
};

void TestRemoteRdp::unknownCertificateIsAskedThenRemembered()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    QVERIFY(display.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();

    RdpSession session(endpointFor(server));
    QList<CertificateQuestion> asked;
    answerCertificates(session, true, &asked);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    // the user saw the server's own certificate, unknown before
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().certificate, server.certificate());
    QVERIFY(!asked.first().changed());
    QVERIFY(!asked.first().gateway);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
    QCOMPARE(session.frameBuffer().size(), QSize(800, 600));
    session.close();

    // remembered: the next connection asks nothing
    RdpSession again(endpointFor(server));
    QSignalSpy questions(&again, &RemoteSession::certificateDecisionNeeded);
    again.open();
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), State::Connected, 20000);
    QCOMPARE(questions.size(), 0);
}

void TestRemoteRdp::changedCertificateIsRefusedWithoutAYes()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    daas::support::TlsTrustStore::trust(QStringLiteral("127.0.0.1"), server.port(),
                                        server.certificate().digest(QCryptographicHash::Sha256));
    const QByteArray before = server.certificate().digest(QCryptographicHash::Sha256);
    // the same port, a new machine: a new certificate
    RdpTestServer::Options options;
    options.port = server.port();
    QVERIFY2(server.start(display.display(), options), qPrintable(server.errorString()));
    QVERIFY(server.certificate().digest(QCryptographicHash::Sha256) != before);

    RdpSession session(endpointFor(server));
    session.setReconnectPolicy({true, 3, 100});
    QList<CertificateQuestion> asked;
    answerCertificates(session, false, &asked);
    QSignalSpy states(&session, &RemoteSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().changed());
    QVERIFY(asked.first().previouslyTrusted.contains(before));
    QCOMPARE(session.error().kind(), Error::Kind::Tls);
    QVERIFY2(session.error().userText().contains(u"certificate"), qPrintable(session.error().userText()));
    // a refusal is final: no reconnect loop asking again (a reconnect is decided when the attempt ends)
    QVERIFY(!states.contains(QVariantList{QVariant::fromValue(State::Reconnecting)}));
    QCOMPARE(asked.size(), 1);
    QVERIFY(!daas::support::TlsTrustStore::isTrusted(
        QStringLiteral("127.0.0.1"), server.port(), server.certificate().digest(QCryptographicHash::Sha256)));
}

void TestRemoteRdp::showsTheSameDesktopAsVnc()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    QVERIFY(display.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("#0000ff")}));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession rdp(endpointFor(server));
    answerCertificates(rdp, true);
    daas::remote::VncEndpoint v;
    v.host = QStringLiteral("127.0.0.1");
    v.port = display.port();
    v.password = QStringLiteral("testpw12");
    v.reconnect = false;
    daas::remote::VncSession vnc(v);
    rdp.open();
    vnc.open();
    QTRY_COMPARE_WITH_TIMEOUT(rdp.state(), State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(vnc.state(), State::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(rdp), 0, 0, 255), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(vnc), 0, 0, 255), 10000);
    // a change on the desktop reaches both
    QVERIFY(display.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("#00ff00")}));
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(rdp), 0, 255, 0), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(vnc), 0, 255, 0), 10000);
}

void TestRemoteRdp::keysClicksAndWheelReachTheRemoteSide()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    QProcess *probe = VncProbe::start(display, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
    QVERIFY2(probe, "probe did not start on the remote display");
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession session(endpointFor(server));
    answerCertificates(session, true);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 255, 0), 10000);

    daas::test::ProbeOutput output(probe);
    auto waitFor = [&output](const QByteArray &needle) { return output.waitFor(needle); };
    session.sendPointer(QPoint(100, 80), 0);
    // X keycodes through winpr's tables to scan codes: h (evdev 35) and i (evdev 23)
    session.sendKey(x11Key(Qt::Key_H, QStringLiteral("h"), 35, true));
    session.sendKey(x11Key(Qt::Key_H, QStringLiteral("h"), 35, false));
    session.sendKey(x11Key(Qt::Key_I, QStringLiteral("i"), 23, true));
    session.sendKey(x11Key(Qt::Key_I, QStringLiteral("i"), 23, false));
    QVERIFY2(waitFor("key 68 68") && waitFor("key 69 69"), output.text());
    // Shift held: the remote layout makes the capital
    session.sendKey(x11Key(Qt::Key_Shift, {}, 42, true));
    session.sendKey(x11Key(Qt::Key_H, QStringLiteral("H"), 35, true));
    session.sendKey(x11Key(Qt::Key_H, QStringLiteral("H"), 35, false));
    session.sendKey(x11Key(Qt::Key_Shift, {}, 42, false));
    QVERIFY2(waitFor("key 48 48"), output.text());
    // without native codes (synthetic events): F5 by Qt's key code
    daas::remote::KeyInput f5;
    f5.qtKey = Qt::Key_F5;
    session.sendKey(f5);
    f5.down = false;
    session.sendKey(f5);
    QVERIFY2(waitFor("key ffc2"), output.text());

    session.sendPointer(QPoint(200, 150), daas::remote::LeftButton);
    QVERIFY2(waitFor("press 200 150 1"), output.text());
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 0, 255, 255), 10000);
    session.sendPointer(QPoint(200, 150), 0);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 255, 0), 10000);
    session.sendPointer(QPoint(300, 200), daas::remote::RightButton);
    session.sendPointer(QPoint(300, 200), 0);
    QVERIFY2(waitFor("press 300 200 2"), output.text());

    // the wheel: a notch each way on both axes, with its direction
    output.clear();
    session.sendWheel(QPoint(200, 150), QPoint(0, 120), 0);
    QVERIFY2(waitFor("wheel 0 120"), output.text());
    session.sendWheel(QPoint(200, 150), QPoint(0, -120), 0);
    QVERIFY2(waitFor("wheel 0 -120"), output.text());

    // Ctrl+Alt+Del: Control_L, Alt_L and Delete go down in that order and come up in the reverse one
    output.clear();
    session.sendCtrlAltDel();
    QCOMPARE(output.waitForKeys(6), (QList<QByteArray>{"key ffe3", "key ffe9", "key ffff", "release ffff",
                                                       "release ffe9", "release ffe3"}));
}

void TestRemoteRdp::wrongPasswordFailsWithoutRetrying()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpEndpoint e = endpointFor(server, QStringLiteral("not-the-password"));
    e.reconnect = true;
    RdpSession session(e);
    answerCertificates(session, true);
    QSignalSpy states(&session, &RemoteSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
    QCOMPARE(session.error().kind(), Error::Kind::Authentication);
    QVERIFY2(session.error().userText().contains(u"password"), qPrintable(session.error().userText()));
    QVERIFY(!states.contains(QVariantList{QVariant::fromValue(State::Reconnecting)}));
}

void TestRemoteRdp::missingPasswordIsAskedFor()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession session(endpointFor(server, {}));
    answerCertificates(session, true);
    QList<daas::remote::CredentialsQuestion> asked;
    connect(&session, &RemoteSession::credentialsNeeded, &session,
            [&](const daas::remote::CredentialsQuestion &q) {
                asked.append(q);
                session.answerCredentials(
                    daas::remote::Credentials{QStringLiteral("tester"), QStringLiteral("Secret123"), {}});
            });
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().purpose, daas::remote::CredentialsQuestion::Purpose::Desktop);
    QCOMPARE(asked.first().userName, QStringLiteral("tester"));
    QCOMPARE(asked.first().host, QStringLiteral("127.0.0.1"));
    QVERIFY(!asked.first().retry);

    // the user cancels the question: the attempt ends with that, not with a network error
    RdpSession cancelled(endpointFor(server, {}));
    answerCertificates(cancelled, true);
    connect(&cancelled, &RemoteSession::credentialsNeeded, &cancelled,
            [&cancelled] { cancelled.answerCredentials(std::nullopt); });
    cancelled.open();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.state(), State::Failed, 20000);
    QCOMPARE(cancelled.error().kind(), Error::Kind::Cancelled);
}

void TestRemoteRdp::tlsWithoutNla()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    QVERIFY(display.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    RdpTestServer server;
    RdpTestServer::Options options;
    options.security = RdpTestServer::Security::Tls;
    QVERIFY2(server.start(display.display(), options), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession session(endpointFor(server));
    answerCertificates(session, true);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
}

void TestRemoteRdp::closeWhileTheCertificateQuestionIsOpen()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession session(endpointFor(server));
    QSignalSpy questions(&session, &RemoteSession::certificateDecisionNeeded);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 1, 20000);
    // the worker waits for the answer; closing the tab must not: it cancels the question
    QElapsedTimer timer;
    timer.start();
    session.close();
    QCOMPARE(session.state(), State::Closed);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // a late answer changes nothing
    session.answerCertificate(true);
    QCOMPARE(session.state(), State::Closed);
}

// FreeRDP reports a channel's disconnection only while no channel has failed, and frees the channels
// right after; the client must let go of them (the clipboard's hook on cliprdr) in time even then, or it
// writes into freed memory: glibc's "corrupted double-linked list" a little later, an ASan report here.
// The failure comes from a preloaded library (tests/facility/vnc/rdp-channel-failure.c), in a second
// run of this function by this suite's own binary.
void TestRemoteRdp::closeAfterAChannelFailedLetsGoOfEveryChannel()
{
#ifndef Q_OS_LINUX
    QSKIP("the channel failure is preloaded with LD_PRELOAD: Linux only");
#else
    if (qEnvironmentVariableIsEmpty("DAAS_RDP_CHANNEL_FAILURE")) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DAAS_RDP_CHANNEL_FAILURE"), QStringLiteral("1"));
        env.insert(QStringLiteral("LD_PRELOAD"), daas::test::paths::rdpChannelFailureLibrary());
        // the library comes before ASan's runtime in a sanitizer build
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("closeAfterAChannelFailedLetsGoOfEveryChannel")});
        QVERIFY(child.waitForFinished(180000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.right(8000).constData());
        QVERIFY2(output.contains("PASS   : TestRemoteRdp::closeAfterAChannelFailedLetsGoOfEveryChannel()"),
                 output.right(8000).constData());
        return;
    }
    using Count = int (*)();
    const auto failures = reinterpret_cast<Count>(dlsym(RTLD_DEFAULT, "daas_test_rdp_channel_failures"));
    QVERIFY2(failures, "the channel-failure library is not loaded");
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession session(endpointFor(server));
    answerCertificates(session, true);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    // this run's trust stays out of the suite's other functions
    daas::support::TlsTrustStore::forget(QStringLiteral("127.0.0.1"), server.port());
    QCOMPARE(failures(), 0);
    session.close();
    QCOMPARE(session.state(), State::Closed);
    // the worker is stopped and disconnected off the GUI thread (close() does not wait for it)
    QTRY_VERIFY2_WITH_TIMEOUT(
        failures() > 0, "freerdp_disconnect asked for no channel error: the failure was not made", 20000);
#endif
}

void TestRemoteRdp::reconnectsWhenTheServerComesBack()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    QVERIFY(display.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpEndpoint e = endpointFor(server);
    e.reconnect = true;
    e.firstReconnectDelayMs = 300;
    RdpSession session(e);
    answerCertificates(session, true);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    server.kill();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Reconnecting, 20000);
    QCOMPARE(session.error().kind(), Error::Kind::Network);
    RdpTestServer::Options same;
    same.port = e.port;
    same.freshIdentity = false; // the same machine: the certificate the user trusted
    QVERIFY2(server.start(display.display(), same), qPrintable(server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
}

void TestRemoteRdp::portThatIsNotRdpFails()
{
    // a server that answers the connection request with garbage and closes
    QTcpServer liar;
    QVERIFY(liar.listen(QHostAddress::LocalHost, 0));
    connect(&liar, &QTcpServer::newConnection, &liar, [&liar] {
        QTcpSocket *s = liar.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    RdpEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = liar.serverPort();
    e.userName = QStringLiteral("tester");
    e.password = QStringLiteral("Secret123");
    e.reconnect = true;
    RdpSession session(e);
    QSignalSpy states(&session, &RemoteSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 20000);
    QVERIFY2(!session.error().userText().isEmpty(), "no sentence");
    QVERIFY(!states.contains(QVariantList{QVariant::fromValue(State::Reconnecting)}));
}

void TestRemoteRdp::resizeWithoutDisplayControlKeepsTheSize()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));
    m_lastPort = server.port();
    RdpSession session(endpointFor(server));
    answerCertificates(session, true);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
    // a shadow server shows a fixed screen: it offers no Display Control, so the view scales instead
    QVERIFY(!session.canResize());
    session.requestDesktopSize(QSize(640, 480), 100);
    // a change made after the request has arrived: the request has been dealt with by then
    QVERIFY(display.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("#00ff00")}));
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 0, 255, 0), 10000);
    QCOMPARE(session.frameBuffer().size(), QSize(800, 600));
    QCOMPARE(session.state(), State::Connected);
}

QTEST_GUILESS_MAIN(TestRemoteRdp)
#include "tst_remote_rdp.moc"
