#include "jobs/LsfParsers.h"

#include "jobs/OutputPattern.h"
#include "jobs/SshJobScript.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace daas::jobs::Lsf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::jobs::Lsf", text);
}

int monthNumber(const QString &name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// "4*hostB:hostC:hostC" -> "hostB,hostC"
QString hostsOf(const QString &execHost)
{
    QStringList hosts;
    for (const QString &part : execHost.split(u':', Qt::SkipEmptyParts)) {
        const QString host = part.section(u'*', -1).trimmed();
        if (!host.isEmpty() && host != u"-"_s && !hosts.contains(host))
            hosts.append(host);
    }
    return hosts.join(u',');
}

// Fills what depends on several fields: the array task, the state, the output paths.
void complete(BatchJob &job, const QString &index, const QString &exitReason)
{
    if (!index.isEmpty() && index != u"0"_s) {
        job.arrayJobId = job.id;
        job.arrayTaskId = index;
        job.id = u"%1[%2]"_s.arg(job.id, index);
    }
    job.state = jobState(job.schedulerState, exitReason);
    if (job.state == JobState::Completed && !job.exitCode)
        job.exitCode = 0;
    if (!job.standardOutputPattern.isEmpty())
        job.standardOutput = OutputPattern::expandLsf(job.standardOutputPattern, job);
    if (!job.standardErrorPattern.isEmpty())
        job.standardError = OutputPattern::expandLsf(job.standardErrorPattern, job);
}

} // namespace

JobState jobState(const QString &stat, const QString &exitReason)
{
    const QString s = stat.trimmed().toUpper();
    if (s == u"PEND"_s || s == u"WAIT"_s)
        return JobState::Queued;
    if (s == u"PSUSP"_s)
        return JobState::Held;
    if (s == u"RUN"_s)
        return JobState::Running;
    if (s == u"USUSP"_s || s == u"SSUSP"_s)
        return JobState::Suspended;
    if (s == u"DONE"_s || s == u"PDONE"_s)
        return JobState::Completed;
    if (s == u"EXIT"_s || s == u"PERR"_s) {
        static const QStringList cancelled{u"TERM_OWNER"_s,         u"TERM_ADMIN"_s,
                                           u"TERM_FORCE_OWNER"_s,   u"TERM_FORCE_ADMIN"_s,
                                           u"TERM_REQUEUE_OWNER"_s, u"TERM_REQUEUE_ADMIN"_s};
        const QString reason = exitReason.section(u':', 0, 0).trimmed().toUpper();
        if (cancelled.contains(reason))
            return JobState::Cancelled;
        if (reason == u"TERM_RUNLIMIT"_s || reason == u"TERM_DEADLINE"_s)
            return JobState::TimedOut;
        if (reason == u"TERM_MEMLIMIT"_s || reason == u"TERM_SWAP"_s)
            return JobState::OutOfMemory;
        return JobState::Failed;
    }
    return JobState::Unknown; // UNKWN, ZOMBI and anything newer
}

QDateTime parseTime(const QString &text, const QDateTime &now)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t == u"-"_s)
        return {};
    static const QRegularExpression suffix(u"\\s+[ELX]$"_s);
    t.remove(suffix);
    int month = 0, day = 0, hour = 0, minute = 0, second = 0, year = 0;
    static const QRegularExpression wide(u"^(\\d{1,2})/(\\d{1,2})-(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    static const QRegularExpression named(
        u"^(?:[A-Za-z]{3}\\s+)?([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s+(\\d{4}))?$"_s);
    if (const QRegularExpressionMatch m = wide.match(t); m.hasMatch()) {
        month = m.captured(1).toInt();
        day = m.captured(2).toInt();
        hour = m.captured(3).toInt();
        minute = m.captured(4).toInt();
        second = m.captured(5).toInt();
    } else if (const QRegularExpressionMatch n = named.match(t); n.hasMatch()) {
        month = monthNumber(n.captured(1));
        day = n.captured(2).toInt();
        hour = n.captured(3).toInt();
        minute = n.captured(4).toInt();
        second = n.captured(5).toInt();
        year = n.captured(6).toInt();
    } else {
        return {};
    }
    const QTime time(hour, minute, second);
    if (month < 1 || !time.isValid())
        return {};
    if (year > 0)
        return QDateTime(QDate(year, month, day), time);
    // the latest year in which the time is not in the future (Feb 29 needs a leap year)
    const QDateTime latest = now.addDays(1);
    for (int y = now.date().year(); y >= now.date().year() - 8; --y) {
        const QDate date(y, month, day);
        if (!date.isValid())
            continue;
        const QDateTime candidate(date, time);
        if (candidate <= latest)
            return candidate;
    }
    return {};
}

