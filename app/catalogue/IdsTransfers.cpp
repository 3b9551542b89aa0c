#include "catalogue/IdsTransfers.h"

#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsRestore.h"
#include "catalogue/ZipEnd.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/Logging.h"
#include "support/NetworkError.h"
#include "support/SafePath.h"
#include "support/Worker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

// What the worker makes of a downloaded archive: unpacked (or refused), or found cut (why, for the log).
struct Unpacked
{
    ExtractResult result;
    QString cut;
};

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isDroppedConnection(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // abortWhenSilent()'s timeout (a cancel is m_cancelled)
        return true;
    default:
        return false;
    }
}

constexpr qint64 blockSize = 1 << 20;

} // namespace

// ------------------------------------------------------------------------------------------- download

DownloadJob::DownloadJob(identity::Account *account, Target target, QString folder, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_target(std::move(target))
    , m_folder(QDir(folder).absolutePath())
{}

DownloadJob::~DownloadJob()
{
    m_stopUnpacking->store(true);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // a datafile's .part stays: the next download of the same file resumes it
}

QUrl DownloadJob::dataUrl(const QString &sessionId) const
{
    QUrl url = m_account->profile().idsUrl;
    url.setPath(url.path() + u"/getData"_s);
    if (!m_preparedId.isEmpty()) { // a bearer token for the data IDS restored: no session
        url.setQuery(QString::fromLatin1("preparedId=" + identity::formValue(m_preparedId)),
                     QUrl::StrictMode);
        return url;
    }
    const char *param = m_target.kind == Kind::Datafile  ? "datafileIds"
                        : m_target.kind == Kind::Dataset ? "datasetIds"
                                                         : "investigationIds";
    url.setQuery(QString::fromLatin1("sessionId=" + identity::formValue(sessionId) + '&' + param + '=' +
                                     QByteArray::number(m_target.id)),
                 QUrl::StrictMode);
    return url;
}

void DownloadJob::start()
{
    if (m_finished)
        return;
    if (!QDir().mkpath(m_folder))
        return fail(Error(Error::Kind::Storage, tr("The folder %1 could not be created.").arg(m_folder)));
    if (m_target.kind == Kind::Datafile) {
        // a datafile name is one file name: "a/b" or ".." from the catalogue is refused, not interpreted
        const Result<QString> name = support::checkedFileName(m_target.name);
        if (!name)
            return fail(name.error());
        const Result<QString> path = support::checkedJoin(m_folder, name.value());
        if (!path)
            return fail(path.error());
        m_finalPath = path.value();
        m_partPath = m_finalPath + u".part"_s;
        if (m_target.expectedSize < 0)
            return lookUpDatafile();
    } else {
        m_partPath = m_folder + u"/.daas-download-%1-%2.zip.part"_s
                                    .arg(m_target.kind == Kind::Dataset ? u"dataset"_s : u"investigation"_s)
                                    .arg(m_target.id);
        // an archive is resumed only within one job: its layout may change (removed on a worker, before the
        // part is opened again)
        support::PartFile::remove(m_partPath);
    }
    openPart();
}

void DownloadJob::lookUpDatafile()
{
    icatGet(m_account->icat(), this, u"Datafile"_s, m_target.id, [this](const Result<QJsonObject> &r) {
        if (m_finished)
            return;
        if (!r)
            return fail(
                r.error().prefixed(tr("The file %1 could not be found in the catalogue").arg(m_target.name)));
        const Datafile f = Datafile::fromJson(r.value());
        m_target.expectedSize = f.fileSize;
        m_target.checksumHex = f.checksum;
        openPart();
    });
}

void DownloadJob::openPart()
{
    // a datafile's .part left by an earlier attempt is continued, its sum taken on a worker first
    openPartThen(m_target.kind == Kind::Datafile, [this] {
        if (m_received > 0) {
            ++m_resumes;
            qCInfo(lcIds) << "resuming" << m_partPath << "at" << m_received << "bytes";
        }
        m_account->icat()->whenSignedIn(this, [this](const Error &e) {
            if (e)
                fail(e);
            else
                request();
        });
    });
}

void DownloadJob::openPartThen(bool continuing, std::function<void()> then)
{
    m_part = std::make_unique<support::PartFile>(m_partPath, m_target.name);
    connect(m_part.get(), &support::PartFile::drained, this, &DownloadJob::onReadyRead);
    m_part->open(continuing, m_target.expectedSize, [this, then = std::move(then)](const Error &opened) {
        if (m_finished)
            return;
        if (opened)
            return fail(opened);
        m_received = m_part->size();
        then();
    });
}

void DownloadJob::request()
{
    if (m_cancelled || m_finished)
        return;
    QNetworkRequest r(dataUrl(m_account->icat()->sessionId()));
    m_requestedFrom = m_received;
    if (m_received > 0)
        r.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    m_reply = m_account->network()->get(r);
    support::abortWhenSilent(m_reply);
    // big downloads: read as data arrives, never into memory
    m_reply->setReadBufferSize(4 * blockSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onFinished);
}

void DownloadJob::restartFromZero(const QString &why)
{
    qCWarning(lcIds) << "starting" << m_target.name << "again from the first byte:" << why;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (++m_restarts > m_maxRetries)
        return fail(Error(Error::Kind::Protocol,
                          tr("The data service did not resume the download of %1 where it stopped. Try again "
                             "later.")
                              .arg(m_target.name),
                          why));
    m_part->restart();
    m_received = 0;
    request();
}

// The first answer to a Range request: IDS says 206 without Content-Range, so the offset it applied is
// checked against what is known: Content-Length must be the rest of the file. A 200 is the whole file.
bool DownloadJob::checkOffset(QNetworkReply *reply)
{
    if (reply->property("daasOffsetChecked").toBool())
        return true;
    reply->setProperty("daasOffsetChecked", true);
    const int status = statusOf(reply);
    if (m_requestedFrom > 0 && status == 200) {
        // the server ignored the Range and sends everything: take it from the first byte
        ++m_restarts;
        m_requestedFrom = 0;
        m_part->restart();
        m_received = 0;
        return true;
    }
    if (status != 206)
        return true;
    const QByteArray contentRange = reply->rawHeader("Content-Range");
    if (!contentRange.isEmpty()) {
        static const QRegularExpression start(u"^bytes (\\d+)-"_s);
        const auto match = start.match(QString::fromLatin1(contentRange));
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_requestedFrom) {
            restartFromZero(u"asked from byte %1, Content-Range %2"_s.arg(m_requestedFrom)
                                .arg(QString::fromLatin1(contentRange)));
            return false;
        }
        return true;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && m_target.expectedSize >= 0 &&
        m_requestedFrom + length.toLongLong() != m_target.expectedSize) {
        restartFromZero(u"asked from byte %1 of %2, the answer has %3 bytes"_s.arg(m_requestedFrom)
                            .arg(m_target.expectedSize)
                            .arg(length.toLongLong()));
        return false;
    }
    return true;
}

