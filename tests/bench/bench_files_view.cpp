// Benchmark: the Files area showing a folder of 10,000 entries, as a user sees it — the real FileBrowser
// (model, sorting proxy, detail view) on the X display of the test session, against a private Apache.
//   bench_files_view [--entries N]
// Reports the time from opening the folder to the first rows, to the first paint that shows rows, to the
// whole listing, the cost of one full repaint and of paging through the sorted view, and the memory it takes.
// Run by tests/bench/run-all.sh storage (under tests/facility/test-session.sh for the display).

#include "EventLoopWait.h"
#include "FileBrowser.h"
#include "ProcStatus.h"
#include "RemoteFolderProxy.h"
#include "TransferPanel.h"
#include "dav/DavServer.h"
#include "dav/StorageProfile.h"
#include "identity/Account.h"
#include "storage/RemoteFolderModel.h"
#include "storage/WebDavClient.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTreeView>

#include <cstdio>

using namespace daas;

namespace {

// The moment the view's viewport starts its first paint with rows in the model: what is drawn then is what
// the user first sees of the folder.
class FirstPaintWithRows : public QObject
{
public:
    FirstPaintWithRows(QWidget *viewport, const QAbstractItemModel *model, const QElapsedTimer &clock)
        : m_model(model)
        , m_clock(clock)
    {
        viewport->installEventFilter(this);
    }
    double seconds() const { return m_seconds; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_seconds < 0 && m_clock.isValid() && m_model->rowCount() > 0)
            m_seconds = m_clock.nsecsElapsed() / 1e9;
        return false;
    }

private:
    const QAbstractItemModel *m_model;
    const QElapsedTimer &m_clock;
    double m_seconds = -1;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser cli;
    cli.addOption({QStringLiteral("entries"), QStringLiteral("entries in the listed folder"),
                   QStringLiteral("N"), QStringLiteral("10000")});
    cli.process(app);
    const int entries = cli.value(QStringLiteral("entries")).toInt();

    testing::ApacheDavServer server;
    if (!server.start()) {
        std::fprintf(stderr, "Apache did not start: %s\n", qPrintable(server.errorLog()));
        return 1;
    }
    const QString many = server.dataDir() + QStringLiteral("/many");
    QDir().mkpath(many);
    for (int i = 0; i < entries; ++i) {
        QFile f(many + QStringLiteral("/WISH%1.nxs").arg(i, 8, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(i % 100, 'x')) != i % 100)
            return 1;
    }
    server.fixOwnership();

    identity::Account account(testing::storageOnlyProfile(server.rootUrl()));
    account.setServiceLogin({server.user(), server.password()});

    ui::FileBrowser browser(&account);
    browser.resize(1100, 700);
    browser.show();
    if (!testing::waitInEventLoop([&]() { return browser.isVisible() && !browser.isLoading(); }, 60000)) {
        std::fprintf(stderr, "the root folder did not list\n");
        return 1;
    }
    QTreeView *view = browser.detailView();
    const QAbstractItemModel *shown = browser.proxy();

    const qint64 rss0 = bench::procStatusKb("VmRSS:");
    QElapsedTimer clock;
    double firstRows = -1;
    QObject::connect(shown, &QAbstractItemModel::rowsInserted, &app, [&]() {
        if (firstRows < 0)
            firstRows = clock.nsecsElapsed() / 1e9;
    });
    FirstPaintWithRows firstPaint(view->viewport(), shown, clock);
    clock.start();
    browser.setFolder(QStringLiteral("many"));
    if (!testing::waitInEventLoop([&]() { return !browser.isLoading() && shown->rowCount() >= entries; },
                                  120000)) {
        std::fprintf(stderr, "the folder did not list: %d rows\n", shown->rowCount());
        return 1;
    }
    const double all = clock.nsecsElapsed() / 1e9;
    (void)testing::waitInEventLoop([&]() { return firstPaint.seconds() >= 0; }, 5000);
    const qint64 rss1 = bench::procStatusKb("VmRSS:");

    // one full repaint of the sorted 10,000-row view, and paging through it to the end as a user would
    QElapsedTimer repaint;
    repaint.start();
    view->viewport()->repaint();
    const double repaintMs = repaint.nsecsElapsed() / 1e6;
    QScrollBar *bar = view->verticalScrollBar();
    int pages = 0;
    QElapsedTimer paging;
    paging.start();
    while (bar->value() < bar->maximum() && pages < 100000) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        view->viewport()->repaint();
        ++pages;
    }
    const double perPageMs = pages ? paging.nsecsElapsed() / 1e6 / pages : 0;

    std::printf(
        "Files view, %d entries on Apache: first rows %.3f s, first paint with rows %.3f s, all rows %.3f s;"
        " full repaint %.1f ms; %d page-downs at %.1f ms each; RSS +%.1f MiB (peak %lld MiB)\n",
        shown->rowCount(), firstRows, firstPaint.seconds(), all, repaintMs, pages, perPageMs,
        (rss1 - rss0) / 1024.0, bench::procStatusKb("VmHWM:") / 1024);
    return shown->rowCount() == entries ? 0 : 1;
}
