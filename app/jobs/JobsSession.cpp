#include "jobs/JobsSession.h"

#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "support/Logging.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::jobs {

JobsSession::JobsSession(identity::Account *account, BatchProvider *provider, const QString &journalPath,
                         QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_provider(provider)
    , m_journalPath(journalPath)
    , m_timer(new QTimer(this))
{
    m_provider->setParent(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JobsSession::poll);
    load();
}

JobsSession::~JobsSession() = default;

QList<BatchJob> JobsSession::jobs() const
{
    QList<BatchJob> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.job);
    // newest first: by submit time, then by the scheduler's number
    std::sort(out.begin(), out.end(), [](const BatchJob &a, const BatchJob &b) {
        if (a.submitTime != b.submitTime)
            return a.submitTime > b.submitTime;
        const qlonglong ai = a.id.section(u'_', 0, 0).toLongLong(),
                        bi = b.id.section(u'_', 0, 0).toLongLong();
        return ai != bi ? ai > bi : a.id > b.id;
    });
    return out;
}

BatchJob JobsSession::job(const QString &id) const
{
    return m_entries.value(id).job;
}

std::optional<JobRequest> JobsSession::requestOf(const QString &id) const
{
    return m_entries.value(id).request;
}

QString JobsSession::templateOf(const QString &id) const
{
    return m_entries.value(id).templateId;
}

bool JobsSession::hasActiveJobs() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return !isFinished(e.job.state); });
}

void JobsSession::start()
{
    m_running = true;
    refresh();
}

void JobsSession::stop()
{
    m_running = false;
    m_timer->stop();
    if (m_listing)
        m_listing->cancel();
}

void JobsSession::setWatching(bool watching)
{
    if (m_watching == watching)
        return;
    m_watching = watching;
    // Coming back to the list: show fresh states at once rather than at the end of a long idle wait.
    if (watching && m_running && !m_listing &&
        (!m_lastRefresh.isValid() || m_lastRefresh.msecsTo(QDateTime::currentDateTimeUtc()) > 2000))
        refresh();
    else
        schedule();
}

void JobsSession::refresh()
{
    m_timer->stop();
    if (m_listing)
        return;
    poll();
}

int JobsSession::nextPollMs() const
{
    int interval = m_pollOptions.idleIntervalMs;
    if (hasActiveJobs())
        interval = m_watching ? m_pollOptions.activeIntervalMs : m_pollOptions.backgroundIntervalMs;
    if (m_failuresInARow > 0) {
        // back off after failures: a scheduler that is down is not asked every few seconds
        qint64 backoff = qint64(m_pollOptions.activeIntervalMs) << qMin(m_failuresInARow, 8);
        interval = int(qMin<qint64>(qMax<qint64>(interval, backoff), m_pollOptions.maxBackoffMs));
    }
    return interval;
}

void JobsSession::schedule()
{
    if (!m_running || m_listing)
        return;
    m_timer->start(nextPollMs());
}

void JobsSession::poll()
{
    if (m_listing)
        return;
    m_listing = m_provider->listMine([this](const Result<JobListing> &r) { onListed(r); });
    Q_EMIT refreshingChanged(true);
}

void JobsSession::onListed(const Result<JobListing> &listing)
{
    m_listing = nullptr;
    Q_EMIT refreshingChanged(false);
    if (!listing) {
        if (listing.error().kind() != Error::Kind::Cancelled) {
            ++m_failuresInARow;
            m_lastError = listing.error();
            qCWarning(lcJobs) << "listing jobs failed:" << listing.error();
            Q_EMIT refreshFailed(m_lastError);
        }
        schedule();
        return;
    }
    m_failuresInARow = 0;
    m_lastError = Error();
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    if (!listing->unchanged) {
        QSet<QString> listed;
        for (const BatchJob &job : listing->jobs) {
            listed.insert(job.id);
            upsert(job, true);
        }
        // A job the scheduler no longer lists ended while we were not looking: after MinJobAge Slurm forgets
        // finished jobs. Its last state stays; an unfinished one becomes Lost (we never saw how it ended).
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (listed.contains(it.key()) || isFinished(it->job.state))
                continue;
            it->job.state = JobState::Lost;
            Q_EMIT jobEnded(it->job);
        }
        save();
        Q_EMIT jobsChanged();
    }
    Q_EMIT refreshed();
    schedule();
}

