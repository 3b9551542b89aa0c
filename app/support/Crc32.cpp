#include "support/Crc32.h"

#include <QByteArray>
#include <QFile>

#include <zlib.h>

namespace daas::support {

void Crc32::update(QByteArrayView data)
{
    // zlib answers a null buffer with the initial value, which would forget everything summed so far
    if (data.isEmpty())
        return;
    m_value = std::uint32_t(
        crc32_z(m_value, reinterpret_cast<const Bytef *>(data.data()), static_cast<z_size_t>(data.size())));
}

bool Crc32::updateFromFile(const QString &path, qint64 length, const std::atomic<bool> *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 left = length < 0 ? file.size() : length;
    while (left > 0) {
        if (stop && stop->load())
            return false;
        const qint64 n = file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (n <= 0)
            return false;
        update(QByteArrayView(buffer.constData(), n));
        left -= n;
    }
    return true;
}

std::uint32_t Crc32::of(QByteArrayView data)
{
    Crc32 crc;
    crc.update(data);
    return crc.value();
}

} // namespace daas::support
