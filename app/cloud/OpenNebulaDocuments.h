#pragma once

#include "cloud/Environment.h"
#include "cloud/XmlTree.h"
#include "support/Error.h"

#include <QList>

namespace daas::cloud::opennebula {

// OpenNebula's error codes (include/Request.h): the numbers are the contract, the message text varies by
// version.
enum ErrorCode : int {
    Authentication = 0x0100,
    Authorization = 0x0200,
    NoExists = 0x0400,
    Action = 0x0800,
    XmlRpcApi = 0x1000,
    Internal = 0x2000,
    Allocate = 0x4000,
    Locked = 0x8000,
};

// [false, message, code, ...] → an Error a user can act on: our sentence for the code, then the server's
// message without its "[method] " prefix (it often says what the code cannot, e.g. which quota is reached);
// the whole message also goes to the detail.
Error errorFromResult(int code, const QString &message, const QString &method);
// The explanation in a failure message or fault string, without the "[method] " prefix.
QString serverMessage(const QString &message);

// (STATE, LCM_STATE) → a state a user understands; LCM_STATE counts only when STATE is ACTIVE (3).
// cloudRunning is set for RUNNING and the operations a running machine goes through (hotplug, snapshot…).
EnvironmentState mapState(int state, int lcmState, bool *cloudRunning = nullptr);
QString rawStateName(int state, int lcmState); // "ACTIVE/RUNNING"

QList<EnvironmentTemplate> templatesFromPool(const XmlTree &pool);
EnvironmentTemplate templateFromDocument(const XmlTree &vmTemplate);
Environment environmentFromVm(const XmlTree &vm);
QList<Environment> environmentsFromPool(const XmlTree &pool);
// The ways into a VM's desktop, as OpenNebula's own FireEdge finds them (getVncSettings/getRdpSettings in
// src/fireedge/src/server/routes/api/vm/functions.js; docs "Accessing VM Console and Desktop"):
// - VNC: GRAPHICS of TYPE vnc, on the HOSTNAME of the last history record, GRAPHICS/PORT, GRAPHICS/PASSWD;
// - RDP: the first NIC or NIC_ALIAS with RDP="YES" (any case) that has an address, at its EXTERNAL_IP,
//   else its IP; port CONTEXT/RDP_PORT, 3389 when absent. A port that is not 1–65535 or an address that
//   is neither an IP nor a host name means no RDP (logged), never a guess.
// - preferred: DAAS_PROTOCOL ("vnc"|"rdp"), this project's attribute, in the VM's USER_TEMPLATE (where
//   OpenNebula puts a template's custom attributes when it instantiates it), else in its TEMPLATE; else
//   `fallback` (the facility profile's cloud.desktopProtocol).
// An error when the VM has neither, or only a VNC console that is not placed on a host yet.
Result<ConsoleEndpoint> consoleFromVm(const XmlTree &vm,
                                      remote::RemoteProtocol fallback = remote::RemoteProtocol::Vnc);

} // namespace daas::cloud::opennebula
