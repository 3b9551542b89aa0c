#pragma once

#include "storage/Transfer.h"
#include "support/Error.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace daas::storage {
class TransferQueue;
}

namespace daas::ui {

// The rows of the transfer panel: every transfer of the storage queue in queue order, plus the archive jobs
// ("Download as .zip", "Extract here") that run beside the queue. Progress arrives many times a second; the
// views hear about it at most a few times a second.
class TransferListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StateRole = Qt::UserRole + 1, // Transfer::State as int
        UploadRole,                   // bool
        BytesDoneRole,
        BytesTotalRole,
        StatusRole,  // the second line: progress, speed and time left, or the outcome as a sentence
        ActionsRole, // Actions that apply now
        LocalPathRole,
        RemotePathRole,
        IsJobRole,
    };
    enum Action { NoAction = 0, Pause = 1, Resume = 2, Cancel = 4, Retry = 8 };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit TransferListModel(storage::TransferQueue *queue, QObject *parent = nullptr);

    // An archive job: the panel shows its progress and outcome; `cancel` stops it.
    int addJob(const QString &label, bool upload, std::function<void()> cancel);
    void setJobProgress(int jobId, qint64 done, qint64 total);
    void finishJob(int jobId, const Error &error, const QString &summary);

    void trigger(int row, Action action);
    void clearFinished();
    int unfinishedCount() const;
    storage::Transfer *transferAt(int row) const;

    // "4.2 MB of 10 MB · 1.1 MB/s · 6 s left" (also used for the panel's total line).
    static QString progressText(qint64 done, qint64 total, double bytesPerSecond, int secondsLeft);
    static QString durationText(int seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Coalesced: something in the list changed (for the panel's total line).
    void summaryChanged();

private:
    struct Job
    {
        int id = 0;
        QString label;
        bool upload = false;
        qint64 done = 0;
        qint64 total = -1;
        storage::Transfer::State state = storage::Transfer::State::Running;
        Error error;
        QString summary;
        std::function<void()> cancel;
    };
    struct Row
    {
        QPointer<storage::Transfer> transfer;
        int jobIndex = -1;   // into m_jobs
        int shownState = -1; // the transfer's state at the last flush
    };
    void onTransferAdded(storage::Transfer *t);
    void markDirty(int row);
    void flush();
    int rowOfJob(int jobId) const;
    QString statusOf(storage::Transfer *t) const;
    QString statusOf(const Job &job) const;

    storage::TransferQueue *m_queue;
    QList<Row> m_rows;
    QList<Job> m_jobs;
    QHash<const storage::Transfer *, int> m_rowOf;
    QSet<int> m_dirty;
    QTimer m_flush;
    int m_nextJob = 1;
};

} // namespace daas::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(daas::ui::TransferListModel::Actions)
