#include "jobs/SlurmRestProvider.h"

#include "jobs/SlurmRestDocuments.h"
#include "support/Logging.h"
#include "support/NetworkError.h"
#include "support/Redaction.h"
#include "support/TlsTrustStore.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

const QString slurm = u"Slurm"_s;

bool isAuthStatus(int status)
{
    // 401: no or unreadable credentials; 511: the token was refused (rest_auth/jwt, 24.11)
    return status == 401 || status == 511;
}

// Runs `completion` as the call's end, unless it was cancelled meanwhile.
void finishCall(const QPointer<BatchCall> &call, const std::function<void()> &completion)
{
    if (call)
        call->finish(completion);
}

} // namespace

SlurmRestProvider::SlurmRestProvider(Options options, SlurmTokenSource *tokens, QObject *parent)
    : BatchProvider(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(tokens)
{
    if (m_options.timeoutMs <= 0)
        m_options.timeoutMs = support::requestTimeoutMs();
    if (m_tokens)
        m_tokens->setParent(this);
    if (m_options.tlsTrust)
        m_options.tlsTrust->watch(m_network);
    m_version = m_options.version;
}

SlurmRestProvider::~SlurmRestProvider() = default;

QString SlurmRestProvider::schedulerName() const
{
    return slurm;
}

QString SlurmRestProvider::userName() const
{
    if (m_token.isValid())
        return m_token.user;
    return m_tokens ? m_tokens->userHint() : QString();
}

QUrl SlurmRestProvider::endpoint(const Exchange &exchange) const
{
    QUrl url = m_options.url;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (exchange.path.startsWith(u'/'))
        url.setPath(prefix + exchange.path);
    else
        url.setPath(prefix + u"/slurm/"_s + SlurmRest::versionName(m_version) + u'/' + exchange.path);
    url.setQuery(exchange.query);
    return url;
}

void SlurmRestProvider::withToken(QPointer<BatchCall> call, bool refresh,
                                  std::function<void(const Result<SlurmToken> &)> then)
{
    if (!refresh && m_token.isValid() && !m_token.hasExpired()) {
        then(m_token);
        return;
    }
    if (!m_tokens) {
        then(Error(Error::Kind::Authentication,
                   tr("There is no Slurm token to sign in to the cluster with.")));
        return;
    }
    if (call)
        call->setProgress(tr("Getting a token for the cluster…"));
    const std::function<void()> abandon =
        m_tokens->fetch(refresh, [this, call, then](const Result<SlurmToken> &token) {
            if (!call || call->isFinished())
                return;
            if (token) {
                m_token = *token;
                support::rememberSecret(m_token.token);
                // the service may not say when it expires; the token itself does
                if (!m_token.expires.isValid())
                    m_token.expires = slurmTokenFromJwt(m_token.token).expires;
            }
            then(token);
        });
    if (call)
        call->setAbort(abandon);
}

Error SlurmRestProvider::authenticationError(int status) const
{
    const QString detail = u"HTTP %1 from slurmrestd for user %2"_s.arg(status).arg(m_token.user);
    if (m_token.hasExpired() || slurmTokenFromJwt(m_token.token).hasExpired())
        return Error(Error::Kind::SessionExpired,
                     tr("Your token for the cluster has expired and no new one could be had. Sign in again."),
                     detail);
    return Error(Error::Kind::Authentication,
                 tr("The cluster did not accept your Slurm token. Sign in again, or get a new token with "
                    "\"scontrol token\" on the cluster."),
                 detail);
}

void SlurmRestProvider::transmit(QPointer<BatchCall> call, const Exchange &exchange, int refusedStatus,
                                 Handler handler)
{
    const bool retried = refusedStatus != 0;
    const QString refused = retried ? m_token.token : QString();
    withToken(call, retried, [=, this](const Result<SlurmToken> &token) {
        if (!token) {
            handler(token.error());
            return;
        }
        if (retried && token->token == refused) {
            // the same token again (one the user pasted): asking again cannot help
            handler(authenticationError(refusedStatus));
            return;
        }
        QNetworkRequest request(endpoint(exchange));
        request.setRawHeader("X-SLURM-USER-NAME", token->user.toUtf8());
        request.setRawHeader("X-SLURM-USER-TOKEN", token->token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!exchange.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = exchange.verb == "GET"
                                   ? m_network->get(request)
                                   : m_network->sendCustomRequest(request, exchange.verb, exchange.body);
        support::abortWhenSilent(reply, m_options.timeoutMs);
        const QPointer<QNetworkReply> guard(reply);
        if (call) {
            call->setProgress(tr("Waiting for Slurm…"));
            call->setAbort([guard] {
                if (guard)
                    guard->abort();
            });
        }
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            if (!call || call->isFinished())
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            qCDebug(lcJobs).noquote() << exchange.verb << endpoint(exchange).path() << status;
            if (const Error e = support::transportError(reply)) {
                handler(e);
                return;
            }
            if (isAuthStatus(status)) {
                if (retried)
                    handler(authenticationError(status));
                else
                    transmit(call, exchange, status, handler); // once more with a token fetched again
                return;
            }
            handler(Response{status, reply->readAll()});
        });
    });
}

