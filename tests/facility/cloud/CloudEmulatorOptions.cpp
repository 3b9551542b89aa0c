#include "CloudEmulatorOptions.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {
int signalPipe[2];
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}
} // namespace

CloudEmulatorOptions parseCloudOptions(QCoreApplication &app, const QString &description,
                                       QCommandLineParser &parser)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port (0: a free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption user(u"user"_s,
                                  u"A user NAME:PASSWORD (repeatable; default alice:alice-pw, bob:bob-pw)."_s,
                                  u"name:password"_s);
    const QCommandLineOption step(u"step-ms"_s, u"Delay between lifecycle states."_s, u"ms"_s, u"1500"_s);
    const QCommandLineOption desktopDelay(
        u"desktop-delay-ms"_s, u"Delay from 'running' to a desktop that answers."_s, u"ms"_s, u"1500"_s);
    const QCommandLineOption noDesktop(u"no-desktop"_s, u"Machines run, but their desktop never answers."_s);
    const QCommandLineOption noRdp(u"no-rdp"_s,
                                   u"Machines offer VNC only: no RDP server, no RDP attribute."_s);
    const QCommandLineOption tokenLifetime(u"token-lifetime-s"_s, u"Longest lifetime of a login token."_s,
                                           u"s"_s, u"36000"_s);
    parser.addOptions({host, port, user, step, desktopDelay, noDesktop, noRdp, tokenLifetime});
    parser.process(app);

    CloudEmulatorOptions options;
    options.host = parser.value(host);
    options.port = quint16(parser.value(port).toUInt());
    const QStringList users = parser.values(user);
    for (const QString &u : users)
        options.users.insert(u.section(u':', 0, 0), u.section(u':', 1));
    if (options.users.isEmpty())
        options.users = {{u"alice"_s, u"alice-pw"_s}, {u"bob"_s, u"bob-pw"_s}};
    options.stepDelayMs = parser.value(step).toInt();
    options.desktopDelayMs = parser.value(desktopDelay).toInt();
    options.desktops = !parser.isSet(noDesktop);
    options.rdp = !parser.isSet(noRdp);
    options.tokenLifetimeSeconds = parser.value(tokenLifetime).toInt();

    // SIGTERM/SIGINT end the event loop, so destructors stop every desktop
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    return options;
}

} // namespace daas::emulator
