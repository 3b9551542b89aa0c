#pragma once

#include "storage/CatalogueCopy.h"
#include "storage/DavResource.h"
#include "storage/StreamedPut.h"
#include "support/Crc32.h"
#include "support/Error.h"
#include "support/PartFile.h"
#include "support/Worker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkReply;
class QTimer;

namespace daas::storage {

class WebDavClient;
class TransferQueue;

// How an existing target is treated. Ask raises TransferQueue::conflictRaised and waits for an answer.
enum class ConflictChoice { Ask, Overwrite, Skip, Rename, KeepNewer };

// One file moving between this machine and the store, driven by TransferQueue. A download is streamed into
// ".<name>.daas-part" beside the target and renamed onto it only when its size is verified, so a partial
// file never carries the final name; it resumes with Range + If-Range. An upload is streamed from disk;
// large ones go to a hidden remote part file and are moved into place, resuming with Content-Range only
// where the server showed it applies ranges correctly. Every finished transfer is checked against a
// Depth-0 PROPFIND (size), and the CRC-32 of the bytes that passed is kept.
//
// A copy (Direction::Copy) brings a datafile from the catalogue's data service straight into the store,
// never onto this computer's disk: CatalogueCopy streams it into a hidden part file beside the target,
// resumable where the server applies Content-Range and checked against the catalogue's CRC-32 where it
// records one; only then is the part moved onto the target (TransferCopy.cpp).
class Transfer : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Download, Upload, Copy };
    enum class State {
        Queued,
        Running,
        Paused,
        WaitingForDecision,
        Retrying,
        Done,
        Failed,
        Cancelled,
        Skipped
    };
    Q_ENUM(State)
    ~Transfer() override;

    int id() const { return m_id; }
    Direction direction() const { return m_direction; }
    QString localPath() const { return m_localPath; } // download: the final file; upload: the source
    QString remotePath() const { return m_remotePath; }
    // Uploads and copies write into the store; downloads onto this computer.
    bool toStorage() const { return m_direction != Direction::Download; }
    // A copy's datafile, as the catalogue describes it.
    const CatalogueOrigin &origin() const { return m_origin; }
    // A finished copy's bytes were held against the catalogue's CRC-32 (false: it records none, so only the
    // size could be checked).
    bool checkedAgainstCatalogue() const { return m_checked; }
    State state() const { return m_state; }
    bool isFinished() const;
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    double bytesPerSecond() const { return m_speed; }
    int secondsLeft() const; // -1 when unknown
    const Error &error() const { return m_error; }
    QString checksumCrc32() const; // hex, of the whole file, once Done
    int attempts() const { return m_attempts; }
    int resumes() const { return m_resumes; }
    // While WaitingForDecision: what is in the way.
    const DavResource &remoteInfo() const { return m_remote; }

    // What the queue keeps of it across a restart (TransferQueue's state file).
    struct Saved;
    Saved saved() const;

Q_SIGNALS:
    void changed();

