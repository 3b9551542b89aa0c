#pragma once

#include "jobs/BatchProvider.h"
#include "jobs/SshConnection.h"

#include <chrono>

namespace daas::jobs {

// What the SSH back-ends (Slurm over SSH, LSF over SSH) share: their connection to the login node, the
// questions it asks (host key, passphrase) passed on as BatchProvider's, reading a job's output files over
// SSH, and calls made of one or more commands that a front end can cancel.
class SshBatchProvider : public BatchProvider
{
    Q_OBJECT
public:
    SshBatchProvider(const SshEndpoint &endpoint, const SshOptions &options, QObject *parent = nullptr);

    SshConnection *connection() const { return m_connection; }
    // The login user: the endpoint's, or the one the login node reported (`id -un`) once a call ran.
    QString userName() const override;

    // Reads with `tail -c +N | head -c M` and the size with `wc -c`; the path is quoted, so a hostile
    // name never becomes shell syntax.
    BatchCall *readFile(const QString &path, qint64 offset, qint64 maxBytes,
                        Callback<FileChunk> done) override;

    void answerHostKey(bool trust) override;
    void answerSecret(const std::optional<QString> &secret) override;

    // How long one command may take (default 60 s; submissions twice that).
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds commandTimeout() const { return m_timeout; }

protected:
    using Step = std::function<void(const Result<SshOutput> &)>;
    // Runs `then` once the login node has been asked, once per provider, who the user is and what
    // probeCommand() prints (the scheduler's version); `then` gets the error when that failed.
    void whenReady(BatchCall *call, std::function<void(const Error &)> then);
    virtual QString probeCommand() const { return {}; }
    virtual void probed(const QByteArray &output) { Q_UNUSED(output); }
    // Runs one command for `call`; `next` gets its result unless the call was cancelled meanwhile. The
    // call's abort cancels the command.
    void runStep(BatchCall *call, const QString &command, const QByteArray &input, Step next,
                 std::chrono::milliseconds timeout = {});
    // A call that fails with `error` on the next turn of the event loop (calls never answer inside the
    // function that started them).
    template<typename Done>
    BatchCall *failedCall(const Done &done, const Error &error)
    {
        auto *call = BatchCall::start(this, done);
        QTimer::singleShot(0, call, [call, done, error] { call->finish([&] { done(error); }); });
        return call;
    }
    // A call that is one command and its answer: `read` turns what the command said into the result.
    template<typename T>
    BatchCall *runAndRead(const Callback<T> &done, const QString &progress, const QString &command,
                          const QByteArray &input, std::function<Result<T>(const SshOutput &)> read,
                          std::chrono::milliseconds timeout = {})
    {
        auto *call = BatchCall::start(this, done);
        call->setProgress(progress);
        runStep(
            call, command, input,
            [call, done, read = std::move(read)](const Result<SshOutput> &result) {
                call->finish([&] { done(result ? read(*result) : Result<T>(result.error())); });
            },
            timeout);
        return call;
    }
    // A call about one job: refused before anything reaches the login node when `id` is not a job id,
    // else `start` runs it.
    template<typename Done>
    BatchCall *callForJob(const QString &id, const Done &done, const QString &progress,
                          const std::function<void(BatchCall *)> &start)
    {
        if (!isJobId(id))
            return failedCall(done, invalidJobId(id));
        auto *call = BatchCall::start(this, done);
        call->setProgress(progress);
        start(call);
        return call;
    }
    // How a scheduler answers a command about one job (cancel, hold, release).
    struct JobCommandWords
    {
        QString refusal;              // our sentence when it refuses
        QByteArrayList unknownMarks;  // its words for a job it does not know
        QByteArrayList nothingToDo{}; // its words for "already so" (a job that has ended): no error
    };
    // Runs `command` with the quoted job id after it and finishes `call`: done when the command says there
    // is nothing to do; a job it does not know is NotFound (unknownJob(), whatever its exit code); else done
    // when it exits 0 and a Conflict when not, with its own words after ours.
    void runJobCommand(BatchCall *call, const QString &command, const QString &id,
                       const JobCommandWords &words, const Done &done);
    // Job ids as the schedulers write them ("123", "123_4", "123[4]"); anything else is refused before it
    // reaches a command line.
    static bool isJobId(const QString &id);
    // "<scheduler> does not know job ID (any more)." in the scheduler's translated words
    virtual QString unknownJob(const QString &id) const = 0;
    Error invalidJobId(const QString &id) const;
    // The scheduler refused: its own words (standard error, else standard output) after our sentence.
    Error refused(const QString &what, const SshOutput &output, Error::Kind kind = Error::Kind::Server) const;

private:
    SshConnection *m_connection;
    QString m_learnedUser;
    bool m_ready = false;
    std::chrono::milliseconds m_timeout{60000};
};

} // namespace daas::jobs
