#include "cloud/OpenNebulaDocuments.h"

#include "support/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace daas::cloud::opennebula {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::cloud::opennebula", text);
}

// include/VirtualMachine.h, 6.10 (index = value; retired numbers keep their old names)
constexpr std::array<const char *, 72> lcmNames = {"LCM_INIT",
                                                   "PROLOG",
                                                   "BOOT",
                                                   "RUNNING",
                                                   "MIGRATE",
                                                   "SAVE_STOP",
                                                   "SAVE_SUSPEND",
                                                   "SAVE_MIGRATE",
                                                   "PROLOG_MIGRATE",
                                                   "PROLOG_RESUME",
                                                   "EPILOG_STOP",
                                                   "EPILOG",
                                                   "SHUTDOWN",
                                                   "CANCEL",
                                                   "FAILURE",
                                                   "CLEANUP_RESUBMIT",
                                                   "UNKNOWN",
                                                   "HOTPLUG",
                                                   "SHUTDOWN_POWEROFF",
                                                   "BOOT_UNKNOWN",
                                                   "BOOT_POWEROFF",
                                                   "BOOT_SUSPENDED",
                                                   "BOOT_STOPPED",
                                                   "CLEANUP_DELETE",
                                                   "HOTPLUG_SNAPSHOT",
                                                   "HOTPLUG_NIC",
                                                   "HOTPLUG_SAVEAS",
                                                   "HOTPLUG_SAVEAS_POWEROFF",
                                                   "HOTPLUG_SAVEAS_SUSPENDED",
                                                   "SHUTDOWN_UNDEPLOY",
                                                   "EPILOG_UNDEPLOY",
                                                   "PROLOG_UNDEPLOY",
                                                   "BOOT_UNDEPLOY",
                                                   "HOTPLUG_PROLOG_POWEROFF",
                                                   "HOTPLUG_EPILOG_POWEROFF",
                                                   "BOOT_MIGRATE",
                                                   "BOOT_FAILURE",
                                                   "BOOT_MIGRATE_FAILURE",
                                                   "PROLOG_MIGRATE_FAILURE",
                                                   "PROLOG_FAILURE",
                                                   "EPILOG_FAILURE",
                                                   "EPILOG_STOP_FAILURE",
                                                   "EPILOG_UNDEPLOY_FAILURE",
                                                   "PROLOG_MIGRATE_POWEROFF",
                                                   "PROLOG_MIGRATE_POWEROFF_FAILURE",
                                                   "PROLOG_MIGRATE_SUSPEND",
                                                   "PROLOG_MIGRATE_SUSPEND_FAILURE",
                                                   "BOOT_UNDEPLOY_FAILURE",
                                                   "BOOT_STOPPED_FAILURE",
                                                   "PROLOG_RESUME_FAILURE",
                                                   "PROLOG_UNDEPLOY_FAILURE",
                                                   "DISK_SNAPSHOT_POWEROFF",
                                                   "DISK_SNAPSHOT_REVERT_POWEROFF",
                                                   "DISK_SNAPSHOT_DELETE_POWEROFF",
                                                   "DISK_SNAPSHOT_SUSPENDED",
                                                   "DISK_SNAPSHOT_REVERT_SUSPENDED",
                                                   "DISK_SNAPSHOT_DELETE_SUSPENDED",
                                                   "DISK_SNAPSHOT",
                                                   "DISK_SNAPSHOT_REVERT",
                                                   "DISK_SNAPSHOT_DELETE",
                                                   "PROLOG_MIGRATE_UNKNOWN",
                                                   "PROLOG_MIGRATE_UNKNOWN_FAILURE",
                                                   "DISK_RESIZE",
                                                   "DISK_RESIZE_POWEROFF",
                                                   "DISK_RESIZE_UNDEPLOYED",
                                                   "HOTPLUG_NIC_POWEROFF",
                                                   "HOTPLUG_RESIZE",
                                                   "HOTPLUG_SAVEAS_UNDEPLOYED",
                                                   "HOTPLUG_SAVEAS_STOPPED",
                                                   "BACKUP",
                                                   "BACKUP_POWEROFF",
                                                   "RESTORE"};

constexpr std::array<const char *, 12> stateNames = {"INIT",     "PENDING",    "HOLD",    "ACTIVE",
                                                     "STOPPED",  "SUSPENDED",  "DONE",    "FAILED",
                                                     "POWEROFF", "UNDEPLOYED", "CLONING", "CLONING_FAILURE"};

