#pragma once

#include "support/Crc32.h"
#include "support/Error.h"

#include <QFile>
#include <QObject>

#include <memory>

class QIODevice;

namespace daas::support {

class PartFileWriter;

// Where a download goes while it is incomplete: a part file beside the final one, renamed over it in one
// step only when complete, so the final name never holds a partial file. The bytes are summed (CRC-32) and
// written on a thread of their own from reused buffers: a new file's pages and the sum cost about as much
// as the network, and off the receiving thread they overlap with it. Both the IDS downloads and the storage
// transfers write through it.
class PartFile : public QObject
{
    Q_OBJECT
public:
    // label: the name the user knows the file by, used in the sentences of errors
    PartFile(QString path, QString label, QObject *parent = nullptr);
    ~PartFile() override; // waits for the queued writes; the part stays for a later resume

    // Opens the part. With resume, what an earlier attempt left is kept and summed (unless it is longer
    // than maxResume, or unreadable: then it starts empty); without, it starts empty.
    Error open(bool resume, qint64 maxResume = -1);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 size() const { return m_size; } // bytes taken so far, on disk or still queued
    // The CRC-32 of the whole part, once close() (or commit()) has waited for the writer that sums it.
    std::uint32_t crc() const { return m_writer ? 0 : m_crc.value(); }

    // Takes what `from` has ready, at most `limit` bytes (-1: no limit). Bounded, it stops while the writer
    // is far behind and emits drained() when it has caught up, so the rest waits in the sender's (bounded)
    // buffer and holds the server back instead of filling memory. Returns the bytes taken; once a write
    // has failed it takes nothing and writeError() says why.
    qint64 takeFrom(QIODevice *from, qint64 limit = -1, bool bounded = true);
    Error writeError() const;
    // Empties the part: the server sent the whole file where the rest was asked for.
    void restart();
    // Waits for the queued writes and closes the part; the write error, if any.
    Error close();
    // close(), then renames the part over finalPath in one step (replacing a file there).
    Error commit(const QString &finalPath);
    // close() and removes the part.
    void discard();

Q_SIGNALS:
    // The writer caught up after takeFrom() stopped for it: call takeFrom() again.
    void drained();

private:
    void startWriter();
    Error diskError(int error) const;

    QFile m_file;
    QString m_label;
    Crc32 m_crc;
    qint64 m_size = 0;
    std::unique_ptr<PartFileWriter> m_writer;
    int m_failedErrno = 0;
};

} // namespace daas::support
