// Transfer, Direction::Copy: a datafile from the catalogue into the store (see Transfer.h). The streaming
// itself is CatalogueCopy's; here is what every transfer of the queue does around it: the target that is in
// the way (the queue's conflict rules), missing folders, retries, and the move of the finished part onto
// the target.

#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Crc32.h"
#include "support/Logging.h"

#include <QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::storage {

QString Transfer::copyPartPath() const
{
    return davpath::join(davpath::parentOf(m_remotePath), m_copyPart);
}

void Transfer::startCopy()
{
    if (!m_queue->catalogue()) {
        handleFailure(Error(Error::Kind::Unsupported,
                            tr("“%1” can be copied from the catalogue only while you are signed in to it.")
                                .arg(m_origin.name)),
                      false);
        return;
    }
    m_total = m_origin.size;
    if (m_overwrite) {
        beginCopy(); // replacing what the user chose to replace (a folder there now is refused at the end)
        return;
    }
    lookAtTarget([this] { copyTargetInTheWay(); }, [this] { beginCopy(); });
}

Error Transfer::nameRefused(const Error &answer) const
{
    return Error(Error::Kind::InvalidInput,
                 tr("The storage server does not take the name “%1”, so “%2” was not copied.")
                     .arg(davpath::nameOf(m_remotePath), m_origin.name),
                 answer.detail());
}

void Transfer::copyTargetInTheWay()
{
    if (refuseFolderInTheWay())
        return;
    // our own earlier attempt may have been moved into place just before a pause, a cut or a restart: its
    // bytes decide, read back once and summed
    if (m_putSentAt.isValid() && m_remote.size == m_total && m_copied.confirmed == m_total) {
        checkOwnEarlierCopy();
        return;
    }
    resolveConflict(m_queue->conflictPolicy());
}

void Transfer::checkOwnEarlierCopy()
{
    auto sum = std::make_shared<support::Crc32>();
    const quint64 generation = m_generation;
    QNetworkReply *reply = client()->send("GET", client()->request(client()->urlFor(m_remotePath)));
    reply->setReadBufferSize(4 * 1024 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [reply, sum] { sum->update(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sum, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        sum->update(reply->readAll());
        if (reply->error() == QNetworkReply::NoError && sum->value() == m_copied.crc) {
            qCInfo(lcTransfer) << "transfer" << m_id << "finds its own earlier copy in place";
            m_finalCrc = m_copied.crc;
            m_crcValid = true;
            m_checked = m_origin.crc32().has_value();
            verifyUpload();
            return;
        }
        resolveConflict(m_queue->conflictPolicy());
    });
}

void Transfer::beginCopy()
{
    auto *copy = new CatalogueCopy(m_queue->catalogue(), client(), m_origin, copyPartPath(), m_copied,
                                   m_queue->copyChunkSize(), this);
    m_copy = copy;
    if (m_copied.confirmed > 0 && m_copied.confirmed < m_total)
        ++m_resumes;
    connect(copy, &CatalogueCopy::progressed, this, [this](qint64 bytes) {
        if (m_state == State::Running)
            progressed(bytes);
    });
    connect(copy, &CatalogueCopy::confirmed, this, [this](const CopyProgress &now) {
        m_copied = now;
        m_queue->scheduleSave(); // a restart of the client carries on from here
    });
    connect(copy, &CatalogueCopy::finished, this, [this, copy](const Error &error, bool retryable) {
        if (m_copy != copy)
            return;
        copyFinished(error, retryable);
    });
    copy->start();
}

void Transfer::copyFinished(const Error &error, bool retryable)
{
    CatalogueCopy *copy = m_copy;
    m_copy = nullptr;
    copy->deleteLater();
    m_sentAuthorization = copy->sentAuthorization();
    if (m_state != State::Running)
        return;
    if (error) {
        if (copy->failedStatus() == 409 && !m_madeParents) {
            makeParentsThenPut(); // the folder went missing since the copy was queued
            return;
        }
        handleFailure(error, retryable);
        return;
    }
    m_checked = copy->checkedAgainstCatalogue();
    m_finalCrc = m_copied.crc;
    m_crcValid = true;
    moveCopyIntoPlace();
}

void Transfer::moveCopyIntoPlace()
{
    if (!m_putSentAt.isValid())
        m_putSentAt = QDateTime::currentDateTimeUtc();
    m_queue->scheduleSave();
    unlessFolderAtTarget([this] {
        const quint64 generation = m_generation;
        // Overwrite only where the user chose to replace the target: one that appeared meanwhile is a
        // conflict
        DavJob *job = client()->move(copyPartPath(), m_remotePath, m_overwrite, false);
        connect(job, &DavJob::finished, this, [this, job, generation] {
            if (generation != m_generation)
                return;
            if (job->status() == 412 || job->status() == 409) {
                // the part stays complete: whatever is decided, it is not streamed again
                targetAppeared();
                return;
            }
            if (const Error &e = job->error()) {
                // the part is in the target's own folder and was written there: a refusal here is about the
                // name
                const int status = job->status();
                if (status == 500 || status == 400 || status == 403 || status == 414) {
                    failRemovingPart(nameRefused(e));
                    return;
                }
                handleFailure(e, e.mayPass());
                return;
            }
            verifyUpload();
        });
    });
}

} // namespace daas::storage
