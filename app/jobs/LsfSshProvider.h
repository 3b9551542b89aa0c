#pragma once

#include "jobs/SshBatchProvider.h"

namespace daas::jobs {

// IBM Spectrum LSF through its commands on a login node over SSH (what OOD's LSF adapter does): bsub with
// the script on standard input (#BSUB directives), bjobs -o … -json (LSF 10.1.0.2 and later) with a fall
// back to the wide columns of bjobs -a -w -W when the cluster's bjobs does not know -json, bkill, bstop and
// bresume for hold and release, bqueues for the queues.
class LsfSshProvider : public SshBatchProvider
{
    Q_OBJECT
public:
    enum class ListFormat {
        Auto, // -json, and the wide columns from the first time bjobs refuses it
        Json,
        Wide,
    };

    LsfSshProvider(const SshEndpoint &endpoint, const SshOptions &options = {}, QObject *parent = nullptr);

    void setListFormat(ListFormat format) { m_format = format; }
    // Whether listings use -json (false once bjobs refused it).
    bool usesJson() const { return m_format != ListFormat::Wide && !m_jsonRefused; }

    QString schedulerName() const override;
    BatchCall *partitions(Callback<QList<Partition>> done) override;
    BatchCall *submit(const JobRequest &request, Callback<SubmittedJob> done) override;
    QString submissionPreview(const JobRequest &request) const override;
    BatchCall *listMine(Callback<JobListing> done) override;
    BatchCall *details(const QString &id, Callback<BatchJob> done) override;
    BatchCall *cancelJob(const QString &id, Done done) override;
    BatchCall *setHeld(const QString &id, bool held, Done done) override;

private:
    // bjobs for `id` (empty: all of the user's, finished ones too) in the best format the cluster has.
    void listJobs(BatchCall *call, const QString &id,
                  std::function<void(const Result<QList<BatchJob>> &)> done);
    QString unknownJob(const QString &id) const override;

    ListFormat m_format = ListFormat::Auto;
    bool m_jsonRefused = false;
};

} // namespace daas::jobs
