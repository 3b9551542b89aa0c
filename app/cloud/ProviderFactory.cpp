#include "cloud/ProviderFactory.h"
#include "support/Redaction.h"

#include "cloud/OpenNebulaProvider.h"
#include "cloud/OpenStackProvider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daas::cloud {

Result<EnvironmentProvider *> createProvider(const facility::FacilityProfile &profile,
                                             QNetworkAccessManager *network,
                                             const CloudCredentials &credentials, QObject *parent)
{
    // the profile's choice (validated when it was read); the template or server may still say otherwise
    const remote::RemoteProtocol desktopProtocol =
        protocolFromName(profile.cloudDesktopProtocol).value_or(remote::RemoteProtocol::Vnc);
    if (profile.cloudType == u"opennebula" && profile.cloudUrl.isValid()) {
        OpenNebulaProvider::Options o;
        o.endpoint = profile.cloudUrl;
        o.userName = credentials.userName;
        o.password = credentials.password;
        o.desktopProtocol = desktopProtocol;
        o.rdpGatewayHost = profile.cloudRdpGatewayHost;
        o.rdpGatewayPort = profile.cloudRdpGatewayPort;
        return static_cast<EnvironmentProvider *>(new OpenNebulaProvider(network, o, parent));
    }
    if (profile.cloudType == u"openstack" && profile.cloudUrl.isValid()) {
        OpenStackProvider::Options o;
        o.authUrl = profile.cloudUrl;
        o.userName = credentials.userName;
        // the profile names the domain and project for everyone; no project: the user's only one
        o.userDomain = profile.cloudDomain.isEmpty() ? credentials.userDomain : profile.cloudDomain;
        o.password = credentials.password;
        o.projectName = credentials.projectName.isEmpty() ? profile.cloudProject : credentials.projectName;
        o.applicationCredentialId = credentials.applicationCredentialId;
        o.applicationCredentialSecret = credentials.applicationCredentialSecret;
        o.region = credentials.region;
        o.desktopProtocol = desktopProtocol;
        o.rdpGatewayHost = profile.cloudRdpGatewayHost;
        o.rdpGatewayPort = profile.cloudRdpGatewayPort;
        return static_cast<EnvironmentProvider *>(new OpenStackProvider(network, o, parent));
    }
    return Error(
        Error::Kind::Unsupported,
        QCoreApplication::translate("daas::cloud", "%1 offers no analysis environments.").arg(profile.name),
        u"cloud type '%1', url '%2'"_s.arg(profile.cloudType, support::redacted(profile.cloudUrl)));
}

} // namespace daas::cloud
