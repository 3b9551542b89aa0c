#include "storage/DavArchive.h"

#include "storage/DavPath.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"
#include "support/SafePath.h"
#include "support/Worker.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace daas::storage {

namespace {

QString zipPartPath(const QString &zipPath)
{
    const QFileInfo info(zipPath);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".daas-part"));
}

// An archive entry as an upload body. KZip's entry devices report size() 0 although they read the whole
// entry, and QNetworkAccessManager sends only size() bytes of a random-access body; as a sequential device
// with the entry's real size the body is streamed until Content-Length.
class ArchiveEntryDevice : public QIODevice
{
public:
    ArchiveEntryDevice(QIODevice *entry, qint64 size)
        : m_entry(entry)
        , m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override { return m_size - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_entry->read(data, std::min(maxSize, m_size - m_read));
        if (n > 0)
            m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_entry;
    qint64 m_size;
    qint64 m_read = 0;
};

} // namespace

ZipDownloadJob::ZipDownloadJob(WebDavClient *client, QList<DavResource> selection, QString zipPath,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pending(std::move(selection))
    , m_zipPath(std::move(zipPath))
{
    if (!m_pending.isEmpty())
        m_base = davpath::parentOf(m_pending.first().path);
}

ZipDownloadJob::~ZipDownloadJob()
{
    if (!m_finished)
        cancel();
}

void ZipDownloadJob::start()
{
    m_zip = std::make_unique<KZip>(zipPartPath(m_zipPath));
    m_zip->setCompression(KZip::NoCompression); // science data rarely shrinks; the disk is the limit
    if (!m_zip->open(QIODevice::WriteOnly)) {
        fail(Error(Error::Kind::Storage,
                   tr("The archive “%1” could not be created.").arg(QFileInfo(m_zipPath).fileName()),
                   m_zip->errorString()));
        return;
    }
    walk();
}

void ZipDownloadJob::cancel()
{
    if (m_reply)
        m_reply->abort();
    fail(Error::cancelled());
}

void ZipDownloadJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    m_zip.reset();
    QFile::remove(zipPartPath(m_zipPath));
    Q_EMIT finished(error);
}

void ZipDownloadJob::walk()
{
    // expand folders first, so that the total is known before the first byte
    while (!m_pending.isEmpty() && !m_pending.first().isCollection)
        m_files.append(m_pending.takeFirst());
    if (m_pending.isEmpty()) {
        for (const DavResource &r : std::as_const(m_files))
            m_total += qMax<qint64>(0, r.size);
        fetchNext();
        return;
    }
    const DavResource folder = m_pending.takeFirst();
    DavJob *job = m_client->list(folder.path);
    connect(job, &DavJob::finished, this, [this, job, folder]() {
        if (m_finished)
            return;
        if (job->error()) {
            fail(job->error());
            return;
        }
        const QString entry = m_base.isEmpty() ? folder.path : folder.path.mid(m_base.size() + 1);
        if (job->children().isEmpty())
            m_zip->writeDir(entry);
        m_pending += job->children();
        walk();
    });
}

void ZipDownloadJob::fetchNext()
{
    if (m_finished)
        return;
    if (m_files.isEmpty()) {
        if (!m_zip->close()) {
            fail(Error(Error::Kind::Storage, tr("The archive could not be written. Is the disk full?"),
                       m_zip->errorString()));
            return;
        }
        m_zip.reset();
        if (std::rename(QFile::encodeName(zipPartPath(m_zipPath)).constData(),
                        QFile::encodeName(m_zipPath).constData()) != 0) {
            fail(Error(Error::Kind::Storage, tr("The archive could not be put in place."), m_zipPath));
            return;
        }
        m_finished = true;
        Q_EMIT finished(Error());
        return;
    }
    const DavResource file = m_files.takeFirst();
    const QString entry = m_base.isEmpty() ? file.path : file.path.mid(m_base.size() + 1);
    if (!m_zip->prepareWriting(entry, QString(), QString(), file.size, 0100644, file.lastModified,
                               file.lastModified, file.lastModified)) {
        fail(Error(Error::Kind::Storage, tr("The archive could not be written. Is the disk full?"),
                   m_zip->errorString()));
        return;
    }
    m_entries << entry;
    QNetworkRequest rq = m_client->request(m_client->urlFor(file.path));
    m_reply = m_client->send("GET", rq);
    auto written = std::make_shared<qint64>(0);
    connect(m_reply, &QNetworkReply::readyRead, this, [this, written]() {
        QNetworkReply *reply = m_reply;
        if (!reply || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return;
        const QByteArray data = reply->readAll();
        if (!m_zip->writeData(data.constData(), data.size())) {
            fail(Error(Error::Kind::Storage, tr("The archive could not be written. Is the disk full?"),
                       m_zip->errorString()));
            return;
        }
        *written += data.size();
        m_done += data.size();
        Q_EMIT progress(m_done, m_total);
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, file, written]() {
        QNetworkReply *reply = m_reply;
        if (!reply || m_finished)
            return;
        reply->deleteLater();
        if (const Error e = WebDavClient::errorFor(reply, DavOperation::Download, file.name)) {
            fail(e);
            return;
        }
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            m_zip->writeData(rest.constData(), rest.size());
            *written += rest.size();
            m_done += rest.size();
        }
        if (file.size >= 0 && *written != file.size) {
            fail(Error(Error::Kind::Protocol, tr("“%1” arrived incomplete.").arg(file.name),
                       QStringLiteral("%1 of %2 bytes").arg(*written).arg(file.size)));
            return;
        }
        m_zip->finishWriting(*written);
        fetchNext();
    });
}

