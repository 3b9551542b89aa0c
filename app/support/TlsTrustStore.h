#pragma once

#include "support/Error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace daas::support {

// A certificate the system does not trust, as met on one host:port: what the GUI shows when it asks
// "trust this certificate?".
struct UntrustedCertificate
{
    QString host;
    int port = 0;
    QSslCertificate certificate;
    QList<QSslError> errors;

    QByteArray sha256() const;   // raw digest of the DER encoding
    QString fingerprint() const; // "AB:CD:…" (SHA-256), the form the user compares
    QString subject() const;     // common name, else the whole subject
    bool isNull() const { return certificate.isNull(); }
};

// TLS is verified; a certificate the system does not trust is never accepted silently. The user may accept
// one exact certificate (by SHA-256 fingerprint) for one host:port; the answer is kept in the settings
// (fingerprints are not secrets) and only that certificate, on that host and port, is accepted later.
//
// Use: Account watches its QNetworkAccessManager (or attach() a single reply). A reply that fails with a
// Tls error leaves the certificate in rejected(url); tlsError() gives the Error with host and fingerprint
// in its text; after the user said yes, trust() it and send the request again.
class TlsTrustStore : public QObject
{
    Q_OBJECT
public:
    explicit TlsTrustStore(QObject *parent = nullptr);

    // Every reply of this manager goes through the decision.
    void watch(QNetworkAccessManager *network);
    // One reply (for replies of a manager that is not watched).
    void attach(QNetworkReply *reply);

    // The certificate last refused on the host:port of url, if any.
    UntrustedCertificate rejected(const QUrl &url) const;
    // A Tls error for url that names the host and the fingerprint (falls back to `error` when no
    // certificate was refused there).
    Error tlsError(const QUrl &url, const Error &error = {}) const;

    // The persistent decisions.
    static void trust(const UntrustedCertificate &certificate);
    static void trust(const QString &host, int port, const QByteArray &sha256);
    static void forget(const QString &host, int port);
    static bool isTrusted(const QString &host, int port, const QByteArray &sha256);
    static QList<QByteArray> trustedFingerprints(const QString &host, int port);

    // The decision itself, without a network: may these errors for this certificate on host:port be
    // ignored? Only when the user accepted exactly this certificate there, and only for errors that an
    // explicit decision can overrule (unknown issuer, self-signed, name mismatch, validity period); never
    // for a revoked or blacklisted certificate or one that is not the one offered.
    static bool mayIgnore(const QString &host, int port, const QSslCertificate &peer,
                          const QList<QSslError> &errors);
    static QString formatFingerprint(const QByteArray &sha256);

Q_SIGNALS:
    // A certificate was refused: the GUI may ask the user now (the reply fails with a Tls error).
    void certificateRejected(const daas::support::UntrustedCertificate &certificate);

private:
    void decide(QNetworkReply *reply, const QList<QSslError> &errors);

    QHash<QString, UntrustedCertificate> m_rejected; // "host:port"
};

} // namespace daas::support

Q_DECLARE_METATYPE(daas::support::UntrustedCertificate)
