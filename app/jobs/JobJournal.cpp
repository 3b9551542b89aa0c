#include "jobs/JobJournal.h"

#include "jobs/JobJournalFile.h"
#include "support/Logging.h"
#include "support/Worker.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::jobs {

// Serialises writes of the worker and of saveNow(), so that an older journal never lands after a newer one.
struct JobJournal::Writer
{
    QMutex mutex;
    quint64 written = 0; // generation of the journal on disk

    Error write(const QString &path, quint64 generation, const QString &facilityId, const QString &user,
                const QList<JournalEntry> &entries)
    {
        QMutexLocker lock(&mutex);
        if (generation <= written)
            return {};
        const Error error = JobJournalFile::write(path, JobJournalFile::serialize(facilityId, user, entries));
        if (!error)
            written = generation;
        return error;
    }
};

namespace {

// Fields the scheduler did not fill keep what the journal knew: squeue does not give the script, a
// listing after a restart of slurmrestd may lack the submit time.
BatchJob mergedJob(const BatchJob &known, const BatchJob &fresh)
{
    BatchJob j = fresh;
    auto keep = [](QString &now, const QString &before) {
        if (now.isEmpty())
            now = before;
    };
    auto keepTime = [](QDateTime &now, const QDateTime &before) {
        if (!now.isValid())
            now = before;
    };
    keep(j.name, known.name);
    keep(j.user, known.user);
    keep(j.account, known.account);
    keep(j.partition, known.partition);
    keep(j.nodes, known.nodes);
    keepTime(j.submitTime, known.submitTime);
    keepTime(j.startTime, known.startTime);
    keepTime(j.endTime, known.endTime);
    if (j.timeLimitMinutes < 0)
        j.timeLimitMinutes = known.timeLimitMinutes;
    if (!j.exitCode)
        j.exitCode = known.exitCode;
    if (j.signal == 0)
        j.signal = known.signal;
    if (j.cpus == 0)
        j.cpus = known.cpus;
    keep(j.workingDirectory, known.workingDirectory);
    keep(j.standardOutputPattern, known.standardOutputPattern);
    keep(j.standardErrorPattern, known.standardErrorPattern);
    keep(j.standardOutput, known.standardOutput);
    keep(j.standardError, known.standardError);
    keep(j.arrayJobId, known.arrayJobId);
    keep(j.arrayTaskId, known.arrayTaskId);
    keep(j.script, known.script);
    return j;
}

bool sameJob(const BatchJob &a, const BatchJob &b)
{
    return a.id == b.id && a.name == b.name && a.user == b.user && a.account == b.account &&
           a.partition == b.partition && a.state == b.state && a.schedulerState == b.schedulerState &&
           a.reason == b.reason && a.nodes == b.nodes && a.submitTime == b.submitTime &&
           a.startTime == b.startTime && a.endTime == b.endTime && a.timeLimitMinutes == b.timeLimitMinutes &&
           a.exitCode == b.exitCode && a.signal == b.signal && a.cpus == b.cpus &&
           a.workingDirectory == b.workingDirectory && a.standardOutputPattern == b.standardOutputPattern &&
           a.standardErrorPattern == b.standardErrorPattern && a.standardOutput == b.standardOutput &&
           a.standardError == b.standardError && a.arrayJobId == b.arrayJobId &&
           a.arrayTaskId == b.arrayTaskId && a.script == b.script;
}

// How old a finished job is, for dropping the oldest first.
QDateTime ageOf(const JournalEntry &e)
{
    for (const QDateTime &t : {e.job.endTime, e.lastSeen, e.job.submitTime, e.firstSeen})
        if (t.isValid())
            return t;
    return {};
}

QDateTime newestKey(const JournalEntry &e)
{
    if (e.submission && e.submission->submittedAt.isValid())
        return e.submission->submittedAt;
    return e.job.submitTime.isValid() ? e.job.submitTime : e.firstSeen;
}

} // namespace

JobJournal::JobJournal(const QString &facilityId, const QString &clusterUser, QObject *parent)
    : QObject(parent)
    , m_facilityId(facilityId)
    , m_clusterUser(clusterUser)
    , m_path(defaultPath(facilityId, clusterUser))
    , m_writer(std::make_shared<Writer>())
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &JobJournal::saveOnWorker);
}

JobJournal::~JobJournal()
{
    if (hasUnsavedChanges())
        if (const Error e = saveNow())
            qCWarning(lcJobs) << "job journal not saved at exit:" << e.detail();
}

QString JobJournal::defaultPath(const QString &facilityId, const QString &clusterUser)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/jobs/%1-%2.json"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(facilityId)),
                                     QString::fromLatin1(QUrl::toPercentEncoding(clusterUser)));
}

