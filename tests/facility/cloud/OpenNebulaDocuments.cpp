// The XML documents oned answers with: a template, a VM (one.vm.info, extended or not) and the short VM of
// one.vmpool.info, in the layout of one@release-6.10.0.
#include "OpenNebulaEmulator.h"

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

QString el(const QString &name, const QString &value)
{
    return u"<%1>%2</%1>"_s.arg(name, value.toHtmlEscaped());
}

QString el(const QString &name, qint64 value)
{
    return el(name, QString::number(value));
}

} // namespace

QString OpenNebulaEmulator::lcmName(int lcm)
{
    switch (lcm) {
    case 0:
        return u"LCM_INIT"_s;
    case 1:
        return u"PROLOG"_s;
    case 2:
        return u"BOOT"_s;
    case 3:
        return u"RUNNING"_s;
    case 11:
        return u"EPILOG"_s;
    case 12:
        return u"SHUTDOWN"_s;
    case 18:
        return u"SHUTDOWN_POWEROFF"_s;
    case 20:
        return u"BOOT_POWEROFF"_s;
    default:
        return QString::number(lcm);
    }
}

QString OpenNebulaEmulator::templateXml(const Template &t) const
{
    QString templ =
        el(u"NAME"_s, t.name) + el(u"DESCRIPTION"_s, t.description) + el(u"SOFTWARE"_s, t.software) +
        el(u"CPU"_s, QString::number(t.cpu)) + el(u"VCPU"_s, t.vcpu) + el(u"MEMORY"_s, t.memoryMiB) +
        u"<DISK>"_s + el(u"IMAGE"_s, t.name + u" image"_s) + el(u"SIZE"_s, t.diskMiB) + u"</DISK>"_s +
        u"<GRAPHICS><TYPE>VNC</TYPE><LISTEN>0.0.0.0</LISTEN><RANDOM_PASSWD>YES</RANDOM_PASSWD></GRAPHICS>"_s +
        (m_options.rdp
             ? u"<NIC><NETWORK>private</NETWORK><RDP>YES</RDP></NIC>"_s + el(u"DAAS_PROTOCOL"_s, t.protocol)
             : u"<NIC><NETWORK>private</NETWORK></NIC>"_s);
    if (t.lifetimeSeconds > 0)
        templ += u"<SCHED_ACTION><ID>0</ID><ACTION>terminate</ACTION><TIME>+%1</TIME></SCHED_ACTION>"_s.arg(
            t.lifetimeSeconds);
    return u"<VMTEMPLATE>"_s + el(u"ID"_s, t.id) + el(u"UID"_s, 0) + el(u"GID"_s, 100) +
           el(u"UNAME"_s, u"oneadmin"_s) + el(u"GNAME"_s, u"CCP4Users"_s) + el(u"NAME"_s, t.name) +
           u"<PERMISSIONS><OWNER_U>1</OWNER_U><OWNER_M>1</OWNER_M><OWNER_A>0</OWNER_A><GROUP_U>1</GROUP_U>"
           "<GROUP_M>0</GROUP_M><GROUP_A>0</GROUP_A><OTHER_U>0</OTHER_U><OTHER_M>0</OTHER_M><OTHER_A>0</"
           "OTHER_A>"
           "</PERMISSIONS>"_s +
           el(u"REGTIME"_s, 1700000000) + u"<TEMPLATE>"_s + templ + u"</TEMPLATE></VMTEMPLATE>"_s;
}

