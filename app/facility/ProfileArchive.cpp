#include "facility/ProfileArchive.h"

#include "support/Logging.h"
#include "support/SafePath.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::facility::ProfileArchive {

namespace {

const QString profileName = u"facility.json"_s;
const QString certsFolder = u"certs"_s;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Error unsafeEntry(const QString &archive, const QString &entry, const Error &why)
{
    return Error(Error::Kind::UnsafePath,
                 QCoreApplication::translate(
                     "daas::facility::ProfileArchive",
                     "The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.")
                     .arg(archive, entry),
                 why.detail());
}

Error bomb(const QString &archive, int ratio)
{
    return Error(
        Error::Kind::InvalidInput,
        QCoreApplication::translate(
            "daas::facility::ProfileArchive",
            "The archive %1 unpacks to more than %2 times its packed size (a ZIP bomb?), so nothing of it "
            "was imported.")
            .arg(archive)
            .arg(ratio));
}

Error tooLarge(const QString &archive, qint64 limit)
{
    return Error(
        Error::Kind::InvalidInput,
        QCoreApplication::translate(
            "daas::facility::ProfileArchive",
            "The archive %1 unpacks to more than %2, far more than a facility profile holds, so nothing "
            "of it was imported.")
            .arg(archive, sizeText(limit)));
}

qint64 packedSize(const KArchiveFile *file)
{
    const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file);
    return zipEntry ? zipEntry->compressedSize() : file->size();
}

struct Reader
{
    QString archive;
    support::ArchiveLimits limits;
    QString checkBase;
    ProfileArchiveContents out;
    int entries = 0;
    qint64 declared = 0;
    qint64 unpacked = 0;

    // At most `max` bytes of a file, counting what really comes out (a ZIP entry may declare less).
    Result<QByteArray> readCapped(const KArchiveFile *file, qint64 max, const Error &whenLarger)
    {
        std::unique_ptr<QIODevice> in(file->createDevice());
        if (!in)
            return Error(Error::Kind::InvalidInput,
                         QCoreApplication::translate(
                             "daas::facility::ProfileArchive",
                             "%1 could not be read as a facility profile archive (.zip or .tar.gz).")
                             .arg(archive));
        QByteArray data;
        char buffer[16384];
        while (!in->atEnd()) {
            const qint64 n = in->read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            unpacked += n;
            if (limits.tooLarge(unpacked))
                return tooLarge(archive, limits.maxTotalBytes);
            if (limits.ratioExceeded(data.size() + n, packedSize(file)))
                return bomb(archive, limits.maxRatio);
            if (data.size() + n > max)
                return whenLarger;
            data.append(buffer, n);
        }
        return data;
    }

    Error collect(const KArchiveDirectory *dir, const QString &prefix)
    {
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = dir->entry(name);
            const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
            if (++entries > maxEntries)
                return Error(Error::Kind::InvalidInput,
                             QCoreApplication::translate(
                                 "daas::facility::ProfileArchive",
                                 "The archive %1 holds too many files to be a facility profile.")
                                 .arg(archive));
            const Result<QString> checked = support::checkedJoin(checkBase, path);
            if (!checked)
                return unsafeEntry(archive, path, checked.error());
            if (!entry->symLinkTarget().isEmpty())
                return unsafeEntry(
                    archive, path,
                    Error(Error::Kind::UnsafePath, {}, u"link to "_s + entry->symLinkTarget()));
            if (entry->isDirectory()) {
                if (Error e = collect(static_cast<const KArchiveDirectory *>(entry), path))
                    return e;
                continue;
            }
            const auto *file = static_cast<const KArchiveFile *>(entry);
            const qint64 size = std::max<qint64>(file->size(), 0);
            declared = support::ArchiveLimits::add(declared, size);
            if (limits.tooLarge(declared))
                return tooLarge(archive, limits.maxTotalBytes);
            if (limits.ratioExceeded(size, std::max<qint64>(packedSize(file), 0)))
                return bomb(archive, limits.maxRatio);
            if (path == profileName) {
                const Error large =
                    Error(Error::Kind::InvalidInput,
                          QCoreApplication::translate("daas::facility::ProfileArchive",
                                                      "The facility.json in %1 is too large to be a profile.")
                              .arg(archive));
                if (size > maxProfileSize)
                    return large;
                Result<QByteArray> data = readCapped(file, maxProfileSize, large);
                if (!data)
                    return data.error();
                out.profile = *data;
                if (out.profile.isNull())
                    out.profile =
                        QByteArray(""); // present, if empty: the profile's parser says what is wrong
            } else if (prefix == certsFolder && name.endsWith(u".pem"_s, Qt::CaseInsensitive)) {
                const Error large =
                    Error(Error::Kind::InvalidInput,
                          QCoreApplication::translate("daas::facility::ProfileArchive",
                                                      "The certificate %1 in %2 is too large.")
                              .arg(path, archive));
                if (size > maxCertificateSize)
                    return large;
                Result<QByteArray> data = readCapped(file, maxCertificateSize, large);
                if (!data)
                    return data.error();
                out.certificates.append({name, *data});
            } else {
                qCInfo(lcFacility) << "profile archive: ignoring" << path;
            }
        }
        return {};
    }
};

