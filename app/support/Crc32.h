#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace daas::support {

// CRC-32 (IEEE 802.3, as zlib and ZIP use it). IDS reports it in decimal from put and ICAT stores it in hex;
// downloads and uploads are verified against it while their data streams past.
class Crc32
{
public:
    void update(QByteArrayView data);
    std::uint32_t value() const { return ~m_state; }
    static std::uint32_t of(QByteArrayView data);

private:
    std::uint32_t m_state = 0xffffffffu;
};

} // namespace daas::support
