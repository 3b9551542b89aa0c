#include "storage/CatalogueCopy.h"

#include "catalogue/IdsStream.h"
#include "storage/DavPath.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"

#include <QIODevice>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daas::storage {

// A PUT's body that is the next `length` bytes of the IDS stream, summed as QNAM takes them. Sequential:
// QNAM sends it as it comes (Content-Length known, buffering off) and waits on readyRead() while IDS is
// behind. The PUT owns it and may still read it after the copy let go of it (an abort's reads are queued
// from QNAM's thread): detach() before the stream and the sum go away, and it then reads as ended (found by
// the ASan stage: a paused copy's PUT read the freed IDS stream).
class ChunkBody : public QIODevice
{
public:
    ChunkBody(catalogue::IdsStream *source, qint64 length, support::Crc32 *crc, QObject *parent)
        : QIODevice(parent)
        , m_source(source)
        , m_length(length)
        , m_crc(crc)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        const qint64 source = m_source ? std::min(m_source->bytesAvailable(), m_length - m_given) : 0;
        return source + QIODevice::bytesAvailable();
    }
    void detach()
    {
        m_source = nullptr;
        m_crc = nullptr;
    }
    bool atEnd() const override { return m_given >= m_length; }
    qint64 given() const { return m_given; }
    qint64 missing() const { return m_length - m_given; }
    void more() { Q_EMIT readyRead(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_given >= m_length || !m_source)
            return -1;
        const qint64 n = m_source->read(data, std::min(maxSize, m_length - m_given));
        if (n > 0) {
            m_crc->update(QByteArrayView(data, n));
            m_given += n;
        }
        return n; // 0: nothing yet, readyRead() follows when IDS sends more
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    catalogue::IdsStream *m_source;
    qint64 m_length;
    qint64 m_given = 0;
    support::Crc32 *m_crc;
};

std::optional<std::uint32_t> CatalogueOrigin::crc32() const
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{1,8}$"_s);
    const QString value = checksum.trimmed();
    if (!hex.match(value).hasMatch())
        return std::nullopt;
    return std::uint32_t(value.toULongLong(nullptr, 16));
}

QJsonObject CatalogueOrigin::toJson() const
{
    return {{u"datafileId"_s, datafileId},
            {u"name"_s, name},
            {u"size"_s, size},
            {u"checksum"_s, checksum},
            {u"modified"_s, modified.toString(Qt::ISODateWithMs)}};
}

CatalogueOrigin CatalogueOrigin::fromJson(const QJsonObject &o)
{
    CatalogueOrigin origin;
    origin.datafileId = o.value(u"datafileId"_s).toInteger();
    origin.name = o.value(u"name"_s).toString();
    origin.size = o.value(u"size"_s).toInteger(-1);
    origin.checksum = o.value(u"checksum"_s).toString();
    origin.modified = QDateTime::fromString(o.value(u"modified"_s).toString(), Qt::ISODateWithMs);
    return origin;
}

