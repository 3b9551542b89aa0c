#include "jobs/SlurmSshParsers.h"

#include "jobs/OutputPattern.h"
#include "jobs/SlurmRestDocuments.h"
#include "jobs/SlurmStates.h"
#include "jobs/SshJobScript.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace daas::jobs::SlurmSsh {

namespace {

constexpr QChar unit = QChar(0x1F); // ASCII unit separator: no job name or path has it

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::jobs::SlurmSsh", text);
}

// "(null)", "N/A", "NONE" and the like mean "nothing" in Slurm's text output.
QString valueOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t == u"(null)"_s || t == u"N/A"_s || t == u"None"_s || t == u"NONE"_s || t == u"n/a"_s)
        return {};
    return t;
}

// "daas-batch(995)" -> "daas-batch"
QString withoutId(const QString &user)
{
    const qsizetype paren = user.indexOf(u'(');
    return paren < 0 ? user : user.left(paren);
}

// The output files: squeue --json and scontrol give them expanded, squeue -O as the pattern.
void outputFiles(BatchJob &job, const QString &out, const QString &err)
{
    job.standardOutputPattern = out;
    job.standardErrorPattern = err;
    OutputPattern::fillSlurmPaths(job);
}

// "0:0" (code:signal) of scontrol and sacct. A job whose script has ended has its code even while Slurm
// still runs its epilog: scontrol then says only COMPLETING (squeue's JSON says FAILED with the COMPLETING
// flag), and the job's exit code is already the one it keeps.
void exitStatus(BatchJob &job, const QString &text)
{
    const QStringList parts = text.split(u':');
    bool ok = false;
    const int code = parts.value(0).toInt(&ok);
    if (ok && (isFinished(job.state) || job.state == JobState::Completing))
        job.exitCode = code;
    job.signal = parts.value(1).toInt();
}

} // namespace

QDateTime parseTime(const QString &text)
{
    const QString t = valueOf(text);
    if (t.isEmpty() || t == u"Unknown"_s)
        return {};
    return QDateTime::fromString(t, Qt::ISODate);
}

int parseMinutes(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression duration(u"^(?:(\\d+)-)?(\\d+)(?::(\\d+))?(?::(\\d+))?$"_s);
    const QRegularExpressionMatch m = duration.match(t);
    if (!m.hasMatch())
        return -1; // UNLIMITED, infinite, INVALID, N/A
    // numbers as long as the server likes: what does not fit in minutes as an int is no duration at all
    bool valid = true;
    const auto number = [&valid](const QString &digits) -> qint64 {
        if (digits.isEmpty())
            return 0;
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        // a part past an int is not used at all: multiplied into minutes it could overflow even 64 bits
        const bool fits = ok && n <= std::numeric_limits<int>::max();
        valid = valid && fits;
        return fits ? n : 0;
    };
    const qint64 days = number(m.captured(1));
    const QStringList parts{m.captured(2), m.captured(3), m.captured(4)};
    qint64 hours = 0, minutes = 0, seconds = 0;
    if (!m.captured(4).isEmpty()) { // h:m:s
        hours = number(parts[0]);
        minutes = number(parts[1]);
        seconds = number(parts[2]);
    } else if (!m.captured(3).isEmpty()) { // "d-h:m" or "m:s"
        if (!m.captured(1).isEmpty()) {
            hours = number(parts[0]);
            minutes = number(parts[1]);
        } else {
            minutes = number(parts[0]);
            seconds = number(parts[1]);
        }
    } else if (!m.captured(1).isEmpty()) { // "d-h"
        hours = number(parts[0]);
    } else { // minutes
        minutes = number(parts[0]);
    }
    const qint64 total = days * 24 * 60 + hours * 60 + minutes + (seconds > 0 ? 1 : 0);
    if (!valid || total > std::numeric_limits<int>::max())
        return -1;
    return int(total);
}

