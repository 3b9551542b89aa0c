#include "TransferListModel.h"

#include "storage/DavPath.h"
#include "storage/TransferQueue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <utility>

using daas::storage::Transfer;
using State = daas::storage::Transfer::State;

namespace daas::ui {

TransferListModel::TransferListModel(storage::TransferQueue *queue, QObject *parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &TransferListModel::flush);
    for (Transfer *t : queue->transfers())
        onTransferAdded(t);
    connect(queue, &storage::TransferQueue::transferAdded, this, &TransferListModel::onTransferAdded);
    connect(queue, &storage::TransferQueue::transferChanged, this, [this](Transfer *t) {
        const int row = m_rowOf.value(t, -1);
        if (row < 0)
            return;
        markDirty(row);
        // progress is coalesced, but a new state (paused, done, failed) shows at once: the buttons follow it
        if (std::exchange(m_rows[row].shownState, int(t->state())) != int(t->state()))
            flush();
    });
}

void TransferListModel::onTransferAdded(Transfer *t)
{
    if (m_rowOf.contains(t))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{t, -1});
    m_rowOf.insert(t, row);
    endInsertRows();
    Q_EMIT summaryChanged();
}

int TransferListModel::addJob(const QString &label, bool upload, std::function<void()> cancel)
{
    Job job;
    job.id = m_nextJob++;
    job.label = label;
    job.upload = upload;
    job.cancel = std::move(cancel);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    m_rows.append(Row{nullptr, int(m_jobs.size() - 1)});
    endInsertRows();
    Q_EMIT summaryChanged();
    return job.id;
}

int TransferListModel::rowOfJob(int jobId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).jobIndex >= 0 && m_jobs.at(m_rows.at(r).jobIndex).id == jobId)
            return r;
    return -1;
}

void TransferListModel::setJobProgress(int jobId, qint64 done, qint64 total)
{
    const int row = rowOfJob(jobId);
    if (row < 0)
        return;
    Job &job = m_jobs[m_rows.at(row).jobIndex];
    job.done = done;
    job.total = total;
    markDirty(row);
}

void TransferListModel::finishJob(int jobId, const Error &error, const QString &summary)
{
    const int row = rowOfJob(jobId);
    if (row < 0)
        return;
    Job &job = m_jobs[m_rows.at(row).jobIndex];
    job.error = error;
    job.summary = summary;
    job.cancel = nullptr;
    job.state = error.kind() == Error::Kind::Cancelled ? State::Cancelled
                : error                                ? State::Failed
                                                       : State::Done;
    markDirty(row);
    flush();
}

void TransferListModel::markDirty(int row)
{
    m_dirty.insert(row);
    if (!m_flush.isActive())
        m_flush.start();
}

void TransferListModel::flush()
{
    m_flush.stop();
    if (m_dirty.isEmpty())
        return;
    int first = int(m_rows.size());
    int last = -1;
    for (int r : std::as_const(m_dirty)) {
        first = qMin(first, r);
        last = qMax(last, r);
    }
    m_dirty.clear();
    if (last >= 0 && first < m_rows.size())
        Q_EMIT dataChanged(index(first), index(qMin(last, int(m_rows.size()) - 1)));
    Q_EMIT summaryChanged();
}

Transfer *TransferListModel::transferAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).transfer.data() : nullptr;
}

void TransferListModel::trigger(int row, Action action)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &r = m_rows.at(row);
    if (r.jobIndex >= 0) {
        Job &job = m_jobs[r.jobIndex];
        if (action == Cancel && job.cancel)
            job.cancel();
        return;
    }
    if (!r.transfer)
        return;
    const int id = r.transfer->id();
    switch (action) {
    case Pause:
        m_queue->pause(id);
        break;
    case Resume:
        m_queue->resume(id);
        break;
    case Cancel:
        m_queue->cancel(id);
        break;
    case Retry:
        m_queue->retry(id);
        break;
    case NoAction:
        break;
    }
    markDirty(row);
}

void TransferListModel::clearFinished()
{
    beginResetModel();
    m_queue->removeFinished();
    QList<Row> keep;
    QList<Job> jobs;
    m_rowOf.clear();
    for (const Row &r : std::as_const(m_rows)) {
        if (r.jobIndex >= 0) {
            const Job &job = m_jobs.at(r.jobIndex);
            if (job.cancel) { // still running
                jobs.append(job);
                keep.append(Row{nullptr, int(jobs.size() - 1)});
            }
        } else if (r.transfer && !r.transfer->isFinished()) {
            m_rowOf.insert(r.transfer, int(keep.size()));
            keep.append(r);
        }
    }
    m_rows = keep;
    m_jobs = jobs;
    m_dirty.clear();
    endResetModel();
    Q_EMIT summaryChanged();
}

int TransferListModel::unfinishedCount() const
{
    int n = 0;
    for (const Row &r : m_rows) {
        if (r.jobIndex >= 0)
            n += m_jobs.at(r.jobIndex).cancel ? 1 : 0;
        else if (r.transfer && !r.transfer->isFinished())
            ++n;
    }
    return n;
}