void DownloadJob::onReadyRead()
{
    readBody(true);
}

void DownloadJob::readBody(bool bounded)
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished || !m_part || !m_part->isOpen())
        return;
    if (statusOf(reply) >= 300)
        return; // an error body: read in onFinished
    if (!checkOffset(reply))
        return;
    const qint64 room = m_target.expectedSize >= 0 ? m_target.expectedSize - m_received : -1;
    const qint64 taken = m_part->takeFrom(reply, room, bounded);
    m_received += taken;
    if (const Error e = m_part->writeError()) {
        reply->disconnect(this);
        reply->abort();
        m_part->discard(); // a full disk needs the space back more than a resumable part
        return fail(e);
    }
    if (room >= 0 && taken == room && reply->bytesAvailable() > 0) {
        reply->disconnect(this);
        reply->abort();
        m_part->discard();
        return fail(Error(Error::Kind::Protocol,
                          tr("The data service sent more than the catalogue's size of %1; nothing was saved.")
                              .arg(m_target.name),
                          u"more than %1 bytes"_s.arg(m_target.expectedSize)));
    }
    if (taken > 0)
        Q_EMIT progress(m_received, m_target.kind == Kind::Datafile ? m_target.expectedSize : -1);
}

void DownloadJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_cancelled || m_finished)
        return;
    const int status = statusOf(reply);
    if (status >= 300) {
        reply->deleteLater();
        m_reply = nullptr;
        const QByteArray body = reply->readAll();
        if (identity::isDataNotOnline(reply, body))
            return waitForRestore();
        if (identity::isSessionError(reply, body)) {
            m_account->icat()->reportSessionInvalid();
            m_account->icat()->whenSignedIn(this, [this](const Error &e) {
                if (e)
                    fail(e);
                else
                    request();
            });
            return;
        }
        return fail(identity::icatErrorFromReply(reply, body));
    }
    readBody(false); // what arrived before the end (or before the connection dropped) is good data
    if (m_finished || reply != m_reply)
        return; // failed, or started again, while reading
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        if (isDroppedConnection(reply->error()))
            return retryOrFail(support::transportError(reply));
        return fail(support::transportError(reply));
    }
    // A body that ends before its Content-Length, or before the size ICAT records, is a dropped
    // connection even when the transport reported none (Qt does so in release builds): resume it.
    bool declared = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&declared);
    const bool shortBody = (declared && m_received - m_requestedFrom < length) ||
                           (m_target.kind == Kind::Datafile && m_target.expectedSize >= 0 &&
                            m_received < m_target.expectedSize && m_requestedFrom < m_received);
    if (shortBody)
        return retryOrFail(Error(Error::Kind::Network,
                                 tr("The connection to %1 was lost.").arg(reply->url().host()),
                                 u"body ended at %1 bytes"_s.arg(m_received)));
    complete();
}

