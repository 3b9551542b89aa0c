#pragma once

#include "jobs/SshBatchProvider.h"

#include <QVersionNumber>

namespace daas::jobs {

// Slurm through its commands on a login node over SSH: sbatch --parsable with the script on standard input
// (#SBATCH directives), squeue --json where the Slurm version has it (23.02 on) and a fixed format with
// 0x1F-separated fields otherwise (OOD's way), scontrol show job -o for details with sacct for a job the
// controller has forgotten, scancel, scontrol hold/release, sinfo for partitions. When Slurm refuses, its
// own words are in the error.
class SlurmSshProvider : public SshBatchProvider
{
    Q_OBJECT
public:
    enum class ListFormat {
        Auto, // --json where the version has it
        Json,
        Fixed,
    };

    SlurmSshProvider(const SshEndpoint &endpoint, const SshOptions &options = {}, QObject *parent = nullptr);

    void setListFormat(ListFormat format) { m_format = format; }
    // Known after the first call: squeue --version on the login node.
    QVersionNumber slurmVersion() const { return m_version; }

    QString schedulerName() const override;
    BatchCall *partitions(Callback<QList<Partition>> done) override;
    BatchCall *submit(const JobRequest &request, Callback<SubmittedJob> done) override;
    QString submissionPreview(const JobRequest &request) const override;
    BatchCall *listMine(Callback<JobListing> done) override;
    BatchCall *details(const QString &id, Callback<BatchJob> done) override;
    BatchCall *cancelJob(const QString &id, Done done) override;
    BatchCall *setHeld(const QString &id, bool held, Done done) override;

protected:
    QString probeCommand() const override;
    void probed(const QByteArray &output) override;

private:
    bool usesJson() const;
    QString unknownJob(const QString &id) const override;
    void fromAccounting(BatchCall *call, const QString &id, const QByteArray &scontrolSaid,
                        Callback<BatchJob> done);

    ListFormat m_format = ListFormat::Auto;
    QVersionNumber m_version;
};

} // namespace daas::jobs
