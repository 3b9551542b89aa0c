// UploadJob (declared in IdsTransfers.h beside DownloadJob): IDS put of a local file, streamed from disk.
#include "catalogue/IdsTransfers.h"

#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/Crc32.h"
#include "support/Logging.h"
#include "support/NetworkError.h"
#include "support/Worker.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

UploadJob::UploadJob(identity::Account *account, QString localPath, qint64 datasetId, qint64 formatId,
                     QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_localPath(std::move(localPath))
    , m_remoteName(QFileInfo(m_localPath).fileName())
    , m_datasetId(datasetId)
    , m_formatId(formatId)
{}

UploadJob::~UploadJob()
{
    m_stop->store(true);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void UploadJob::start()
{
    QFileInfo info(m_localPath);
    if (!info.isFile() || !info.isReadable())
        return finish(Error(Error::Kind::Storage, tr("Could not read %1.").arg(m_localPath)));
    if (m_remoteName.isEmpty())
        return finish(Error(Error::Kind::InvalidInput, tr("The file needs a name in the catalogue.")));
    m_size = info.size();
    // the local CRC32 is computed while the file is on its way, not before: a big file does not wait
    support::onWorker<Result<std::uint32_t>>(
        this,
        [path = m_localPath, stop = m_stop]() -> Result<std::uint32_t> {
            support::Crc32 crc;
            if (!crc.updateFromFile(path, -1, stop.get()))
                return Error(Error::Kind::Storage, tr("Could not read %1.").arg(path));
            return crc.value();
        },
        [this](const Result<std::uint32_t> &crc) {
            m_localCrc = crc;
            settle();
        });
    m_account->icat()->whenSignedIn(this, [this](const Error &e) {
        if (e)
            finish(e);
        else
            send();
    });
}

void UploadJob::send()
{
    if (m_finished)
        return;
    auto *file = new QFile(m_localPath);
    if (!file->open(QIODevice::ReadOnly)) {
        const Error e(Error::Kind::Storage, tr("Could not read %1.").arg(m_localPath), file->errorString());
        delete file;
        return finish(e);
    }
    QUrl url = m_account->profile().idsUrl;
    url.setPath(url.path() + u"/put"_s);
    url.setQuery(QString::fromLatin1("sessionId=" + identity::formValue(m_account->icat()->sessionId()) +
                                     "&name=" + identity::formValue(m_remoteName) +
                                     "&datafileFormatId=" + QByteArray::number(m_formatId) +
                                     "&datasetId=" + QByteArray::number(m_datasetId)),
                 QUrl::StrictMode);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    r.setHeader(QNetworkRequest::ContentLengthHeader, m_size);
    m_reply = m_account->network()->put(r, file); // streamed from disk: a QFile with a known size
    file->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent == 0 && total <= 0)
            return; // Qt's "nothing (more) to send" after the body went out, not a step back to zero
        Q_EMIT progress(sent, total > 0 ? total : m_size);
    });
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { onReplyFinished(reply); });
}

void UploadJob::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (m_finished)
        return;
    const QByteArray body = reply->readAll();
    if (identity::isSessionError(reply, body)) {
        m_account->icat()->reportSessionInvalid();
        m_account->icat()->whenSignedIn(this, [this](const Error &e) {
            if (e)
                finish(e);
            else
                send();
        });
        return;
    }
    if (Error failure = identity::icatErrorFromReply(reply, body)) {
        if (failure.kind() == Error::Kind::Conflict)
            failure =
                Error(Error::Kind::Conflict,
                      tr("The dataset already has a file called %1. Rename the file and upload it again.")
                          .arg(m_remoteName),
                      failure.detail());
        return finish(failure);
    }
    m_answer = body;
    settle();
}

// Both the server's answer and the local checksum are in: compare.
void UploadJob::settle()
{
    if (m_finished || !m_answer || !m_localCrc)
        return;
    if (!m_localCrc->ok())
        return finish(m_localCrc->error());
    const QJsonObject o = QJsonDocument::fromJson(*m_answer).object();
    m_datafileId = o.value(u"id"_s).toInteger();
    const qint64 remoteCrc = o.value(u"checksum"_s).toInteger(-1);
    if (m_datafileId <= 0 || remoteCrc != qint64(m_localCrc->value()))
        return finish(Error(
            Error::Kind::Protocol,
            tr("The data service did not confirm that %1 arrived intact; check the file in the catalogue.")
                .arg(m_remoteName),
            u"put answer %1, local CRC32 %2"_s.arg(QString::fromUtf8(m_answer->left(200)))
                .arg(m_localCrc->value())));
    qCInfo(lcIds) << "uploaded" << m_remoteName << m_size << "bytes as datafile" << m_datafileId;
    finish(Error());
}

void UploadJob::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(Error::cancelled());
}

void UploadJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stop->store(true);
    if (error)
        qCWarning(lcIds) << "upload of" << m_localPath << "failed:" << error;
    Q_EMIT finished(error);
}

} // namespace daas::catalogue
