#pragma once

#include "support/Crc32.h"
#include "support/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace daas::identity {
class Account;
}
namespace daas::catalogue {
class IdsStream;
}

namespace daas::storage {

class WebDavClient;
class ChunkBody;

// Where a copy from the catalogue comes from: one datafile as ICAT describes it.
struct CatalogueOrigin
{
    qint64 datafileId = 0;
    QString name;       // the datafile's name in the catalogue (for sentences)
    qint64 size = -1;   // ICAT's fileSize
    QString checksum;   // ICAT's checksum as stored (IDS writes CRC-32 in hex); empty: none recorded
    QDateTime modified; // datafileModTime, for "keep newer"

    // The CRC-32 to hold the bytes against: ICAT's checksum when it is one (1 to 8 hex digits, as IDS
    // writes it), else nothing (no checksum recorded, or another kind this client cannot check).
    std::optional<std::uint32_t> crc32() const;
    QJsonObject toJson() const;
    static CatalogueOrigin fromJson(const QJsonObject &o);
};

// How far a copy's hidden part file on the storage is known to be good: the bytes the server confirmed
// (its 2xx to their PUT) and the CRC-32 of exactly those bytes. Kept with the queue, so a copy resumes there
// after a pause, a cut or a restart of the client.
struct CopyProgress
{
    qint64 confirmed = 0;
    std::uint32_t crc = 0;
};

// One attempt at streaming a datafile from IDS into a hidden part file beside its target on the storage,
// with nothing on this computer's disk: IDS's body is the PUT's body (IdsStream → ChunkBody), summed
// (CRC-32) as it passes. Transfer drives it and, once it finished well, moves the part onto the target.
//
// Resuming is honest about what each side supports. IDS resumes any datafile at a byte (`Range: bytes=N-`).
// WebDAV has no standard resumable PUT: where the probe showed that the server applies Content-Range to a PUT
// (Apache mod_dav_fs; nginx answers 501 and rclone would overwrite the whole file), the part is written in
// chunks, each its own PUT (the first plain, which also empties a part left by an older attempt; then
// Content-Range), and each 2xx confirms its bytes (confirmed()). A cut loses at most the chunk that was not
// confirmed: the next attempt asks IDS from the last confirmed byte and writes from there, continuing the
// sum. Elsewhere the part is one plain PUT and a cut starts the file again.
//
// When both sides are done: the sum is held against the catalogue's CRC-32 where there is one (a mismatch
// removes the part: damaged bytes never get the target's name), and a Depth-0 PROPFIND must show the part
// at its full size.
class CatalogueCopy : public QObject
{
    Q_OBJECT
public:
    CatalogueCopy(identity::Account *account, WebDavClient *client, CatalogueOrigin origin, QString partPath,
                  CopyProgress from, qint64 chunkSize, QObject *parent = nullptr);
    ~CatalogueCopy() override; // aborts what is under way; the part stays for a later attempt

    void start();
    // Cancelled: the part is removed, then this object deletes itself (it is moved onto the client, so it
    // outlives the transfer that let it go). No finished() follows.
    void discardPart();

    const CopyProgress &progress() const { return m_progress; }
    // Once finished well: whether the bytes were held against the catalogue's checksum.
    bool checkedAgainstCatalogue() const { return m_checked; }
    // The HTTP status of the storage request that failed (409: the folder is missing), else 0.
    int failedStatus() const { return m_failedStatus; }
    // What the failed storage request carried as Authorization (to tell a stale 401 from a current one).
    QByteArray sentAuthorization() const { return m_sentAuthorization; }
    // The chunks were written with Content-Range (the server showed it applies them).
    bool isRanged() const { return m_ranged; }

Q_SIGNALS:
    void progressed(qint64 bytes);                   // through to the storage so far, of origin.size
    void confirmed(daas::storage::CopyProgress now); // the part holds these bytes for sure
    void finished(const daas::Error &error, bool retryable);

private:
    void openAt(qint64 offset);
    void onOpened(qint64 offset);
    void sendChunk();
    void onChunkAnswered();
    void onSourceFinished(const Error &error, bool retryable);
    void maybeComplete();
    void verifyPart();
    void dropPart(const Error &why);
    void finish(const Error &error, bool retryable);
    void releaseBody(); // the PUT may read its body later: detached from the stream first
    void stopPut();
    void removePartThenGo();
    Error sourceError() const;

    identity::Account *m_account;
    WebDavClient *m_client;
    CatalogueOrigin m_origin;
    QString m_partPath;
    CopyProgress m_progress;
    qint64 m_chunkSize;
    bool m_ranged = false;
    catalogue::IdsStream *m_source;
    QPointer<QNetworkReply> m_put;
    QPointer<ChunkBody> m_body;
    qint64 m_chunkStart = 0;
    qint64 m_chunkLength = 0;
    support::Crc32 m_chunkCrc; // the confirmed sum continued over the current chunk's bytes
    bool m_sourceDone = false; // IDS sent the rest of the file
    std::optional<std::pair<Error, bool>> m_sourceFailure;
    bool m_storageDone = false; // every byte confirmed by the storage
    bool m_checked = false;
    bool m_finished = false;
    int m_failedStatus = 0;
    QByteArray m_sentAuthorization;
};

} // namespace daas::storage

Q_DECLARE_METATYPE(daas::storage::CopyProgress)
