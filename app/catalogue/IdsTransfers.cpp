#include "catalogue/IdsTransfers.h"

#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/Logging.h"
#include "support/NetworkError.h"
#include "support/SafePath.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::catalogue", text);
}

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
    case QNetworkReply::OperationCanceledError: // a transfer timeout is reported as a cancel
        return true;
    default:
        return false;
    }
}

Error renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    // replaces an existing file atomically on POSIX and Windows alike (QFile::rename refuses to)
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        return Error(Error::Kind::Storage, tr("Could not save %1.").arg(to),
                     QString::fromStdString(ec.message()));
    return {};
}

} // namespace

DownloadJob::DownloadJob(identity::Account *account, Target target, QString folder, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_target(std::move(target))
    , m_folder(QDir(folder).absolutePath())
{}

DownloadJob::~DownloadJob()
{
    if (m_reply)
        m_reply->abort();
}

QUrl DownloadJob::dataUrl(const QString &sessionId) const
{
    QUrl url = m_account->profile().idsUrl;
    url.setPath(url.path() + u"/getData"_s);
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
    if (!QDir().mkpath(m_folder))
        return fail(Error(Error::Kind::Storage, tr("The folder %1 could not be created.").arg(m_folder)));
    if (m_target.kind == Kind::Datafile) {
        const Result<QString> path = support::checkedJoin(m_folder, m_target.name);
        if (!path || m_target.name.contains(u'/'))
            return fail(path ? support::checkedFileName(m_target.name).error() : path.error());
        m_finalPath = path.value();
        m_partPath = m_finalPath + u".part"_s;
    } else {
        m_partPath = m_folder + u"/.daas-download-%1-%2.zip.part"_s
                                    .arg(m_target.kind == Kind::Dataset ? u"dataset"_s : u"investigation"_s)
                                    .arg(m_target.id);
        QFile::remove(m_partPath); // an archive is resumed only within one job: its layout may change
    }
    m_part.setFileName(m_partPath);
    if (!m_part.open(QIODevice::ReadWrite))
        return fail(
            Error(Error::Kind::Storage, tr("Could not write in %1.").arg(m_folder), m_part.errorString()));
    m_received = m_part.size();
    if (m_target.expectedSize >= 0 && m_received > m_target.expectedSize) {
        m_part.resize(0);
        m_received = 0;
    }
    if (m_received > 0) {
        // a .part left by an earlier attempt: continue it, checksumming what is already there
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        m_part.seek(0);
        for (qint64 n; (n = m_part.read(buffer.data(), buffer.size())) > 0;)
            m_crc.update(QByteArrayView(buffer.constData(), n));
        ++m_resumes;
    }
    m_part.seek(m_received);
    m_account->icat()->whenSignedIn(this, [this](const Error &e) {
        if (e)
            fail(e);
        else
            request();
    });
}

void DownloadJob::request()
{
    if (m_cancelled || m_finished)
        return;
    m_receivedAtRequest = m_received;
    QNetworkRequest r(dataUrl(m_account->icat()->sessionId()));
    r.setTransferTimeout(60000);
    if (m_received > 0)
        r.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    m_reply = m_account->network()->get(r);
    // big downloads: read as data arrives, never into memory
    m_reply->setReadBufferSize(4 << 20);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onFinished);
}

void DownloadJob::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = statusOf(reply);
    if (status >= 300)
        return; // an error body: read in onFinished
    if (m_received > 0 && status == 200 && !reply->property("daasRangeChecked").toBool()) {
        // the server ignored the Range: start again from the first byte
        m_part.resize(0);
        m_part.seek(0);
        m_crc = support::Crc32();
        m_received = 0;
    }
    reply->setProperty("daasRangeChecked", true);
    const QByteArray data = reply->readAll();
    if (m_part.write(data) != data.size()) {
        const Error e(Error::Kind::Storage, tr("Could not write %1: the disk may be full.").arg(m_partPath),
                      m_part.errorString());
        reply->abort();
        return fail(e);
    }
    m_crc.update(data);
    m_received += data.size();
    Q_EMIT progress(m_received, m_target.expectedSize);
}

void DownloadJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_cancelled || m_finished)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = statusOf(reply);
    if (status >= 300) {
        const QByteArray body = reply->readAll();
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
    if (reply->error() != QNetworkReply::NoError) {
        if (isDroppedConnection(reply->error()))
            return retryOrFail(support::transportError(reply));
        return fail(support::transportError(reply));
    }
    onReadyRead(); // anything left in the buffer
    if (m_finished)
        return;
    // A body that ends before its Content-Length, or before the size ICAT records, is a dropped
    // connection even when the transport reported none: resume it.
    bool declared = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&declared);
    const bool shortBody = (declared && m_received - m_receivedAtRequest < length) ||
                           (m_target.kind == Kind::Datafile && m_target.expectedSize >= 0 &&
                            m_received < m_target.expectedSize && m_receivedAtRequest < m_received);
    if (shortBody)
        return retryOrFail(Error(Error::Kind::Network,
                                 tr("The connection to %1 was lost.").arg(reply->url().host()),
                                 u"body ended at %1 bytes"_s.arg(m_received)));
    complete();
}

