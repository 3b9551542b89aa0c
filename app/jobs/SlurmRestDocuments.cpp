#include "jobs/SlurmRestDocuments.h"

#include "jobs/OutputPattern.h"
#include "jobs/SlurmStates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daas::jobs::SlurmRest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::jobs::SlurmRest", text);
}

// job_state: an array of the base state and its flags (v0.0.39+), or one string (v0.0.38)
QStringList stateList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList states;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            states.append(v.toString());
    return states;
}

QDateTime time(const QJsonValue &value)
{
    const std::optional<qint64> seconds = number(value);
    return seconds && *seconds > 0 ? QDateTime::fromSecsSinceEpoch(*seconds) : QDateTime();
}

} // namespace

QString versionName(int version)
{
    return u"v0.0.%1"_s.arg(version);
}

int chooseVersion(const QList<int> &offered)
{
    for (const int v : {42, 41, 40, 39, 38})
        if (offered.contains(v))
            return v;
    return 0;
}

int chooseVersion(const QJsonObject &openapi)
{
    static const QRegularExpression slurmPath(u"^/slurm/v0\\.0\\.(\\d+)/"_s);
    QList<int> offered;
    const QJsonObject paths = openapi.value(u"paths"_s).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QRegularExpressionMatch m = slurmPath.match(it.key());
        if (m.hasMatch() && !offered.contains(m.captured(1).toInt()))
            offered.append(m.captured(1).toInt());
    }
    return chooseVersion(offered);
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    if (body.trimmed().isEmpty())
        return Error(Error::Kind::Protocol, tr("Slurm sent an empty answer for %1.").arg(what),
                     u"empty body"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(Error::Kind::Protocol,
                     tr("Slurm's answer for %1 could not be read: it is cut short or not JSON.").arg(what),
                     u"JSON error at offset %1 of %2 bytes: %3"_s.arg(error.offset)
                         .arg(body.size())
                         .arg(error.errorString()));
    if (!doc.isObject())
        return Error(Error::Kind::Protocol,
                     tr("Slurm's answer for %1 is not what its API describes.").arg(what),
                     u"JSON is not an object"_s);
    return doc.object();
}

QString messageText(const QJsonObject &entry)
{
    // description: what slurmrestd was doing ("Batch job submission failed"); error: slurm_strerror of the
    // code ("Invalid partition name specified"). v0.0.38 has "error" and "error_code" only.
    const QString description = entry.value(u"description"_s).toString().trimmed();
    const QString error = entry.value(u"error"_s).toString().trimmed();
    if (description.isEmpty())
        return error;
    if (error.isEmpty() || description.contains(error, Qt::CaseInsensitive) ||
        error == u"Unspecified error"_s)
        return description;
    return description + u": "_s + error;
}

Messages messages(const QJsonObject &reply)
{
    Messages m;
    const auto collect = [](const QJsonValue &list, QStringList &into) {
        const QJsonArray array = list.toArray();
        for (const QJsonValue &v : array) {
            const QString said = v.isObject() ? messageText(v.toObject()) : v.toString();
            if (!said.isEmpty() && !into.contains(said))
                into.append(said);
        }
    };
    collect(reply.value(u"errors"_s), m.errors);
    collect(reply.value(u"warnings"_s), m.warnings);
    return m;
}

std::optional<qint64> number(const QJsonValue &value, bool *infinite)
{
    if (infinite)
        *infinite = false;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"infinite"_s).toBool()) {
            if (infinite)
                *infinite = true;
            return std::nullopt;
        }
        if (!o.value(u"set"_s).toBool())
            return std::nullopt;
        return number(o.value(u"number"_s));
    }
    if (value.isDouble()) {
        // v0.0.38 writes -1 for INFINITE (partitions.c: max_time_limit)
        if (value.toInteger() == -1 && infinite)
            *infinite = true;
        return value.toInteger();
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    return std::nullopt;
}

