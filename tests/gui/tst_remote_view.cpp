// The remote-desktop viewer: painting only what changed, scaling, input mapping, the state overlay
// (against a scripted session), and the real thing against Xtigervnc with a probe program on the
// remote display that reports the keys and clicks it receives.
#include "RdGatewayStandIn.h"
#include "RdpTestServer.h"
#include "RemoteTestSupport.h"
#include "VncTestServer.h"
#include "remote/KeySyms.h"
#include "remote/RdpSession.h"
#include "remote/SessionTabs.h"
#include "remote/VncSession.h"
#include "support/TlsTrustStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using daas::Error;
using daas::remote::RemoteSession;
using daas::remote::VncEndpoint;
using daas::test::VncProbe;
using daas::test::VncTestServer;
using daas::ui::RemoteView;
using daas::ui::SessionTabs;
using State = RemoteSession::State;

namespace {

// The client's desktop tabs filling a window, as the main window holds them.
struct TabsWindow : QWidget
{
    SessionTabs *tabs = new SessionTabs;
    TabsWindow()
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(tabs);
        resize(1000, 700);
    }
};

struct SentKey
{
    quint32 keysym;
    bool down;
};

// A session whose picture and state the test sets, recording the input the view sends (keys as the
// keysym a VNC engine would make of them, to check presses and releases pair up).
class ScriptedSession : public RemoteSession
{
public:
    daas::remote::RemoteProtocol protocol() const override { return daas::remote::RemoteProtocol::Vnc; }
    QString target() const override { return QStringLiteral("scripted"); }
    void sendPointer(QPoint position, int buttons) override { pointer.append({position, buttons}); }
    void sendWheel(QPoint position, QPoint angleDelta, int) override { wheel.append({position, angleDelta}); }
    void sendKey(const daas::remote::KeyInput &k) override
    {
        keys.append({daas::remote::keysymForKey(k.qtKey, k.text, 0, false), k.down});
    }
    void sendCtrlAltDel() override {}
    void sendClipboardText(const QString &text) override { clipboard.append(text); }
    void requestDesktopSize(QSize size, int) override { sizes.append(size); }

    void start(QSize size)
    {
        m_image = QImage(size, QImage::Format_RGB32);
        m_image.fill(Qt::darkGreen);
        sharedFrameBuffer()->resize(size);
        sharedFrameBuffer()->publish(m_image, QRect(QPoint(), size));
        connectionEstablished(size, {});
    }
    void paint(const QRect &r, QColor colour)
    {
        QPainter(&m_image).fillRect(r, colour);
        sharedFrameBuffer()->publish(m_image, r);
        deliverFrames();
    }
    void fail(const Error &e) { connectionEnded(e, false); }
    void ask(const daas::remote::CredentialsQuestion &q) { askCredentials(q); }

    QList<QPair<QPoint, int>> pointer;
    QList<QPair<QPoint, QPoint>> wheel;
    QList<SentKey> keys;
    QStringList clipboard;
    QList<QSize> sizes;

protected:
    void startConnection() override {}
    void stopConnection() override {}

private:
    QImage m_image;
};

using ScriptedView = RemoteView;

QString shotsDir()
{
    const QString dir = qEnvironmentVariable("DAAS_SHOTS_DIR", QStringLiteral("/tmp/daas-shots"));
    QDir().mkpath(dir);
    return dir;
}

QColor viewCentre(QWidget *view)
{
    const QImage image = view->grab().toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

bool isColour(const QColor &c, int r, int g, int b)
{
    return daas::test::isColour(c, r, g, b);
}

} // namespace

class TestRemoteView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paintsOnlyWhatChanged();
    void fitMapsPointerAndWheel();
    void keysAreReleasedOnFocusLoss();
    void overlayShowsTheState();
    void typesAndClicksIntoARealDesktop();
    void wrongPasswordShowsInTheOverlay();
    void untrustedCertificateAsksTheUser();
    void rdpAsksCertificateAndPasswordThenWorks();
    void rdpGatewayQuestionsSayTheyAreTheGateways();
    void sharedComputerKeepsNoDesktopPassword();
};