void SlurmRestProvider::negotiate(QPointer<BatchCall> call, std::function<void(const Error &)> then)
{
    if (m_version) {
        then({});
        return;
    }
    transmit(call, Exchange{"GET", u"/openapi/v3"_s, {}, {}}, 0, [this, then](const Result<Response> &r) {
        if (!r) {
            then(r.error());
            return;
        }
        if (r->status != 200) {
            then(support::httpStatusError(r->status, slurm, u"GET /openapi/v3"_s));
            return;
        }
        const Result<QJsonObject> doc = SlurmRest::parseObject(r->body, tr("its API description"));
        if (!doc) {
            then(doc.error());
            return;
        }
        const int version = SlurmRest::chooseVersion(*doc);
        if (!version) {
            then(Error(Error::Kind::Unsupported,
                       tr("This cluster's Slurm REST API is a version this client does not speak (it speaks "
                          "v0.0.38 to v0.0.42)."),
                       u"no known /slurm/v0.0.N/ path in /openapi/v3"_s));
            return;
        }
        m_version = version;
        qCInfo(lcJobs) << "slurmrestd: using data parser" << SlurmRest::versionName(version);
        then({});
    });
}

void SlurmRestProvider::later(QPointer<BatchCall> call, std::function<void()> work)
{
    // answers always come later than the call that asked (never inside partitions(), submit(), …)
    QTimer::singleShot(0, this, [call, work = std::move(work)] {
        if (call && !call->isFinished())
            work();
    });
}

void SlurmRestProvider::send(QPointer<BatchCall> call, Exchange exchange, Handler handler)
{
    later(call, [=, this] {
        negotiate(call, [=, this](const Error &error) {
            if (error)
                handler(error);
            else
                transmit(call, exchange, 0, handler);
        });
    });
}

bool SlurmRestProvider::isRefusal(const Response &response) const
{
    if (response.status >= 400 || response.status < 200)
        return true;
    const Result<QJsonObject> doc = SlurmRest::parseObject(response.body, {});
    return doc && !SlurmRest::messages(*doc).errors.isEmpty();
}

Error SlurmRestProvider::refusal(const Response &response, const QString &sentence, Error::Kind kind) const
{
    const Result<QJsonObject> doc = SlurmRest::parseObject(response.body, {});
    const QStringList said = doc ? SlurmRest::messages(*doc).errors : QStringList();
    if (response.status == 404)
        kind = Error::Kind::NotFound;
    else if (response.status == 400 || response.status == 422)
        kind = Error::Kind::InvalidInput;
    else if (response.status == 502 || response.status == 504)
        kind = Error::Kind::Server;
    if (said.isEmpty() && response.status >= 400)
        return support::httpStatusError(response.status, slurm).prefixed(sentence);
    return Error(kind, sentence, u"HTTP %1: %2"_s.arg(response.status).arg(said.join(u"; "_s)))
        .withServerMessage(slurm, said.join(u"; "_s));
}

