// bench_desktops_memory [ROUNDS] -- the memory of four remote desktops open at once: ours (four RDP tabs in
// the client's SessionTabs, in this process) against Remmina with the same four connections (`remmina -c`
// on four connection files; Remmina keeps them in one process), on the same freerdp-shadow-cli3 server
// showing a 1920x1080 desktop, in the same run, the two taking turns to go first. Measured once every
// connection shows the remote desktop and has settled: the proportional set size (PSS, shared library pages
// divided among the processes mapping them) of the viewer's process, the highest of five samples a second
// apart; ours also before the first desktop, to show what the desktops themselves cost. Prints key=value
// lines; no pass/fail.
#include "ProcStatus.h"
#include "RdpTestServer.h"
#include "VncTestServer.h"
#include "remote/RdpSession.h"
#include "remote/RemoteView.h"
#include "remote/SessionTabs.h"
#include "support/ReleaseMemory.h"
#include "support/Worker.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using daas::bench::median;
using daas::bench::processPssKb;
using daas::remote::RdpEndpoint;
using daas::remote::RdpSession;
using daas::remote::RemoteSession;
using daas::test::RdpTestServer;
using daas::test::VncProbe;
using daas::test::VncTestServer;

namespace {

constexpr int desktops = 4;

// Established connections to the server's port (one per open desktop, whoever the viewer is).
int established(quint16 port)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"),
             {QStringLiteral("-tnH"), QStringLiteral("state"), QStringLiteral("established"),
              QStringLiteral("( sport = :%1 )").arg(port)});
    ss.waitForFinished(5000);
    int n = 0;
    for (const QByteArray &line : ss.readAllStandardOutput().split('\n'))
        n += line.trimmed().isEmpty() ? 0 : 1;
    return n;
}

// The highest PSS (MB) of five samples a second apart: memory settles after the first frames.
double settledPssMb(qint64 pid)
{
    qint64 highest = 0;
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(1000);
        highest = std::max(highest, processPssKb(pid));
    }
    return highest / 1024.0;
}

// Remmina keeps passwords in its connection files 3DES-encrypted with the secret of its remmina.pref
// (src/remmina_crypt.c: key = the secret's first 24 bytes, IV the next 8, the text zero-padded to a whole
// block and always zero-terminated, then base64). Done with the openssl tool, so that no code of Remmina's
// is needed.
QByteArray remminaPassword(const QByteArray &secret, const QByteArray &password)
{
    QByteArray plain = password;
    plain.append(QByteArray(8 - plain.size() % 8, '\0'));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("enc"), QStringLiteral("-des-ede3-cbc"), QStringLiteral("-nopad"),
                   QStringLiteral("-nosalt"), QStringLiteral("-K"),
                   QString::fromLatin1(secret.left(24).toHex()), QStringLiteral("-iv"),
                   QString::fromLatin1(secret.mid(24, 8).toHex())});
    openssl.write(plain);
    openssl.closeWriteChannel();
    openssl.waitForFinished(10000);
    return openssl.readAllStandardOutput().toBase64();
}

} // namespace

