// The keyboard grab on Wayland: while a remote desktop view has the keyboard grabbed, a key the compositor
// has bound (sway's Super+D here, tests/facility/with-sway.sh) goes to the remote desktop; before and after,
// it is the compositor's. The keys are typed by wtype through the compositor's virtual keyboard, as a user's
// keyboard would be.
#include "RecordingSession.h"
#include "remote/CompositorShortcuts.h"
#include "remote/RemoteView.h"

#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QProcess>
#include <QTest>
#include <QWindow>

using daas::test::RecordingSession;
using daas::ui::compositorShortcutsInhibited;

namespace {

// Super+D as a user types it: the compositor sees it first
bool typeSuperD()
{
    QProcess p;
    p.start(QStringLiteral("wtype"), {QStringLiteral("-M"), QStringLiteral("logo"), QStringLiteral("d"),
                                      QStringLiteral("-m"), QStringLiteral("logo")});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestRemoteWaylandShortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QGuiApplication::platformName().startsWith(QLatin1String("wayland")))
            QFAIL("this suite needs a Wayland compositor: run it through tests/facility/with-sway.sh (CMake "
                  "does)");
        m_marker = qEnvironmentVariable("DAAS_COMPOSITOR_SHORTCUT_MARKER");
        QVERIFY2(!m_marker.isEmpty(),
                 "DAAS_COMPOSITOR_SHORTCUT_MARKER is not set (tests/facility/with-sway.sh)");
    }
    void init() { QFile::remove(m_marker); } // the compositor's shortcut ran in the test before
    void grabbedViewGetsTheCompositorsShortcuts();
    void twoViewsInOneWindowShareTheInhibitor();

private:
    QString m_marker;
};

void TestRemoteWaylandShortcuts::grabbedViewGetsTheCompositorsShortcuts()
{
    auto *session = new RecordingSession;
    daas::ui::RemoteView view(session);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(view.hasFocus(), 10000); // sway focuses a new window

    // not grabbed: the compositor keeps its shortcut (and the view does not see the key)
    QVERIFY(typeSuperD());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_marker), 10000);
    QVERIFY(!session->pressed(Qt::Key_D));
    QVERIFY(QFile::remove(m_marker));

    // grabbed: the compositor agrees to pass its shortcuts, and Super+D reaches the remote desktop
    view.setKeyboardGrabbed(true);
    QTRY_VERIFY_WITH_TIMEOUT(compositorShortcutsInhibited(view.windowHandle()), 10000);
    QVERIFY(typeSuperD());
    QTRY_VERIFY_WITH_TIMEOUT(session->pressed(Qt::Key_D), 10000);
    QVERIFY(session->press(Qt::Key_D)->modifiers.testFlag(Qt::MetaModifier)); // as Super+D, not a plain D
    // a bound key goes to the compositor or to the window, never both: it came here, so sway did not run it
    QVERIFY(!QFile::exists(m_marker));

    // focus away and back: the grab (and the compositor's agreement) come back with it
    QFocusEvent out(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
    QCoreApplication::sendEvent(&view, &out);
    QVERIFY(!compositorShortcutsInhibited(view.windowHandle()));
    QFocusEvent in(QEvent::FocusIn, Qt::ActiveWindowFocusReason);
    QCoreApplication::sendEvent(&view, &in);
    QTRY_VERIFY_WITH_TIMEOUT(compositorShortcutsInhibited(view.windowHandle()), 10000);

    // given back: the shortcut is the compositor's again
    view.setKeyboardGrabbed(false);
    QVERIFY(!compositorShortcutsInhibited(view.windowHandle()));
    session->keys.clear();
    QVERIFY(typeSuperD());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_marker), 10000);
    QVERIFY(!session->pressed(Qt::Key_D));
}

// Two desktops in tabs of one window: the protocol allows one inhibitor per surface (a second is a fatal
// protocol error that ends the application's Wayland connection), so both views hold the same one, and
// the shortcut goes to whichever has the focus.
void TestRemoteWaylandShortcuts::twoViewsInOneWindowShareTheInhibitor()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *firstSession = new RecordingSession;
    auto *secondSession = new RecordingSession;
    auto *first = new daas::ui::RemoteView(firstSession);
    auto *second = new daas::ui::RemoteView(secondSession);
    layout->addWidget(first);
    layout->addWidget(second);
    window.resize(600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    first->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(first->hasFocus(), 10000);
    first->setKeyboardGrabbed(true);
    second->setKeyboardGrabbed(true);
    QTRY_VERIFY_WITH_TIMEOUT(compositorShortcutsInhibited(window.windowHandle()), 10000);

    second->setFocus();
    QTRY_VERIFY(second->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(compositorShortcutsInhibited(window.windowHandle()), 10000);
    QVERIFY(typeSuperD());
    QTRY_VERIFY_WITH_TIMEOUT(secondSession->pressed(Qt::Key_D), 10000);
    QVERIFY(!firstSession->pressed(Qt::Key_D));
    QVERIFY(!QFile::exists(m_marker));

    // the one that had the focus lets go; the other still holds the inhibitor
    first->setKeyboardGrabbed(false);
    QVERIFY(compositorShortcutsInhibited(window.windowHandle()));
    second->setKeyboardGrabbed(false);
    QVERIFY(!compositorShortcutsInhibited(window.windowHandle()));
}

QTEST_MAIN(TestRemoteWaylandShortcuts)
#include "tst_remote_wayland_shortcuts.moc"