void JobsSession::upsert(const BatchJob &job, bool fromScheduler)
{
    auto it = m_entries.find(job.id);
    if (it == m_entries.end()) {
        Entry e;
        e.job = job;
        if (fromScheduler)
            e.seen = QDateTime::currentDateTimeUtc();
        m_entries.insert(job.id, e);
        return;
    }
    const bool wasActive = !isFinished(it->job.state) && it->job.state != JobState::Unknown;
    const QString script = it->job.script;
    it->job = job;
    if (it->job.script.isEmpty())
        it->job.script = script; // the scheduler forgets scripts; the journal does not
    if (fromScheduler)
        it->seen = QDateTime::currentDateTimeUtc();
    if (wasActive && isFinished(job.state))
        Q_EMIT jobEnded(it->job);
}

BatchCall *JobsSession::submit(const JobRequest &request, const QString &templateId,
                               BatchProvider::Callback<SubmittedJob> done)
{
    return m_provider->submit(request, [this, request, templateId, done](const Result<SubmittedJob> &r) {
        if (r) {
            Entry e;
            e.job.id = r->id;
            e.job.name = request.name;
            e.job.user = m_provider->userName();
            e.job.partition = request.partition;
            e.job.state = request.hold ? JobState::Held : JobState::Queued;
            e.job.submitTime = QDateTime::currentDateTimeUtc();
            e.job.workingDirectory = request.workingDirectory;
            e.job.standardOutputPattern = request.standardOutput;
            e.job.standardErrorPattern = request.standardError;
            e.job.script = request.script;
            e.job.cpus = request.cpus;
            e.job.timeLimitMinutes = request.timeLimitMinutes > 0 ? request.timeLimitMinutes : -1;
            e.request = request;
            e.templateId = templateId;
            m_entries.insert(e.job.id, e);
            save();
            Q_EMIT jobsChanged();
            // see it queued, then follow it
            QTimer::singleShot(0, this, &JobsSession::refresh);
        }
        done(r);
    });
}

BatchCall *JobsSession::cancelJob(const QString &id, BatchProvider::Done done)
{
    return m_provider->cancelJob(id, [this, done](const Error &e) {
        done(e);
        if (!e)
            QTimer::singleShot(0, this, &JobsSession::refresh);
    });
}

BatchCall *JobsSession::setHeld(const QString &id, bool held, BatchProvider::Done done)
{
    return m_provider->setHeld(id, held, [this, done](const Error &e) {
        done(e);
        if (!e)
            QTimer::singleShot(0, this, &JobsSession::refresh);
    });
}

BatchCall *JobsSession::details(const QString &id, BatchProvider::Callback<BatchJob> done)
{
    return m_provider->details(id, [this, done](const Result<BatchJob> &r) {
        if (r) {
            upsert(r.value(), true);
            save();
            Q_EMIT jobsChanged();
        }
        done(r);
    });
}

void JobsSession::forget(const QString &id)
{
    if (!isFinished(m_entries.value(id).job.state))
        return;
    m_entries.remove(id);
    save();
    Q_EMIT jobsChanged();
}

QString JobsSession::storageMount() const
{
    QString mount = m_account ? m_account->profile().batchStorageMount : QString();
    if (mount.isEmpty())
        return {};
    if (mount.contains(u"{user}"_s)) {
        const QString user = m_account->serviceLogin().userName;
        if (user.isEmpty() || user.contains(u'/') || user == u".."_s)
            return {};
        mount.replace(u"{user}"_s, user);
    }
    while (mount.size() > 1 && mount.endsWith(u'/'))
        mount.chop(1);
    return mount;
}

QString JobsSession::storagePathFor(const QString &clusterPath) const
{
    const QString mount = storageMount();
    if (mount.isEmpty() || !clusterPath.startsWith(u'/'))
        return {};
    if (clusterPath == mount)
        return u"/"_s;
    if (!clusterPath.startsWith(mount + u'/'))
        return {};
    const QString rest = clusterPath.mid(mount.size());
    // never a path that climbs out of the storage
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(u".."_s))
        return {};
    return u"/"_s + parts.join(u'/');
}

QString JobsSession::clusterPathFor(const QString &storagePath) const
{
    const QString mount = storageMount();
    if (mount.isEmpty())
        return {};
    const QStringList parts = storagePath.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(u".."_s))
        return {};
    return parts.isEmpty() ? mount : mount + u'/' + parts.join(u'/');
}

QString JobsSession::defaultWorkingDirectory() const
{
    const QString mount = storageMount();
    return mount.isEmpty() ? QString() : mount + u"/jobs"_s;
}

void JobsSession::load()
{
    // the journal (JobJournal) is read here
}

void JobsSession::save()
{
    // the journal (JobJournal) is written here
}

} // namespace daas::jobs