Result<QString> script(const JobRequest &request)
{
    if (request.script.trimmed().isEmpty())
        return Error(Error::Kind::InvalidInput, tr("The job has no script."));
    QStringList directives;
    const auto add = [&](const QString &option, const QString &value,
                         const QString &field) -> std::optional<Error> {
        const std::optional<QString> v = SshJobScript::directiveValue(value);
        if (!v)
            return Error(Error::Kind::InvalidInput,
                         tr("%1 cannot hold a line break or a double quote for LSF.").arg(field));
        directives << u"#BSUB %1 %2"_s.arg(option, *v);
        return std::nullopt;
    };
    struct Field
    {
        const char *option;
        QString value;
        const char *name;
    };
    const Field fields[] = {
        {"-J", request.name, QT_TRANSLATE_NOOP("daas::jobs::Lsf", "The job name")},
        {"-q", request.partition, QT_TRANSLATE_NOOP("daas::jobs::Lsf", "The queue")},
        {"-P", request.account, QT_TRANSLATE_NOOP("daas::jobs::Lsf", "The project")},
        {"-cwd", request.workingDirectory, QT_TRANSLATE_NOOP("daas::jobs::Lsf", "The working folder")},
        {"-o", request.standardOutput, QT_TRANSLATE_NOOP("daas::jobs::Lsf", "The output file")},
        {"-e", request.standardError, QT_TRANSLATE_NOOP("daas::jobs::Lsf", "The error file")},
    };
    for (const Field &f : fields) {
        if (f.value.isEmpty())
            continue;
        if (const auto error = add(QString::fromLatin1(f.option), f.value, tr(f.name)))
            return *error;
    }
    if (request.nodes < 1 || request.cpus < 1)
        return Error(Error::Kind::InvalidInput, tr("A job needs at least one node and one core."));
    const int slots = request.nodes * request.cpus;
    if (slots > 1)
        directives << u"#BSUB -n %1"_s.arg(slots);
    if (request.nodes > 1)
        directives << u"#BSUB -R \"span[ptile=%1]\""_s.arg(request.cpus);
    else if (request.cpus > 1)
        directives << u"#BSUB -R \"span[hosts=1]\""_s;
    if (request.memoryMb > 0)
        directives << u"#BSUB -M %1MB"_s.arg(request.memoryMb);
    if (request.timeLimitMinutes > 0)
        directives << u"#BSUB -W %1"_s.arg(request.timeLimitMinutes);
    if (request.hold)
        directives << u"#BSUB -H"_s;
    const Result<QStringList> exports = SshJobScript::exports(request.environment);
    if (!exports)
        return exports.error();
    return SshJobScript::assemble(request.script, directives, exports.value());
}

Result<SubmittedJob> parseSubmission(const SshOutput &output)
{
    static const QRegularExpression submitted(u"Job <(\\d+(?:\\[\\d+\\])?)> is submitted"_s);
    const QString out = QString::fromUtf8(output.standardOutput).trimmed();
    const QRegularExpressionMatch m = submitted.match(out);
    if (output.exitCode != 0 || !m.hasMatch()) {
        QString said = QString::fromUtf8(output.standardError).trimmed();
        if (said.isEmpty())
            said = out;
        return Error(Error::Kind::InvalidInput, tr("LSF did not accept the job."))
            .withServerMessage(u"LSF"_s, said);
    }
    SubmittedJob job;
    job.id = m.captured(1);
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(u"is submitted"_s))
            job.message = line.trimmed();
        else
            job.warnings << line.trimmed(); // e.g. "Job would be submitted to several queues"
    for (const QString &line : QString::fromUtf8(output.standardError).split(u'\n', Qt::SkipEmptyParts))
        job.warnings << line.trimmed();
    return job;
}

QString jsonFields()
{
    return u"jobid jobindex stat user queue job_name proj_name exec_host submit_time start_time finish_time "
           "exit_code exit_reason pend_reason runtimelimit nreq_slot sub_cwd output_file error_file"_s;
}

