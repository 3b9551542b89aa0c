#pragma once

#include <QByteArray>
#include <QImage>

namespace daas::remote {

// Images on the RDP clipboard are device-independent bitmaps (CF_DIB, CF_DIBV5: a BITMAPINFOHEADER,
// BITMAPV4HEADER or BITMAPV5HEADER, its colour masks or palette, then the pixels; no BITMAPFILEHEADER).
// These two convert between them and QImage; both refuse what is too large or does not add up.

// The largest image taken from or given to the remote side (width × height), as for the frame buffer.
inline constexpr qint64 kMaxDibPixels = 8192LL * 8192LL;

// A 32-bit bottom-up BI_RGB DIB with a BITMAPINFOHEADER (the form every server reads); empty for a
// null or too large image. The alpha channel is carried in the fourth byte.
QByteArray dibFromImage(const QImage &image);

// The image a DIB holds (1–32 bits per pixel, bottom-up or top-down, BI_RGB, BI_BITFIELDS, the V4/V5
// headers' alpha mask), or a null image when the bytes are not a sound DIB.
QImage imageFromDib(const QByteArray &dib);

} // namespace daas::remote
