// daas-askpass: the program ssh runs as SSH_ASKPASS for the DAaaS client. It asks the client that started
// ssh (over the local server named in DAAS_ASKPASS_SOCKET) and prints the answer for ssh. It never writes
// a secret anywhere else, and fails (exit 1) when the client is not there or the user cancelled.

#include "jobs/SshAskpass.h"
#include "support/CoreDumps.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QLocalSocket>

#include <cstdio>

int main(int argc, char **argv)
{
    daas::support::forbidCoreDumpsInReleaseBuilds(); // it holds a passphrase for a moment
    QCoreApplication app(argc, argv);
    const QString server = qEnvironmentVariable("DAAS_ASKPASS_SOCKET");
    const QString token = qEnvironmentVariable("DAAS_ASKPASS_TOKEN");
    const QString kind = qEnvironmentVariable("SSH_ASKPASS_PROMPT"); // "confirm", "none" or empty
    const QStringList args = QCoreApplication::arguments();
    const QString prompt = args.size() > 1 ? args.at(1) : QString();
    if (server.isEmpty() || token.isEmpty()) {
        std::fputs("daas-askpass: run by DAaaS Desktop's ssh only\n", stderr);
        return 1;
    }
    if (kind == QLatin1String("none"))
        return 0; // a notice ("confirm user presence for key …"): nothing to answer

    QLocalSocket socket;
    socket.connectToServer(server);
    if (!socket.waitForConnected(10000))
        return 1;
    QByteArray question;
    {
        QDataStream out(&question, QIODevice::WriteOnly);
        out.setVersion(daas::jobs::SshAskpassServer::streamVersion);
        out << token << prompt << kind;
    }
    socket.write(question);
    socket.flush();
    // the user may take a while to answer; the client closes the connection when the command goes away
    QDataStream in(&socket);
    in.setVersion(daas::jobs::SshAskpassServer::streamVersion);
    bool answered = false;
    QString secret;
    for (;;) {
        in.startTransaction();
        in >> answered >> secret;
        if (in.commitTransaction())
            break;
        if (socket.state() != QLocalSocket::ConnectedState && socket.bytesAvailable() == 0)
            return 1;
        socket.waitForReadyRead(1000);
    }
    if (!answered)
        return 1;
    const QByteArray line = secret.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return 0;
}
