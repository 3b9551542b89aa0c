// bench_storage: the storage core beside the tool a user would otherwise use, in the same run, against the
// same private Apache mod_dav_fs (started here on a free port). Prints times and ratios (peer / core: above
// 1 means the client is faster) and memory. Not a test: no pass or fail.
//   bench_storage [--big-mb N] [--small-files N] [--listing N]
#include "EventLoopWait.h"
#include "ProcStatus.h"
#include "dav/DavServer.h"
#include "storage/RemoteFolderModel.h"
#include "storage/StorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace daas;
using namespace daas::storage;

namespace {

using bench::cpuSeconds;
using bench::median;
using bench::procStatusKb;
using bench::Side;

bool writeRandom(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (f.write(block.constData(), qMin<qint64>(left, block.size())) < 0)
            return false;
    }
    return true;
}

// Writes back dirty pages before each timed run: a run that follows the writing of a 1 GiB test file would
// otherwise pay for that file's writeback (the kernel throttles new writers), and the order would decide.
void settle()
{
    ::sync();
}

double runPeer(const QString &program, const QStringList &args)
{
    settle();
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d)\n", qPrintable(program), p.exitCode());
        return -1;
    }
    return timer.elapsed() / 1000.0;
}

double runQueue(TransferQueue &queue)
{
    QElapsedTimer timer;
    timer.start();
    if (!daas::testing::waitInEventLoop([&]() { return queue.isIdle(); }, 3600 * 1000))
        return -1;
    for (const Transfer *t : queue.transfers())
        if (t->state() != Transfer::State::Done) {
            std::fprintf(stderr, "transfer failed: %s\n", qPrintable(t->error().detail()));
            return -1;
        }
    return timer.elapsed() / 1000.0;
}

