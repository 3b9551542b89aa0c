#pragma once

#include <QString>

#include <functional>

class QFileDevice;

namespace daas::support {

// Flushes what was written to an open file out of the operating system's cache onto the disk, so that a
// rename that follows never puts a name on data a power cut could still lose (ext4, XFS and NTFS order the
// rename's metadata before the file's data otherwise). One platform file each: FileSync_posix.cpp
// (fsync; F_FULLFSYNC on macOS), FileSync_win.cpp (_commit, i.e. FlushFileBuffers).
// Returns 0, or the errno of the failure.
int syncToDisk(QFileDevice &file);

// For tests: called with the file's name after each successful syncToDisk(), on the thread that synced.
void setSyncObserver(std::function<void(const QString &path)> observer);

} // namespace daas::support
