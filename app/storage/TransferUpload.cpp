// Transfer, Direction::Upload: a local file into the store (see Transfer.h). A large file goes to a hidden
// part, written in place with ranged PUTs where the server applies Content-Range (so a cut loses nothing),
// then moved onto the target; a target in the way is checked for being our own earlier upload before the
// conflict rules apply (by reading both back), and the transfer counts as done once the server shows the
// whole size in place.

#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"
#include "support/Worker.h"

#include <QFileInfo>
#include <QNetworkReply>

#include <optional>

namespace daas::storage {

namespace {

// Bodies from this size on go through StreamedPut (a direct connection, large writes); smaller ones through
// QNAM, whose 16 KiB pieces cost little for them.
constexpr qint64 streamedPutMinimum = 4 << 20;

// A window onto [offset, offset+length) of a file, so a resumed PUT streams only the rest from disk.
class FileSlice : public QIODevice
{
public:
    FileSlice(const QString &path, qint64 offset, qint64 length, support::Crc32 *crc, QObject *parent)
        : QIODevice(parent)
        , m_file(path)
        , m_offset(offset)
        , m_length(length)
        , m_crc(crc)
    {}
    bool open(OpenMode mode) override
    {
        // unbuffered on both levels: QNAM asks for 16 KiB at a time, read straight into its buffer
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !m_file.seek(m_offset))
            return false;
        return QIODevice::open(mode | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override
    {
        if (pos != m_crcPos)
            m_crcBroken = true; // QNAM re-reading: the running CRC no longer describes the stream
        return QIODevice::seek(pos) && m_file.seek(m_offset + pos);
    }
    bool crcBroken() const { return m_crcBroken; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = m_file.read(data, qMin(max, m_length - pos()));
        if (n > 0 && !m_crcBroken) {
            m_crc->update(QByteArrayView(data, n));
            m_crcPos += n;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    support::Crc32 *m_crc;
    qint64 m_crcPos = 0;
    bool m_crcBroken = false;
};

} // namespace

void Transfer::startUpload()
{
    const QFileInfo info(m_localPath);
    if (!info.isFile()) {
        handleFailure(
            Error(Error::Kind::NotFound, tr("“%1” is no longer on this computer.").arg(info.fileName())),
            false);
        return;
    }
    m_total = info.size();
    const DavCapabilities &caps = client()->capabilities();
    // "overwrite" for a small file: one PUT, a folder in the way refused by the server and then said; a large
    // one is looked at first, so that a folder there is said before the bytes are sent
    if (m_overwrite || (m_queue->conflictPolicy() == ConflictChoice::Overwrite && !useRemotePart())) {
        m_overwrite = true;
        beginPut(false);
        return;
    }
    if (caps.createOnlyEnforced && !useRemotePart()) {
        // one request: the server refuses (412) if the target exists, and only then do we look closer
        beginPut(true);
        return;
    }
    lookAtTarget([this] { targetExists(); }, [this] { beginPut(false); });
}

void Transfer::lookAtTarget(std::function<void()> found, std::function<void()> missing)
{
    const quint64 generation = m_generation;
    DavJob *job = client()->stat(m_remotePath);
    connect(job, &DavJob::finished, this, [this, job, generation, found, missing]() {
        if (generation != m_generation)
            return;
        const Error &error = job->error();
        if (error.kind() == Error::Kind::NotFound && missing) {
            missing();
            return;
        }
        if (error.kind() == Error::Kind::Permission && m_direction == Direction::Copy) {
            // the folder was made (or listed) for this copy: a refusal of this one name is about the name
            handleFailure(nameRefused(error), false);
            return;
        }
        if (error) {
            // gone since the server said it was there: looked at again on the next attempt
            handleFailure(error, error.mayPass() || error.kind() == Error::Kind::NotFound);
            return;
        }
        m_remote = job->self();
        found();
    });
}

Error Transfer::folderInTheWay() const
{
    return StorageSession::folderInTheWay(davpath::nameOf(m_remotePath),
                                          m_direction == Direction::Copy ? StorageSession::PlacedBy::Copy
                                                                         : StorageSession::PlacedBy::Upload);
}

bool Transfer::refuseFolderInTheWay()
{
    if (!m_remote.isCollection)
        return false;
    // a part sent by this attempt or an earlier one is not left behind
    if (m_direction == Direction::Copy || useRemotePart())
        failRemovingPart(folderInTheWay());
    else
        handleFailure(folderInTheWay(), false);
    return true;
}

void Transfer::unlessFolderAtTarget(std::function<void()> then)
{
    if (!m_overwrite) {
        then(); // the MOVE itself refuses (412) whatever is there
        return;
    }
    lookAtTarget(
        [this, then] {
            if (!refuseFolderInTheWay())
                then();
        },
        then);
}

void Transfer::targetAppeared()
{
    lookAtTarget(
        [this] {
            if (!refuseFolderInTheWay())
                resolveConflict(m_queue->conflictPolicy());
        },
        {});
}

void Transfer::failRemovingPart(const Error &error)
{
    const quint64 generation = m_generation;
    m_copied = CopyProgress();
    m_partStamp.clear();
    DavJob *removal = client()->remove(storagePartPath(), false);
    connect(removal, &DavJob::finished, this, [this, error, generation] {
        if (generation == m_generation)
            handleFailure(error, false);
    });
}

QString Transfer::storagePartPath() const
{
    return m_direction == Direction::Copy ? copyPartPath() : remotePartPath();
}

void Transfer::targetExists()
{
    if (refuseFolderInTheWay())
        return;
    // Our own earlier attempt may have arrived just before a pause, a cut or a restart of the client. The
    // same size, written after that attempt started, makes that likely but does not prove it (someone else
    // may have written a file of that size meanwhile): the file is read back once and only its checksum
    // decides.
    // A restored transfer may have arrived before the client was killed, before the queue file said so.
    const bool maybeOurs = m_restored || (m_putSentAt.isValid() && m_remote.lastModified.isValid() &&
                                          m_remote.lastModified >= m_putSentAt.addSecs(-2));
    if (maybeOurs && m_remote.size == m_total) {
        checkOwnEarlierUpload();
        return;
    }
    resolveConflict(m_queue->conflictPolicy());
}

void Transfer::checkOwnEarlierUpload()
{
    compareWithRemote([this](quint32) {
        qCInfo(lcTransfer) << "transfer" << m_id << "finds its own earlier upload in place";
        verifyUpload();
    });
}

void Transfer::beginPut(bool createOnly)
{
    const bool viaPart = useRemotePart();
    // Where the server applies Content-Range (Apache), the hidden part file is written in place with ranged
    // PUTs, so what arrived before a cut (pause, network, server restart) stays there. A plain PUT would not
    // help: Apache and nginx write its body to a temporary file that they delete when the body is cut.
    const bool ranged = viaPart && client()->capabilities().partialPut;
    const QString target = viaPart ? remotePartPath() : m_remotePath;
    const quint64 generation = m_generation;
    auto sendFrom = [this, createOnly, viaPart, ranged, target, generation](qint64 offset,
                                                                            support::Crc32 sum) {
        if (generation != m_generation)
            return;
        m_offset = offset;
        m_crc = sum;
        QNetworkRequest rq = client()->request(client()->urlFor(target));
        rq.setHeader(QNetworkRequest::ContentLengthHeader, m_total - offset);
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        if (offset > 0)
            ++m_resumes;
        if (ranged && m_total > offset)
            rq.setRawHeader("Content-Range", "bytes " + QByteArray::number(offset) + '-' +
                                                 QByteArray::number(m_total - 1) + '/' +
                                                 QByteArray::number(m_total));
        if (createOnly && !viaPart)
            rq.setRawHeader("If-None-Match", "*");
        else if (m_overwrite && !viaPart && client()->capabilities().ifMatchEnforced &&
                 m_remote.hasStrongEtag())
            rq.setRawHeader("If-Match",
                            m_remote.etag.toUtf8()); // safe overwrite: refuse if it changed meanwhile
        auto *body = new FileSlice(m_localPath, offset, m_total - offset, &m_crc, this);
        if (!body->open(QIODevice::ReadOnly)) {
            delete body;
            handleFailure(unreadable(), false);
            return;
        }
        progressed(offset);
        m_sentAuthorization = rq.rawHeader("Authorization");
        if (!viaPart && !m_putSentAt.isValid())
            m_putSentAt = QDateTime::currentDateTimeUtc();
        m_putCreateOnly = createOnly;
        if (m_total - offset >= streamedPutMinimum && StreamedPut::canSend(rq.url())) {
            delete body;
            sendStreamed(rq, offset);
            return;
        }
        // FileSlice is random-access with a size: QNAM streams it from disk without buffering
        m_reply = client()->send("PUT", rq, body);
        body->setParent(m_reply);
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this, offset](qint64 sent, qint64) {
            if (m_state == State::Running)
                progressed(offset + sent);
        });
        connect(m_reply, &QNetworkReply::finished, this, &Transfer::onPutFinished);
        m_reply->setProperty("daasBody", QVariant::fromValue(static_cast<QObject *>(body)));
    };
    // a resumed upload continues the sum of what the server already has: that much of the local file is read
    // on a worker first
    auto send = [this, sendFrom, generation](qint64 offset) {
        if (generation != m_generation)
            return;
        if (offset == 0) {
            sendFrom(0, support::Crc32());
            return;
        }
        m_summing = support::onWorker<std::optional<support::Crc32>>(
            this,
            [path = m_localPath, offset](const support::StopFlag &stop) -> std::optional<support::Crc32> {
                support::Crc32 sum;
                if (!sum.updateFromFile(path, offset, &stop))
                    return std::nullopt;
                return sum;
            },
            [this, sendFrom, offset, generation](const std::optional<support::Crc32> &sum) {
                if (generation != m_generation)
                    return;
                if (!sum) {
                    handleFailure(unreadable(), false);
                    return;
                }
                sendFrom(offset, *sum);
            });
    };
    if (!ranged) {
        send(0);
        return;
    }
    // the part file's state for this version of the local file: a part started for another version is useless
    const QFileInfo info(m_localPath);
    const QString stamp =
        QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    const bool sameSource = m_partStamp == stamp;
    m_partStamp = stamp;
    // kept at once (one write per large upload), so that a client killed in the middle resumes the part
    // instead of sending it all again
    if (!sameSource)
        m_queue->saveNow();
    // start over: an empty part first (a plain PUT replaces whatever was there), then the ranged PUT from 0
    auto restart = [this, target, send, generation]() {
        QNetworkRequest rq = client()->request(client()->urlFor(target));
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        m_sentAuthorization = rq.rawHeader("Authorization");
        m_reply = client()->send("PUT", rq, QByteArray());
        QNetworkReply *reply = m_reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply, send, generation]() {
            if (generation != m_generation || reply != m_reply)
                return;
            reply->deleteLater();
            m_reply = nullptr;
            const Error error =
                WebDavClient::errorFor(reply, DavOperation::Upload, davpath::nameOf(m_remotePath));
            if (error) {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 409 && !m_madeParents) {
                    makeParentsThenPut();
                    return;
                }
                handleFailure(error, status == 0 || status >= 500);
                return;
            }
            send(0);
        });
    };
    if (!sameSource) {
        restart();
        return;
    }
    // resume where the remote part file ends
    DavJob *job = client()->stat(target);
    connect(job, &DavJob::finished, this, [this, job, send, restart, generation]() {
        if (generation != m_generation)
            return;
        const qint64 have = job->error() ? 0 : job->self().size;
        if (have > 0 && have < m_total)
            send(have);
        else
            restart();
    });
}

