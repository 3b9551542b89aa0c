#include "support/PartFile.h"

#include "support/FileSync.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMetaObject>
#include <QPointer>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace daas::support {

namespace {

// Writes of 256 KiB cost the kernel the least and the same every time. At 1 MiB the page cache goes for
// large folios, whose allocation on a busy machine now and then costs five times as much (Linux 6.x,
// measured on ext4: 1 GiB took 0.3 s to 1.6 s of system time in 1 MiB writes, 0.27 s to 0.37 s in 256 KiB).
constexpr qsizetype chunkSize = 256 << 10;
// How far the writer may fall behind before reading waits for it. It rides out a short stall of the disk;
// a longer one is the disk's pace, which a bigger queue would not change, only the memory the client takes.
constexpr qint64 maxQueued = 8 << 20;
// buffers kept for reuse: as many as can be queued, and the one being filled
constexpr std::size_t maxSpare = maxQueued / chunkSize + 1;

// Turns on a part file's path for the work that touches it off the calling thread: an open() (which sums
// what is there), the finishing of a writer (which still writes what it had queued) and the removal of the
// file. Each takes its turn on the calling thread, in call order, and waits for it on its worker: a resume
// right after a pause sums the part only once the paused writer has written everything it had taken. The
// pool runs tasks in the order they were started, so the task holding the current turn is always running.
class PathTurns
{
public:
    quint64 take(const QString &path)
    {
        const std::lock_guard lock(m_mutex);
        return m_turns[path].next++;
    }
    void wait(const QString &path, quint64 turn)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&]() { return m_turns[path].serving == turn; });
    }
    void done(const QString &path)
    {
        {
            const std::lock_guard lock(m_mutex);
            Turns &t = m_turns[path];
            if (++t.serving == t.next)
                m_turns.remove(path);
        }
        m_changed.notify_all();
    }

private:
    struct Turns
    {
        quint64 next = 0;
        quint64 serving = 0;
    };
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QString, Turns> m_turns;
};

// Takes a part file's name away at once, so that whoever looks at the folder next (the user, a test right
// after a job's finished()) no longer sees it, without freeing its blocks here: a file of gigabytes takes
// the file system a while to free, and that happens when its last open handle is closed, on a worker. The
// file is held open first for that (the writer's own handle does it while the part is open). Where an open
// file cannot be unlinked (Windows, without delete sharing), the name goes on the worker, in its turn.
std::shared_ptr<QFile> unlinkHolding(const QString &path, bool alreadyHeld)
{
    if (alreadyHeld) {
        QFile::remove(path);
        return {};
    }
    auto holder = std::make_shared<QFile>(path);
    if (!holder->open(QIODevice::ReadOnly))
        return {}; // nothing there (or unreadable: the worker's remove() then does what it can)
    QFile::remove(path);
    return holder;
}

PathTurns &pathTurns()
{
    // never destroyed, as workerPool() is not: a pool task may still take its turn while the process exits
    static PathTurns *turns = new PathTurns;
    return *turns;
}

// Where the writer tells its PartFile that it caught up. The PartFile may be gone by then (it never waits for
// its writer): it clears the target first, under the lock that the call is made under.
struct CaughtUpTarget
{
    std::mutex mutex;
    PartFile *target = nullptr;
};

} // namespace

// The thread that sums and writes the queued chunks, in order, and hands their buffers back for reuse (no
// page faults per chunk). Summing here keeps the receiving thread free for the network (CRC-32 of 1 GiB is
// a third of a second).
class PartFileWriter
{
public:
    PartFileWriter(QFile *file, Crc32 *crc, std::function<void()> caughtUp)
        : m_file(file)
        , m_crc(crc)
        , m_caughtUp(std::move(caughtUp))
        , m_thread([this]() { run(); })
    {}
    ~PartFileWriter() { finish(); }
    PartFileWriter(const PartFileWriter &) = delete;
    PartFileWriter &operator=(const PartFileWriter &) = delete;

