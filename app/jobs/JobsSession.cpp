#include "jobs/JobsSession.h"

#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "jobs/JobJournal.h"
#include "jobs/OutputReader.h"
#include "storage/StorageSession.h"
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
    , m_timer(new QTimer(this))
    , m_changed(new QTimer(this))
{
    m_provider->setParent(this);
    // The journal is the person's: their facility login where there is one, else their cluster account.
    const QString facility = account ? account->profile().id : QString();
    QString user = account ? account->serviceLogin().userName : QString();
    if (user.isEmpty())
        user = provider->userName();
    m_journal = new JobJournal(facility, user, this);
    if (!journalPath.isEmpty())
        m_journal->setPath(journalPath);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JobsSession::poll);
    // a listing changes many entries at once: one jobsChanged() for all of them
    m_changed->setSingleShot(true);
    m_changed->setInterval(0);
    connect(m_changed, &QTimer::timeout, this, &JobsSession::jobsChanged);
    connect(m_journal, &JobJournal::entryChanged, this, &JobsSession::changedSoon);
    connect(m_journal, &JobJournal::entryRemoved, this, &JobsSession::changedSoon);
    connect(m_journal, &JobJournal::loaded, this, &JobsSession::changedSoon);
    connect(m_journal, &JobJournal::jobEnded, this,
            [this](const BatchJob &job, JobState) { Q_EMIT jobEnded(job); });
    m_journal->load();
}

JobsSession::~JobsSession() = default;

void JobsSession::changedSoon()
{
    m_changed->start();
}

QList<BatchJob> JobsSession::jobs() const
{
    QList<BatchJob> out;
    const QList<JournalEntry> entries = m_journal->entries();
    out.reserve(entries.size());
    for (const JournalEntry &e : entries)
        out.append(e.job);
    return out;
}

BatchJob JobsSession::job(const QString &id) const
{
    const std::optional<JournalEntry> e = m_journal->entry(id);
    return e ? e->job : BatchJob();
}

std::optional<JobSubmission> JobsSession::submissionOf(const QString &id) const
{
    const std::optional<JournalEntry> e = m_journal->entry(id);
    return e ? e->submission : std::nullopt;
}

std::optional<JobRequest> JobsSession::requestOf(const QString &id) const
{
    const std::optional<JobSubmission> s = submissionOf(id);
    return s ? std::optional<JobRequest>(s->request) : std::nullopt;
}

QString JobsSession::templateOf(const QString &id) const
{
    const std::optional<JobSubmission> s = submissionOf(id);
    return s ? s->templateId : QString();
}

bool JobsSession::hasActiveJobs() const
{
    const QList<JournalEntry> entries = m_journal->entries();
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const JournalEntry &e) { return !e.isFinished(); });
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
    // A scheduler that takes seconds to list the user's jobs (slurmrestd needed about 4 s for 1,000 queued
    // jobs in tests/bench/bench_jobs) is not kept busy by one client: at most a fifth of its time.
    interval = int(qMax<qint64>(interval, 5 * m_lastListingMs));
    if (m_failuresInARow > 0) {
        // back off after failures: a scheduler that is down is not asked every few seconds
        const qint64 backoff = qint64(m_pollOptions.activeIntervalMs) << qMin(m_failuresInARow, 8);
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
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    m_listingTimer.start();
    m_listing = m_provider->listMine([this, askedAt](const Result<JobListing> &r) { onListed(r, askedAt); });
    Q_EMIT refreshingChanged(true);
}

void JobsSession::onListed(const Result<JobListing> &listing, const QDateTime &askedAt)
{
    m_listing = nullptr;
    m_lastListingMs = m_listingTimer.elapsed();
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
    m_journal->merge(listing, askedAt);
    Q_EMIT refreshed();
    schedule();
}

