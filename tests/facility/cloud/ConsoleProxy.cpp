#include "ConsoleProxy.h"

#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace daas::emulator {

ConsoleProxy::ConsoleProxy(bool requireBinary, QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(u"daas-console-proxy"_s, QWebSocketServer::NonSecureMode, this))
    , m_requireBinary(requireBinary)
{
    m_server->setSupportedSubprotocols({u"binary"_s});
    connect(m_server, &QWebSocketServer::newConnection, this, &ConsoleProxy::accept);
}

ConsoleProxy::~ConsoleProxy() = default;

bool ConsoleProxy::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

quint16 ConsoleProxy::port() const
{
    return m_server->serverPort();
}

QString ConsoleProxy::addToken(const QString &host, quint16 port, int ttlSeconds)
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_tokens.insert(token, Target{host, port, QDateTime::currentDateTimeUtc().addSecs(ttlSeconds)});
    return token;
}

void ConsoleProxy::revokeTarget(quint16 port)
{
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it->port == port ? m_tokens.erase(it) : std::next(it);
}

void ConsoleProxy::accept()
{
    while (QWebSocket *ws = m_server->nextPendingConnection()) {
        ws->setParent(this);
        connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        if (m_requireBinary && ws->subprotocol() != u"binary") {
            ws->close(QWebSocketProtocol::CloseCodeProtocolError, u"Client must support 'binary' protocol"_s);
            continue;
        }
        const QString token = QUrlQuery(ws->requestUrl()).queryItemValue(u"token"_s);
        const auto it = m_tokens.constFind(token);
        if (token.isEmpty() || it == m_tokens.cend() || it->expires < QDateTime::currentDateTimeUtc()) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated, u"Invalid or expired token"_s);
            continue;
        }
        ++m_connections;
        auto *tcp = new QTcpSocket(ws);
        connect(tcp, &QTcpSocket::readyRead, ws, [ws, tcp] { ws->sendBinaryMessage(tcp->readAll()); });
        connect(tcp, &QTcpSocket::disconnected, ws, [ws] { ws->close(); });
        connect(tcp, &QTcpSocket::errorOccurred, ws,
                [ws, tcp] { ws->close(QWebSocketProtocol::CloseCodeGoingAway, tcp->errorString()); });
        connect(ws, &QWebSocket::binaryMessageReceived, tcp,
                [tcp](const QByteArray &data) { tcp->write(data); });
        connect(ws, &QWebSocket::disconnected, tcp, [tcp] { tcp->abort(); });
        tcp->connectToHost(it->host, it->port);
    }
}

} // namespace daas::emulator
