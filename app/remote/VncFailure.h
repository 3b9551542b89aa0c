#pragma once

#include "support/Error.h"

#include <QString>
#include <QStringList>

namespace daas::remote {

// Why a libvncclient connection ended, read from what the library wrote to its log. libvncclient reports a
// failure only as log lines (rfbClientLog/rfbClientErr, which VncWorker hooks) and a FALSE return; the lines
// recognised here are those of libvncclient 0.9.15 (Debian 13; rfbclient.c, zlib.c, tight.c, ultra.c).
// Three things are told apart:
// - the server refused the connection and said why (RFB's failure reason: after the version handshake in
//   3.3, as an empty list of security types in 3.7+, or with a failed SecurityResult in 3.8): the user
//   reads the server's own words;
// - the server broke the protocol (a message or rectangle this client cannot read): a Protocol error,
//   which is not worth reconnecting for;
// - the connection simply went away: a Network error, which is.
class VncFailureLog
{
public:
    // Every line the connection logged, in order.
    void add(const QString &line);
    // Called when the session is connected: the set-up's lines do not explain how the session ends.
    void restart();

    // The server refused the connection (with or without a reason).
    bool refused() const { return m_refused; }
    // The server's reason for refusing, as it sent it; empty when it gave none.
    const QString &serverReason() const { return m_serverReason; }
    // The line that says the server broke the protocol; empty when none did, or when the connection had
    // already failed before it (what is read after a failed write is not the server's doing).
    const QString &violation() const { return m_violation; }

    struct Situation
    {
        bool wasConnected = false;
        bool authenticating = false; // a password or credentials were asked for
        bool sizeRefused = false;    // the server announced a desktop too large to show
    };
    Error error(const Situation &situation) const;

    // Whether libvncclient writes this line only when the server sent something it cannot read.
    static bool isProtocolViolation(const QString &line);

private:
    QStringList m_lines; // the last ones, for the error's detail
    QString m_serverReason;
    QString m_violation;
    bool m_refused = false;
    bool m_lost = false; // the connection failed (a read or write did)
};

} // namespace daas::remote