// A SCHED_ACTION that ends the machine: TIME is "+seconds" after the VM starts, or an absolute epoch.
std::optional<qint64> terminateTime(const XmlTree &templ, bool *relative)
{
    for (const XmlTree &action : templ.all(u"SCHED_ACTION")) {
        const QString name = action.value(u"ACTION").toLower();
        if (name != u"terminate" && name != u"terminate-hard")
            continue;
        QString time = action.value(u"TIME");
        *relative = time.startsWith(u'+');
        if (*relative)
            time.remove(0, 1);
        bool ok = false;
        const qint64 t = time.toLongLong(&ok);
        if (ok && t > 0)
            return t;
    }
    return std::nullopt;
}

QDateTime fromEpoch(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC) : QDateTime();
}

int cpusOf(const XmlTree &templ)
{
    // VCPU is what the guest sees; CPU is a (possibly fractional) share of physical CPUs
    constexpr int most = std::numeric_limits<int>::max();
    const qint64 vcpu = templ.number(u"VCPU");
    if (vcpu > 0)
        return vcpu <= most ? int(vcpu) : 0; // past int it is not a count of CPUs but a lie: unknown
    const double cpu = templ.value(u"CPU").toDouble();
    return cpu > 0 && cpu < most ? qRound(cpu) : 0; // rounding a number past int is undefined
}

} // namespace

Error errorForCode(int code, const QString &method, const QString &message);

QString serverMessage(const QString &message)
{
    // "[one.template.instantiate] user [5] limit of 2 reached for VMS quota in VM": the method name in front
    // is for the log, the rest is the explanation
    QString text = message.trimmed();
    if (text.startsWith(u'[')) {
        const qsizetype end = text.indexOf(u"] "_s);
        if (end > 0)
            text = text.mid(end + 2);
    }
    return text;
}

Error errorFromResult(int code, const QString &message, const QString &method)
{
    return errorForCode(code, method, message).withServerMessage(u"OpenNebula"_s, serverMessage(message));
}

Error errorForCode(int code, const QString &method, const QString &message)
{
    const QString detail = u"OpenNebula %1 error %2: %3"_s.arg(method).arg(code).arg(message);
    switch (code) {
    case Authentication:
        return Error(
            Error::Kind::Authentication,
            tr("OpenNebula did not accept the user name and password. Check them and sign in again."),
            detail);
    case Authorization:
        return Error(Error::Kind::Permission,
                     tr("OpenNebula does not allow you to do this. Ask the facility's support for access."),
                     detail);
    case NoExists:
        return Error(Error::Kind::NotFound,
                     tr("OpenNebula does not have this machine or template (any more)."), detail);
    case Action:
        return Error(
            Error::Kind::Conflict,
            tr("The machine cannot do this in its current state. Wait until it has finished what it is "
               "doing and try again."),
            detail);
    case Locked:
        return Error(
            Error::Kind::Conflict,
            tr("The machine is locked by an administrator. Try again later or ask the facility's support."),
            detail);
    case Allocate:
        return Error(
            Error::Kind::Server,
            tr("OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or "
               "later."),
            detail);
    case XmlRpcApi:
        return Error(
            Error::Kind::Protocol,
            tr("OpenNebula did not understand the request. This OpenNebula version may not be supported."),
            detail);
    default:
        return Error(Error::Kind::Server, tr("OpenNebula reported an internal error. Try again later."),
                     detail);
    }
}

QString rawStateName(int state, int lcmState)
{
    const QString s = state >= 0 && state < int(stateNames.size()) ? QString::fromLatin1(stateNames[state])
                                                                   : u"STATE_%1"_s.arg(state);
    if (state != 3)
        return s;
    const QString l = lcmState >= 0 && lcmState < int(lcmNames.size())
                          ? QString::fromLatin1(lcmNames[lcmState])
                          : u"LCM_%1"_s.arg(lcmState);
    return s + u'/' + l;
}