Result<QString> script(const JobRequest &request)
{
    if (request.script.trimmed().isEmpty())
        return Error(Error::Kind::InvalidInput, tr("The job has no script."));
    QStringList directives;
    struct Field
    {
        const char *option;
        QString value;
        const char *name;
    };
    const Field fields[] = {
        {"--job-name", request.name, QT_TRANSLATE_NOOP("daas::jobs::SlurmSsh", "The job name")},
        {"--partition", request.partition, QT_TRANSLATE_NOOP("daas::jobs::SlurmSsh", "The partition")},
        {"--account", request.account, QT_TRANSLATE_NOOP("daas::jobs::SlurmSsh", "The account")},
        {"--chdir", request.workingDirectory,
         QT_TRANSLATE_NOOP("daas::jobs::SlurmSsh", "The working folder")},
        {"--output", request.standardOutput, QT_TRANSLATE_NOOP("daas::jobs::SlurmSsh", "The output file")},
        {"--error", request.standardError, QT_TRANSLATE_NOOP("daas::jobs::SlurmSsh", "The error file")},
    };
    for (const Field &f : fields) {
        if (f.value.isEmpty())
            continue;
        const std::optional<QString> v = SshJobScript::directiveValue(f.value);
        if (!v)
            return Error(Error::Kind::InvalidInput,
                         tr("%1 cannot hold a line break or a double quote for Slurm.").arg(tr(f.name)));
        directives << u"#SBATCH %1=%2"_s.arg(QString::fromLatin1(f.option), *v);
    }
    if (request.nodes < 1 || request.cpus < 1)
        return Error(Error::Kind::InvalidInput, tr("A job needs at least one node and one core."));
    if (request.nodes > 1)
        directives << u"#SBATCH --nodes=%1"_s.arg(request.nodes);
    if (request.cpus > 1)
        directives << u"#SBATCH --cpus-per-task=%1"_s.arg(request.cpus);
    if (request.memoryMb > 0)
        directives << u"#SBATCH --mem=%1M"_s.arg(request.memoryMb);
    if (request.timeLimitMinutes > 0)
        directives << u"#SBATCH --time=%1"_s.arg(request.timeLimitMinutes);
    if (request.hold)
        directives << u"#SBATCH --hold"_s;
    const Result<QStringList> exports = SshJobScript::exports(request.environment);
    if (!exports)
        return exports.error();
    return SshJobScript::assemble(request.script, directives, exports.value());
}

Result<SubmittedJob> parseSubmission(const SshOutput &output)
{
    const QString out = QString::fromUtf8(output.standardOutput).trimmed();
    const QStringList errLines = QString::fromUtf8(output.standardError).split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression parsable(u"^(\\d+)(?:;\\S+)?$"_s);
    const QRegularExpressionMatch m = parsable.match(out.section(u'\n', -1));
    if (output.exitCode != 0 || !m.hasMatch()) {
        QString said = errLines.join(u'\n').trimmed();
        if (said.isEmpty())
            said = out;
        return Error(Error::Kind::InvalidInput, tr("Slurm did not accept the job."))
            .withServerMessage(u"Slurm"_s, said)
            .withDetail(said);
    }
    SubmittedJob job;
    job.id = m.captured(1);
    job.message = tr("Submitted batch job %1").arg(job.id);
    for (const QString &line : errLines) {
        QString w = line.trimmed();
        w.remove(QRegularExpression(u"^sbatch: (warning: )?"_s));
        if (!w.isEmpty())
            job.warnings << w;
    }
    return job;
}

QVersionNumber parseVersion(const QByteArray &versionOutput)
{
    static const QRegularExpression version(u"(\\d+\\.\\d+(?:\\.\\d+)?)"_s);
    return QVersionNumber::fromString(version.match(QString::fromUtf8(versionOutput)).captured(1));
}

bool listsJson(const QVersionNumber &version)
{
    return version >= QVersionNumber(23, 2);
}

bool knowsMe(const QVersionNumber &version)
{
    return version >= QVersionNumber(20, 11);
}