BatchJob jobFromJson(const QJsonObject &o)
{
    BatchJob job;
    const std::optional<qint64> id = number(o.value(u"job_id"_s));
    if (!id)
        return job;
    job.id = QString::number(*id);
    const std::optional<qint64> arrayJob = number(o.value(u"array_job_id"_s));
    const std::optional<qint64> arrayTask = number(o.value(u"array_task_id"_s));
    if (arrayJob && *arrayJob > 0 && arrayTask) {
        job.arrayJobId = QString::number(*arrayJob);
        job.arrayTaskId = QString::number(*arrayTask);
        job.id = job.arrayJobId + u'_' + job.arrayTaskId;
    }
    job.name = o.value(u"name"_s).toString();
    job.user = o.value(u"user_name"_s).toString();
    job.account = o.value(u"account"_s).toString();
    job.partition = o.value(u"partition"_s).toString();
    job.reason = o.value(u"state_reason"_s).toString();
    const QStringList states = stateList(o.value(u"job_state"_s));
    job.schedulerState = states.join(u',');
    job.state = slurmJobState(states, job.reason);
    job.nodes = o.value(u"nodes"_s).toString();
    if (job.nodes.isEmpty())
        job.nodes = o.value(u"batch_host"_s).toString();
    job.submitTime = time(o.value(u"submit_time"_s));
    job.startTime = time(o.value(u"start_time"_s));
    // a running job's end_time is when its time limit runs out: an end only once it ended
    if (isFinished(job.state))
        job.endTime = time(o.value(u"end_time"_s));
    bool unlimited = false;
    const std::optional<qint64> limit = number(o.value(u"time_limit"_s), &unlimited);
    job.timeLimitMinutes = limit && !unlimited && *limit >= 0 ? int(*limit) : -1;
    job.cpus = int(number(o.value(u"cpus"_s)).value_or(0));

    const QJsonValue exit = o.value(u"exit_code"_s);
    std::optional<qint64> code;
    if (exit.isObject()) {
        code = number(exit.toObject().value(u"return_code"_s));
        job.signal = int(number(exit.toObject().value(u"signal"_s).toObject().value(u"id"_s)).value_or(0));
    } else if (const std::optional<qint64> status = number(exit)) {
        // v0.0.38 (and v0.0.39's UINT32_NO_VAL): the wait(2) status slurmctld keeps
        code = (*status >> 8) & 0xff;
        job.signal = int(*status & 0x7f);
    }
    if (isFinished(job.state) && code)
        job.exitCode = int(*code);

    job.workingDirectory = o.value(u"current_working_directory"_s).toString();
    job.standardOutputPattern = o.value(u"standard_output"_s).toString();
    job.standardErrorPattern = o.value(u"standard_error"_s).toString();
    OutputPattern::fillSlurmPaths(job);
    return job;
}

Result<JobsReply> parseJobs(const QByteArray &body)
{
    const Result<QJsonObject> doc = parseObject(body, tr("the list of jobs"));
    if (!doc)
        return doc.error();
    const QJsonValue jobs = doc->value(u"jobs"_s);
    if (!jobs.isArray())
        return Error(Error::Kind::Protocol, tr("Slurm's list of jobs is not what its API describes."),
                     u"\"jobs\" is missing or not an array"_s);
    JobsReply reply;
    reply.lastUpdate = number(doc->value(u"last_update"_s)).value_or(0);
    reply.warnings = messages(*doc).warnings;
    for (const QString &w : std::as_const(reply.warnings))
        if (w.startsWith(u"No job changes since"_s))
            reply.unchanged = true;
    const QJsonArray array = jobs.toArray();
    for (const QJsonValue &v : array) {
        BatchJob job = jobFromJson(v.toObject());
        if (!job.isValid())
            return Error(Error::Kind::Protocol, tr("Slurm's list of jobs is not what its API describes."),
                         u"a job without job_id"_s);
        reply.jobs.append(std::move(job));
    }
    return reply;
}

Result<QList<Partition>> parsePartitions(const QByteArray &body)
{
    const Result<QJsonObject> doc = parseObject(body, tr("the list of partitions"));
    if (!doc)
        return doc.error();
    const QJsonValue list = doc->value(u"partitions"_s);
    if (!list.isArray())
        return Error(Error::Kind::Protocol, tr("Slurm's list of partitions is not what its API describes."),
                     u"\"partitions\" is missing or not an array"_s);
    QList<Partition> partitions;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Partition p;
        p.name = o.value(u"name"_s).toString();
        if (p.name.isEmpty())
            continue;
        bool unlimited = false;
        if (o.value(u"partition"_s).isObject()) {
            // v0.0.39+: partition.state[], maximums.time, nodes.total, cpus.total; no default flag (the
            // data parser skips partition_info_t.flags: parsers.c "add_skip(flags), //FIXME")
            const QJsonObject part = o.value(u"partition"_s).toObject();
            p.state = stateList(part.value(u"state"_s)).join(u',');
            const std::optional<qint64> max =
                number(o.value(u"maximums"_s).toObject().value(u"time"_s), &unlimited);
            p.maxTimeMinutes = max && !unlimited ? int(*max) : -1;
            p.nodes = int(number(o.value(u"nodes"_s).toObject().value(u"total"_s)).value_or(0));
            p.cpus = int(number(o.value(u"cpus"_s).toObject().value(u"total"_s)).value_or(0));
            p.isDefault = stateList(o.value(u"flags"_s)).contains(u"DEFAULT"_s, Qt::CaseInsensitive);
        } else {
            // v0.0.38 (22.05 openapi/v0.0.38/partitions.c): flags[] with "default", state, max_time_limit
            p.state = o.value(u"state"_s).toString();
            const std::optional<qint64> max = number(o.value(u"max_time_limit"_s), &unlimited);
            p.maxTimeMinutes = max && !unlimited && *max >= 0 ? int(*max) : -1;
            p.nodes = int(number(o.value(u"total_nodes"_s)).value_or(0));
            p.cpus = int(number(o.value(u"total_cpus"_s)).value_or(0));
            p.isDefault = stateList(o.value(u"flags"_s)).contains(u"default"_s, Qt::CaseInsensitive);
        }
        partitions.append(p);
    }
    return partitions;
}

