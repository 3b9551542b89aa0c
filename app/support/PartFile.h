#pragma once

#include "support/Crc32.h"
#include "support/Error.h"
#include "support/Worker.h"

#include <QFile>
#include <QObject>

#include <functional>
#include <memory>

class QIODevice;

namespace daas::support {

// Where a download goes while it is incomplete: a part file beside the final one, renamed over it in one
// step only when complete and flushed to the disk, so the final name never holds a partial file. The bytes
// are summed (CRC-32) and written on a thread of their own from reused buffers: a new file's pages and the
// sum cost about as much as the network, and off the receiving thread they overlap with it. Both the IDS
// downloads and the storage transfers write through it.
//
// Nothing here waits on the calling (GUI) thread: what an earlier attempt left is summed on a worker before
// open()'s answer, and the writer thread is finished, flushed and joined on a worker by finish(), close(),
// discard() and the destructor. A later open() of the same path waits (on its worker) until the part file's
// earlier writer has written everything it had queued.
class PartFile : public QObject
{
    Q_OBJECT
public:
    // label: the name the user knows the file by, used in the sentences of errors
    PartFile(QString path, QString label, QObject *parent = nullptr);
    ~PartFile() override; // does not wait: the queued writes go on; the part stays for a later resume

    // Opens the part, then calls then() on this object's thread (never before open() returns). With resume,
    // what an earlier attempt left is kept and summed on a worker (unless it is longer than maxResume, or
    // unreadable: then it starts empty); without, it starts empty. then() is not called once close(),
    // discard() or the destructor came first.
    void open(bool resume, qint64 maxResume, std::function<void(const Error &)> then);
    bool isOpen() const { return m_open != nullptr; }
    bool isOpening() const { return !m_opening.isDone(); }
    QString path() const { return m_path; }
    qint64 size() const { return m_size; } // bytes taken so far, on disk or still queued
    // The CRC-32 of the whole part, once finish() has succeeded.
    std::uint32_t crc() const { return m_crc; }

    // Takes what `from` has ready, at most `limit` bytes (-1: no limit). Bounded, it stops while the writer
    // is far behind and emits drained() when it has caught up, so the rest waits in the sender's (bounded)
    // buffer and holds the server back instead of filling memory. Returns the bytes taken; once a write
    // has failed it takes nothing and writeError() says why.
    qint64 takeFrom(QIODevice *from, qint64 limit = -1, bool bounded = true);
    Error writeError() const;
    // Empties the part: the server sent the whole file where the rest was asked for. The writer drops what
    // it had queued and truncates the file in its turn: nothing waits for it.
    void restart();
    // Stops taking data and lets the writer finish what it had queued on its own; the part stays for a later
    // resume. Does not wait.
    void close();
    // Waits on a worker for the queued writes, flushes the part to the disk (fsync) and closes it, then calls
    // then() on this object's thread with the write error, if any. Afterwards crc() holds the sum of the
    // whole part and commit() may put it in place.
    void finish(std::function<void(const Error &)> then);
    // Renames the part, which finish() has flushed to the disk, over finalPath in one step (replacing a file
    // there): the data is on the disk before the final name points at it.
    Error commit(const QString &finalPath);
    // close(), and the part is removed: its name at once (a folder listed right after holds nothing of it),
    // its blocks freed on a worker once its writer has stopped (freeing gigabytes takes the file system a
    // while). Where an open file cannot be unlinked (Windows), the name too goes on the worker.
    void discard();
    // Removes a part file that no PartFile has open: its name at once, its blocks freed on a worker, in its
    // turn after any writer still finishing it.
    static void remove(const QString &path);

Q_SIGNALS:
    // The writer caught up after takeFrom() stopped for it: call takeFrom() again.
    void drained();

private:
    struct Open;
    Error diskError(int error, const QString &detail = {}) const;
    void retire(bool remove);

    QString m_path;
    QString m_label;
    std::shared_ptr<Open> m_open; // the file and its writer, while open
    WorkerTask m_opening;
    qint64 m_size = 0;
    std::uint32_t m_crc = 0;
    bool m_flushed = false; // finish() succeeded: the part is on the disk
    int m_failedErrno = 0;
};

} // namespace daas::support
