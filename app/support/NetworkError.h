#pragma once

#include "support/Error.h"

class QNetworkReply;
class QUrl;

namespace daas::support {

// The transport-level failure of a finished reply (no connection, TLS, timeout, dropped), or Error() when
// the request reached the server and got an HTTP answer. Protocol layers (ICAT, IDS, WebDAV) map HTTP
// statuses and bodies themselves and call this first.
Error transportError(const QNetworkReply *reply);
// The same for a request made without QNAM (code as QNetworkReply would report it; verb for the log).
Error transportError(int code, const QString &errorString, const QUrl &url, const QString &verb);

// A plain sentence for an HTTP status that a protocol layer has no better words for.
Error httpStatusError(int status, const QString &service, const QString &detail = {});

} // namespace daas::support
