// GUI: drag and drop with another application over real X11 XDND, as a user does it with a file manager:
// a file dragged out of Files onto another process's window arrives there as a local file with the server's
// bytes, and a file dragged from that process onto Files is uploaded. The other side is daas-dnd-peer; the
// mouse is xdotool's on the test session's Xvfb, so this test runs on the xcb platform (set by CMake).

#include "EnglishTranslator.h"
#include "FileBrowser.h"
#include "TransferPanel.h" // FileBrowser.h keeps a QPointer to one
#include "dav/DavServer.h"
#include "dav/StorageProfile.h"
#include "identity/Account.h"

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

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

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
        process.start(QStringLiteral(DAAS_DND_PEER),
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

class TestGuiXdnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testing::installEnglishTranslator());
        // no QSKIP: a test that quietly does nothing would pass whatever happens to drag and drop
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "XDND needs the xcb platform on an X display (tests/facility/test-session.sh gives one)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is one of the root's packages");
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
};

QTEST_MAIN(TestGuiXdnd)
#include "tst_gui_xdnd.moc"
