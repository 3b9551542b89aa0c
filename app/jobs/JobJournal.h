#pragma once

#include "jobs/BatchJob.h"
#include "support/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace daas::jobs {

// What was submitted from this client: the request, and where it came from.
struct JobSubmission
{
    JobRequest request;
    QString templateId;                // "bundled/shell", "user/my-reduction"; empty: the user's own script
    QMap<QString, QString> parameters; // the template's values as the user gave them
    QDateTime submittedAt;             // UTC
    QString facilityId;
    QString clusterUser;
};

// One job as the journal keeps it: the last that was known of it, long after the scheduler forgot it.
struct JournalEntry
{
    BatchJob job;
    std::optional<JobSubmission> submission; // for jobs submitted from this client
    QDateTime firstSeen;                     // UTC: when the journal first had it
    QDateTime lastSeen;                      // UTC: when a listing last had it; invalid when never listed

    bool isFinished() const { return jobs::isFinished(job.state); }
};

// The jobs of one user on one facility's cluster, as far as this client knows them: every job submitted from
// here (with its request) and every job seen in a listing, merged with what the scheduler says, and kept in a
// JSON file (one per facility and user) so that history, scripts and output paths survive restarts and
// crashes and outlive the scheduler's memory (Slurm forgets a job MinJobAge, 300 s, after it ended).
//
// The file is read on a worker thread; record and merge calls made before it is read are applied after it,
// in order. Changes are saved a moment later (coalescing bursts) by a worker thread that writes the whole
// journal with QSaveFile, so the file on disk is always either the old or the new journal. A damaged file is
// reported and kept aside under another name, never silently replaced. Finished jobs beyond a limit are
// dropped, oldest first; unfinished jobs are always kept.
class JobJournal : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultFinishedLimit = 2000;

    JobJournal(const QString &facilityId, const QString &clusterUser, QObject *parent = nullptr);
    // Writes what is not saved yet (on this thread: a quitting client must not lose its last jobs).
    ~JobJournal() override;

    // AppDataLocation/jobs/<facility>-<user>.json (both percent-encoded).
    static QString defaultPath(const QString &facilityId, const QString &clusterUser);
    // Before the journal is read (tests, the CLI's --journal).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    QString facilityId() const { return m_facilityId; }
    QString clusterUser() const { return m_clusterUser; }
    void setFinishedLimit(int limit);
    int finishedLimit() const { return m_finishedLimit; }
    // How long a change waits for more before it is written (default 300 ms).
    void setSaveDelay(int ms) { m_saveTimer.setInterval(ms); }

    // Reads the file on a worker thread, then emits loaded(). The first record or merge starts it too.
    void load();
    bool isLoaded() const { return m_load == LoadState::Loaded; }
    // What went wrong while reading (a damaged file kept aside, an unreadable one), else Error().
    Error loadProblem() const { return m_loadProblem; }

    // A job submitted from this client (its state: queued, or held when the request asked for it).
    void recordSubmission(const SubmittedJob &submitted, const JobSubmission &submission);
    // The answer to BatchProvider::listMine(), asked at `askedAt`. A complete listing updates the jobs it
    // lists and turns unfinished jobs it no longer lists into JobState::Lost (array jobs: finished when all
    // their tasks are). A failed listing changes nothing: an error says nothing about which jobs exist. Jobs
    // recorded after `askedAt` are not judged by this listing (they may have been submitted while it ran).
    void merge(const Result<JobListing> &listing, const QDateTime &askedAt);
    // What the scheduler says of one job (BatchProvider::details()); other jobs are not touched.
    void update(const BatchJob &job);

    // Newest first (by submit time, else first seen).
    QList<JournalEntry> entries() const;
    std::optional<JournalEntry> entry(const QString &id) const;
    qsizetype size() const { return m_entries.size(); }

    // Writes the journal now, on this thread (the CLI before it exits, tests). Error() when there was
    // nothing to write.
    Error saveNow();
    bool hasUnsavedChanges() const { return m_changed > m_savedGeneration; }

Q_SIGNALS:
    void loaded(const daas::Error &problem);
    void entryChanged(const QString &id); // added or changed
    void entryRemoved(const QString &id); // dropped beyond the limit of finished jobs
    // A job that was not finished is now: the GUI tells the user. `previous` is the state it had.
    void jobEnded(const daas::jobs::BatchJob &job, daas::jobs::JobState previous);
    void saved();
    void saveFailed(const daas::Error &error);

private:
    enum class LoadState { NotStarted, Loading, Loaded };
    struct Writer;

    void whenLoaded(std::function<void()> change);
    void upsert(const BatchJob &job, const QDateTime &now, bool listed);
    void setState(JournalEntry &entry, JobState state, const QString &reason);
    void enforceLimit();
    void changed(const QString &id);
    void scheduleSave();
    void saveOnWorker();

    QString m_facilityId;
    QString m_clusterUser;
    QString m_path;
    int m_finishedLimit = defaultFinishedLimit;
    QHash<QString, JournalEntry> m_entries;
    LoadState m_load = LoadState::NotStarted;
    Error m_loadProblem;
    bool m_writable = true; // false when the file could neither be read nor kept aside
    QList<std::function<void()>> m_pending;
    QTimer m_saveTimer;
    quint64 m_changed = 0;         // generation of the last change
    quint64 m_savedGeneration = 0; // generation on disk (or being written)
    bool m_writing = false;
    std::shared_ptr<Writer> m_writer;
};

} // namespace daas::jobs
