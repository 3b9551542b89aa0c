#include "cloud/DesktopConnector.h"

#include "cloud/DesktopProbe.h"
#include "remote/RdpSession.h"
#include "remote/VncSession.h"
#include "support/Logging.h"

namespace daas::cloud {

DesktopConnector::DesktopConnector(QObject *parent)
    : QObject(parent)
{}

DesktopConnector::~DesktopConnector()
{
    abort();
}

void DesktopConnector::abort()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
}

void DesktopConnector::start(const ConsoleEndpoint &console, remote::RemoteProtocol protocol,
                             const Identity &identity, int directProbeMs)
{
    abort();
    if (!console.offers(protocol)) {
        Q_EMIT failed(
            Error(Error::Kind::Unsupported,
                  tr("This environment's desktop cannot be reached with %1.").arg(protocolName(protocol))));
        return;
    }
    if (protocol == remote::RemoteProtocol::Rdp || !console.hasDirect() || !console.webSocketUrl.isValid()) {
        const bool direct = protocol == remote::RemoteProtocol::Rdp || console.hasDirect();
        Q_EMIT sessionReady(sessionFor(console, protocol, direct, identity), direct);
        return;
    }
    // both routes: the machine's own address is often not reachable from the user's network; try it briefly
    m_probe = new DesktopProbe(this);
    auto done = [this, console, protocol, identity](bool direct) {
        abort();
        Q_EMIT sessionReady(sessionFor(console, protocol, direct, identity), direct);
    };
    connect(m_probe, &DesktopProbe::answered, this, [done] { done(true); });
    connect(m_probe, &DesktopProbe::failed, this, [done](const Error &error) {
        qCInfo(lcCloud) << "direct console not reachable, using the websockify proxy:" << error;
        done(false);
    });
    ConsoleEndpoint directOnly = console;
    directOnly.webSocketUrl = QUrl();
    m_probe->start(directOnly, directProbeMs);
}

remote::RemoteSession *DesktopConnector::sessionFor(const ConsoleEndpoint &console,
                                                    remote::RemoteProtocol protocol, bool direct,
                                                    const Identity &identity)
{
    if (protocol == remote::RemoteProtocol::Rdp)
        return new remote::RdpSession(rdpEndpoint(console, identity));
    return new remote::VncSession(vncEndpoint(console, direct));
}

remote::VncEndpoint DesktopConnector::vncEndpoint(const ConsoleEndpoint &console, bool direct)
{
    remote::VncEndpoint v;
    v.password = console.password;
    if (direct && console.hasDirect()) {
        v.host = console.host;
        v.port = console.port;
    } else {
        v.webSocketUrl = console.webSocketUrl;
        v.host = console.webSocketUrl.host();
        v.port = quint16(console.webSocketUrl.port(console.webSocketUrl.scheme() == u"wss" ? 443 : 80));
    }
    return v;
}

remote::RdpEndpoint DesktopConnector::rdpEndpoint(const ConsoleEndpoint &console, const Identity &identity)
{
    remote::RdpEndpoint r;
    r.host = console.rdpHost;
    r.port = console.rdpPort;
    r.userName = identity.userName;
    r.password = identity.password;
    r.domain = identity.domain;
    // the facility's gateway signs in the facility's users: the same identity as the desktop
    r.gatewayHost = console.rdpGatewayHost;
    r.gatewayPort = console.rdpGatewayPort;
    r.gatewayUsesDesktopCredentials = true;
    return r;
}

} // namespace daas::cloud
