#pragma once

#include "EmulatorProcess.h"

#include <QJsonArray>

namespace daas::testing {

// Starts daas-opennebula-emulator or daas-openstack-emulator on a free port for one test. On SIGTERM the
// emulator stops every VM desktop; the desktops are also bound to the emulator's life, so none survives a
// crashed test.
class CloudEmulatorProcess : public EmulatorProcess
{
public:
    enum class Kind { OpenNebula, OpenStack };

    explicit CloudEmulatorProcess(Kind kind, const QStringList &extraArgs = {});

    QUrl rpcUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/RPC2"))); }
    QUrl keystoneUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/v3"))); }

    // Test hooks under /_emulator/: POST command → the JSON answer (null on failure); GET vms.
    QJsonValue admin(const QString &command, const QString &query = {}, bool post = true);
    QJsonArray vms() { return admin(QStringLiteral("vms"), {}, false).toArray(); }
    // The process id of the Xtigervnc desktop of the VM with this id, 0 when there is none.
    qint64 desktopPid(const QString &id);

    static bool processExists(qint64 pid);
};

} // namespace daas::testing
