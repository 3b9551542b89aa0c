#include "support/FileSync.h"

#include <QFileDevice>

#include <cerrno>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace daas::support {

namespace {
std::mutex observerMutex;
std::function<void(const QString &)> observer;
} // namespace

int syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return errno != 0 ? errno : EIO;
    const int fd = file.handle();
    if (fd < 0)
        return EBADF;
#ifdef F_FULLFSYNC
    // macOS: fsync() leaves the data in the drive's cache; F_FULLFSYNC does not (some file systems refuse it)
    if (::fcntl(fd, F_FULLFSYNC) != 0 && ::fsync(fd) != 0)
        return errno == EINVAL ? 0 : errno;
#else
    if (::fsync(fd) != 0)
        // EINVAL: a pipe or another special file, which has nothing on a disk to flush
        return errno == EINVAL ? 0 : errno;
#endif
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
