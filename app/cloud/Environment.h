#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

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

// Where a desktop's VNC console is. host/port for a direct RFB connection (may be unroutable from the
// user's network); webSocketUrl, when set, reaches the same console through a websockify proxy (token in
// the URL, subprotocol "binary"). The password lives in memory only.
struct ConsoleEndpoint
{
    QString host;
    quint16 port = 0;
    QString password;
    QUrl webSocketUrl;

    bool hasDirect() const { return !host.isEmpty() && port != 0; }
    bool isValid() const { return hasDirect() || webSocketUrl.isValid(); }
};

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
