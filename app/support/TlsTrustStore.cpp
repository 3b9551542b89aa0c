#include "support/TlsTrustStore.h"

#include "support/Logging.h"
#include "support/Settings.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace daas::support {

namespace {

QString hostPort(const QString &host, int port)
{
    return host.toLower() + u':' + QString::number(port);
}

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"http" ? 80 : 443);
}

// Per host:port, so the typed key is made at run time; the group keeps them apart from other settings.
struct TrustedKey
{
    explicit TrustedKey(const QString &host, int port)
        : name((u"tls/trusted/"_s + hostPort(host, port)).toUtf8())
    {}
    SettingKey<QStringList> key() const { return {name.constData(), {}}; }
    QByteArray name;
};

bool overrulable(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return true;
    default: // revoked, blacklisted, bad signature, wrong purpose, ...: no decision can make these right
        return false;
    }
}

} // namespace

QByteArray UntrustedCertificate::sha256() const
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString UntrustedCertificate::fingerprint() const
{
    return TlsTrustStore::formatFingerprint(sha256());
}

QString UntrustedCertificate::subject() const
{
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? certificate.subjectDisplayName() : cn.join(u", "_s);
}

TlsTrustStore::TlsTrustStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<UntrustedCertificate>();
}

QString TlsTrustStore::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QList<QByteArray> TlsTrustStore::trustedFingerprints(const QString &host, int port)
{
    QList<QByteArray> out;
    const TrustedKey k(host, port);
    for (const QString &hex : Settings::value(k.key()))
        out.append(QByteArray::fromHex(hex.toLatin1()));
    return out;
}

bool TlsTrustStore::isTrusted(const QString &host, int port, const QByteArray &sha256)
{
    return !sha256.isEmpty() && trustedFingerprints(host, port).contains(sha256);
}

void TlsTrustStore::trust(const QString &host, int port, const QByteArray &sha256)
{
    if (sha256.size() != 32 || host.isEmpty() || port <= 0)
        return;
    const TrustedKey k(host, port);
    QStringList list = Settings::value(k.key());
    const QString hex = QString::fromLatin1(sha256.toHex());
    if (!list.contains(hex))
        list.append(hex);
    Settings::setValue(k.key(), list);
    qCInfo(lcTls) << "the user trusts certificate" << formatFingerprint(sha256) << "for"
                  << hostPort(host, port);
}

void TlsTrustStore::trust(const UntrustedCertificate &certificate)
{
    trust(certificate.host, certificate.port, certificate.sha256());
}

void TlsTrustStore::forget(const QString &host, int port)
{
    const TrustedKey k(host, port);
    Settings::remove(k.key());
}

bool TlsTrustStore::mayIgnore(const QString &host, int port, const QSslCertificate &peer,
                              const QList<QSslError> &errors)
{
    if (peer.isNull() || errors.isEmpty())
        return false;
    if (!isTrusted(host, port, peer.digest(QCryptographicHash::Sha256)))
        return false;
    for (const QSslError &e : errors)
        if (!overrulable(e.error()))
            return false;
    return true;
}

void TlsTrustStore::watch(QNetworkAccessManager *network)
{
    connect(network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) { decide(reply, errors); });
}

void TlsTrustStore::attach(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { decide(reply, errors); });
}

void TlsTrustStore::decide(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QUrl url = reply->url();
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const int port = portOf(url);
    if (mayIgnore(url.host(), port, peer, errors)) {
        // ignore exactly these errors: anything else about this handshake still fails it
        reply->ignoreSslErrors(errors);
        return;
    }
    UntrustedCertificate c{url.host(), port, peer, errors};
    QStringList why;
    for (const QSslError &e : errors)
        why << e.errorString();
    qCWarning(lcTls) << "certificate of" << hostPort(c.host, c.port) << "not trusted:" << c.fingerprint()
                     << why.join(u"; "_s);
    m_rejected.insert(hostPort(c.host, c.port), c);
    Q_EMIT certificateRejected(c);
}

UntrustedCertificate TlsTrustStore::rejected(const QUrl &url) const
{
    return m_rejected.value(hostPort(url.host(), portOf(url)));
}

Error TlsTrustStore::tlsError(const QUrl &url, const Error &error) const
{
    const UntrustedCertificate c = rejected(url);
    if (c.isNull())
        return error;
    QStringList why;
    for (const QSslError &e : c.errors)
        why << e.errorString();
    return Error(
        Error::Kind::Tls,
        tr("The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it "
           "only if your facility confirms this fingerprint.")
            .arg(c.host)
            .arg(c.port)
            .arg(c.fingerprint()),
        u"TLS %1:%2 subject \"%3\": %4"_s.arg(c.host).arg(c.port).arg(c.subject(), why.join(u"; "_s)));
}

} // namespace daas::support