Result<QList<BatchJob>> parseJson(const QByteArray &json, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(u"RECORDS"_s).isArray())
        return Error(Error::Kind::Protocol, tr("bjobs answered something that is not its JSON."),
                     parseError.errorString());
    QList<BatchJob> jobs;
    for (const QJsonValue &value : doc.object().value(u"RECORDS"_s).toArray()) {
        const QJsonObject r = value.toObject();
        const auto field = [&r](const char *key) {
            return r.value(QLatin1StringView(key)).toString().trimmed();
        };
        if (r.contains(u"ERROR"_s) || field("JOBID").isEmpty())
            continue; // "Job <12> is not found" for an id that was asked
        BatchJob job;
        job.id = field("JOBID");
        job.name = field("JOB_NAME");
        job.user = field("USER");
        job.account = field("PROJ_NAME");
        job.partition = field("QUEUE");
        job.schedulerState = field("STAT");
        job.nodes = hostsOf(field("EXEC_HOST"));
        job.submitTime = parseTime(field("SUBMIT_TIME"), now);
        job.startTime = parseTime(field("START_TIME"), now);
        job.endTime = parseTime(field("FINISH_TIME"), now);
        bool ok = false;
        const double limit = field("RUNTIMELIMIT").toDouble(&ok);
        if (ok && limit > 0)
            job.timeLimitMinutes = int(limit + 0.5);
        job.cpus = field("NREQ_SLOT").toInt();
        if (job.cpus == 0)
            job.cpus = field("SLOTS").toInt();
        const int exitCode = field("EXIT_CODE").toInt(&ok);
        if (ok)
            job.exitCode = exitCode;
        const QString exitReason = field("EXIT_REASON");
        job.reason = job.schedulerState == u"EXIT"_s ? exitReason : field("PEND_REASON");
        job.workingDirectory = field("SUB_CWD");
        job.standardOutputPattern = field("OUTPUT_FILE");
        job.standardErrorPattern = field("ERROR_FILE");
        complete(job, field("JOBINDEX"), exitReason);
        jobs.append(job);
    }
    return jobs;
}

Result<QList<BatchJob>> parseWide(const QByteArray &text, const QDateTime &now)
{
    QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return QList<BatchJob>{}; // "No job found" is on standard error
    const QStringList columns = lines.takeFirst().simplified().split(u' ');
    const auto column = [&columns](const char *name) { return columns.indexOf(QLatin1StringView(name)); };
    const qsizetype nameColumn = column("JOB_NAME");
    if (column("JOBID") != 0 || column("STAT") < 0 || nameColumn < 0)
        return Error(Error::Kind::Protocol, tr("bjobs answered in columns the client does not know."),
                     columns.join(u' '));
    QList<BatchJob> jobs;
    for (const QString &line : std::as_const(lines)) {
        QStringList values = line.simplified().split(u' ');
        if (values.size() < columns.size())
            return Error(Error::Kind::Protocol, tr("bjobs answered a line the client cannot read."), line);
        if (values.size() > columns.size()) {
            // a name with spaces took more words than its column
            const qsizetype extra = values.size() - columns.size();
            const QString name = values.mid(nameColumn, extra + 1).join(u' ');
            values.remove(nameColumn, extra + 1);
            values.insert(nameColumn, name);
        }
        const auto value = [&](const char *name) {
            const qsizetype i = column(name);
            const QString v = i < 0 ? QString() : values.at(i);
            return v == u"-"_s ? QString() : v;
        };
        BatchJob job;
        job.id = value("JOBID");
        job.user = value("USER");
        job.schedulerState = value("STAT");
        job.partition = value("QUEUE");
        job.nodes = hostsOf(value("EXEC_HOST"));
        job.name = value("JOB_NAME");
        job.account = value("PROJ_NAME");
        job.submitTime = parseTime(value("SUBMIT_TIME"), now);
        job.startTime = parseTime(value("START_TIME"), now);
        job.endTime = parseTime(value("FINISH_TIME"), now);
        job.cpus = value("SLOTS").toInt();
        // an element of an array: "name[4]"
        static const QRegularExpression element(u"^(.*)\\[(\\d+)\\]$"_s);
        const QRegularExpressionMatch m = element.match(job.name);
        complete(job, m.hasMatch() ? m.captured(2) : QString(), {});
        jobs.append(job);
    }
    return jobs;
}

QList<Partition> parseQueues(const QByteArray &text)
{
    QList<Partition> queues;
    QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines.first().trimmed().startsWith(u"QUEUE_NAME"_s))
        return queues;
    const QStringList columns = lines.takeFirst().simplified().split(u' ');
    const qsizetype status = columns.indexOf(u"STATUS"_s);
    const qsizetype max = columns.indexOf(u"MAX"_s);
    for (const QString &line : std::as_const(lines)) {
        const QStringList values = line.simplified().split(u' ');
        if (values.isEmpty() || values.first().isEmpty())
            continue;
        Partition p;
        p.name = values.first();
        if (status >= 0 && status < values.size())
            p.state = values.at(status);
        if (max >= 0 && max < values.size())
            p.cpus = values.at(max).toInt(); // job slots; "-": no limit
        queues.append(p);
    }
    return queues;
}

} // namespace daas::jobs::Lsf
