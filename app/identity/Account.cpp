#include "identity/Account.h"

#include "identity/IcatSession.h"

#include <QNetworkAccessManager>

namespace daas::identity {

Account::Account(facility::FacilityProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(new QNetworkAccessManager(this))
    , m_icat(new IcatSession(m_profile.icatUrl, m_network, this))
{
    // TLS is verified; HTTP/2 is left on. Redirects are not followed silently across origins.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

Account::~Account() = default;

} // namespace daas::identity
