#pragma once
// The two icon containers the installers need, written by hand so the build depends on no optional Qt
// image-format plug-in (Qt's ICO plug-in is optional, and there is none for ICNS): both are small
// directories of images. Sizes and types are chosen by the caller.

#include <QByteArray>
#include <QImage>
#include <QList>

namespace daas::icontool {

// Windows .ico: a directory of 32-bit DIBs (sizes below 256, what every Windows resource compiler and shell
// reads) and PNGs (256 px, which the directory's one-byte width cannot say otherwise than by 0).
QByteArray icoFile(const QList<QImage> &images);

// macOS .icns: "icns", the file length, then chunks (type, length, PNG) — the PNG chunk types macOS 10.7+
// reads. Returns an empty array for a size that has no PNG chunk type.
struct IcnsChunk
{
    QByteArray type; // four characters, e.g. "ic07"
    QImage image;
};
QByteArray icnsFile(const QList<IcnsChunk> &chunks);

QByteArray pngBytes(const QImage &image);

} // namespace daas::icontool
