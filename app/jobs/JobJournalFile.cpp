#include "jobs/JobJournalFile.h"

#include "support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

const QString formatName = u"daas-job-journal"_s;

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Writes only what is set, so that a journal of a thousand jobs stays small.
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void put(QJsonObject &o, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(key, timeText(value));
}

// Reads typed fields of one object; the first bad field is remembered with its name.
class Fields
{
public:
    Fields(const QJsonObject &object, QString prefix)
        : m_o(object)
        , m_prefix(std::move(prefix))
    {}

    QString text(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, JobJournalFile::tr("must be text"));
        return v.toString();
    }

    QDateTime time(const QString &key)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!parsed.isValid())
            fail(key, JobJournalFile::tr("must be a date and time (ISO 8601)"));
        return parsed.toUTC();
    }

    qint64 number(const QString &key, qint64 fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            fail(key, JobJournalFile::tr("must be a whole number"));
        return v.toInteger(fallback);
    }

    bool flag(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, JobJournalFile::tr("must be true or false"));
        return v.toBool();
    }

    QStringList texts(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        QStringList list;
        if (!v.isArray()) {
            fail(key, JobJournalFile::tr("must be a list of texts"));
            return list;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fail(key, JobJournalFile::tr("must be a list of texts"));
            list << item.toString();
        }
        return list;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, JobJournalFile::tr("must be an object"));
        return v.toObject();
    }

    QString field(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix + u'.' + key; }

    void fail(const QString &key, const QString &why)
    {
        if (!m_error)
            m_error = Error(Error::Kind::InvalidInput, Error::labelled(field(key), why));
    }

    const Error &error() const { return m_error; }

private:
    const QJsonObject &m_o;
    QString m_prefix;
    Error m_error;
};

QJsonObject requestToJson(const JobRequest &r)
{
    QJsonObject o;
    put(o, u"name"_s, r.name);
    put(o, u"script"_s, r.script);
    put(o, u"partition"_s, r.partition);
    put(o, u"account"_s, r.account);
    put(o, u"workingDirectory"_s, r.workingDirectory);
    put(o, u"standardOutput"_s, r.standardOutput);
    put(o, u"standardError"_s, r.standardError);
    o.insert(u"nodes"_s, r.nodes);
    o.insert(u"cpus"_s, r.cpus);
    o.insert(u"memoryMb"_s, r.memoryMb);
    o.insert(u"timeLimitMinutes"_s, r.timeLimitMinutes);
    if (r.hold)
        o.insert(u"hold"_s, true);
    if (!r.environment.isEmpty())
        o.insert(u"environment"_s, QJsonArray::fromStringList(r.environment));
    return o;
}

JobRequest requestFromJson(Fields &f)
{
    JobRequest r;
    r.name = f.text(u"name"_s);
    r.script = f.text(u"script"_s);
    r.partition = f.text(u"partition"_s);
    r.account = f.text(u"account"_s);
    r.workingDirectory = f.text(u"workingDirectory"_s);
    r.standardOutput = f.text(u"standardOutput"_s);
    r.standardError = f.text(u"standardError"_s);
    r.nodes = int(f.number(u"nodes"_s, 1));
    r.cpus = int(f.number(u"cpus"_s, 1));
    r.memoryMb = f.number(u"memoryMb"_s, 0);
    r.timeLimitMinutes = int(f.number(u"timeLimitMinutes"_s, 0));
    r.hold = f.flag(u"hold"_s);
    r.environment = f.texts(u"environment"_s);
    return r;
}

// "<dir>/<name>.damaged-20250101-120000.json", not taken yet.
QString asideName(const QString &path, const QString &why)
{
    const QFileInfo info(path);
    const QString stem = info.absolutePath() + u'/' + info.completeBaseName() + u'.' + why + u'-' +
                         QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString candidate = stem + u".json"_s;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + u'-' + QString::number(n) + u".json"_s;
    return candidate;
}

} // namespace

