#pragma once

#include "facility/FacilityProfile.h"

#include <QObject>

class QNetworkAccessManager;

namespace daas::support {
class TlsTrustStore;
}

namespace daas::identity {

class IcatSession;

// The signed-in user at one facility (Nextcloud's Account pattern): owns the one QNetworkAccessManager of
// the GUI thread that every service of this account uses, the facility profile and the ICAT session.
// Services (catalogue, IDS, storage, ...) take an Account* and never make their own QNAM on this thread.
class Account : public QObject
{
    Q_OBJECT
public:
    explicit Account(facility::FacilityProfile profile, QObject *parent = nullptr);
    ~Account() override;

    const facility::FacilityProfile &profile() const { return m_profile; }
    QNetworkAccessManager *network() const { return m_network; }
    IcatSession *icat() const { return m_icat; }
    // Decides on certificates the system does not trust for every reply of network(): see TlsTrustStore.
    support::TlsTrustStore *tlsTrust() const { return m_tlsTrust; }

private:
    facility::FacilityProfile m_profile;
    QNetworkAccessManager *m_network;
    support::TlsTrustStore *m_tlsTrust;
    IcatSession *m_icat;
};

} // namespace daas::identity
