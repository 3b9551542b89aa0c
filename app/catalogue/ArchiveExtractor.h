#pragma once

#include "support/Error.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace daas::catalogue {

// Unpacks an IDS ZIP (ids/<facility>/<investigation>/<visit>/<dataset>/<file>) into a folder as
// <dataset>/<file>. Entries that would leave the folder (.., absolute paths, links) or that are not in
// IDS's layout are refused and listed, never written; every written file goes through temp + rename.
// Runs on a worker thread for big archives: it touches no QObject; `cancelled` is polled between blocks
// (a cancel leaves the files completed so far and no temp file).
struct ExtractResult
{
    QStringList written; // local paths
    QStringList refused; // "entry name: reason"
    Error error;         // the archive could not be read, or the disk failed
};

ExtractResult extractIdsZip(const QString &zipPath, const QString &targetDir,
                            const std::atomic<bool> *cancelled = nullptr);

// java.net.URLDecoder: '+' is a space, %XX a UTF-8 byte
QString javaUrlDecode(const QString &text);

} // namespace daas::catalogue
