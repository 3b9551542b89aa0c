#pragma once

#include "cloud/Environment.h"
#include "support/Error.h"

#include <QByteArray>
#include <QString>

namespace daas::cloud {

// A .rdp connection file for the system's own RDP client (mstsc, Remmina, xfreerdp3) made with FreeRDP's
// own rdp-file API: "full address" (host:port, an IPv6 host in brackets), "username", "screen mode id" 2
// (full screen). Never a password or anything else secret. An error when the console offers no RDP, or
// when the host or user name holds characters that could start a line of their own.
Result<QByteArray> rdpConnectionFile(const ConsoleEndpoint &console, const QString &userName);

// Writes that file atomically (QSaveFile: all or nothing at `path`); a Storage error when it cannot.
Error writeRdpConnectionFile(const QString &path, const ConsoleEndpoint &console, const QString &userName);

} // namespace daas::cloud
