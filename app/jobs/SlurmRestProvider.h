#pragma once

#include "jobs/BatchProvider.h"
#include "jobs/SlurmTokenSource.h"

#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace daas::support {
class TlsTrustStore;
}

namespace daas::jobs {

// Slurm through slurmrestd (JWT in X-SLURM-USER-NAME / X-SLURM-USER-TOKEN). The data-parser version is chosen
// once from the paths the server's OpenAPI document lists (v0.0.42, then .41, .40, .39, .38); the token comes
// from a SlurmTokenSource and is fetched again once when slurmrestd refuses it (401, 511). Listing asks with
// update_time = the last listing's last_update, so an unchanged cluster costs one small answer; the list is
// the token user's jobs. Every request has a timeout (a Timeout error, never a cancel). Owns its one
// QNetworkAccessManager.
class SlurmRestProvider : public BatchProvider
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;          // slurmrestd, or a proxy in front of it (a path prefix is kept): http://host:6820
        int timeoutMs = 0; // 0: the settings' request timeout
        // Where a job runs when its request names no folder (the storage mount on the cluster, say); a
        // request with neither is refused with a sentence (slurmctld: ESLURM_MISSING_WORK_DIR).
        QString defaultWorkingDirectory;
        support::TlsTrustStore *tlsTrust = nullptr; // decides on untrusted certificates (https)
        int version = 0; // 0: ask the server; else this data-parser version (38–42)
    };

    // Takes `tokens` as its child.
    SlurmRestProvider(Options options, SlurmTokenSource *tokens, QObject *parent = nullptr);
    ~SlurmRestProvider() override;

    QString schedulerName() const override;
    QString userName() const override;
    int apiVersion() const { return m_version; } // 0 until the first call chose one

    BatchCall *partitions(Callback<QList<Partition>> done) override;
    BatchCall *submit(const JobRequest &request, Callback<SubmittedJob> done) override;
    QString submissionPreview(const JobRequest &request) const override;
    BatchCall *listMine(Callback<JobListing> done) override;
    BatchCall *details(const QString &id, Callback<BatchJob> done) override;
    BatchCall *cancelJob(const QString &id, Done done) override;
    BatchCall *setHeld(const QString &id, bool held, Done done) override;

private:
    struct Exchange
    {
        QByteArray verb; // GET, POST, DELETE
        QString path;    // below /slurm/vX/ ("jobs/"), or absolute from the base ("/openapi/v3")
        QUrlQuery query;
        QByteArray body;
    };
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    using Handler = std::function<void(const Result<Response> &)>;

    void later(QPointer<BatchCall> call, std::function<void()> work);
    void send(QPointer<BatchCall> call, Exchange exchange, Handler handler);
    void negotiate(QPointer<BatchCall> call, std::function<void(const Error &)> then);
    void withToken(QPointer<BatchCall> call, bool refresh,
                   std::function<void(const Result<SlurmToken> &)> then);
    // refusedStatus: 0, or the 401/511 of the first try (then the token is fetched again, once)
    void transmit(QPointer<BatchCall> call, const Exchange &exchange, int refusedStatus, Handler handler);
    QUrl endpoint(const Exchange &exchange) const;
    Error authenticationError(int status) const;
    // An answer that is an HTTP error or carries errors[]: the scheduler's words in our sentence.
    Error refusal(const Response &response, const QString &sentence,
                  Error::Kind kind = Error::Kind::Server) const;
    bool isRefusal(const Response &response) const;
    QString requestDirectory(const JobRequest &request) const;
    void listJobs(QPointer<BatchCall> call, Callback<JobListing> done, bool incremental);

    Options m_options;
    QNetworkAccessManager *m_network;
    SlurmTokenSource *m_tokens;
    SlurmToken m_token;
    int m_version = 0;
    // listMine's memory: the last list of the user's jobs and the last_update it was current at
    QList<BatchJob> m_listed;
    qint64 m_lastUpdate = 0;
    bool m_incremental = true; // false once the server refused update_time (422)
};

} // namespace daas::jobs
