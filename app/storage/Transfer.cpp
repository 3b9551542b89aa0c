// Transfer: what every transfer of the queue shares (states, progress, retries, the conflict rules, the
// saved state) and Direction::Download; the upload is in TransferUpload.cpp, the copy in TransferCopy.cpp.

#include "storage/Transfer.h"

#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"
#include "support/Worker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <memory>
#include <optional>

namespace daas::storage {

namespace {

QString renamedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int i = 1;; ++i) {
        const QString candidate =
            info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(i).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

Transfer::Transfer(TransferQueue *queue, int id, Direction direction, QString localPath, QString remotePath)
    : QObject(queue)
    , m_queue(queue)
    , m_id(id)
    , m_direction(direction)
    , m_localPath(std::move(localPath))
    , m_remotePath(std::move(remotePath))
{
    // known at once, so that the queue's total (and the taskbar's) counts the uploads still waiting
    if (m_direction == Direction::Upload)
        if (const QFileInfo info(m_localPath); info.isFile())
            m_total = info.size();
}

Transfer::~Transfer()
{
    closePart();
}

WebDavClient *Transfer::client() const
{
    return m_queue->client();
}

bool Transfer::isFinished() const
{
    return m_state == State::Done || m_state == State::Failed || m_state == State::Cancelled ||
           m_state == State::Skipped;
}

int Transfer::secondsLeft() const
{
    if (m_speed <= 1 || m_total < 0)
        return -1;
    return int((m_total - m_done) / m_speed);
}

QString Transfer::checksumCrc32() const
{
    return m_crcValid ? QStringLiteral("%1").arg(m_finalCrc, 8, 16, QLatin1Char('0')) : QString();
}

Transfer::Saved Transfer::saved() const
{
    return Saved{m_direction,    m_localPath, m_remotePath, m_state == State::Paused,
                 m_expectedEtag, m_partStamp, m_putSentAt,  m_total,
                 m_origin,       m_copyPart,  m_copied};
}

QJsonObject Transfer::Saved::toJson() const
{
    QJsonObject o{{QStringLiteral("direction"), direction == Direction::Download ? QStringLiteral("download")
                                                : direction == Direction::Upload ? QStringLiteral("upload")
                                                                                 : QStringLiteral("copy")},
                  {QStringLiteral("local"), local},
                  {QStringLiteral("remote"), remote},
                  {QStringLiteral("paused"), paused},
                  {QStringLiteral("etag"), etag},
                  {QStringLiteral("partStamp"), partStamp},
                  {QStringLiteral("putSentAt"), putSentAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("total"), total}};
    if (direction == Direction::Copy) {
        o.insert(QStringLiteral("origin"), origin.toJson());
        o.insert(QStringLiteral("copyPart"), copyPart);
        o.insert(QStringLiteral("confirmed"), copied.confirmed);
        o.insert(QStringLiteral("confirmedCrc"), qint64(copied.crc));
    }
    return o;
}

QString Transfer::partPath() const
{
    const QFileInfo info(m_localPath);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".daas-part"));
}

QString Transfer::remotePartPath() const
{
    return davpath::join(davpath::parentOf(m_remotePath),
                         QLatin1Char('.') + davpath::nameOf(m_remotePath) + QStringLiteral(".daas-part"));
}

bool Transfer::useRemotePart() const
{
    return m_total >= m_queue->largeFileThreshold();
}

void Transfer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state != State::Running)
        m_speed = 0;
    Q_EMIT changed();
}

void Transfer::progressed(qint64 done)
{
    m_done = done;
    if (!m_speedClock.isValid()) {
        m_speedClock.start();
        m_speedBytes = done;
    } else if (m_speedClock.elapsed() >= 500) {
        const double now = double(done - m_speedBytes) * 1000.0 / double(m_speedClock.elapsed());
        m_speed = m_speed <= 0 ? now : 0.7 * m_speed + 0.3 * now; // smoothed for a calm ETA
        m_speedClock.restart();
        m_speedBytes = done;
    }
    Q_EMIT changed();
}

