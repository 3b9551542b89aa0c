#pragma once

#include "jobs/BatchJob.h"

#include <QAbstractTableModel>

namespace daas::ui {

// The user's batch jobs as the Jobs area lists them: one row a job, newest first.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, State, Partition, Submitted, Started, Elapsed, Nodes, ExitCode, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // the jobs::JobState as an int

    using QAbstractTableModel::QAbstractTableModel;

    // Keeps rows that did not change (selection and scroll stay where the user left them).
    void setJobs(const QList<jobs::BatchJob> &jobs);
    const jobs::BatchJob &jobAt(int row) const { return m_jobs.at(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1:02:03" for a run of an hour, two minutes and three seconds.
    static QString duration(qint64 seconds);

private:
    QList<jobs::BatchJob> m_jobs;
};

} // namespace daas::ui