BatchCall *JobsSession::submit(const JobRequest &request, const QString &templateId,
                               const QMap<QString, QString> &parameters,
                               BatchProvider::Callback<SubmittedJob> done)
{
    // A working folder in the storage that is not there yet is made first: Slurm would start the job, fail
    // to enter it and report only "failed".
    const QString folder = m_storage ? storagePathFor(request.workingDirectory) : QString();
    if (folder.isEmpty() || folder == u"/"_s)
        return submitNow(request, templateId, parameters, std::move(done));
    auto *call = BatchCall::start(this, done);
    call->setProgress(tr("Making the working folder %1 in your storage…").arg(folder));
    QPointer<BatchCall> guard(call);
    m_storage->makePath(folder, call, [this, guard, request, templateId, parameters, done](const Error &e) {
        if (!guard)
            return;
        if (e) {
            guard->finish([&] { done(e.prefixed(tr("The job's working folder could not be made"))); });
            return;
        }
        guard->setProgress(tr("Submitting…"));
        BatchCall *inner =
            submitNow(request, templateId, parameters, [guard, done](const Result<SubmittedJob> &r) {
                if (guard)
                    guard->finish([&] { done(r); });
            });
        QPointer<BatchCall> innerGuard(inner);
        guard->setAbort([innerGuard] {
            if (innerGuard)
                innerGuard->cancel();
        });
    });
    return call;
}

BatchCall *JobsSession::submitNow(const JobRequest &request, const QString &templateId,
                                  const QMap<QString, QString> &parameters,
                                  BatchProvider::Callback<SubmittedJob> done)
{
    return m_provider->submit(request,
                              [this, request, templateId, parameters, done](const Result<SubmittedJob> &r) {
                                  if (r) {
                                      JobSubmission submission;
                                      submission.request = request;
                                      submission.templateId = templateId;
                                      submission.parameters = parameters;
                                      submission.submittedAt = QDateTime::currentDateTimeUtc();
                                      submission.facilityId = m_journal->facilityId();
                                      submission.clusterUser = m_provider->userName();
                                      m_journal->recordSubmission(r.value(), submission);
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
        if (r)
            m_journal->update(r.value());
        done(r);
    });
}

QString JobsSession::storageUser() const
{
    return m_storage ? m_storage->owner() : storage::StorageSession::storeOwner(m_account);
}

Result<std::unique_ptr<OutputReader>> JobsSession::outputReader(const BatchJob &job, bool standardError) const
{
    const QString path = standardError ? job.standardError : job.standardOutput;
    if (path.isEmpty())
        return Error(Error::Kind::NotFound, tr("The scheduler has not said where this job's output goes."));
    return makeOutputReader(path, m_account ? m_account->profile().batchStorageMount : QString(),
                            storageUser(), m_storage ? m_storage->client() : nullptr, m_provider);
}

QString JobsSession::storageMount() const
{
    return m_account ? resolvedStorageMount(m_account->profile().batchStorageMount, storageUser())
                     : QString();
}

QString JobsSession::resolvedStorageMount(const QString &mount, const QString &user)
{
    if (mount.isEmpty())
        return {};
    QString resolved = mount;
    if (mount.contains(u"{user}"_s)) {
        if (user.isEmpty() || user.contains(u'/') || user == u".."_s || user == u"."_s)
            return {};
        resolved.replace(u"{user}"_s, user);
    }
    while (resolved.size() > 1 && resolved.endsWith(u'/'))
        resolved.chop(1);
    return resolved;
}

QString JobsSession::storagePathFor(const QString &clusterPath) const
{
    const QString mount = m_account ? m_account->profile().batchStorageMount : QString();
    if (mount.isEmpty() || clusterPath.isEmpty())
        return {};
    if (OutputLocation::isMount(clusterPath, storageMount()))
        return u"/"_s;
    const Result<OutputLocation> location = OutputLocation::of(clusterPath, mount, storageUser());
    if (!location || !location->onStorage)
        return {};
    return location->path.startsWith(u'/') ? location->path : u'/' + location->path;
}

QString JobsSession::clusterPathFor(const QString &storagePath) const
{
    const QString mount = storageMount();
    if (mount.isEmpty())
        return {};
    const QStringList parts = storagePath.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(u".."_s) || parts.contains(u"."_s))
        return {};
    return parts.isEmpty() ? mount : mount + u'/' + parts.join(u'/');
}

QString JobsSession::defaultWorkingDirectory() const
{
    const QString mount = storageMount();
    return mount.isEmpty() ? QString() : mount + u"/jobs"_s;
}

} // namespace daas::jobs
