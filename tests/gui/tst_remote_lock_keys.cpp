// Lock keys on focus-in: the view reads this computer's Caps/Num/Scroll Lock through the platform file
// (X11 here: XKB's indicators of the test's Xvfb, set with xdotool as a user's key press would) and
// hands them to the session, which tells the remote side (tst_remote_xrdp checks that part).
#include "RecordingSession.h"
#include "remote/RemoteView.h"

#include <QFocusEvent>
#include <QGuiApplication>
#include <QProcess>
#include <QTest>

using daas::remote::LockKeys;
using daas::test::RecordingSession;

namespace {

bool xdotoolKey(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), {QStringLiteral("key"), key});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// What a window manager's focus change delivers to the view.
void focusIn(QWidget *view)
{
    QFocusEvent event(QEvent::FocusIn, Qt::ActiveWindowFocusReason);
    QCoreApplication::sendEvent(view, &event);
}

} // namespace

class TestRemoteLockKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QFAIL("this suite reads X11's lock state: run it on the xcb platform (CMake sets it)");
    }
    void capsLockFollowsOnFocusIn();
};

void TestRemoteLockKeys::capsLockFollowsOnFocusIn()
{
    auto *session = new RecordingSession;
    daas::ui::RemoteView view(session);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(xdotoolKey(QStringLiteral("Caps_Lock")));
    focusIn(&view);
    QCOMPARE(session->locks.size(), 1);
    QVERIFY(session->locks.last().capsLock);
    QVERIFY(!session->locks.last().scrollLock);

    // switched off while the focus was elsewhere: the next focus-in says so
    QVERIFY(xdotoolKey(QStringLiteral("Caps_Lock")));
    focusIn(&view);
    QCOMPARE(session->locks.size(), 2);
    QVERIFY(!session->locks.last().capsLock);

    // Num Lock as well, independently of Caps Lock
    QVERIFY(xdotoolKey(QStringLiteral("Num_Lock")));
    focusIn(&view);
    const bool numOn = session->locks.last().numLock;
    QVERIFY(xdotoolKey(QStringLiteral("Num_Lock")));
    focusIn(&view);
    QCOMPARE(session->locks.last().numLock, !numOn);
    QVERIFY(!session->locks.last().capsLock);
}

QTEST_MAIN(TestRemoteLockKeys)
#include "tst_remote_lock_keys.moc"