// ---------------------------------------------------------------------------------------------------------

ExtractUploadJob::ExtractUploadJob(WebDavClient *client, QString archivePath, QString remoteFolder,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archivePath(std::move(archivePath))
    , m_folder(std::move(remoteFolder))
{}

ExtractUploadJob::~ExtractUploadJob()
{
    if (m_reply)
        m_reply->abort();
}

void ExtractUploadJob::start()
{
    // Opening reads the whole archive (a .tar.gz is decompressed once to find its entries): on a worker.
    struct Opened
    {
        std::shared_ptr<KArchive> archive;
        QString why;
    };
    m_opening = support::onWorker<Opened>(
        this,
        [path = m_archivePath, caller = QThread::currentThread()]() {
            Opened r;
            const QString lower = path.toLower();
            if (lower.endsWith(QLatin1String(".zip")))
                r.archive = std::make_shared<KZip>(path);
            else
                r.archive = std::make_shared<KTar>(path); // detects gzip, bzip2, xz
            if (!r.archive->open(QIODevice::ReadOnly)) {
                r.why = r.archive->errorString();
                r.archive.reset();
            } else if (QIODevice *device = r.archive->device()) {
                device->moveToThread(caller); // the entries are read (and uploaded) on the caller's thread
            }
            return r;
        },
        [this](const Opened &r) {
            if (m_finished)
                return;
            if (!r.archive) {
                fail(Error(
                    Error::Kind::InvalidInput,
                    tr("“%1” is not an archive that can be read.").arg(QFileInfo(m_archivePath).fileName()),
                    r.why));
                return;
            }
            m_archive = r.archive;
            collect(m_archive->directory(), QString());
            for (const Entry &e : std::as_const(m_entries))
                m_total += e.size;
            next();
        });
}

void ExtractUploadJob::collect(const KArchiveDirectory *dir, const QString &prefix)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *e = dir->entry(name);
        const QString shown = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        if (const Result<QString> ok = support::checkedFileName(name); !ok) {
            m_refused << Error::labelled(shown, ok.error().userText());
            continue;
        }
        if (!e->symLinkTarget().isEmpty()) {
            m_refused << Error::labelled(shown, tr("links are not extracted."));
            continue;
        }
        if (e->isDirectory()) {
            m_entries.append({shown, true, nullptr, 0});
            collect(static_cast<const KArchiveDirectory *>(e), shown);
            continue;
        }
        if (const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(e);
            zipEntry && (zipEntry->path().startsWith(QLatin1Char('/')) ||
                         zipEntry->path().contains(QLatin1String("../")))) {
            m_refused << Error::labelled(zipEntry->path(), tr("it would leave the folder."));
            continue;
        }
        const auto *file = static_cast<const KArchiveFile *>(e);
        m_entries.append({shown, false, file, file->size()});
    }
}

void ExtractUploadJob::cancel()
{
    m_opening.cancel();
    if (m_reply)
        m_reply->abort();
    fail(Error::cancelled());
}

void ExtractUploadJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    Q_EMIT finished(error);
}

void ExtractUploadJob::next()
{
    if (m_finished)
        return;
    if (m_entries.isEmpty()) {
        m_finished = true;
        Q_EMIT finished(Error());
        return;
    }
    const Entry entry = m_entries.takeFirst();
    const QString remote = davpath::join(m_folder, entry.relative);
    if (entry.isFolder) {
        DavJob *job = m_client->makeFolder(remote);
        connect(job, &DavJob::finished, this, [this, job, entry]() {
            // 405: it is there already, which is what we wanted
            if (job->error() && job->status() != 405) {
                fail(job->error());
                return;
            }
            next();
        });
        return;
    }
    const auto *file = static_cast<const KArchiveFile *>(entry.file);
    QIODevice *entryDevice = file->createDevice();
    QIODevice *body = entryDevice ? new ArchiveEntryDevice(entryDevice, entry.size) : nullptr;
    if (!body) {
        m_refused << Error::labelled(entry.relative, tr("it could not be read from the archive."));
        next();
        return;
    }
    QNetworkRequest rq = m_client->request(m_client->urlFor(remote));
    rq.setHeader(QNetworkRequest::ContentLengthHeader, entry.size);
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    rq.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    if (m_client->capabilities().createOnlyEnforced)
        rq.setRawHeader("If-None-Match", "*");
    m_reply = m_client->send("PUT", rq, body);
    body->setParent(m_reply);
    const qint64 before = m_done;
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this, before](qint64 sent, qint64) { Q_EMIT progress(before + sent, m_total); });
    connect(m_reply, &QNetworkReply::finished, this, [this, entry, remote]() {
        QNetworkReply *reply = m_reply;
        if (!reply || m_finished)
            return;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_done += entry.size;
        if (status == 412) {
            m_refused << Error::labelled(entry.relative, tr("a file of that name is already there."));
        } else if (const Error e =
                       WebDavClient::errorFor(reply, DavOperation::Upload, davpath::nameOf(remote))) {
            fail(e);
            return;
        } else {
            m_uploaded << remote;
        }
        Q_EMIT progress(m_done, m_total);
        next();
    });
}

} // namespace daas::storage
