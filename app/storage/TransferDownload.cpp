// Transfer, Direction::Download: the remote file looked at, then fetched into a part file beside the target
// (resumed with If-Range where the server's ETag allows), checked for size and put in place in one step.

#include "storage/DavPath.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"

#include <QFileInfo>
#include <QNetworkReply>

namespace daas::storage {

void Transfer::startDownload()
{
    const quint64 generation = m_generation;
    DavJob *job = client()->stat(m_remotePath);
    connect(job, &DavJob::finished, this, [this, job, generation]() {
        if (generation != m_generation)
            return;
        if (job->error()) {
            handleFailure(job->error(), job->error().mayPass());
            return;
        }
        m_remote = job->self();
        if (m_remote.isCollection) {
            handleFailure(Error(Error::Kind::InvalidInput,
                                tr("“%1” is a folder. Download it as a .zip instead.").arg(m_remote.name)),
                          false);
            return;
        }
        m_total = m_remote.size;
        if (const QFileInfo local(m_localPath); local.isDir()) {
            // a file never takes a folder's place (and the system would refuse it after the whole download)
            handleFailure(
                Error(Error::Kind::Conflict, tr("A folder called “%1” is already in the folder on this "
                                                "computer, so the file was not downloaded there.")
                                                 .arg(local.fileName())),
                false);
            return;
        }
        if (!m_overwrite && QFileInfo::exists(m_localPath)) {
            // a run of the client that was killed may have put the whole file in place without saying so
            if (m_restored && QFileInfo(m_localPath).size() == m_total) {
                checkOwnEarlierDownload();
                return;
            }
            resolveConflict(m_queue->conflictPolicy());
            return;
        }
        beginGet();
    });
}

void Transfer::beginGet()
{
    // a part file from another version of the remote file is useless, and so is one longer than the file
    auto bare = [](QString tag) { return tag.startsWith(QLatin1String("W/")) ? tag.mid(2) : tag; };
    const bool sameVersion =
        m_expectedEtag.isEmpty() || m_remote.etag.isEmpty() || bare(m_expectedEtag) == bare(m_remote.etag);
    m_part = std::make_unique<support::PartFile>(partPath(), QFileInfo(m_localPath).fileName());
    connect(m_part.get(), &support::PartFile::drained, this, &Transfer::onGetReadyRead);
    // a part left by an earlier attempt is summed on a worker before the rest is asked for
    const quint64 generation = m_generation;
    m_part->open(sameVersion && m_total >= 0, m_total, [this, generation](const Error &error) {
        if (generation != m_generation)
            return;
        if (error) {
            handleFailure(error, false);
            return;
        }
        sendGet();
    });
}

void Transfer::sendGet()
{
    const qint64 have = m_part->size();
    m_offset = have;
    m_expectedEtag = m_remote.etag;
    progressed(have);

    QNetworkRequest rq = client()->request(client()->urlFor(m_remotePath));
    if (have > 0) {
        ++m_resumes;
        rq.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
        // a changed file comes back whole (200) instead of being spliced onto the old part
        if (m_remote.hasStrongEtag())
            rq.setRawHeader("If-Range", m_remote.etag.toUtf8());
        else if (m_remote.lastModified.isValid())
            rq.setRawHeader("If-Range", m_remote.lastModified.toUTC()
                                            .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                            .toLatin1());
    }
    m_sentAuthorization = rq.rawHeader("Authorization");
    m_reply = client()->send("GET", rq);
    m_reply->setReadBufferSize(4 * 1024 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::onGetReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onGetFinished);
}

void Transfer::onGetReadyRead()
{
    if (m_reply)
        readBody(m_reply, true);
}

void Transfer::readBody(QNetworkReply *reply, bool limited)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // the error body is not the file
    if (status == 200 && m_offset > 0) {
        // the server sent the whole file (changed, or no ranges): start over
        m_offset = 0;
        m_part->restart();
        progressed(0);
    }
    if (status == 206 && m_offset > 0 && reply->property("daasRangeChecked").isNull()) {
        reply->setProperty("daasRangeChecked", true);
        const QByteArray range = reply->rawHeader("Content-Range");
        if (!range.startsWith(QByteArray("bytes " + QByteArray::number(m_offset) + '-'))) {
            ++m_generation;
            dropReply();
            handleFailure(Error(Error::Kind::Protocol,
                                tr("The storage server resumed “%1” at the wrong place.")
                                    .arg(davpath::nameOf(m_remotePath)),
                                QStringLiteral("Content-Range %1, asked from %2")
                                    .arg(QString::fromLatin1(range))
                                    .arg(m_offset)),
                          true);
            return;
        }
    }
    if (!m_part || !m_part->isOpen())
        return;
    // bounded: while the disk is behind, the rest waits in the reply, whose buffer then holds the server back
    const qint64 received = m_part->takeFrom(reply, -1, limited);
    if (const Error error = m_part->writeError()) {
        ++m_generation;
        dropReply();
        m_part->discard(); // a full disk needs the space back more than a resumable part
        m_error = error;
        qCWarning(lcTransfer) << "transfer" << m_id << error.detail();
        setState(State::Failed);
        return;
    }
    if (received > 0)
        progressed(m_done + received);
}

void Transfer::onGetFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_state != State::Running)
        return; // paused, cancelled or failed while receiving
    readBody(reply, false);
    if (m_state != State::Running)
        return;
    const Error error = WebDavClient::errorFor(reply, DavOperation::Download, davpath::nameOf(m_remotePath));
    if (error) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        handleFailure(error, status == 0 || status >= 500 || status == 416 || error.isTransport());
        if (status == 416)
            support::PartFile::remove(partPath());
        return;
    }
    finishDownload();
}

void Transfer::finishDownload()
{
    // the writer's last chunks, and the flush to the disk that must come before the rename, on a worker
    const quint64 generation = m_generation;
    m_part->finish([this, generation](const Error &error) {
        if (generation != m_generation)
            return;
        if (error) {
            m_part->discard();
            m_error = error;
            setState(State::Failed);
            return;
        }
        placeDownload();
    });
}

void Transfer::placeDownload()
{
    const qint64 size = QFileInfo(m_part->path()).size();
    if (m_total >= 0 && size != m_total) {
        handleFailure(
            Error(Error::Kind::Protocol,
                  tr("“%1” arrived incomplete. It will be tried again.").arg(davpath::nameOf(m_remotePath)),
                  QStringLiteral("%1 bytes, expected %2").arg(size).arg(m_total)),
            true);
        return;
    }
    m_total = size;
    if (const Error error = m_part->commit(m_localPath)) {
        handleFailure(error, false);
        return;
    }
    m_finalCrc = m_part->crc();
    m_crcValid = true;
    if (m_remote.lastModified.isValid()) {
        QFile f(m_localPath);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(m_remote.lastModified, QFileDevice::FileModificationTime);
    }
    progressed(size);
    succeed();
}

void Transfer::checkOwnEarlierDownload()
{
    // the same size: only the same bytes make the file in place ours (read both once)
    compareWithRemote([this](quint32 crc) {
        qCInfo(lcTransfer) << "transfer" << m_id << "finds its own earlier download in place";
        m_finalCrc = crc;
        m_crcValid = true;
        progressed(m_total);
        succeed();
    });
}

} // namespace daas::storage
