#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace daas::jobs {

// What a scheduler's many states (Slurm's PENDING…OUT_OF_MEMORY, LSF's PEND…ZOMBI) mean to a user.
enum class JobState {
    Unknown, // the scheduler said something we do not know (its word is in BatchJob::schedulerState)
    Queued,  // waiting to start
    Held,    // waiting, and will not start until released
    Running,
    Suspended, // started, then stopped by the user or the scheduler
    Completing,
    Completed, // ended with exit code 0
    Failed,    // ended with a non-zero exit code, or could not start (node or boot failure, launch failed)
    Cancelled,
    TimedOut,
    OutOfMemory,
    Lost, // the scheduler no longer knows the job and it was not seen to end (after MinJobAge)
};

bool isFinished(JobState state);
// "Queued", "Running", … in the user's language.
QString stateText(JobState state);
// Stable names for the journal, the CLI's --json and tests: "queued", "running", "timed-out", …
QString stateKey(JobState state);
JobState stateFromKey(const QString &key);

// A batch job as a scheduler reports it, in the scheduler's own terms where a user may want them.
struct BatchJob
{
    Q_DECLARE_TR_FUNCTIONS(daas::jobs::BatchJob)

public:
    QString id; // "1234"; an array task "1234_7"
    QString name;
    QString user;
    QString account;
    QString partition; // Slurm partition or LSF queue
    JobState state = JobState::Unknown;
    QString schedulerState; // the scheduler's own word: "PENDING", "PSUSP"
    QString reason;         // why it waits or ended, as the scheduler says it: "Resources", "Priority"
    QString nodes;          // "node[01-04]", or the batch host
    QDateTime submitTime;   // invalid when not known
    QDateTime startTime;
    QDateTime endTime;
    int timeLimitMinutes = -1; // -1: not known or unlimited
    std::optional<int> exitCode;
    int signal = 0; // the signal that ended it, 0 for none
    int cpus = 0;
    QString workingDirectory;
    // The output files as the scheduler has them (Slurm keeps the patterns: "%x-%j.out") and as paths on
    // the cluster with the patterns expanded (OutputPattern::expand).
    QString standardOutputPattern;
    QString standardErrorPattern;
    QString standardOutput;
    QString standardError;
    QString arrayJobId;  // "1234" for every task of array 1234; empty for a plain job
    QString arrayTaskId; // "7"
    QString script;      // when the scheduler or the journal has it

    bool isValid() const { return !id.isEmpty(); }
    // The reason in a sentence for the list ("Waiting for resources", "Waiting: higher priority jobs"),
    // the scheduler's own word when we have no sentence for it; empty when there is no reason.
    QString reasonText() const;
};

// A job to submit. What a back-end cannot express is refused with a sentence, never dropped silently.
struct JobRequest
{
    QString name;
    QString script;    // the whole script, starting with "#!"
    QString partition; // empty: the scheduler's default
    QString account;
    QString workingDirectory; // on the cluster; empty: the user's home
    QString standardOutput;   // patterns allowed (%j, %x, …); empty: the scheduler's default
    QString standardError;
    int nodes = 1;
    int cpus = 1;             // cores for the one task
    qint64 memoryMb = 0;      // per node; 0: the scheduler's default
    int timeLimitMinutes = 0; // 0: the partition's default
    bool hold = false;        // submit held
    QStringList environment;  // "NAME=value"
};

struct Partition
{
    QString name;
    bool isDefault = false;
    QString state;           // "UP", "DOWN", "Open:Active"
    int maxTimeMinutes = -1; // -1: unlimited or not known
    int nodes = 0;
    int cpus = 0;
};

struct SubmittedJob
{
    QString id;
    QStringList warnings; // the scheduler accepted the job but said something (held, busy, limits)
    QString message;      // Slurm's job_submit_user_msg, LSF's "Job <1> is submitted to queue <normal>."
};

struct JobListing
{
    QList<BatchJob> jobs;   // every job of the user that the scheduler still knows
    bool unchanged = false; // the scheduler said nothing changed since the last listing (jobs is that one)
};

} // namespace daas::jobs

Q_DECLARE_METATYPE(daas::jobs::BatchJob)
