#include "jobs/LsfSshProvider.h"

#include "jobs/LsfParsers.h"
#include "support/Logging.h"

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

// English month names in bjobs' times, whatever the login node's locale
const QString bjobs = u"env LC_ALL=C bjobs"_s;

} // namespace

LsfSshProvider::LsfSshProvider(const SshEndpoint &endpoint, const SshOptions &options, QObject *parent)
    : SshBatchProvider(endpoint, options, parent)
{}

QString LsfSshProvider::schedulerName() const
{
    return u"LSF"_s;
}

BatchCall *LsfSshProvider::partitions(Callback<QList<Partition>> done)
{
    return runAndRead<QList<Partition>>(done, tr("Asking LSF for its queues…"), u"bqueues -w"_s, {},
                                        [this](const SshOutput &out) -> Result<QList<Partition>> {
                                            if (out.exitCode != 0)
                                                return refused(tr("LSF did not list its queues."), out);
                                            return Lsf::parseQueues(out.standardOutput);
                                        });
}

QString LsfSshProvider::submissionPreview(const JobRequest &request) const
{
    const Result<QString> s = Lsf::script(request);
    return s ? s.value() : u"# "_s + s.error().userText() + u'\n';
}

BatchCall *LsfSshProvider::submit(const JobRequest &request, Callback<SubmittedJob> done)
{
    const Result<QString> s = Lsf::script(request);
    if (!s)
        return failedCall(done, s.error());
    return runAndRead<SubmittedJob>(done, tr("Submitting the job to LSF…"), u"bsub"_s, s->toUtf8(),
                                    Lsf::parseSubmission, commandTimeout() * 2);
}

void LsfSshProvider::listJobs(BatchCall *call, const QString &id,
                              std::function<void(const Result<QList<BatchJob>> &)> done)
{
    const QString which = id.isEmpty() ? u"-a"_s : SshConnection::shellQuote(id);
    const auto wide = [this, call, which, done] {
        runStep(call, bjobs + u" -w -W "_s + which, {}, [this, done](const Result<SshOutput> &result) {
            if (!result) {
                done(result.error());
                return;
            }
            if (result->exitCode != 0 && result->standardOutput.trimmed().isEmpty()) {
                done(refused(tr("LSF did not list the jobs."), *result,
                             result->standardError.contains("not found") ? Error::Kind::NotFound
                                                                         : Error::Kind::Server));
                return;
            }
            done(Lsf::parseWide(result->standardOutput, QDateTime::currentDateTime()));
        });
    };
    if (!usesJson()) {
        wide();
        return;
    }
    const QString command =
        bjobs + u" -o "_s + SshConnection::shellQuote(Lsf::jsonFields()) + u" -json "_s + which;
    runStep(call, command, {}, [this, done, wide](const Result<SshOutput> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        const QByteArray out = result->standardOutput.trimmed();
        if (!out.startsWith('{')) {
            if (m_format == ListFormat::Json || (result->exitCode == 0 && !out.isEmpty())) {
                done(refused(tr("LSF did not list the jobs."), *result,
                             result->standardError.contains("not found") ? Error::Kind::NotFound
                                                                         : Error::Kind::Server));
                return;
            }
            // LSF before 10.1.0.2: no -json. From now on the wide columns.
            qCInfo(lcJobs) << "lsf: bjobs does not know -json; using bjobs -w -W";
            m_jsonRefused = true;
            wide();
            return;
        }
        done(Lsf::parseJson(out, QDateTime::currentDateTime()));
    });
}

BatchCall *LsfSshProvider::listMine(Callback<JobListing> done)
{
    auto *call = BatchCall::start(this, done);
    call->setProgress(tr("Asking LSF for your jobs…"));
    whenReady(call, [this, call, done](const Error &error) {
        if (error) {
            call->finish([&] { done(error); });
            return;
        }
        listJobs(call, {}, [call, done](const Result<QList<BatchJob>> &jobs) {
            call->finish([&] {
                if (!jobs)
                    done(jobs.error());
                else
                    done(JobListing{jobs.value(), false});
            });
        });
    });
    return call;
}

BatchCall *LsfSshProvider::details(const QString &id, Callback<BatchJob> done)
{
    return callForJob(id, done, tr("Asking LSF about job %1…").arg(id), [this, done, id](BatchCall *call) {
        listJobs(call, id, [this, call, done, id](const Result<QList<BatchJob>> &jobs) {
            call->finish([&] {
                if (!jobs)
                    done(jobs.error());
                else if (jobs->isEmpty())
                    done(Error(Error::Kind::NotFound, unknownJob(id)));
                else
                    done(jobs->first());
            });
        });
    });
}

QString LsfSshProvider::unknownJob(const QString &id) const
{
    return tr("LSF does not know job %1 (any more).").arg(id);
}

BatchCall *LsfSshProvider::cancelJob(const QString &id, Done done)
{
    return callForJob(id, done, tr("Cancelling job %1…").arg(id), [this, done, id](BatchCall *call) {
        // a job that has already finished needs no cancelling
        runJobCommand(
            call, u"bkill"_s, id,
            {tr("LSF did not cancel job %1.").arg(id), {"No matching job found"}, {"already finished"}},
            done);
    });
}

BatchCall *LsfSshProvider::setHeld(const QString &id, bool held, Done done)
{
    const QString progress = held ? tr("Holding job %1…").arg(id) : tr("Releasing job %1…").arg(id);
    return callForJob(id, done, progress, [this, done, id, held](BatchCall *call) {
        runJobCommand(
            call, held ? u"bstop"_s : u"bresume"_s, id,
            {held ? tr("LSF did not hold job %1.").arg(id) : tr("LSF did not release job %1.").arg(id),
             {"No matching job found", "not found"}},
            done);
    });
}

} // namespace daas::jobs
