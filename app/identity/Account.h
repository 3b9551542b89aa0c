#pragma once

#include "facility/FacilityProfile.h"

#include <QObject>

class QNetworkAccessManager;

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

private:
    facility::FacilityProfile m_profile;
    QNetworkAccessManager *m_network;
    IcatSession *m_icat;
};

} // namespace daas::identity
