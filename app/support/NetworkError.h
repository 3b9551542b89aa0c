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

// The request timeout of the settings (network/requestTimeoutSeconds), in milliseconds.
int requestTimeoutMs();

// Every network request gets a timeout: this aborts `reply` once nothing was sent or received for `ms` (what
// QNetworkRequest::setTransferTimeout does) and marks it, so that transportError() reports a timeout — an
// Error of its own with a sentence — where Qt would report the abort as a cancel. A reply aborted by anyone
// else (the user's cancel, a pause) stays a cancel.
void abortWhenSilent(QNetworkReply *reply, int ms = requestTimeoutMs());
bool timedOut(const QNetworkReply *reply);

// "The server … did not answer within N seconds…"
Error timeoutError(const QUrl &url, int ms, const QString &detail = {});

// A plain sentence for an HTTP status that a protocol layer has no better words for.
Error httpStatusError(int status, const QString &service, const QString &detail = {});

} // namespace daas::support
