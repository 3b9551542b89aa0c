#include "ZipEnd.h"

#include <QIODevice>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

constexpr quint32 endSignature = 0x06054b50;          // end of central directory record
constexpr quint32 zip64LocatorSignature = 0x07064b50; // ZIP64 end of central directory locator
constexpr quint32 zip64EndSignature = 0x06064b50;     // ZIP64 end of central directory record
constexpr quint32 centralSignature = 0x02014b50;      // central directory file header
constexpr qint64 endSize = 22;
constexpr qint64 locatorSize = 20;
constexpr qint64 zip64EndFixedSize = 56;
constexpr qint64 longestComment = 0xffff;

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint64 u64(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

QByteArray readAt(QIODevice *zip, qint64 at, qint64 length)
{
    if (at < 0 || !zip->seek(at))
        return {};
    QByteArray b = zip->read(length);
    return b.size() == length ? b : QByteArray();
}

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

} // namespace

bool zipEndsWhole(QIODevice *zip, QString *why)
{
    const qint64 size = zip->size();
    if (size < endSize)
        return fail(why, u"%1 bytes: shorter than an end record"_s.arg(size));
    const qint64 tailStart = std::max<qint64>(0, size - endSize - longestComment);
    const QByteArray tail = readAt(zip, tailStart, size - tailStart);
    if (tail.isEmpty())
        return fail(why, u"the last bytes could not be read"_s);
    // the last end record whose comment reaches exactly to the end of the file
    qint64 end = -1;
    for (qint64 at = tail.size() - endSize; at >= 0; --at)
        if (u32(tail, at) == endSignature && at + endSize + u16(tail, at + 20) == tail.size()) {
            end = tailStart + at;
            break;
        }
    if (end < 0)
        return fail(why, u"no end record closes the %1 bytes"_s.arg(size));
    const qint64 inTail = end - tailStart;
    quint64 directoryOffset = u32(tail, inTail + 16);
    quint64 directorySize = u32(tail, inTail + 12);
    quint64 entries = u16(tail, inTail + 10);
    quint64 directoryEnd = quint64(end);
    const QByteArray locator = readAt(zip, end - locatorSize, locatorSize);
    if (!locator.isEmpty() && u32(locator, 0) == zip64LocatorSignature) {
        const quint64 zip64End = u64(locator, 8);
        if (zip64End + zip64EndFixedSize > quint64(end - locatorSize))
            return fail(why, u"the ZIP64 locator points past itself"_s);
        const QByteArray record = readAt(zip, qint64(zip64End), zip64EndFixedSize);
        if (record.isEmpty() || u32(record, 0) != zip64EndSignature)
            return fail(why, u"no ZIP64 end record where its locator says"_s);
        // the record's own size counts what follows its first 12 bytes
        if (zip64End + 12 + u64(record, 4) != quint64(end - locatorSize))
            return fail(why, u"the ZIP64 end record does not reach its locator"_s);
        entries = u64(record, 32);
        directorySize = u64(record, 40);
        directoryOffset = u64(record, 48);
        directoryEnd = zip64End;
    }
    if (directoryOffset > directoryEnd || directoryEnd - directoryOffset != directorySize)
        return fail(why, u"the central directory (%1 bytes from %2) does not end at %3"_s.arg(directorySize)
                             .arg(directoryOffset)
                             .arg(directoryEnd));
    if (entries > 0) {
        const QByteArray first = readAt(zip, qint64(directoryOffset), 4);
        if (first.isEmpty() || u32(first, 0) != centralSignature)
            return fail(why, u"no central directory header at %1"_s.arg(directoryOffset));
    }
    return true;
}

} // namespace daas::catalogue
