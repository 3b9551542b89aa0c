// Transfer: what every transfer of the queue shares (states, progress, retries, the conflict rules, the
// saved state, a file in the way compared with its remote side); the download is in TransferDownload.cpp, the
// upload in TransferUpload.cpp, the copy in TransferCopy.cpp.

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