void TestRemoteView::paintsOnlyWhatChanged()
{
    auto *session = new ScriptedSession;
    ScriptedView view(session);
    view.setScaleMode(RemoteView::ScaleMode::Original);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session->start(QSize(400, 300));
    qint64 first = 0;
    QTRY_VERIFY((first += view.takePaintedArea()) >= 400 * 300);
    QTest::qWait(50);
    view.takePaintedArea();
    session->paint(QRect(100, 100, 10, 10), Qt::red);
    qint64 red = 0; // QTRY evaluates its condition once more at the end: accumulate, don't just take
    QTRY_VERIFY((red += view.takePaintedArea()) > 0);
    QTest::qWait(50);
    // a second small change paints a small area (the rectangle plus a 1 px seam guard), not the screen
    view.takePaintedArea();
    session->paint(QRect(200, 50, 8, 8), Qt::blue);
    qint64 painted = 0;
    QTRY_VERIFY((painted += view.takePaintedArea()) > 0);
    QVERIFY2(painted <= 10 * 10 * 2, qPrintable(QString::number(painted)));
    const QImage shown = view.grab().toImage();
    QVERIFY(isColour(shown.pixelColor(204, 54), 0, 0, 255));
    QVERIFY(isColour(shown.pixelColor(105, 105), 255, 0, 0));
    QVERIFY(isColour(shown.pixelColor(10, 10), 0, 128, 0));
}

void TestRemoteView::fitMapsPointerAndWheel()
{
    auto *session = new ScriptedSession;
    ScriptedView view(session);
    view.resize(800, 300); // a 400x300 desktop fits at scale 1, centred with 200 px bars
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session->start(QSize(400, 300));
    QCOMPARE(view.displayRect(), QRectF(200, 0, 400, 300));
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(250, 40));
    QVERIFY(session->pointer.contains(qMakePair(QPoint(50, 40), int(daas::remote::LeftButton))));
    QCOMPARE(session->pointer.last(), qMakePair(QPoint(50, 40), 0));
    // half the size: everything maps through the scale
    view.resize(400, 150);
    QTRY_COMPARE(view.displayRect(), QRectF(100, 0, 200, 150));
    session->pointer.clear();
    QTest::mouseMove(&view, QPoint(300, 149));
    QTRY_VERIFY(!session->pointer.isEmpty());
    QCOMPARE(session->pointer.last().first, QPoint(399, 298));
    // wheel: both axes with their magnitude, at the mapped position (each engine makes clicks or steps)
    QWheelEvent wheel(QPointF(200, 75), view.mapToGlobal(QPointF(200, 75)), {}, QPoint(-30, 180),
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    QCOMPARE(session->wheel.size(), 1);
    QCOMPARE(session->wheel.first(), qMakePair(QPoint(200, 150), QPoint(-30, 180)));
}

void TestRemoteView::keysAreReleasedOnFocusLoss()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *session = new ScriptedSession;
    auto *view = new ScriptedView(session);
    auto *other = new QLineEdit;
    layout->addWidget(view);
    layout->addWidget(other);
    window.resize(400, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    session->start(QSize(200, 200));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyPress(view, Qt::Key_A, Qt::ControlModifier); // QTest presses Control first
    QVERIFY(!session->keys.isEmpty());
    QCOMPARE(session->keys.first().keysym, daas::remote::keysym::ControlL);
    QCOMPARE(session->keys.last().keysym, quint32('a')); // Ctrl+A's text is a control character
    QVERIFY(session->keys.last().down);
    // Tab stays with the remote desktop
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    session->keys.clear();
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QList<quint32> released;
    for (const SentKey &k : std::as_const(session->keys)) {
        QVERIFY(!k.down);
        released.append(k.keysym);
    }
    std::sort(released.begin(), released.end());
    QCOMPARE(released, (QList<quint32>{quint32('a'), daas::remote::keysym::ControlL}));
}

void TestRemoteView::overlayShowsTheState()
{
    auto *session = new ScriptedSession;
    ScriptedView view(session);
    QSignalSpy status(&view, &RemoteView::statusChanged);
    view.resize(400, 300);
    view.show();
    session->open();
    QCOMPARE(view.statusText(), QStringLiteral("Connecting…"));
    session->start(QSize(400, 300));
    QVERIFY(view.statusText().isEmpty());
    session->fail(Error(Error::Kind::Network, QStringLiteral("The host went away.")));
    QVERIFY(view.statusText().contains(u"The host went away."));
    QVERIFY(!status.isEmpty());
    // the overlay dims the last picture
    QTRY_VERIFY(view.grab().toImage().pixelColor(10, 10).green() < 100);
}