void row(const char *name, double core, double peer, const char *peerName, const QString &extra = {})
{
    std::printf("%-34s core %8.3fs  %-6s %8.3fs  ratio %5.2f  %s\n", name, core, peerName, peer,
                core > 0 && peer > 0 ? peer / core : 0.0, qPrintable(extra));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser cli;
    cli.addOption({QStringLiteral("big-mb"), QStringLiteral("size of the big file"), QStringLiteral("MB"),
                   QStringLiteral("1024")});
    cli.addOption({QStringLiteral("small-files"), QStringLiteral("number of small files"),
                   QStringLiteral("N"), QStringLiteral("2000")});
    cli.addOption({QStringLiteral("rounds"), QStringLiteral("turns of each side for the 1 GiB transfers"),
                   QStringLiteral("N"), QStringLiteral("3")});
    cli.addOption({QStringLiteral("listing"), QStringLiteral("entries in the listed folder"),
                   QStringLiteral("N"), QStringLiteral("10000")});
    cli.process(app);
    const qint64 bigSize = cli.value(QStringLiteral("big-mb")).toLongLong() * 1024 * 1024;
    const int smallFiles = cli.value(QStringLiteral("small-files")).toInt();
    const int listing = cli.value(QStringLiteral("listing")).toInt();
    const int rounds = qMax(1, cli.value(QStringLiteral("rounds")).toInt());

    daas::testing::ApacheDavServer server;
    if (!server.start()) {
        std::fprintf(stderr, "Apache did not start: %s\n", qPrintable(server.errorLog()));
        return 1;
    }
    QTemporaryDir local;
    QNetworkAccessManager network;
    StaticCredentials credentials = StaticCredentials::basic(server.user(), server.password());
    WebDavClient client(&network, server.rootUrl(), &credentials);
    const QString userPass = server.user() + QLatin1Char(':') + server.password();
    const QString root = server.rootUrl().toString();
    std::printf("Apache mod_dav_fs at %s\n", qPrintable(root));

    // --- 1 GiB each way. The machine is shared and its load comes and goes: each side runs `rounds` times,
    // the two taking turns to go first, and the medians are compared, for wall time and for CPU seconds
    // (less sensitive to the load). The core's CPU includes its threads; Apache is not counted for either.
    writeRandom(server.dataDir() + QStringLiteral("/big.bin"), bigSize);
    writeRandom(local.filePath(QStringLiteral("big-local.bin")), bigSize);
    server.fixOwnership();
    const qint64 rssBefore = procStatusKb("VmRSS:");
    auto runCore = [&](bool download, Side &side) {
        settle();
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        TransferQueue queue(&client);
        queue.setStateFile(local.filePath(QStringLiteral("q.json")));
        if (download)
            queue.addDownload(QStringLiteral("big.bin"), local.filePath(QStringLiteral("core.bin")));
        else
            queue.addUpload(local.filePath(QStringLiteral("big-local.bin")), QStringLiteral("up-core.bin"));
        side.wall.push_back(runQueue(queue));
        side.cpu.push_back(cpuSeconds(RUSAGE_SELF) - cpu0);
        QFile::remove(download ? local.filePath(QStringLiteral("core.bin"))
                               : server.dataDir() + QStringLiteral("/up-core.bin"));
    };
    auto runCurl = [&](bool download, Side &side) {
        const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
        side.wall.push_back(
            download ? runPeer(QStringLiteral("curl"),
                               {QStringLiteral("-sf"), QStringLiteral("-u"), userPass, QStringLiteral("-o"),
                                local.filePath(QStringLiteral("curl.bin")), root + QStringLiteral("big.bin")})
                     : runPeer(QStringLiteral("curl"),
                               {QStringLiteral("-sf"), QStringLiteral("-u"), userPass, QStringLiteral("-T"),
                                local.filePath(QStringLiteral("big-local.bin")),
                                root + QStringLiteral("up-curl.bin")}));
        side.cpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - cpu0);
        QFile::remove(download ? local.filePath(QStringLiteral("curl.bin"))
                               : server.dataDir() + QStringLiteral("/up-curl.bin"));
    };
    for (const bool download : {true, false}) {
        Side core;
        Side curl;
        for (int round = 0; round < rounds; ++round) {
            if (round % 2 == 0) {
                runCore(download, core);
                runCurl(download, curl);
            } else {
                runCurl(download, curl);
                runCore(download, core);
            }
            std::printf("  round %d: core %.3fs (cpu %.3fs), curl %.3fs (cpu %.3fs)\n", round + 1,
                        core.wall.back(), core.cpu.back(), curl.wall.back(), curl.cpu.back());
        }
        const double coreCpu = median(core.cpu);
        const double curlCpu = median(curl.cpu);
        row(download ? "1 GiB download" : "1 GiB upload", median(core.wall), median(curl.wall), "curl",
            QStringLiteral("CPU %1 s vs %2 s (ratio %3); peak RSS %4 MiB (was %5 MiB before)")
                .arg(coreCpu, 0, 'f', 2)
                .arg(curlCpu, 0, 'f', 2)
                .arg(coreCpu > 0 ? curlCpu / coreCpu : 0, 0, 'f', 2)
                .arg(procStatusKb("VmHWM:") / 1024)
                .arg(rssBefore / 1024));
    }
    QFile::remove(local.filePath(QStringLiteral("big-local.bin")));
    QFile::remove(server.dataDir() + QStringLiteral("/big.bin"));

    // --- many small files vs rclone copy (rclone's default 4 transfers; the core's default 3 and 4)
    const QString smallDir = local.filePath(QStringLiteral("small"));
    QDir().mkpath(smallDir);
    for (int i = 0; i < smallFiles; ++i)
        writeRandom(smallDir + QStringLiteral("/f%1.dat").arg(i, 5, 10, QLatin1Char('0')),
                    4096 + (i % 7) * 1000);
    const QString obscured = [&]() {
        QProcess p;
        p.start(QStringLiteral("rclone"), {QStringLiteral("obscure"), server.password()});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }();
    for (int parallel : {3, 4}) {
        const QString folder = QStringLiteral("small-core-%1").arg(parallel);
        TransferQueue queue(&client);
        queue.setStateFile(local.filePath(QStringLiteral("q.json")));
        queue.setMaxParallel(parallel);
        settle();
        QElapsedTimer timer;
        timer.start();
        bool made = false;
        DavJob *job = client.makeFolder(folder);
        QObject::connect(job, &DavJob::finished, &app, [&made]() { made = true; });
        (void)daas::testing::waitInEventLoop([&]() { return made; }, 10000);
        const QStringList names = QDir(smallDir).entryList(QDir::Files);
        for (const QString &n : names)
            queue.addUpload(smallDir + QLatin1Char('/') + n, folder + QLatin1Char('/') + n);
        (void)daas::testing::waitInEventLoop([&]() { return queue.isIdle(); }, 3600 * 1000);
        int done = 0;
        for (const Transfer *t : queue.transfers())
            done += t->state() == Transfer::State::Done;
        const double core = timer.elapsed() / 1000.0;
        // rclone's defaults (4 transfers) look each file up before sending it and pace WebDAV calls 10 ms
        // apart; the second peer skips the lookups (--no-check-dest, fine for an empty folder), rclone at its
        // fastest here (its WebDAV pacing cannot be turned down in this version)
        const bool paced = parallel == 3;
        QStringList args = {QStringLiteral("copy"), QStringLiteral("--config"), QStringLiteral("/dev/null")};
        if (!paced)
            args << QStringLiteral("--no-check-dest");
        args << smallDir
             << QStringLiteral(":webdav,url='%1',user='%2',pass='%3':small-rclone-%4")
                    .arg(root, server.user(), obscured)
                    .arg(parallel);
        const double peer = runPeer(QStringLiteral("rclone"), args);
        row(paced ? "2,000 small files, 3 parallel" : "2,000 small files, 4 parallel", core, peer,
            paced ? "rclone" : "rclone*",
            QStringLiteral("%1 of %2 done%3")
                .arg(done)
                .arg(names.size())
                .arg(paced ? QStringLiteral("; rclone copy with its defaults")
                           : QStringLiteral("; rclone* = rclone copy --no-check-dest")));
    }

    // --- listing a folder of 10,000 entries: time to the first rows, to the last, and memory
    const QString many = server.dataDir() + QStringLiteral("/many");
    QDir().mkpath(many);
    for (int i = 0; i < listing; ++i) {
        QFile f(many + QStringLiteral("/entry-%1.nxs").arg(i, 6, 10, QLatin1Char('0')));
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(i % 100, 'x'));
    }
    server.fixOwnership();
    {
        const qint64 rss0 = procStatusKb("VmRSS:");
        RemoteFolderModel model(&client);
        QElapsedTimer timer;
        double first = -1;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&]() {
            if (first < 0)
                first = timer.elapsed() / 1000.0;
        });
        bool loaded = false;
        QObject::connect(&model, &RemoteFolderModel::loaded, &app, [&]() { loaded = true; });
        timer.start();
        model.setFolder(QStringLiteral("many"));
        (void)daas::testing::waitInEventLoop([&]() { return loaded; }, 120000);
        const double all = timer.elapsed() / 1000.0;
        const qint64 rss1 = procStatusKb("VmRSS:");
        const double peer =
            runPeer(QStringLiteral("curl"),
                    {QStringLiteral("-sf"), QStringLiteral("-u"), userPass, QStringLiteral("-X"),
                     QStringLiteral("PROPFIND"), QStringLiteral("-H"), QStringLiteral("Depth: 1"),
                     QStringLiteral("-o"), QStringLiteral("/dev/null"), root + QStringLiteral("many/")});
        row("listing 10,000 entries (all rows)", all, peer, "curl",
            QStringLiteral("first rows after %1 s; %2 rows; model + parse RSS growth %3 MiB")
                .arg(first, 0, 'f', 3)
                .arg(model.rowCount())
                .arg((rss1 - rss0) / 1024.0, 0, 'f', 1));
    }
    return 0;
}
