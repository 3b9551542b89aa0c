#pragma once

#include <QSize>
#include <QString>

namespace daas::remote {

// Where and how to reach one RDP desktop. The passwords live only in memory (from the keychain or a
// prompt); nothing here is written to settings or logs.
struct RdpEndpoint
{
    enum class Security { Negotiate, Nla, Tls, Rdp };

    QString host;
    quint16 port = 3389;
    QString userName;
    QString domain;
    QString password;
    Security security = Security::Negotiate;

    // An RD Gateway (HTTP transport) in front of the desktop; empty host: none.
    QString gatewayHost;
    quint16 gatewayPort = 443;
    QString gatewayUserName;
    QString gatewayDomain;
    QString gatewayPassword;
    bool gatewayUsesDesktopCredentials = true;

    // The desktop size asked for at connect (device pixels) and the scale the remote side should use
    // (device pixel ratio × 100). Later sizes go through the Display Control channel.
    QSize initialSize{1280, 800};
    int scalePercent = 100;
    // The keyboard layout id Windows servers use (0x409 = US); 0: this computer's.
    quint32 keyboardLayout = 0;

    bool reconnect = true;
    int maxReconnectAttempts = 8;
    int firstReconnectDelayMs = 1000;
};

} // namespace daas::remote
