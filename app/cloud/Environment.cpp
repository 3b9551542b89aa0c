#include "cloud/Environment.h"

namespace daas::cloud {

QString stateName(EnvironmentState state)
{
    switch (state) {
    case EnvironmentState::Pending:
        return QStringLiteral("pending");
    case EnvironmentState::Booting:
        return QStringLiteral("booting");
    case EnvironmentState::Ready:
        return QStringLiteral("ready");
    case EnvironmentState::Stopping:
        return QStringLiteral("stopping");
    case EnvironmentState::Stopped:
        return QStringLiteral("stopped");
    case EnvironmentState::Failed:
        return QStringLiteral("failed");
    case EnvironmentState::Deleted:
        return QStringLiteral("deleted");
    }
    return QStringLiteral("unknown");
}

remote::RemoteProtocol ConsoleEndpoint::choose(std::optional<remote::RemoteProtocol> wanted) const
{
    if (wanted && offers(*wanted))
        return *wanted;
    if (offers(preferred))
        return preferred;
    return hasVnc() ? remote::RemoteProtocol::Vnc : remote::RemoteProtocol::Rdp;
}

std::optional<remote::RemoteProtocol> ConsoleEndpoint::probeProtocol() const
{
    const remote::RemoteProtocol chosen = choose();
    if (chosen != remote::RemoteProtocol::Rdp || rdpGatewayHost.isEmpty())
        return chosen;
    if (hasVnc())
        return remote::RemoteProtocol::Vnc;
    return std::nullopt;
}

QString protocolName(remote::RemoteProtocol protocol)
{
    return protocol == remote::RemoteProtocol::Rdp ? QStringLiteral("RDP") : QStringLiteral("VNC");
}

std::optional<remote::RemoteProtocol> protocolFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.compare(u"rdp", Qt::CaseInsensitive) == 0)
        return remote::RemoteProtocol::Rdp;
    if (trimmed.compare(u"vnc", Qt::CaseInsensitive) == 0)
        return remote::RemoteProtocol::Vnc;
    return std::nullopt;
}

} // namespace daas::cloud
