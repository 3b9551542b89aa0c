#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QTemporaryDir>

namespace daas::testing {

// A stand-in for an RD Gateway (MS-TSGU, HTTP transport) on loopback: Debian has no RD Gateway server.
// It speaks TLS with a throw-away self-signed certificate made at start and reads the RDG protocol's
// first HTTP request (FreeRDP's rdg.c: "RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1" with an
// RDG-Connection-Id and "Authorization: Negotiate <SPNEGO>"). To the NTLM NEGOTIATE inside it answers
// "401 Negotiate <CHALLENGE>" as a Windows gateway does (MS-NLMP 2.2.1.2), so the client sends its NTLM
// AUTHENTICATE: who signed in, and an NTLMv2 proof that passwordMatches() checks. Then it refuses (401)
// and closes. It never opens a tunnel, so the desktop behind it is never reached.
class RdGatewayStandIn : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        // the NTLM message in the Authorization header: 1 NEGOTIATE, 3 AUTHENTICATE, 0 none
        int ntlmMessage = 0;
        // from an AUTHENTICATE
        QString userName;
        QString domain;
        QByteArray serverChallenge;
        QByteArray ntResponse;
    };

    RdGatewayStandIn();

    // Listens on `port` (0: a free one) with a new certificate, or the last one with freshIdentity false;
    // the counts below start again.
    bool start(quint16 port = 0, bool freshIdentity = true);
    void stop();

    quint16 port() const { return m_port; }
    QSslCertificate certificate() const { return m_identity.certificate; }
    QString errorString() const { return m_error; }

    // TCP connections that began a TLS handshake, handshakes the client completed (it accepted the
    // certificate) and the requests it sent.
    int handshakes() const { return m_handshakes; }
    int connections() const { return m_connections; }
    const QList<Request> &requests() const { return m_requests; }
    // The requests that carried an NTLM AUTHENTICATE: one per sign-in the client attempted.
    QList<Request> signIns() const;
    // Whether the AUTHENTICATE's NTLMv2 response was made with this password (MS-NLMP 3.3.2).
    static bool passwordMatches(const Request &signIn, const QString &password);

Q_SIGNALS:
    void requestReceived();
    // A connection's handshake failed (the client refused the certificate) or it ended before a request.
    void connectionDropped();

private:
    void serve(QSslSocket *socket);

    QTemporaryDir m_dir;
    QSslServer m_server;
    TestIdentity m_identity;
    quint16 m_port = 0;
    int m_identities = 0;
    int m_handshakes = 0;
    int m_connections = 0;
    QList<Request> m_requests;
    QString m_error;
};

} // namespace daas::testing
