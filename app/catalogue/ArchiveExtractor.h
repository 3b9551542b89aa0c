#pragma once

#include "support/ArchiveLimits.h"
#include "support/Error.h"

#include <QString>
#include <QStringList>

#include <atomic>

class QIODevice;

namespace daas::catalogue {

// Unpacks an IDS ZIP (ids/<facility>/<investigation>/<visit>/<dataset>/<file>) into a folder as
// <dataset>/<file>. Entries that would leave the folder (.., absolute paths, links) or that are not in
// IDS's layout are refused and listed, never written; every written file goes through temp + rename.
// Runs on a worker thread for big archives: it touches no QObject; `cancelled` is polled between blocks
// (a cancel leaves the files completed so far and no temp file).
// ZIP bombs: an archive whose entries unpack to more than `limits` allow (by what it declares, or by what
// really comes out) is refused as a whole, with nothing of it left in the folder; the total defaults to
// the free space of the folder's disk.
struct ExtractResult
{
    QStringList written; // local paths
    QStringList refused; // "entry name: reason"
    Error error;         // the archive could not be read, or the disk failed
};

ExtractResult extractIdsZip(const QString &zipPath, const QString &targetDir,
                            const std::atomic<bool> *cancelled = nullptr, support::ArchiveLimits limits = {});
// The same from a device (not yet open).
ExtractResult extractIdsZip(QIODevice *zip, const QString &targetDir,
                            const std::atomic<bool> *cancelled = nullptr, support::ArchiveLimits limits = {});

// Where an entry of an IDS ZIP goes below targetDir (<dataset>/<file>), or why it may not be written ("NAME:
// reason"): its raw name as the archive says it, not as KArchive cleaned it.
Result<QString> idsEntryTarget(const QString &targetDir, const QString &rawName);

// java.net.URLDecoder: '+' is a space, %XX a UTF-8 byte
QString javaUrlDecode(const QString &text);

} // namespace daas::catalogue
