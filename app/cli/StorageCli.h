#pragma once

#include "support/Error.h"

#include <QList>
#include <QString>

#include <functional>

namespace daas::storage {
class StorageSession;
class TransferQueue;
} // namespace daas::storage

namespace daas::cli {

class CliContext;

// What the commands that write into the facility's storage share (StorageCommands.cpp): put, get and
// copy-to-storage.

// A path given on the command line, relative to the store's root ("/a/b/" and "a/b" are the same); an
// unusable one ends the run (exit 5) and gives false.
bool remotePath(const QString &given, QString &path);
// A store path as the tool prints it ("/a/b").
QString shown(const QString &path);
// Sets up the user's store once the user name and password are known (or the ICAT session, for a store
// that takes it), then runs then(); a store that cannot be used ends the run with its sentence.
void withStorage(CliContext &cli, std::function<void(storage::StorageSession *const &)> then);
// Runs the queue to its end: progress on stderr once a second, the paths written on stdout, one sentence
// per file that failed or was in the way (--overwrite replaces), and `leftOut` (what was never queued, and
// why); the exit code of the first failure.
void runQueue(CliContext &cli, storage::TransferQueue *queue, const QList<Error> &leftOut = {});

} // namespace daas::cli
