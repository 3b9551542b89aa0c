#include "JavaZip.h"

#include <zlib.h>

namespace daas::emulator {

namespace {

constexpr quint64 magic32 = 0xffffffffu; // ZipConstants64.ZIP64_MAGICVAL
constexpr quint64 magicCount = 0xffffu;  // ZipConstants64.ZIP64_MAGICCOUNT

struct LittleEndian
{
    QByteArray bytes;
    LittleEndian &u16(quint64 v)
    {
        bytes.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
        return *this;
    }
    LittleEndian &u32(quint64 v) { return u16(v & 0xffff).u16((v >> 16) & 0xffff); }
    LittleEndian &u64(quint64 v) { return u32(v & 0xffffffffu).u32(v >> 32); }
};

// raw deflate (no zlib header), as java.util.zip.Deflater(level, nowrap=true) inside ZipOutputStream
QByteArray rawDeflate(const DatafileBytes &content)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray in(1 << 16, Qt::Uninitialized);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 offset = 0;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 n = content.read(offset, in.data(), in.size());
        offset += n;
        flush = offset >= content.size() ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(n);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

} // namespace

QList<ComposedStream::Part> JavaZip::parts(const QList<ZipEntry> &entries, bool compress)
{
    // ZipOutputStream stamps each entry with the time of putNextEntry; a fixed stamp here, so that a
    // resumed archive is byte-identical (the real server's restamped headers differ in the time only)
    const quint16 dosTime = (9 << 11) | (30 << 5); // 09:30:00
    const quint16 dosDate = ((2025 - 1980) << 9) | (3 << 5) | 14;
    const quint16 flags = 0x0008 | 0x0800; // data descriptor, UTF-8 names
    QList<ComposedStream::Part> parts;
    QByteArray central;
    quint64 offset = 0;
    for (const ZipEntry &e : entries) {
        const std::uint32_t crc = e.crc ? *e.crc : e.content->crc32();
        const quint64 size = quint64(e.content->size());
        // the hostile symlink entry is not Java's: it is written as Info-ZIP's `zip -y` writes a link
        // (STORED, sizes in the local header, Unix mode), which is how such an archive would come about
        const bool foreign = e.symlink;
        ComposedStream::Part data;
        if (foreign) {
            data.file = e.content;
        } else if (compress) {
            data.bytes = rawDeflate(*e.content);
        } else {
            data.file = e.content;
            data.storedDeflate = true;
        }
        const quint64 csize = quint64(data.size());

        const quint16 entryFlags = foreign ? 0x0800 : flags;
        const quint16 method = foreign ? 0 : 8;
        LittleEndian local; // ZipOutputStream.writeLOC for an entry with unknown sizes
        local.u32(0x04034b50).u16(20).u16(entryFlags).u16(method).u16(dosTime).u16(dosDate);
        if (foreign)
            local.u32(crc).u32(csize).u32(size);
        else
            local.u32(0).u32(0).u32(0);
        local.u16(quint64(e.name.size())).u16(0);
        local.bytes += e.name;

        LittleEndian descriptor; // ZipOutputStream.writeEXT
        if (!foreign) {
            descriptor.u32(0x08074b50).u32(crc);
            if (csize >= magic32 || size >= magic32)
                descriptor.u64(csize).u64(size);
            else
                descriptor.u32(csize).u32(size);
        }

        // ZipOutputStream.writeCEN: sizes and offset that do not fit go to a ZIP64 extra field
        LittleEndian zip64;
        if (size >= magic32)
            zip64.u64(size);
        if (csize >= magic32)
            zip64.u64(csize);
        if (offset >= magic32)
            zip64.u64(offset);
        const bool hasZip64 = !zip64.bytes.isEmpty();
        const quint16 version = hasZip64 ? 45 : 20;
        LittleEndian cen;
        // the made-by host is MS-DOS (0) as in Java; a hostile symlink entry claims Unix to carry its mode
        cen.u32(0x02014b50).u16(foreign ? (3 << 8) | version : version).u16(version).u16(entryFlags);
        cen.u16(method);
        cen.u16(dosTime).u16(dosDate).u32(crc);
        cen.u32(std::min(csize, magic32)).u32(std::min(size, magic32));
        cen.u16(quint64(e.name.size())).u16(hasZip64 ? quint64(zip64.bytes.size()) + 4 : 0);
        cen.u16(0).u16(0).u16(0).u32(foreign ? quint64(0120777u) << 16 : 0);
        cen.u32(std::min(offset, magic32));
        cen.bytes += e.name;
        if (hasZip64) {
            cen.u16(0x0001).u16(quint64(zip64.bytes.size()));
            cen.bytes += zip64.bytes;
        }
        central += cen.bytes;

        offset += quint64(local.bytes.size()) + csize + quint64(descriptor.bytes.size());
        parts.append({local.bytes, nullptr, false});
        parts.append(data);
        if (!descriptor.bytes.isEmpty())
            parts.append({descriptor.bytes, nullptr, false});
    }
    // ZipOutputStream.writeEND
    const quint64 count = quint64(entries.size());
    const quint64 cenSize = quint64(central.size());
    const quint64 cenOffset = offset;
    LittleEndian end;
    if (count >= magicCount || cenSize >= magic32 || cenOffset >= magic32) {
        const quint64 zip64EndAt = cenOffset + cenSize;
        end.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0);
        end.u64(count).u64(count).u64(cenSize).u64(cenOffset);
        end.u32(0x07064b50).u32(0).u64(zip64EndAt).u32(1);
    }
    end.u32(0x06054b50).u16(0).u16(0);
    end.u16(std::min(count, magicCount)).u16(std::min(count, magicCount));
    end.u32(std::min(cenSize, magic32)).u32(std::min(cenOffset, magic32)).u16(0);
    parts.append({central + end.bytes, nullptr, false});
    return parts;
}

} // namespace daas::emulator