    QByteArray buffer()
    {
        QByteArray b;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                b = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        b.resize(chunkSize);
        return b;
    }
    void push(QByteArray chunk)
    {
        m_queued += chunk.size();
        {
            const std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(chunk));
        }
        m_wake.notify_one();
    }
    bool isBehind()
    {
        if (m_queued < maxQueued)
            return false;
        m_waiting = true;
        // The writer may have caught up between the two lines above without seeing the flag; then nobody
        // would call back. Whoever clears the flag first acts: the writer calls back, or this goes on.
        return !(m_queued < maxQueued / 2 && m_waiting.exchange(false));
    }
    // Drops what is queued and empties the file before the next chunk, in the writer's order.
    void truncate()
    {
        {
            const std::lock_guard lock(m_mutex);
            for (QByteArray &chunk : m_queue) {
                m_queued -= chunk.size();
                if (m_spare.size() < maxSpare)
                    m_spare.push_back(std::move(chunk));
            }
            m_queue.clear();
            m_truncate = true;
        }
        m_wake.notify_one();
    }
    int failedErrno() const { return m_errno; }
    // Writes what is queued, then stops. Blocks until then: only ever called off the GUI thread.
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        for (;;) {
            QByteArray chunk;
            bool truncate = false;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this]() { return m_stop || m_truncate || !m_queue.empty(); });
                if (std::exchange(m_truncate, false)) {
                    truncate = true;
                } else {
                    if (m_queue.empty())
                        return;
                    chunk = std::move(m_queue.front());
                    m_queue.pop_front();
                }
            }
            if (truncate) {
                *m_crc = Crc32();
                if (m_errno == 0 && (!m_file->resize(0) || !m_file->seek(0)))
                    m_errno = errno != 0 ? errno : EIO;
                continue;
            }
            m_crc->update(chunk);
            if (m_errno == 0 && m_file->write(chunk.constData(), chunk.size()) != chunk.size())
                m_errno = errno != 0 ? errno : EIO;
            if ((m_queued -= chunk.size()) < maxQueued / 2 && m_waiting.exchange(false))
                m_caughtUp();
            const std::lock_guard lock(m_mutex);
            if (m_spare.size() < maxSpare)
                m_spare.push_back(std::move(chunk));
        }
    }

    QFile *m_file;
    Crc32 *m_crc;
    std::function<void()> m_caughtUp;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_spare;
    std::atomic<qint64> m_queued{0};
    std::atomic<bool> m_waiting{false};
    std::atomic<int> m_errno{0};
    bool m_stop = false;
    bool m_truncate = false;
    std::thread m_thread; // last: starts when the rest is ready
};

// An open part: the file, its sum and the thread that writes both. Shared, so that a worker can finish it
// after its PartFile has moved on or is gone.
struct PartFile::Open
{
    explicit Open(const QString &path)
        : file(path)
    {}
    ~Open() { writer.reset(); } // before the file and the sum it writes into
    QFile file;
    Crc32 crc;
    std::shared_ptr<CaughtUpTarget> caughtUp = std::make_shared<CaughtUpTarget>();
    std::unique_ptr<PartFileWriter> writer;
};

