// The VNC engine against real servers (Xtigervnc, x11vnc, websockify) and against lying ones.
#include "RemoteTestSupport.h"
#include "VncTestServer.h"
#include "remote/VncCertificateProbe.h"
#include "remote/VncSession.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using daas::Error;
using daas::remote::RemoteSession;
using daas::remote::VncEndpoint;
using daas::remote::VncSession;
using daas::test::VncProbe;
using daas::test::VncTestServer;
using State = RemoteSession::State;

namespace {

// A key press and release as a view sends them (no native codes: the engine maps Qt's key and text).
void type(RemoteSession &session, int qtKey, const QString &text)
{
    daas::remote::KeyInput key;
    key.qtKey = qtKey;
    key.text = text;
    session.sendKey(key);
    key.down = false;
    session.sendKey(key);
}

// A scripted RFB 3.8 server for bad-input tests: handshake with security None, then whatever the
// test wants to send (an absurd ServerInit, rectangles outside the screen, garbage, a close).
class FakeRfbServer : public QObject
{
public:
    enum class Script { CloseAfterVersion, Garbage, AbsurdSize, RectOutside, CloseAfterInit };

    explicit FakeRfbServer(Script script)
        : m_script(script)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
            if (m_script == Script::Garbage) {
                m_socket->write(QByteArray(64, '\xfe'));
                m_socket->flush();
                m_socket->disconnectFromHost();
                return;
            }
            m_socket->write("RFB 003.008\n");
            if (m_script == Script::CloseAfterVersion) {
                m_socket->flush();
                m_socket->disconnectFromHost();
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    bool sentUpdate() const { return m_sentUpdate; }

private:
    static QByteArray u16(quint16 v)
    {
        QByteArray b(2, 0);
        qToBigEndian(v, b.data());
        return b;
    }
    static QByteArray u32(quint32 v)
    {
        QByteArray b(4, 0);
        qToBigEndian(v, b.data());
        return b;
    }
    void onData()
    {
        m_in += m_socket->readAll();
        if (m_step == 0 && m_in.size() >= 12) { // client version
            m_in.remove(0, 12);
            m_socket->write(QByteArray("\x01\x01", 2)); // one type: None
            m_step = 1;
        }
        if (m_step == 1 && m_in.size() >= 1) { // chosen type
            m_in.remove(0, 1);
            m_socket->write(u32(0)); // SecurityResult OK
            m_step = 2;
        }
        if (m_step == 2 && m_in.size() >= 1) { // ClientInit
            m_in.remove(0, 1);
            const bool absurd = m_script == Script::AbsurdSize;
            QByteArray init = u16(absurd ? 65535 : 64) + u16(absurd ? 65535 : 48);
            // pixel format: 32 bpp, depth 24, little endian, true colour, max 255, shifts 16/8/0
            init += QByteArray("\x20\x18\x00\x01", 4) + u16(255) + u16(255) + u16(255) +
                    QByteArray("\x10\x08\x00\x00\x00\x00", 6);
            init += u32(4) + QByteArray("fake");
            m_socket->write(init);
            m_step = 3;
            if (m_script == Script::CloseAfterInit) {
                m_socket->flush();
                m_socket->disconnectFromHost();
            }
        }
        if (m_step == 3 && m_script == Script::RectOutside && m_in.contains('\x03') && !m_sentUpdate) {
            // a raw rectangle 100x100 at (40,30) on a 64x48 screen
            QByteArray update("\x00\x00", 2);
            update += u16(1) + u16(40) + u16(30) + u16(100) + u16(100) + u32(0);
            update += QByteArray(100 * 100 * 4, '\x7f');
            m_socket->write(update);
            m_sentUpdate = true;
        }
    }

    Script m_script;
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_in;
    int m_step = 0;
    bool m_sentUpdate = false;
};

VncEndpoint endpointFor(const VncTestServer &server, const QString &password = QStringLiteral("testpw12"))
{
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.password = password;
    e.reconnect = false;
    return e;
}

QColor centre(const RemoteSession &session)
{
    return daas::test::centreColour(session);
}

bool isColour(const QColor &c, int r, int g, int b)
{
    return daas::test::isColour(c, r, g, b);
}

} // namespace

class TestRemoteVnc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void xtigervncShowsTheRemoteScreen();
    void x11vncShowsTheRemoteScreen();
    void wrongPasswordFails();
    void keysClicksAndClipboardReachTheRemoteSide();
    void serverResizeIsFollowed();
    void serverClosingMidHandshakeFails_data();
    void serverClosingMidHandshakeFails();
    void absurdSizeIsRefused();
    void rectangleOutsideTheScreenIsHarmless();
    void reconnectsAfterTheServerComesBack();
    void webSocketTunnelThroughWebsockify();
    void x509TlsWithTrustedCertificate();
    void x509TlsWithUntrustedCertificateFails();
};

