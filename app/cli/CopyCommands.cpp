// daas copy-to-storage (--dataset ID | --datafile ID)... [--to REMOTE_FOLDER] [--overwrite] [--json]:
// datasets (with their structure) and datafiles from the catalogue into the user's storage, streamed from IDS
// without a copy on this computer, through the same core as the GUI's "Copy to my storage…"
// (StorageSession::copyFromCatalogue and the storage's transfer queue).

#include "CliCommands.h"
#include "CliContext.h"
#include "StorageCli.h"

#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace daas::storage;

namespace daas::cli {

namespace {

// every --dataset and --datafile given, as ids; false (after usage()) when one is not a positive number
bool idsOf(const CliContext &cli, const QString &option, QList<qint64> &ids)
{
    for (const QString &value : cli.values(option)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            usage(CliContext::tr("--%1 needs a catalogue id (a positive number), not '%2'.")
                      .arg(option, value));
            return false;
        }
        ids << id;
    }
    return true;
}

} // namespace

void copyToStorage(CliContext &cli)
{
    if (!cli.args().isEmpty())
        return usage(CliContext::tr("copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER."));
    QList<qint64> datasets;
    QList<qint64> datafiles;
    if (!idsOf(cli, u"dataset"_s, datasets) || !idsOf(cli, u"datafile"_s, datafiles))
        return;
    if (datasets.isEmpty() && datafiles.isEmpty())
        return usage(CliContext::tr("copy-to-storage needs --dataset ID or --datafile ID."));
    QString folder = StorageSession::defaultCopyFolder();
    if (cli.isSet(u"to"_s) && !remotePath(cli.value(u"to"_s), folder))
        return;
    withStorage(cli, [&cli, datasets, datafiles, folder](StorageSession *const &s) {
        // what is in the way is skipped (and reported), or replaced with --overwrite
        s->queue()->setConflictPolicy(cli.isSet(u"overwrite"_s) ? ConflictChoice::Overwrite
                                                                : ConflictChoice::Ask);
        s->copyFromCatalogue(
            datasets, datafiles, folder, &cli,
            [&cli, s](const Result<CatalogueCopyPlan> &plan, const QList<Transfer *> &queued) {
                if (!plan)
                    return failWith(plan.error());
                if (!cli.json())
                    err() << CliContext::tr("Copying %n file(s) into %1", nullptr, int(queued.size()))
                                 .arg(shown(plan->folder))
                          << Qt::endl;
                runQueue(cli, s->queue(), plan->leftOut);
            });
    });
}

} // namespace daas::cli
