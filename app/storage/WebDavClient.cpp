#include "storage/WebDavClient.h"
#include "support/Redaction.h"

#include "storage/DavPath.h"
#include "storage/StorageCredentials.h"
#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace daas::storage {

namespace {

const QByteArray propfindBody =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<D:propfind xmlns:D=\"DAV:\"><D:prop>"
    "<D:resourcetype/><D:getcontentlength/><D:getlastmodified/><D:getetag/><D:getcontenttype/>"
    "<D:displayname/><D:quota-available-bytes/><D:quota-used-bytes/>"
    "</D:prop></D:propfind>\n";

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString verbOf(DavOperation op)
{
    switch (op) {
    case DavOperation::Probe:
        return QStringLiteral("probe");
    case DavOperation::List:
        return QStringLiteral("PROPFIND 1");
    case DavOperation::Stat:
        return QStringLiteral("PROPFIND 0");
    case DavOperation::Download:
        return QStringLiteral("GET");
    case DavOperation::Upload:
        return QStringLiteral("PUT");
    case DavOperation::MakeFolder:
        return QStringLiteral("MKCOL");
    case DavOperation::Delete:
        return QStringLiteral("DELETE");
    case DavOperation::Move:
        return QStringLiteral("MOVE");
    case DavOperation::Copy:
        return QStringLiteral("COPY");
    }
    return {};
}

} // namespace

bool DavCapabilities::allows(const QString &method) const
{
    // a server that sent no Allow header gets the benefit of the doubt
    return allowedMethods.isEmpty() || allowedMethods.contains(method, Qt::CaseInsensitive);
}

QString DavCapabilities::summary() const
{
    if (!probed)
        return QStringLiteral("not probed");
    QStringList yes;
    QStringList no;
    (locking ? yes : no) << QStringLiteral("locking");
    (etagsInListing ? yes : no) << QStringLiteral("ETags in listings");
    (ifMatchEnforced ? yes : no) << QStringLiteral("If-Match");
    (createOnlyEnforced ? yes : no) << QStringLiteral("If-None-Match");
    (partialPut ? yes : no) << QStringLiteral("partial PUT");
    return QStringLiteral("%1 (DAV %2): supports %3; lacks %4")
        .arg(server.isEmpty() ? QStringLiteral("server") : server, davClasses.join(QLatin1Char(',')),
             yes.isEmpty() ? QStringLiteral("nothing extra") : yes.join(QLatin1String(", ")),
             no.isEmpty() ? QStringLiteral("nothing") : no.join(QLatin1String(", ")));
}

// ---------------------------------------------------------------------------------------------------------