BatchCall *SlurmRestProvider::partitions(Callback<QList<Partition>> done)
{
    QPointer<BatchCall> call = BatchCall::start(this, done);
    send(call, Exchange{"GET", u"partitions/"_s, {}, {}}, [=, this](const Result<Response> &r) {
        finishCall(call, [&] {
            if (!r)
                done(r.error());
            else if (isRefusal(*r))
                done(refusal(*r, tr("Could not list the cluster's partitions.")));
            else
                done(SlurmRest::parsePartitions(r->body));
        });
    });
    return call;
}

QString SlurmRestProvider::requestDirectory(const JobRequest &request) const
{
    return request.workingDirectory.isEmpty() ? m_options.defaultWorkingDirectory : request.workingDirectory;
}

QString SlurmRestProvider::submissionPreview(const JobRequest &request) const
{
    JobRequest r = request;
    r.workingDirectory = requestDirectory(request);
    const Result<QJsonObject> body =
        SlurmRest::submitBody(r, m_version ? m_version : SlurmRest::newestKnownVersion);
    if (!body)
        return body.error().userText();
    // exactly what is POSTed to job/submit; the token travels in a header and is not part of it
    return QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Indented));
}

BatchCall *SlurmRestProvider::submit(const JobRequest &request, Callback<SubmittedJob> done)
{
    QPointer<BatchCall> call = BatchCall::start(this, done);
    JobRequest r = request;
    r.workingDirectory = requestDirectory(request);
    // checked before anything is sent: a request the body cannot carry is refused with its sentence
    if (const Result<QJsonObject> check = SlurmRest::submitBody(r, SlurmRest::newestKnownVersion); !check) {
        QTimer::singleShot(0, call,
                           [call, done, error = check.error()] { finishCall(call, [&] { done(error); }); });
        return call;
    }
    later(call, [=, this] {
        negotiate(call, [=, this](const Error &error) {
            if (error) {
                finishCall(call, [&] { done(error); });
                return;
            }
            const Result<QJsonObject> body = SlurmRest::submitBody(r, m_version);
            if (!body) {
                finishCall(call, [&] { done(body.error()); });
                return;
            }
            Exchange exchange{
                "POST", u"job/submit"_s, {}, QJsonDocument(*body).toJson(QJsonDocument::Compact)};
            transmit(call, exchange, 0, [=, this](const Result<Response> &resp) {
                finishCall(call, [&] {
                    if (!resp)
                        done(resp.error());
                    else if (isRefusal(*resp))
                        done(refusal(*resp, tr("Slurm did not accept the job."), Error::Kind::InvalidInput));
                    else
                        done(SlurmRest::parseSubmit(resp->body));
                });
            });
        });
    });
    return call;
}

BatchCall *SlurmRestProvider::listMine(Callback<JobListing> done)
{
    QPointer<BatchCall> call = BatchCall::start(this, done);
    listJobs(call, done, m_incremental && m_lastUpdate > 0);
    return call;
}

void SlurmRestProvider::listJobs(QPointer<BatchCall> call, Callback<JobListing> done, bool incremental)
{
    Exchange exchange{"GET", u"jobs/"_s, {}, {}};
    if (incremental)
        exchange.query.addQueryItem(u"update_time"_s, QString::number(m_lastUpdate));
    send(call, exchange, [=, this](const Result<Response> &r) {
        if (r && incremental && r->status == 422) {
            // v0.0.40 refuses update_time (422); list everything from now on
            qCInfo(lcJobs) << "slurmrestd refused update_time: listing without it";
            m_incremental = false;
            listJobs(call, done, false);
            return;
        }
        finishCall(call, [&] {
            if (!r) {
                done(r.error());
                return;
            }
            if (r->status == 304) { // nothing changed since update_time (RFC 7232 4.1)
                done(JobListing{m_listed, true});
                return;
            }
            if (isRefusal(*r)) {
                done(refusal(*r, tr("Could not list your jobs.")));
                return;
            }
            const Result<SlurmRest::JobsReply> reply = SlurmRest::parseJobs(r->body);
            if (!reply) {
                done(reply.error());
                return;
            }
            if (incremental && reply->unchanged) {
                done(JobListing{m_listed, true});
                return;
            }
            QList<BatchJob> mine;
            for (const BatchJob &job : reply->jobs)
                if (job.user == m_token.user)
                    mine.append(job);
            m_listed = mine;
            if (reply->lastUpdate > 0)
                m_lastUpdate = reply->lastUpdate;
            done(JobListing{mine, false});
        });
    });
}

