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
// GRAPHICS of type VNC on the host of the last history record.
Result<ConsoleEndpoint> consoleFromVm(const XmlTree &vm);

} // namespace daas::cloud::opennebula
