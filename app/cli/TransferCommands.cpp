// daas download (--datafile|--dataset|--investigation ID) --to FOLDER | upload FILE --dataset ID --format-id
// ID

#include "CliCommands.h"
#include "CliContext.h"

#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsTransfers.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::cli {

namespace {

// "Not found" for an id the user typed: ICAT answers 404 only for an id that does not exist, but IDS also
// answers 404 when the user may not read it (its single-id size check), so the sentence allows both. The id
// is named: "no longer" would be wrong for one that never existed.
Error forTarget(const Error &e, catalogue::DownloadJob::Kind kind, qint64 id)
{
    if (e.kind() != Error::Kind::NotFound)
        return e;
    QString text;
    switch (kind) {
    case catalogue::DownloadJob::Kind::Datafile:
        text = CliContext::tr("There is no datafile %1 in the catalogue, or you are not allowed to see it.");
        break;
    case catalogue::DownloadJob::Kind::Dataset:
        text = CliContext::tr("There is no dataset %1 in the catalogue, or you are not allowed to see it.");
        break;
    default:
        text = CliContext::tr("There is no investigation %1 in the catalogue, or you are not allowed to see "
                              "it.");
        break;
    }
    return Error(e.kind(), text.arg(id), e.detail());
}

void startDownload(CliContext &cli, const catalogue::DownloadJob::Target &target, const QString &to)
{
    auto *job = new catalogue::DownloadJob(cli.account(), target, to, &cli);
    // progress on stderr at most once a second, so a log of a long download stays readable
    auto nextReport = std::make_shared<QDeadlineTimer>(0);
    QObject::connect(
        job, &catalogue::DownloadJob::progress, &cli, [nextReport](qint64 received, qint64 total) {
            if (!nextReport->hasExpired())
                return;
            nextReport->setRemainingTime(1000);
            err() << (total >= 0 ? CliContext::tr("%1 of %2")
                                       .arg(catalogue::formatSize(received), catalogue::formatSize(total))
                                 : CliContext::tr("%1 received").arg(catalogue::formatSize(received)))
                  << Qt::endl;
        });
    QObject::connect(job, &catalogue::DownloadJob::restoring, &cli, [] {
        err() << CliContext::tr("The facility is restoring these files from tape; waiting until they are "
                                "online (Ctrl+C stops).")
              << Qt::endl;
    });
    QObject::connect(job, &catalogue::DownloadJob::restoreWaiting, &cli, [](qint64 elapsedMs) {
        err() << CliContext::tr("still restoring from tape (%1 so far)")
                     .arg(catalogue::formatDuration(elapsedMs / 1000))
              << Qt::endl;
    });
    QObject::connect(job, &catalogue::DownloadJob::finished, &cli, [&cli, job, target](const Error &e) {
        for (const QString &refused : job->refusedEntries())
            err()
                << CliContext::tr("refused (it would have been written outside the folder): %1").arg(refused)
                << Qt::endl;
        if (e)
            return failWith(forTarget(e, target.kind, target.id));
        if (cli.json()) {
            out() << QJsonDocument(
                         QJsonObject{{u"written"_s, QJsonArray::fromStringList(job->writtenFiles())},
                                     {u"refused"_s, QJsonArray::fromStringList(job->refusedEntries())}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            for (const QString &f : job->writtenFiles())
                out() << f << Qt::endl;
        }
        // a hostile archive is reported, and the exit code says that not everything asked for was done
        finish(job->refusedEntries().isEmpty() ? Ok : LocalFile);
    });
    job->start();
}

} // namespace

void download(CliContext &cli)
{
    const QString to = cli.value(u"to"_s);
    if (to.isEmpty())
        return usage(CliContext::tr("download needs --to FOLDER."));
    catalogue::DownloadJob::Target target;
    QStringList given;
    for (const auto &[name, kind] :
         {std::pair{u"datafile"_s, catalogue::DownloadJob::Kind::Datafile},
          std::pair{u"dataset"_s, catalogue::DownloadJob::Kind::Dataset},
          std::pair{u"investigation"_s, catalogue::DownloadJob::Kind::Investigation}})
        if (cli.isSet(name)) {
            given << name;
            target.kind = kind;
            target.id = cli.value(name).toLongLong();
        }
    if (given.size() != 1 || target.id <= 0)
        return usage(
            CliContext::tr("download needs one of --datafile ID, --dataset ID, --investigation ID."));
    if (target.kind != catalogue::DownloadJob::Kind::Datafile) {
        target.name = given.first() + u' ' + QString::number(target.id);
        return startDownload(cli, target, to);
    }
    // a datafile's name, size and checksum come from the catalogue, so the file is checked when it lands
    catalogue::icatGet(cli.icat(), &cli, u"Datafile"_s, target.id,
                       [&cli, target, to](const Result<QJsonObject> &r) mutable {
                           if (!r)
                               return failWith(forTarget(r.error(), target.kind, target.id));
                           const auto f = catalogue::Datafile::fromJson(r.value());
                           target.name = f.name;
                           target.expectedSize = f.fileSize;
                           target.checksumHex = f.checksum;
                           startDownload(cli, target, to);
                       });
}

void upload(CliContext &cli)
{
    const QString file = cli.args().value(0);
    const qint64 dataset = cli.value(u"dataset"_s).toLongLong();
    const qint64 format = cli.value(u"format-id"_s).toLongLong();
    if (file.isEmpty() || dataset <= 0 || format <= 0)
        return usage(CliContext::tr("upload needs FILE --dataset ID --format-id ID."));
    if (!QFileInfo(file).isFile())
        return failWith(Error(Error::Kind::Storage, CliContext::tr("There is no file %1.").arg(file)));
    auto *job = new catalogue::UploadJob(cli.account(), file, dataset, format, &cli);
    QObject::connect(job, &catalogue::UploadJob::finished, &cli, [job](const Error &e) {
        if (e)
            return failWith(e);
        out() << job->datafileId() << Qt::endl;
        finish(Ok);
    });
    job->start();
}

} // namespace daas::cli
