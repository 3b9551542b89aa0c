#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace daas::support {

// What an archive may unpack to (ZIP bombs: a few KiB that unpack to gigabytes). Checked twice: against
// the sizes the archive declares, before anything is written, and against the bytes really unpacked, since
// a hostile archive may declare anything.
struct ArchiveLimits
{
    qint64 maxTotalBytes = -1; // everything unpacked together; -1: no limit of its own
    int maxRatio = 100;        // unpacked : packed, per entry and for the whole archive
    // Below this an entry may be packed any amount (a small file of zeros packs 1000:1 and is harmless).
    qint64 ratioFloor = 1 << 20;

    // a + b, stopping at the largest qint64 (sizes an archive declares may be anything)
    static qint64 add(qint64 a, qint64 b)
    {
        return b > std::numeric_limits<qint64>::max() - a ? std::numeric_limits<qint64>::max() : a + b;
    }

    bool tooLarge(qint64 unpacked) const { return maxTotalBytes >= 0 && unpacked > maxTotalBytes; }
    bool ratioExceeded(qint64 unpacked, qint64 packed) const
    {
        return unpacked > ratioFloor && unpacked / std::max<qint64>(packed, 1) > maxRatio;
    }
};

} // namespace daas::support