void DownloadJob::retryOrFail(const Error &error)
{
    // a cut further on than any before starts the count (and the delay) afresh: a long download on a flaky
    // line or from a restarting server gets there; one that cannot get further still gives up
    if (m_received > m_receivedAtFailure)
        m_retries = 0;
    m_receivedAtFailure = std::max(m_receivedAtFailure, m_received);
    if (m_retries >= m_maxRetries)
        return fail(error.prefixed(tr("The download stopped and could not be resumed")));
    ++m_retries;
    ++m_resumes;
    qCInfo(lcIds) << "connection dropped at" << m_received << "bytes, resuming; attempt" << m_retries
                  << error;
    QTimer::singleShot(250 * (1 << std::min(m_retries - 1, 5)), this, &DownloadJob::request);
}

void DownloadJob::complete()
{
    // the writer's last chunks, and the flush to the disk before the rename, happen on a worker
    m_part->finish([this](const Error &e) {
        if (m_cancelled) {
            m_part->discard();
            return;
        }
        if (m_finished)
            return;
        if (e) {
            m_part->discard(); // a full disk needs the space back more than a resumable part
            return fail(e);
        }
        completeFinished();
    });
}

void DownloadJob::completeFinished()
{
    if (m_target.kind != Kind::Datafile)
        return unpack();
    if (m_target.expectedSize >= 0 && m_received != m_target.expectedSize) {
        m_part->discard();
        return fail(Error(
            Error::Kind::Protocol,
            tr("The downloaded file %1 has the wrong size; nothing was saved. Try again.").arg(m_target.name),
            u"got %1 bytes, catalogue says %2"_s.arg(m_received).arg(m_target.expectedSize)));
    }
    bool hex = false;
    const quint64 expectedCrc = m_target.checksumHex.toULongLong(&hex, 16);
    if (!m_target.checksumHex.isEmpty() && hex && expectedCrc != m_part->crc()) {
        m_part->discard();
        return fail(
            Error(Error::Kind::Protocol,
                  tr("The downloaded file %1 was damaged on the way; nothing was saved. Try again.")
                      .arg(m_target.name),
                  u"CRC32 %1, catalogue says %2"_s.arg(m_part->crc(), 0, 16).arg(m_target.checksumHex)));
    }
    if (const Error e = m_part->commit(m_finalPath))
        return fail(e);
    m_written = {m_finalPath};
    m_finished = true;
    qCInfo(lcIds) << "downloaded" << m_target.name << m_received << "bytes";
    Q_EMIT finished(Error());
}