QJsonObject JobJournalFile::toJson(const JournalEntry &entry)
{
    const BatchJob &j = entry.job;
    QJsonObject o;
    o.insert(u"id"_s, j.id);
    put(o, u"name"_s, j.name);
    put(o, u"user"_s, j.user);
    put(o, u"account"_s, j.account);
    put(o, u"partition"_s, j.partition);
    o.insert(u"state"_s, stateKey(j.state));
    put(o, u"schedulerState"_s, j.schedulerState);
    put(o, u"reason"_s, j.reason);
    put(o, u"nodes"_s, j.nodes);
    put(o, u"submitTime"_s, j.submitTime);
    put(o, u"startTime"_s, j.startTime);
    put(o, u"endTime"_s, j.endTime);
    if (j.timeLimitMinutes >= 0)
        o.insert(u"timeLimitMinutes"_s, j.timeLimitMinutes);
    if (j.exitCode)
        o.insert(u"exitCode"_s, *j.exitCode);
    if (j.signal != 0)
        o.insert(u"signal"_s, j.signal);
    if (j.cpus != 0)
        o.insert(u"cpus"_s, j.cpus);
    put(o, u"workingDirectory"_s, j.workingDirectory);
    put(o, u"standardOutputPattern"_s, j.standardOutputPattern);
    put(o, u"standardErrorPattern"_s, j.standardErrorPattern);
    put(o, u"standardOutput"_s, j.standardOutput);
    put(o, u"standardError"_s, j.standardError);
    put(o, u"arrayJobId"_s, j.arrayJobId);
    put(o, u"arrayTaskId"_s, j.arrayTaskId);
    // the submitted script is kept once, in the request
    if (!entry.submission || entry.submission->request.script != j.script)
        put(o, u"script"_s, j.script);
    put(o, u"firstSeen"_s, entry.firstSeen);
    put(o, u"lastSeen"_s, entry.lastSeen);
    if (entry.submission) {
        const JobSubmission &s = *entry.submission;
        QJsonObject so;
        put(so, u"submittedAt"_s, s.submittedAt);
        put(so, u"facility"_s, s.facilityId);
        put(so, u"clusterUser"_s, s.clusterUser);
        put(so, u"templateId"_s, s.templateId);
        if (!s.parameters.isEmpty()) {
            QJsonObject p;
            for (auto it = s.parameters.cbegin(); it != s.parameters.cend(); ++it)
                p.insert(it.key(), it.value());
            so.insert(u"parameters"_s, p);
        }
        so.insert(u"request"_s, requestToJson(s.request));
        o.insert(u"submission"_s, so);
    }
    return o;
}

Result<JournalEntry> JobJournalFile::fromJson(const QJsonObject &object)
{
    Fields f(object, {});
    JournalEntry e;
    BatchJob &j = e.job;
    j.id = f.text(u"id"_s);
    if (j.id.isEmpty())
        f.fail(u"id"_s, tr("is missing"));
    j.name = f.text(u"name"_s);
    j.user = f.text(u"user"_s);
    j.account = f.text(u"account"_s);
    j.partition = f.text(u"partition"_s);
    const QString state = f.text(u"state"_s);
    j.state = stateFromKey(state);
    if (j.state == JobState::Unknown && state != stateKey(JobState::Unknown))
        f.fail(u"state"_s, tr("“%1” is not a job state").arg(state));
    j.schedulerState = f.text(u"schedulerState"_s);
    j.reason = f.text(u"reason"_s);
    j.nodes = f.text(u"nodes"_s);
    j.submitTime = f.time(u"submitTime"_s);
    j.startTime = f.time(u"startTime"_s);
    j.endTime = f.time(u"endTime"_s);
    j.timeLimitMinutes = int(f.number(u"timeLimitMinutes"_s, -1));
    if (object.contains(u"exitCode"_s))
        j.exitCode = int(f.number(u"exitCode"_s, 0));
    j.signal = int(f.number(u"signal"_s, 0));
    j.cpus = int(f.number(u"cpus"_s, 0));
    j.workingDirectory = f.text(u"workingDirectory"_s);
    j.standardOutputPattern = f.text(u"standardOutputPattern"_s);
    j.standardErrorPattern = f.text(u"standardErrorPattern"_s);
    j.standardOutput = f.text(u"standardOutput"_s);
    j.standardError = f.text(u"standardError"_s);
    j.arrayJobId = f.text(u"arrayJobId"_s);
    j.arrayTaskId = f.text(u"arrayTaskId"_s);
    j.script = f.text(u"script"_s);
    e.firstSeen = f.time(u"firstSeen"_s);
    e.lastSeen = f.time(u"lastSeen"_s);
    if (object.contains(u"submission"_s)) {
        const QJsonObject so = f.object(u"submission"_s);
        Fields sf(so, u"submission"_s);
        JobSubmission s;
        s.submittedAt = sf.time(u"submittedAt"_s);
        s.facilityId = sf.text(u"facility"_s);
        s.clusterUser = sf.text(u"clusterUser"_s);
        s.templateId = sf.text(u"templateId"_s);
        const QJsonObject params = sf.object(u"parameters"_s);
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            if (!it.value().isString())
                sf.fail(u"parameters."_s + it.key(), tr("must be text"));
            s.parameters.insert(it.key(), it.value().toString());
        }
        const QJsonObject ro = sf.object(u"request"_s);
        Fields rf(ro, u"submission.request"_s);
        s.request = requestFromJson(rf);
        if (sf.error())
            return sf.error();
        if (rf.error())
            return rf.error();
        if (j.script.isEmpty())
            j.script = s.request.script;
        e.submission = s;
    }
    if (f.error())
        return f.error();
    return e;
}

