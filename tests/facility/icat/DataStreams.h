#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace daas::emulator {

// CRC-32 as java.util.zip.CRC32 computes it for IDS (IEEE 802.3, reflected 0xEDB88320), written here and
// not taken from the client: the emulator must never check the client against itself.
class Crc32
{
public:
    void update(const char *data, qint64 length);
    std::uint32_t value() const { return ~m_state; }
    static std::uint32_t of(const QByteArray &data);

private:
    std::uint32_t m_state = 0xffffffffu;
};

// The bytes of a datafile: generated from its id (a header line, then a seekable pseudo-random stream),
// or read from the file IDS put stored. Random access, so Range requests and ZIP offsets are cheap.
class DatafileBytes
{
public:
    DatafileBytes(qint64 datafileId, qint64 size, const QString &name, const QString &storedPath = {});
    explicit DatafileBytes(QByteArray fixed);
    qint64 size() const { return m_size; }
    // Copies [offset, offset + len) into out; returns the number of bytes copied.
    qint64 read(qint64 offset, char *out, qint64 len) const;
    std::uint32_t crc32() const;
    // Test hook: the byte at `offset` is served altered (a damaged copy in the data service's storage).
    void corruptAt(qint64 offset) { m_corruptAt = offset; }

private:
    qint64 readClean(qint64 offset, char *out, qint64 len) const;

    qint64 m_id;
    qint64 m_size;
    QByteArray m_header;
    std::shared_ptr<QFile> m_file;
    bool m_isFixed = false;
    QByteArray m_fixed;
    qint64 m_corruptAt = -1;
};

// A read-only, random-access device over a sequence of parts (fixed bytes or datafiles), started at an
// offset (for `Range: bytes=N-`). Used for raw downloads and for STORED ZIP archives built on the fly:
// the archive is never held in memory.
class ComposedStream : public QIODevice
{
    Q_OBJECT
public:
    // Fixed bytes, or a datafile's bytes either as they are or wrapped in a raw deflate stream of
    // stored blocks (what java.util.zip.Deflater at level 0 writes): each block of up to 65,535 bytes
    // gets a 5-byte header, so any offset of the deflated stream maps back to the file without deflating.
    struct Part
    {
        QByteArray bytes;
        std::shared_ptr<DatafileBytes> file;
        bool storedDeflate = false;
        qint64 size() const;
        qint64 read(qint64 offset, char *out, qint64 len) const;
    };
    ComposedStream(QList<Part> parts, qint64 startOffset, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_total - m_start; }
    // Test hook: after this many body bytes the connection is cut (the callback aborts the socket).
    void dropAfter(qint64 bytes, std::function<void()> drop);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QList<Part> m_parts;
    QList<qint64> m_starts;
    qint64 m_total = 0;
    qint64 m_start;
    qint64 m_dropAfter = -1;
    std::function<void()> m_drop;
};

struct ZipEntry
{
    QByteArray name; // as it appears in the archive
    std::shared_ptr<DatafileBytes> content;
    bool symlink = false;             // unix symlink entry (content = target), for hostile-archive tests
    std::optional<std::uint32_t> crc; // known already (else computed over the content)
};

// java.net.URLEncoder as IDS's ZipMapper uses it: space -> '+', unreserved kept, the rest %XX.
QByteArray javaUrlEncode(const QString &text);

} // namespace daas::emulator
