#include "identity/IcatSession.h"
#include "support/Redaction.h"

#include "support/Logging.h"
#include "support/NetworkError.h"
#include "support/TlsTrustStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace daas::identity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::identity", text);
}

struct IcatBody
{
    QString code;
    QString message;
    bool valid = false;
};

IcatBody parseErrorBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    IcatBody b;
    if (doc.isObject() && doc[u"code"_s].isString()) {
        b.code = doc[u"code"_s].toString();
        b.message = doc[u"message"_s].toString();
        b.valid = true;
    }
    return b;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QList<Authenticator> IcatProperties::userAuthenticators() const
{
    QList<Authenticator> out;
    for (const Authenticator &a : authenticators)
        if (!a.admin)
            out.append(a);
    return out;
}

Result<IcatProperties> IcatProperties::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc[u"authenticators"_s].isArray())
        return Error(
            Error::Kind::Protocol, tr("The catalogue gave an answer that could not be read."),
            u"/icat/properties: no authenticators array in %1"_s.arg(QString::fromUtf8(json.left(200))));
    IcatProperties p;
    p.maxEntities = doc[u"maxEntities"_s].toInt(10000);
    p.lifetimeMinutes = doc[u"lifetimeMinutes"_s].toInt(120);
    for (const QJsonValue &v : doc[u"authenticators"_s].toArray()) {
        const QJsonObject o = v.toObject();
        Authenticator a;
        a.mnemonic = o[u"mnemonic"_s].toString();
        if (a.mnemonic.isEmpty())
            continue;
        a.friendly = o[u"friendly"_s].toString();
        a.admin = o[u"admin"_s].toBool();
        for (const QJsonValue &k : o[u"keys"_s].toArray()) {
            AuthenticatorKey key;
            key.name = k[u"name"_s].toString();
            key.hide = k[u"hide"_s].toBool();
            key.pattern = k[u"pattern"_s].toString();
            if (!key.name.isEmpty())
                a.keys.append(key);
        }
        p.authenticators.append(a);
    }
    return p;
}

Error icatErrorFromReply(QNetworkReply *reply, const QByteArray &body)
{
    if (Error transport = support::transportError(reply))
        return transport;
    const int status = statusOf(reply);
    if (status >= 200 && status < 300)
        return {};
    const bool ids = reply->url().path().contains(u"/ids/"_s);
    const QString service = ids ? tr("The data service") : tr("The catalogue");
    const IcatBody b = parseErrorBody(body);
    // the URL of GET/PUT/DELETE session/<id> carries the session id; a server message may quote it too
    const QString detail = support::redacted(u"HTTP %1 %2 %3: %4"_s.arg(status).arg(
        support::redacted(reply->url()), b.code, b.valid ? b.message : QString::fromUtf8(body.left(200))));
    if (!b.valid)
        return support::httpStatusError(status, service, detail).kind() == Error::Kind::Protocol
                   ? Error(Error::Kind::Protocol,
                           tr("%1 gave an answer that could not be read.").arg(service), detail)
                   : support::httpStatusError(status, service, detail);
    const QString &c = b.code;
    if (c == u"SESSION")
        return Error(Error::Kind::SessionExpired, tr("Your session has ended. Please sign in again."),
                     detail);
    if (c == u"INSUFFICIENT_PRIVILEGES" || c == u"InsufficientPrivilegesException")
        return Error(Error::Kind::Permission, tr("You are not allowed to see this."), detail);
    // ICAT says 404 only for what does not exist (no permission is 403); IDS also says 404 when the user may
    // not read it (its single-id size check): never "no longer", which is wrong for an id that never existed
    if (c == u"NO_SUCH_OBJECT_FOUND")
        return Error(Error::Kind::NotFound, tr("It does not exist in the catalogue (or it was removed)."),
                     detail);
    if (c == u"NotFoundException")
        return Error(Error::Kind::NotFound,
                     tr("The data service has no such data, or you are not allowed to see it."), detail);
    if (c == u"OBJECT_ALREADY_EXISTS" ||
        (c == u"InternalException" && b.message.contains(u"OBJECT_ALREADY_EXISTS")))
        return Error(Error::Kind::Conflict, tr("Something with this name already exists there."), detail);
    // a refused request is shown with the server's own words: ICAT names the attribute or relation it did
    // not know ("Dataset has no field nme"), which says more than any sentence of ours
    if (c == u"BAD_PARAMETER" || c == u"BadRequestException")
        return Error(Error::Kind::Protocol, tr("%1 did not understand the request.").arg(service), detail)
            .withServerMessage(service, b.message);
    if (c == u"VALIDATION")
        return Error(Error::Kind::InvalidInput, tr("%1 refused the request: %2").arg(service, b.message),
                     detail);
    if (c == u"DataNotOnlineException")
        return Error(Error::Kind::Server, tr("The data is being restored from the archive. Try again later."),
                     detail)
            .withServerMessage(service, b.message);
    if (c == u"NOT_IMPLEMENTED" || c == u"NotImplementedException")
        return Error(Error::Kind::Unsupported, tr("%1 does not support this.").arg(service), detail)
            .withServerMessage(service, b.message);
    return Error(Error::Kind::Server, tr("%1 reported an internal error.").arg(service), detail)
        .withServerMessage(service, b.message);
}