void TestRemoteVnc::xtigervncShowsTheRemoteScreen()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    VncSession session(endpointFor(server));
    QSignalSpy states(&session, &RemoteSession::stateChanged);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QCOMPARE(session.frameBuffer().size(), QSize(800, 600));
    // TigerVNC's first update is empty: the picture arrives only because we keep asking
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Authenticating)}));
    // and changes follow
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("#00ff00")}));
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 0, 255, 0), 10000);
    session.close();
    QCOMPARE(session.state(), State::Closed);
}

void TestRemoteVnc::x11vncShowsTheRemoteScreen()
{
    VncTestServer server;
    VncTestServer::Options options;
    options.kind = VncTestServer::Kind::X11vnc;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("blue")}));
    VncSession session(endpointFor(server));
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 0, 0, 255), 10000);
}

void TestRemoteVnc::wrongPasswordFails()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    VncSession session(endpointFor(server, QStringLiteral("wrong-pw")));
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 15000);
    QCOMPARE(session.error().kind(), Error::Kind::Authentication);
    QVERIFY(!session.error().userText().contains(u"wrong-pw"));
    QVERIFY(!session.error().detail().contains(u"wrong-pw"));
}

void TestRemoteVnc::keysClicksAndClipboardReachTheRemoteSide()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    QProcess *probe = VncProbe::start(server, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
    QVERIFY2(probe, "probe did not start on the remote display");
    VncSession session(endpointFor(server));
    QSignalSpy clipboard(&session, &RemoteSession::clipboardReceived);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 255, 0), 10000);

    daas::test::ProbeOutput output(probe);
    auto waitFor = [&output](const QByteArray &needle) { return output.waitFor(needle); };
    session.sendPointer(QPoint(100, 80), 0);
    type(session, Qt::Key_A, QStringLiteral("a"));
    QVERIFY2(waitFor("key 61 61"), output.text());
    type(session, 0, QStringLiteral("\u03a9")); // Ω, beyond Latin-1
    QVERIFY2(waitFor("key " + QByteArray::number(0x7d9, 16)) || QByteArray(output.text()).contains("cea9"),
             output.text());

    // the wheel: one RFB click (buttons 4-7) per 120 units, the rest carried to the next turn
    session.sendWheel(QPoint(200, 150), QPoint(0, 180), 0);
    QVERIFY2(waitFor("wheel 0 120"), output.text());
    output.clear();
    session.sendWheel(QPoint(200, 150), QPoint(0, 60), 0);
    QVERIFY2(waitFor("wheel 0 120"), output.text());
    output.clear();
    session.sendWheel(QPoint(200, 150), QPoint(-120, 0), 0);
    QVERIFY2(waitFor("wheel -120 0"), output.text());

    session.sendPointer(QPoint(200, 150), daas::remote::LeftButton);
    QVERIFY2(waitFor("press 200 150 1"), output.text());
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 0, 255, 255), 10000);
    session.sendPointer(QPoint(200, 150), 0);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 255, 0), 10000);

    // client -> server, UTF-8 where the server supports it
    session.sendClipboardText(QStringLiteral("Grüße Ω"));
    QVERIFY2(waitFor("clipboard " + QStringLiteral("Grüße Ω").toUtf8().toHex()), output.text());
    // server -> client
    type(session, Qt::Key_F5, {});
    QTRY_VERIFY_WITH_TIMEOUT(!clipboard.isEmpty(), 10000);
    QCOMPARE(clipboard.last().first().toString(), QStringLiteral("probe clipboard \u03a9 \u00fc"));
}

void TestRemoteVnc::serverResizeIsFollowed()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    VncSession session(endpointFor(server));
    QSignalSpy resized(&session, &RemoteSession::frameResized);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
    session.requestDesktopSize(QSize(640, 480), 100);
    QTRY_COMPARE_WITH_TIMEOUT(session.frameBuffer().size(), QSize(640, 480), 10000);
    // frameResized is queued from the worker: it may arrive after the buffer has the new size
    QTRY_COMPARE_WITH_TIMEOUT(resized.last().first().toSize(), QSize(640, 480), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
}

void TestRemoteVnc::serverClosingMidHandshakeFails_data()
{
    QTest::addColumn<int>("script");
    QTest::addColumn<int>("kind");
    // a close without a word is a dropped connection (worth another try while reconnecting); a greeting
    // that is not RFB is a server this client cannot read (not worth one)
    QTest::newRow("close after version")
        << int(FakeRfbServer::Script::CloseAfterVersion) << int(Error::Kind::Network);
    QTest::newRow("garbage") << int(FakeRfbServer::Script::Garbage) << int(Error::Kind::Protocol);
}

void TestRemoteVnc::serverClosingMidHandshakeFails()
{
    QFETCH(int, script);
    QFETCH(int, kind);
    FakeRfbServer fake{FakeRfbServer::Script(script)};
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = fake.port();
    VncSession session(e);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 15000);
    QCOMPARE(int(session.error().kind()), kind);
    QVERIFY(!session.error().userText().isEmpty());
}

