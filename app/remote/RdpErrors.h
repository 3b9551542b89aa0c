#pragma once

#include "support/Error.h"

namespace daas::remote {

// The sentence a user reads for the way an RDP connection ended: FreeRDP's last error (its
// FREERDP_ERROR_* code, what the client saw) and the server's error info (ERRINFO_*, why the server
// ended it). The kind decides what happens next: Network is retried, Authentication asks for the
// password again, the rest stops. `detail` goes to the log with both codes' names. `gateway`: the RD
// Gateway's "host:port" when the connection ended there, before it reached the desktop behind it (the
// sentence then names the gateway, not the desktop).
Error rdpError(quint32 lastError, quint32 errorInfo, bool wasConnected, const QString &gateway = {});

} // namespace daas::remote
