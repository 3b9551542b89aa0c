#pragma once

#include "jobs/BatchJob.h"

#include <QString>

namespace daas::jobs {

// Where a job's output files are on the cluster. Slurm keeps the patterns it was given ("%x-%j.out") and
// expands them when the job starts (sbatch(1) "filename pattern"): %% %A %a %J %j %N %n %s %t %u %x, an
// optional zero-padding width ("%4a"), and a backslash that turns expansion off. A relative name is relative
// to the working directory. LSF's -o/-e take %J (job id) and %I (array index).
namespace OutputPattern {

// `pattern` empty: Slurm's default, "slurm-%j.out" ("slurm-%A_%a.out" for an array task).
QString expandSlurm(const QString &pattern, const BatchJob &job);
QString expandLsf(const QString &pattern, const BatchJob &job);
// Fills standardOutput/standardError from the patterns (stderr defaults to stdout's file, as in Slurm).
void fillSlurmPaths(BatchJob &job);

} // namespace OutputPattern

} // namespace daas::jobs
