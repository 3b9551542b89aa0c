#include "remote/ClipboardDib.h"

#include <QBuffer>
#include <QImageReader>
#include <QtEndian>

namespace daas::remote {

namespace {

constexpr quint32 kInfoHeaderSize = 40; // BITMAPINFOHEADER
constexpr quint32 kBiRgb = 0, kBiBitfields = 3, kBiAlphaBitfields = 6;
constexpr int kFileHeaderSize = 14; // BITMAPFILEHEADER, which a DIB lacks

void putLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint32 le32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint16 le16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

} // namespace

QByteArray dibFromImage(const QImage &image)
{
    if (image.isNull() || qint64(image.width()) * image.height() > kMaxDibPixels)
        return {};
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const auto width = quint32(argb.width()), height = quint32(argb.height());
    QByteArray dib;
    dib.reserve(qsizetype(kInfoHeaderSize + width * height * 4));
    putLe32(dib, kInfoHeaderSize);
    putLe32(dib, width);
    putLe32(dib, height); // positive: the bottom row first
    putLe16(dib, 1);      // planes
    putLe16(dib, 32);     // bits per pixel
    putLe32(dib, kBiRgb);
    putLe32(dib, width * height * 4);
    putLe32(dib, 0); // pixels per metre, x and y: unknown
    putLe32(dib, 0);
    putLe32(dib, 0); // colours used, important: no palette
    putLe32(dib, 0);
    for (int y = argb.height() - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (quint32 x = 0; x < width; ++x) {
            const QRgb p = line[x];
            const char bgra[4] = {char(qBlue(p)), char(qGreen(p)), char(qRed(p)), char(qAlpha(p))};
            dib.append(bgra, 4);
        }
    }
    return dib;
}

QImage imageFromDib(const QByteArray &dib)
{
    // Qt's BMP reader parses every header version; it needs the file header in front, whose only
    // working field is where the pixels start: after the header, the colour masks and the palette.
    if (dib.size() < 12)
        return {};
    const quint32 headerSize = le32(dib, 0);
    if (headerSize != 12 && (headerSize < kInfoHeaderSize || headerSize > 124))
        return {};
    if (dib.size() < qsizetype(headerSize))
        return {};
    qint64 width = 0, height = 0;
    quint32 bits = 0, compression = kBiRgb, coloursUsed = 0;
    qint64 paletteEntrySize = 4;
    if (headerSize == 12) { // BITMAPCOREHEADER
        width = le16(dib, 4);
        height = le16(dib, 6);
        bits = le16(dib, 10);
        paletteEntrySize = 3;
    } else {
        width = qint32(le32(dib, 4));
        height = qint32(le32(dib, 8));
        bits = le16(dib, 14);
        compression = le32(dib, 16);
        coloursUsed = le32(dib, 32);
    }
    const qint64 rows = height < 0 ? -height : height;
    if (width <= 0 || rows == 0 || width * rows > kMaxDibPixels)
        return {};
    if (bits != 1 && bits != 4 && bits != 8 && bits != 16 && bits != 24 && bits != 32)
        return {};
    if (bits <= 8 && coloursUsed == 0)
        coloursUsed = 1u << bits;
    if (coloursUsed > 256 && bits <= 8)
        return {};
    qint64 masks = 0;
    if (headerSize == kInfoHeaderSize && compression == kBiBitfields)
        masks = 12;
    else if (headerSize == kInfoHeaderSize && compression == kBiAlphaBitfields)
        masks = 16;
    const qint64 pixelsAt = headerSize + masks + qint64(coloursUsed) * paletteEntrySize;
    // uncompressed rows are padded to 4 bytes; RLE data is shorter and checked by the reader
    if (compression == kBiRgb || compression == kBiBitfields || compression == kBiAlphaBitfields) {
        const qint64 stride = ((width * bits + 31) / 32) * 4;
        if (dib.size() < pixelsAt + stride * rows)
            return {};
    } else if (dib.size() < pixelsAt) {
        return {};
    }
    QByteArray file;
    file.reserve(kFileHeaderSize + dib.size());
    file.append("BM", 2);
    putLe32(file, quint32(kFileHeaderSize + dib.size()));
    putLe32(file, 0); // reserved
    putLe32(file, quint32(kFileHeaderSize + pixelsAt));
    file.append(dib);
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "bmp");
    QImage image;
    if (!reader.read(&image))
        return {};
    return image;
}

} // namespace daas::remote
