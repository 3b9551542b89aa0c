#include "catalogue/ArchiveExtractor.h"

#include "catalogue/Entities.h"
#include "support/Logging.h"
#include "support/SafePath.h"

#include <KZip>
#include <KZipFileEntry>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::catalogue", text);
}

// What an entry declares about itself: KZip keeps the packed size of a ZIP entry beside the unpacked one.
qint64 packedSize(const KArchiveFile *file)
{
    const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file);
    return zipEntry ? zipEntry->compressedSize() : file->size();
}

// The room there is for the archive's contents: the free space of the disk the folder is (to be) on.
qint64 freeSpaceFor(const QString &targetDir)
{
    QFileInfo dir(targetDir);
    while (!dir.exists() && !dir.isRoot() && dir.absolutePath() != dir.absoluteFilePath())
        dir = QFileInfo(dir.absolutePath());
    const QStorageInfo storage(dir.absoluteFilePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

struct Walker
{
    Q_DECLARE_TR_FUNCTIONS(daas::catalogue::Walker)

public:
    QString target;
    const std::atomic<bool> *cancelled = nullptr;
    support::ArchiveLimits limits;
    ExtractResult result;
    qint64 unpackedTotal = 0;
    bool refusedWhole = false; // a limit was passed: nothing of the archive may stay
    QStringList madeFolders;   // made for this archive, removed again when it is refused as a whole

    Error bomb(const QString &entry) const
    {
        return Error(Error::Kind::InvalidInput,
                     tr("The downloaded archive was refused as a ZIP bomb: “%1” unpacks to more than %2 "
                        "times its packed size. Nothing of it was kept.")
                         .arg(entry)
                         .arg(limits.maxRatio));
    }
    Error tooLarge() const
    {
        return Error(Error::Kind::InvalidInput,
                     tr("The downloaded archive was refused: it unpacks to more than %1, the room there is "
                        "for it. Nothing of it was kept.")
                         .arg(formatSize(limits.maxTotalBytes)));
    }

    // Before anything is written: what the entries declare (a bomb that tells the truth is refused here).
    Error checkDeclared(const KArchiveDirectory *dir, qint64 &total, qint64 &packed) const
    {
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = dir->entry(name);
            if (entry->isDirectory()) {
                if (Error e = checkDeclared(static_cast<const KArchiveDirectory *>(entry), total, packed))
                    return e;
                continue;
            }
            const auto *file = static_cast<const KArchiveFile *>(entry);
            const qint64 size = std::max<qint64>(file->size(), 0);
            const qint64 packedBytes = std::max<qint64>(packedSize(file), 0);
            if (limits.ratioExceeded(size, packedBytes))
                return bomb(rawName(entry, name));
            total = support::ArchiveLimits::add(total, size);
            packed = support::ArchiveLimits::add(packed, packedBytes);
            if (limits.tooLarge(total))
                return tooLarge();
        }
        return {};
    }

    // A limit passed while unpacking (the archive declared less than it holds): nothing of it stays.
    void refuseWhole(const Error &why)
    {
        refusedWhole = true;
        result.error = why;
    }

    void removeWhatWasWritten()
    {
        for (const QString &path : std::as_const(result.written))
            QFile::remove(path);
        result.written.clear();
        for (auto it = madeFolders.crbegin(); it != madeFolders.crend(); ++it)
            QDir().rmdir(*it); // only when empty: a folder made for this archive, deepest first
    }

    void makeFolder(const QString &path)
    {
        QStringList missing;
        for (QFileInfo dir(path); !dir.exists() && dir.absoluteFilePath() != QDir(target).absolutePath();
             dir = QFileInfo(dir.absolutePath()))
            missing.prepend(dir.absoluteFilePath());
        if (!QFileInfo::exists(target))
            missing.prepend(QDir(target).absolutePath());
        QDir().mkpath(path);
        madeFolders.append(missing);
    }

    bool stop()
    {
        if (cancelled && cancelled->load()) {
            if (!result.error)
                result.error = Error::cancelled();
            return true;
        }
        return bool(result.error);
    }

    // KArchive files an entry in its tree under a cleaned path ("a/../b" becomes "b", "/etc/x" becomes
    // "etc/x"), which would hide what the archive really said: entries are judged by their raw name.
    static QString rawName(const KArchiveEntry *entry, const QString &treePath)
    {
        const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(entry);
        return zipEntry && !zipEntry->path().isEmpty() ? zipEntry->path() : treePath;
    }

    void walk(const KArchiveDirectory *dir, const QStringList &path)
    {
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            if (stop())
                return;
            const KArchiveEntry *entry = dir->entry(name);
            const QStringList entryPath = path + QStringList{name};
            if (entry->isDirectory()) {
                walk(static_cast<const KArchiveDirectory *>(entry), entryPath);
                continue;
            }
            const QString raw = rawName(entry, entryPath.join(u'/'));
            if (!entry->symLinkTarget().isEmpty()) {
                result.refused.append(tr("%1: links are not extracted").arg(raw));
                continue;
            }
            extract(static_cast<const KArchiveFile *>(entry), raw);
        }
    }

    void extract(const KArchiveFile *file, const QString &raw)
    {
        const Result<QString> local = idsEntryTarget(target, raw);
        if (!local) {
            result.refused.append(local.error().userText());
            return;
        }
        makeFolder(QFileInfo(local.value()).path());
        // Each entry is written under a temporary name beside its place and renamed when complete, so an
        // interrupted unpack leaves no half file under a final name. Not QSaveFile: its fsync per file made a
        // 100,000-file dataset take a quarter of an hour to unpack (the archive itself stays until the end).
        const QString temp = local.value() + u".daas-unpacking"_s;
        QFile out(temp);
        std::unique_ptr<QIODevice> in(file->createDevice());
        if (!in || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            result.error =
                Error(Error::Kind::Storage, tr("Could not write %1.").arg(local.value()), out.errorString());
            return;
        }
        auto abandon = [&] {
            out.close();
            QFile::remove(temp);
        };
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 entryBytes = 0;
        while (!in->atEnd()) {
            if (stop())
                return abandon();
            const qint64 n = in->read(buffer.data(), buffer.size());
            if (n == 0) {
                // a damaged stream that neither ends nor gives bytes would keep this loop going for ever
                result.error = Error(Error::Kind::Protocol, tr("The downloaded archive could not be opened."),
                                     u"%1: no bytes before the end of the entry"_s.arg(raw));
                return abandon();
            }
            if (n > 0) {
                entryBytes += n;
                unpackedTotal += n;
                const Error passed = entryBytes > std::max<qint64>(file->size(), 0)
                                         ? Error(Error::Kind::Protocol,
                                                 tr("The downloaded archive is damaged: “%1” unpacks to more "
                                                    "than it declares. Nothing of it was kept.")
                                                     .arg(raw))
                                     : limits.ratioExceeded(entryBytes, packedSize(file)) ? bomb(raw)
                                     : limits.tooLarge(unpackedTotal)                     ? tooLarge()
                                                                                          : Error();
                if (passed) {
                    abandon();
                    return refuseWhole(passed);
                }
            }
            if (n < 0 || out.write(buffer.constData(), n) != n) {
                result.error = Error(Error::Kind::Storage,
                                     tr("Could not write %1: the disk may be full.").arg(local.value()),
                                     out.errorString());
                return abandon();
            }
        }
        out.close();
        // rename does not replace an existing file everywhere (Windows): a file downloaded before goes first
        if (out.error() != QFileDevice::NoError ||
            (QFile::exists(local.value()) && !QFile::remove(local.value())) ||
            !QFile::rename(temp, local.value())) {
            result.error =
                Error(Error::Kind::Storage, tr("Could not write %1.").arg(local.value()), out.errorString());
            QFile::remove(temp);
            return;
        }
        result.written.append(local.value());
    }
};

} // namespace