void TestRemoteVnc::absurdSizeIsRefused()
{
    FakeRfbServer fake(FakeRfbServer::Script::AbsurdSize);
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = fake.port();
    VncSession session(e);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 15000);
    QCOMPARE(session.error().kind(), Error::Kind::Protocol);
    QVERIFY(session.error().userText().contains(u"size"));
    QVERIFY(session.frameBuffer().size().width() <= 16384);
}

void TestRemoteVnc::rectangleOutsideTheScreenIsHarmless()
{
    FakeRfbServer fake(FakeRfbServer::Script::RectOutside);
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = fake.port();
    e.reconnect = false;
    VncSession session(e);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(fake.sentUpdate(), 15000);
    // libvncclient drops the connection on such a rectangle; nothing may be written outside the picture
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 15000);
    QCOMPARE(session.frameBuffer().size(), QSize(64, 48));
    const QImage image = session.frameBuffer().snapshot();
    QCOMPARE(image.pixelColor(63, 47), QColor(Qt::black));
}

void TestRemoteVnc::reconnectsAfterTheServerComesBack()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    VncEndpoint e = endpointFor(server);
    e.reconnect = true;
    e.firstReconnectDelayMs = 200;
    VncSession session(e);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    const quint16 port = server.port();
    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Reconnecting, 15000);
    QCOMPARE(session.error().kind(), Error::Kind::Network);
    VncTestServer::Options again;
    again.port = port;
    VncTestServer second;
    QVERIFY2(second.start(again), qPrintable(second.errorString()));
    QVERIFY(second.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 30000);
    QVERIFY(session.reconnectAttempt() == 0);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
}

void TestRemoteVnc::webSocketTunnelThroughWebsockify()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    const quint16 wsPort = VncTestServer::freePort();
    QProcess websockify;
    websockify.start(QStringLiteral("websockify"), {QStringLiteral("127.0.0.1:%1").arg(wsPort),
                                                    QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QVERIFY(websockify.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, wsPort);
            return s.waitForConnected(200);
        }(),
        15000);
    VncEndpoint e = endpointFor(server);
    e.webSocketUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/websockify").arg(wsPort));
    VncSession session(e);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
    session.close();
    websockify.terminate();
    websockify.waitForFinished(5000);
}

void TestRemoteVnc::x509TlsWithTrustedCertificate()
{
    VncTestServer server;
    VncTestServer::Options options;
    options.security = VncTestServer::Security::X509Vnc;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    VncEndpoint e = endpointFor(server);
    e.caCertificateFile = server.certificateFile();
    VncSession session(e);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
}

void TestRemoteVnc::x509TlsWithUntrustedCertificateFails()
{
    VncTestServer server;
    VncTestServer::Options options;
    options.security = VncTestServer::Security::X509Vnc;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    QVERIFY(daas::remote::VncTrustStore::pinnedCertificateFile(QStringLiteral("127.0.0.1"), server.port())
                .isEmpty());
    VncSession session(endpointFor(server));
    QSignalSpy untrusted(&session, &RemoteSession::certificateDecisionNeeded);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 15000);
    QCOMPARE(session.error().kind(), Error::Kind::Tls);
    // the user is shown the server's certificate and its fingerprint, nothing is accepted silently
    QTRY_COMPARE_WITH_TIMEOUT(untrusted.size(), 1, 10000);
    const QList<QSslCertificate> expected = QSslCertificate::fromPath(server.certificateFile());
    QCOMPARE(expected.size(), 1);
    const auto question = untrusted.first().at(0).value<daas::remote::CertificateQuestion>();
    QCOMPARE(question.certificate, expected.first());
    QVERIFY(!question.changed());
    const QString fingerprint = question.fingerprint();
    QCOMPARE(fingerprint,
             QString::fromLatin1(expected.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QVERIFY(session.error().userText().contains(fingerprint));
    QCOMPARE(session.state(), State::Failed);

    // the explicit decision connects and is remembered for this host and port
    session.answerCertificate(true);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(centre(session), 255, 0, 0), 10000);
    VncSession again(endpointFor(server));
    again.open();
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), State::Connected, 15000);

    // a different certificate on the same host and port is not covered by the decision
    session.close();
    again.close();
    const quint16 port = server.port();
    server.stop();
    VncTestServer other;
    options.port = port;
    QVERIFY2(other.start(options), qPrintable(other.errorString()));
    VncSession third(endpointFor(other));
    QSignalSpy untrustedAgain(&third, &RemoteSession::certificateDecisionNeeded);
    third.open();
    QTRY_COMPARE_WITH_TIMEOUT(untrustedAgain.size(), 1, 15000);
    QCOMPARE(third.state(), State::Failed);
    const auto changed = untrustedAgain.first().at(0).value<daas::remote::CertificateQuestion>();
    QVERIFY(changed.fingerprint() != fingerprint);
    // and it says that the certificate changed (the GUI warns loudly)
    QVERIFY(changed.changed());
    QVERIFY(changed.previouslyTrusted.contains(question.sha256()));
}

QTEST_GUILESS_MAIN(TestRemoteVnc)
#include "tst_remote_vnc.moc"