CatalogueCopy::CatalogueCopy(identity::Account *account, WebDavClient *client, CatalogueOrigin origin,
                             QString partPath, CopyProgress from, qint64 chunkSize, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_client(client)
    , m_origin(std::move(origin))
    , m_partPath(std::move(partPath))
    , m_progress(from)
    , m_chunkSize(std::max<qint64>(1, chunkSize))
    , m_source(new catalogue::IdsStream(account, m_origin.datafileId, m_origin.size, m_origin.name, this))
{
    connect(m_source, &catalogue::IdsStream::opened, this, &CatalogueCopy::onOpened);
    connect(m_source, &catalogue::IdsStream::readyRead, this, [this] {
        if (m_body)
            m_body->more();
    });
    // queued: the stream may end inside a read that QNAM makes of the body, where the PUT cannot be stopped
    connect(m_source, &catalogue::IdsStream::finished, this, &CatalogueCopy::onSourceFinished,
            Qt::QueuedConnection);
}

CatalogueCopy::~CatalogueCopy()
{
    m_finished = true;
    stopPut();
    m_source->abort();
}

void CatalogueCopy::start()
{
    m_ranged = m_client->capabilities().partialPut;
    if (m_origin.size > 0 && m_progress.confirmed == m_origin.size) {
        // an earlier attempt got every byte confirmed (then was paused, or its move found the target taken):
        // nothing is streamed again, the part is only checked
        m_storageDone = m_sourceDone = true;
        maybeComplete();
        return;
    }
    if (!m_ranged || m_progress.confirmed <= 0 || m_progress.confirmed > m_origin.size) {
        // a plain PUT replaces the part whole: nothing of an older attempt counts
        m_progress = CopyProgress();
        openAt(0);
        return;
    }
    // what the part holds must still be there (someone may have removed it, or the server lost it)
    DavJob *job = m_client->stat(m_partPath);
    connect(job, &DavJob::finished, this, [this, job] {
        if (m_finished)
            return;
        if (job->error() || job->self().size < m_progress.confirmed) {
            qCInfo(lcTransfer) << "copy of datafile" << m_origin.datafileId
                               << "starts again: the part file is gone or shorter than confirmed";
            m_progress = CopyProgress();
        }
        openAt(m_progress.confirmed);
    });
}

void CatalogueCopy::openAt(qint64 offset)
{
    Q_EMIT progressed(offset);
    m_source->open(offset);
}

void CatalogueCopy::onOpened(qint64 offset)
{
    if (m_finished)
        return;
    if (offset != m_progress.confirmed) {
        // IDS sent the whole file where the rest was asked for: the part is written again from its start
        m_progress = CopyProgress();
        Q_EMIT confirmed(m_progress);
    }
    if (offset > 0)
        qCInfo(lcTransfer) << "copy of datafile" << m_origin.datafileId << "resumes at byte" << offset;
    sendChunk();
}

void CatalogueCopy::sendChunk()
{
    const qint64 total = m_origin.size;
    m_chunkStart = m_progress.confirmed;
    m_chunkLength = m_ranged ? std::min(m_chunkSize, total - m_chunkStart) : total - m_chunkStart;
    m_chunkCrc = support::Crc32(m_progress.crc);
    QNetworkRequest rq = m_client->request(m_client->urlFor(m_partPath));
    rq.setHeader(QNetworkRequest::ContentLengthHeader, m_chunkLength);
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    // the body cannot be read twice: QNAM must stream it, never collect it first
    rq.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    if (m_chunkStart > 0) // the first chunk is a plain PUT, which also empties what an older attempt left
        rq.setRawHeader("Content-Range", "bytes " + QByteArray::number(m_chunkStart) + '-' +
                                             QByteArray::number(m_chunkStart + m_chunkLength - 1) + '/' +
                                             QByteArray::number(total));
    m_sentAuthorization = rq.rawHeader("Authorization");
    auto *body = new ChunkBody(m_source, m_chunkLength, &m_chunkCrc, this);
    m_body = body;
    m_put = m_client->send("PUT", rq, body);
    body->setParent(m_put);
    connect(m_put, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            Q_EMIT progressed(m_chunkStart + sent);
    });
    connect(m_put, &QNetworkReply::finished, this, &CatalogueCopy::onChunkAnswered);
}

void CatalogueCopy::releaseBody()
{
    if (m_body)
        std::exchange(m_body, nullptr)->detach();
}

void CatalogueCopy::stopPut()
{
    releaseBody();
    if (QNetworkReply *put = m_put) {
        m_put = nullptr;
        put->disconnect(this);
        put->abort();
        put->deleteLater();
    }
}

void CatalogueCopy::discardPart()
{
    m_finished = true;
    m_source->abort();
    setParent(m_client);
    if (!m_put || !m_body || m_body->missing() > 0) {
        stopPut(); // a body cut short is thrown away by the server (Apache removes a part it made for it)
        removePartThenGo();
        return;
    }
    // QNAM took the whole chunk: its PUT can still reach the server after a DELETE sent beside it and make
    // the part again (seen with Apache: the chunk's 201 logged after the DELETE's 204), so the DELETE waits.
    m_put->disconnect(this);
    connect(m_put, &QNetworkReply::finished, this, [this] {
        stopPut();
        removePartThenGo();
    });
}

void CatalogueCopy::removePartThenGo()
{
    DavJob *job = m_client->remove(m_partPath, false);
    connect(job, &DavJob::finished, this, &QObject::deleteLater);
}

Error CatalogueCopy::sourceError() const
{
    return m_sourceFailure ? m_sourceFailure->first : Error();
}

void CatalogueCopy::onSourceFinished(const Error &error, bool retryable)
{
    if (m_finished)
        return;
    if (!error) {
        m_sourceDone = true;
        maybeComplete();
        return;
    }
    m_sourceFailure = std::pair{error, retryable};
    // what already arrived may still complete the chunk under way (it is then confirmed and kept)
    if (m_put && m_body && m_body->missing() <= m_source->bytesAvailable())
        return;
    finish(error, retryable);
}

