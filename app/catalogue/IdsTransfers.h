#pragma once

#include "catalogue/ArchiveExtractor.h"
#include "support/Error.h"
#include "support/PartFile.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace daas::identity {
class Account;
}

namespace daas::catalogue {

// One IDS download into a folder the user chose. A datafile is streamed raw into "<name>.part" and
// renamed over "<name>" when complete and verified (size from ICAT, CRC32 when ICAT has one; when the
// caller does not know them the job asks ICAT first). A dataset or investigation comes as IDS's ZIP,
// streamed to a hidden temp file in the folder and unpacked on a worker thread through ArchiveExtractor
// as <dataset>/<file>. A dropped connection resumes with `Range: bytes=N-` (IDS answers 206 without
// Content-Range: the offset is checked by size bookkeeping, and a server that does not honour it makes the
// job start again from the first byte), a bounded number of times; an expired session is re-established
// through the IcatSession and the download carries on. Cancel removes the job's temp files, never a file
// that was complete before. Archived data (two-level storage: getData says 503 DataNotOnlineException) is
// waited for through IdsRestore (prepareData, isPrepared polled with backoff) and then fetched with the
// preparedId; the wait is announced (restoring()), cancellable, and ends as a timeout when it lasts too long.
class DownloadJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Datafile, Dataset, Investigation };
    struct Target
    {
        Kind kind = Kind::Datafile;
        qint64 id = 0;
        QString name;             // datafile name (the local file's name), or a label for archives
        qint64 expectedSize = -1; // datafiles: ICAT's fileSize; -1: the job asks ICAT
        QString checksumHex;      // ICAT's CRC32, datafiles only
    };

    DownloadJob(identity::Account *account, Target target, QString folder, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start();
    void cancel();
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    // how a wait for archived data polls and when it gives up (IdsRestore::setPolling)
    void setRestorePolling(int firstIntervalMs, int maxIntervalMs, qint64 timeoutMs);
    bool isWaitingForRestore() const { return m_restore != nullptr; }
    int restorePolls() const { return m_restorePolls; }

    const Target &target() const { return m_target; }
    QString folder() const { return m_folder; }
    QStringList writtenFiles() const { return m_written; }
    QStringList refusedEntries() const { return m_refused; } // "entry: reason", archives only
    int resumes() const { return m_resumes; }
    int restarts() const { return m_restarts; } // the server ignored a Range: began again at byte 0
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // bytes received so far (counting a resumed .part), and the expected total or -1 (archives)
    void progress(qint64 received, qint64 total);
    // the archive is complete and is being unpacked
    void unpacking();
    // the data is on tape: the facility is restoring it and the job waits (then downloads on its own);
    // restoreWaiting repeats while it waits, with the time waited so far
    void restoring();
    void restoreWaiting(qint64 elapsedMs);
    void finished(const daas::Error &error);

private:
    void lookUpDatafile();
    void openPart();
    void openPartThen(bool continuing, std::function<void()> then);
    void resumeCutArchive(const QString &why);
    void request();
    void retryOrFail(const Error &error);
    void restartFromZero(const QString &why);
    bool checkOffset(QNetworkReply *reply);
    void onReadyRead();
    void readBody(bool bounded);
    void onFinished();
    void complete();
    void completeFinished();
    void unpack();
    void fail(const Error &error);
    void waitForRestore();
    QUrl dataUrl(const QString &sessionId) const;

    identity::Account *m_account;
    Target m_target;
    QString m_folder;
    QString m_finalPath;
    QString m_partPath;
    std::unique_ptr<support::PartFile> m_part;
    QPointer<QNetworkReply> m_reply;
    qint64 m_received = 0;
    qint64 m_receivedAtFailure = -1; // the furthest a cut attempt got
    qint64 m_requestedFrom = 0;      // where the current response's body starts in the file
    int m_maxRetries = 5;
    int m_retries = 0;
    int m_resumes = 0;
    int m_restarts = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    std::shared_ptr<std::atomic<bool>> m_stopUnpacking = std::make_shared<std::atomic<bool>>(false);
    QStringList m_written;
    QStringList m_refused;
    class IdsRestore *m_restore = nullptr;
    QString m_preparedId; // once archived data is online, getData takes it instead of the session
    int m_restoreRounds = 0;
    int m_restorePolls = 0;
    int m_restoreFirstMs = 1000;
    int m_restoreMaxMs = 60000;
    qint64 m_restoreTimeoutMs = 12 * 3600 * 1000ll;
};

// IDS put of a local file into a dataset, streamed from disk (never whole in memory), with upload
// progress; the reply's decimal CRC32 is compared with the file's own, computed on a worker thread
// meanwhile. An expired session is re-established and the upload sent again.
class UploadJob : public QObject
{
    Q_OBJECT
public:
    UploadJob(identity::Account *account, QString localPath, qint64 datasetId, qint64 formatId,
              QObject *parent = nullptr);
    ~UploadJob() override;
    // the datafile's name in the catalogue; default: the local file's name
    void setRemoteName(const QString &name) { m_remoteName = name; }
    void start();
    void cancel();
    qint64 datafileId() const { return m_datafileId; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const daas::Error &error);

private:
    void send();
    void onReplyFinished(QNetworkReply *reply);
    void settle();
    void finish(const Error &error);

    identity::Account *m_account;
    QString m_localPath;
    QString m_remoteName;
    qint64 m_datasetId;
    qint64 m_formatId;
    qint64 m_datafileId = 0;
    qint64 m_size = 0;
    QPointer<QNetworkReply> m_reply;
    std::optional<Result<std::uint32_t>> m_localCrc;
    std::optional<QByteArray> m_answer; // the put reply's body, once it succeeded
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    bool m_finished = false;
};

} // namespace daas::catalogue
