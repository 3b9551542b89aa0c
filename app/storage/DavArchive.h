#pragma once

#include "storage/DavResource.h"
#include "support/Error.h"
#include "support/Worker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class KArchive;
class KArchiveDirectory;
class KZip;
class QIODevice;
class QNetworkReply;

namespace daas::storage {

class WebDavClient;

// "Download as .zip": the selected files and folders (folders walked with Depth-1 PROPFINDs) are fetched one
// after another and streamed straight into a ZIP on disk (no staging in memory); the ZIP is written through
// QSaveFile, so it appears under its name only when complete. Entry names are paths relative to the
// selection's folder.
class ZipDownloadJob : public QObject
{
    Q_OBJECT
public:
    ZipDownloadJob(WebDavClient *client, QList<DavResource> selection, QString zipPath,
                   QObject *parent = nullptr);
    ~ZipDownloadJob() override;
    void start();
    void cancel();
    QStringList entries() const { return m_entries; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const daas::Error &error);

private:
    void walk();
    void fetchNext();
    void fail(const Error &error);

    WebDavClient *m_client;
    QList<DavResource> m_pending; // to expand or fetch
    QList<DavResource> m_files;
    QString m_base; // common parent of the selection
    QString m_zipPath;
    std::unique_ptr<KZip> m_zip;
    QPointer<QNetworkReply> m_reply;
    QStringList m_entries;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_finished = false;
};

// "Extract here": a local .zip, .tar, .tar.gz/.tgz, .tar.bz2 or .tar.xz is unpacked into a remote folder as
// individual files, each streamed from the archive into its PUT. Entries that would leave the folder (.., an
// absolute path, unsafe names) and links are refused and reported; an existing remote file is not
// overwritten (reported) where the server enforces If-None-Match.
class ExtractUploadJob : public QObject
{
    Q_OBJECT
public:
    ExtractUploadJob(WebDavClient *client, QString archivePath, QString remoteFolder,
                     QObject *parent = nullptr);
    ~ExtractUploadJob() override;
    void start();
    void cancel();
    QStringList uploaded() const { return m_uploaded; } // remote paths
    QStringList refused() const { return m_refused; }   // "entry: reason"

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const daas::Error &error);

private:
    struct Entry
    {
        QString relative;
        bool isFolder;
        const void *file; // KArchiveFile*
        qint64 size;
    };
    void collect(const KArchiveDirectory *dir, const QString &prefix);
    void next();
    void fail(const Error &error);

    WebDavClient *m_client;
    QString m_archivePath;
    QString m_folder;
    std::shared_ptr<KArchive> m_archive; // opened on a worker
    support::WorkerTask m_opening;
    QList<Entry> m_entries;
    QPointer<QNetworkReply> m_reply;
    QStringList m_uploaded;
    QStringList m_refused;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_finished = false;
};

} // namespace daas::storage
