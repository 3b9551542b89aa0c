#include "DataStreams.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// slicing-by-8 tables for the reflected polynomial 0xEDB88320
struct CrcTables
{
    std::uint32_t t[8][256];
    CrcTables()
    {
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[0][i] = c;
        }
        for (std::uint32_t i = 0; i < 256; ++i)
            for (int s = 1; s < 8; ++s)
                t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xff];
    }
};

const CrcTables &crcTables()
{
    static const CrcTables tables;
    return tables;
}

} // namespace

void Crc32::update(const char *data, qint64 length)
{
    const auto &t = crcTables().t;
    auto p = reinterpret_cast<const unsigned char *>(data);
    std::uint32_t c = m_state;
    while (length >= 8) {
        const std::uint32_t lo = c ^ (std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 |
                                      std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24);
        c = t[7][lo & 0xff] ^ t[6][(lo >> 8) & 0xff] ^ t[5][(lo >> 16) & 0xff] ^ t[4][lo >> 24] ^ t[3][p[4]] ^
            t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
        p += 8;
        length -= 8;
    }
    while (length-- > 0)
        c = t[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    m_state = c;
}

std::uint32_t Crc32::of(const QByteArray &data)
{
    Crc32 crc;
    crc.update(data.constData(), data.size());
    return crc.value();
}

DatafileBytes::DatafileBytes(qint64 datafileId, qint64 size, const QString &name, const QString &storedPath)
    : m_id(datafileId)
    , m_size(size)
{
    if (!storedPath.isEmpty()) {
        m_file = std::make_shared<QFile>(storedPath);
        if (m_file->open(QIODevice::ReadOnly))
            m_size = m_file->size();
        else
            m_size = 0;
    } else {
        m_header =
            u"# DAaaS demo datafile %1 (id %2): synthetic content\n"_s.arg(name).arg(datafileId).toUtf8();
    }
}

DatafileBytes::DatafileBytes(QByteArray fixed)
    : m_id(0)
    , m_size(fixed.size())
    , m_isFixed(true)
    , m_fixed(std::move(fixed))
{}

qint64 DatafileBytes::read(qint64 offset, char *out, qint64 len) const
{
    const qint64 n = readClean(offset, out, len);
    if (m_corruptAt >= offset && m_corruptAt < offset + n)
        out[m_corruptAt - offset] ^= 0x5a;
    return n;
}

qint64 DatafileBytes::readClean(qint64 offset, char *out, qint64 len) const
{
    len = std::max<qint64>(0, std::min(len, m_size - offset));
    if (m_isFixed) {
        std::memcpy(out, m_fixed.constData() + offset, size_t(len));
        return len;
    }
    if (m_file) {
        if (!m_file->seek(offset))
            return 0;
        return std::max<qint64>(0, m_file->read(out, len));
    }
    qint64 done = 0;
    while (done < len) {
        const qint64 pos = offset + done;
        if (pos < m_header.size()) {
            const qint64 n = std::min(len - done, m_header.size() - pos);
            std::memcpy(out + done, m_header.constData() + pos, size_t(n));
            done += n;
            continue;
        }
        // 8-byte blocks of a counter-based generator: any offset can be produced without the ones before
        const qint64 block = pos / 8;
        const int within = int(pos % 8);
        const std::uint64_t word =
            qToLittleEndian(splitmix64(std::uint64_t(m_id) << 40 ^ std::uint64_t(block)));
        const qint64 n = std::min<qint64>(8 - within, len - done);
        std::memcpy(out + done, reinterpret_cast<const char *>(&word) + within, size_t(n));
        done += n;
    }
    return done;
}

std::uint32_t DatafileBytes::crc32() const
{
    Crc32 crc;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 off = 0; off < m_size;) {
        const qint64 n = read(off, buffer.data(), buffer.size());
        if (n <= 0)
            break;
        crc.update(buffer.constData(), n);
        off += n;
    }
    return crc.value();
}

