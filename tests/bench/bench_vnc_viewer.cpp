// bench_vnc_viewer [SECONDS] [ROUNDS] -- our VNC viewer against TigerVNC's vncviewer on the same Xtigervnc
// server (1920x1080) in the same run, while a test program repaints the whole remote screen ~60 times a
// second; both paint into a window on the session's X display. Frames per second are counted by the server
// for each client (Xtigervnc logs the updates it sent per connection), client CPU from getrusage (ours, in
// this process) and /proc (vncviewer); medians of ROUNDS rounds, the viewers taking turns to go first. Then
// latencies: from a pointer press to the changed pixels in our frame buffer (the engine alone), and from an
// XTest press to the changed pixel on the screen for both viewers, measured the same way from outside
// (daas-x11-latency). Every wait is a real event loop (EventLoopWait.h): QTest's waits sleep 10 ms between
// passes, and our viewer, which lives in this process, waited for them twice a frame. Prints key=value
// lines; no pass/fail.
#include "EventLoopWait.h"
#include "PaintCounter.h"
#include "ProcStatus.h"
#include "ScreenLatency.h"
#include "VncTestServer.h"
#include "remote/RemoteView.h"
#include "remote/VncSession.h"
#include "support/ReleaseMemory.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <tuple>

using daas::remote::RemoteSession;
using daas::remote::VncEndpoint;
using daas::test::VncProbe;
using daas::test::VncTestServer;

