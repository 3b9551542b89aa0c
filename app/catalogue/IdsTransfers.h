#pragma once

#include "catalogue/ArchiveExtractor.h"
#include "support/Crc32.h"
#include "support/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace daas::identity {
class Account;
}

namespace daas::catalogue {

// One IDS download into a folder the user chose. A datafile is streamed raw into "<name>.part" and
// renamed when complete and verified (size from ICAT, CRC32 when ICAT has one). A dataset or investigation
// comes as IDS's ZIP, streamed to a hidden temp file and unpacked through ArchiveExtractor. A dropped
// connection resumes with `Range: bytes=N-` (IDS answers 206 without Content-Range), a bounded number of
// times; an expired session is re-established through the IcatSession and the download carries on.
class DownloadJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Datafile, Dataset, Investigation };
    struct Target
    {
        Kind kind = Kind::Datafile;
        qint64 id = 0;
        QString name; // datafile name (the local file's name), or a label for archives
        qint64 expectedSize = -1;
        QString checksumHex; // ICAT's CRC32, datafiles only
    };

    DownloadJob(identity::Account *account, Target target, QString folder, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start();
    void cancel();
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    const Target &target() const { return m_target; }
    QStringList writtenFiles() const { return m_written; }
    QStringList refusedEntries() const { return m_refused; }
    int resumes() const { return m_resumes; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const daas::Error &error);

private:
    void request();
    void retryOrFail(const Error &error);
    void onReadyRead();
    void onFinished();
    void complete();
    void fail(const Error &error);
    QUrl dataUrl(const QString &sessionId) const;

    identity::Account *m_account;
    Target m_target;
    QString m_folder;
    QString m_finalPath;
    QString m_partPath;
    QFile m_part;
    QPointer<QNetworkReply> m_reply;
    support::Crc32 m_crc;
    qint64 m_received = 0;
    qint64 m_receivedAtRequest = 0; // where the current response's body starts in the file
    int m_maxRetries = 5;
    int m_retries = 0;
    int m_resumes = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QStringList m_written;
    QStringList m_refused;
};

// IDS put of a local file into a dataset, streamed from disk, checked against IDS's CRC32.
class UploadJob : public QObject
{
    Q_OBJECT
public:
    UploadJob(identity::Account *account, QString localPath, qint64 datasetId, qint64 formatId,
              QObject *parent = nullptr);
    void start();
    void cancel();
    qint64 datafileId() const { return m_datafileId; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const daas::Error &error);

private:
    identity::Account *m_account;
    QString m_localPath;
    qint64 m_datasetId;
    qint64 m_formatId;
    qint64 m_datafileId = 0;
    QPointer<QNetworkReply> m_reply;
    std::uint32_t m_localCrc = 0;
    qint64 m_size = 0;
};

} // namespace daas::catalogue