bool isSessionError(QNetworkReply *reply, const QByteArray &body)
{
    if (statusOf(reply) != 403)
        return false;
    const IcatBody b = parseErrorBody(body);
    if (b.code == u"SESSION")
        return true;
    return b.code == u"InsufficientPrivilegesException" &&
           (b.message.contains(u"Session id"_s) || b.message.contains(u"sessionid"_s));
}

bool isDataNotOnline(QNetworkReply *reply, const QByteArray &body)
{
    return statusOf(reply) == 503 && parseErrorBody(body).code == u"DataNotOnlineException";
}

bool mayBeIdsSessionError(QNetworkReply *reply, const QByteArray &body)
{
    return statusOf(reply) == 403 && parseErrorBody(body).code == u"InsufficientPrivilegesException" &&
           !isSessionError(reply, body);
}

struct IcatSession::Pending
{
    QPointer<QObject> context;
    RequestBuilder build;
    ReplyHandler done;
    std::function<void(const Error &)> waiter; // whenSignedIn
};

IcatSession::IcatSession(QUrl icatUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_icatUrl(std::move(icatUrl))
    , m_network(network)
    , m_refreshTimer(new QTimer(this))
{
    connect(m_refreshTimer, &QTimer::timeout, this, &IcatSession::refresh);
}

IcatSession::~IcatSession() = default;

QNetworkRequest IcatSession::request(const QString &path) const
{
    QUrl url = m_icatUrl;
    url.setPath(url.path() + u'/' + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::UserAgentHeader, u"daas-desktop"_s);
    return r;
}

void IcatSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Error IcatSession::errorOf(QNetworkReply *reply, const QByteArray &body) const
{
    const Error e = icatErrorFromReply(reply, body);
    if (e.kind() == Error::Kind::Tls && m_tlsTrust)
        return m_tlsTrust->tlsError(reply->url(), e);
    return e;
}

void IcatSession::setTlsTrustStore(support::TlsTrustStore *store)
{
    m_tlsTrust = store;
}

void IcatSession::setRefreshIntervalSeconds(int seconds)
{
    m_refreshIntervalFixed = true;
    m_refreshTimer->setInterval(seconds * 1000);
}

void IcatSession::loadProperties()
{
    QNetworkReply *reply = m_network->get(request(u"properties"_s));
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (Error e = errorOf(reply, body)) {
            Q_EMIT propertiesFailed(e);
            return;
        }
        Result<IcatProperties> p = IcatProperties::fromJson(body);
        if (!p) {
            Q_EMIT propertiesFailed(p.error());
            return;
        }
        m_properties = p.value();
        if (!m_refreshIntervalFixed)
            m_refreshTimer->setInterval(std::max(1, m_properties.lifetimeMinutes / 3) * 60 * 1000);
        Q_EMIT propertiesLoaded();
    });
}

void IcatSession::login(const QString &authenticator, const Credentials &credentials)
{
    QJsonArray creds;
    for (const auto &[key, value] : credentials) {
        if (key != u"username"_s)
            support::rememberSecret(value);
        creds.append(QJsonObject{{key, value}});
    }
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"plugin"_s, authenticator}, {u"credentials"_s, creds}})
            .toJson(QJsonDocument::Compact);
    QNetworkRequest r = request(u"session"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const State before = m_state;
    setState(State::SigningIn);
    QNetworkReply *reply = m_network->post(r, "json=" + QUrl::toPercentEncoding(QString::fromUtf8(json)));
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, authenticator, before] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        Error e = errorOf(reply, body);
        if (e.kind() == Error::Kind::SessionExpired) // at login, SESSION means the credentials were refused
            e = Error(Error::Kind::Authentication, tr("The user name or password is not correct."),
                      e.detail());
        const QString id = QJsonDocument::fromJson(body)[u"sessionId"_s].toString();
        if (!e && id.isEmpty())
            e = Error(Error::Kind::Protocol, tr("The catalogue gave an answer that could not be read."),
                      u"login answer without sessionId"_s);
        if (e) {
            qCInfo(lcIdentity) << "sign-in failed:" << e;
            setState(before == State::Expired ? State::Expired : State::SignedOut);
            Q_EMIT signInFailed(e);
            return;
        }
        support::rememberSecret(id);
        m_sessionId = id;
        m_authenticator = authenticator;
        fetchUserName();
    });
}

void IcatSession::resume(const QString &sessionId)
{
    support::rememberSecret(sessionId);
    m_sessionId = sessionId;
    setState(State::SigningIn);
    fetchUserName();
}