EnvironmentState mapState(int state, int lcmState, bool *cloudRunning)
{
    bool running = false;
    EnvironmentState result = EnvironmentState::Failed;
    switch (state) {
    case 0:  // INIT
    case 1:  // PENDING
    case 2:  // HOLD
    case 10: // CLONING
        result = EnvironmentState::Pending;
        break;
    case 4: // STOPPED
    case 5: // SUSPENDED
    case 8: // POWEROFF
    case 9: // UNDEPLOYED
        result = EnvironmentState::Stopped;
        break;
    case 6: // DONE
        result = EnvironmentState::Deleted;
        break;
    case 3: { // ACTIVE: the LCM state says what
        const QString name = lcmState >= 0 && lcmState < int(lcmNames.size())
                                 ? QString::fromLatin1(lcmNames[lcmState])
                                 : QString();
        if (name.isEmpty() || name.endsWith(u"FAILURE") || lcmState == 16 /* UNKNOWN */) {
            result = EnvironmentState::Failed;
        } else if (lcmState == 0) {
            result = EnvironmentState::Pending;
        } else if (name.startsWith(u"PROLOG") || name.startsWith(u"BOOT")) {
            result = EnvironmentState::Booting;
        } else if (name.startsWith(u"SHUTDOWN") || name.startsWith(u"EPILOG") || name.startsWith(u"SAVE") ||
                   name.startsWith(u"CLEANUP") || name == u"CANCEL") {
            result = EnvironmentState::Stopping;
        } else {
            // RUNNING, MIGRATE, HOTPLUG*, DISK_*, BACKUP, RESTORE: the guest is up
            result = EnvironmentState::Booting;
            running = true;
        }
        // the *_POWEROFF/_SUSPENDED/_UNDEPLOYED/_STOPPED hotplug and snapshot variants act on a stopped guest
        if (running && (name.endsWith(u"POWEROFF") || name.endsWith(u"SUSPENDED") ||
                        name.endsWith(u"UNDEPLOYED") || name.endsWith(u"STOPPED"))) {
            running = false;
            result = EnvironmentState::Stopped;
        }
        break;
    }
    default: // 7 FAILED (retired), 11 CLONING_FAILURE, unknown
        result = EnvironmentState::Failed;
        break;
    }
    if (cloudRunning)
        *cloudRunning = running;
    return result;
}

EnvironmentTemplate templateFromDocument(const XmlTree &vmTemplate)
{
    const XmlTree templ = vmTemplate.child(u"TEMPLATE");
    EnvironmentTemplate t;
    t.id = vmTemplate.value(u"ID");
    t.name = vmTemplate.value(u"NAME");
    t.description = templ.value(u"DESCRIPTION");
    // SOFTWARE is this project's attribute (comma-separated); sites put such lists in free-form attributes
    const QStringList software = templ.value(u"SOFTWARE").split(u',', Qt::SkipEmptyParts);
    for (const QString &s : software)
        t.software.append(s.trimmed());
    t.cpus = cpusOf(templ);
    t.memoryMiB = templ.number(u"MEMORY");
    qint64 diskMiB = 0;
    for (const XmlTree &disk : templ.all(u"DISK")) {
        // a size past qint64 in sum stays at the most rather than wrapping (undefined) into a negative
        if (const qint64 size = disk.number(u"SIZE"); size > 0 && qAddOverflow(diskMiB, size, &diskMiB))
            diskMiB = std::numeric_limits<qint64>::max();
    }
    t.diskGiB = diskMiB / 1024 + (diskMiB % 1024 != 0);
    bool relative = false;
    if (const auto time = terminateTime(templ, &relative); time && relative)
        t.lifetimeSeconds = *time;
    return t;
}

QList<EnvironmentTemplate> templatesFromPool(const XmlTree &pool)
{
    QList<EnvironmentTemplate> out;
    for (const XmlTree &t : pool.all(u"VMTEMPLATE"))
        out.append(templateFromDocument(t));
    return out;
}

Environment environmentFromVm(const XmlTree &vm)
{
    const XmlTree templ = vm.child(u"TEMPLATE");
    Environment e;
    e.id = vm.value(u"ID");
    e.name = vm.value(u"NAME");
    e.templateId = templ.value(u"TEMPLATE_ID");
    const int state = int(vm.number(u"STATE", -1));
    const int lcm = int(vm.number(u"LCM_STATE", 0));
    e.state = mapState(state, lcm, &e.cloudRunning);
    e.rawState = rawStateName(state, lcm);
    for (const XmlTree &nic : templ.all(u"NIC")) {
        e.address = nic.value(u"EXTERNAL_IP");
        if (e.address.isEmpty())
            e.address = nic.value(u"IP");
        if (!e.address.isEmpty())
            break;
    }
    if (e.address.isEmpty())
        e.address = templ.value(u"CONTEXT/ETH0_IP");
    e.cpus = cpusOf(templ);
    e.memoryMiB = templ.number(u"MEMORY");
    const qint64 start = vm.number(u"STIME");
    e.created = fromEpoch(start);
    bool relative = false;
    if (const auto time = terminateTime(templ, &relative))
        e.expires = fromEpoch(relative ? start + *time : *time);
    return e;
}

QList<Environment> environmentsFromPool(const XmlTree &pool)
{
    QList<Environment> out;
    for (const XmlTree &vm : pool.all(u"VM"))
        out.append(environmentFromVm(vm));
    return out;
}

