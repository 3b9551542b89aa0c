#include "RdGatewayStandIn.h"

#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace daas::testing {

RdGatewayStandIn::RdGatewayStandIn()
{
    // QSslServer hands over a connection once its handshake is complete; one the client broke off (a
    // refused certificate) ends in errorOccurred instead
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            ++m_handshakes;
            serve(socket);
        }
    });
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connections; });
    connect(&m_server, &QSslServer::errorOccurred, this, [this] { Q_EMIT connectionDropped(); });
}

bool RdGatewayStandIn::start(quint16 port, bool freshIdentity)
{
    stop();
    if (freshIdentity || m_identity.isNull()) {
        m_identity = makeTestIdentity(m_dir.path(), u"gateway%1"_s.arg(++m_identities));
        if (m_identity.isNull()) {
            m_error = u"openssl could not make the gateway's certificate"_s;
            return false;
        }
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(m_identity.certificate);
    conf.setPrivateKey(m_identity.key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(conf);
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        m_error = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    m_connections = m_handshakes = 0;
    m_requests.clear();
    return true;
}

void RdGatewayStandIn::stop()
{
    m_server.close();
}

void RdGatewayStandIn::serve(QSslSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer, answered] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0 || *answered)
            return;
        *answered = true;
        Request request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        m_requests.append(request);
        // a gateway that wants a sign-in it was not given: the schemes FreeRDP's rdg.c understands
        socket->write("HTTP/1.1 401 Unauthorized\r\n"
                      "WWW-Authenticate: Negotiate\r\n"
                      "WWW-Authenticate: NTLM\r\n"
                      "Content-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
        socket->disconnectFromHost();
        Q_EMIT requestReceived();
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket, answered] {
        if (!*answered)
            Q_EMIT connectionDropped();
        socket->deleteLater();
    });
}

} // namespace daas::testing
