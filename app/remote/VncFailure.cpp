#include "remote/VncFailure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daas::remote {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(daas::remote::VncFailureLog)
};

constexpr qsizetype kKeptLines = 30;

// "VNC connection failed: <reason>" is how ReadReason() logs the reason of a refusal, whichever stage it
// came at; "VNC connection failed, but sent reason length …" is a refusal whose reason broke the protocol.
constexpr QStringView kReasonPrefix = u"VNC connection failed:";

// Lines libvncclient writes just before it gives up because the server sent something it cannot read.
// Each is followed by a FALSE return, never by a recovery.
constexpr QStringView kViolations[] = {
    u"not a valid vnc server",                         // the greeting is not "RFB xxx.yyy"
    u"exceeds limit of 1mb",                           // a refusal's reason longer than 1 MiB
    u"unknown vnc authentication result",              // a SecurityResult neither 0, 1 nor 2
    u"too big desktop name length",                    // ServerInit
    u"rect too large",                                 // a rectangle beyond the screen
    u"unknown rect encoding",                          // an encoding that was never offered or defined
    u"too big cut text length",                        // ServerCutText of more than 1 MiB (or 2^31)
    u"unknown message type",                           // a server message type no one defined
    u"rfbclientprocessextservercuttext. len < 4",      // extended clipboard
    u"rfbclientprocessextservercuttext. inflate size", // "… failed", "… error"
    u"rfbclientprocessextservercuttext. size too large",
    u"rfbclientprocessextservercuttext. inflate buf failed",
    u"zlib inflate",       // ZLib/ZRLE: "needs a dictionary", "returned error", "ran out of space"
    u"rect out of bounds", // Tight
    u"tight encoding: bad subencoding",          // Tight
    u"tight encoding: unknown filter",           // Tight
    u"incorrect data received from the server",  // Tight
    u"received uncompressed byte count exceeds", // Tight
    u"inflate error:",                           // Tight
    u"incorrect number of scan lines",           // Tight
    u"turbojpeg error",                          // Tight JPEG that does not decode
    u"ultra error",                              // Ultra: a negative payload size
    u"ultrazip error",
    u"ultra decompress", // "… returned error", "… decompressed unexpected amount of data"
};

// Lines libvncclient writes when the connection itself failed (sockets.c, tls_gnutls.c). What it reads after
// one of them is not the server's doing: a write that failed half way through a message's handling leaves
// the rest of that message to be read as the next one ("Unknown message type 248" after "write", seen with a
// server killed while the viewer asked for the screen).
constexpr QStringView kConnectionLost[] = {
    u"write",                        // "write", "write failed"
    u"read (",                       // "read (104: Connection reset by peer)"
    u"vnc server closed connection", // end of stream
    u"error reading from tls",       // GnuTLS
    u"error writing to tls",
};

bool isConnectionLoss(const QString &line)
{
    const QString lower = line.trimmed().toLower();
    for (const QStringView phrase : kConnectionLost)
        if (lower.startsWith(phrase))
            return true;
    return false;
}

} // namespace

bool VncFailureLog::isProtocolViolation(const QString &line)
{
    for (const QStringView phrase : kViolations)
        if (line.contains(phrase, Qt::CaseInsensitive))
            return true;
    return false;
}

void VncFailureLog::add(const QString &line)
{
    m_lines.append(line);
    if (m_lines.size() > kKeptLines)
        m_lines.removeFirst();
    if (line.startsWith(kReasonPrefix)) {
        m_refused = true;
        m_serverReason = line.mid(kReasonPrefix.size()).trimmed();
    } else if (line.startsWith(u"List of security types is ZERO")) {
        m_refused = true; // the reason follows on its own line
    }
    if (isConnectionLoss(line))
        m_lost = true;
    else if (m_violation.isEmpty() && !m_lost && isProtocolViolation(line))
        m_violation = line;
}

void VncFailureLog::restart()
{
    m_lines.clear();
    m_serverReason.clear();
    m_violation.clear();
    m_refused = false;
    m_lost = false;
}

Error VncFailureLog::error(const Situation &situation) const
{
    const QString detail = m_lines.join(u" | ");
    const QString lower = detail.toLower();
    const QString vncServer = Tr::tr("The VNC server");
    if (situation.sizeRefused) {
        return Error(
            Error::Kind::Protocol,
            Tr::tr(
                "The remote desktop announced a screen size this viewer cannot show. Ask the environment's "
                "administrator to check its display settings."),
            detail);
    }
    if (!m_violation.isEmpty()) {
        return Error(
            Error::Kind::Protocol,
            Tr::tr("The remote desktop sent something this viewer cannot read, so the connection was "
                   "closed and not tried again. Restart the environment; if it happens again, tell "
                   "the facility's support."),
            detail);
    }
    // once connected, sign-in and certificates are behind: an end is the connection's ("Error reading from
    // TLS" is a lost connection, not a certificate)
    if (situation.wasConnected) {
        return Error(
            Error::Kind::Network,
            Tr::tr("The connection to the remote desktop was lost. Check the network; the viewer tries to "
                   "reconnect."),
            detail);
    }
    if (m_refused && situation.authenticating) {
        return Error(Error::Kind::Authentication,
                     Tr::tr("The remote desktop did not accept the password. Check it and connect again."),
                     detail)
            .withServerMessage(vncServer, m_serverReason);
    }
    if (m_refused) {
        // refused before any password was asked: a blocked address, too many connections, a server
        // shutting down; its words say which
        return Error(Error::Kind::Permission,
                     Tr::tr(
                         "The remote desktop refused the connection. Try again in a few minutes; if it keeps "
                         "refusing, restart the environment."),
                     detail)
            .withServerMessage(vncServer, m_serverReason);
    }
    // RFB 3.3 and 3.7 say no more than "failed" or "too many"
    if (lower.contains(u"authentication failed") || lower.contains(u"too many tries")) {
        return Error(Error::Kind::Authentication,
                     Tr::tr("The remote desktop did not accept the password. Check it and connect again."),
                     detail);
    }
    if (lower.contains(u"certificate") || lower.contains(u"tls") || lower.contains(u"x509")) {
        return Error(
            Error::Kind::Tls,
            Tr::tr("The remote desktop's certificate could not be verified. The connection was not opened."),
            detail);
    }
    if (lower.contains(u"unknown authentication scheme") || lower.contains(u"no suitable") ||
        lower.contains(u"unknown security type")) {
        return Error(Error::Kind::Unsupported,
                     Tr::tr("The remote desktop asks for a kind of sign-in this viewer does not support."),
                     detail);
    }
    // closed without a word: a desktop restarting, a proxy whose target is not up yet; worth another try
    // while reconnecting
    return Error(
        Error::Kind::Network,
        Tr::tr("The remote desktop closed the connection while it was being set up. Try again; if it keeps "
               "happening, restart the environment."),
        detail);
}

} // namespace daas::remote
