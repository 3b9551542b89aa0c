#pragma once

#include "cloud/EnvironmentProvider.h"
#include "facility/FacilityProfile.h"
#include "support/Error.h"

class QNetworkAccessManager;

namespace daas::cloud {

// What a user signs in to a cloud with. Held in memory only (from the keychain or a prompt).
struct CloudCredentials
{
    QString userName;
    QString password;
    // OpenStack only: an application credential replaces user name and password
    QString applicationCredentialId;
    QString applicationCredentialSecret;
    QString projectName; // OpenStack password sign-in; empty: the profile's cloud.project, else the user's
                         // only one
    QString userDomain = QStringLiteral("Default"); // the profile's cloud.domain wins
    QString region;
};

// The provider a facility profile names ("cloud": {"type": "opennebula"|"openstack", "url": …}), using the
// account's QNetworkAccessManager. Unsupported when the facility offers no cloud.
Result<EnvironmentProvider *> createProvider(const facility::FacilityProfile &profile,
                                             QNetworkAccessManager *network,
                                             const CloudCredentials &credentials, QObject *parent = nullptr);

} // namespace daas::cloud
