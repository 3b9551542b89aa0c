#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstring>

namespace daas::testing {

// A file's bytes, or "<missing>" (which no test writes), so that a comparison shows what went wrong.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Writes `content` to `path`, making its folders.
inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

// `size` bytes in which no run repeats: a 32-bit counter every four bytes, mixed so that a block copied to
// the wrong offset (a resume that restarts or skips) changes the content, not only the size.
inline QByteArray patternedBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        const quint32 word = quint32(i / 4) * 2654435761u;
        out[i] = char(word >> (8 * (i % 4)));
    }
    return out;
}

// `size` pseudo-random bytes from `seed`, written a block at a time so that a 1 GiB file never sits in
// memory; no two blocks alike, so a block written at the wrong place changes a checksum.
inline bool writeSeededFile(const QString &path, qint64 size, quint32 seed = 1)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator gen(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// The first `size` bytes writeSeededFile(path, size, seed) writes, in memory.
inline QByteArray seededBytes(qsizetype size, quint32 seed = 1)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    const quint32 last = gen.generate();
    std::memcpy(out.data() + (size - size % 4), &last, size_t(size % 4));
    return out;
}

// The SHA-256 of a file's bytes (empty when it cannot be read).
inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return hash.result().toHex();
}

} // namespace daas::testing
