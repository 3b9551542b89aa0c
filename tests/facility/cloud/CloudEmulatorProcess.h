#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace daas::testing {

// Starts daas-opennebula-emulator or daas-openstack-emulator on a free port for one test. Stopping sends
// SIGTERM (the emulator then stops every VM desktop) and kills only if it does not end; the desktops are
// also bound to the emulator's life, so none survives a crashed test.
class CloudEmulatorProcess
{
public:
    enum class Kind { OpenNebula, OpenStack };

    CloudEmulatorProcess(Kind kind, QStringList extraArgs = {});
    ~CloudEmulatorProcess();

    bool isRunning() const { return m_base.isValid(); }
    QUrl baseUrl() const { return m_base; }
    QUrl rpcUrl() const { return m_base.resolved(QUrl(QStringLiteral("/RPC2"))); }
    QUrl keystoneUrl() const { return m_base.resolved(QUrl(QStringLiteral("/v3"))); }

    // Test hooks under /_emulator/: POST command → the JSON answer (null on failure); GET vms.
    QJsonValue admin(const QString &command, const QString &query = {}, bool post = true);
    QJsonArray vms() { return admin(QStringLiteral("vms"), {}, false).toArray(); }
    void stop();
    QString log();

    static bool processExists(qint64 pid);

private:
    QProcess m_process;
    QUrl m_base;
    QByteArray m_log;
};

} // namespace daas::testing