DavJob::DavJob(WebDavClient *client, DavOperation op, QByteArray verb, QUrl url, QString path,
               QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_op(op)
    , m_verb(std::move(verb))
    , m_url(std::move(url))
    , m_path(std::move(path))
    , m_body(std::move(body))
{}

QList<MultistatusParser::Refused> DavJob::refused() const
{
    return m_parser ? m_parser->refused() : QList<MultistatusParser::Refused>();
}

void DavJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void DavJob::send()
{
    QNetworkRequest rq = m_client->request(m_url);
    for (const auto &[name, value] : std::as_const(m_headers))
        rq.setRawHeader(name, value);
    if (!m_body.isEmpty())
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/xml; charset=utf-8"));
    if (m_verb == "PROPFIND")
        m_parser = std::make_unique<MultistatusParser>(m_client->root(), m_url, m_path);
    m_reply = m_client->send(m_verb, rq, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &DavJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DavJob::onFinished);
}

void DavJob::onReadyRead()
{
    if (!m_parser || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 207)
        return;
    m_parser->addData(m_reply->readAll());
    QList<DavResource> more = m_parser->takeChildren();
    if (!more.isEmpty()) {
        m_children += more;
        Q_EMIT childrenArrived(more);
    }
}

void DavJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 401 && !m_renewed && !m_aborted) {
        m_renewed = true;
        qCInfo(lcDav) << m_verb << m_url.path() << "got 401, renewing credentials";
        m_client->renewCredentials(this, reply->request().rawHeader("Authorization"),
                                   [this](const Error &error) {
                                       if (error) {
                                           m_error = error;
                                           Q_EMIT finished();
                                           deleteLater();
                                           return;
                                       }
                                       m_children.clear();
                                       send();
                                   });
        return;
    }
    m_error = m_aborted ? Error::cancelled() : WebDavClient::errorFor(reply, m_op, davpath::nameOf(m_path));
    if (!m_error && m_parser) {
        if (m_status != 207) {
            m_error =
                Error(Error::Kind::Protocol, tr("The storage server did not answer with a WebDAV listing."),
                      QStringLiteral("PROPFIND %1 answered %2").arg(support::redacted(m_url)).arg(m_status));
        } else {
            onReadyRead();
            m_error = m_parser->finish();
            QList<DavResource> more = m_parser->takeChildren();
            if (!more.isEmpty()) {
                m_children += more;
                Q_EMIT childrenArrived(more);
            }
            if (!m_error && !m_parser->hasSelf() && m_op == DavOperation::Stat)
                m_error = Error(Error::Kind::Protocol,
                                tr("The storage server did not describe “%1”.").arg(davpath::nameOf(m_path)),
                                QStringLiteral("no usable response for %1").arg(support::redacted(m_url)));
        }
    }
    if (m_error)
        qCInfo(lcDav) << m_verb << m_url.path() << m_status << m_error.detail();
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------

WebDavClient::WebDavClient(QNetworkAccessManager *network, QUrl root, StorageCredentials *credentials,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_root(std::move(root))
    , m_timeoutMs(support::requestTimeoutMs())
    , m_credentials(credentials)
{
    if (!m_root.path().endsWith(QLatin1Char('/')))
        m_root.setPath(m_root.path() + QLatin1Char('/'));
}

WebDavClient::~WebDavClient() = default;

QUrl WebDavClient::urlFor(const QString &path, bool collection) const
{
    return davpath::toUrl(m_root, path, collection);
}

QNetworkRequest WebDavClient::request(const QUrl &url) const
{
    QNetworkRequest rq(url);
    rq.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("daas-desktop"));
    // redirects would make href resolution and Destination headers lie
    rq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_credentials) {
        const QByteArray auth = m_credentials->authorization();
        if (!auth.isEmpty()) {
            if (m_credentials->isBasic() && url.scheme() != QLatin1String("https") && !isLoopback(url))
                qCWarning(lcDav) << "not sending a password in clear text to" << url.host();
            else
                rq.setRawHeader("Authorization", auth);
        }
    }
    return rq;
}

QNetworkReply *WebDavClient::send(const QByteArray &verb, const QNetworkRequest &rq, QIODevice *body)
{
    QNetworkReply *reply = m_network->sendCustomRequest(rq, verb, body);
    support::abortWhenSilent(reply, m_timeoutMs);
    return reply;
}

QNetworkReply *WebDavClient::send(const QByteArray &verb, const QNetworkRequest &rq, const QByteArray &body)
{
    QNetworkReply *reply = m_network->sendCustomRequest(rq, verb, body);
    support::abortWhenSilent(reply, m_timeoutMs);
    return reply;
}

Error WebDavClient::errorFor(const QNetworkReply *reply, DavOperation op, const QString &name)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // a body cut off after a 2xx head (the server went silent, the connection dropped) failed all the same
    const QNetworkReply::NetworkError code = reply->error();
    const bool cutOff = status >= 200 && status < 300 &&
                        (support::timedOut(reply) ||
                         (code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied));
    if (cutOff) {
        const Error e = support::transportError(reply);
        return e ? e : support::transportError(code, reply->errorString(), reply->url(), verbOf(op));
    }
    return errorFor(status, status == 0 ? support::transportError(reply) : Error(), reply->errorString(), op,
                    name, reply->url());
}