Result<QString> idsEntryTarget(const QString &targetDir, const QString &rawName)
{
    const QStringList path = rawName.split(u'/');
    if (rawName.startsWith(u'/') || rawName.contains(u'\\') || path.contains(u".."_s))
        return Error(Error::Kind::UnsafePath,
                     tr("%1: the path leads outside the chosen folder").arg(rawName));
    // ids / facility / investigation / visit / dataset / file name (which may itself hold '/')
    if (path.size() < 6 || path.at(0) != u"ids")
        return Error(Error::Kind::InvalidInput,
                     tr("%1: not a file of the catalogue's archive layout").arg(rawName));
    const QString relative = javaUrlDecode(path.at(4)) + u'/' + path.mid(5).join(u'/');
    const Result<QString> local = support::checkedJoin(targetDir, relative);
    if (!local)
        return Error(local.error().kind(), u"%1: %2"_s.arg(rawName, local.error().userText()),
                     local.error().detail());
    return local;
}

QString javaUrlDecode(const QString &text)
{
    QString t = text;
    t.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(t.toUtf8());
}

namespace {

ExtractResult extract(KZip &zip, const QString &targetDir, const std::atomic<bool> *cancelled,
                      support::ArchiveLimits limits)
{
    if (!zip.open(QIODevice::ReadOnly)) {
        ExtractResult r;
        r.error = Error(Error::Kind::Protocol, tr("The downloaded archive could not be opened."),
                        zip.errorString());
        return r;
    }
    if (limits.maxTotalBytes < 0)
        limits.maxTotalBytes = freeSpaceFor(targetDir);
    Walker w;
    w.target = targetDir;
    w.cancelled = cancelled;
    w.limits = limits;
    qint64 declared = 0;
    qint64 packed = 0;
    if (Error e = w.checkDeclared(zip.directory(), declared, packed)) {
        qCWarning(lcIds) << "archive refused before unpacking:" << e << declared << "bytes declared";
        w.result.error = e;
        return w.result;
    }
    w.walk(zip.directory(), {});
    if (w.refusedWhole) {
        qCWarning(lcIds) << "archive refused while unpacking:" << w.result.error << w.unpackedTotal
                         << "bytes unpacked," << declared << "declared";
        w.removeWhatWasWritten();
    }
    for (const QString &refused : std::as_const(w.result.refused))
        qCWarning(lcIds) << "refused archive entry" << refused;
    return w.result;
}

} // namespace

ExtractResult extractIdsZip(const QString &zipPath, const QString &targetDir,
                            const std::atomic<bool> *cancelled, support::ArchiveLimits limits)
{
    KZip zip(zipPath);
    return extract(zip, targetDir, cancelled, limits);
}

ExtractResult extractIdsZip(QIODevice *zipDevice, const QString &targetDir,
                            const std::atomic<bool> *cancelled, support::ArchiveLimits limits)
{
    KZip zip(zipDevice);
    return extract(zip, targetDir, cancelled, limits);
}

} // namespace daas::catalogue
