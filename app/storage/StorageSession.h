#pragma once

#include "storage/CatalogueCopyPlan.h"
#include "storage/DavResource.h"
#include "support/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace daas::identity {
class Account;
}

namespace daas::storage {

class AccountStorageCredentials;
class Transfer;
class TransferQueue;
class WebDavClient;

// The facility's storage for one user, as both front ends use it: the credentials of the Account, the
// WebDAV client on the user's own store (the profile's URL with "{user}" filled in), the transfer queue,
// and the operations on trees that a file manager and a command line both need — make folders, walk a
// local folder into an upload plan (on a worker thread), queue an upload or a download of whole trees, move
// or copy several entries. The GUI's Files area and `daas ls|get|put|mkdir|rm|mv|cp` are thin layers on
// this and never assemble the pieces themselves.
class StorageSession : public QObject
{
    Q_OBJECT
public:
    // Whose store it is: the user name of the Account's service login, else the ICAT user without the
    // authenticator ("simple/alice" → "alice", after a resumed session).
    static QString storeOwner(const identity::Account *account);

    // `owner` fills in "{user}" of the profile's storage URL.
    StorageSession(identity::Account *account, const QString &owner, QObject *parent = nullptr);
    ~StorageSession() override;

    // Why this store cannot be used (no storage in the profile, or its address needs a user name that is
    // missing or unusable), else Error().
    Error problem() const { return m_problem; }

    identity::Account *account() const { return m_account; }
    QString owner() const { return m_owner; }
    QUrl root() const;
    AccountStorageCredentials *credentials() const { return m_credentials; }
    WebDavClient *client() const { return m_client; }
    TransferQueue *queue() const { return m_queue; }
    // Where this facility's and user's unfinished transfers are kept between runs.
    QString defaultStateFile() const;

    // MKCOL each folder in turn (parents before children); one that exists already (405) is fine.
    // done(Error()) once all exist, else with the first failure. Used by Transfer for missing parents too.
    static void makeFolders(WebDavClient *client, QStringList folders, QObject *context,
                            std::function<void(const Error &)> done);
    void makeFolders(const QStringList &folders, QObject *context, std::function<void(const Error &)> done);
    // The folder and its parents that are missing ("mkdir -p").
    void makePath(const QString &path, QObject *context, std::function<void(const Error &)> done);
    // "a", "a/b", "a/b/c" for "a/b/c".
    static QStringList stepsTo(const QString &path);

    // What uploading some local files and folders comes down to.
    struct UploadPlan
    {
        QStringList folders;                      // remote folders to make, parents first
        QList<std::pair<QString, QString>> files; // local file → remote path, in order
        QStringList links;                        // local links found in the folders: never followed
        QStringList unusableNames;                // names the storage server cannot take: left out
        QStringList missing;                      // given, but no longer on this computer
        bool isEmpty() const { return folders.isEmpty() && files.isEmpty(); }
    };
    // Each pair is a local file or folder and the remote path it becomes. Folders are walked (hidden
    // entries included, links left out) on a worker thread; then() runs on context's thread.
    static void planUpload(const QList<std::pair<QString, QString>> &roots, QObject *context,
                           std::function<void(const UploadPlan &)> then);
    // The walk itself (any thread).
    static UploadPlan walk(const QList<std::pair<QString, QString>> &roots);
    // Makes the plan's folders (and first `parents`, for a target that does not exist yet), then queues its
    // files, a slice per event-loop turn; done() with the transfers queued, or the error that stopped the
    // folders.
    void upload(const UploadPlan &plan, const QStringList &parents, QObject *context,
                std::function<void(const Error &, const QList<Transfer *> &)> done);

    // Downloads of files and whole folders (walked with Depth-1 listings and made on this computer).
    struct DownloadWalk
    {
        int listings = 0;                       // folder listings still out
        QList<Error> errors;                    // folders that could not be made or listed
        std::function<void(Transfer *)> queued; // each transfer as it is queued
        std::function<void()> walked;           // once every folder has been listed
    };
    // `items` (files and folders of the store) into localDir, each under its own name.
    void download(const QList<DavResource> &items, const QString &localDir,
                  const std::shared_ptr<DownloadWalk> &walk);
    // The contents of the remote folder into localFolder (made if missing).
    void downloadFolder(const QString &remote, const QString &localFolder,
                        const std::shared_ptr<DownloadWalk> &walk);

    // Several MOVEs or COPYs; an entry whose kind is not known is asked for first (PROPFIND 0).
    struct EntryMove
    {
        QString from;
        QString to;
        std::optional<bool> isCollection;
    };
    struct EntryMoved
    {
        EntryMove move;
        Error error;    // the failure, else Error()
        int status = 0; // the HTTP status (412: the target exists and overwrite was not given)
    };
    void moveOrCopy(const QList<EntryMove> &moves, bool copy, bool overwrite, QObject *context,
                    std::function<void(const QList<EntryMoved> &)> done);

    // A file never replaces a folder of its name (a MOVE or COPY with Overwrite, or a PUT, onto a collection
    // deletes the folder and everything in it): the one sentence for each way a file is put on the storage.
    enum class PlacedBy { Upload, Copy, Move };
    static Error folderInTheWay(const QString &name, PlacedBy how);

    // "Copy to my storage": datasets (with their structure) and datafiles of the catalogue into `folder` of
    // the store, streamed from IDS without a copy on this computer, so that analysis environments and batch
    // jobs, which mount the store, see them. Lists them through ICAT (CatalogueCopyPlan), makes the folders
    // (the folder too, if missing), then queues one copy per datafile in the transfer queue (progress,
    // pause, resume, cancel and conflicts as for any transfer). done() with the plan (what was left out and
    // why) and the transfers queued, or with the error that stopped it before anything was queued.
    void
    copyFromCatalogue(const QList<qint64> &datasetIds, const QList<qint64> &datafileIds,
                      const QString &folder, QObject *context,
                      std::function<void(const Result<CatalogueCopyPlan> &, const QList<Transfer *> &)> done);
    // Where copies go when the user has not chosen: "datasets" in the store.
    static QString defaultCopyFolder() { return QStringLiteral("datasets"); }

private:
    void queueUploads(const QList<std::pair<QString, QString>> &files, qsizetype from,
                      QList<Transfer *> queued, const QPointer<QObject> &context,
                      const std::function<void(const Error &, const QList<Transfer *> &)> &done);
    void walkFolder(const QString &remote, const QString &localFolder,
                    const std::shared_ptr<DownloadWalk> &walk);
    void queueDownload(const QString &remote, const QString &local,
                       const std::shared_ptr<DownloadWalk> &walk);
    static void walkDone(const std::shared_ptr<DownloadWalk> &walk);

    identity::Account *m_account;
    QString m_owner;
    Error m_problem;
    AccountStorageCredentials *m_credentials;
    WebDavClient *m_client;
    TransferQueue *m_queue;
};

} // namespace daas::storage