namespace {
constexpr qint64 storedBlock = 65535; // the most a stored deflate block holds
constexpr qint64 storedHeader = 5;    // BFINAL/BTYPE byte (byte-aligned), LEN, NLEN
} // namespace

qint64 ComposedStream::Part::size() const
{
    if (!file)
        return bytes.size();
    if (!storedDeflate)
        return file->size();
    const qint64 blocks = std::max<qint64>(1, (file->size() + storedBlock - 1) / storedBlock);
    return file->size() + blocks * storedHeader;
}

qint64 ComposedStream::Part::read(qint64 offset, char *out, qint64 len) const
{
    if (!file) {
        len = std::max<qint64>(0, std::min(len, bytes.size() - offset));
        std::memcpy(out, bytes.constData() + offset, size_t(len));
        return len;
    }
    if (!storedDeflate)
        return file->read(offset, out, len);
    const qint64 total = size();
    const qint64 fileSize = file->size();
    qint64 done = 0;
    while (done < len && offset + done < total) {
        const qint64 pos = offset + done;
        const qint64 block = pos / (storedBlock + storedHeader);
        const qint64 within = pos % (storedBlock + storedHeader);
        const qint64 dataStart = block * storedBlock;
        const qint64 blockLen = std::min(storedBlock, fileSize - dataStart);
        if (within < storedHeader) {
            const bool last = dataStart + blockLen >= fileSize;
            const char header[storedHeader] = {char(last ? 1 : 0), char(blockLen & 0xff), char(blockLen >> 8),
                                               char(~blockLen & 0xff), char((~blockLen >> 8) & 0xff)};
            const qint64 n = std::min(storedHeader - within, len - done);
            std::memcpy(out + done, header + within, size_t(n));
            done += n;
            continue;
        }
        const qint64 inBlock = within - storedHeader;
        const qint64 n = std::min(blockLen - inBlock, len - done);
        const qint64 got = file->read(dataStart + inBlock, out + done, n);
        if (got <= 0)
            break;
        done += got;
    }
    return done;
}

ComposedStream::ComposedStream(QList<Part> parts, qint64 startOffset, QObject *parent)
    : QIODevice(parent)
    , m_parts(std::move(parts))
    , m_start(startOffset)
{
    for (const Part &p : std::as_const(m_parts)) {
        m_starts.append(m_total);
        m_total += p.size();
    }
    m_start = std::clamp<qint64>(m_start, 0, m_total);
    open(QIODevice::ReadOnly);
}

void ComposedStream::dropAfter(qint64 bytes, std::function<void()> drop)
{
    m_dropAfter = bytes;
    m_drop = std::move(drop);
}

qint64 ComposedStream::readData(char *data, qint64 maxSize)
{
    qint64 pos = m_start + this->pos();
    if (m_dropAfter >= 0) {
        const qint64 left = m_dropAfter - this->pos();
        if (left <= 0) {
            // Cut the connection from the event loop, after what was sent so far has left: returning an error
            // here would make the server send its stale buffer instead (the client must see a clean cut).
            if (m_drop)
                QMetaObject::invokeMethod(QCoreApplication::instance(), std::exchange(m_drop, nullptr),
                                          Qt::QueuedConnection);
            return 0;
        }
        maxSize = std::min(maxSize, left);
    }
    qint64 done = 0;
    while (done < maxSize && pos < m_total) {
        auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), pos);
        const qsizetype idx = (it - m_starts.cbegin()) - 1;
        const Part &p = m_parts.at(idx);
        const qint64 within = pos - m_starts.at(idx);
        const qint64 n = std::min(maxSize - done, p.size() - within);
        const qint64 got = p.read(within, data + done, n);
        if (got <= 0)
            break;
        done += got;
        pos += got;
    }
    return done == 0 && pos >= m_total ? -1 : done;
}

QByteArray javaUrlEncode(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x80 && std::isalnum(u)) || c == '.' || c == '-' || c == '*' || c == '_')
            out += c;
        else if (c == ' ')
            out += '+';
        else
            out += '%' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

} // namespace daas::emulator
