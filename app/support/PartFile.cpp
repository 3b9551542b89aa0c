#include "support/PartFile.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    int failedErrno() const { return m_errno; }
    // Writes what is queued, then stops.
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
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this]() { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
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
    std::thread m_thread; // last: starts when the rest is ready
};

PartFile::PartFile(QString path, QString label, QObject *parent)
    : QObject(parent)
    , m_file(std::move(path))
    , m_label(std::move(label))
{}

PartFile::~PartFile()
{
    m_writer.reset();
}

Error PartFile::open(bool resume, qint64 maxResume)
{
    close();
    m_crc = Crc32();
    m_size = 0;
    m_failedErrno = 0;
    qint64 have = resume ? QFileInfo(m_file.fileName()).size() : 0;
    if (have > 0 && ((maxResume >= 0 && have > maxResume) || !m_crc.updateFromFile(path(), have))) {
        m_crc = Crc32();
        have = 0;
    }
    // unbuffered: whole chunks go straight to the file, without a copy through QFile's buffer
    const QIODevice::OpenMode mode =
        (have > 0 ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Truncate) |
        QIODevice::Unbuffered;
    if (!m_file.open(mode) || (have > 0 && !m_file.seek(have))) {
        const int error = errno;
        m_file.close();
        return diskError(error);
    }
    m_size = have;
    startWriter();
    return {};
}

void PartFile::startWriter()
{
    const QPointer<PartFile> self(this);
    m_writer = std::make_unique<PartFileWriter>(&m_file, &m_crc, [self]() {
        QMetaObject::invokeMethod(
            self,
            [self]() {
                if (self)
                    Q_EMIT self->drained();
            },
            Qt::QueuedConnection);
    });
}

qint64 PartFile::takeFrom(QIODevice *from, qint64 limit, bool bounded)
{
    if (!m_writer)
        return 0;
    qint64 taken = 0;
    while (m_writer->failedErrno() == 0 && (limit < 0 || taken < limit) &&
           !(bounded && m_writer->isBehind())) {
        QByteArray chunk = m_writer->buffer();
        const qint64 n =
            from->read(chunk.data(), limit < 0 ? chunk.size() : qMin<qint64>(chunk.size(), limit - taken));
        if (n <= 0)
            break;
        chunk.truncate(n);
        taken += n;
        m_writer->push(std::move(chunk));
    }
    m_size += taken;
    return taken;
}

Error PartFile::writeError() const
{
    const int error = m_writer ? m_writer->failedErrno() : m_failedErrno;
    return error != 0 ? diskError(error) : Error();
}

void PartFile::restart()
{
    m_writer.reset();
    m_file.resize(0);
    m_file.seek(0);
    m_crc = Crc32();
    m_size = 0;
    startWriter();
}

Error PartFile::close()
{
    if (m_writer) {
        m_writer->finish();
        m_failedErrno = m_writer->failedErrno();
        m_writer.reset();
    }
    m_file.close();
    return m_failedErrno != 0 ? diskError(m_failedErrno) : Error();
}

Error PartFile::commit(const QString &finalPath)
{
    if (Error e = close())
        return e;
    std::error_code ec;
    // replaces an existing file in one step on POSIX and Windows alike (QFile::rename refuses to)
    std::filesystem::rename(std::filesystem::path(path().toStdU16String()),
                            std::filesystem::path(finalPath.toStdU16String()), ec);
    if (ec)
        return Error(Error::Kind::Storage,
                     tr("“%1” could not be put in place on this computer.").arg(m_label),
                     QStringLiteral("rename %1 to %2: %3")
                         .arg(path(), finalPath, QString::fromStdString(ec.message())));
    return {};
}

void PartFile::discard()
{
    close();
    QFile::remove(path());
}

Error PartFile::diskError(int error) const
{
#ifdef EDQUOT
    const bool full = error == ENOSPC || error == EDQUOT;
#else
    const bool full = error == ENOSPC;
#endif
    return Error(Error::Kind::Storage,
                 full ? tr("The disk is full. Free some space, then try “%1” again.").arg(m_label)
                      : tr("“%1” could not be written on this computer.").arg(m_label),
                 QStringLiteral("%1: %2").arg(path(), error != 0
                                                          ? QString::fromLocal8Bit(std::strerror(error))
                                                          : m_file.errorString()));
}

} // namespace daas::support
