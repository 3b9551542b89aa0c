// bench_rdp_viewer [SECONDS] [ROUNDS] -- our RDP viewer against xfreerdp3 on the same freerdp-shadow-cli3
// server (1920x1080 Xtigervnc display, NLA) in the same run, while a test program repaints the whole
// remote screen ~60 times a second. Both use FreeRDP 3 with the same codecs and both paint into a window on
// the session's X display (ours is not offscreen), so the difference is the pipeline around the library.
// Measured per round, the two taking turns to go first:
//   - bytes the server sent to the client per second (ss: the connection's bytes_acked): what the client
//     kept up with, since the server sends a GFX frame only after the previous one is acknowledged;
//   - client CPU (ours: getrusage of this process; xfreerdp3: /proc) and CPU per MB received;
//   - our frames: frame updates delivered to the view and painted per second.
// Then latencies: from a pointer press to the changed pixels in our frame buffer (the engine alone), and
// from an XTest press to the changed pixel on the screen for both viewers, measured the same way from
// outside (daas-x11-latency), taking turns. Prints key=value lines; no pass/fail.
#include "EventLoopWait.h"
#include "PaintCounter.h"
#include "ProcStatus.h"
#include "RdpTestServer.h"
#include "ScreenLatency.h"
#include "VncTestServer.h"
#include "remote/RdpSession.h"
#include "remote/RemoteView.h"
#include "support/ReleaseMemory.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>

using daas::remote::RdpEndpoint;
using daas::remote::RdpSession;
using daas::remote::RemoteSession;
using daas::test::RdpTestServer;
using daas::test::VncProbe;
using daas::test::VncTestServer;

using daas::bench::median;
using daas::bench::PaintCounter;
using daas::bench::processCpuSeconds;
using daas::bench::selfCpuSeconds;

namespace {

// Bytes the server has sent and had acknowledged on its established connections on `port`.
double serverBytesSent(quint16 port)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"),
             {QStringLiteral("-tinH"), QStringLiteral("state"), QStringLiteral("established"),
              QStringLiteral("( sport = :%1 )").arg(port)});
    ss.waitForFinished(5000);
    static const QRegularExpression re(QStringLiteral("bytes_acked:(\\d+)"));
    double total = 0;
    for (auto it = re.globalMatch(QString::fromUtf8(ss.readAllStandardOutput())); it.hasNext();)
        total += it.next().captured(1).toDouble();
    return total;
}

struct Run
{
    double seconds = 0;
    double cpu = 0;
    double bytes = 0;
    long frames = 0;
    long paints = 0;
};

} // namespace

