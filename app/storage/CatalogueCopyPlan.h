#pragma once

#include "storage/CatalogueCopy.h"
#include "support/Error.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <utility>

namespace daas::identity {
class Account;
}

namespace daas::storage {

// What copying datasets and datafiles of the catalogue into a folder of the store comes down to, as ICAT
// lists them (in pages: a dataset may hold 100,000 files). A dataset keeps its structure:
// <folder>/<dataset name>/<datafile name>, where a datafile name such as "raw/MAR25123.nxs" is a folder
// inside the dataset's. A datafile chosen on its own goes into <folder> under the last part of its name.
struct CatalogueCopyPlan
{
    QString folder;      // the store folder chosen ("" is the store's root)
    QStringList folders; // folders to make, parents first (the folder included)
    QList<std::pair<CatalogueOrigin, QString>>
        files; // datafile → path in the store, in the catalogue's order
    // Left out, one sentence each: names the storage cannot take (UnsafePath), datafiles the catalogue
    // gives no size (Unsupported).
    QList<Error> leftOut;
    int datasets = 0; // datasets listed
    qint64 totalBytes() const;

    // Lists the datasets' datafiles and the datafiles through the account's ICAT session; then() on
    // context's thread with the plan, or with the error that stopped it (an unusable folder, a dataset
    // that cannot be read).
    static void make(identity::Account *account, const QList<qint64> &datasetIds,
                     const QList<qint64> &datafileIds, const QString &folder, QObject *context,
                     std::function<void(const Result<CatalogueCopyPlan> &)> then);
};

} // namespace daas::storage
