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
// It speaks TLS with a throw-away self-signed certificate made at start, reads the client's first HTTP
// request of the RDG protocol (FreeRDP's rdg.c: "RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1" with an
// RDG-Connection-Id and an Authorization header) and refuses it: 401 with the authentication schemes a
// real gateway offers, then it closes. It never opens a tunnel, so the desktop behind it is never reached.
class RdGatewayStandIn : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
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