int main(int argc, char **argv)
{
    daas::support::mapLargeBlocksApart(); // as daas-desktop's main() does
    // our window on the same X display as xfreerdp3's (the session's Xvfb): both pay for putting pixels
    // on the screen
    const QByteArray display = qgetenv("DISPLAY");
    if (display.isEmpty()) {
        std::fprintf(stderr, "no DISPLAY: run under tests/facility/test-session.sh\n");
        return 1;
    }
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, atoi(argv[1])) : 8;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QStandardPaths::setTestModeEnabled(true);

    VncTestServer desktop;
    VncTestServer::Options options;
    options.geometry = QSize(1920, 1080);
    if (!desktop.start(options)) {
        std::fprintf(stderr, "desktop: %s\n", qPrintable(desktop.errorString()));
        return 1;
    }
    RdpTestServer server;
    if (!server.start(desktop.display())) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QProcess *animation = desktop.startClient(VncProbe::path(), {QStringLiteral("--animate")});
    if (!animation->waitForReadyRead(20000)) {
        std::fprintf(stderr, "animation did not start\n");
        return 1;
    }
    daas::testing::runEventLoopFor(1000);

    RdpEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = server.port();
    endpoint.userName = QStringLiteral("tester");
    endpoint.password = QStringLiteral("Secret123");
    endpoint.initialSize = QSize(1920, 1080);
    endpoint.reconnect = false;

    auto runOurs = [&](Run &r) {
        daas::ui::RemoteView view(new RdpSession(endpoint));
        QObject::connect(view.session(), &RemoteSession::certificateDecisionNeeded, view.session(),
                         [&view] { view.session()->answerCertificate(true); });
        PaintCounter counter;
        view.installEventFilter(&counter);
        view.setScaleMode(daas::ui::RemoteView::ScaleMode::Original);
        view.resize(1920, 1080);
        view.show();
        long frames = 0;
        QObject::connect(view.session(), &RemoteSession::frameUpdated, &view, [&frames] { ++frames; });
        view.session()->open();
        if (!daas::testing::waitInEventLoop(
                [&] { return view.session()->state() == RemoteSession::State::Connected; }, 20000))
            return false;
        daas::testing::runEventLoopFor(500); // as for xfreerdp3: past the first full screen
        const double cpu0 = selfCpuSeconds(), bytes0 = serverBytesSent(server.port());
        frames = 0;
        counter.paints = 0;
        QElapsedTimer t;
        t.start();
        daas::testing::runEventLoopFor(seconds * 1000);
        r.cpu = selfCpuSeconds() - cpu0;
        r.bytes = serverBytesSent(server.port()) - bytes0;
        r.seconds = t.elapsed() / 1000.0;
        r.frames = frames;
        r.paints = counter.paints;
        const QString shots = qEnvironmentVariable("DAAS_SHOTS_DIR", QStringLiteral("/tmp/daas-shots"));
        if (QDir().mkpath(shots))
            view.grab().toImage().scaledToWidth(960).save(shots + QStringLiteral("/bench-rdp-animation.png"));
        view.session()->close();
        return true;
    };
    auto runPeer = [&](Run &r) {
        QProcess peer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QString::fromLocal8Bit(display));
        peer.setProcessEnvironment(env);
        peer.setProcessChannelMode(QProcess::MergedChannels);
        peer.setStandardOutputFile(QDir::tempPath() + QStringLiteral("/bench-xfreerdp3.log"));
        peer.start(QStringLiteral("xfreerdp3"),
                   {QStringLiteral("/v:127.0.0.1:%1").arg(server.port()), QStringLiteral("/u:tester"),
                    QStringLiteral("/p:Secret123"), QStringLiteral("/cert:ignore"),
                    QStringLiteral("/size:1920x1080"), QStringLiteral("/gfx:AVC420"),
                    QStringLiteral("-clipboard"), QStringLiteral("/log-level:ERROR")});
        if (!daas::testing::waitInEventLoop([&] { return serverBytesSent(server.port()) > 1e5; }, 20000))
            return false;
        daas::testing::runEventLoopFor(500);
        const double cpu0 = processCpuSeconds(peer.processId()), bytes0 = serverBytesSent(server.port());
        QElapsedTimer t;
        t.start();
        daas::testing::runEventLoopFor(seconds * 1000);
        r.cpu = processCpuSeconds(peer.processId()) - cpu0;
        r.bytes = serverBytesSent(server.port()) - bytes0;
        r.seconds = t.elapsed() / 1000.0;
        peer.terminate();
        peer.waitForFinished(5000);
        return true;
    };

    QList<double> oursMBs, peerMBs, oursCpu, peerCpu, oursCpuPerMB, peerCpuPerMB, oursFps, oursPainted;
    for (int round = 1; round <= rounds; ++round) {
        Run ours, peer;
        const bool peerFirst = round % 2 == 0;
        if ((peerFirst && !runPeer(peer)) || !runOurs(ours) || (!peerFirst && !runPeer(peer))) {
            std::fprintf(stderr, "round %d: a viewer did not connect\n", round);
            return 1;
        }
        oursMBs << ours.bytes / 1e6 / ours.seconds;
        peerMBs << peer.bytes / 1e6 / peer.seconds;
        oursCpu << ours.cpu / ours.seconds;
        peerCpu << peer.cpu / peer.seconds;
        oursCpuPerMB << (ours.bytes > 0 ? ours.cpu / (ours.bytes / 1e6) * 1000 : -1);
        peerCpuPerMB << (peer.bytes > 0 ? peer.cpu / (peer.bytes / 1e6) * 1000 : -1);
        oursFps << ours.frames / ours.seconds;
        oursPainted << ours.paints / ours.seconds;
        std::printf(
            "round %d: ours %.2f MB/s cpu %.2f core, %.1f frames/s; xfreerdp3 %.2f MB/s cpu %.2f core\n",
            round, oursMBs.last(), oursCpu.last(), oursFps.last(), peerMBs.last(), peerCpu.last());
        std::fflush(stdout);
    }
    animation->kill();
    animation->waitForFinished(3000);

    // latency: pointer press -> the probe's colour change in our frame buffer
    QList<double> latencies;
    {
        QProcess *probe = VncProbe::start(desktop, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
        if (!probe) {
            std::fprintf(stderr, "probe did not start\n");
            return 1;
        }
        RdpSession session(endpoint);
        QObject::connect(&session, &RemoteSession::certificateDecisionNeeded, &session,
                         [&session] { session.answerCertificate(true); });
        session.open();
        if (!daas::testing::waitInEventLoop(
                [&] { return session.state() == RemoteSession::State::Connected; }, 20000)) {
            std::fprintf(stderr, "latency session did not connect\n");
            return 1;
        }
        const QPoint centre(960, 540);
        auto near = [](const QColor &a, const QColor &b) {
            return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 &&
                   qAbs(a.blue() - b.blue()) < 24;
        };
        auto centreColour = [&] { return session.frameBuffer().snapshot().pixelColor(centre); };
        if (!daas::testing::waitInEventLoop([&] { return near(centreColour(), QColor(255, 255, 0)); },
                                            10000)) {
            std::fprintf(stderr, "the probe did not show\n");
            return 1;
        }
        QElapsedTimer t;
        QColor target;
        QObject::connect(&session, &RemoteSession::frameUpdated, &session, [&](const QRegion &r) {
            if (t.isValid() && r.contains(centre) && near(centreColour(), target)) {
                latencies.append(t.nsecsElapsed() / 1e6);
                t.invalidate();
            }
        });
        for (int i = 0; i < 40; ++i) {
            const bool press = i % 2 == 0;
            target = press ? QColor(0, 255, 255) : QColor(255, 255, 0);
            t.start();
            session.sendPointer(centre, press ? daas::remote::LeftButton : 0);
            if (!daas::testing::waitInEventLoop([&] { return !t.isValid(); }, 3000))
                std::fprintf(stderr, "a press was not seen within 3 s\n");
            t.invalidate();
            daas::testing::runEventLoopFor(30);
        }
        session.close();
    }

    // screen latency: the same XTest press into each viewer's window, the screen pixel read back
    QList<double> oursScreen, peerScreen;
    {
        QProcess *probe = VncProbe::start(desktop, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
        if (!probe) {
            std::fprintf(stderr, "probe did not start\n");
            return 1;
        }
        auto oursOnScreen = [&] {
            daas::ui::RemoteView view(new RdpSession(endpoint));
            QObject::connect(view.session(), &RemoteSession::certificateDecisionNeeded, view.session(),
                             [&view] { view.session()->answerCertificate(true); });
            view.setScaleMode(daas::ui::RemoteView::ScaleMode::Original);
            view.resize(1920, 1080);
            view.show();
            view.session()->open();
            if (!QTest::qWaitForWindowExposed(&view) ||
                !daas::testing::waitInEventLoop(
                    [&] { return view.session()->state() == RemoteSession::State::Connected; }, 20000))
                return false;
            oursScreen << daas::bench::screenLatencies(view.winId(), QStringLiteral("ffff00"),
                                                       QStringLiteral("00ffff"), 20);
            view.session()->close();
            return true;
        };
        auto peerOnScreen = [&] {
            QProcess peer;
            peer.setProcessChannelMode(QProcess::MergedChannels);
            peer.setStandardOutputFile(QDir::tempPath() + QStringLiteral("/bench-xfreerdp3-latency.log"));
            peer.start(QStringLiteral("xfreerdp3"),
                       {QStringLiteral("/v:127.0.0.1:%1").arg(server.port()), QStringLiteral("/u:tester"),
                        QStringLiteral("/p:Secret123"), QStringLiteral("/cert:ignore"),
                        QStringLiteral("/size:1920x1080"), QStringLiteral("/gfx:AVC420"),
                        QStringLiteral("-clipboard"), QStringLiteral("/log-level:ERROR")});
            const quint64 window = daas::bench::peerWindow(peer.processId(), QStringLiteral("xfreerdp"));
            if (window)
                peerScreen << daas::bench::screenLatencies(window, QStringLiteral("ffff00"),
                                                           QStringLiteral("00ffff"), 20);
            peer.terminate();
            peer.waitForFinished(5000);
            return window != 0;
        };
        for (int round = 1; round <= rounds; ++round) {
            const bool peerFirst = round % 2 == 0;
            if ((peerFirst && !peerOnScreen()) || !oursOnScreen() || (!peerFirst && !peerOnScreen())) {
                std::fprintf(stderr, "screen latency round %d: a viewer did not show\n", round);
                return 1;
            }
        }
    }

    const double mbRatio = median(oursMBs) / median(peerMBs);
    const double cpuRatio = median(oursCpuPerMB) / median(peerCpuPerMB);
    std::printf("ours: received_MB_per_s=%.2f cpu_cores=%.2f cpu_ms_per_MB=%.2f frames_per_s=%.1f "
                "painted_per_s=%.1f\n",
                median(oursMBs), median(oursCpu), median(oursCpuPerMB), median(oursFps), median(oursPainted));
    std::printf("xfreerdp3: received_MB_per_s=%.2f cpu_cores=%.2f cpu_ms_per_MB=%.2f\n", median(peerMBs),
                median(peerCpu), median(peerCpuPerMB));
    std::printf("throughput_ratio=%.2f cpu_per_MB_ratio=%.2f (medians of %d rounds; goal: throughput >= 1.0, "
                "cpu <= 1.0)\n",
                mbRatio, cpuRatio, rounds);
    std::printf("latency_pointer_to_pixels_median_ms=%.2f samples=%d (ours: input to our frame buffer)\n",
                median(latencies), int(latencies.size()));
    std::printf("screen_latency_median_ms: ours=%.2f (%d samples) xfreerdp3=%.2f (%d samples) ratio=%.2f "
                "(XTest press to the pixel on the screen; goal: ratio <= 1.0)\n",
                median(oursScreen), int(oursScreen.size()), median(peerScreen), int(peerScreen.size()),
                median(oursScreen) / median(peerScreen));
    return 0;
}