void Transfer::start()
{
    ++m_generation;
    m_error = Error();
    m_speedClock.invalidate();
    setState(State::Running);
    if (m_direction == Direction::Download)
        startDownload();
    else if (m_direction == Direction::Copy)
        startCopy();
    else
        startUpload();
}

void Transfer::pause()
{
    if (isFinished())
        return;
    ++m_generation;
    dropReply();
    closePart();
    setState(State::Paused);
}

void Transfer::cancel()
{
    if (isFinished())
        return;
    ++m_generation;
    // Taken before dropReply() would abort them: a PUT whose body went whole can still reach the server
    // after a DELETE sent beside it, and then makes the part again, so the part goes once that PUT ended.
    CatalogueCopy *copy = std::exchange(m_copy, nullptr);
    StreamedPut *sentWhole =
        useRemotePart() && m_put && m_put->bodySent() ? std::exchange(m_put, nullptr) : nullptr;
    dropReply();
    closePart();
    if (m_direction == Direction::Download) {
        support::PartFile::remove(partPath()); // after its writer, on a worker
    } else if (copy) {
        disconnect(copy, nullptr, this, nullptr);
        copy->discardPart();
    } else if (m_direction == Direction::Copy) {
        client()->remove(copyPartPath(), false); // best effort
    } else if (sentWhole) {
        disconnect(sentWhole, nullptr, this, nullptr);
        sentWhole->setParent(client());
        connect(sentWhole, &StreamedPut::finished, client(),
                [client = client(), put = sentWhole, path = remotePartPath()] {
                    put->deleteLater();
                    client->remove(path, false);
                });
    } else if (useRemotePart()) {
        client()->remove(remotePartPath(), false); // best effort
    }
    m_error = Error::cancelled();
    setState(State::Cancelled);
}