QString TransferListModel::durationText(int seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s left", nullptr, qMax(1, seconds));
    if (seconds < 3600)
        return tr("%n min left", nullptr, (seconds + 30) / 60);
    return tr("%1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString TransferListModel::progressText(qint64 done, qint64 total, double bytesPerSecond, int secondsLeft)
{
    const QLocale locale;
    QString text = total > 0
                       ? tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total))
                       : locale.formattedDataSize(done);
    if (bytesPerSecond >= 1)
        text += QStringLiteral(" · ") + tr("%1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond)));
    if (secondsLeft >= 0)
        text += QStringLiteral(" · ") + durationText(secondsLeft);
    return text;
}

QString TransferListModel::statusOf(Transfer *t) const
{
    const bool upload = t->direction() == Transfer::Direction::Upload;
    const bool copy = t->direction() == Transfer::Direction::Copy;
    switch (t->state()) {
    case State::Queued:
        return t->error() ? tr("Waiting to try again: %1").arg(t->error().userText()) : tr("Waiting");
    case State::Running:
        return progressText(t->bytesDone(), t->bytesTotal(), t->bytesPerSecond(), t->secondsLeft());
    case State::Paused:
        return tr("Paused at %1").arg(progressText(t->bytesDone(), t->bytesTotal(), 0, -1));
    case State::WaitingForDecision:
        return tr("Already there: waiting for your choice");
    case State::Retrying:
        return tr("Trying again shortly: %1").arg(t->error().userText());
    case State::Done: {
        if (copy) {
            // the check first (the row is elided on the right; the folder is in the tooltip too)
            const QString folder = storage::davpath::parentOf(t->remotePath());
            const QString where = folder.isEmpty() ? tr("into your storage") : tr("into “%1”").arg(folder);
            return t->checkedAgainstCatalogue()
                       ? tr("Checksum verified · copied %1").arg(where)
                       : tr("No checksum in the catalogue: size checked only · copied %1").arg(where);
        }
        if (upload) {
            const QString folder = storage::davpath::parentOf(t->remotePath());
            return folder.isEmpty()
                       ? tr("Uploaded to your storage as “%1”").arg(storage::davpath::nameOf(t->remotePath()))
                       : tr("Uploaded to “%1” as “%2”")
                             .arg(folder, storage::davpath::nameOf(t->remotePath()));
        }
        return tr("Saved as %1").arg(QDir::toNativeSeparators(t->localPath()));
    }
    case State::Failed:
        return t->error().userText();
    case State::Cancelled:
        return tr("Cancelled; nothing was kept.");
    case State::Skipped:
        return tr("Skipped: already there.");
    }
    return {};
}

QString TransferListModel::statusOf(const Job &job) const
{
    switch (job.state) {
    case State::Done:
        return job.summary;
    case State::Failed:
        return job.summary.isEmpty() ? job.error.userText() : job.error.userText() + u' ' + job.summary;
    case State::Cancelled:
        return tr("Cancelled; nothing was kept.");
    default:
        return job.total > 0 || job.done > 0 ? progressText(job.done, job.total, 0, -1) : tr("Starting…");
    }
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (r.jobIndex >= 0) {
        const Job &job = m_jobs.at(r.jobIndex);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return job.label;
        case StateRole:
            return int(job.state);
        case UploadRole:
            return job.upload;
        case BytesDoneRole:
            return job.done;
        case BytesTotalRole:
            return job.total;
        case StatusRole:
            return statusOf(job);
        case ActionsRole:
            return int(job.cancel ? Actions(Cancel) : Actions(NoAction));
        case IsJobRole:
            return true;
        default:
            return {};
        }
    }
    Transfer *t = r.transfer;
    if (!t)
        return {};
    const bool upload = t->toStorage();
    switch (role) {
    case Qt::DisplayRole:
        return upload ? storage::davpath::nameOf(t->remotePath()) : QFileInfo(t->localPath()).fileName();
    case Qt::ToolTipRole:
        if (t->direction() == Transfer::Direction::Copy)
            return tr("catalogue: %1 → storage: %2").arg(t->origin().name, t->remotePath());
        return upload ? tr("%1 → storage: %2").arg(QDir::toNativeSeparators(t->localPath()), t->remotePath())
                      : tr("storage: %1 → %2").arg(t->remotePath(), QDir::toNativeSeparators(t->localPath()));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(index.data().toString(), statusOf(t));
    case StateRole:
        return int(t->state());
    case UploadRole:
        return upload;
    case BytesDoneRole:
        return t->bytesDone();
    case BytesTotalRole:
        return t->bytesTotal();
    case StatusRole:
        return statusOf(t);
    case LocalPathRole:
        return t->localPath();
    case RemotePathRole:
        return t->remotePath();
    case IsJobRole:
        return false;
    case ActionsRole: {
        Actions a;
        switch (t->state()) {
        case State::Queued:
        case State::Running:
        case State::Retrying:
            a = Actions(Pause) | Cancel;
            break;
        case State::Paused:
            a = Actions(Resume) | Cancel;
            break;
        case State::WaitingForDecision:
            a = Cancel;
            break;
        case State::Failed:
            a = Retry;
            break;
        default:
            break;
        }
        return int(a);
    }
    default:
        return {};
    }
}

} // namespace daas::ui
