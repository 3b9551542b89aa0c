#include "remote/RdpErrors.h"

#include <freerdp/error.h>
#include <freerdp/freerdp.h>

#include <array>

namespace daas::remote {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(daas::remote::RdpErrors)
};

struct Sentence
{
    quint32 code;
    Error::Kind kind;
    const char *text;
};

// Why the server ended the session (MS-RDPBCGR 2.2.5.1.1, Set Error Info PDU).
constexpr std::array kServerReasons{
    Sentence{ERRINFO_RPC_INITIATED_DISCONNECT, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "An administrator or another program ended this remote desktop session.")},
    Sentence{ERRINFO_RPC_INITIATED_LOGOFF, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "An administrator or another program signed this session out.")},
    Sentence{ERRINFO_IDLE_TIMEOUT, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The server ended an idle session. Connect again to carry on.")},
    Sentence{ERRINFO_LOGON_TIMEOUT, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The server ended the session because signing in took too long.")},
    Sentence{ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION, Error::Kind::Conflict,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "Another session took over this desktop. Connect again to take it back.")},
    Sentence{ERRINFO_OUT_OF_MEMORY, Error::Kind::Server,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote computer ran out of memory.")},
    Sentence{ERRINFO_SERVER_DENIED_CONNECTION, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop refused the connection.")},
    Sentence{ERRINFO_SERVER_INSUFFICIENT_PRIVILEGES, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "This account may not use remote desktop on this computer.")},
    Sentence{ERRINFO_SERVER_FRESH_CREDENTIALS_REQUIRED, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The remote desktop asks for the password to be typed again.")},
    Sentence{
        ERRINFO_RPC_INITIATED_DISCONNECT_BY_USER, Error::Kind::Cancelled,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The session was disconnected from the remote side.")},
    Sentence{ERRINFO_LOGOFF_BY_USER, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "You signed out of the remote desktop.")},
    Sentence{
        ERRINFO_SERVER_DWM_CRASH, Error::Kind::Server,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop's session crashed. Connect again.")},
    Sentence{
        ERRINFO_SERVER_WINLOGON_CRASH, Error::Kind::Server,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop's session crashed. Connect again.")},
    Sentence{
        ERRINFO_SERVER_CSRSS_CRASH, Error::Kind::Server,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop's session crashed. Connect again.")},
    Sentence{
        ERRINFO_LICENSE_NO_LICENSE_SERVER, Error::Kind::Server,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                          "The remote computer has no licence server for remote desktop sessions. Tell the "
                          "facility's support.")},
    Sentence{
        ERRINFO_LICENSE_NO_LICENSE, Error::Kind::Server,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                          "The remote computer has no licence left for another remote desktop session.")},
    Sentence{
        ERRINFO_LICENSE_NO_REMOTE_CONNECTIONS, Error::Kind::Server,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                          "The remote computer has no licence left for another remote desktop session.")},
};

// What the client saw (FreeRDP's connect errors).
constexpr std::array kClientErrors{
    Sentence{FREERDP_ERROR_AUTHENTICATION_FAILED, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The remote desktop did not accept the user name or password.")},
    Sentence{FREERDP_ERROR_CONNECT_LOGON_FAILURE, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The remote desktop did not accept the user name or password.")},
    Sentence{FREERDP_ERROR_CONNECT_WRONG_PASSWORD, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The password was not accepted.")},
    Sentence{
        FREERDP_ERROR_CONNECT_NO_OR_MISSING_CREDENTIALS, Error::Kind::Authentication,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop needs a user name and password.")},
    Sentence{FREERDP_ERROR_CONNECT_PASSWORD_EXPIRED, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The password has expired. Change it with the facility, then connect again.")},
    Sentence{FREERDP_ERROR_CONNECT_PASSWORD_CERTAINLY_EXPIRED, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The password has expired. Change it with the facility, then connect again.")},
    Sentence{FREERDP_ERROR_CONNECT_PASSWORD_MUST_CHANGE, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The password must be changed before this account can sign in.")},
    Sentence{FREERDP_ERROR_CONNECT_ACCOUNT_LOCKED_OUT, Error::Kind::Permission,
             QT_TRANSLATE_NOOP(
                 "daas::remote::RdpErrors",
                 "The account is locked after too many wrong passwords. Ask the facility's support.")},
    Sentence{FREERDP_ERROR_CONNECT_ACCOUNT_EXPIRED, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The account has expired.")},
    Sentence{FREERDP_ERROR_CONNECT_ACCOUNT_DISABLED, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The account is disabled.")},
    Sentence{FREERDP_ERROR_CONNECT_ACCOUNT_RESTRICTION, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The account may not sign in now or from here (an account restriction).")},
    Sentence{FREERDP_ERROR_CONNECT_LOGON_TYPE_NOT_GRANTED, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "This account may not use remote desktop on this computer.")},
    Sentence{
        FREERDP_ERROR_CONNECT_ACCESS_DENIED, Error::Kind::Permission,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop denied access to this account.")},
    Sentence{FREERDP_ERROR_INSUFFICIENT_PRIVILEGES, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "This account may not use remote desktop on this computer.")},
    Sentence{FREERDP_ERROR_SERVER_DENIED_CONNECTION, Error::Kind::Permission,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "The remote desktop refused the connection.")},
    Sentence{
        FREERDP_ERROR_DNS_ERROR, Error::Kind::Network,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                          "The remote desktop's host name is unknown. Check the environment's address.")},
    Sentence{
        FREERDP_ERROR_DNS_NAME_NOT_FOUND, Error::Kind::Network,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                          "The remote desktop's host name is unknown. Check the environment's address.")},
    Sentence{FREERDP_ERROR_TLS_CONNECT_FAILED, Error::Kind::Tls,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "Could not set up an encrypted connection to the remote desktop.")},
    Sentence{
        FREERDP_ERROR_SECURITY_NEGO_CONNECT_FAILED, Error::Kind::Unsupported,
        QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                          "The remote desktop and this viewer found no kind of security they both accept "
                          "(NLA, TLS or RDP).")},
    Sentence{FREERDP_ERROR_CONNECT_CANCELLED, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "Connecting was cancelled.")},
    Sentence{FREERDP_ERROR_CONNECT_ACTIVATION_TIMEOUT, Error::Kind::Timeout,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The remote desktop did not finish setting up the session in time.")},
};

// What went wrong at the RD Gateway, before the connection reached the desktop behind it ("%1" is the
// gateway's host:port). The gateway's tunnel refusals are HRESULTs (E_PROXY_*, MS-TSGU 2.2.6) that
// FreeRDP passes on as its last error as they are: those, and anything else, get the last sentence.
constexpr std::array kGatewayErrors{
    Sentence{FREERDP_ERROR_CONNECT_ACCESS_DENIED, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The RD Gateway %1 did not accept the user name or password.")},
    Sentence{FREERDP_ERROR_AUTHENTICATION_FAILED, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The RD Gateway %1 did not accept the user name or password.")},
    Sentence{FREERDP_ERROR_CONNECT_LOGON_FAILURE, Error::Kind::Authentication,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The RD Gateway %1 did not accept the user name or password.")},
    Sentence{FREERDP_ERROR_DNS_ERROR, Error::Kind::Network,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The RD Gateway's address %1 is unknown. Check the address.")},
    Sentence{FREERDP_ERROR_DNS_NAME_NOT_FOUND, Error::Kind::Network,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "The RD Gateway's address %1 is unknown. Check the address.")},
    Sentence{FREERDP_ERROR_CONNECT_FAILED, Error::Kind::Network,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "Could not reach the RD Gateway %1. Check the network and try again later.")},
    Sentence{FREERDP_ERROR_TLS_CONNECT_FAILED, Error::Kind::Tls,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors",
                               "Could not set up an encrypted connection to the RD Gateway %1.")},
    Sentence{FREERDP_ERROR_CONNECT_CANCELLED, Error::Kind::Cancelled,
             QT_TRANSLATE_NOOP("daas::remote::RdpErrors", "Connecting to the RD Gateway %1 was cancelled.")},
};

QString codeNames(quint32 lastError, quint32 errorInfo)
{
    QString detail = QString::fromUtf8(freerdp_get_last_error_name(lastError));
    if (errorInfo != ERRINFO_SUCCESS && errorInfo != ERRINFO_NONE)
        detail += QStringLiteral(" / ") + QString::fromUtf8(freerdp_get_error_info_name(errorInfo));
    return detail;
}

} // namespace

Error rdpError(quint32 lastError, quint32 errorInfo, bool wasConnected, const QString &gateway)
{
    QString detail = codeNames(lastError, errorInfo);
    if (!gateway.isEmpty()) {
        detail += QStringLiteral(" (0x%1) at the RD Gateway %2")
                      .arg(QString::number(lastError, 16).rightJustified(8, u'0'), gateway);
        for (const Sentence &s : kGatewayErrors) {
            if (s.code == lastError)
                return Error(s.kind, Tr::tr(s.text).arg(gateway), detail);
        }
        // a tunnel refused, a gateway that closed the connection, or one that is no RD Gateway (HTTP
        // transport): the desktop behind it was never reached, so nothing about the desktop is said
        return Error(Error::Kind::Server,
                     Tr::tr("The RD Gateway %1 refused the connection to the remote desktop or closed it "
                            "while it was being set up. Check the gateway's address; if it is right, ask "
                            "the facility's support.")
                         .arg(gateway),
                     detail);
    }
    // the server's own reason says more than the client's view of the same end
    for (const Sentence &s : kServerReasons) {
        if (s.code == errorInfo)
            return Error(s.kind, Tr::tr(s.text), detail);
    }
    for (const Sentence &s : kClientErrors) {
        if (s.code == lastError)
            return Error(s.kind, Tr::tr(s.text), detail);
    }
    if (errorInfo >= ERRINFO_UNKNOWN_DATA_PDU_TYPE && errorInfo != ERRINFO_NONE) {
        return Error(
            Error::Kind::Protocol,
            Tr::tr("The remote desktop ended the session because of a protocol error. Connect again; "
                   "if it keeps happening, restart the environment."),
            detail);
    }
    if (wasConnected) {
        return Error(
            Error::Kind::Network,
            Tr::tr("The connection to the remote desktop was lost. Check the network; the viewer tries "
                   "to reconnect."),
            detail);
    }
    if (lastError == FREERDP_ERROR_CONNECT_TRANSPORT_FAILED || lastError == FREERDP_ERROR_CONNECT_FAILED) {
        return Error(
            Error::Kind::Network,
            Tr::tr("Could not reach the remote desktop. The environment may still be starting; try again "
                   "in a minute."),
            detail);
    }
    return Error(Error::Kind::Protocol,
                 Tr::tr("The remote desktop closed the connection while it was being set up. Check that this "
                        "address serves RDP; if it does, restart the environment."),
                 detail);
}

} // namespace daas::remote