// A tar.gz is unpacked whole before KTar reads it (KTar itself would write all of it to a temporary file):
// here it stops at the limit.
Result<QByteArray> gunzipCapped(QIODevice *device, const QString &archive,
                                const support::ArchiveLimits &limits, qint64 packed)
{
    KCompressionDevice gz(device, false, KCompressionDevice::GZip);
    if (!gz.open(QIODevice::ReadOnly))
        return Error(Error::Kind::InvalidInput,
                     QCoreApplication::translate(
                         "daas::facility::ProfileArchive",
                         "%1 could not be read as a facility profile archive (.zip or .tar.gz).")
                         .arg(archive),
                     gz.errorString());
    QByteArray tar;
    char buffer[16384];
    while (!gz.atEnd()) {
        const qint64 n = gz.read(buffer, sizeof buffer);
        if (n < 0)
            return Error(Error::Kind::InvalidInput,
                         QCoreApplication::translate(
                             "daas::facility::ProfileArchive",
                             "%1 could not be read as a facility profile archive (.zip or .tar.gz).")
                             .arg(archive),
                         gz.errorString());
        if (n == 0)
            break;
        if (limits.tooLarge(tar.size() + n))
            return tooLarge(archive, limits.maxTotalBytes);
        if (limits.ratioExceeded(tar.size() + n, packed))
            return bomb(archive, limits.maxRatio);
        tar.append(buffer, n);
    }
    return tar;
}

} // namespace

std::optional<Format> formatOf(const QString &fileName)
{
    if (fileName.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return Format::Zip;
    if (fileName.endsWith(u".tar.gz"_s, Qt::CaseInsensitive) ||
        fileName.endsWith(u".tgz"_s, Qt::CaseInsensitive))
        return Format::TarGz;
    return std::nullopt;
}

Result<ProfileArchiveContents> read(QIODevice *device, Format format, const QString &name,
                                    support::ArchiveLimits limits)
{
    const Error unreadable(
        Error::Kind::InvalidInput,
        QCoreApplication::translate("daas::facility::ProfileArchive",
                                    "%1 could not be read as a facility profile archive (.zip or .tar.gz).")
            .arg(name));
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return unreadable.withDetail(device->errorString());
    const qint64 packed = device->size();
    QBuffer tarBuffer;
    std::unique_ptr<KArchive> archive;
    if (format == Format::Zip) {
        archive = std::make_unique<KZip>(device);
    } else {
        Result<QByteArray> tar = gunzipCapped(device, name, limits, packed);
        if (!tar)
            return tar.error();
        tarBuffer.setData(*tar);
        archive = std::make_unique<KTar>(&tarBuffer);
    }
    if (!archive->open(QIODevice::ReadOnly))
        return unreadable.withDetail(archive->errorString());
    Reader reader;
    reader.archive = name;
    reader.limits = limits;
    // a folder that is never written to: the check only needs a base to join below
    reader.checkBase = QDir::tempPath() + u"/daas-profile-check"_s;
    if (Error e = reader.collect(archive->directory(), {}))
        return e;
    if (reader.out.profile.isNull())
        return Error(Error::Kind::InvalidInput,
                     QCoreApplication::translate("daas::facility::ProfileArchive",
                                                 "The archive %1 holds no facility.json.")
                         .arg(name));
    return reader.out;
}

} // namespace daas::facility::ProfileArchive
