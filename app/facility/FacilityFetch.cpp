#include "facility/FacilityFetch.h"
#include "support/Redaction.h"

#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daas::facility {

namespace {

QString shown(const QUrl &url)
{
    return support::redacted(url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

// What a server said about a refusal, in its own words: a JSON {"message"|"error"|"detail": "..."}, or a
// plain-text body. HTML pages are not words to show (their tags would be).
QString refusalWords(const QNetworkReply *reply, const QByteArray &body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (type.contains(u"json")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        for (const auto *key : {"message", "error", "detail", "title"})
            if (o.value(QLatin1StringView(key)).isString())
                return o.value(QLatin1StringView(key)).toString();
        return {};
    }
    if (type.startsWith(u"text/plain"))
        return QString::fromUtf8(body.left(1000));
    return {};
}

} // namespace

FacilityFetch::FacilityFetch(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_trust(new support::TlsTrustStore(this))
{}

FacilityFetch::~FacilityFetch()
{
    abort();
}

Result<QUrl> FacilityFetch::addressFrom(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return Error(Error::Kind::InvalidInput, tr("Type the address of your facility's profile."));
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    QUrl url;
    if (scheme.match(text).hasMatch()) {
        url = QUrl(text, QUrl::StrictMode);
    } else {
        // "facility.example" or "facility.example:8443": the host's well-known profile
        url = QUrl(u"https://"_s + text, QUrl::StrictMode);
        if (url.isValid() && (url.path().isEmpty() || url.path() == u"/"))
            url.setPath(QString::fromLatin1(wellKnownPath));
    }
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Kind::InvalidInput, tr("“%1” is not an address of a facility profile.").arg(text),
                     url.errorString());
    if (url.scheme().toLower() != u"https")
        return Error(Error::Kind::InvalidInput,
                     tr("The profile must come over a secure connection: give an https:// address."),
                     u"scheme "_s + url.scheme());
    if (!url.userInfo().isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("Give the profile's address without a user name or password in it."));
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(QString::fromLatin1(wellKnownPath));
    return url;
}

QStringList FacilityFetch::summary(const FacilityProfile &p)
{
    auto where = [](const QUrl &url) {
        return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    };
    QStringList out;
    out << tr("Catalogue (ICAT): %1").arg(where(p.icatUrl));
    if (p.idsUrl.isValid())
        out << tr("Data service (IDS): %1").arg(where(p.idsUrl));
    if (p.cloudUrl.isValid())
        out << tr("Analysis environments (%1): %2").arg(p.cloudType, where(p.cloudUrl));
    if (p.storageUrl.isValid())
        out << tr("Storage (WebDAV): %1").arg(where(p.storageUrl));
    if (p.batchUrl.isValid())
        out << tr("Batch cluster (%1): %2").arg(p.batchType, where(p.batchUrl));
    return out;
}

void FacilityFetch::start(const QUrl &url)
{
    abort();
    m_source = url;
    m_redirects = 0;
    m_rejected = support::UntrustedCertificate();
    if (url.scheme() != u"https") {
        fail(Error(Error::Kind::InvalidInput,
                   tr("The profile must come over a secure connection: give an https:// address.")));
        return;
    }
    request(url);
}

void FacilityFetch::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void FacilityFetch::request(const QUrl &url)
{
    m_current = url;
    m_body.clear();
    m_tooLarge = false;
    QNetworkRequest request(url);
    // redirects are looked at here: only to https
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    m_trust->attach(reply);
    support::abortWhenSilent(reply, m_timeoutMs > 0 ? m_timeoutMs : support::requestTimeoutMs());
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > FacilityProfile::maxJsonSize) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->read(FacilityProfile::maxJsonSize + 1 - m_body.size());
        if (m_body.size() > FacilityProfile::maxJsonSize) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void FacilityFetch::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QString where = shown(m_current);
    if (m_tooLarge) {
        fail(Error(Error::Kind::InvalidInput,
                   tr("The answer from %1 is too large to be a facility profile.").arg(where),
                   u"more than %1 bytes"_s.arg(FacilityProfile::maxJsonSize)));
        return;
    }
    if (reply->isReadable())
        m_body += reply->read(FacilityProfile::maxJsonSize + 1 - m_body.size());
    if (Error e = support::transportError(reply)) {
        if (e.kind() == Error::Kind::Tls) {
            m_rejected = m_trust->rejected(m_current);
            e = m_trust->tlsError(m_current, e);
        }
        fail(e);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl target =
            m_current.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!target.isValid() || target.scheme() != u"https") {
            fail(Error(
                Error::Kind::Tls,
                tr("%1 sent the profile's address on to %2, which is not a secure (https) address, so it "
                   "was not followed.")
                    .arg(where, shown(target)),
                u"HTTP %1 redirect to %2"_s.arg(status).arg(support::redacted(target))));
            return;
        }
        if (++m_redirects > maxRedirects) {
            fail(Error(Error::Kind::Protocol,
                       tr("%1 sent the profile's address on too many times.").arg(shown(m_source))));
            return;
        }
        qCInfo(lcFacility) << "profile fetch: redirect" << status << "to" << support::redacted(target);
        request(target);
        return;
    }
    if (status != 200) {
        const Error e = support::httpStatusError(status, m_current.host(), u"GET %1"_s.arg(where))
                            .withServerMessage(m_current.host(), refusalWords(reply, m_body));
        fail(Error(e.kind(),
                   tr("The facility profile could not be fetched from %1: %2").arg(where, e.userText()),
                   e.detail()));
        return;
    }
    Result<FacilityProfile> profile = FacilityProfile::fromJson(m_body);
    if (!profile) {
        fail(Error(profile.error().kind(),
                   tr("%1 did not give a valid facility profile: %2").arg(where, profile.error().userText()),
                   profile.error().detail()));
        return;
    }
    if (profile->id == u"demo") {
        fail(Error(Error::Kind::InvalidInput,
                   tr("The facility profile is not valid: id: “demo” is kept for the local demo facility")));
        return;
    }
    qCInfo(lcFacility) << "fetched facility profile" << profile->id << "from" << where;
    Q_EMIT fetched(profile.value(), m_source);
}

void FacilityFetch::fail(const Error &error)
{
    qCWarning(lcFacility) << "profile fetch from" << shown(m_source) << "failed:" << error;
    Q_EMIT failed(error);
}

} // namespace daas::facility
