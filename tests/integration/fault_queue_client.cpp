// daas-fault-queue URL USER PASSWORD STATEFILE [PLANFILE]: the client's transfer queue (TransferQueue with
// its queue file, as the GUI's Files area keeps it) in a process of its own, for tst_fault_loops to SIGKILL
// and start again. With no queue file yet, it queues PLANFILE's transfers (a JSON array of {"direction":
// "upload"|"download", "local", "remote"}); otherwise it restores the queue as the GUI does at start.
// Prints, one per line: "queued N" or "restored N" (once the queue file holds them), "conflict REMOTE" when
// the queue asks about an existing target (the test counts it: the client must recognise its own files),
// and "finished DONE FAILED" before leaving with 0 when every transfer is done.
#include "storage/StorageCredentials.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace daas;
using namespace daas::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    QTextStream out(stdout);
    QNetworkAccessManager network;
    StaticCredentials credentials = StaticCredentials::basic(args.at(2), args.at(3));
    WebDavClient client(&network, QUrl(args.at(1)), &credentials);
    TransferQueue queue(&client);
    queue.setStateFile(args.at(4));
    queue.setRetryBaseDelayMs(100);
    queue.setConflictPolicy(ConflictChoice::Ask); // as the GUI: an existing target is asked about
    QObject::connect(&queue, &TransferQueue::conflictRaised, &app, [&](Transfer *t) {
        out << "conflict " << t->remotePath() << Qt::endl;
        queue.resolveConflict(t->id(), ConflictChoice::Skip);
    });
    QObject::connect(&queue, &TransferQueue::stateNotSaved, &app,
                     [&](const Error &e) { out << "not-saved " << e.detail() << Qt::endl; });

    QString first;
    if (QFile::exists(queue.stateFile())) {
        if (const Error e = queue.restore()) {
            out << "unreadable " << e.detail() << Qt::endl;
            return 1;
        }
        first = QStringLiteral("restored %1").arg(queue.transfers().size());
    } else {
        QFile plan(args.value(5));
        if (!plan.open(QIODevice::ReadOnly))
            return 2;
        const QJsonArray list = QJsonDocument::fromJson(plan.readAll()).array();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("direction")).toString() == QLatin1String("upload"))
                queue.addUpload(o.value(QStringLiteral("local")).toString(),
                                o.value(QStringLiteral("remote")).toString());
            else
                queue.addDownload(o.value(QStringLiteral("remote")).toString(),
                                  o.value(QStringLiteral("local")).toString());
        }
        first = QStringLiteral("queued %1").arg(queue.transfers().size());
    }
    // said once the queue file holds what this run is about (the queue writes it shortly after a change)
    QTimer saved;
    saved.setInterval(20);
    QObject::connect(&saved, &QTimer::timeout, &app, [&]() {
        if (!QFile::exists(queue.stateFile()))
            return;
        saved.stop();
        out << first << Qt::endl;
    });
    saved.start();

    auto finishIfIdle = [&]() {
        if (!queue.isIdle())
            return;
        int done = 0, failed = 0;
        for (const Transfer *t : queue.transfers()) {
            if (t->state() == Transfer::State::Done)
                ++done;
            else {
                ++failed;
                out << "not-done " << t->remotePath() << ' ' << t->error().detail() << Qt::endl;
            }
        }
        out << "finished " << done << ' ' << failed << Qt::endl;
        QCoreApplication::exit(failed == 0 ? 0 : 1);
    };
    QObject::connect(&queue, &TransferQueue::idle, &app, finishIfIdle);
    if (queue.transfers().isEmpty())
        QTimer::singleShot(0, &app, finishIfIdle);
    return app.exec();
}
