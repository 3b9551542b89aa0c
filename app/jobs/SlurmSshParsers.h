#pragma once

#include "jobs/BatchJob.h"
#include "jobs/SshConnection.h"
#include "support/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVersionNumber>

// What Slurm's commands print, read (recorded from Slurm 24.11 in ../../tests/facility/ssh/slurm), and the
// batch script sbatch takes (#SBATCH directives).
namespace daas::jobs::SlurmSsh {

// The script with #SBATCH directives for the request right after its "#!" line (first, when it has none)
// and `export` lines for its environment before its first command, after the script's own directives
// (sbatch reads directives only up to the first command). A value that would break a directive (a line
// break, a double quote) is refused with a sentence naming the field.
Result<QString> script(const JobRequest &request);

// sbatch --parsable: "1234" or "1234;cluster" (exit 0; "sbatch: warning: …" lines become warnings);
// otherwise Slurm's own words ("sbatch: error: Batch job submission failed: Invalid partition name
// specified").
Result<SubmittedJob> parseSubmission(const SshOutput &output);

// "slurm 24.11.5", Debian's "slurm-wlm 24.11.5".
QVersionNumber parseVersion(const QByteArray &versionOutput);
// squeue --json with its filters obeyed: from 23.02 (it came with 21.08, ignoring them at first).
bool listsJson(const QVersionNumber &version);
// squeue --me: from 20.11.
bool knowsMe(const QVersionNumber &version);

// squeue --json's jobs (the data_parser's job_info, read by SlurmRestDocuments).
Result<QList<BatchJob>> parseJson(const QByteArray &json);
// squeue -O with every field followed by 0x1F (OOD's way): the fields asked and their reading.
QString fixedFields();
Result<QList<BatchJob>> parseFixed(const QByteArray &text);
// scontrol show job -o ID: one line of Key=Value (values may hold spaces: a key starts a new field).
Result<BatchJob> parseScontrolJob(const QByteArray &text);
// sacct -X -n -P --delimiter=0x1F -o …: jobs Slurm's accounting still has after the controller forgot them.
QString sacctFields();
Result<QList<BatchJob>> parseSacct(const QByteArray &text);
// sinfo -h -o '%P␟%a␟%l␟%D␟%C'; the default partition is marked '*'.
QString sinfoFormat();
QList<Partition> parseSinfo(const QByteArray &text);

// "2024-05-01T12:00:00" (local time); invalid for "N/A", "NONE", "Unknown", "None".
QDateTime parseTime(const QString &text);
// "UNLIMITED", "infinite" → -1; "30:00", "1:00:00", "2-00:00:00", "5" (minutes) → minutes.
int parseMinutes(const QString &text);

} // namespace daas::jobs::SlurmSsh
