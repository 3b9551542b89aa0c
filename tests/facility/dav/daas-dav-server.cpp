// daas-dav-server --user NAME:PASSWORD [--user ...]
// The local demo facility's storage: starts Apache mod_dav (DemoDavServer) on a free loopback port with one
// home per user and a few sample files, prints "listening on http://127.0.0.1:PORT/dav/" (a user's home is
// that URL + NAME + "/"), and runs until SIGTERM or SIGINT, when it stops Apache and removes the data.

#include "DemoDavServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("WebDAV storage of the local demo facility (Apache mod_dav)"));
    parser.addHelpOption();
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("A user and password, NAME:PASSWORD."),
                                        QStringLiteral("user"));
    parser.addOption(userOption);
    parser.process(app);

    QList<daas::testing::DemoDavServer::User> users;
    for (const QString &spec : parser.values(userOption)) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const QString name = spec.left(colon);
        // a user name becomes a folder and a line of the Apache configuration
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        if (colon <= 0 || !plain.match(name).hasMatch() || name.startsWith(QLatin1Char('.'))) {
            std::fprintf(stderr,
                         "daas-dav-server: bad --user %s (NAME:PASSWORD, NAME of letters and digits)\n",
                         qPrintable(name));
            return 2;
        }
        users.append({name, spec.mid(colon + 1)});
    }
    if (users.isEmpty()) {
        std::fprintf(stderr, "daas-dav-server: give at least one --user NAME:PASSWORD\n");
        return 2;
    }

    daas::testing::DemoDavServer server(users);
    if (!server.start()) {
        std::fprintf(stderr, "daas-dav-server: Apache did not start:\n%s\n", qPrintable(server.errorLog()));
        return 1;
    }
    if (!server.addSamples())
        std::fprintf(stderr, "daas-dav-server: some sample files could not be written\n");

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    std::printf("listening on %s\n", server.homesUrl().toString().toUtf8().constData());
    // where the homes are on disk: the demo's batch cluster mounts them (its jobs write their output there)
    std::printf("data in %s\n", server.dataDir().toUtf8().constData());
    std::fflush(stdout);
    const int rc = app.exec();
    server.stop();
    return rc;
}