void Transfer::makeParentsThenPut()
{
    // the folder is missing: create it top-down, then try once more
    m_madeParents = true;
    const quint64 generation = m_generation;
    StorageSession::makeFolders(client(), StorageSession::stepsTo(davpath::parentOf(m_remotePath)), this,
                                [this, generation](const Error &) {
                                    if (generation != m_generation)
                                        return;
                                    // the folder was missing, so the target was too; a folder that could not
                                    // be made shows in the PUT's answer
                                    if (m_direction == Direction::Copy)
                                        beginCopy();
                                    else
                                        beginPut(false);
                                });
}

void Transfer::sendStreamed(const QNetworkRequest &request, qint64 offset)
{
    // its own connection, with the same silence limit as the client's requests
    QNetworkRequest timed = request;
    timed.setTransferTimeout(client()->timeout());
    m_put = new StreamedPut(timed, m_localPath, offset, m_total - offset, m_crc, this);
    connect(m_put, &StreamedPut::uploadProgress, this, [this, offset](qint64 sent, qint64) {
        if (m_state == State::Running)
            progressed(offset + sent);
    });
    connect(m_put, &StreamedPut::finished, this, [this]() {
        StreamedPut *put = m_put;
        if (!put)
            return;
        m_put = nullptr;
        put->deleteLater();
        if (m_state != State::Running)
            return;
        const StreamedPut::Result &r = put->result();
        if (r.status == 0 && r.error == QNetworkReply::ContentAccessDenied) {
            handleFailure(unreadable(), false); // the local file, not the network
            return;
        }
        m_crc = put->crc();
        putAnswered(
            r.status,
            WebDavClient::errorFor(r, put->url(), DavOperation::Upload, davpath::nameOf(m_remotePath)), true);
    });
    m_put->start();
}

