#include "jobs/JobListModel.h"
#include "ThemedIcon.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using daas::jobs::BatchJob;
using daas::jobs::JobState;

namespace daas::ui {

namespace {
bool sameRow(const BatchJob &a, const BatchJob &b)
{
    return a.id == b.id && a.name == b.name && a.state == b.state && a.reason == b.reason &&
           a.partition == b.partition && a.nodes == b.nodes && a.startTime == b.startTime &&
           a.endTime == b.endTime && a.exitCode == b.exitCode && a.submitTime == b.submitTime;
}

QString shortTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
} // namespace

void JobListModel::setJobs(const QList<BatchJob> &jobs)
{
    bool sameIds = jobs.size() == m_jobs.size();
    for (int i = 0; sameIds && i < jobs.size(); ++i)
        sameIds = jobs.at(i).id == m_jobs.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    for (int i = 0; i < jobs.size(); ++i) {
        if (sameRow(jobs.at(i), m_jobs.at(i))) {
            m_jobs[i] = jobs.at(i);
            continue;
        }
        m_jobs[i] = jobs.at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int JobListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i).id == id)
            return i;
    return -1;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const BatchJob &job = m_jobs.at(index.row());
    if (role == IdRole)
        return job.id;
    if (role == StateRole)
        return int(job.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return job.id;
        case Name:
            return job.name;
        case State: {
            const QString state = jobs::stateText(job.state);
            const QString reason = job.reasonText();
            const bool waiting = job.state == JobState::Queued || job.state == JobState::Held;
            if (!waiting || reason.isEmpty())
                return state;
            // "Held by you", not "Held — Held by you"
            return reason.startsWith(state, Qt::CaseInsensitive) ? reason : tr("%1 — %2").arg(state, reason);
        }
        case Partition:
            return job.partition;
        case Submitted:
            return shortTime(job.submitTime);
        case Started:
            return shortTime(job.startTime);
        case Elapsed: {
            if (!job.startTime.isValid())
                return {};
            const QDateTime end = job.endTime.isValid() && jobs::isFinished(job.state)
                                      ? job.endTime
                                      : QDateTime::currentDateTimeUtc();
            return duration(job.startTime.secsTo(end));
        }
        case Nodes:
            return job.nodes;
        case ExitCode:
            if (!job.exitCode || !jobs::isFinished(job.state))
                return {};
            return job.signal ? tr("%1 (signal %2)").arg(*job.exitCode).arg(job.signal)
                              : QString::number(*job.exitCode);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == State) {
        QString tip = jobs::stateText(job.state);
        if (!job.reasonText().isEmpty())
            tip += u"\n"_s + job.reasonText();
        if (!job.schedulerState.isEmpty())
            tip += u"\n"_s + tr("The scheduler says: %1").arg(job.schedulerState);
        return tip;
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (job.state) {
        case JobState::Running:
        case JobState::Completing:
            return themedIcon(u":/icons/job-running.svg"_s);
        case JobState::Queued:
        case JobState::Held:
        case JobState::Suspended:
            return themedIcon(u":/icons/job-waiting.svg"_s);
        case JobState::Completed:
            return themedIcon(u":/icons/job-done.svg"_s);
        case JobState::Failed:
        case JobState::TimedOut:
        case JobState::OutOfMemory:
        case JobState::Cancelled:
        case JobState::Lost:
            return themedIcon(u":/icons/job-failed.svg"_s);
        case JobState::Unknown:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == ExitCode || index.column() == Elapsed))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole && index.column() == State)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Job");
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Partition:
        return tr("Partition");
    case Submitted:
        return tr("Submitted");
    case Started:
        return tr("Started");
    case Elapsed:
        return tr("Run time");
    case Nodes:
        return tr("Nodes");
    case ExitCode:
        return tr("Exit code");
    }
    return {};
}

} // namespace daas::ui
