#include "IconContainers.h"

#include <QBuffer>
#include <QtEndian>

namespace daas::icontool {

namespace {

void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void appendBe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

// A DIB as .ico stores it: BITMAPINFOHEADER with twice the height (colour image + AND mask), BGRA rows
// bottom-up, then a 1-bit mask (rows padded to 32 bits) set where the pixel is fully transparent.
QByteArray dibBytes(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const int w = image.width();
    const int h = image.height();
    const int maskStride = ((w + 31) / 32) * 4;
    QByteArray out;
    appendLe32(out, 40); // biSize
    appendLe32(out, quint32(w));
    appendLe32(out, quint32(2 * h));
    appendLe16(out, 1);  // planes
    appendLe16(out, 32); // bits per pixel
    appendLe32(out, 0);  // BI_RGB
    appendLe32(out, quint32(w * h * 4 + maskStride * h));
    appendLe32(out, 0);
    appendLe32(out, 0);
    appendLe32(out, 0);
    appendLe32(out, 0);
    for (int y = h - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb p = line[x];
            const char bgra[4] = {char(qBlue(p)), char(qGreen(p)), char(qRed(p)), char(qAlpha(p))};
            out.append(bgra, 4);
        }
    }
    for (int y = h - 1; y >= 0; --y) {
        QByteArray row(maskStride, '\0');
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            if (qAlpha(line[x]) == 0)
                row[x / 8] = char(row[x / 8] | (0x80 >> (x % 8)));
        }
        out.append(row);
    }
    return out;
}

} // namespace

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // PNG support is built into QtGui, not a plug-in
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray icoFile(const QList<QImage> &images)
{
    QList<QByteArray> payloads;
    for (const QImage &image : images)
        payloads.append(image.width() >= 256 ? pngBytes(image) : dibBytes(image));

    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // 1 = icon
    appendLe16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QImage &image = images.at(i);
        out.append(char(image.width() >= 256 ? 0 : image.width()));
        out.append(char(image.height() >= 256 ? 0 : image.height()));
        out.append(char(0)); // colour count: none (true colour)
        out.append(char(0)); // reserved
        appendLe16(out, 1);  // planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(payloads.at(i).size()));
        appendLe32(out, offset);
        offset += quint32(payloads.at(i).size());
    }
    for (const QByteArray &payload : std::as_const(payloads))
        out.append(payload);
    return out;
}

QByteArray icnsFile(const QList<IcnsChunk> &chunks)
{
    QByteArray body;
    for (const IcnsChunk &chunk : chunks) {
        const QByteArray png = pngBytes(chunk.image);
        body.append(chunk.type.left(4));
        appendBe32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(8 + body.size()));
    out.append(body);
    return out;
}

} // namespace daas::icontool
