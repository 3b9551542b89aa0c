#include "jobs/SlurmSshProvider.h"

#include "jobs/SlurmSshParsers.h"

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

const QByteArray scriptMarker = "@@daas-script@@\n";

} // namespace

SlurmSshProvider::SlurmSshProvider(const SshEndpoint &endpoint, const SshOptions &options, QObject *parent)
    : SshBatchProvider(endpoint, options, parent)
{}

QString SlurmSshProvider::schedulerName() const
{
    return u"Slurm"_s;
}

QString SlurmSshProvider::probeCommand() const
{
    return u"squeue --version"_s;
}

void SlurmSshProvider::probed(const QByteArray &output)
{
    m_version = SlurmSsh::parseVersion(output);
}

bool SlurmSshProvider::usesJson() const
{
    if (m_format != ListFormat::Auto)
        return m_format == ListFormat::Json;
    return SlurmSsh::listsJson(m_version);
}

BatchCall *SlurmSshProvider::partitions(Callback<QList<Partition>> done)
{
    return runAndRead<QList<Partition>>(done, tr("Asking Slurm for its partitions…"),
                                        u"sinfo -h -o "_s +
                                            SshConnection::shellQuote(SlurmSsh::sinfoFormat()),
                                        {}, [this](const SshOutput &out) -> Result<QList<Partition>> {
                                            if (out.exitCode != 0)
                                                return refused(tr("Slurm did not list its partitions."), out);
                                            return SlurmSsh::parseSinfo(out.standardOutput);
                                        });
}

QString SlurmSshProvider::submissionPreview(const JobRequest &request) const
{
    const Result<QString> s = SlurmSsh::script(request);
    return s ? s.value() : u"# "_s + s.error().userText() + u'\n';
}

BatchCall *SlurmSshProvider::submit(const JobRequest &request, Callback<SubmittedJob> done)
{
    const Result<QString> s = SlurmSsh::script(request);
    if (!s)
        return failedCall(done, s.error());
    // sbatch reads the script from standard input and runs it in the folder it was called in (the home
    // folder) unless the script says --chdir
    return runAndRead<SubmittedJob>(done, tr("Submitting the job to Slurm…"), u"sbatch --parsable"_s,
                                    s->toUtf8(), SlurmSsh::parseSubmission, commandTimeout() * 2);
}

BatchCall *SlurmSshProvider::listMine(Callback<JobListing> done)
{
    auto *call = BatchCall::start(this, done);
    call->setProgress(tr("Asking Slurm for your jobs…"));
    whenReady(call, [this, call, done](const Error &error) {
        if (error) {
            call->finish([&] { done(error); });
            return;
        }
        const bool json = usesJson();
        QString command = u"squeue --states=all "_s;
        command += SlurmSsh::knowsMe(m_version) || m_version.isNull()
                       ? u"--me"_s
                       : u"-u "_s + SshConnection::shellQuote(userName());
        command +=
            json ? u" --json"_s
                 : u" --noheader --noconvert -O "_s + SshConnection::shellQuote(SlurmSsh::fixedFields());
        runStep(call, command, {}, [this, call, done, json](const Result<SshOutput> &result) {
            call->finish([&] {
                if (!result) {
                    done(result.error());
                    return;
                }
                if (result->exitCode != 0) {
                    done(refused(tr("Slurm did not list your jobs."), *result));
                    return;
                }
                Result<QList<BatchJob>> jobs = json ? SlurmSsh::parseJson(result->standardOutput)
                                                    : SlurmSsh::parseFixed(result->standardOutput);
                if (!jobs) {
                    done(jobs.error());
                    return;
                }
                // only the user's, whatever a version's squeue --json made of --me
                const QString me = userName();
                QList<BatchJob> mine;
                for (const BatchJob &job : std::as_const(jobs.value()))
                    if (me.isEmpty() || job.user.isEmpty() || job.user == me)
                        mine.append(job);
                done(JobListing{mine, false});
            });
        });
    });
    return call;
}

