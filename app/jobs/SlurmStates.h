#pragma once

#include "jobs/BatchJob.h"

#include <QStringList>

namespace daas::jobs {

// Slurm's job state (the base state first, then flags such as "COMPLETING", "REQUEUED", as v0.0.40+ list
// them in `job_state`; squeue/sacct print the base state, sacct may add " by 123" to CANCELLED) in a
// user's terms. REQUEUE_HOLD and a PENDING job whose reason is a hold are Held.
JobState slurmJobState(const QStringList &stateAndFlags, const QString &reason = {});

} // namespace daas::jobs