void IcatSession::fetchUserName()
{
    QNetworkReply *reply = m_network->get(request(u"session/"_s + m_sessionId));
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const Error e = errorOf(reply, body);
        const QString user = QJsonDocument::fromJson(body)[u"userName"_s].toString();
        if (e || user.isEmpty()) {
            m_sessionId.clear();
            setState(State::SignedOut);
            Q_EMIT signInFailed(e ? e
                                  : Error(Error::Kind::Protocol,
                                          tr("The catalogue gave an answer that could not be read."),
                                          u"session info without userName"_s));
            return;
        }
        m_userName = user;
        qCInfo(lcIdentity) << "signed in as" << user;
        if (m_refreshTimer->interval() <= 0)
            m_refreshTimer->setInterval(std::max(1, m_properties.lifetimeMinutes / 3) * 60 * 1000);
        m_refreshTimer->start();
        setState(State::SignedIn);
        Q_EMIT signedIn();
        resendParked();
    });
}

void IcatSession::refresh()
{
    if (m_state != State::SignedIn)
        return;
    QNetworkRequest r = request(u"session/"_s + m_sessionId);
    QNetworkReply *reply = m_network->put(r, QByteArray());
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (isSessionError(reply, body)) {
            expire();
            return;
        }
        if (Error e = errorOf(reply, body))
            qCWarning(lcIdentity) << "session refresh failed, will try again:" << e;
    });
}

void IcatSession::logout()
{
    m_refreshTimer->stop();
    if (!m_sessionId.isEmpty()) {
        QNetworkReply *reply = m_network->deleteResource(request(u"session/"_s + m_sessionId));
        support::abortWhenSilent(reply);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_sessionId.clear();
    m_userName.clear();
    abandonParkedRequests();
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void IcatSession::expire()
{
    if (m_state == State::Expired)
        return;
    m_refreshTimer->stop();
    qCInfo(lcIdentity) << "the session has ended";
    setState(State::Expired);
    Q_EMIT sessionExpired();
}

void IcatSession::checkSession(QObject *context, std::function<void(bool ended)> then)
{
    if (m_sessionId.isEmpty()) {
        then(m_state != State::SignedIn);
        return;
    }
    QNetworkReply *reply = m_network->get(request(u"session/"_s + m_sessionId));
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, context, [this, reply, then = std::move(then)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        // only ICAT's own word ends the session: a network failure here says nothing about it
        const bool ended = isSessionError(reply, body);
        if (ended)
            expire();
        then(ended);
    });
}

void IcatSession::reportSessionInvalid()
{
    expire();
}

void IcatSession::reportSessionInvalid(QObject *context, std::function<void(const Error &)> then)
{
    m_parked.append(std::make_shared<Pending>(Pending{context, nullptr, nullptr, std::move(then)}));
    expire();
}

void IcatSession::send(QObject *context, RequestBuilder build, ReplyHandler done)
{
    auto pending = std::make_shared<Pending>(Pending{context, std::move(build), std::move(done), nullptr});
    if (m_state == State::Expired || m_state == State::SigningIn) {
        m_parked.append(pending);
        return;
    }
    dispatch(pending);
}

void IcatSession::whenSignedIn(QObject *context, std::function<void(const Error &)> then)
{
    if (m_state == State::SignedIn) {
        then(Error());
        return;
    }
    m_parked.append(std::make_shared<Pending>(Pending{context, nullptr, nullptr, std::move(then)}));
}

void IcatSession::dispatch(const std::shared_ptr<Pending> &pending)
{
    if (!pending->context)
        return;
    if (pending->waiter) {
        pending->waiter(Error());
        return;
    }
    const QString usedId = m_sessionId;
    QNetworkReply *reply = pending->build(m_network, usedId);
    connect(reply, &QNetworkReply::finished, pending->context, [this, reply, pending, usedId] {
        const QByteArray body = reply->readAll();
        auto park = [this, reply, pending, usedId] {
            reply->deleteLater();
            // sent with a session that has since been replaced: no reason to end the new one
            if (usedId != m_sessionId && m_state == State::SignedIn) {
                dispatch(pending);
                return;
            }
            // keep the call: it is sent again once the user has signed in again
            m_parked.append(pending);
            if (usedId == m_sessionId)
                expire();
        };
        if (isSessionError(reply, body)) {
            park();
            return;
        }
        if (mayBeIdsSessionError(reply, body)) {
            // IDS words an ended session like a refused permission: ICAT knows which it is
            checkSession(pending->context, [this, reply, body, pending, park](bool ended) {
                if (ended) {
                    park();
                    return;
                }
                pending->done(reply, body, errorOf(reply, body));
                reply->deleteLater();
            });
            return;
        }
        pending->done(reply, body, errorOf(reply, body));
        reply->deleteLater();
    });
}

void IcatSession::resendParked()
{
    const auto parked = std::exchange(m_parked, {});
    for (const auto &p : parked)
        dispatch(p);
}

void IcatSession::abandonParkedRequests()
{
    const auto parked = std::exchange(m_parked, {});
    const Error e(Error::Kind::SessionExpired, tr("You are signed out, so this could not be done."));
    for (const auto &p : parked) {
        if (!p->context)
            continue;
        if (p->waiter)
            p->waiter(e);
        else
            p->done(nullptr, QByteArray(), e);
    }
}

} // namespace daas::identity
