#include "jobs/BatchJob.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace daas::jobs {

bool isFinished(JobState state)
{
    switch (state) {
    case JobState::Completed:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::TimedOut:
    case JobState::OutOfMemory:
    case JobState::Lost:
        return true;
    default:
        return false;
    }
}

QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return BatchJob::tr("Queued");
    case JobState::Held:
        return BatchJob::tr("Held");
    case JobState::Running:
        return BatchJob::tr("Running");
    case JobState::Suspended:
        return BatchJob::tr("Suspended");
    case JobState::Completing:
        return BatchJob::tr("Completing");
    case JobState::Completed:
        return BatchJob::tr("Completed");
    case JobState::Failed:
        return BatchJob::tr("Failed");
    case JobState::Cancelled:
        return BatchJob::tr("Cancelled");
    case JobState::TimedOut:
        return BatchJob::tr("Timed out");
    case JobState::OutOfMemory:
        return BatchJob::tr("Out of memory");
    case JobState::Lost:
        return BatchJob::tr("No longer known");
    case JobState::Unknown:
        break;
    }
    return BatchJob::tr("Unknown");
}

namespace {
const QList<std::pair<JobState, QString>> &keys()
{
    static const QList<std::pair<JobState, QString>> k{
        {JobState::Unknown, u"unknown"_s},
        {JobState::Queued, u"queued"_s},
        {JobState::Held, u"held"_s},
        {JobState::Running, u"running"_s},
        {JobState::Suspended, u"suspended"_s},
        {JobState::Completing, u"completing"_s},
        {JobState::Completed, u"completed"_s},
        {JobState::Failed, u"failed"_s},
        {JobState::Cancelled, u"cancelled"_s},
        {JobState::TimedOut, u"timed-out"_s},
        {JobState::OutOfMemory, u"out-of-memory"_s},
        {JobState::Lost, u"lost"_s},
    };
    return k;
}
} // namespace

QString stateKey(JobState state)
{
    for (const auto &[s, k] : keys())
        if (s == state)
            return k;
    return u"unknown"_s;
}

JobState stateFromKey(const QString &key)
{
    for (const auto &[s, k] : keys())
        if (k == key)
            return s;
    return JobState::Unknown;
}

QString BatchJob::reasonText() const
{
    if (reason.isEmpty() || reason == u"None"_s)
        return {};
    // Slurm's most common reasons (slurm's job_state_reason_string); LSF gives sentences already.
    static const QHash<QString, const char *> sentences{
        {u"Resources"_s, QT_TR_NOOP("Waiting for resources")},
        {u"Priority"_s, QT_TR_NOOP("Waiting: jobs with a higher priority go first")},
        {u"Dependency"_s, QT_TR_NOOP("Waiting for the jobs it depends on")},
        {u"DependencyNeverSatisfied"_s, QT_TR_NOOP("Will never start: a job it depends on failed")},
        {u"JobHeldUser"_s, QT_TR_NOOP("Held by you")},
        {u"JobHeldAdmin"_s, QT_TR_NOOP("Held by an administrator")},
        {u"BeginTime"_s, QT_TR_NOOP("Waiting for its start time")},
        {u"PartitionDown"_s, QT_TR_NOOP("Waiting: the partition is down")},
        {u"PartitionInactive"_s, QT_TR_NOOP("Waiting: the partition is inactive")},
        {u"PartitionTimeLimit"_s, QT_TR_NOOP("Will not start: its time limit exceeds the partition's")},
        {u"ReqNodeNotAvail"_s, QT_TR_NOOP("Waiting: the nodes it needs are not available")},
        {u"QOSMaxJobsPerUserLimit"_s, QT_TR_NOOP("Waiting: you have as many jobs running as allowed")},
        {u"AssocGrpCpuLimit"_s, QT_TR_NOOP("Waiting: your group's CPU limit is reached")},
        {u"NonZeroExitCode"_s, QT_TR_NOOP("Ended with a non-zero exit code")},
        {u"TimeLimit"_s, QT_TR_NOOP("Reached its time limit")},
        {u"OutOfMemory"_s, QT_TR_NOOP("Ran out of memory")},
        {u"RaisedSignal"_s, QT_TR_NOOP("Ended by a signal")},
    };
    const auto it = sentences.constFind(reason);
    if (it != sentences.constEnd())
        return tr(it.value());
    return reason;
}

} // namespace daas::jobs