void TestRemoteView::typesAndClicksIntoARealDesktop()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    QProcess *probe = VncProbe::start(server, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
    QVERIFY2(probe, "probe did not start on the remote display");

    TabsWindow window;
    SessionTabs *tabs = window.tabs;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.password = QStringLiteral("testpw12");
    e.reconnect = false;
    RemoteView *view = tabs->openSession(QStringLiteral("probe"), new daas::remote::VncSession(e));
    QTRY_COMPARE_WITH_TIMEOUT(view->session()->state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 255, 255, 0), 10000);
    QVERIFY(view->grab().save(shotsDir() + QStringLiteral("/remote-view-fit.png")));

    daas::test::ProbeOutput output(probe);
    auto waitFor = [&output](const QByteArray &needle) { return output.waitFor(needle); };
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    // pointer over the probe so X gives it the keyboard focus, then type
    QTest::mouseMove(view, view->displayRect().center().toPoint());
    QTest::keyClicks(view, QStringLiteral("hi"));
    QVERIFY2(waitFor("key 68 68") && waitFor("key 69 69"), output.text());

    // a click at a known widget position arrives at the mapped remote position
    const QRectF shown = view->displayRect();
    const QPoint at = (shown.topLeft() + QPointF(shown.width() * 0.25, shown.height() * 0.75)).toPoint();
    const QPoint remote = view->toRemote(at);
    QTest::mousePress(view, Qt::LeftButton, {}, at);
    QVERIFY2(waitFor(QStringLiteral("press %1 %2 1").arg(remote.x()).arg(remote.y()).toLatin1()),
             output.text());
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 0, 255, 255), 10000); // the probe shows the press
    QVERIFY(view->grab().save(shotsDir() + QStringLiteral("/remote-view-pressed.png")));
    QTest::mouseRelease(view, Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 255, 255, 0), 10000);

    // Ctrl+Alt+Del from the toolbar: Control_L, Alt_L and Delete go down in that order and come up in the
    // reverse one, and nothing else is pressed
    output.clear();
    tabs->ctrlAltDelAction()->trigger();
    QCOMPARE(output.waitForKeys(6), (QList<QByteArray>{"key ffe3", "key ffe9", "key ffff", "release ffff",
                                                       "release ffe9", "release ffe3"}));

    tabs->originalSizeAction()->trigger();
    QCOMPARE(view->scaleMode(), RemoteView::ScaleMode::Original);
    QTRY_VERIFY(isColour(viewCentre(view), 255, 255, 0));
    QVERIFY(view->grab().save(shotsDir() + QStringLiteral("/remote-view-1to1.png")));
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/remote-tabs-window.png")));
}

void TestRemoteView::wrongPasswordShowsInTheOverlay()
{
    VncTestServer server;
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    SessionTabs tabs;
    tabs.resize(800, 600);
    tabs.show();
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.password = QStringLiteral("not-it");
    RemoteView *view = tabs.openSession(QStringLiteral("wrong"), new daas::remote::VncSession(e));
    QTRY_COMPARE_WITH_TIMEOUT(view->session()->state(), State::Failed, 15000);
    QVERIFY(view->statusText().contains(u"password"));
    QVERIFY(tabs.reconnectAction()->isEnabled());
    QVERIFY(tabs.grab().save(shotsDir() + QStringLiteral("/remote-view-wrong-password.png")));
}

void TestRemoteView::untrustedCertificateAsksTheUser()
{
    VncTestServer server;
    VncTestServer::Options options;
    options.security = VncTestServer::Security::X509Vnc;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.run(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), QStringLiteral("red")}));
    SessionTabs tabs;
    tabs.resize(800, 600);
    tabs.show();
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.password = QStringLiteral("testpw12");
    auto *view = tabs.openSession(QStringLiteral("tls"), new daas::remote::VncSession(e));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = view->findChild<QMessageBox *>(QStringLiteral("untrustedCertificateBox"))), 15000);
    const QSslCertificate expected = QSslCertificate::fromPath(server.certificateFile()).value(0);
    const QString fingerprint =
        QString::fromLatin1(expected.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(box->text().contains(fingerprint), qPrintable(box->text()));
    QCOMPARE(view->session()->state(), State::Failed);
    QVERIFY(
        tabs.window()->grab().save(shotsDir() + QStringLiteral("/remote-untrusted-certificate-tabs.png")));
    QVERIFY(box->grab().save(shotsDir() + QStringLiteral("/remote-untrusted-certificate-box.png")));
    QAbstractButton *trust = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            trust = b;
    }
    QVERIFY(trust);
    trust->click();
    QTRY_COMPARE_WITH_TIMEOUT(view->session()->state(), State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 255, 0, 0), 10000);
}

