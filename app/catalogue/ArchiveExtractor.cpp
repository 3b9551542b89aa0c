#include "catalogue/ArchiveExtractor.h"

#include "support/Logging.h"
#include "support/SafePath.h"

#include <KZip>
#include <KZipFileEntry>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::catalogue", text);
}

struct Walker
{
    Q_DECLARE_TR_FUNCTIONS(daas::catalogue::Walker)

public:
    QString target;
    const std::atomic<bool> *cancelled = nullptr;
    ExtractResult result;

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
        const QStringList path = raw.split(u'/');
        if (raw.startsWith(u'/') || raw.contains(u'\\') || path.contains(u".."_s)) {
            result.refused.append(tr("%1: the path leads outside the chosen folder").arg(raw));
            return;
        }
        // ids / facility / investigation / visit / dataset / file name (which may itself hold '/')
        if (path.size() < 6 || path.at(0) != u"ids") {
            result.refused.append(tr("%1: not a file of the catalogue's archive layout").arg(raw));
            return;
        }
        const QString relative = javaUrlDecode(path.at(4)) + u'/' + path.mid(5).join(u'/');
        const Result<QString> local = support::checkedJoin(target, relative);
        if (!local) {
            result.refused.append(u"%1: %2"_s.arg(raw, local.error().userText()));
            return;
        }
        QDir().mkpath(QFileInfo(local.value()).path());
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
        while (!in->atEnd()) {
            if (stop())
                return abandon();
            const qint64 n = in->read(buffer.data(), buffer.size());
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

QString javaUrlDecode(const QString &text)
{
    QString t = text;
    t.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(t.toUtf8());
}

ExtractResult extractIdsZip(const QString &zipPath, const QString &targetDir,
                            const std::atomic<bool> *cancelled)
{
    KZip zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly)) {
        ExtractResult r;
        r.error = Error(Error::Kind::Protocol, tr("The downloaded archive could not be opened."),
                        zip.errorString());
        return r;
    }
    Walker w{targetDir, cancelled, {}};
    w.walk(zip.directory(), {});
    for (const QString &refused : std::as_const(w.result.refused))
        qCWarning(lcIds) << "refused archive entry" << refused;
    return w.result;
}

} // namespace daas::catalogue