BatchCall *SlurmRestProvider::details(const QString &id, Callback<BatchJob> done)
{
    QPointer<BatchCall> call = BatchCall::start(this, done);
    send(call, Exchange{"GET", u"job/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {}},
         [=, this](const Result<Response> &r) {
             finishCall(call, [&] {
                 if (!r) {
                     done(r.error());
                 } else if (r->status == 404 || (r->status == 500 && m_version < 39 && isRefusal(*r))) {
                     // v0.0.38 answers an unknown job with 500 + errors[]
                     done(refusal(*r,
                                  tr("Slurm does not know job %1. Finished jobs are forgotten a few minutes "
                                     "after they end.")
                                      .arg(id),
                                  Error::Kind::NotFound));
                 } else if (isRefusal(*r)) {
                     done(refusal(*r, tr("Could not read job %1.").arg(id)));
                 } else {
                     const Result<SlurmRest::JobsReply> reply = SlurmRest::parseJobs(r->body);
                     if (!reply) {
                         done(reply.error());
                         return;
                     }
                     for (const BatchJob &job : reply->jobs)
                         if (job.id == id) {
                             done(job);
                             return;
                         }
                     if (!reply->jobs.isEmpty()) {
                         done(reply->jobs.first());
                         return;
                     }
                     done(Error(Error::Kind::NotFound, tr("Slurm does not know job %1.").arg(id),
                                u"empty jobs[] for job/%1"_s.arg(id)));
                 }
             });
         });
    return call;
}

BatchCall *SlurmRestProvider::cancelJob(const QString &id, Done done)
{
    QPointer<BatchCall> call = BatchCall::start(this, done);
    send(call, Exchange{"DELETE", u"job/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {}},
         [=, this](const Result<Response> &r) {
             finishCall(call, [&] {
                 const QString sentence = tr("Could not cancel job %1.").arg(id);
                 if (!r) {
                     done(r.error());
                 } else if (isRefusal(*r)) {
                     done(refusal(*r, sentence));
                 } else {
                     const Result<QJsonObject> doc = SlurmRest::parseObject(r->body, tr("the cancelled job"));
                     if (!doc)
                         done(doc.error());
                     else if (const QString why = SlurmRest::cancelRefusal(*doc); !why.isEmpty())
                         done(Error(Error::Kind::Server, sentence).withServerMessage(slurm, why));
                     else
                         done(Error());
                 }
             });
         });
    return call;
}

BatchCall *SlurmRestProvider::setHeld(const QString &id, bool held, Done done)
{
    QPointer<BatchCall> call = BatchCall::start(this, done);
    later(call, [=, this] {
        negotiate(call, [=, this](const Error &error) {
            const Result<QJsonObject> body =
                error ? Result<QJsonObject>(error) : SlurmRest::holdBody(held, m_version);
            if (!body) {
                finishCall(call, [&] { done(body.error()); });
                return;
            }
            Exchange exchange{"POST",
                              u"job/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                              {},
                              QJsonDocument(*body).toJson(QJsonDocument::Compact)};
            transmit(call, exchange, 0, [=, this](const Result<Response> &r) {
                finishCall(call, [&] {
                    const QString sentence =
                        held ? tr("Could not hold job %1.").arg(id) : tr("Could not release job %1.").arg(id);
                    if (!r) {
                        done(r.error());
                        return;
                    }
                    if (isRefusal(*r)) {
                        done(refusal(*r, sentence));
                        return;
                    }
                    // slurm_update_job2's refusals come back as warnings of an HTTP 200 (jobs.c
                    // _job_post_update: "Job update resulted in non-zero return-code")
                    const Result<QJsonObject> doc = SlurmRest::parseObject(r->body, tr("the changed job"));
                    if (!doc) {
                        done(doc.error());
                        return;
                    }
                    for (const QString &w : SlurmRest::messages(*doc).warnings)
                        if (w.contains(u"non-zero return-code"_s)) {
                            done(Error(Error::Kind::Server, sentence).withServerMessage(slurm, w));
                            return;
                        }
                    done(Error());
                });
            });
        });
    });
    return call;
}

} // namespace daas::jobs