void TestRemoteView::rdpAsksCertificateAndPasswordThenWorks()
{
    VncTestServer display;
    QVERIFY2(display.start({}), qPrintable(display.errorString()));
    QProcess *probe = VncProbe::start(display, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
    QVERIFY2(probe, "probe did not start on the remote display");
    daas::test::RdpTestServer server;
    QVERIFY2(server.start(display.display()), qPrintable(server.errorString()));

    TabsWindow window;
    SessionTabs *tabs = window.tabs;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    daas::remote::RdpEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.userName = QStringLiteral("tester");
    e.reconnect = false;
    RemoteView *view = tabs->openSession(QStringLiteral("rdp"), new daas::remote::RdpSession(e));

    // an unknown certificate: shown with its fingerprint, nothing goes on without a yes
    QTRY_VERIFY_WITH_TIMEOUT(view->certificateBox(), 20000);
    const QString fingerprint =
        QString::fromLatin1(server.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(view->certificateBox()->text().contains(fingerprint),
             qPrintable(view->certificateBox()->text()));
    QVERIFY2(view->statusText().contains(u"certificate"), qPrintable(view->statusText()));
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/rdp-certificate.png")));
    QVERIFY(view->certificateBox()->grab().save(shotsDir() + QStringLiteral("/rdp-certificate-box.png")));
    QAbstractButton *trust = nullptr;
    for (QAbstractButton *b : view->certificateBox()->buttons()) {
        if (view->certificateBox()->buttonRole(b) == QMessageBox::AcceptRole)
            trust = b;
    }
    QVERIFY(trust);
    trust->click();

    // no password in the endpoint: the sign-in dialog asks, with the user name filled in
    QTRY_VERIFY_WITH_TIMEOUT(view->signInDialog(), 20000);
    daas::ui::RemoteSignInDialog *dialog = view->signInDialog();
    QCOMPARE(dialog->userField()->text(), QStringLiteral("tester"));
    QVERIFY(dialog->passwordField()->hasFocus() || !dialog->isActiveWindow());
    QVERIFY2(view->statusText().contains(u"Sign in"), qPrintable(view->statusText()));
    dialog->passwordField()->setText(QStringLiteral("Secret123"));
    QVERIFY(!dialog->rememberBox()->isChecked());
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/rdp-sign-in.png")));
    QVERIFY(dialog->grab().save(shotsDir() + QStringLiteral("/rdp-sign-in-dialog.png")));
    dialog->accept();

    QTRY_COMPARE_WITH_TIMEOUT(view->session()->state(), State::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 255, 255, 0), 10000);
    QVERIFY(tabs->saveConnectionFileAction()->isEnabled());

    daas::test::ProbeOutput output(probe);
    auto waitFor = [&output](const QByteArray &needle) { return output.waitFor(needle); };
    // the dialogs were windows of their own: the desktop's window gets the keyboard back
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::mouseMove(view, view->displayRect().center().toPoint());
    QTest::keyClicks(view, QStringLiteral("hi"));
    QVERIFY2(waitFor("key 68 68") && waitFor("key 69 69"), output.text());
    const QRectF shown = view->displayRect();
    const QPoint at = (shown.topLeft() + QPointF(shown.width() * 0.25, shown.height() * 0.75)).toPoint();
    const QPoint remote = view->toRemote(at);
    QTest::mousePress(view, Qt::LeftButton, {}, at);
    QVERIFY2(waitFor(QStringLiteral("press %1 %2 1").arg(remote.x()).arg(remote.y()).toLatin1()),
             output.text());
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 0, 255, 255), 10000);
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/rdp-desktop-pressed.png")));
    QTest::mouseRelease(view, Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(isColour(viewCentre(view), 255, 255, 0), 10000);
    // the shadow server cannot resize: "Resize Desktop to Window" scales to fit instead of cropping
    tabs->resizeRemoteAction()->trigger();
    QCOMPARE(view->scaleMode(), RemoteView::ScaleMode::ResizeRemote);
    QVERIFY(!view->session()->canResize());
    QVERIFY(view->displayRect().width() <= view->width() && view->displayRect().height() <= view->height());
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/rdp-desktop.png")));
}