int main(int argc, char **argv)
{
    daas::support::mapLargeBlocksApart(); // as daas-desktop's main() does
    if (qEnvironmentVariableIsEmpty("DISPLAY") || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fprintf(stderr, "no DISPLAY or session bus: run under tests/facility/test-session.sh\n");
        return 1;
    }
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;

    VncTestServer desktop;
    VncTestServer::Options options;
    options.geometry = QSize(1920, 1080);
    if (!desktop.start(options)) {
        std::fprintf(stderr, "desktop: %s\n", qPrintable(desktop.errorString()));
        return 1;
    }
    QProcess *probe = VncProbe::start(desktop, QStringLiteral("#ffff00"), QStringLiteral("#00ffff"));
    if (!probe) {
        std::fprintf(stderr, "probe did not start\n");
        return 1;
    }
    RdpTestServer server;
    if (!server.start(desktop.display())) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    RdpEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = server.port();
    endpoint.userName = QStringLiteral("tester");
    endpoint.password = QStringLiteral("Secret123");
    endpoint.initialSize = QSize(1920, 1080);
    endpoint.reconnect = false;

    double oursBefore = 0;
    auto runOurs = [&](double &mb) {
        QWidget window;
        auto *tabs = new daas::ui::SessionTabs(&window);
        window.resize(1280, 800);
        tabs->resize(window.size());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        oursBefore = processPssKb(0) / 1024.0;
        QList<daas::ui::RemoteView *> views;
        for (int i = 0; i < desktops; ++i) {
            auto *session = new RdpSession(endpoint);
            QObject::connect(session, &RemoteSession::certificateDecisionNeeded, session,
                             [session] { session->answerCertificate(true); });
            views << tabs->openSession(QStringLiteral("desktop %1").arg(i + 1), session);
        }
        for (daas::ui::RemoteView *view : std::as_const(views)) {
            tabs->setCurrentView(view); // each shown once, as a user looking at each
            if (!QTest::qWaitFor([&] { return view->session()->state() == RemoteSession::State::Connected; },
                                 30000))
                return false;
            QTest::qWait(500);
        }
        if (!QTest::qWaitFor([&] { return established(server.port()) == desktops; }, 10000))
            return false;
        mb = settledPssMb(0);
        while (tabs->count() > 0)
            tabs->closeView(0);
        return QTest::qWaitFor([&] { return established(server.port()) == 0; }, 20000);
    };

    // Remmina: its own configuration in a home of its own (no news or statistics questions), a secret
    // for its password encryption, and four connection files
    QTemporaryDir home;
    const QByteArray secret = QByteArray("0123456789abcdefghijklmnopqrstuv");
    QDir().mkpath(home.filePath(QStringLiteral(".config/remmina")));
    {
        QFile pref(home.filePath(QStringLiteral(".config/remmina/remmina.pref")));
        if (!pref.open(QIODevice::WriteOnly))
            return 1;
        pref.write("[remmina_pref]\nsecret=" + secret.toBase64() +
                   "\nperiodic_news_permitted=false\nperiodic_usage_stats_permitted=false\n"
                   "disable_tray_icon=true\nsave_view_mode=false\n");
    }
    QStringList files;
    for (int i = 0; i < desktops; ++i) {
        const QString path = home.filePath(QStringLiteral("desktop%1.remmina").arg(i + 1));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(
            QStringLiteral("[remmina]\nname=desktop %1\nprotocol=RDP\nserver=127.0.0.1:%2\nusername=tester\n"
                           "password=%3\ncert_ignore=1\nresolution_mode=2\nresolution_width=1920\n"
                           "resolution_height=1080\nviewmode=1\nwindow_width=1280\nwindow_height=800\n"
                           "disableautoreconnect=1\n")
                .arg(i + 1)
                .arg(server.port())
                .arg(QString::fromLatin1(remminaPassword(secret, "Secret123")))
                .toUtf8());
        files << path;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    auto runRemmina = [&](double &mb) {
        QProcess remmina;
        remmina.setProcessEnvironment(env);
        remmina.setProcessChannelMode(QProcess::MergedChannels);
        remmina.setStandardOutputFile(home.filePath(QStringLiteral("remmina.log")));
        remmina.start(QStringLiteral("remmina"), {QStringLiteral("-c"), files.first()});
        if (!QTest::qWaitFor([&] { return established(server.port()) >= 1; }, 30000)) {
            std::fprintf(stderr, "remmina did not connect (see %s)\n",
                         qPrintable(home.filePath(QStringLiteral("remmina.log"))));
            return false;
        }
        // the others go to the running instance (a GApplication), which opens them as tabs
        for (int i = 1; i < desktops; ++i) {
            QProcess more;
            more.setProcessEnvironment(env);
            more.start(QStringLiteral("remmina"), {QStringLiteral("-c"), files.at(i)});
            more.waitForFinished(20000);
            if (!QTest::qWaitFor([&] { return established(server.port()) >= i + 1; }, 30000)) {
                std::fprintf(stderr, "remmina did not open desktop %d\n", i + 1);
                return false;
            }
            QTest::qWait(500);
        }
        mb = settledPssMb(remmina.processId());
        remmina.terminate();
        if (!remmina.waitForFinished(10000)) {
            remmina.kill();
            remmina.waitForFinished(5000);
        }
        return QTest::qWaitFor([&] { return established(server.port()) == 0; }, 20000);
    };

    // Closed sessions go by deleteLater and their workers retire on the pool: the next round's "before" is
    // taken once they are gone (round 3 follows round 2's desktops at once), not while they hold memory.
    auto runOursToTheEnd = [&](double &mb) {
        const bool ok = runOurs(mb);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        daas::support::workerPool()->waitForDone();
        return ok;
    };

    QList<double> ours, peer, oursIdle;
    for (int round = 1; round <= rounds; ++round) {
        double o = 0, p = 0;
        const bool peerFirst = round % 2 == 0;
        if ((peerFirst && !runRemmina(p)) || !runOursToTheEnd(o) || (!peerFirst && !runRemmina(p))) {
            std::fprintf(stderr, "round %d: a viewer did not open its four desktops\n", round);
            return 1;
        }
        ours << o;
        peer << p;
        oursIdle << oursBefore;
        std::printf("round %d: ours %.1f MB (%.1f MB before the desktops), remmina %.1f MB\n", round, o,
                    oursBefore, p);
        std::fflush(stdout);
    }
    std::printf(
        "four_desktops_pss_mb: ours=%.1f remmina=%.1f ratio=%.2f (ours before the desktops %.1f MB; medians "
        "of %d rounds; goal: ratio <= 1.0)\n",
        median(ours), median(peer), median(ours) / median(peer), median(oursIdle), rounds);
    return 0;
}