namespace {

bool isYes(const QString &value)
{
    return value.compare(u"yes", Qt::CaseInsensitive) == 0;
}

// An address a NIC may carry: an IP address or a DNS name, nothing that could smuggle a port, a path or
// options into a connection.
bool isPlainAddress(const QString &address)
{
    if (!QHostAddress(address).isNull())
        return true;
    static const QRegularExpression name(
        u"^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$"_s);
    return address.size() <= 253 && name.match(address).hasMatch();
}

// RDP as FireEdge offers it: the first NIC (or NIC alias) with RDP="YES" that has an address.
void addRdp(const XmlTree &vm, ConsoleEndpoint &c)
{
    const XmlTree templ = vm.child(u"TEMPLATE");
    QList<XmlTree> nics = templ.all(u"NIC");
    nics += templ.all(u"NIC_ALIAS");
    QString host;
    bool rdpNic = false;
    for (const XmlTree &nic : std::as_const(nics)) {
        if (!isYes(nic.value(u"RDP")))
            continue;
        rdpNic = true;
        host = nic.value(u"EXTERNAL_IP");
        if (host.isEmpty())
            host = nic.value(u"IP");
        if (!host.isEmpty())
            break;
    }
    if (!rdpNic)
        return;
    const QString vmId = vm.value(u"ID");
    if (host.isEmpty()) {
        qCInfo(lcCloud) << "OpenNebula VM" << vmId << "has a NIC with RDP=YES but no IP: no RDP";
        return;
    }
    if (!isPlainAddress(host)) {
        qCWarning(lcCloud) << "OpenNebula VM" << vmId << "has an RDP NIC with an unusable address: no RDP";
        return;
    }
    const QString portText = templ.value(u"CONTEXT/RDP_PORT");
    uint port = 3389;
    if (!portText.isEmpty()) {
        bool ok = false;
        port = portText.toUInt(&ok, 10);
        const bool digitsOnly =
            std::all_of(portText.cbegin(), portText.cend(), [](QChar ch) { return ch.isDigit(); });
        if (!ok || !digitsOnly || port == 0 || port > 65535) {
            qCWarning(lcCloud) << "OpenNebula VM" << vmId << "has CONTEXT/RDP_PORT" << portText.left(20)
                               << "which is not a port: no RDP";
            return;
        }
    }
    c.rdpHost = host;
    c.rdpPort = quint16(port);
}

} // namespace

Result<ConsoleEndpoint> consoleFromVm(const XmlTree &vm, remote::RemoteProtocol fallback)
{
    const QString vmName = vm.value(u"NAME");
    ConsoleEndpoint c;
    // DAAS_PROTOCOL: this project's attribute (OpenNebula has none for a preferred console); a custom
    // template attribute lands in the VM's USER_TEMPLATE
    QString wanted = vm.value(u"USER_TEMPLATE/DAAS_PROTOCOL");
    if (wanted.isEmpty())
        wanted = vm.value(u"TEMPLATE/DAAS_PROTOCOL");
    c.preferred = protocolFromName(wanted).value_or(fallback);
    addRdp(vm, c);

    const XmlTree graphics = vm.child(u"TEMPLATE/GRAPHICS");
    // compare case-insensitively: templates write both "vnc" and "VNC"
    if (graphics.isNull() || graphics.value(u"TYPE").compare(u"vnc", Qt::CaseInsensitive) != 0) {
        if (c.hasRdp())
            return c;
        return Error(
            Error::Kind::Unsupported,
            tr("The machine %1 has no VNC or RDP desktop. Ask the facility's support to enable one in "
               "its template.")
                .arg(vmName),
            u"GRAPHICS/TYPE=%1, no NIC with RDP=YES and an address"_s.arg(graphics.value(u"TYPE")));
    }
    const QList<XmlTree> history = vm.child(u"HISTORY_RECORDS").all(u"HISTORY");
    const QString host = history.isEmpty() ? QString() : history.last().value(u"HOSTNAME");
    bool ok = false;
    const uint port = graphics.value(u"PORT").toUInt(&ok);
    if (host.isEmpty() || !ok || port == 0 || port > 65535) {
        if (c.hasRdp())
            return c; // RDP reaches the machine itself; its VNC console waits for a host
        return Error(
            Error::Kind::Conflict,
            tr("The machine %1 has not been placed on a host yet. Wait until it is running.").arg(vmName),
            u"HISTORY HOSTNAME='%1' GRAPHICS/PORT='%2'"_s.arg(host, graphics.value(u"PORT")));
    }
    c.host = host;
    c.port = quint16(port);
    c.password = graphics.value(u"PASSWD");
    return c;
}

} // namespace daas::cloud::opennebula