void JobJournal::setPath(const QString &path)
{
    Q_ASSERT(m_load == LoadState::NotStarted);
    m_path = path;
}

void JobJournal::setFinishedLimit(int limit)
{
    m_finishedLimit = std::max(0, limit);
    if (isLoaded())
        enforceLimit();
}

void JobJournal::load()
{
    if (m_load != LoadState::NotStarted)
        return;
    m_load = LoadState::Loading;
    support::onWorker<JobJournalFile::Contents>(
        this, [path = m_path]() { return JobJournalFile::read(path); },
        [this](const JobJournalFile::Contents &contents) {
            for (const JournalEntry &e : contents.entries)
                m_entries.insert(e.job.id, e);
            m_loadProblem = contents.problem;
            m_writable = contents.writable;
            m_load = LoadState::Loaded;
            qCInfo(lcJobs) << "job journal" << m_path << "has" << m_entries.size() << "jobs";
            Q_EMIT loaded(m_loadProblem);
            // what was recorded while the file was read, in order
            const auto pending = std::exchange(m_pending, {});
            for (const auto &change : pending)
                change();
            enforceLimit();
        });
}

void JobJournal::whenLoaded(std::function<void()> change)
{
    if (isLoaded()) {
        change();
        return;
    }
    m_pending.append(std::move(change));
    load();
}

void JobJournal::recordSubmission(const SubmittedJob &submitted, const JobSubmission &submission)
{
    whenLoaded([this, submitted, submission] {
        JobSubmission s = submission;
        if (!s.submittedAt.isValid())
            s.submittedAt = QDateTime::currentDateTimeUtc();
        if (s.facilityId.isEmpty())
            s.facilityId = m_facilityId;
        if (s.clusterUser.isEmpty())
            s.clusterUser = m_clusterUser;
        JournalEntry &e = m_entries[submitted.id];
        const bool isNew = !e.job.isValid();
        if (isNew) {
            const JobRequest &r = s.request;
            e.job.id = submitted.id;
            e.job.name = r.name;
            e.job.user = s.clusterUser;
            e.job.account = r.account;
            e.job.partition = r.partition;
            e.job.state = r.hold ? JobState::Held : JobState::Queued;
            e.job.submitTime = s.submittedAt;
            e.job.timeLimitMinutes = r.timeLimitMinutes > 0 ? r.timeLimitMinutes : -1;
            e.job.cpus = r.cpus;
            e.job.workingDirectory = r.workingDirectory;
            e.job.standardOutputPattern = r.standardOutput;
            e.job.standardErrorPattern = r.standardError;
            e.firstSeen = s.submittedAt;
        }
        // a listing may have shown the job before submit() answered: keep what it said, add the request
        e.job.script = s.request.script;
        e.submission = s;
        changed(submitted.id);
        enforceLimit();
    });
}

void JobJournal::merge(const Result<JobListing> &listing, const QDateTime &askedAt)
{
    if (!listing) {
        qCInfo(lcJobs) << "listing failed, no job is judged lost:" << listing.error().detail();
        return;
    }
    whenLoaded([this, jobs = listing->jobs, askedAt] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSet<QString> listed;
        QSet<QString> listedArrays;
        for (const BatchJob &job : jobs) {
            if (!job.isValid())
                continue;
            listed.insert(job.id);
            if (!job.arrayJobId.isEmpty())
                listedArrays.insert(job.arrayJobId);
            upsert(job, now, true);
        }
        QStringList gone;
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            JournalEntry &e = it.value();
            if (listed.contains(it.key()) || e.isFinished() || listedArrays.contains(it.key()))
                continue;
            // recorded after the listing was asked for: it may simply not be in it yet
            if (askedAt.isValid() && e.firstSeen.isValid() && e.firstSeen > askedAt)
                continue;
            if (it.key().contains(u'[')) {
                // "1234_[5-10]": the array's tasks that had not started; they are listed on their own now
                gone << it.key();
                continue;
            }
            // an array job ends with its tasks: finished if every task the journal saw is
            QList<const JournalEntry *> tasks;
            for (const JournalEntry &t : std::as_const(m_entries))
                if (t.job.arrayJobId == it.key() && t.job.id != it.key())
                    tasks << &t;
            if (!tasks.isEmpty() && std::all_of(tasks.cbegin(), tasks.cend(),
                                                [](const JournalEntry *t) { return t->isFinished(); })) {
                const bool allCompleted =
                    std::all_of(tasks.cbegin(), tasks.cend(),
                                [](const JournalEntry *t) { return t->job.state == JobState::Completed; });
                setState(e, allCompleted ? JobState::Completed : JobState::Failed, {});
                continue;
            }
            setState(e, JobState::Lost, {});
        }
        for (const QString &id : std::as_const(gone)) {
            m_entries.remove(id);
            m_changed++;
            Q_EMIT entryRemoved(id);
        }
        if (!gone.isEmpty())
            scheduleSave();
        enforceLimit();
    });
}