PartFile::PartFile(QString path, QString label, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_label(std::move(label))
{}

PartFile::~PartFile()
{
    retire(false);
}

void PartFile::open(bool resume, qint64 maxResume, std::function<void(const Error &)> then)
{
    retire(false);
    m_size = 0;
    m_crc = 0;
    m_flushed = false;
    m_failedErrno = 0;
    struct Opened
    {
        std::shared_ptr<Open> open;
        qint64 have = 0;
        int error = 0;
        QString why;
    };
    const quint64 turn = pathTurns().take(m_path);
    m_opening = onWorker<Opened>(
        this,
        [path = m_path, resume, maxResume, turn](const StopFlag &stop) {
            pathTurns().wait(path, turn);
            Opened r;
            auto open = std::make_shared<Open>(path);
            qint64 have = resume && !stop ? QFileInfo(path).size() : 0;
            // the whole part is read to continue its sum: seconds for gigabytes, hence this worker
            if (have > 0 &&
                ((maxResume >= 0 && have > maxResume) || !open->crc.updateFromFile(path, have, &stop))) {
                open->crc = Crc32();
                have = 0;
            }
            if (stop) {
                pathTurns().done(path);
                return r; // nobody will use it; the part stays as it was
            }
            // unbuffered: whole chunks go straight to the file, without a copy through QFile's buffer
            const QIODevice::OpenMode mode =
                (have > 0 ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Truncate) |
                QIODevice::Unbuffered;
            errno = 0;
            if (!open->file.open(mode) || (have > 0 && !open->file.seek(have))) {
                r.error = errno != 0 ? errno : EIO;
                r.why = open->file.errorString();
            } else {
                r.open = std::move(open);
                r.have = have;
            }
            pathTurns().done(path);
            return r;
        },
        [this, then = std::move(then)](const Opened &r) {
            if (!r.open)
                return then(diskError(r.error, r.why));
            m_open = r.open;
            m_size = r.have;
            m_open->caughtUp->target = this;
            m_open->writer = std::make_unique<PartFileWriter>(
                &m_open->file, &m_open->crc, [caughtUp = m_open->caughtUp]() {
                    const std::lock_guard lock(caughtUp->mutex);
                    if (caughtUp->target)
                        QMetaObject::invokeMethod(caughtUp->target, HandedOver([target = caughtUp->target]() {
                                                      Q_EMIT target->drained();
                                                  }),
                                                  Qt::QueuedConnection);
                });
            then(Error());
        });
}

qint64 PartFile::takeFrom(QIODevice *from, qint64 limit, bool bounded)
{
    if (!m_open)
        return 0;
    PartFileWriter *writer = m_open->writer.get();
    qint64 taken = 0;
    while (writer->failedErrno() == 0 && (limit < 0 || taken < limit) && !(bounded && writer->isBehind())) {
        QByteArray chunk = writer->buffer();
        const qint64 n =
            from->read(chunk.data(), limit < 0 ? chunk.size() : qMin<qint64>(chunk.size(), limit - taken));
        if (n <= 0)
            break;
        chunk.truncate(n);
        taken += n;
        writer->push(std::move(chunk));
    }
    m_size += taken;
    return taken;
}

Error PartFile::writeError() const
{
    const int error = m_open ? m_open->writer->failedErrno() : m_failedErrno;
    return error != 0 ? diskError(error) : Error();
}

void PartFile::restart()
{
    if (!m_open)
        return;
    m_open->writer->truncate();
    m_size = 0;
}

// Hands the open part to a worker, which lets the writer write what it had queued, closes the file and,
// with remove, deletes it; nothing here waits for that.
void PartFile::retire(bool remove)
{
    m_opening.cancel();
    const std::shared_ptr<Open> open = std::exchange(m_open, nullptr);
    if (open) {
        m_failedErrno = open->writer->failedErrno();
        const std::lock_guard lock(open->caughtUp->mutex);
        open->caughtUp->target = nullptr;
    }
    if (!open && !remove)
        return;
    std::shared_ptr<QFile> held;
    if (remove)
        held = unlinkHolding(m_path, open != nullptr);
    const quint64 turn = pathTurns().take(m_path);
    startOnPool([open, remove, held, path = m_path, turn]() {
        pathTurns().wait(path, turn);
        if (open) {
            open->writer->finish();
            open->file.close(); // (an unlinked part's blocks are freed here)
        }
        if (held)
            held->close();
        if (remove)
            QFile::remove(path); // already gone, unless the platform refused to unlink an open file
        pathTurns().done(path);
    });
}

void PartFile::close()
{
    retire(false);
}

void PartFile::finish(std::function<void(const Error &)> then)
{
    m_opening.cancel();
    const std::shared_ptr<Open> open = std::exchange(m_open, nullptr);
    if (!open) {
        const Error error =
            diskError(m_failedErrno != 0 ? m_failedErrno : EBADF, u"finish() without open()"_s);
        QMetaObject::invokeMethod(
            this, [then = std::move(then), error]() { then(error); }, Qt::QueuedConnection);
        return;
    }
    {
        const std::lock_guard lock(open->caughtUp->mutex);
        open->caughtUp->target = nullptr;
    }
    struct Finished
    {
        int error = 0;
        std::uint32_t crc = 0;
    };
    const quint64 turn = pathTurns().take(m_path);
    onWorker<Finished>(
        this,
        [open, path = m_path, turn]() {
            pathTurns().wait(path, turn);
            open->writer->finish();
            Finished f{open->writer->failedErrno(), open->crc.value()};
            // on the disk before commit() gives it its final name
            if (f.error == 0)
                f.error = syncToDisk(open->file);
            open->file.close();
            pathTurns().done(path);
            return f;
        },
        [this, then = std::move(then)](const Finished &f) {
            m_failedErrno = f.error;
            if (f.error != 0)
                return then(diskError(f.error));
            m_crc = f.crc;
            m_flushed = true;
            then(Error());
        });
}

Error PartFile::commit(const QString &finalPath)
{
    auto notPlaced = [&](const QString &why) {
        return Error(Error::Kind::Storage,
                     tr("“%1” could not be put in place on this computer.").arg(m_label),
                     u"rename %1 to %2: %3"_s.arg(m_path, finalPath, why));
    };
    if (!m_flushed)
        return notPlaced(u"the part was not finished (flushed to the disk) first"_s);
    std::error_code ec;
    // replaces an existing file in one step on POSIX and Windows alike (QFile::rename refuses to)
    std::filesystem::rename(std::filesystem::path(m_path.toStdU16String()),
                            std::filesystem::path(finalPath.toStdU16String()), ec);
    if (ec)
        return notPlaced(QString::fromStdString(ec.message()));
    m_flushed = false;
    return {};
}

void PartFile::discard()
{
    retire(true);
}

void PartFile::remove(const QString &path)
{
    const std::shared_ptr<QFile> held = unlinkHolding(path, false);
    const quint64 turn = pathTurns().take(path);
    startOnPool([path, held, turn]() {
        pathTurns().wait(path, turn);
        if (held)
            held->close(); // its blocks are freed here
        QFile::remove(path);
        pathTurns().done(path);
    });
}

Error PartFile::diskError(int error, const QString &detail) const
{
#ifdef EDQUOT
    const bool full = error == ENOSPC || error == EDQUOT;
#else
    const bool full = error == ENOSPC;
#endif
    return Error(Error::Kind::Storage,
                 full ? tr("The disk is full. Free some space, then try “%1” again.").arg(m_label)
                      : tr("“%1” could not be written on this computer.").arg(m_label),
                 u"%1: %2"_s.arg(m_path, !detail.isEmpty() ? detail
                                         : error != 0      ? QString::fromLocal8Bit(std::strerror(error))
                                                           : u"unknown error"_s));
}

} // namespace daas::support