Result<QList<BatchJob>> parseJson(const QByteArray &json)
{
    // squeue --json prints what slurmrestd's GET jobs/ answers (the same data_parser): the REST back-end's
    // reader reads it
    const Result<SlurmRest::JobsReply> reply = SlurmRest::parseJobs(json);
    if (!reply)
        return reply.error();
    return reply->jobs;
}

QString fixedFields()
{
    static const char *const fields[] = {"JobArrayID", "JobID",      "Name",        "UserName",   "State",
                                         "Reason",     "Partition",  "NodeList",    "SubmitTime", "StartTime",
                                         "EndTime",    "TimeLimit",  "NumCPUs",     "WorkDir",    "STDOUT",
                                         "STDERR",     "ArrayJobID", "ArrayTaskID", "Account"};
    QStringList spec;
    for (const char *f : fields)
        spec << QString::fromLatin1(f) + u':' + unit;
    return spec.join(u',');
}

Result<QList<BatchJob>> parseFixed(const QByteArray &text)
{
    QList<BatchJob> jobs;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList v = line.split(unit);
        if (v.size() < 19)
            return Error(Error::Kind::Protocol, tr("squeue answered a line the client cannot read."), line);
        BatchJob job;
        job.id = v[0].trimmed();
        job.name = v[2];
        job.user = v[3].trimmed();
        job.schedulerState = v[4].trimmed();
        job.reason = valueOf(v[5]);
        job.state = slurmJobState({job.schedulerState}, job.reason);
        job.partition = v[6].trimmed();
        job.nodes = valueOf(v[7]);
        job.submitTime = parseTime(v[8]);
        job.startTime = parseTime(v[9]);
        if (isFinished(job.state))
            job.endTime = parseTime(v[10]);
        job.timeLimitMinutes = parseMinutes(v[11]);
        job.cpus = v[12].trimmed().toInt();
        job.workingDirectory = valueOf(v[13]);
        if (const QString task = valueOf(v[17]); !task.isEmpty()) {
            job.arrayJobId = v[16].trimmed();
            job.arrayTaskId = task;
        }
        job.account = valueOf(v[18]);
        if (job.state == JobState::Completed)
            job.exitCode = 0; // squeue has no exit code; COMPLETED is exit 0
        outputFiles(job, valueOf(v[14]), valueOf(v[15]));
        jobs.append(job);
    }
    return jobs;
}

Result<BatchJob> parseScontrolJob(const QByteArray &text)
{
    const QString line = QString::fromUtf8(text).section(u'\n', 0, 0).trimmed();
    static const QRegularExpression key(u"(?:^|\\s)([A-Z][A-Za-z0-9_:/]*)="_s);
    QHash<QString, QString> fields;
    QRegularExpressionMatchIterator it = key.globalMatch(line);
    QString currentKey;
    qsizetype valueStart = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!currentKey.isEmpty())
            fields.insert(currentKey, line.mid(valueStart, m.capturedStart(0) - valueStart).trimmed());
        currentKey = m.captured(1);
        valueStart = m.capturedEnd(0);
    }
    if (!currentKey.isEmpty())
        fields.insert(currentKey, line.mid(valueStart).trimmed());
    if (!fields.contains(u"JobId"_s))
        return Error(Error::Kind::Protocol, tr("scontrol answered something the client cannot read."), line);
    BatchJob job;
    job.id = fields.value(u"JobId"_s);
    if (const QString task = valueOf(fields.value(u"ArrayTaskId"_s)); !task.isEmpty()) {
        job.arrayJobId = fields.value(u"ArrayJobId"_s);
        job.arrayTaskId = task;
        job.id = job.arrayJobId + u'_' + task;
    }
    job.name = fields.value(u"JobName"_s);
    job.user = withoutId(fields.value(u"UserId"_s));
    job.account = valueOf(fields.value(u"Account"_s));
    job.schedulerState = fields.value(u"JobState"_s);
    job.reason = valueOf(fields.value(u"Reason"_s));
    job.state = slurmJobState({job.schedulerState}, job.reason);
    job.partition = fields.value(u"Partition"_s);
    job.nodes = valueOf(fields.value(u"NodeList"_s));
    job.submitTime = parseTime(fields.value(u"SubmitTime"_s));
    job.startTime = parseTime(fields.value(u"StartTime"_s));
    if (isFinished(job.state))
        job.endTime = parseTime(fields.value(u"EndTime"_s));
    job.timeLimitMinutes = parseMinutes(fields.value(u"TimeLimit"_s));
    job.cpus = fields.value(u"NumCPUs"_s).toInt();
    job.workingDirectory = valueOf(fields.value(u"WorkDir"_s));
    exitStatus(job, fields.value(u"ExitCode"_s));
    outputFiles(job, valueOf(fields.value(u"StdOut"_s)), valueOf(fields.value(u"StdErr"_s)));
    return job;
}

