#pragma once

#include "remote/RemoteInput.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace daas::cloud {

// What a user picks to launch: "CCP4 Analysis Machine" with its software and size. Fields a provider
// does not give stay empty/zero.
struct EnvironmentTemplate
{
    QString id; // provider's id: an OpenNebula template id, or "<image id>/<flavour id>" on OpenStack
    QString name;
    QString description;
    QStringList software;
    int cpus = 0;
    qint64 memoryMiB = 0;
    qint64 diskGiB = 0;
    qint64 lifetimeSeconds = 0; // 0: no automatic end
};

// A few states a user understands; the provider's own words stay in Environment::rawState for the log.
enum class EnvironmentState {
    Pending,  // queued by the cloud
    Booting,  // being deployed or booting; also "running" in the cloud's eyes until its desktop answers
    Ready,    // its desktop answers (only the EnvironmentWatcher says so)
    Stopping, // shutting down or being removed
    Stopped,  // powered off, can be resumed
    Failed,
    Deleted,
};

QString stateName(EnvironmentState state);

struct Environment
{
    QString id;
    QString name;
    QString templateId;
    QString templateName;
    EnvironmentState state = EnvironmentState::Pending;
    // The cloud reports the machine running (OpenNebula ACTIVE/RUNNING, Nova ACTIVE): the desktop may
    // still be starting, so the state stays Booting until a probe of the console answers.
    bool cloudRunning = false;
    QString rawState; // "ACTIVE/BOOT", "BUILD/spawning": for the log and a tooltip
    QString address;  // the machine's IP, when the provider reports one
    int cpus = 0;
    qint64 memoryMiB = 0;
    QDateTime created;
    QDateTime expires; // invalid: no automatic end
};

// The ways into one environment's desktop.
// VNC: host/port for a direct RFB connection (may be unroutable from the user's network); webSocketUrl,
// when set, reaches the same console through a websockify proxy (token in the URL, subprotocol
// "binary"). RDP: the machine's own address and port, where the VM offers RDP (OpenNebula's RDP
// attribute on a NIC; an OpenStack image or server that says so). The passwords live in memory only.
struct ConsoleEndpoint
{
    QString host;
    quint16 port = 0;
    QString password;
    QUrl webSocketUrl;

    QString rdpHost;
    quint16 rdpPort = 0;
    // The facility's RD Gateway in front of the RDP desktops (its profile's cloud.rdpGateway); empty: none.
    QString rdpGatewayHost;
    quint16 rdpGatewayPort = 443;
    // What the facility profile or the template asks for when the user has not chosen.
    remote::RemoteProtocol preferred = remote::RemoteProtocol::Vnc;

    bool hasDirect() const { return !host.isEmpty() && port != 0; }
    bool hasVnc() const { return hasDirect() || webSocketUrl.isValid(); }
    bool hasRdp() const { return !rdpHost.isEmpty() && rdpPort != 0; }
    bool offers(remote::RemoteProtocol protocol) const
    {
        return protocol == remote::RemoteProtocol::Rdp ? hasRdp() : hasVnc();
    }
    bool isValid() const { return hasVnc() || hasRdp(); }
    // The protocol to use: the one asked for if offered, else the preferred one, else any offered.
    remote::RemoteProtocol choose(std::optional<remote::RemoteProtocol> wanted = std::nullopt) const;
    // The protocol whose answer says the desktop is up (the readiness probe): the one choose() picks, but
    // an RDP desktop behind an RD Gateway answers only through the gateway, so the machine's VNC console
    // where it has one; nullopt when nothing can be probed from here.
    std::optional<remote::RemoteProtocol> probeProtocol() const;
};

QString protocolName(remote::RemoteProtocol protocol); // "VNC", "RDP"
// "vnc"/"rdp" in any case (a profile, a template attribute, a command-line option); nullopt otherwise.
std::optional<remote::RemoteProtocol> protocolFromName(QStringView name);

// Operations of an EnvironmentProvider, named in its failed() signal.
enum class CloudOperation {
    SignIn,
    ListTemplates,
    ListEnvironments,
    Refresh,
    Launch,
    Remove,
    Action,
    Console
};

// What action() can ask of a machine.
enum class EnvironmentAction { PowerOff, Resume, Reboot };

} // namespace daas::cloud

Q_DECLARE_METATYPE(daas::cloud::EnvironmentTemplate)
Q_DECLARE_METATYPE(daas::cloud::Environment)
Q_DECLARE_METATYPE(daas::cloud::ConsoleEndpoint)