Error WebDavClient::errorFor(const StreamedPut::Result &result, const QUrl &url, DavOperation op,
                             const QString &name)
{
    return errorFor(result.status,
                    result.status == 0 ? support::transportError(result.error, result.errorString, url,
                                                                 QStringLiteral("PUT"))
                                       : Error(),
                    result.errorString, op, name, url);
}

Error WebDavClient::errorFor(int status, Error transport, const QString &errorString, DavOperation op,
                             const QString &name, const QUrl &url)
{
    if (status == 0) {
        if (!transport)
            transport = Error(Error::Kind::Network, tr("The storage server did not answer."), errorString);
        return transport;
    }
    if (status >= 200 && status < 300)
        return {};
    return statusError(status, op, name, QStringLiteral("%1 %2").arg(verbOf(op), support::redacted(url)));
}

Error WebDavClient::statusError(int status, DavOperation op, const QString &name, const QString &detail)
{
    const QString d = QStringLiteral("HTTP %1: %2").arg(status).arg(detail);
    const QString what = name.isEmpty() ? tr("this folder") : QStringLiteral("“%1”").arg(name);
    switch (status) {
    case 401:
        return Error(Error::Kind::Authentication,
                     tr("The storage server did not accept your sign-in. Sign in again."), d);
    case 403:
        return Error(Error::Kind::Permission,
                     tr("You are not allowed to change or read %1 on the storage server.").arg(what), d);
    case 404:
        return Error(Error::Kind::NotFound,
                     tr("%1 is no longer on the storage server. Refresh the folder.").arg(what), d);
    case 405:
        if (op == DavOperation::MakeFolder)
            return Error(Error::Kind::Conflict, tr("%1 already exists on the storage server.").arg(what), d);
        return Error(Error::Kind::Unsupported, tr("The storage server does not allow this on %1.").arg(what),
                     d);
    case 409:
        return Error(
            Error::Kind::Conflict,
            tr("The folder for %1 does not exist on the storage server. Refresh and try again.").arg(what),
            d);
    case 412:
        return Error(
            Error::Kind::Conflict,
            tr("%1 was changed or already exists on the storage server. Refresh and choose again.").arg(what),
            d);
    case 413:
        return Error(Error::Kind::Storage, tr("The storage server refused %1: it is too large.").arg(what),
                     d);
    case 423:
        return Error(Error::Kind::Conflict,
                     tr("%1 is locked on the storage server by someone else. Try again later.").arg(what), d);
    case 500:
        if (op == DavOperation::Move)
            // Apache answers 500 to a MOVE whose target folder is missing
            return Error(Error::Kind::Server,
                         tr("%1 could not be moved: the target folder may be missing. Refresh and try again.")
                             .arg(what),
                         d);
        break;
    case 507:
        return Error(Error::Kind::Storage,
                     tr("Your storage is full. Delete files or ask the facility for more space."), d);
    default:
        break;
    }
    return support::httpStatusError(status, tr("The storage server"), d);
}

Error WebDavClient::passwordWithheld() const
{
    if (!m_credentials || !m_credentials->isBasic() || m_root.scheme() == QLatin1String("https") ||
        isLoopback(m_root))
        return {};
    return Error(Error::Kind::Authentication,
                 tr("The storage address %1 is not encrypted (http), so your password is not sent to it. Ask "
                    "the facility for its https address.")
                     .arg(m_root.host()),
                 QStringLiteral("Basic withheld from %1").arg(support::redacted(m_root)));
}