void JobJournal::update(const BatchJob &job)
{
    if (!job.isValid())
        return;
    whenLoaded([this, job] {
        upsert(job, QDateTime::currentDateTimeUtc(), false);
        enforceLimit();
    });
}

void JobJournal::upsert(const BatchJob &job, const QDateTime &now, bool listed)
{
    auto it = m_entries.find(job.id);
    if (it == m_entries.end()) {
        JournalEntry e;
        e.job = job;
        e.firstSeen = now;
        if (listed)
            e.lastSeen = now;
        m_entries.insert(job.id, e);
        changed(job.id);
        return;
    }
    JournalEntry &e = it.value();
    // lastSeen alone is no reason to write the file at every poll; it goes with the next change
    if (listed)
        e.lastSeen = now;
    const BatchJob merged = mergedJob(e.job, job);
    if (sameJob(merged, e.job))
        return;
    const JobState before = e.job.state;
    e.job = merged;
    changed(job.id);
    if (!isFinished(before) && isFinished(merged.state))
        Q_EMIT jobEnded(e.job, before);
}

void JobJournal::setState(JournalEntry &entry, JobState state, const QString &reason)
{
    const JobState before = entry.job.state;
    if (before == state)
        return;
    entry.job.state = state;
    entry.job.reason = reason;
    changed(entry.job.id);
    if (!isFinished(before) && isFinished(state))
        Q_EMIT jobEnded(entry.job, before);
}

void JobJournal::enforceLimit()
{
    QList<std::pair<QDateTime, QString>> finished;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it.value().isFinished())
            finished.append({ageOf(it.value()), it.key()});
    if (finished.size() <= m_finishedLimit)
        return;
    // oldest first; an entry without any time counts as oldest
    std::sort(finished.begin(), finished.end());
    const qsizetype drop = finished.size() - m_finishedLimit;
    for (qsizetype i = 0; i < drop; ++i) {
        m_entries.remove(finished.at(i).second);
        Q_EMIT entryRemoved(finished.at(i).second);
    }
    m_changed++;
    scheduleSave();
}

void JobJournal::changed(const QString &id)
{
    m_changed++;
    Q_EMIT entryChanged(id);
    scheduleSave();
}

QList<JournalEntry> JobJournal::entries() const
{
    QList<JournalEntry> list = m_entries.values();
    std::sort(list.begin(), list.end(), [](const JournalEntry &a, const JournalEntry &b) {
        const QDateTime ta = newestKey(a);
        const QDateTime tb = newestKey(b);
        return ta != tb ? ta > tb : a.job.id > b.job.id;
    });
    return list;
}

std::optional<JournalEntry> JobJournal::entry(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return std::nullopt;
    return it.value();
}

void JobJournal::scheduleSave()
{
    if (isLoaded() && m_writable && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void JobJournal::saveOnWorker()
{
    if (!hasUnsavedChanges() || !m_writable)
        return;
    if (m_writing) {
        // one write at a time; the change is written after the one in flight
        m_saveTimer.start();
        return;
    }
    m_writing = true;
    const quint64 generation = m_changed;
    // the copy shares its strings with the journal (implicit sharing): cheap on this thread
    const QList<JournalEntry> snapshot = m_entries.values();
    support::onWorker<Error>(
        this,
        [writer = m_writer, path = m_path, generation, facility = m_facilityId, user = m_clusterUser,
         snapshot] { return writer->write(path, generation, facility, user, snapshot); },
        [this, generation](const Error &error) {
            m_writing = false;
            if (error) {
                qCWarning(lcJobs) << "job journal not saved:" << error.detail();
                Q_EMIT saveFailed(error);
                return; // tried again with the next change
            }
            m_savedGeneration = std::max(m_savedGeneration, generation);
            Q_EMIT saved();
            if (hasUnsavedChanges())
                m_saveTimer.start();
        });
}

Error JobJournal::saveNow()
{
    if (!isLoaded() || !m_writable || !hasUnsavedChanges())
        return {};
    m_saveTimer.stop();
    const quint64 generation = m_changed;
    const Error error = m_writer->write(m_path, generation, m_facilityId, m_clusterUser, m_entries.values());
    if (!error)
        m_savedGeneration = std::max(m_savedGeneration, generation);
    return error;
}

} // namespace daas::jobs