void Transfer::dropReply()
{
    m_summing.cancel();
    if (CatalogueCopy *copy = m_copy) {
        m_copy = nullptr;
        disconnect(copy, nullptr, this, nullptr);
        copy->deleteLater(); // its destructor stops both of its requests
    }
    if (StreamedPut *put = m_put) {
        m_put = nullptr;
        disconnect(put, nullptr, this, nullptr);
        put->abort();
        put->deleteLater();
    }
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void Transfer::decide(ConflictChoice choice)
{
    if (m_state != State::WaitingForDecision)
        return;
    setState(State::Running);
    resolveConflict(choice);
}

void Transfer::closePart()
{
    if (m_part)
        m_part->close();
}

void Transfer::handleFailure(const Error &error, bool retryable)
{
    closePart();
    m_error = error;
    if (error.kind() == Error::Kind::Authentication && !m_renewedAuth) {
        // 401 in the middle of a queue: renew once (shared with the other transfers), then carry on
        m_renewedAuth = true;
        const quint64 generation = m_generation;
        client()->renewCredentials(this, m_sentAuthorization, [this, generation](const Error &renewError) {
            if (generation != m_generation)
                return;
            if (renewError) {
                m_error = renewError;
                setState(State::Failed);
                return;
            }
            start();
        });
        return;
    }
    // A long transfer on a flaky line may be cut many times; what counts is that it gets anywhere. A cut
    // further on than any before starts the count (and the delay) afresh, so only a fault that keeps it
    // from getting further (a server that never answers, one that cuts every attempt at the same place)
    // uses up the retries.
    if (retryable && m_done > m_doneAtFailure)
        m_attempts = 0;
    m_doneAtFailure = qMax(m_doneAtFailure, m_done);
    if (retryable && m_attempts < m_queue->maxRetries()) {
        const int delay = m_queue->retryDelayMs(m_attempts++);
        qCInfo(lcTransfer) << "transfer" << m_id << "retrying in" << delay << "ms:" << error.detail();
        setState(State::Retrying);
        const quint64 generation = ++m_generation;
        QTimer::singleShot(delay, this, [this, generation]() {
            if (generation == m_generation && m_state == State::Retrying)
                setState(State::Queued); // the queue starts it when a slot is free
        });
        return;
    }
    qCWarning(lcTransfer) << "transfer" << m_id << "failed:" << error.detail();
    setState(State::Failed);
}

void Transfer::succeed()
{
    m_renewedAuth = false;
    m_error = Error();
    setState(State::Done);
}

// -------------------------------------------------------------------------------------------------------
// download

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

void Transfer::resolveConflict(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::Ask:
        setState(State::WaitingForDecision);
        Q_EMIT m_queue->conflictRaised(this);
        return;
    case ConflictChoice::Skip:
        setState(State::Skipped);
        return;
    case ConflictChoice::KeepNewer: {
        // a copy's "local" side is the datafile as the catalogue dates it
        const QDateTime local =
            m_direction == Direction::Copy ? m_origin.modified : QFileInfo(m_localPath).lastModified();
        const QDateTime remote = m_remote.lastModified;
        const bool targetIsNewer = m_direction == Direction::Download ? local >= remote : remote >= local;
        if (targetIsNewer && remote.isValid()) {
            setState(State::Skipped);
            return;
        }
        m_overwrite = true;
        break;
    }
    case ConflictChoice::Overwrite:
        m_overwrite = true;
        break;
    case ConflictChoice::Rename:
        if (m_direction == Direction::Download) {
            m_localPath = renamedPath(m_localPath);
        } else {
            // the next free "name (n).ext" is found by trying: create-only PUTs or a stat per candidate
            const QString name = davpath::nameOf(m_remotePath);
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            const QString base = dot > 0 ? name.left(dot) : name;
            const QString suffix = dot > 0 ? name.mid(dot) : QString();
            static const QRegularExpression numbered(QStringLiteral(" \\((\\d+)\\)$"));
            const QRegularExpressionMatch m = numbered.match(base);
            const int n = m.hasMatch() ? m.captured(1).toInt() + 1 : 1;
            const QString plain = m.hasMatch() ? base.left(m.capturedStart()) : base;
            m_remotePath = davpath::join(davpath::parentOf(m_remotePath),
                                         QStringLiteral("%1 (%2)%3").arg(plain).arg(n).arg(suffix));
            if (m_direction == Direction::Copy)
                startCopy(); // checks the new name again
            else
                startUpload();
            return;
        }
        break;
    }
    if (m_direction == Direction::Download)
        beginGet();
    else if (m_direction == Direction::Copy)
        beginCopy();
    else
        beginPut(false);
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

void Transfer::compareWithRemote(std::function<void(quint32 crc)> same)
{
    // the local file is read whole for its sum: on a worker, never on the GUI thread
    const quint64 generation = m_generation;
    m_summing = support::onWorker<std::optional<std::uint32_t>>(
        this,
        [path = m_localPath, total = m_total](const support::StopFlag &stop) -> std::optional<std::uint32_t> {
            support::Crc32 local;
            if (!local.updateFromFile(path, total, &stop))
                return std::nullopt;
            return local.value();
        },
        [this, generation, same = std::move(same)](const std::optional<std::uint32_t> &local) mutable {
            if (generation != m_generation)
                return;
            if (!local) {
                resolveConflict(m_queue->conflictPolicy());
                return;
            }
            compareRemoteWith(*local, std::move(same));
        });
}

void Transfer::compareRemoteWith(quint32 local, std::function<void(quint32 crc)> same)
{
    auto remote = std::make_shared<support::Crc32>();
    const quint64 generation = m_generation;
    QNetworkReply *reply = client()->send("GET", client()->request(client()->urlFor(m_remotePath)));
    connect(reply, &QNetworkReply::readyRead, this, [reply, remote] { remote->update(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, remote, local, generation, same = std::move(same)] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                remote->update(reply->readAll());
                if (reply->error() == QNetworkReply::NoError && remote->value() == local) {
                    same(local);
                    return;
                }
                resolveConflict(m_queue->conflictPolicy());
            });
}

} // namespace daas::storage