void DownloadJob::retryOrFail(const Error &error)
{
    if (m_retries >= m_maxRetries)
        return fail(error.prefixed(tr("The download stopped and could not be resumed")));
    ++m_retries;
    ++m_resumes;
    m_part.flush();
    qCInfo(lcIds) << "connection dropped at" << m_received << "bytes, resuming; attempt" << m_retries
                  << error;
    QTimer::singleShot(250 * (1 << std::min(m_retries - 1, 5)), this, &DownloadJob::request);
}

void DownloadJob::complete()
{
    m_part.flush();
    if (m_target.kind == Kind::Datafile) {
        if (m_target.expectedSize >= 0 && m_received != m_target.expectedSize) {
            m_part.close();
            QFile::remove(m_partPath);
            return fail(
                Error(Error::Kind::Protocol,
                      tr("The downloaded file %1 has the wrong size; nothing was saved. Try again.")
                          .arg(m_target.name),
                      u"got %1 bytes, catalogue says %2"_s.arg(m_received).arg(m_target.expectedSize)));
        }
        if (!m_target.checksumHex.isEmpty() &&
            m_target.checksumHex.toULongLong(nullptr, 16) != m_crc.value()) {
            m_part.close();
            QFile::remove(m_partPath);
            return fail(
                Error(Error::Kind::Protocol,
                      tr("The downloaded file %1 was damaged on the way; nothing was saved. Try again.")
                          .arg(m_target.name),
                      u"CRC32 %1, catalogue says %2"_s.arg(m_crc.value(), 0, 16).arg(m_target.checksumHex)));
        }
        m_part.close();
        if (Error e = renameOver(m_partPath, m_finalPath))
            return fail(e);
        m_written = {m_finalPath};
    } else {
        m_part.close();
        ExtractResult r = extractIdsZip(m_partPath, m_folder);
        QFile::remove(m_partPath);
        m_written = r.written;
        m_refused = r.refused;
        if (r.error)
            return fail(r.error);
    }
    m_finished = true;
    qCInfo(lcIds) << "downloaded" << m_target.name << m_received << "bytes," << m_written.size() << "files,"
                  << m_refused.size() << "refused";
    Q_EMIT finished(Error());
}

void DownloadJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    m_part.close();
    QFile::remove(m_partPath);
    m_finished = true;
    Q_EMIT finished(Error::cancelled());
}

void DownloadJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_part.isOpen())
        m_part.close();
    qCWarning(lcIds) << "download of" << m_target.name << "failed:" << error;
    Q_EMIT finished(error);
}

UploadJob::UploadJob(identity::Account *account, QString localPath, qint64 datasetId, qint64 formatId,
                     QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_localPath(std::move(localPath))
    , m_datasetId(datasetId)
    , m_formatId(formatId)
{}

void UploadJob::start()
{
    {
        QFile in(m_localPath);
        if (!in.open(QIODevice::ReadOnly)) {
            Q_EMIT finished(
                Error(Error::Kind::Storage, tr("Could not read %1.").arg(m_localPath), in.errorString()));
            return;
        }
        support::Crc32 crc;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
            crc.update(QByteArrayView(buffer.constData(), n));
        m_localCrc = crc.value();
        m_size = in.size();
    }
    m_account->icat()->whenSignedIn(this, [this](const Error &e) {
        if (e) {
            Q_EMIT finished(e);
            return;
        }
        auto *file = new QFile(m_localPath);
        if (!file->open(QIODevice::ReadOnly)) {
            delete file;
            Q_EMIT finished(Error(Error::Kind::Storage, tr("Could not read %1.").arg(m_localPath)));
            return;
        }
        QUrl url = m_account->profile().idsUrl;
        url.setPath(url.path() + u"/put"_s);
        url.setQuery(QString::fromLatin1("sessionId=" + identity::formValue(m_account->icat()->sessionId()) +
                                         "&name=" + identity::formValue(QFileInfo(m_localPath).fileName()) +
                                         "&datafileFormatId=" + QByteArray::number(m_formatId) +
                                         "&datasetId=" + QByteArray::number(m_datasetId)),
                     QUrl::StrictMode);
        QNetworkRequest r(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        r.setHeader(QNetworkRequest::ContentLengthHeader, m_size);
        m_reply = m_account->network()->put(r, file); // streamed from disk
        file->setParent(m_reply);
        connect(m_reply, &QNetworkReply::uploadProgress, this, &UploadJob::progress);
        connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            if (identity::isSessionError(reply, body)) {
                m_account->icat()->reportSessionInvalid();
                start();
                return;
            }
            if (Error failure = identity::icatErrorFromReply(reply, body)) {
                Q_EMIT finished(failure);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            m_datafileId = o.value(u"id"_s).toInteger();
            const auto remoteCrc = quint32(o.value(u"checksum"_s).toInteger(-1));
            if (m_datafileId <= 0 || remoteCrc != m_localCrc) {
                Q_EMIT finished(
                    Error(Error::Kind::Protocol,
                          tr("The data service did not confirm the upload intact; check the file in "
                             "the catalogue."),
                          u"put answer %1, local CRC32 %2"_s.arg(QString::fromUtf8(body.left(200)))
                              .arg(m_localCrc)));
                return;
            }
            Q_EMIT finished(Error());
        });
    });
}

void UploadJob::cancel()
{
    if (m_reply)
        m_reply->abort();
}

} // namespace daas::catalogue