QByteArray JobJournalFile::serialize(const QString &facilityId, const QString &clusterUser,
                                     const QList<JournalEntry> &entries)
{
    QJsonArray jobs;
    for (const JournalEntry &e : entries)
        jobs.append(toJson(e));
    const QJsonObject root{{u"format"_s, formatName},
                           {u"version"_s, version},
                           {u"facility"_s, facilityId},
                           {u"user"_s, clusterUser},
                           {u"jobs"_s, jobs}};
    // compact: a thousand jobs with their scripts are parsed again at every start
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

JobJournalFile::Contents JobJournalFile::read(const QString &path)
{
    Contents c;
    QFile f(path);
    if (!f.exists())
        return c;
    const QString shown = QDir::toNativeSeparators(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.writable = false;
        c.problem = Error(Error::Kind::Storage,
                          tr("The job history in %1 could not be read, so jobs of this session will not be "
                             "kept in it. Check the file's permissions.")
                              .arg(shown),
                          u"%1: %2"_s.arg(path, f.errorString()));
        return c;
    }
    QString damage;
    QJsonArray jobs;
    if (f.size() > maxSize) {
        damage = u"%1 bytes, more than a journal can be"_s.arg(f.size());
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        const QJsonObject root = doc.object();
        if (parseError.error != QJsonParseError::NoError)
            damage = u"JSON error at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        else if (!doc.isObject() || root.value(u"format"_s).toString() != formatName)
            damage = u"not a job journal (no \"format\": \"%1\")"_s.arg(formatName);
        else if (root.value(u"version"_s).toInt() > version) {
            // a newer client's journal: show nothing of it rather than lose what it knows
            c.writable = false;
            c.problem =
                Error(Error::Kind::Unsupported,
                      tr("The job history in %1 was written by a newer version of DAaaS Desktop. This "
                         "version leaves it as it is and does not keep this session's jobs in it.")
                          .arg(shown),
                      u"journal version %1"_s.arg(root.value(u"version"_s).toInt()));
            return c;
        } else if (!root.value(u"jobs"_s).isArray())
            damage = u"\"jobs\" is not a list"_s;
        else
            jobs = root.value(u"jobs"_s).toArray();
    }
    f.close();
    if (!damage.isEmpty()) {
        // never replaced silently: the damaged file stays beside the new one for the user (or us) to look at
        const QString aside = asideName(path, u"damaged"_s);
        if (!QFile::rename(path, aside)) {
            c.writable = false;
            c.problem =
                Error(Error::Kind::Storage,
                      tr("The job history in %1 is damaged and could not be moved aside, so jobs of this "
                         "session will not be kept in it.")
                          .arg(shown),
                      u"%1: %2; rename to %3 failed"_s.arg(path, damage, aside));
            return c;
        }
        c.keptAs = aside;
        c.problem =
            Error(Error::Kind::Storage,
                  tr("The job history was damaged (perhaps by a crash or a full disk) and could not be "
                     "read. It was kept as %1 and a new history was started.")
                      .arg(QDir::toNativeSeparators(aside)),
                  u"%1: %2"_s.arg(path, damage));
        qCWarning(lcJobs) << "job journal damaged:" << c.problem.detail() << "kept as" << aside;
        return c;
    }
    QStringList unreadable;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        Result<JournalEntry> e =
            jobs.at(i).isObject()
                ? fromJson(jobs.at(i).toObject())
                : Result<JournalEntry>(Error(Error::Kind::InvalidInput, tr("not an object")));
        if (e)
            c.entries.append(std::move(e).value());
        else
            unreadable << u"jobs[%1]: %2"_s.arg(i).arg(e.error().userText());
    }
    if (!unreadable.isEmpty()) {
        // the next save would drop them: keep the whole file as it was first
        const QString aside = asideName(path, u"unreadable"_s);
        const bool copied = QFile::copy(path, aside);
        c.writable = copied;
        c.keptAs = copied ? aside : QString();
        c.problem =
            Error(Error::Kind::Storage,
                  copied ? tr("%n job(s) of the job history could not be read and are left out. The file "
                              "as it was is kept as %1.",
                              nullptr, int(unreadable.size()))
                               .arg(QDir::toNativeSeparators(aside))
                         : tr("%n job(s) of the job history could not be read, and the file could not be "
                              "copied aside, so jobs of this session will not be kept in it.",
                              nullptr, int(unreadable.size())),
                  unreadable.join(u"; "_s));
        qCWarning(lcJobs) << "job journal:" << c.problem.detail();
    }
    return c;
}

Error JobJournalFile::write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(
            Error::Kind::Storage,
            tr("The job history could not be saved in %1. Check that the disk has space and that the "
               "folder can be written.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            u"%1: %2"_s.arg(path, f.errorString()));
    return {};
}

} // namespace daas::jobs