void DownloadJob::unpack()
{
    Q_EMIT unpacking();
    // the worker owns the temp archive from here: it removes it when done, even if this job is gone; but an
    // archive that is not whole is left for the job to resume
    support::onWorker<Unpacked>(
        this,
        [zip = m_partPath, folder = m_folder, stop = m_stopUnpacking] {
            Unpacked u;
            QFile archive(zip);
            if (archive.open(QIODevice::ReadOnly) && !zipEndsWhole(&archive, &u.cut))
                return u;
            archive.close();
            u.result = extractIdsZip(zip, folder, stop.get());
            QFile::remove(zip);
            return u;
        },
        [this](const Unpacked &u) {
            if (m_finished)
                return;
            if (!u.cut.isEmpty())
                return resumeCutArchive(u.cut);
            const ExtractResult &r = u.result;
            m_written = r.written;
            m_refused = r.refused;
            if (r.error)
                return fail(r.error);
            m_finished = true;
            qCInfo(lcIds) << "downloaded" << m_target.name << m_received << "bytes," << m_written.size()
                          << "files," << m_refused.size() << "refused";
            Q_EMIT finished(Error());
        });
}

void DownloadJob::resumeCutArchive(const QString &why)
{
    // The body ended without an error (a last chunk, or a close Qt took for the end), yet the archive does
    // not end where its own records say: the connection was cut after all. Resume it like any other cut.
    qCWarning(lcIds) << m_target.name << "arrived cut:" << why;
    openPartThen(true, [this, why] {
        retryOrFail(Error(Error::Kind::Network, tr("The connection to %1 was lost.").arg(dataUrl({}).host()),
                          u"the archive ends after %1 bytes: %2"_s.arg(m_received).arg(why)));
    });
}

void DownloadJob::setRestorePolling(int firstIntervalMs, int maxIntervalMs, qint64 timeoutMs)
{
    m_restoreFirstMs = firstIntervalMs;
    m_restoreMaxMs = maxIntervalMs;
    m_restoreTimeoutMs = timeoutMs;
}

void DownloadJob::waitForRestore()
{
    // IDS said the data is on tape and asked for its restoration; a second 503 after isPrepared said true
    // (archived again meanwhile) waits once more, a bounded number of times
    if (++m_restoreRounds > m_maxRetries)
        return fail(Error(Error::Kind::Server,
                          tr("The facility keeps sending %1 back to tape before it can be downloaded. Try "
                             "again later.")
                              .arg(m_target.name),
                          u"%1 waits for a restore"_s.arg(m_restoreRounds)));
    const char *param = m_target.kind == Kind::Datafile  ? "datafileIds"
                        : m_target.kind == Kind::Dataset ? "datasetIds"
                                                         : "investigationIds";
    delete m_restore;
    m_restore = new IdsRestore(m_account, QString::fromLatin1(param), m_target.id,
                               m_target.kind != Kind::Datafile, this);
    m_restore->setPolling(m_restoreFirstMs, m_restoreMaxMs, m_restoreTimeoutMs);
    connect(m_restore, &IdsRestore::waiting, this, [this](qint64 elapsed, int) {
        m_restorePolls = m_restore->polls();
        Q_EMIT restoreWaiting(elapsed);
    });
    connect(m_restore, &IdsRestore::ready, this, [this](const QString &preparedId) {
        m_restorePolls = m_restore->polls();
        m_restore->deleteLater();
        m_restore = nullptr;
        m_preparedId = preparedId;
        request(); // from where the part file stands: a Range works with a preparedId too
    });
    connect(m_restore, &IdsRestore::failed, this, [this](const Error &e) {
        m_restorePolls = m_restore->polls();
        m_restore->deleteLater();
        m_restore = nullptr;
        fail(e);
    });
    qCInfo(lcIds) << m_target.name << "is archived: waiting for the facility to restore it";
    Q_EMIT restoring();
    m_restore->start();
}

void DownloadJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_restore) {
        m_restore->cancel();
        m_restore->deleteLater();
        m_restore = nullptr;
    }
    m_stopUnpacking->store(true);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // not yet unpacking (the worker removes its archive itself); a part still being summed goes too
    if (m_part && (m_part->isOpen() || m_part->isOpening()))
        m_part->discard();
    m_finished = true;
    Q_EMIT finished(Error::cancelled());
}

void DownloadJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_part && m_part->isOpening())
        m_part->close(); // its answer is not wanted any more
    if (m_part && m_part->isOpen()) {
        m_part->close();
        if (m_part->size() == 0) // nothing worth resuming: leave the folder as it was
            m_part->discard();
    }
    qCWarning(lcIds) << "download of" << m_target.name << "failed:" << error;
    Q_EMIT finished(error);
}

} // namespace daas::catalogue
