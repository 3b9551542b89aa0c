#pragma once

#include "facility/FacilityProfile.h"
#include "support/TlsTrustStore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace daas::facility {

// Fetches a facility's profile from an address the user typed ("facility.example" means
// https://facility.example/.well-known/daas-facility.json). HTTPS only, TLS verified: a certificate the
// system does not trust fails the fetch with a Tls error and stays in rejectedCertificate(), for the front
// end to show; after the user trusted it (TlsTrustStore::trust) start() again. Redirects are followed
// only to https (at most 5), the answer is limited to FacilityProfile::maxJsonSize, a silent server times
// out, and the body must be a valid profile. Nothing is kept: FacilityRegistry::keepFetched() does that
// once the user has seen the profile. Used by the GUI's chooser and by `daas facility add`.
class FacilityFetch : public QObject
{
    Q_OBJECT
public:
    explicit FacilityFetch(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FacilityFetch() override;

    static constexpr auto wellKnownPath = "/.well-known/daas-facility.json";
    static constexpr int maxRedirects = 5;

    // What the user typed as the profile's address: a host (with an optional port) means its well-known
    // path; a URL must be https. An Error (InvalidInput) says why not.
    static Result<QUrl> addressFrom(const QString &typed);

    // What the user is shown before a profile is kept: one line per service it offers, with its host
    // ("Catalogue (ICAT): icat.facility.example").
    static QStringList summary(const FacilityProfile &profile);

    // 0: the settings' request timeout.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QUrl &url);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

    // The certificate that made the last fetch fail (null when none did).
    support::UntrustedCertificate rejectedCertificate() const { return m_rejected; }
    // Where the profile came from in the end (after redirects).
    QUrl finalUrl() const { return m_current; }

Q_SIGNALS:
    // `source` is the address the user gave (what a refresh fetches again).
    void fetched(const daas::facility::FacilityProfile &profile, const QUrl &source);
    void failed(const daas::Error &error);

private:
    void request(const QUrl &url);
    void onFinished(QNetworkReply *reply);
    void fail(const Error &error);

    QNetworkAccessManager *m_network;
    support::TlsTrustStore *m_trust;
    QPointer<QNetworkReply> m_reply;
    QUrl m_source;
    QUrl m_current;
    QByteArray m_body;
    int m_redirects = 0;
    int m_timeoutMs = 0;
    bool m_tooLarge = false;
    support::UntrustedCertificate m_rejected;
};

} // namespace daas::facility

Q_DECLARE_METATYPE(daas::facility::FacilityProfile)