Error Transfer::unreadable() const
{
    return Error(Error::Kind::Storage, tr("“%1” could not be read.").arg(QFileInfo(m_localPath).fileName()));
}

void Transfer::onPutFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_state != State::Running)
        return;
    putAnswered(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                WebDavClient::errorFor(reply, DavOperation::Upload, davpath::nameOf(m_remotePath)),
                !static_cast<FileSlice *>(reply->property("daasBody").value<QObject *>())->crcBroken());
}

void Transfer::putAnswered(int status, const Error &error, bool crcValid)
{
    if (status == 412 && m_putCreateOnly) {
        // the target exists: learn about it, then apply the policy
        lookAtTarget([this] { targetExists(); }, {});
        return;
    }
    if (status == 409 && !m_madeParents) {
        makeParentsThenPut();
        return;
    }
    if ((status == 409 || status == 405) && !useRemotePart()) {
        // refused with its folder there: a folder of the file's name (Apache and nginx refuse to put a file
        // onto a collection, If-None-Match or not) is said as what it is
        lookAtTarget(
            [this, error] {
                if (!refuseFolderInTheWay())
                    handleFailure(error, false);
            },
            [this, error] { handleFailure(error, false); });
        return;
    }
    if (error) {
        handleFailure(error, status == 0 || status >= 500);
        return;
    }
    m_finalCrc = m_crc.value();
    m_crcValid = crcValid;
    if (!useRemotePart()) {
        verifyUpload();
        return;
    }
    unlessFolderAtTarget([this] {
        const quint64 generation = m_generation;
        if (!m_putSentAt.isValid())
            m_putSentAt = QDateTime::currentDateTimeUtc();
        // Overwrite only where the user chose to replace the target: one that appeared meanwhile is a
        // conflict
        DavJob *job = client()->move(remotePartPath(), m_remotePath, m_overwrite, false);
        connect(job, &DavJob::finished, this, [this, job, generation]() {
            if (generation != m_generation)
                return;
            if (job->status() == 412 || job->status() == 409) {
                targetAppeared();
                return;
            }
            if (job->error()) {
                handleFailure(job->error(), job->error().mayPass());
                return;
            }
            verifyUpload();
        });
    });
}

void Transfer::verifyUpload()
{
    // success is reported only after the server confirms the size (no ETag on PUT from Apache or nginx)
    const quint64 generation = m_generation;
    DavJob *job = client()->stat(m_remotePath);
    connect(job, &DavJob::finished, this, [this, job, generation]() {
        if (generation != m_generation)
            return;
        if (job->error()) {
            handleFailure(job->error(), true);
            return;
        }
        m_remote = job->self();
        if (m_remote.size != m_total) {
            handleFailure(
                Error(Error::Kind::Protocol,
                      tr("“%1” did not arrive whole on the storage server. It will be sent again.")
                          .arg(davpath::nameOf(m_remotePath)),
                      QStringLiteral("server has %1 bytes, sent %2").arg(m_remote.size).arg(m_total)),
                true);
            return;
        }
        progressed(m_total);
        succeed();
    });
}

} // namespace daas::storage