QString OpenNebulaEmulator::vmXml(const Vm &vm, bool extended) const
{
    const Template *t = findTemplate(vm.templateId);
    if (!extended)
        return vmShortXml(vm, t);
    QString templ = el(u"CPU"_s, QString::number(t ? t->cpu : 1)) + el(u"MEMORY"_s, t ? t->memoryMiB : 1024) +
                    el(u"VCPU"_s, t ? t->vcpu : 1);
    const QString ip = u"10.0.0.%1"_s.arg(vm.id % 250 + 2);
    // RDP="YES" as in OpenNebula's NIC attribute; the guest is reached through EXTERNAL_IP (here the
    // loopback address its desktop listens on), the port in CONTEXT/RDP_PORT
    templ += u"<NIC>"_s + el(u"NIC_ID"_s, 0) + el(u"NETWORK"_s, u"private"_s) + el(u"IP"_s, ip) +
             el(u"EXTERNAL_IP"_s, u"127.0.0.1"_s) +
             el(u"MAC"_s, u"02:00:0a:00:00:%1"_s.arg(vm.id % 250 + 2, 2, 16, QLatin1Char('0'))) +
             (m_options.rdp ? el(u"RDP"_s, u"YES"_s) : QString()) + u"</NIC>"_s;
    templ += u"<GRAPHICS>"_s + el(u"TYPE"_s, u"VNC"_s) + el(u"LISTEN"_s, u"0.0.0.0"_s);
    if (vm.deployed)
        templ += el(u"PORT"_s, vm.vncPort) + el(u"PASSWD"_s, vm.password);
    templ += u"</GRAPHICS>"_s;
    templ += u"<CONTEXT>"_s + el(u"ETH0_IP"_s, ip) + el(u"NETWORK"_s, u"YES"_s) +
             (m_options.rdp ? el(u"RDP_PORT"_s, vm.rdpPort) : QString()) + el(u"USERNAME"_s, vm.owner) +
             u"</CONTEXT>"_s;
    if (t && t->lifetimeSeconds > 0)
        templ += u"<SCHED_ACTION><ID>0</ID><ACTION>terminate</ACTION><TIME>+%1</TIME></SCHED_ACTION>"_s.arg(
            t->lifetimeSeconds);
    templ += el(u"TEMPLATE_ID"_s, vm.templateId) + el(u"VMID"_s, vm.id);
    QString history;
    if (vm.deployed) {
        // a short pool body holds the last record only; one.vm.info all of them (here there is one)
        history = u"<HISTORY>"_s + el(u"OID"_s, vm.id) + el(u"SEQ"_s, 0) + el(u"HOSTNAME"_s, u"127.0.0.1"_s) +
                  el(u"HID"_s, 0) + el(u"CID"_s, 0) + el(u"STIME"_s, vm.stime) + el(u"ETIME"_s, vm.etime) +
                  el(u"VM_MAD"_s, u"kvm"_s) + el(u"TM_MAD"_s, u"ceph"_s) + el(u"DS_ID"_s, 0) +
                  el(u"ACTION"_s, 0) + u"</HISTORY>"_s;
    }
    return u"<VM>"_s + el(u"ID"_s, vm.id) + el(u"UID"_s, 5) + el(u"GID"_s, 100) + el(u"UNAME"_s, vm.owner) +
           el(u"GNAME"_s, u"CCP4Users"_s) + el(u"NAME"_s, vm.name) + el(u"LAST_POLL"_s, 0) +
           el(u"STATE"_s, vm.state) + el(u"LCM_STATE"_s, vm.lcm) + el(u"PREV_STATE"_s, vm.prevState) +
           el(u"PREV_LCM_STATE"_s, vm.prevLcm) + el(u"RESCHED"_s, 0) + el(u"STIME"_s, vm.stime) +
           el(u"ETIME"_s, vm.etime) + el(u"DEPLOY_ID"_s, vm.deployed ? u"one-%1"_s.arg(vm.id) : QString()) +
           u"<MONITORING/>"_s + u"<TEMPLATE>"_s + templ + u"</TEMPLATE><USER_TEMPLATE>"_s +
           el(u"DESCRIPTION"_s, t ? t->description : QString()) +
           (t && m_options.rdp ? el(u"DAAS_PROTOCOL"_s, t->protocol) : QString()) +
           u"</USER_TEMPLATE><HISTORY_RECORDS>"_s + history + u"</HISTORY_RECORDS></VM>"_s;
}

