#include "identity/Account.h"

#include "facility/FacilityRegistry.h"
#include "identity/IcatSession.h"
#include "support/TlsTrustStore.h"

#include <QNetworkAccessManager>

namespace daas::identity {

Account::Account(facility::FacilityProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(new QNetworkAccessManager(this))
    , m_tlsTrust(new support::TlsTrustStore(this))
    , m_icat(new IcatSession(m_profile.icatUrl, m_network, this))
{
    // TLS is verified; HTTP/2 is left on. Redirects are not followed silently across origins.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // the CA certificates that came with an imported profile, and the user's per-host decisions
    facility::FacilityRegistry::installCertificates(m_profile.id);
    m_tlsTrust->watch(m_network);
    m_icat->setTlsTrustStore(m_tlsTrust);
}

Account::~Account() = default;

} // namespace daas::identity