QString sacctFields()
{
    return u"JobID,JobName,User,Account,Partition,State,Reason,ExitCode,Submit,Start,End,Timelimit,AllocCPUS,"
           "NodeList,WorkDir"_s;
}

Result<QList<BatchJob>> parseSacct(const QByteArray &text)
{
    QList<BatchJob> jobs;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList v = line.split(unit);
        if (v.size() < 15)
            return Error(Error::Kind::Protocol, tr("sacct answered a line the client cannot read."), line);
        BatchJob job;
        job.id = v[0].trimmed();
        static const QRegularExpression element(u"^(\\d+)_(\\d+)$"_s);
        if (const QRegularExpressionMatch m = element.match(job.id); m.hasMatch()) {
            job.arrayJobId = m.captured(1);
            job.arrayTaskId = m.captured(2);
        }
        job.name = v[1];
        job.user = v[2].trimmed();
        job.account = valueOf(v[3]);
        job.partition = v[4].trimmed();
        job.schedulerState = v[5].trimmed(); // "CANCELLED by 1000"
        job.reason = valueOf(v[6]);
        job.state = slurmJobState({job.schedulerState}, job.reason);
        exitStatus(job, v[7]);
        job.submitTime = parseTime(v[8]);
        job.startTime = parseTime(v[9]);
        if (isFinished(job.state))
            job.endTime = parseTime(v[10]);
        job.timeLimitMinutes = parseMinutes(v[11]);
        job.cpus = v[12].trimmed().toInt();
        job.nodes = valueOf(v[13]);
        if (job.nodes == u"None assigned"_s)
            job.nodes.clear();
        job.workingDirectory = valueOf(v[14]);
        jobs.append(job);
    }
    return jobs;
}

QString sinfoFormat()
{
    return u"%P"_s + unit + u"%a"_s + unit + u"%l"_s + unit + u"%D"_s + unit + u"%C"_s;
}

namespace {

// A count from one sinfo line added to the partition's: from a broken server (negative, or past an int in
// total: fuzz_slurm_text) it counts no more than an int.
void addCount(int &total, const QString &text)
{
    const qint64 more = qMax(0, text.trimmed().toInt());
    total = int(qMin<qint64>(qint64(total) + more, std::numeric_limits<int>::max()));
}

} // namespace

QList<Partition> parseSinfo(const QByteArray &text)
{
    QList<Partition> partitions;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList v = line.split(unit);
        if (v.size() < 5)
            continue;
        QString name = v[0].trimmed();
        const bool isDefault = name.endsWith(u'*');
        if (isDefault)
            name.chop(1);
        // a partition whose nodes differ comes on several lines: add them up
        Partition *p = nullptr;
        for (Partition &known : partitions)
            if (known.name == name)
                p = &known;
        if (!p) {
            partitions.append(Partition{});
            p = &partitions.last();
            p->name = name;
            p->isDefault = isDefault;
            p->state = v[1].trimmed().toUpper();
            p->maxTimeMinutes = parseMinutes(v[2]);
        }
        addCount(p->nodes, v[3]);
        addCount(p->cpus, v[4].trimmed().section(u'/', 3, 3)); // allocated/idle/other/total
    }
    return partitions;
}

} // namespace daas::jobs::SlurmSsh
