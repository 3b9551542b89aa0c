#pragma once

#include "jobs/BatchJob.h"
#include "support/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace daas::jobs::SlurmRest {

// What slurmrestd's JSON says and what we send it, per data-parser version, with no network: the Slurm REST
// back-end's reading and writing, unit-tested on recorded replies. Versions are the last number of
// "v0.0.N": 38 (Slurm 22.05, openapi/v0.0.38), 39 (23.02/23.11), 40, 41, 42 (24.11). Where the shapes
// differ (reference webdav-and-batch.md §B1.6): before 39 the submit body has a top-level "script", the
// environment is an object, job_state a string, times and exit codes plain integers; from 39 on numbers
// may be {"set", "infinite", "number"} structs. The readers take either shape wherever one can appear.

constexpr int newestKnownVersion = 42;
QString versionName(int version); // "v0.0.42"
// The best version this client speaks among the paths of an OpenAPI document (GET /openapi/v3:
// "/slurm/v0.0.42/jobs/" …): 42, then 41, 40, 39, 38; 0 when none.
int chooseVersion(const QJsonObject &openapi);
int chooseVersion(const QList<int> &offered);

// A reply's body as a JSON object, or a Protocol error that says what was wrong (empty, truncated, not an
// object) and where: `what` names the call for the sentence ("the list of jobs").
Result<QJsonObject> parseObject(const QByteArray &body, const QString &what);

// errors[] and warnings[] of a reply: each entry's description and error text, as the scheduler wrote them.
struct Messages
{
    QStringList errors;
    QStringList warnings;
};
Messages messages(const QJsonObject &reply);
// One sentence of Slurm's own words for an errors[] entry: "Batch job submission failed: Invalid partition
// name specified".
QString messageText(const QJsonObject &entry);

// A no_val number ({"set", "infinite", "number"}), a plain integer or a numeric string; std::nullopt when
// absent or unset; `infinite` (when given) is set for {"infinite": true} and for the -1 of v0.0.38.
std::optional<qint64> number(const QJsonValue &value, bool *infinite = nullptr);

// job_info of GET jobs/ and GET job/{id} as a BatchJob (states through SlurmStates, output paths through
// OutputPattern::fillSlurmPaths).
BatchJob jobFromJson(const QJsonObject &job);
struct JobsReply
{
    QList<BatchJob> jobs;
    qint64 lastUpdate = 0; // last_update: the update_time of the next listing; 0 when not given
    // Slurm 24.11 answers a listing with update_time whose jobs did not change with HTTP 200, no jobs and
    // the warning "No job changes since update_time[…]" (slurmctld jobs.c op_handler_jobs; older versions
    // send 304 Not Modified).
    bool unchanged = false;
    QStringList warnings;
};
Result<JobsReply> parseJobs(const QByteArray &body);

Result<QList<Partition>> parsePartitions(const QByteArray &body);

// POST job/submit: the body for a request, or an InvalidInput error for what the version cannot express.
Result<QJsonObject> submitBody(const JobRequest &request, int version);
Result<SubmittedJob> parseSubmit(const QByteArray &body);

// POST job/{id} that holds (true) or releases (false) a job: {"hold": …} (v0.0.39+: true sets the
// priority to 0, false to INFINITE, which is scontrol's release: data_parser parsers.c PARSE_FUNC(HOLD)).
Result<QJsonObject> holdBody(bool held, int version);

// DELETE job/{id}: Slurm's refusal for the job in status[].error, if any (empty when it was signalled).
QString cancelRefusal(const QJsonObject &reply);

} // namespace daas::jobs::SlurmRest
