// Benchmark: the longest the GUI thread's event loop goes without turning, in the real Files area (the
// FileBrowser with its TransferPanel, as MainWindow builds them) against a private Apache, while
//   - a 4 GiB download resumes: a part file of 4 GiB less 64 MiB is already on disk, so the client sums what
//     it holds before asking for the rest, receives the rest, and puts the file in place;
//   - a folder of 10,000 files is dropped onto the file browser: the drop goes to the view's model
//     (RemoteFolderProxy::dropMimeData, which the view calls on a drop), the browser walks the folder, makes
//     its tree on the server and queues every file; the uploads then run to the end.
// A heartbeat timer ticks every 2 ms on the GUI thread; a stall is the gap between two ticks beyond that.
// Goal: no stall above 50 ms. Not a test: no pass or fail.
//   bench_gui_stall [--resume-gib N] [--files N]
// Run by tests/bench/run-all.sh stall (under tests/facility/test-session.sh for the display).

#include "EventLoopWait.h"
#include "FileBrowser.h"
#include "RemoteFolderProxy.h"
#include "TransferPanel.h"
#include "dav/DavServer.h"
#include "dav/StorageProfile.h"
#include "identity/Account.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace daas;

namespace {

// Ticks on the GUI thread and keeps the longest gap between two ticks (less the interval): the longest time
// the event loop was busy with something else. A window of interest is opened and closed around each case.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this]() {
            const double now = m_clock.nsecsElapsed() / 1e6;
            m_longest = std::max(m_longest, now - m_last - intervalMs);
            if (now - m_last - intervalMs > 50)
                ++m_over50;
            m_last = now;
        });
    }
    void begin()
    {
        m_longest = 0;
        m_over50 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void end() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    int stallsOver50() const { return m_over50; }

private:
    static constexpr int intervalMs = 2;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
    int m_over50 = 0;
};

bool makeSparse(const QString &path, qint64 size, const QByteArray &tail = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(size - tail.size()))
        return false;
    return tail.isEmpty() || (f.seek(size - tail.size()) && f.write(tail) == tail.size());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(
        QStringLiteral("daas-desktop")); // as main.cpp does (taskbar progress)
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser cli;
    cli.addOption({QStringLiteral("resume-gib"), QStringLiteral("size of the resumed download in GiB"),
                   QStringLiteral("N"), QStringLiteral("4")});
    cli.addOption({QStringLiteral("files"), QStringLiteral("files in the dropped folder"),
                   QStringLiteral("N"), QStringLiteral("10000")});
    cli.process(app);
    const qint64 bigSize = cli.value(QStringLiteral("resume-gib")).toLongLong() << 30;
    const int fileCount = cli.value(QStringLiteral("files")).toInt();

    testing::ApacheDavServer server;
    if (!server.start()) {
        std::fprintf(stderr, "Apache did not start: %s\n", qPrintable(server.errorLog()));
        return 1;
    }
    QTemporaryDir local;
    // the server's file: sparse but for its last 64 MiB, which are what the resumed download receives
    const qint64 rest = 64 << 20;
    if (!makeSparse(server.dataDir() + QStringLiteral("/big.bin"), bigSize, QByteArray(rest, 'r')))
        return 1;
    server.fixOwnership();

    identity::Account account(testing::storageOnlyProfile(server.rootUrl()));
    account.setServiceLogin({server.user(), server.password()});
    ui::FileBrowser browser(&account);
    ui::TransferPanel panel(browser.queue());
    browser.setTransferPanel(&panel);
    browser.queue()->setStateFile(local.filePath(QStringLiteral("transfers.json")));
    browser.resize(1100, 700);
    browser.show();
    panel.show();
    if (!testing::waitInEventLoop([&]() { return browser.isVisible() && !browser.isLoading(); }, 60000)) {
        std::fprintf(stderr, "the root folder did not list\n");
        return 1;
    }
    Heartbeat beat;

    // ---- a 4 GiB download resumes: what the part holds is summed first
    const QString target = local.filePath(QStringLiteral("big.bin"));
    if (!makeSparse(local.filePath(QStringLiteral(".big.bin.daas-part")), bigSize - rest))
        return 1;
    QElapsedTimer clock;
    clock.start();
    beat.begin();
    storage::Transfer *download = browser.queue()->addDownload(QStringLiteral("big.bin"), target);
    const bool downloaded = testing::waitInEventLoop([&]() { return download->isFinished(); }, 600000);
    beat.end();
    const double resumeSeconds = clock.nsecsElapsed() / 1e9;
    const bool resumeOk = downloaded && download->state() == storage::Transfer::State::Done &&
                          QFileInfo(target).size() == bigSize && download->resumes() == 1;
    std::printf(
        "resume of a %lld GiB download (%lld MiB left): %s in %.1f s; longest event-loop stall %.1f ms,"
        " %d stalls over 50 ms\n",
        bigSize >> 30, rest >> 20, resumeOk ? "done" : "FAILED", resumeSeconds, beat.longestMs(),
        beat.stallsOver50());
    std::fflush(stdout);
    QFile::remove(target);

    // ---- a folder of 10,000 files dropped onto the browser (100 folders of 100 files)
    const QString dropped = local.filePath(QStringLiteral("dropped"));
    for (int i = 0; i < fileCount; ++i) {
        const QString folder = dropped + QStringLiteral("/run%1").arg(i / 100, 3, 10, QLatin1Char('0'));
        if (i % 100 == 0)
            QDir().mkpath(folder);
        QFile f(folder + QStringLiteral("/scan%1.dat").arg(i, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(1 + i % 500, 'd')) < 0)
            return 1;
    }
    browser.queue()->removeFinished();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    const auto &transfers = browser.queue()->transfers();
    clock.restart();
    beat.begin();
    browser.proxy()->dropMimeData(&mime, Qt::CopyAction, -1, -1, QModelIndex());
    const bool queued = testing::waitInEventLoop([&]() { return transfers.size() >= fileCount; }, 600000);
    const double queuedSeconds = clock.nsecsElapsed() / 1e9;
    const double queuedStall = beat.longestMs();
    const int queuedOver50 = beat.stallsOver50();
    const bool uploaded =
        queued && testing::waitInEventLoop(
                      [&]() {
                          return std::all_of(transfers.begin(), transfers.end(),
                                             [](const storage::Transfer *t) { return t->isFinished(); });
                      },
                      900000);
    beat.end();
    const double uploadedSeconds = clock.nsecsElapsed() / 1e9;
    const auto done = std::count_if(transfers.begin(), transfers.end(), [](const storage::Transfer *t) {
        return t->state() == storage::Transfer::State::Done;
    });
    std::printf(
        "drop of a folder of %d files: queued %s in %.1f s, longest stall until then %.1f ms (%d over"
        " 50 ms); all uploaded %s (%lld done) in %.1f s, longest stall overall %.1f ms (%d over 50 ms)\n",
        fileCount, queued ? "all" : "NOT ALL", queuedSeconds, queuedStall, queuedOver50,
        uploaded ? "yes" : "NO", static_cast<long long>(done), uploadedSeconds, beat.longestMs(),
        beat.stallsOver50());
    return resumeOk && uploaded && done == fileCount ? 0 : 1;
}
