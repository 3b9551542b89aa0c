// daas-slurm-cluster --user NAME:PASSWORD [--user ...] [--work-dir DIR] [--token-lifespan SECONDS]
// The local demo facility's batch cluster: a real single-node Slurm (SlurmCluster) and a small token service
// in front of it, as a facility would run one: GET /token with the facility user's Basic credentials answers
// {"user": "<cluster user>", "token": "<JWT>", "expires": <unix time>}, minted by `scontrol token`. Prints
//   listening on http://127.0.0.1:PORT          (slurmrestd: the profile's batch.url)
//   token service on http://127.0.0.1:PORT/token (the profile's batch.tokenUrl)
//   cluster user daas-batch
//   storage mount DIR                            (with --work-dir: where jobs run and write by default)
// and runs until SIGTERM or SIGINT, when it cancels the jobs and stops the daemons.

#include "SlurmCluster.h"
#include "SlurmTokenService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
        QStringLiteral("Batch cluster of the local demo facility (Slurm 24.11 with slurmrestd)"));
    parser.addHelpOption();
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("A facility user and password, NAME:PASSWORD."),
                                        QStringLiteral("user"));
    const QCommandLineOption workDirOption(QStringLiteral("work-dir"),
                                           QStringLiteral("The folder jobs run and write in by default."),
                                           QStringLiteral("dir"));
    const QCommandLineOption lifespanOption(QStringLiteral("token-lifespan"),
                                            QStringLiteral("Seconds a token is valid (default 3600)."),
                                            QStringLiteral("seconds"), QStringLiteral("3600"));
    parser.addOption(userOption);
    parser.addOption(workDirOption);
    parser.addOption(lifespanOption);
    parser.process(app);

    QHash<QString, QString> users;
    for (const QString &spec : parser.values(userOption)) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            std::fprintf(stderr, "daas-slurm-cluster: bad --user (NAME:PASSWORD)\n");
            return 2;
        }
        users.insert(spec.left(colon), spec.mid(colon + 1));
    }
    if (users.isEmpty()) {
        std::fprintf(stderr, "daas-slurm-cluster: give at least one --user NAME:PASSWORD\n");
        return 2;
    }

    // handled from the start: a SIGTERM while Slurm starts stops it once start() returns, never leaves it
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    daas::testing::SlurmCluster::Options options;
    options.workDir = parser.value(workDirOption);
    daas::testing::SlurmCluster cluster(options);
    if (!cluster.start()) {
        std::fprintf(stderr, "daas-slurm-cluster: Slurm did not start: %s\n",
                     qPrintable(cluster.errorText()));
        return 1;
    }
    daas::testing::SlurmTokenService tokens(&cluster, users, parser.value(lifespanOption).toInt());
    if (!tokens.listen()) {
        std::fprintf(stderr, "daas-slurm-cluster: the token service cannot listen\n");
        return 1;
    }

    std::printf("listening on %s\n", cluster.restUrl().toString().toUtf8().constData());
    std::printf("token service on %s\n", tokens.url().toString().toUtf8().constData());
    std::printf("cluster user %s\n", qPrintable(daas::testing::SlurmCluster::clusterUser()));
    if (!options.workDir.isEmpty())
        std::printf("storage mount %s\n", qPrintable(cluster.workDir()));
    std::fflush(stdout);
    std::fprintf(stderr, "daas-slurm-cluster: node %s idle after %lld ms\n", qPrintable(cluster.nodeName()),
                 static_cast<long long>(cluster.startMs()));
    const int rc = app.exec();
    cluster.stop();
    return rc;
}