Result<QJsonObject> submitBody(const JobRequest &request, int version)
{
    if (!request.script.startsWith(u"#!"_s))
        return Error(Error::Kind::InvalidInput,
                     tr("The script must start with a line such as #!/bin/bash that names its interpreter."));
    if (request.workingDirectory.isEmpty())
        return Error(Error::Kind::InvalidInput, tr("Choose the folder on the cluster the job runs in."));
    const bool old = version < 39;
    QStringList environment = request.environment;
    if (!std::any_of(environment.cbegin(), environment.cend(),
                     [](const QString &e) { return e.startsWith(u"PATH="_s); }))
        // a batch job without an environment is refused (ESLURM_ENVIRONMENT_MISSING, job_mgr.c)
        environment.prepend(u"PATH=/usr/local/bin:/usr/bin:/bin"_s);
    const auto noVal = [old](qint64 n) -> QJsonValue {
        if (old)
            return n;
        return QJsonObject{{u"set"_s, true}, {u"infinite"_s, false}, {u"number"_s, n}};
    };

    QJsonObject job;
    if (!request.name.isEmpty())
        job.insert(u"name"_s, request.name);
    if (!request.partition.isEmpty())
        job.insert(u"partition"_s, request.partition);
    if (!request.account.isEmpty())
        job.insert(u"account"_s, request.account);
    job.insert(u"current_working_directory"_s, request.workingDirectory);
    if (!request.standardOutput.isEmpty())
        job.insert(u"standard_output"_s, request.standardOutput);
    if (!request.standardError.isEmpty())
        job.insert(u"standard_error"_s, request.standardError);
    const int nodes = qMax(1, request.nodes);
    if (old)
        job.insert(u"nodes"_s, nodes);
    else
        job.insert(u"nodes"_s, QString::number(nodes)); // a node count range ("1" or "1-4") from v0.0.39 on
    job.insert(u"tasks"_s, 1);
    job.insert(u"cpus_per_task"_s, qMax(1, request.cpus));
    if (request.memoryMb > 0)
        job.insert(u"memory_per_node"_s, noVal(request.memoryMb));
    if (request.timeLimitMinutes > 0)
        job.insert(u"time_limit"_s, noVal(request.timeLimitMinutes));
    if (request.hold)
        job.insert(u"hold"_s, true);
    if (old) {
        QJsonObject env; // v0.0.38: "environment must be a dictionary"
        for (const QString &e : std::as_const(environment))
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        job.insert(u"environment"_s, env);
        return QJsonObject{{u"script"_s, request.script}, {u"job"_s, job}};
    }
    job.insert(u"environment"_s, QJsonArray::fromStringList(environment));
    job.insert(u"script"_s, request.script);
    return QJsonObject{{u"job"_s, job}};
}

Result<SubmittedJob> parseSubmit(const QByteArray &body)
{
    const Result<QJsonObject> doc = parseObject(body, tr("the submitted job"));
    if (!doc)
        return doc.error();
    const std::optional<qint64> id = number(doc->value(u"job_id"_s));
    if (!id || *id <= 0)
        return Error(Error::Kind::Protocol, tr("Slurm accepted the job but did not say its number."),
                     u"no job_id in the submit reply"_s);
    SubmittedJob submitted;
    submitted.id = QString::number(*id);
    submitted.warnings = messages(*doc).warnings;
    submitted.message = doc->value(u"job_submit_user_msg"_s).toString().trimmed();
    return submitted;
}

Result<QJsonObject> holdBody(bool held, int version)
{
    if (version < 39 && !held)
        // v0.0.38 takes sbatch's options for an update: "hold" sets priority 0, and no option sets the
        // INFINITE priority that releases (22.05 slurm_opt.c arg_set_data_priority refuses >= NO_VAL)
        return Error(Error::Kind::Unsupported,
                     tr("This cluster's Slurm (REST API v0.0.38) cannot release a held job. Release it "
                        "with \"scontrol release\" on the cluster."));
    return QJsonObject{{u"hold"_s, held}};
}

QString cancelRefusal(const QJsonObject &reply)
{
    const QJsonArray status = reply.value(u"status"_s).toArray();
    for (const QJsonValue &v : status) {
        const QJsonObject error = v.toObject().value(u"error"_s).toObject();
        if (number(error.value(u"code"_s)).value_or(0) != 0) {
            const QString message = error.value(u"message"_s).toString();
            return message.isEmpty() ? error.value(u"string"_s).toString() : message;
        }
    }
    return {};
}

} // namespace daas::jobs::SlurmRest