using daas::bench::median;
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
    daas::support::mapLargeBlocksApart(); // as daas-desktop's main() does
    // our window on the same X display as vncviewer's (the session's Xvfb): both pay for putting pixels on
    // the screen
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "no DISPLAY: run under tests/facility/test-session.sh\n");
        return 1;
    }
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, atoi(argv[1])) : 8;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;

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
    daas::testing::runEventLoopFor(1000);

    VncEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = server.port();
    endpoint.password = QStringLiteral("testpw12");
    endpoint.reconnect = false;

    // what Xtigervnc logs for the connection that closed last
    auto closedConnection = [&](int closedBefore, Run &r) {
        daas::testing::waitInEventLoop(
            [&] { return countOf(serverLog(server), QStringLiteral("Framebuffer updates:")) > closedBefore; },
            5000);
        r.updates = lastUpdateCount(serverLog(server));
        r.pixels = lastPixelCount(serverLog(server));
    };

    // --- ours
    auto runOurs = [&](Run &ours) {
        const int closed = countOf(serverLog(server), QStringLiteral("Framebuffer updates:"));
        daas::ui::RemoteView view(new daas::remote::VncSession(endpoint));
        PaintCounter counter;
        view.installEventFilter(&counter);
        view.setScaleMode(daas::ui::RemoteView::ScaleMode::Original);
        view.resize(1920, 1080);
        view.show();
        view.session()->open();
        if (!daas::testing::waitInEventLoop(
                [&] { return view.session()->state() == RemoteSession::State::Connected; }, 15000)) {
            std::fprintf(stderr, "our viewer did not connect\n");
            return false;
        }
        const double cpu0 = selfCpuSeconds();
        counter.paints = 0;
        QElapsedTimer t;
        t.start();
        daas::testing::runEventLoopFor(seconds * 1000);
        ours.cpu = selfCpuSeconds() - cpu0;
        ours.paints = counter.paints;
        const QString shots = qEnvironmentVariable("DAAS_SHOTS_DIR", QStringLiteral("/tmp/daas-shots"));
        if (QDir().mkpath(shots))
            view.grab().toImage().scaledToWidth(960).save(shots + QStringLiteral("/bench-vnc-animation.png"));
        view.session()->close();
        ours.seconds = t.elapsed() / 1000.0;
        closedConnection(closed, ours);
        return true;
    };

    // --- TigerVNC's vncviewer, same server, same load, on the session's own display: with its own
    // automatic encoding choice (Tight/JPEG), and forced to raw like ours on this machine
    auto startVncviewer = [&](QProcess &viewer, const QStringList &extra) {
        viewer.setProcessChannelMode(QProcess::MergedChannels);
        viewer.start(
            QStringLiteral("vncviewer"),
            QStringList{QStringLiteral("-PasswordFile"), server.workDirectory() + QStringLiteral("/passwd")} +
                extra + QStringList{QStringLiteral("127.0.0.1::%1").arg(server.port())});
    };
    auto runVncviewer = [&](const QStringList &extra, Run &tiger) {
        const int closed = countOf(serverLog(server), QStringLiteral("Framebuffer updates:"));
        const int accepted = countOf(serverLog(server), QStringLiteral("Connections: Accepted"));
        QProcess viewer;
        startVncviewer(viewer, extra);
        if (!daas::testing::waitInEventLoop(
                [&] {
                    return countOf(serverLog(server), QStringLiteral("Connections: Accepted")) > accepted;
                },
                15000)) {
            std::fprintf(stderr, "vncviewer did not connect: %s\n", viewer.readAll().constData());
            return false;
        }
        daas::testing::runEventLoopFor(300); // its authentication and first update, as our Connected state
        const double cpu0 = processCpuSeconds(viewer.processId());
        QElapsedTimer t;
        t.start();
        daas::testing::runEventLoopFor(seconds * 1000);
        tiger.cpu = processCpuSeconds(viewer.processId()) - cpu0;
        viewer.terminate();
        viewer.waitForFinished(5000);
        tiger.seconds = t.elapsed() / 1000.0;
        closedConnection(closed, tiger);
        return true;
    };

    // updates/s counts messages, and an update may carry part of a frame; "frames" are whole screens of
    // pixels delivered per second, the fair measure of what a viewer can show
    const double screen = 1920.0 * 1080.0;
    auto fps = [&](const Run &r) { return r.pixels / screen / r.seconds; };
    auto cpuPerFrame = [&](const Run &r) { return r.pixels > 0 ? r.cpu / (r.pixels / screen) * 1000 : -1; };
    QList<double> oursFps, oursCpu, oursPainted, tigerFps, tigerCpu, rawFps, rawCpu;
    for (int round = 1; round <= rounds; ++round) {
        Run ours, tiger, tigerRaw;
        const bool peerFirst = round % 2 == 0;
        const QStringList raw{QStringLiteral("-AutoSelect=0"), QStringLiteral("-PreferredEncoding=raw")};
        if ((peerFirst && (!runVncviewer({}, tiger) || !runVncviewer(raw, tigerRaw))) || !runOurs(ours) ||
            (!peerFirst && (!runVncviewer({}, tiger) || !runVncviewer(raw, tigerRaw))))
            return 1;
        oursFps << fps(ours);
        oursCpu << cpuPerFrame(ours);
        oursPainted << ours.paints / ours.seconds;
        tigerFps << fps(tiger);
        tigerCpu << cpuPerFrame(tiger);
        rawFps << fps(tigerRaw);
        rawCpu << cpuPerFrame(tigerRaw);
        std::printf(
            "round %d: ours %.1f fps %.2f cpu ms/frame; vncviewer auto %.1f fps %.2f ms/frame, raw %.1f "
            "fps %.2f ms/frame\n",
            round, oursFps.last(), oursCpu.last(), tigerFps.last(), tigerCpu.last(), rawFps.last(),
            rawCpu.last());
        std::fflush(stdout);
    }
    animation->kill();
    animation->waitForFinished(3000);

    QProcess *probe = VncProbe::start(server, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
    if (!probe) {
        std::fprintf(stderr, "probe did not start\n");
        return 1;
    }
    // --- latency: pointer press -> the probe's colour change visible in our frame buffer (the engine alone)
    QList<double> latencies;
    {
        daas::remote::VncSession session(endpoint);
        session.open();
        daas::testing::waitInEventLoop([&] { return session.state() == RemoteSession::State::Connected; },
                                       15000);
        const QPoint centre(960, 540);
        auto centreColour = [&] { return session.frameBuffer().snapshot().pixelColor(centre); };
        daas::testing::waitInEventLoop([&] { return centreColour() == QColor(255, 255, 0); }, 10000);
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
            daas::testing::waitInEventLoop([&] { return !t.isValid(); }, 3000);
            t.invalidate();
            daas::testing::runEventLoopFor(30);
        }
        session.close();
    }

    // --- screen latency: the same XTest press into each viewer's window, the screen pixel read back
    QList<double> oursScreen, tigerScreen;
    auto oursOnScreen = [&] {
        daas::ui::RemoteView view(new daas::remote::VncSession(endpoint));
        view.setScaleMode(daas::ui::RemoteView::ScaleMode::Original);
        view.resize(1920, 1080);
        view.show();
        view.session()->open();
        if (!QTest::qWaitForWindowExposed(&view) ||
            !daas::testing::waitInEventLoop(
                [&] { return view.session()->state() == RemoteSession::State::Connected; }, 15000))
            return false;
        oursScreen << daas::bench::screenLatencies(view.winId(), QStringLiteral("ffff00"),
                                                   QStringLiteral("00ffff"), 20);
        view.session()->close();
        return true;
    };
    auto tigerOnScreen = [&] {
        QProcess viewer;
        startVncviewer(viewer, {});
        const quint64 window = daas::bench::peerWindow(viewer.processId(), QStringLiteral("vncviewer"));
        if (window)
            tigerScreen << daas::bench::screenLatencies(window, QStringLiteral("ffff00"),
                                                        QStringLiteral("00ffff"), 20);
        viewer.terminate();
        viewer.waitForFinished(5000);
        return window != 0;
    };
    for (int round = 1; round <= rounds; ++round) {
        const bool peerFirst = round % 2 == 0;
        if ((peerFirst && !tigerOnScreen()) || !oursOnScreen() || (!peerFirst && !tigerOnScreen())) {
            std::fprintf(stderr, "screen latency round %d: a viewer did not show\n", round);
            return 1;
        }
    }

    std::printf("ours (raw): fps=%.1f painted_per_s=%.1f cpu_ms_per_frame=%.2f\n", median(oursFps),
                median(oursPainted), median(oursCpu));
    for (const auto &[name, f, c] :
         {std::tuple{"vncviewer (auto: tight/jpeg)", median(tigerFps), median(tigerCpu)},
          std::tuple{"vncviewer (raw)", median(rawFps), median(rawCpu)}}) {
        std::printf("%s: fps=%.1f cpu_ms_per_frame=%.2f\n", name, f, c);
        std::printf("  vs %s: fps_ratio=%.2f cpu_per_frame_ratio=%.2f (medians of %d rounds; goal: fps ratio "
                    ">= 1.0, cpu ratio <= 1.0)\n",
                    name, median(oursFps) / f, median(oursCpu) / c, rounds);
    }
    std::printf("latency_pointer_to_pixels_median_ms=%.2f samples=%d (ours: input to our frame buffer)\n",
                median(latencies), int(latencies.size()));
    std::printf("screen_latency_median_ms: ours=%.2f (%d samples) vncviewer=%.2f (%d samples) ratio=%.2f "
                "(XTest press to the pixel on the screen; goal: ratio <= 1.0)\n",
                median(oursScreen), int(oursScreen.size()), median(tigerScreen), int(tigerScreen.size()),
                median(oursScreen) / median(tigerScreen));
    return 0;
}