void WebDavClient::renewCredentials(QObject *context, const QByteArray &sentAuthorization,
                                    std::function<void(const Error &)> done)
{
    if (const Error withheld = passwordWithheld()) {
        // the 401 came because the password was not sent: asking for it again would never end
        qCWarning(lcDav) << withheld.detail();
        QTimer::singleShot(0, context, [done, withheld]() { done(withheld); });
        return;
    }
    if (m_credentials && !m_renewing && sentAuthorization != m_credentials->authorization()) {
        QTimer::singleShot(0, context, [done]() { done(Error()); });
        return;
    }
    if (m_credentials && !m_renewing && m_failedRenewal && sentAuthorization == m_failedAuthorization) {
        // the user already declined (or the renewal failed) for these credentials: do not ask again for
        // every transfer of the queue
        QTimer::singleShot(0, context, [done, e = m_failedRenewal]() { done(e); });
        return;
    }
    m_renewWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_renewing)
        return;
    if (!m_credentials) {
        const auto waiters = std::exchange(m_renewWaiters, {});
        for (const auto &[ctx, cb] : waiters)
            if (ctx)
                cb(statusError(401, DavOperation::Probe, {}));
        return;
    }
    m_renewing = true;
    QPointer<WebDavClient> self(this);
    const QByteArray refused = m_credentials->authorization();
    m_credentials->renew([self, refused](const Error &error) {
        if (!self)
            return;
        self->m_renewing = false;
        self->m_failedRenewal = error;
        self->m_failedAuthorization = error ? refused : QByteArray();
        const auto waiters = std::exchange(self->m_renewWaiters, {});
        for (const auto &[ctx, cb] : waiters)
            if (ctx)
                cb(error);
    });
}

void WebDavClient::forgetFailedRenewal()
{
    m_failedRenewal = Error();
    m_failedAuthorization.clear();
}

DavJob *WebDavClient::propfind(const QString &path, int depth)
{
    // the collection is asked for with its trailing slash, so Apache does not redirect
    auto *job = new DavJob(this, depth == 0 ? DavOperation::Stat : DavOperation::List, "PROPFIND",
                           urlFor(path, depth > 0), path, propfindBody);
    // always explicit: Apache refuses a missing Depth (infinity)
    job->m_headers.append({"Depth", QByteArray::number(depth)});
    job->send();
    return job;
}

DavJob *WebDavClient::list(const QString &path)
{
    return propfind(path, 1);
}

DavJob *WebDavClient::stat(const QString &path)
{
    return propfind(path, 0);
}

DavJob *WebDavClient::makeFolder(const QString &path)
{
    auto *job = new DavJob(this, DavOperation::MakeFolder, "MKCOL", urlFor(path, true), path, {});
    job->send();
    return job;
}

DavJob *WebDavClient::remove(const QString &path, bool isCollection)
{
    auto *job = new DavJob(this, DavOperation::Delete, "DELETE", urlFor(path, isCollection), path, {});
    job->send();
    return job;
}

DavJob *WebDavClient::transfer(const QByteArray &verb, DavOperation op, const QString &from,
                               const QString &to, bool overwrite, bool isCollection)
{
    auto *job = new DavJob(this, op, verb, urlFor(from, isCollection), from, {});
    // absolute (Apache refuses a path-only Destination) and built from our own root: Apache ignores the host
    job->m_headers.append({"Destination", urlFor(to, isCollection).toEncoded()});
    job->m_headers.append({QByteArray("Overwrite"), QByteArray(overwrite ? "T" : "F")});
    job->send();
    return job;
}

DavJob *WebDavClient::move(const QString &from, const QString &to, bool overwrite, bool isCollection)
{
    return transfer("MOVE", DavOperation::Move, from, to, overwrite, isCollection);
}

DavJob *WebDavClient::copy(const QString &from, const QString &to, bool overwrite, bool isCollection)
{
    return transfer("COPY", DavOperation::Copy, from, to, overwrite, isCollection);
}

DavRangeRead *WebDavClient::readRange(const QString &path, qint64 first, qint64 length)
{
    auto *read = new DavRangeRead(this, path, first, length);
    read->send();
    return read;
}

// ---------------------------------------------------------------------------------------------------------
// probe: OPTIONS, PROPFIND 0, then on a scratch file: create, If-None-Match, stale If-Match, ranged PUT,
// read back, delete. Each write keeps the content "ab" unless the server applies the range.

