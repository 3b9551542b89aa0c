// Benchmarks of the catalogue core against the ICAT/IDS emulator (not part of the test run):
//   bench_catalogue rows BASE_URL URLS_OUT   fetch the 100,000-row dataset page by page through the core
//   bench_catalogue download BASE_URL URL_OUT [FOLDER]  download the 1 GiB datafile through the core (into
//                                                      FOLDER, else a temporary folder)
// Each prints "core_seconds=..." (and peak memory); it writes the same requests for curl to replay, so
// tests/bench/run-all.sh times the peer in the same run against the same server.

#include "ProcStatus.h"
#include "catalogue/CatalogueListings.h"
#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsTransfers.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace daas;

namespace {

QString peakMemory()
{
    const qint64 kb = bench::procStatusKb("VmHWM:");
    return kb < 0 ? QStringLiteral("?") : QStringLiteral("%1 kB").arg(kb);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::exit(1);
}

QUrl searchUrl(const QUrl &icat, const QString &session, const QString &query)
{
    QUrl url = icat;
    url.setPath(url.path() + QStringLiteral("/entityManager"));
    url.setQuery(QString::fromLatin1("sessionId=" + identity::formValue(session) +
                                     "&query=" + identity::formValue(query)),
                 QUrl::StrictMode);
    return url;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        die(QStringLiteral("usage: bench_catalogue rows|download BASE_URL OUT_FILE [FOLDER]"));
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QUrl base(QString::fromLocal8Bit(argv[2]));
    const QString out = QString::fromLocal8Bit(argv[3]);
    facility::FacilityProfile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("bench");
    profile.icatUrl = base.resolved(QUrl(QStringLiteral("/icat")));
    profile.idsUrl = base.resolved(QUrl(QStringLiteral("/ids")));
    identity::Account account(profile);
    identity::IcatSession *s = account.icat();
    QTemporaryDir tmp;
    const QString downloadFolder = argc > 4 ? QString::fromLocal8Bit(argv[4]) : tmp.path();

    QObject::connect(s, &identity::IcatSession::signInFailed, &app,
                     [](const Error &e) { die(e.userText()); });
    QObject::connect(s, &identity::IcatSession::propertiesLoaded, &app, [s] {
        s->login(QStringLiteral("simple"), {{QStringLiteral("username"), QStringLiteral("alice")},
                                            {QStringLiteral("password"), QStringLiteral("alice-pw")}});
    });
    QObject::connect(s, &identity::IcatSession::signedIn, &app, [&] {
        const QString dataset =
            mode == u"rows" ? QStringLiteral("WISH long scan") : QStringLiteral("Tomography reconstruction");
        catalogue::icatSearch(
            s, &app,
            QStringLiteral("SELECT ds FROM Dataset ds WHERE ds.name = %1")
                .arg(catalogue::queries::quoted(dataset)),
            [&](const Result<QJsonArray> &r) {
                if (!r || r->isEmpty())
                    die(QStringLiteral("dataset not found"));
                const qint64 dsId = r->at(0)[QStringLiteral("Dataset")][QStringLiteral("id")].toInteger();
                if (mode == u"rows") {
                    // every page through the same engine the GUI scrolls with, in order
                    auto *model = catalogue::makeDatafilesModel(s, dsId, &app);
                    const int pageSize = 500;
                    model->setPageSize(pageSize);
                    auto *clock = new QElapsedTimer;
                    QObject::connect(model, &catalogue::PagedListingModel::errorOccurred, &app,
                                     [](const Error &e) { die(e.userText()); });
                    QObject::connect(
                        model, &catalogue::PagedListingModel::countChanged, &app, [=, &out](qint64 rows) {
                            QFile urls(out);
                            if (!urls.open(QIODevice::WriteOnly))
                                die(QStringLiteral("cannot write ") + out);
                            for (qint64 off = 0; off < rows; off += pageSize)
                                urls.write(searchUrl(s->icatUrl(), s->sessionId(),
                                                     catalogue::queries::datafiles(dsId, {}, off, pageSize))
                                               .toEncoded() +
                                           '\n');
                            clock->start();
                            model->index(0, 0).data();
                        });
                    QObject::connect(model, &catalogue::PagedListingModel::pageLoaded, &app, [=](int page) {
                        const int next = (page + 1) * pageSize;
                        if (next < model->rowCount()) {
                            model->index(next, 0).data();
                            return;
                        }
                        std::printf("rows=%d pages=%d core_seconds=%.3f peak_memory=%s\n", model->rowCount(),
                                    page + 1, clock->nsecsElapsed() / 1e9, qPrintable(peakMemory()));
                        QCoreApplication::exit(0);
                    });
                    model->reload();
                    return;
                }
                catalogue::icatSearch(
                    s, &app, catalogue::queries::datafiles(dsId, {}, 0, 1),
                    [&](const Result<QJsonArray> &files) {
                        if (!files || files->isEmpty())
                            die(QStringLiteral("datafile not found"));
                        const auto f = catalogue::Datafile::fromJson(
                            files->at(0)[QStringLiteral("Datafile")].toObject());
                        QFile url(out);
                        if (!url.open(QIODevice::WriteOnly))
                            die(QStringLiteral("cannot write ") + out);
                        url.write(account.profile().idsUrl.toEncoded() +
                                  "/getData?sessionId=" + s->sessionId().toLatin1() +
                                  "&datafileIds=" + QByteArray::number(f.id) + '\n');
                        url.close();
                        auto *job = new catalogue::DownloadJob(
                            &account,
                            {catalogue::DownloadJob::Kind::Datafile, f.id, f.name, f.fileSize, f.checksum},
                            downloadFolder, &app);
                        auto *clock = new QElapsedTimer;
                        clock->start();
                        QObject::connect(job, &catalogue::DownloadJob::finished, &app, [=](const Error &e) {
                            if (e)
                                die(e.userText());
                            std::printf("bytes=%lld core_seconds=%.3f peak_memory=%s\n", f.fileSize,
                                        clock->nsecsElapsed() / 1e9, qPrintable(peakMemory()));
                            QCoreApplication::exit(0);
                        });
                        job->start();
                    });
            });
    });
    s->loadProperties();
    return app.exec();
}
