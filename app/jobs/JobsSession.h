#pragma once

#include "jobs/BatchProvider.h"
#include "storage/StorageSession.h"
#include "support/Error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace daas::identity {
class Account;
}

namespace daas::jobs {

class JobJournal;
class OutputReader;
struct JobSubmission;

// The batch cluster for one signed-in user, as both front ends use it: the scheduler back-end the facility
// profile names, the list of the user's jobs (what the scheduler says, merged with what this client has seen
// and submitted, so finished jobs stay after the scheduler forgets them), polling that follows the jobs
// without hammering the scheduler, and the mapping between the cluster's paths and the persistent storage.
// The GUI's Jobs area and `daas jobs …` are thin layers on this.
class JobsSession : public QObject
{
    Q_OBJECT
public:
    struct PollOptions
    {
        int activeIntervalMs = 5000;      // jobs queued or running, and someone is looking
        int idleIntervalMs = 60000;       // nothing active, or nobody looking
        int backgroundIntervalMs = 30000; // jobs active, nobody looking (to say when one ends)
        int maxBackoffMs = 5 * 60000;     // after failures in a row
    };

    // The back-end the profile names ("batch": {"type": …}); Unsupported when the facility has no batch
    // section, InvalidInput when its section cannot be used.
    static Result<BatchProvider *> createProvider(identity::Account *account, QObject *parent = nullptr);

    // Takes ownership of `provider`. The journal lives in `journalPath` (empty: the app's data folder, per
    // facility and user).
    JobsSession(identity::Account *account, BatchProvider *provider, const QString &journalPath = {},
                QObject *parent = nullptr);
    ~JobsSession() override;

    identity::Account *account() const { return m_account; }
    BatchProvider *provider() const { return m_provider; }
    JobJournal *journal() const { return m_journal; }
    // The persistent storage, for output below the storage mount (not owned; may be null).
    void setStorage(storage::StorageSession *storage) { m_storage = storage; }
    storage::StorageSession *storage() const { return m_storage; }

    // Newest first.
    QList<BatchJob> jobs() const;
    BatchJob job(const QString &id) const;
    // What this client submitted for the job (for resubmit and "make template"), when it did.
    std::optional<JobSubmission> submissionOf(const QString &id) const;
    std::optional<JobRequest> requestOf(const QString &id) const;
    QString templateOf(const QString &id) const;

    // Polling. setWatching(true): the user is looking at the jobs, poll at the active interval while jobs are
    // queued or running. start() begins polling (the first listing at once).
    void setPollOptions(const PollOptions &options) { m_pollOptions = options; }
    void start();
    void stop();
    void setWatching(bool watching);
    void refresh(); // now (a listing already in flight is not doubled)
    bool isRefreshing() const { return bool(m_listing); }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    Error lastError() const { return m_lastError; }
    int nextPollMs() const;
    bool hasActiveJobs() const;

    BatchCall *submit(const JobRequest &request, const QString &templateId,
                      const QMap<QString, QString> &parameters, BatchProvider::Callback<SubmittedJob> done);
    BatchCall *cancelJob(const QString &id, BatchProvider::Done done);
    BatchCall *setHeld(const QString &id, bool held, BatchProvider::Done done);
    BatchCall *details(const QString &id, BatchProvider::Callback<BatchJob> done);
    // The reader of a job's standard output or error: over WebDAV when the file is below the storage mount,
    // else through the scheduler's back-end.
    Result<std::unique_ptr<OutputReader>> outputReader(const BatchJob &job, bool standardError) const;

    // The persistent storage as the cluster sees it (the profile's batch.storageMount, "{user}" filled in):
    // a path below it as a path of the user's storage ("/jobs/run1/out.txt"), else empty; and back.
    QString storageMount() const;
    // The profile's storage mount with "{user}" filled in, without trailing '/'; empty when there is none or
    // the user name cannot stand in a path.
    static QString resolvedStorageMount(const QString &mount, const QString &user);
    QString storagePathFor(const QString &clusterPath) const;
    QString clusterPathFor(const QString &storagePath) const;
    // Where a new job runs unless the user says otherwise: "jobs" in the storage where it is mounted.
    QString defaultWorkingDirectory() const;

Q_SIGNALS:
    void jobsChanged();
    // A job this client knew as queued or running is now finished (for a desktop notification).
    void jobEnded(const daas::jobs::BatchJob &job);
    void refreshed();
    void refreshFailed(const daas::Error &error);
    void refreshingChanged(bool refreshing);

private:
    BatchCall *submitNow(const JobRequest &request, const QString &templateId,
                         const QMap<QString, QString> &parameters,
                         BatchProvider::Callback<SubmittedJob> done);
    void poll();
    void schedule();
    void onListed(const Result<JobListing> &listing, const QDateTime &askedAt);
    void changedSoon();
    QString storageUser() const;

    identity::Account *m_account;
    BatchProvider *m_provider;
    JobJournal *m_journal;
    QPointer<storage::StorageSession> m_storage;
    PollOptions m_pollOptions;
    QTimer *m_timer;
    QTimer *m_changed;
    QPointer<BatchCall> m_listing;
    QDateTime m_lastRefresh;
    Error m_lastError;
    int m_failuresInARow = 0;
    QElapsedTimer m_listingTimer;
    qint64 m_lastListingMs = 0; // how long the scheduler took to answer the last listing
    bool m_watching = false;
    bool m_running = false;
};

} // namespace daas::jobs