void WebDavClient::probe(QObject *context, std::function<void(const Error &)> done)
{
    forgetFailedRenewal();
    m_caps = DavCapabilities();
    m_probeName = QStringLiteral(".daas-probe-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    probeStep(0, context, std::move(done));
}

void WebDavClient::probeStep(int step, QObject *context, std::function<void(const Error &)> done)
{
    const QPointer<QObject> guard(context);
    auto finish = [this, guard, done](const Error &error) {
        m_caps.probed = !error;
        qCInfo(lcDav) << "capabilities of" << support::redacted(m_root) << m_caps.summary();
        Q_EMIT capabilitiesChanged();
        if (guard)
            done(error);
    };
    auto next = [this, step, guard, done]() { probeStep(step + 1, guard, done); };
    auto cleanUp = [this, guard, done]() { probeStep(7, guard, done); };
    const QUrl scratch = urlFor(m_probeName);
    QNetworkRequest rq = request(scratch);
    QNetworkReply *reply = nullptr;
    switch (step) {
    case 0: {
        reply = send("OPTIONS", request(m_root), QByteArray());
        connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done, next, finish]() {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401) {
                renewCredentials(this, reply->request().rawHeader("Authorization"),
                                 [this, guard, done, finish](const Error &e) {
                                     if (e)
                                         finish(e);
                                     else
                                         probeStep(0, guard, done);
                                 });
                return;
            }
            if (Error e = errorFor(reply, DavOperation::Probe, {})) {
                finish(e);
                return;
            }
            for (const QByteArray &header : {QByteArray("DAV"), QByteArray("Allow")}) {
                QStringList values;
                for (const QByteArray &part : reply->rawHeader(header).split(','))
                    if (!part.trimmed().isEmpty())
                        values << QString::fromLatin1(part.trimmed());
                (header == "DAV" ? m_caps.davClasses : m_caps.allowedMethods) = values;
            }
            m_caps.server = QString::fromLatin1(reply->rawHeader("Server")).left(80);
            m_caps.locking = m_caps.davClasses.contains(QLatin1String("2"));
            if (m_caps.davClasses.isEmpty()) {
                finish(Error(Error::Kind::Protocol, tr("This address is not a WebDAV storage server."),
                             QStringLiteral("OPTIONS without a DAV header")));
                return;
            }
            next();
        });
        return;
    }
    case 1: {
        DavJob *job = stat(QString());
        connect(job, &DavJob::finished, this, [this, job, next, finish]() {
            if (job->error()) {
                finish(job->error());
                return;
            }
            m_caps.etagsInListing = !job->self().etag.isEmpty();
            next();
        });
        return;
    }
    case 2:
        reply = send("PUT", rq, QByteArray("ab"));
        break;
    case 3:
        rq.setRawHeader("If-None-Match", "*");
        reply = send("PUT", rq, QByteArray("ab"));
        break;
    case 4:
        rq.setRawHeader("If-Match", "\"daas-stale-etag\"");
        reply = send("PUT", rq, QByteArray("ab"));
        break;
    case 5:
        rq.setRawHeader("Content-Range", "bytes 1-1/2");
        reply = send("PUT", rq, QByteArray("X"));
        break;
    case 6:
        reply = send("GET", rq, QByteArray());
        break;
    case 7:
        reply = send("DELETE", rq, QByteArray());
        break;
    default:
        finish(Error());
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, step, next, cleanUp, finish]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        switch (step) {
        case 2:
            if (status < 200 || status >= 300) {
                qCInfo(lcDav) << "store not writable for the probe:" << status;
                finish(Error()); // read-only store: nothing more to learn
                return;
            }
            break;
        case 3:
            m_caps.createOnlyEnforced = status == 412;
            break;
        case 4:
            m_caps.ifMatchEnforced = status == 412;
            break;
        case 5:
            if (status < 200 || status >= 300) { // nginx: 501
                cleanUp();                       // the answer is known
                return;
            }
            break;
        case 6:
            m_caps.partialPut = reply->readAll() == "aX";
            break;
        default:
            break;
        }
        next();
    });
}

} // namespace daas::storage
