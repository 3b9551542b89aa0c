#include "jobs/SlurmStates.h"

using namespace Qt::StringLiterals;

namespace daas::jobs {

JobState slurmJobState(const QStringList &stateAndFlags, const QString &reason)
{
    if (stateAndFlags.isEmpty())
        return JobState::Unknown;
    // sacct: "CANCELLED by 1000"
    const QString base = stateAndFlags.first().section(u' ', 0, 0).trimmed().toUpper();
    const auto has = [&](const QString &flag) { return stateAndFlags.contains(flag, Qt::CaseInsensitive); };
    if (base == u"PENDING"_s || base == u"PD"_s) {
        if (has(u"REQUEUE_HOLD"_s) || has(u"RESV_DEL_HOLD"_s) || reason == u"JobHeldUser"_s ||
            reason == u"JobHeldAdmin"_s)
            return JobState::Held;
        return JobState::Queued;
    }
    if (base == u"RUNNING"_s || base == u"R"_s || base == u"CONFIGURING"_s || base == u"CF"_s)
        return has(u"COMPLETING"_s) ? JobState::Completing : JobState::Running;
    if (base == u"COMPLETING"_s || base == u"CG"_s)
        return JobState::Completing;
    if (base == u"SUSPENDED"_s || base == u"S"_s || base == u"STOPPED"_s || base == u"ST"_s)
        return JobState::Suspended;
    if (base == u"COMPLETED"_s || base == u"CD"_s)
        return JobState::Completed;
    if (base == u"CANCELLED"_s || base == u"CA"_s)
        return JobState::Cancelled;
    if (base == u"TIMEOUT"_s || base == u"TO"_s || base == u"DEADLINE"_s || base == u"DL"_s)
        return JobState::TimedOut;
    if (base == u"OUT_OF_MEMORY"_s || base == u"OOM"_s)
        return JobState::OutOfMemory;
    if (base == u"FAILED"_s || base == u"F"_s || base == u"NODE_FAIL"_s || base == u"NF"_s ||
        base == u"BOOT_FAIL"_s || base == u"BF"_s || base == u"PREEMPTED"_s || base == u"PR"_s)
        return JobState::Failed;
    return JobState::Unknown;
}

} // namespace daas::jobs