void CatalogueCopy::onChunkAnswered()
{
    QNetworkReply *reply = m_put;
    if (!reply || m_finished)
        return;
    m_put = nullptr;
    reply->deleteLater();
    const bool whole = m_body && m_body->missing() == 0;
    releaseBody();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const Error error = WebDavClient::errorFor(reply, DavOperation::Upload, davpath::nameOf(m_partPath));
    if (m_sourceFailure && (!whole || error))
        return finish(m_sourceFailure->first, m_sourceFailure->second);
    if (error) {
        m_failedStatus = status;
        if (status == 507) {
            // the space goes back to the user before anything else: the part is not kept for a resume
            return dropPart(Error(Error::Kind::Storage,
                                  tr("“%1” was not copied: your storage is full. Delete files or ask the "
                                     "facility for more space.")
                                      .arg(m_origin.name),
                                  error.detail()));
        }
        const bool retryable = status == 0 || status >= 500 || error.isTransport();
        return finish(error.kind() == Error::Kind::Authentication || status == 409
                          ? error
                          : error.prefixed(tr("“%1” was not copied").arg(m_origin.name)),
                      retryable);
    }
    if (!whole) // a 2xx for fewer bytes than sent would be a server that lies; never count them
        return finish(
            Error(Error::Kind::Protocol,
                  tr("The storage server accepted “%1” before it had all of it.").arg(m_origin.name),
                  u"PUT %1 answered %2 before its body was sent"_s.arg(m_partPath).arg(status)),
            true);
    m_progress = CopyProgress{m_chunkStart + m_chunkLength, m_chunkCrc.value()};
    Q_EMIT confirmed(m_progress);
    Q_EMIT progressed(m_progress.confirmed);
    if (m_progress.confirmed < m_origin.size) {
        // after a cut, what IDS sent before it still goes in while it fills whole chunks: all of it is kept
        const qint64 next = std::min(m_chunkSize, m_origin.size - m_progress.confirmed);
        if (m_sourceFailure && (!m_ranged || m_source->bytesAvailable() < next))
            return finish(m_sourceFailure->first, m_sourceFailure->second);
        sendChunk();
        return;
    }
    m_storageDone = true;
    maybeComplete();
}

void CatalogueCopy::maybeComplete()
{
    if (!m_storageDone || !m_sourceDone || m_finished)
        return;
    if (const auto expected = m_origin.crc32()) {
        if (*expected != m_progress.crc) {
            // damaged on the way (or at the source): the part goes, and nothing carries the file's name
            return dropPart(
                Error(Error::Kind::Protocol,
                      tr("“%1” did not arrive as the catalogue describes it (its CRC-32 checksum "
                         "differs), so it was not kept. The data service may hold a damaged copy: "
                         "tell the facility if this happens again.")
                          .arg(m_origin.name),
                      u"CRC32 %1, catalogue says %2"_s.arg(m_progress.crc, 0, 16).arg(m_origin.checksum)));
        }
        m_checked = true;
    }
    verifyPart();
}

void CatalogueCopy::dropPart(const Error &why)
{
    // finished only once the part is gone: whoever looks next finds nothing of it
    stopPut();
    m_source->abort();
    m_progress = CopyProgress();
    Q_EMIT confirmed(m_progress);
    DavJob *job = m_client->remove(m_partPath, false);
    connect(job, &DavJob::finished, this, [this, job, why] {
        if (job->error() && job->error().kind() != Error::Kind::NotFound)
            qCWarning(lcTransfer) << "the part of datafile" << m_origin.datafileId
                                  << "could not be removed:" << job->error().detail();
        finish(why, false);
    });
}

void CatalogueCopy::verifyPart()
{
    // the storage must show the part whole before it is given the file's name
    DavJob *job = m_client->stat(m_partPath);
    connect(job, &DavJob::finished, this, [this, job] {
        if (m_finished)
            return;
        if (job->error() && job->error().kind() != Error::Kind::NotFound)
            return finish(job->error(), true);
        if (job->error() || job->self().size != m_origin.size) {
            m_progress = CopyProgress();
            Q_EMIT confirmed(m_progress);
            return finish(
                Error(Error::Kind::Protocol,
                      tr("“%1” did not arrive whole on the storage server. It will be sent again.")
                          .arg(m_origin.name),
                      u"part: %1, expected %2 bytes"_s
                          .arg(job->error() ? job->error().detail() : QString::number(job->self().size))
                          .arg(m_origin.size)),
                true);
        }
        finish(Error(), false);
    });
}

void CatalogueCopy::finish(const Error &error, bool retryable)
{
    if (m_finished)
        return;
    m_finished = true;
    stopPut();
    m_source->abort();
    Q_EMIT finished(error, retryable);
}

} // namespace daas::storage
