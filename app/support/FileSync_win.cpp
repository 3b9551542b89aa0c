#include "support/FileSync.h"

#include <QFileDevice>

#include <cerrno>
#include <mutex>

#include <io.h>

namespace daas::support {

namespace {
std::mutex observerMutex;
std::function<void(const QString &)> observer;
} // namespace

int syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return errno != 0 ? errno : EIO;
    const int fd = file.handle(); // a C runtime descriptor on Windows too
    if (fd < 0)
        return EBADF;
    if (::_commit(fd) != 0) // FlushFileBuffers on the file's handle
        return errno;
    const std::lock_guard lock(observerMutex);
    if (observer)
        observer(file.fileName());
    return 0;
}

void setSyncObserver(std::function<void(const QString &)> o)
{
    const std::lock_guard lock(observerMutex);
    observer = std::move(o);
}

} // namespace daas::support