// An RD Gateway in front of the desktop (the tests' stand-in, which refuses after the sign-in): its
// certificate and its sign-in are asked as the gateway's, and the tab's sentence names the gateway.
void TestRemoteView::rdpGatewayQuestionsSayTheyAreTheGateways()
{
    daas::testing::RdGatewayStandIn gateway;
    QVERIFY2(gateway.start(), qPrintable(gateway.errorString()));
    QTcpServer desktop; // behind the gateway: never contacted
    QVERIFY(desktop.listen(QHostAddress::LocalHost, 0));
    const QString gatewayHost = QStringLiteral("127.0.0.1");
    auto forget = qScopeGuard([&] { daas::support::TlsTrustStore::forget(gatewayHost, gateway.port()); });

    TabsWindow window;
    SessionTabs *tabs = window.tabs;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    daas::remote::RdpEndpoint e;
    e.host = QStringLiteral("localhost");
    e.port = desktop.serverPort();
    e.userName = QStringLiteral("tester");
    e.password = QStringLiteral("Secret123");
    e.gatewayHost = gatewayHost;
    e.gatewayPort = gateway.port();
    e.gatewayUsesDesktopCredentials = false; // and no gateway credentials: the gateway asks
    e.reconnect = false;
    RemoteView *view = tabs->openSession(QStringLiteral("rdp via gateway"), new daas::remote::RdpSession(e));

    QTRY_VERIFY_WITH_TIMEOUT(view->certificateBox(), 20000);
    daas::ui::CertificateDecisionBox *box = view->certificateBox();
    QVERIFY(box->isGateway());
    const QString fingerprint =
        QString::fromLatin1(gateway.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(box->text().contains(u"RD Gateway %1 (port %2)"_s.arg(gatewayHost).arg(gateway.port())),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(fingerprint), qPrintable(box->text()));
    QVERIFY2(box->windowTitle().contains(u"RD Gateway"), qPrintable(box->windowTitle()));
    QVERIFY2(view->statusText().contains(u"RD Gateway"), qPrintable(view->statusText()));
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/rdp-gateway-certificate.png")));
    QVERIFY(box->grab().save(shotsDir() + QStringLiteral("/rdp-gateway-certificate-box.png")));
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    }

    QTRY_VERIFY_WITH_TIMEOUT(view->signInDialog(), 20000);
    daas::ui::RemoteSignInDialog *dialog = view->signInDialog();
    QVERIFY(dialog->isGateway());
    QVERIFY2(dialog->windowTitle().contains(u"RD Gateway"), qPrintable(dialog->windowTitle()));
    QVERIFY2(view->statusText().contains(u"RD Gateway"), qPrintable(view->statusText()));
    dialog->userField()->setText(QStringLiteral("gwuser"));
    dialog->passwordField()->setText(QStringLiteral("GwSecret1"));
    QVERIFY(dialog->grab().save(shotsDir() + QStringLiteral("/rdp-gateway-sign-in-dialog.png")));
    dialog->accept();

    // the stand-in refuses the sign-in: the tab says it was the gateway
    QTRY_COMPARE_WITH_TIMEOUT(view->session()->state(), State::Failed, 20000);
    QCOMPARE(gateway.signIns().size(), 1);
    QCOMPARE(gateway.signIns().first().userName, QStringLiteral("gwuser"));
    QVERIFY2(view->statusText().contains(
                 u"RD Gateway %1:%2 did not accept"_s.arg(gatewayHost).arg(gateway.port())),
             qPrintable(view->statusText()));
    QVERIFY(window.grab().save(shotsDir() + QStringLiteral("/rdp-gateway-refused.png")));
    QVERIFY(!desktop.hasPendingConnections());
}

void TestRemoteView::sharedComputerKeepsNoDesktopPassword()
{
    // a shared computer: the sign-in offers no "Remember", and a password kept earlier is not tried
    SessionTabs tabs;
    tabs.resize(600, 400);
    tabs.show();
    tabs.setPasswordsMayBeKept(false);
    auto *shared = new ScriptedSession;
    RemoteView *view = tabs.openSession(QStringLiteral("shared"), shared);
    shared->start(QSize(320, 200));
    QVERIFY(!view->passwordsMayBeKept());
    shared->ask({daas::remote::CredentialsQuestion::Purpose::Desktop,
                 QStringLiteral("desk.example"),
                 QStringLiteral("tester"),
                 {},
                 false});
    // asked at once: no keychain read comes first
    QVERIFY(view->signInDialog());
    QVERIFY(view->signInDialog()->rememberBox()->isHidden());
    view->signInDialog()->rememberBox()->setChecked(true); // even so, nothing is kept
    QVERIFY(!view->signInDialog()->credentials().remember);
    view->signInDialog()->reject();

    // a personal computer, and the setting changed while a desktop is open: the box is there again
    tabs.setPasswordsMayBeKept(true);
    QVERIFY(view->passwordsMayBeKept());
    shared->ask({daas::remote::CredentialsQuestion::Purpose::Desktop,
                 QStringLiteral("desk.example"),
                 QString(),
                 {},
                 false}); // no user name: straight to the dialog
    QTRY_VERIFY(view->signInDialog());
    QVERIFY(!view->signInDialog()->rememberBox()->isHidden());
    view->signInDialog()->rememberBox()->setChecked(true);
    QVERIFY(view->signInDialog()->credentials().remember);
    view->signInDialog()->reject();
}

QTEST_MAIN(TestRemoteView)
#include "tst_remote_view.moc"
