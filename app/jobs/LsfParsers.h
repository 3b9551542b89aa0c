#pragma once

#include "jobs/BatchJob.h"
#include "jobs/SshConnection.h"
#include "support/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What IBM Spectrum LSF's commands print, read, and the job scripts LSF's bsub takes (#BSUB directives).
// The formats are those of ../../tests/facility/ssh/lsf/README.md (IBM's documentation and recorded
// outputs of real clusters).
namespace daas::jobs::Lsf {

// LSF's states in a user's terms (as in the reference's table, OOD's adapter): PEND and WAIT queued, PSUSP
// held, RUN running, USUSP/SSUSP suspended, DONE completed; EXIT by the termination reason: killed by the
// owner or an administrator cancelled, the run limit timed out, the memory limit out of memory, else
// failed; UNKWN and ZOMBI unknown.
JobState jobState(const QString &stat, const QString &exitReason = {});

// LSF prints times without a year: "Oct 22 13:51", "Dec 28 19:56 L" (-o; a trailing E/L/X says how the
// time was estimated), "03/31-14:46:42" (-W). The year is the one that puts the time before `now` (with a
// day's slack for clocks that differ). Invalid for "-" and "".
QDateTime parseTime(const QString &text, const QDateTime &now);

// The script with #BSUB directives for the request, right after the script's "#!" line (first, when it
// has none), and `export` lines for its environment after them. What LSF cannot express, or a value that
// would break a directive (a line break, a double quote), is refused with a sentence naming the field.
Result<QString> script(const JobRequest &request);

// bsub's answer: "Job <1234> is submitted to queue <normal>." (exit 0); otherwise LSF's words.
Result<SubmittedJob> parseSubmission(const SshOutput &output);

// The fields asked of `bjobs -o … -json`.
QString jsonFields();
Result<QList<BatchJob>> parseJson(const QByteArray &json, const QDateTime &now);
// `bjobs -a -w -W`: columns by position, a job name with spaces taking the extra words (OOD's way), "-"
// empty, LSF 9.1's extra SLOTS column read.
Result<QList<BatchJob>> parseWide(const QByteArray &text, const QDateTime &now);
// `bqueues`: QUEUE_NAME PRIO STATUS MAX …
QList<Partition> parseQueues(const QByteArray &text);

} // namespace daas::jobs::Lsf