BatchCall *SlurmSshProvider::details(const QString &id, Callback<BatchJob> done)
{
    return callForJob(id, done, tr("Asking Slurm about job %1…").arg(id), [this, done, id](BatchCall *call) {
        const QString quoted = SshConnection::shellQuote(id);
        // the job, then its script (when the controller still has it) after a marker line
        const QString command =
            u"scontrol show job -o %1 && { printf '%2'; scontrol write batch_script %1 - "
            "2>/dev/null; true; }"_s.arg(quoted, QString::fromLatin1(scriptMarker.trimmed() + "\\n"));
        runStep(call, command, {}, [this, call, done, id](const Result<SshOutput> &result) {
            if (!result) {
                call->finish([&] { done(result.error()); });
                return;
            }
            if (result->exitCode != 0) {
                // "slurm_load_jobs error: Invalid job id specified": ask the accounting
                if (result->standardError.contains("Invalid job id"))
                    fromAccounting(call, id, result->standardError, done);
                else
                    call->finish([&] { done(refused(tr("Slurm did not show job %1.").arg(id), *result)); });
                return;
            }
            const QByteArray &out = result->standardOutput;
            const qsizetype marker = out.indexOf(scriptMarker);
            Result<BatchJob> job = SlurmSsh::parseScontrolJob(marker < 0 ? out : out.left(marker));
            if (job && marker >= 0)
                job.value().script = QString::fromUtf8(out.mid(marker + scriptMarker.size()));
            call->finish([&] { done(job); });
        });
    });
}

void SlurmSshProvider::fromAccounting(BatchCall *call, const QString &id, const QByteArray &scontrolSaid,
                                      Callback<BatchJob> done)
{
    const QString command = u"sacct -X -n -P --delimiter="_s +
                            SshConnection::shellQuote(QString(QChar(0x1F))) + u" -o "_s +
                            SlurmSsh::sacctFields() + u" -j "_s + SshConnection::shellQuote(id);
    runStep(call, command, {}, [this, call, done, id, scontrolSaid](const Result<SshOutput> &result) {
        call->finish([&] {
            if (!result) {
                done(result.error());
                return;
            }
            const Error forgotten =
                Error(Error::Kind::NotFound, unknownJob(id))
                    .withServerMessage(u"Slurm"_s, QString::fromUtf8(scontrolSaid).trimmed());
            // "Slurm accounting storage is disabled": a cluster without slurmdbd keeps no history
            if (result->exitCode != 0) {
                done(forgotten.withDetail(QString::fromUtf8(result->standardError).trimmed()));
                return;
            }
            const Result<QList<BatchJob>> jobs = SlurmSsh::parseSacct(result->standardOutput);
            if (!jobs)
                done(jobs.error());
            else if (jobs->isEmpty())
                done(forgotten);
            else
                done(jobs->first());
        });
    });
}

QString SlurmSshProvider::unknownJob(const QString &id) const
{
    return tr("Slurm does not know job %1 (any more).").arg(id);
}

BatchCall *SlurmSshProvider::cancelJob(const QString &id, Done done)
{
    return callForJob(id, done, tr("Cancelling job %1…").arg(id), [this, done, id](BatchCall *call) {
        // a job that has already ended needs no cancelling; without -v, scancel says nothing of a job it
        // does not know (Slurm 24.11) and the user would hear that it was cancelled
        runJobCommand(call, u"scancel -v"_s, id,
                      {tr("Slurm did not cancel job %1.").arg(id),
                       {"Invalid job id"},
                       {"already completing or completed"}},
                      done);
    });
}

BatchCall *SlurmSshProvider::setHeld(const QString &id, bool held, Done done)
{
    const QString progress = held ? tr("Holding job %1…").arg(id) : tr("Releasing job %1…").arg(id);
    return callForJob(id, done, progress, [this, done, id, held](BatchCall *call) {
        runJobCommand(
            call, held ? u"scontrol hold"_s : u"scontrol release"_s, id,
            {held ? tr("Slurm did not hold job %1.").arg(id) : tr("Slurm did not release job %1.").arg(id),
             {"Invalid job id"}},
            done);
    });
}

} // namespace daas::jobs
