#pragma once

#include <QString>

class QUrl;

namespace daas::support {

// The one redaction of the project: everything that may reach a log line, an Error's detail or a sentence the
// user reads passes through redacted() first — where a URL or request data is put into an Error or a log,
// in Error's own additions (prefixed, withDetail, withServerMessage) and printing, in the `daas` tool's
// error output, and in the message handler every log line goes through. Secrets travel in places a log would
// otherwise copy:
//   - URLs: ICAT's /icat/session/<id>, IDS's ?sessionId=…, user:password@host, ?token=… of a console proxy;
//   - request data: form bodies (sessionId=…&query=…), JSON ("password": "…"), headers (Authorization,
//     X-Auth-Token, X-SLURM-USER-TOKEN), command lines (--password=…);
//   - anything else that happens to quote a secret the process holds (an XML-RPC dump whose first parameter
//     is OpenNebula's "user:password", a server message echoing the session id).
// The first two are found by their shape; the last by the secrets themselves, which every place that
// receives one hands to rememberSecret(). Each is replaced by "***" (its key or header name stays).
QString redacted(const QString &text);
// A URL for a log or a message: no password, secret-bearing query items, path segments and fragments as
// "***", percent-decoded where that is readable (QUrl::toDisplayString), and any remembered secret removed.
QString redacted(const QUrl &url);

// A secret this process now holds (a session id, a token, a password): from now on redacted() also replaces
// it — as it is, percent-encoded and inside base64 (an Authorization: Basic header) — wherever it appears.
// Values shorter than 6 characters are not taken (they would blank out ordinary words); the last 64 secrets
// are kept. Thread-safe.
void rememberSecret(const QString &secret);

// Every message of qDebug/qCInfo/… (the project's categories and Qt's own, e.g. qt.network.*) goes through
// redacted() before the handler installed so far prints it. The GUI and the `daas` tool call this first.
void installRedactingMessageHandler();

} // namespace daas::support
