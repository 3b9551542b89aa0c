#pragma once

#include "storage/Transfer.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <mutex>

namespace daas::identity {
class Account;
}

namespace daas::storage {

class WebDavClient;

// The transfers of one store: runs a few at a time (default 3), retries network failures with growing
// delays, renews credentials once when the server answers 401 and carries on, asks the GUI about existing
// targets (conflictRaised → resolveConflict, with "apply to all"), and keeps unfinished transfers in a JSON
// file so that they survive a restart of the client. The first transfer waits for the client's probe,
// which is also the cheap first request of the session.
class TransferQueue : public QObject
{
    Q_OBJECT
public:
    explicit TransferQueue(WebDavClient *client, QObject *parent = nullptr);
    ~TransferQueue() override;

    WebDavClient *client() const { return m_client; }

    Transfer *addDownload(const QString &remotePath, const QString &localFile);
    Transfer *addUpload(const QString &localFile, const QString &remotePath);
    // A datafile from the catalogue (IDS) straight into remotePath, never onto this computer's disk. The
    // same datafile already on its way to the same folder is not queued twice: that transfer is returned.
    Transfer *addCopy(const CatalogueOrigin &origin, const QString &remotePath);
    // Where copies read from: the account signed in to the catalogue whose IDS serves the datafiles.
    void setCatalogue(identity::Account *account) { m_catalogue = account; }
    identity::Account *catalogue() const { return m_catalogue; }
    // A copy is written in chunks of this size where the server applies Content-Range (default 64 MiB): a
    // cut costs at most one chunk.
    void setCopyChunkSize(qint64 bytes) { m_copyChunk = qMax<qint64>(1, bytes); }
    qint64 copyChunkSize() const { return m_copyChunk; }

    void setMaxParallel(int n);
    int maxParallel() const { return m_maxParallel; }
    void setConflictPolicy(ConflictChoice choice) { m_policy = choice; }
    ConflictChoice conflictPolicy() const { return m_policy; }
    void setMaxRetries(int n) { m_maxRetries = n; }
    int maxRetries() const { return m_maxRetries; }
    void setRetryBaseDelayMs(int ms) { m_retryBaseMs = ms; }
    int retryDelayMs(int attempt) const;
    // Uploads at least this large go through a hidden remote part file (resumable where the server allows).
    void setLargeFileThreshold(qint64 bytes) { m_largeFile = bytes; }
    qint64 largeFileThreshold() const { return m_largeFile; }

    void pause(int id);
    void resume(int id);
    void cancel(int id);
    void retry(int id);
    void pauseAll();
    void resumeAll();
    void removeFinished();
    // The answer to conflictRaised; with applyToAll it becomes the policy for the rest of the queue.
    void resolveConflict(int id, ConflictChoice choice, bool applyToAll = false);

    const QList<Transfer *> &transfers() const { return m_transfers; }
    Transfer *transfer(int id) const;
    qint64 totalBytesDone() const;
    qint64 totalBytes() const;
    double bytesPerSecond() const;
    int secondsLeft() const;
    bool isIdle() const;

    // Persistence: the queue file (default: AppDataLocation/transfers.json). restore() adds what it holds.
    void setStateFile(const QString &path) { m_stateFile = path; }
    QString stateFile() const { return m_stateFile; }
    Error restore();
    // Writes the state now, on the calling thread (the queue saves on its own, on a worker, as things
    // change).
    Error save() const;

Q_SIGNALS:
    void transferAdded(daas::storage::Transfer *transfer);
    void transferChanged(daas::storage::Transfer *transfer);
    void conflictRaised(daas::storage::Transfer *transfer);
    void idle(); // nothing queued or running any more
    // The queue file could not be written (once, until a later save succeeds): unfinished transfers would not
    // come back after a restart, which the user must hear of.
    void stateNotSaved(const daas::Error &error);

private:
    friend class Transfer;
    Transfer *add(Transfer::Direction direction, const QString &local, const QString &remote,
                  const std::function<void(Transfer *)> &setUp = {});
    void schedule();
    void onTransferChanged(Transfer *transfer);
    void scheduleSave();
    void saveNow(); // what the save timer does, at once (the write itself still on a worker)
    void saveOnWorker();
    QList<Transfer::Saved> stateSnapshot() const;
    static Error writeState(const QString &stateFile, const QList<Transfer::Saved> &unfinished);

    WebDavClient *m_client;
    QList<Transfer *> m_transfers;
    int m_nextId = 1;
    int m_maxParallel = 3;
    int m_maxRetries = 5;
    int m_retryBaseMs = 1000;
    qint64 m_largeFile = 8 * 1024 * 1024;
    qint64 m_copyChunk = 64 * 1024 * 1024;
    identity::Account *m_catalogue = nullptr;
    ConflictChoice m_policy = ConflictChoice::Ask;
    QString m_stateFile;
    QTimer m_saveTimer;
    bool m_probing = false;
    bool m_saveFailing = false;
    bool m_saving = false;    // a write is under way on a worker
    bool m_saveAgain = false; // and the state changed meanwhile
    // Numbers the writes so that an older state never replaces a newer one (the worker's against save()).
    struct StateWrites
    {
        std::mutex mutex;
        quint64 taken = 0;
        quint64 written = 0;
    };
    std::shared_ptr<StateWrites> m_writes = std::make_shared<StateWrites>();
    bool m_wasBusy = false;
};

} // namespace daas::storage
