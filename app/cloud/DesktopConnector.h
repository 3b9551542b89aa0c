#pragma once

#include "cloud/Environment.h"
#include "remote/RdpEndpoint.h"
#include "remote/VncEndpoint.h"
#include "support/Error.h"

#include <QObject>
#include <QPointer>

namespace daas::remote {
class RemoteSession;
}

namespace daas::cloud {

class DesktopProbe;

// Opens an environment's desktop in the protocol the user chose: decides the engine (VNC or RDP) and,
// for VNC consoles that have both, the route (the machine's own address when it answers within a short
// time, else the websockify proxy). The GUI and the CLI get a RemoteSession that is ready to open().
class DesktopConnector : public QObject
{
    Q_OBJECT
public:
    // Who signs in to an RDP desktop: the facility's one identity (the VMs know the facility's users).
    struct Identity
    {
        QString userName;
        QString password;
        QString domain;
    };

    explicit DesktopConnector(QObject *parent = nullptr);
    ~DesktopConnector() override;

    // Answers once with sessionReady (the receiver owns the session) or failed.
    void start(const ConsoleEndpoint &console, remote::RemoteProtocol protocol, const Identity &identity,
               int directProbeMs = 3000);
    void abort();

    static remote::RemoteSession *sessionFor(const ConsoleEndpoint &console, remote::RemoteProtocol protocol,
                                             bool direct, const Identity &identity);
    // The console a VNC session should use: the direct host:port, or the websockify URL.
    static remote::VncEndpoint vncEndpoint(const ConsoleEndpoint &console, bool direct);
    static remote::RdpEndpoint rdpEndpoint(const ConsoleEndpoint &console, const Identity &identity);

Q_SIGNALS:
    void sessionReady(daas::remote::RemoteSession *session, bool direct);
    void failed(const daas::Error &error);

private:
    QPointer<DesktopProbe> m_probe;
};

} // namespace daas::cloud
