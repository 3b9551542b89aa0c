#pragma once

#include "jobs/BatchJob.h"
#include "support/Error.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

namespace daas::jobs {

// One call to a scheduler in flight. It may take seconds (an SSH login, a busy controller), so a front end
// can show its progress and cancel it. The call's callback runs exactly once: with the result, or with
// Error::cancelled() after cancel(). The call deletes itself after the callback.
class BatchCall : public QObject
{
    Q_OBJECT
public:
    explicit BatchCall(QObject *parent = nullptr);
    ~BatchCall() override;

    // A call whose cancel() reports Error::cancelled() to `done` (a Callback<T> or a Done).
    template<typename Done>
    static BatchCall *start(QObject *parent, const Done &done)
    {
        auto *call = new BatchCall(parent);
        call->m_onCancel = [done] { done(Error::cancelled()); };
        return call;
    }

    void cancel();
    bool isFinished() const { return m_finished; }
    QString progressText() const { return m_progress; }

    // For back-ends. setAbort: how to stop the work (abort a reply, end a process); it runs inside cancel(),
    // after the call is marked finished, so whatever the abort makes the back-end report is ignored.
    // finish() runs the completion once (later calls are ignored), emits finished() and deletes the call.
    void setAbort(std::function<void()> abort) { m_abort = std::move(abort); }
    void setProgress(const QString &text);
    void finish(const std::function<void()> &completion);

Q_SIGNALS:
    void progress(const QString &text);
    void finished();

private:
    bool m_finished = false;
    QString m_progress;
    std::function<void()> m_abort;
    std::function<void()> m_onCancel;
};

// A batch scheduler for one user: Slurm over REST (slurmrestd), Slurm over SSH, LSF over SSH. Every call is
// asynchronous, returns its BatchCall and answers through its callback on the provider's thread. Errors are
// sentences a scientist can act on; where the scheduler explained a refusal, its words are in them
// (Error::withServerMessage).
class BatchProvider : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using Done = std::function<void(const Error &)>;

    using QObject::QObject;

    virtual QString schedulerName() const = 0; // "Slurm", "LSF": for messages
    virtual QString userName() const = 0;      // whose jobs these are on the cluster

    virtual BatchCall *partitions(Callback<QList<Partition>> done) = 0;
    virtual BatchCall *submit(const JobRequest &request, Callback<SubmittedJob> done) = 0;
    // Exactly what submit() would send for this request (the script with its directives, or the REST
    // body), for the New job preview.
    virtual QString submissionPreview(const JobRequest &request) const = 0;
    // The user's jobs that the scheduler still knows. Back-ends that can ask "what changed since" do so.
    virtual BatchCall *listMine(Callback<JobListing> done) = 0;
    virtual BatchCall *details(const QString &id, Callback<BatchJob> done) = 0;
    virtual BatchCall *cancelJob(const QString &id, Done done) = 0;
    virtual BatchCall *setHeld(const QString &id, bool held, Done done) = 0;

    // Reads up to maxBytes of a file on the cluster from `offset` (the live output of a job). Back-ends that
    // cannot reach the cluster's files (REST) answer Unsupported; the output is then read from the storage.
    struct FileChunk
    {
        QByteArray data;
        qint64 fileSize = -1; // the file's size when read; -1 when not known
    };
    virtual BatchCall *readFile(const QString &path, qint64 offset, qint64 maxBytes,
                                Callback<FileChunk> done);

    // A question the back-end needs answered before it can go on. Host keys (SSH): an unknown key is asked
    // with its fingerprint and answered with answerHostKey(); a changed key is refused, never asked. A secret
    // (an SSH password or key passphrase, a Slurm token): answered with answerSecret(), std::nullopt when
    // the user cancelled.
    virtual void answerHostKey(bool trust) { Q_UNUSED(trust); }
    virtual void answerSecret(const std::optional<QString> &secret) { Q_UNUSED(secret); }

Q_SIGNALS:
    void hostKeyDecisionNeeded(const QString &host, const QString &keyType, const QString &fingerprint);
    void secretNeeded(const QString &prompt, bool retry);
};

} // namespace daas::jobs
