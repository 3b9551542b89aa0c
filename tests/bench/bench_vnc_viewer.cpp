// bench_vnc_viewer [SECONDS] -- our VNC viewer against TigerVNC's vncviewer on the same Xtigervnc server
// (1920x1080) in the same run, while a test program repaints the whole remote screen ~60 times a second.
// Frames per second are counted by the server for each client (Xtigervnc logs the updates it sent per
// connection), client CPU from getrusage (ours, in this process) and /proc (vncviewer). Then the median
// latency from a pointer press to the changed pixels in our view. Prints key=value lines; no pass/fail.
#include "PaintCounter.h"
#include "ProcStatus.h"
#include "VncTestServer.h"
#include "remote/RemoteView.h"
#include "remote/VncSession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdio>

using daas::remote::RemoteSession;
using daas::remote::VncEndpoint;
using daas::test::VncProbe;
using daas::test::VncTestServer;

using daas::bench::PaintCounter;
using daas::bench::processCpuSeconds;
using daas::bench::selfCpuSeconds;

namespace {

QString serverLog(const VncTestServer &server)
{
    QFile f(server.workDirectory() + QStringLiteral("/Xtigervnc.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int countOf(const QString &log, const QString &needle)
{
    return int(log.count(needle));
}

// The updates Xtigervnc sent to the connection that closed last.
long lastUpdateCount(const QString &log)
{
    static const QRegularExpression re(QStringLiteral("Framebuffer updates: (\\d+)"));
    long n = -1;
    for (auto it = re.globalMatch(log); it.hasNext();)
        n = it.next().captured(1).toLong();
    return n;
}

// The pixels Xtigervnc sent to the connection that closed last ("Total: N rects, 12.3 Mpixels").
double lastPixelCount(const QString &log)
{
    static const QRegularExpression re(QStringLiteral("Total: +[0-9.]+ k?rects, ([0-9.]+) ([kMG]?)pixels"));
    double n = -1;
    for (auto it = re.globalMatch(log); it.hasNext();) {
        const auto m = it.next();
        const QString unit = m.captured(2);
        const double scale = unit == u"k" ? 1e3 : unit == u"M" ? 1e6 : unit == u"G" ? 1e9 : 1;
        n = m.captured(1).toDouble() * scale;
    }
    return n;
}

bool waitUntil(const std::function<bool()> &condition, int ms)
{
    return QTest::qWaitFor(condition, ms);
}

struct Run
{
    double seconds = 0;
    long updates = 0;
    double cpu = 0;
    long paints = 0;
    double pixels = 0;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, atoi(argv[1])) : 8;

    VncTestServer server;
    VncTestServer::Options options;
    options.geometry = QSize(1920, 1080);
    if (!server.start(options)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QProcess *animation = server.startClient(VncProbe::path(), {QStringLiteral("--animate")});
    if (!animation->waitForReadyRead(20000)) {
        std::fprintf(stderr, "animation did not start\n");
        return 1;
    }
    QTest::qWait(1000);

    VncEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = server.port();
    endpoint.password = QStringLiteral("testpw12");
    endpoint.reconnect = false;

    // --- ours
    Run ours;
    {
        daas::ui::RemoteView view(new daas::remote::VncSession(endpoint));
        PaintCounter counter;
        view.installEventFilter(&counter);
        view.setScaleMode(daas::ui::RemoteView::ScaleMode::Original);
        view.resize(1920, 1080);
        view.show();
        const int accepted = countOf(serverLog(server), QStringLiteral("Connections: Accepted"));
        view.session()->open();
        if (!waitUntil([&] { return view.session()->state() == RemoteSession::State::Connected; }, 15000)) {
            std::fprintf(stderr, "our viewer did not connect\n");
            return 1;
        }
        Q_UNUSED(accepted);
        const double cpu0 = selfCpuSeconds();
        counter.paints = 0;
        QElapsedTimer t;
        t.start();
        QTest::qWait(seconds * 1000);
        ours.cpu = selfCpuSeconds() - cpu0;
        ours.paints = counter.paints;
        const QString shots = qEnvironmentVariable("DAAS_SHOTS_DIR", QStringLiteral("/tmp/daas-shots"));
        if (QDir().mkpath(shots))
            view.grab().toImage().scaledToWidth(960).save(shots + QStringLiteral("/bench-vnc-animation.png"));
        view.session()->close();
        ours.seconds = t.elapsed() / 1000.0;
    }
    const int closedBefore = countOf(serverLog(server), QStringLiteral("Framebuffer updates:"));
    Q_UNUSED(closedBefore);
    waitUntil([&] { return lastUpdateCount(serverLog(server)) >= 0; }, 5000);
    ours.updates = lastUpdateCount(serverLog(server));
    ours.pixels = lastPixelCount(serverLog(server));

    // --- TigerVNC's vncviewer, same server, same load, on the session's own display: with its own
    // automatic encoding choice (Tight/JPEG), and forced to raw like ours on this machine
    auto runVncviewer = [&](const QStringList &extra, Run &tiger) {
        const int closed = countOf(serverLog(server), QStringLiteral("Framebuffer updates:"));
        const int accepted = countOf(serverLog(server), QStringLiteral("Connections: Accepted"));
        QProcess viewer;
        viewer.setProcessChannelMode(QProcess::MergedChannels);
        viewer.start(
            QStringLiteral("vncviewer"),
            QStringList{QStringLiteral("-PasswordFile"), server.workDirectory() + QStringLiteral("/passwd")} +
                extra + QStringList{QStringLiteral("127.0.0.1::%1").arg(server.port())});
        if (!waitUntil(
                [&] {
                    return countOf(serverLog(server), QStringLiteral("Connections: Accepted")) > accepted;
                },
                15000)) {
            std::fprintf(stderr, "vncviewer did not connect: %s\n", viewer.readAll().constData());
            return false;
        }
        QTest::qWait(300); // its authentication and first update, as our Connected state
        const double cpu0 = processCpuSeconds(viewer.processId());
        QElapsedTimer t;
        t.start();
        QTest::qWait(seconds * 1000);
        tiger.cpu = processCpuSeconds(viewer.processId()) - cpu0;
        viewer.terminate();
        viewer.waitForFinished(5000);
        tiger.seconds = t.elapsed() / 1000.0;
        waitUntil([&] { return countOf(serverLog(server), QStringLiteral("Framebuffer updates:")) > closed; },
                  5000);
        tiger.updates = lastUpdateCount(serverLog(server));
        tiger.pixels = lastPixelCount(serverLog(server));
        return true;
    };
    Run tiger, tigerRaw;
    if (!runVncviewer({}, tiger) ||
        !runVncviewer({QStringLiteral("-AutoSelect=0"), QStringLiteral("-PreferredEncoding=raw")}, tigerRaw))
        return 1;
    animation->kill();
    animation->waitForFinished(3000);

    // --- latency: pointer press -> the probe's colour change visible in our frame buffer
    QList<double> latencies;
    {
        QProcess *probe = VncProbe::start(server, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
        if (!probe) {
            std::fprintf(stderr, "probe did not start\n");
            return 1;
        }
        daas::remote::VncSession session(endpoint);
        session.open();
        waitUntil([&] { return session.state() == RemoteSession::State::Connected; }, 15000);
        const QPoint centre(960, 540);
        auto centreColour = [&] { return session.frameBuffer().snapshot().pixelColor(centre); };
        waitUntil([&] { return centreColour() == QColor(255, 255, 0); }, 10000);
        QElapsedTimer t;
        QColor target;
        QObject::connect(&session, &RemoteSession::frameUpdated, &session, [&](const QRegion &r) {
            if (t.isValid() && r.contains(centre) && centreColour() == target) {
                latencies.append(t.nsecsElapsed() / 1e6);
                t.invalidate();
            }
        });
        for (int i = 0; i < 40; ++i) {
            const bool press = i % 2 == 0;
            target = press ? QColor(0, 255, 255) : QColor(255, 255, 0);
            t.start();
            session.sendPointer(centre, press ? daas::remote::LeftButton : 0);
            waitUntil([&] { return !t.isValid(); }, 3000);
            t.invalidate();
            QTest::qWait(30);
        }
        session.close();
    }
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies.isEmpty() ? -1 : latencies.at(latencies.size() / 2);

    // updates/s counts messages, and an update may carry part of a frame; "frames" are whole screens of
    // pixels delivered per second, the fair measure of what a viewer can show
    const double screen = 1920.0 * 1080.0;
    auto fps = [&](const Run &r) { return r.pixels / screen / r.seconds; };
    auto cpuPerFrame = [&](const Run &r) { return r.pixels > 0 ? r.cpu / (r.pixels / screen) * 1000 : -1; };
    std::printf(
        "ours (raw): fps=%.1f updates_per_s=%.1f painted_per_s=%.1f cpu_s=%.2f cpu_ms_per_frame=%.2f\n",
        fps(ours), ours.updates / ours.seconds, ours.paints / ours.seconds, ours.cpu, cpuPerFrame(ours));
    for (const auto &[name, r] :
         {std::pair{"vncviewer (auto: tight/jpeg)", tiger}, std::pair{"vncviewer (raw)", tigerRaw}}) {
        std::printf("%s: fps=%.1f updates_per_s=%.1f cpu_s=%.2f cpu_ms_per_frame=%.2f\n", name, fps(r),
                    r.updates / r.seconds, r.cpu, cpuPerFrame(r));
        std::printf(
            "  vs %s: fps_ratio=%.2f cpu_per_frame_ratio=%.2f (goal: fps ratio >= 1.0, cpu ratio <= 1.0)\n",
            name, fps(ours) / fps(r), cpuPerFrame(ours) / cpuPerFrame(r));
    }
    std::printf("latency_pointer_to_pixels_median_ms=%.2f samples=%d\n", median, int(latencies.size()));
    return 0;
}
