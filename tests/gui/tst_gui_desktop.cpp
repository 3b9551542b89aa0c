// GUI: the desktop around the client, on the test session's real X display (xcb, set by CMake) and session
// bus. Drag and drop with another application over XDND, as a user does it with a file manager: a file
// dragged out of Files onto another process's window arrives there as a local file with the server's bytes,
// and a file dragged from that process onto Files is uploaded (the other side is daas-dnd-peer, the mouse
// xdotool's). And the taskbar entry during transfers, as a dock on the session bus hears it.

#include "EnglishTranslator.h"
#include "FileBrowser.h"
#include "LocalFiles.h"
#include "MainWindow.h"
#include "TaskbarProgress.h"
#include "TestPaths.h"
#include "TransferPanel.h"
#include "dav/DavServer.h"
#include "dav/StorageProfile.h"
#include "identity/Account.h"
#include "storage/TransferQueue.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace daas;

namespace {

constexpr int slow = 30000;

using testing::readFile;
using testing::writeFile;

// daas-dnd-peer in its own process, its window placed at `where`.
struct DndPeer
{
    QProcess process;
    QByteArray output;

    bool start(const QString &mode, const QRect &where, const QStringList &files = {})
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { output += process.readAllStandardOutput(); });
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(daas::test::paths::dndPeer(),
                      QStringList{mode, QString::number(where.x()), QString::number(where.y()),
                                  QString::number(where.width()), QString::number(where.height())} +
                          files);
        return process.waitForStarted(5000) &&
               QTest::qWaitFor([this] { return output.contains("READY\n"); }, 10000);
    }
    ~DndPeer()
    {
        process.kill();
        process.waitForFinished(3000);
    }
};

// A real mouse on the X display: press at `from`, move in steps (XDND needs position messages and the
// target's status before the release), release at `to`. Runs while the caller's event loop goes on.
bool xdotoolDrag(QPoint from, QPoint to)
{
    QProcess xdotool;
    const auto at = [](QPoint p) { return QStringList{QString::number(p.x()), QString::number(p.y())}; };
    const QPoint mid = (from + to) / 2;
    QStringList args = QStringList{QStringLiteral("mousemove")} + at(from);
    args << QStringLiteral("sleep") << QStringLiteral("0.3") << QStringLiteral("mousedown")
         << QStringLiteral("1");
    for (const QPoint p : {from + QPoint(15, 3), from + QPoint(30, 6), mid, to - QPoint(8, 8), to})
        args << QStringLiteral("sleep") << QStringLiteral("0.3") << QStringLiteral("mousemove") << at(p);
    args << QStringLiteral("sleep") << QStringLiteral("1") << QStringLiteral("mouseup")
         << QStringLiteral("1");
    xdotool.start(QStringLiteral("xdotool"), args);
    if (!xdotool.waitForStarted(5000))
        return false;
    // not waitForFinished: the drag's own event loop has to run meanwhile
    return QTest::qWaitFor([&] { return xdotool.state() == QProcess::NotRunning; }, 20000) &&
           xdotool.exitCode() == 0;
}

} // namespace

// What a dock on the session bus hears: the progress (ours) and the count (Qt's setBadgeNumber).
class LauncherEntryListener : public QObject
{
    Q_OBJECT
public:
    struct Update
    {
        QString uri;
        QVariantMap properties;
    };
    QList<Update> updates;
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("dock"));

    bool listen()
    {
        return bus.connect(QString(), QString(), QStringLiteral("com.canonical.Unity.LauncherEntry"),
                           QStringLiteral("Update"), this, SLOT(onUpdate(QDBusMessage)));
    }
    ~LauncherEntryListener() override { QDBusConnection::disconnectFromBus(QStringLiteral("dock")); }
    QList<Update> with(const QString &property) const
    {
        QList<Update> out;
        for (const Update &u : updates)
            if (u.properties.contains(property))
                out << u;
        return out;
    }

public Q_SLOTS:
    void onUpdate(const QDBusMessage &message)
    {
        // the suites run side by side on one session bus: only this process's entry counts
        if (message.service() != QDBusConnection::sessionBus().baseService())
            return;
        const QList<QVariant> args = message.arguments();
        if (args.size() == 2)
            updates.append({args.at(0).toString(), qdbus_cast<QVariantMap>(args.at(1))});
    }
};

class TestGuiDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testing::installEnglishTranslator());
        QGuiApplication::setDesktopFileName(QStringLiteral("daas-desktop")); // as main() does
        // no QSKIP: a test that quietly does nothing would pass whatever happens to the desktop
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this needs the xcb platform on an X display (tests/facility/test-session.sh gives one)");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the test session has a session bus");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is one of the root's packages");
    }

    // What the window manager shows: the facility, then the application's name once (Qt appends
    // applicationDisplayName to every top-level title).
    void mainWindowTitleNamesTheApplicationOnce()
    {
        const QString displayName = QGuiApplication::applicationDisplayName();
        QGuiApplication::setApplicationDisplayName(QStringLiteral("DAaaS Desktop")); // as main() does
        identity::Account account(
            testing::storageOnlyProfile(QUrl(QStringLiteral("http://127.0.0.1:9/dav/"))));
        {
            ui::MainWindow window(&account);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QProcess xdotool;
            xdotool.start(QStringLiteral("xdotool"),
                          {QStringLiteral("getwindowname"), QString::number(window.winId())});
            QVERIFY(QTest::qWaitFor([&] { return xdotool.state() == QProcess::NotRunning; }, 20000));
            const QString shown = QString::fromUtf8(xdotool.readAllStandardOutput()).trimmed();
            QCOMPARE(shown, QStringLiteral("Files test facility — DAaaS Desktop"));
        }
        QGuiApplication::setApplicationDisplayName(displayName);
    }

    void outToAndInFromAnotherApplication()
    {
        testing::ApacheDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorLog()));
        identity::Account account(testing::storageOnlyProfile(server.rootUrl()));
        account.setServiceLogin({server.user(), server.password()});
        QTemporaryDir scratch;
        const auto local = [&scratch](const QString &name) { return scratch.filePath(name); };
        const auto onServer = [&server](const QString &path) { return server.dataDir() + u'/' + path; };

        QByteArray results(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < results.size(); ++i)
            results[i] = char((i * 7) % 251);
        QVERIFY(server.putFile(QStringLiteral("results.h5"), results));
        ui::FileBrowser browser(&account);
        browser.setGeometry(0, 0, 900, 600);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY_WITH_TIMEOUT(
            !browser.isLoading() && browser.indexOf(QStringLiteral("results.h5")).isValid(), slow);
        // out: from the list onto another application's window, which is handed the downloaded file
        DndPeer target;
        QVERIFY(target.start(QStringLiteral("target"), QRect(1250, 100, 300, 300)));
        QTreeView *view = browser.detailView();
        const QModelIndex row = browser.indexOf(QStringLiteral("results.h5"));
        QVERIFY(row.isValid());
        const QPoint onRow = view->viewport()->mapToGlobal(view->visualRect(row).center());
        QVERIFY(xdotoolDrag(onRow, QPoint(1400, 250)));
        QTRY_VERIFY_WITH_TIMEOUT(target.output.contains("END\n"), slow);
        const QList<QByteArray> lines = target.output.split('\n');
        const QByteArrayList drops = [&] {
            QByteArrayList d;
            for (const QByteArray &l : lines)
                if (l.startsWith("DROP "))
                    d << l.mid(5);
            return d;
        }();
        QCOMPARE(drops.size(), 1);
        const QString dropped = QString::fromLocal8Bit(drops.first());
        QCOMPARE(QFileInfo(dropped).fileName(), QStringLiteral("results.h5"));
        QCOMPARE(readFile(dropped), results);

        // in: a file dragged from the other application onto the list is uploaded here
        QByteArray notes("beamtime notes\n");
        QVERIFY(writeFile(local(QStringLiteral("desk/notes.txt")), notes));
        DndPeer source;
        QVERIFY(source.start(QStringLiteral("source"), QRect(1250, 500, 300, 300),
                             {local(QStringLiteral("desk/notes.txt"))}));
        const QPoint empty = view->viewport()->mapToGlobal(
            QPoint(view->viewport()->width() / 2, view->viewport()->height() - 8));
        QVERIFY(xdotoolDrag(QPoint(1400, 650), empty));
        QTRY_VERIFY_WITH_TIMEOUT(source.output.contains("RESULT "), slow);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("notes.txt"))), notes, slow);
        QTRY_VERIFY_WITH_TIMEOUT(browser.indexOf(QStringLiteral("notes.txt")).isValid(), slow);
    }

    void taskbarShowsProgressAndFilesToGo()
    {
        LauncherEntryListener dock;
        QVERIFY(dock.bus.isConnected());
        QVERIFY(dock.listen());
        testing::ApacheDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorLog()));
        identity::Account account(testing::storageOnlyProfile(server.rootUrl()));
        account.setServiceLogin({server.user(), server.password()});
        QTemporaryDir scratch;
        // two files one after the other: when the first is done, the total is half way, whatever the speed
        const QByteArray data(8 * 1024 * 1024, 'd');
        QVERIFY(writeFile(scratch.filePath(QStringLiteral("one.bin")), data));
        QVERIFY(writeFile(scratch.filePath(QStringLiteral("two.bin")), data));
        ui::FileBrowser browser(&account);
        ui::TransferPanel panel(browser.queue());
        browser.setTransferPanel(&panel);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isLoading(), slow);
        browser.queue()->setMaxParallel(1);
        browser.upload(
            {scratch.filePath(QStringLiteral("one.bin")), scratch.filePath(QStringLiteral("two.bin"))},
            QString());
        QTRY_VERIFY_WITH_TIMEOUT(!browser.queue()->transfers().isEmpty() && browser.queue()->isIdle(), slow);
        QCOMPARE(readFile(server.dataDir() + QStringLiteral("/two.bin")).size(), data.size());
        // the signals of the last change may still be on their way
        QTRY_VERIFY_WITH_TIMEOUT(!dock.with(QStringLiteral("progress-visible")).isEmpty() &&
                                     !dock.with(QStringLiteral("progress-visible"))
                                          .last()
                                          .properties.value(QStringLiteral("progress-visible"))
                                          .toBool(),
                                 10000);
        const auto badge = [](const LauncherEntryListener::Update &u) {
            return u.properties.value(QStringLiteral("count-visible")).toBool()
                       ? u.properties.value(QStringLiteral("count")).toLongLong()
                       : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!dock.with(QStringLiteral("count-visible")).isEmpty() &&
                                     badge(dock.with(QStringLiteral("count-visible")).last()) == 0,
                                 10000);

        // the bar: shown from the start, never going back, half way between the two files, then hidden
        const QList<LauncherEntryListener::Update> progress = dock.with(QStringLiteral("progress"));
        double last = -1;
        int firstHalf = 0;
        int secondHalf = 0;
        int nearHalf = 0;
        QStringList shown;
        for (const auto &u : progress) {
            QCOMPARE(u.uri, QStringLiteral("application://daas-desktop.desktop"));
            if (!u.properties.value(QStringLiteral("progress-visible")).toBool())
                continue;
            const double p = u.properties.value(QStringLiteral("progress")).toDouble();
            QVERIFY2(p >= last && p <= 1.0, qPrintable(QString::number(p)));
            last = p;
            shown << QString::number(p, 'f', 3);
            firstHalf += p > 0 && p < 0.5;
            secondHalf += p >= 0.5 && p < 1;
            nearHalf += qAbs(p - 0.5) <= 0.01;
        }
        QVERIFY(progress.first().properties.value(QStringLiteral("progress-visible")).toBool());
        // when the first file was done the bar stood at half: it counts both files (a bar of the file under
        // way would stand at 0 or 1 there). How many values lie inside each half depends on the machine's
        // speed (on loopback an 8 MiB file may go in one step), so those counts are only reported.
        QVERIFY2(nearHalf > 0, qPrintable(shown.join(u' ')));
        qInfo("progress values: %d in the first half, %d in the second", firstHalf, secondHalf);
        QVERIFY(progress.size() <= 1002); // at most one signal per thousandth

        // the badge: one file, two, then one to go, then none (Qt's setBadgeNumber: "count", "count-visible")
        QList<qint64> counts;
        for (const auto &u : dock.with(QStringLiteral("count-visible"))) {
            QCOMPARE(u.uri, ui::TaskbarProgress::applicationUri());
            counts << badge(u);
        }
        QCOMPARE(counts, (QList<qint64>{1, 2, 1, 0})); // the two are queued one after the other
    }
};

QTEST_MAIN(TestGuiDesktop)
#include "tst_gui_desktop.moc"