private:
    friend class TransferQueue;
    Transfer(TransferQueue *queue, int id, Direction direction, QString localPath, QString remotePath);

    void start();
    void pause();
    void cancel();
    void decide(ConflictChoice choice);

    void startDownload();
    void beginGet();
    void sendGet();
    void onGetReadyRead();
    void readBody(QNetworkReply *reply, bool limited);
    void closePart();
    void onGetFinished();
    void finishDownload();
    void placeDownload();

    void startUpload();
    void beginPut(bool createOnly);
    void onPutFinished();
    void sendStreamed(const QNetworkRequest &request, qint64 offset);
    void putAnswered(int status, const Error &error, bool crcValid);
    Error unreadable() const;  // the local file of an upload
    void makeParentsThenPut(); // (a copy: then beginCopy())
    // What is at the target's name, looked at once (uploads and copies): `found` with m_remote set,
    // `missing` when nothing is there (none: the attempt fails and is tried again). Any other failure is
    // retried when it may pass, as every step of a transfer is.
    void lookAtTarget(std::function<void()> found, std::function<void()> missing);
    // A folder at the target's name, never replaced (StorageSession::folderInTheWay): true when there is one,
    // the transfer then failed with its sentence (its part on the storage removed first).
    bool refuseFolderInTheWay();
    Error folderInTheWay() const;
    // Before the part is moved onto the target's name with overwrite: the same refusal, the part then
    // removed.
    void unlessFolderAtTarget(std::function<void()> then);
    // A MOVE onto the name refused: something appeared there while the file was sent (412; nginx answers 409
    // for a folder, and so does a server whose folder went away: then the transfer starts again).
    void targetAppeared();
    // Fails for good once the part on the storage is gone: nothing is left behind under any name.
    void failRemovingPart(const Error &error);
    QString storagePartPath() const; // an upload's or a copy's part file, beside the target
    void targetExists();
    void checkOwnEarlierUpload();
    void checkOwnEarlierDownload();
    // Reads the local file (on a worker) and the remote one once each: `same` when their bytes match, else
    // the conflict policy decides.
    void compareWithRemote(std::function<void(quint32 crc)> same);
    void compareRemoteWith(quint32 localCrc, std::function<void(quint32 crc)> same);
    void verifyUpload();

    // a copy from the catalogue (TransferCopy.cpp)
    void startCopy();
    void beginCopy();
    void copyFinished(const Error &error, bool retryable);
    void moveCopyIntoPlace();
    void checkOwnEarlierCopy();
    void copyTargetInTheWay();
    Error nameRefused(const Error &answer) const;
    QString copyPartPath() const;

    void resolveConflict(ConflictChoice choice);
    void handleFailure(const Error &error, bool retryable);
    void succeed();
    void setState(State state);
    void dropReply();
    void progressed(qint64 done);
    QString partPath() const;
    QString remotePartPath() const;
    bool useRemotePart() const;
    WebDavClient *client() const;

    TransferQueue *m_queue;
    int m_id;
    Direction m_direction;
    QString m_localPath;
    QString m_remotePath;
    State m_state = State::Queued;
    qint64 m_done = 0;
    qint64 m_total = -1;
    double m_speed = 0;
    QElapsedTimer m_speedClock;
    qint64 m_speedBytes = 0;
    Error m_error;
    int m_attempts = 0;
    qint64 m_doneAtFailure = -1; // the furthest a failed attempt got: getting further starts the count anew
    int m_resumes = 0;
    bool m_renewedAuth = false;
    bool m_madeParents = false;
    bool m_overwrite = false;
    bool m_restored = false; // read back from the queue file: an earlier run may have finished it unsaid
    DavResource m_remote;
    QString m_expectedEtag; // a download's source, for If-Range; an upload's overwritten target, for If-Match
    QPointer<QNetworkReply> m_reply;
    QPointer<StreamedPut> m_put; // a large upload's body on its own connection (instead of m_reply)
    bool m_putCreateOnly = false;
    QByteArray m_sentAuthorization;            // to tell a stale 401 from one the current credentials got
    std::unique_ptr<support::PartFile> m_part; // a download's part file
    support::WorkerTask m_summing;             // a local file's sum being taken on a worker
    support::Crc32 m_crc;                      // an upload's bytes as they are sent
    quint32 m_finalCrc = 0;
    bool m_crcValid = false;
    qint64 m_offset = 0;      // where the current request's body starts
    QDateTime m_putSentAt;    // when a PUT (or the part's MOVE) to the target was first sent
    QString m_partStamp;      // size and mtime of the local file the remote part file was started from
    CatalogueOrigin m_origin; // a copy's datafile
    CopyProgress m_copied;    // what a copy's part file holds for sure
    QString m_copyPart;       // a copy's hidden part file's name (in the target's folder)
    QPointer<CatalogueCopy> m_copy;
    bool m_checked = false;
    quint64 m_generation = 0; // bumps on pause/cancel so late callbacks of an old run do nothing
};

// A transfer's state as the queue saves it: copied on the GUI thread, where copying is cheap (shared
// strings), and written as JSON on a worker, where 10,000 of them take the 30 ms they took the GUI thread
// every 300 ms while a dropped folder uploaded.
struct Transfer::Saved
{
    Direction direction = Direction::Download;
    QString local;
    QString remote;
    bool paused = false;
    QString etag;
    QString partStamp;
    QDateTime putSentAt;
    qint64 total = -1;
    // a copy's
    CatalogueOrigin origin;
    QString copyPart;
    CopyProgress copied;

    QJsonObject toJson() const;
};

} // namespace daas::storage