// The short body of one.vmpool.info from 5.10 on, as VirtualMachine::to_xml_short writes it
// (one@release-6.10.0 src/vm/VirtualMachine.cc, VirtualMachineNic.cc, History.cc, VirtualMachineTemplate.cc):
// no PERMISSIONS, no PREV_ states; in TEMPLATE only CPU, MEMORY, VCPU, short DISKs and NICs (addresses, MAC,
// NETWORK, NIC_ID: no RDP) and the whole GRAPHICS; no CONTEXT, SCHED_ACTION or TEMPLATE_ID; a USER_TEMPLATE
// with only LABELS, ERROR, SCHED_MESSAGE and the scheduler's attributes; the last HISTORY without its times.
QString OpenNebulaEmulator::vmShortXml(const Vm &vm, const Template *t) const
{
    const QString ip = u"10.0.0.%1"_s.arg(vm.id % 250 + 2);
    QString templ = el(u"CPU"_s, QString::number(t ? t->cpu : 1)) + el(u"MEMORY"_s, t ? t->memoryMiB : 1024) +
                    el(u"VCPU"_s, t ? t->vcpu : 1);
    templ += u"<DISK>"_s + el(u"DATASTORE"_s, u"default"_s) + el(u"DATASTORE_ID"_s, 1) + el(u"DISK_ID"_s, 0) +
             el(u"IMAGE"_s, (t ? t->name : u"VM"_s) + u" image"_s) + el(u"SIZE"_s, t ? t->diskMiB : 1024) +
             u"</DISK>"_s;
    templ += u"<NIC>"_s + el(u"IP"_s, ip) + el(u"EXTERNAL_IP"_s, u"127.0.0.1"_s) +
             el(u"MAC"_s, u"02:00:0a:00:00:%1"_s.arg(vm.id % 250 + 2, 2, 16, QLatin1Char('0'))) +
             el(u"NETWORK"_s, u"private"_s) + el(u"NIC_ID"_s, 0) + u"</NIC>"_s;
    templ += u"<GRAPHICS>"_s + el(u"LISTEN"_s, u"0.0.0.0"_s);
    if (vm.deployed)
        templ += el(u"PASSWD"_s, vm.password) + el(u"PORT"_s, vm.vncPort);
    templ += el(u"TYPE"_s, u"VNC"_s) + u"</GRAPHICS>"_s;
    QString history = u"<HISTORY_RECORDS/>"_s;
    if (vm.deployed)
        history = u"<HISTORY_RECORDS><HISTORY>"_s + el(u"OID"_s, vm.id) + el(u"SEQ"_s, 0) +
                  el(u"HOSTNAME"_s, u"127.0.0.1"_s) + el(u"HID"_s, 0) + el(u"CID"_s, 0) + el(u"DS_ID"_s, 0) +
                  el(u"VM_MAD"_s, u"kvm"_s) + el(u"TM_MAD"_s, u"ceph"_s) + el(u"ACTION"_s, 0) +
                  u"</HISTORY></HISTORY_RECORDS>"_s;
    return u"<VM>"_s + el(u"ID"_s, vm.id) + el(u"UID"_s, 5) + el(u"GID"_s, 100) + el(u"UNAME"_s, vm.owner) +
           el(u"GNAME"_s, u"CCP4Users"_s) + el(u"NAME"_s, vm.name) + el(u"LAST_POLL"_s, 0) +
           el(u"STATE"_s, vm.state) + el(u"LCM_STATE"_s, vm.lcm) + el(u"RESCHED"_s, 0) +
           el(u"STIME"_s, vm.stime) + el(u"ETIME"_s, vm.etime) +
           el(u"DEPLOY_ID"_s, vm.deployed ? u"one-%1"_s.arg(vm.id) : QString()) + u"<TEMPLATE>"_s + templ +
           u"</TEMPLATE><MONITORING/><USER_TEMPLATE></USER_TEMPLATE>"_s + history + u"</VM>"_s;
}

} // namespace daas::emulator
