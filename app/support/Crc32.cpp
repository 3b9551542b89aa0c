#include "support/Crc32.h"

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

std::uint32_t Crc32::of(QByteArrayView data)
{
    Crc32 crc;
    crc.update(data);
    return crc.value();
}

} // namespace daas::support
