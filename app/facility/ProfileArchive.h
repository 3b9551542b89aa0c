#pragma once

#include "support/ArchiveLimits.h"
#include "support/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QIODevice;

namespace daas::facility {

// A facility profile archive (.zip or .tar.gz, as FacilityRegistry::exportTo writes one): facility.json and
// the CA certificates in certs/*.pem; other files are ignored. Every entry's path is checked before
// anything is read, so a hostile archive is refused as a whole; links are refused too. ZIP bombs: the
// archive may unpack to `limits` at most (by what it declares and by what really comes out), far more than
// a profile needs; each refusal says why in a sentence that names the archive.
struct ProfileArchiveContents
{
    QByteArray profile;
    QList<std::pair<QString, QByteArray>> certificates; // file name → PEM bytes
};

namespace ProfileArchive {

enum class Format { Zip, TarGz };

constexpr qint64 maxProfileSize = 1 << 20;
constexpr qint64 maxCertificateSize = 256 * 1024;
constexpr int maxEntries = 64;
// what a profile with its certificates can need, unpacked
inline constexpr support::ArchiveLimits limits{maxProfileSize + maxEntries * maxCertificateSize, 100,
                                               1 << 20};

// The format a file name says (.zip, .tar.gz, .tgz), if any.
std::optional<Format> formatOf(const QString &fileName);

// `device` is not yet open; `name` is what messages call the archive (its file name).
Result<ProfileArchiveContents> read(QIODevice *device, Format format, const QString &name,
                                    support::ArchiveLimits limits = ProfileArchive::limits);

} // namespace ProfileArchive

} // namespace daas::facility
