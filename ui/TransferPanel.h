#pragma once

#include "TransferListModel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace daas::storage {
class TransferQueue;
}

namespace daas::ui {

class ConflictDialog;
class TaskbarProgress;
class TransferDelegate;

// The storage transfers, in the window's one "Transfers" dock above the catalogue downloads: the total
// (files, bytes, speed, time left), Pause all / Resume all / Clear finished, and one row per file with its
// own progress, state and buttons. Conflicts are asked one at a time in a ConflictDialog.
class TransferPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransferPanel(storage::TransferQueue *queue, QWidget *parent = nullptr);

    // The user's choice of transfers at once (the "at once" box), for the queue the panel will show.
    static int savedParallel();
    static constexpr int minParallel = 1;
    static constexpr int maxParallel = 8;

    TransferListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    storage::TransferQueue *queue() const { return m_queue; }
    ConflictDialog *conflictDialog() const; // the one shown, if any
    QString summary() const;
    // Runs `action` on the row's transfer (what the row's buttons do).
    void trigger(int row, TransferListModel::Action action) { m_model->trigger(row, action); }
    void pauseAll();
    void resumeAll();
    void clearFinished();
    // Archive jobs beside the queue: their progress and outcome become a row; `summary` words a success.
    template<typename Job>
    void addJob(Job *job, const QString &label, bool upload, std::function<QString()> summary)
    {
        const int id = m_model->addJob(label, upload, [job = QPointer<Job>(job)] {
            if (job)
                job->cancel();
        });
        connect(job, &Job::progress, this,
                [this, id](qint64 done, qint64 total) { m_model->setJobProgress(id, done, total); });
        connect(job, &Job::finished, this, [this, id, summary = std::move(summary)](const Error &error) {
            m_model->finishJob(id, error, summary ? summary() : QString());
        });
        Q_EMIT activity();
    }

Q_SIGNALS:
    // A transfer was added: the window shows the dock.
    void activity();

private:
    void updateSummary();
    void showNextConflict();
    void contextMenu(const QPoint &pos);

    storage::TransferQueue *m_queue;
    TransferListModel *m_model;
    TransferDelegate *m_delegate;
    QListView *m_view;
    QLabel *m_total;
    QProgressBar *m_totalBar;
    TaskbarProgress *m_taskbar;
    QToolButton *m_pauseAll;
    QToolButton *m_resumeAll;
    QToolButton *m_clear;
    QSpinBox *m_parallel;
    QList<int> m_conflicts; // transfer ids waiting for a decision, in order
    QPointer<ConflictDialog> m_dialog;
};

} // namespace daas::ui
