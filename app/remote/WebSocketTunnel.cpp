#include "remote/WebSocketTunnel.h"

#include "support/Logging.h"

#include <QIODevice>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace daas::remote {

WebSocketTunnel::WebSocketTunnel(QObject *parent)
    : QObject(parent)
{}

WebSocketTunnel::~WebSocketTunnel()
{
    close();
}

SocketHandle WebSocketTunnel::open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    SocketHandle pair[2];
    QString why;
    if (!native::makePair(pair, &why)) {
        fail(Error(Error::Kind::Internal, tr("Could not prepare the console connection."),
                   u"socket pair: "_s + why));
        return kNoSocket;
    }
    m_local = native::wrapEnd(pair[0], this);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);

    connect(m_local, &QIODevice::readyRead, this, [this] {
        const QByteArray bytes = m_local->readAll();
        if (m_open)
            m_socket->sendBinaryMessage(bytes);
        else
            m_pendingToServer += bytes;
    });
    connect(m_local, &QIODevice::readChannelFinished, this, [this] { m_socket->close(); });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_open = true;
        qCDebug(lcVnc) << "websocket open, subprotocol" << m_socket->subprotocol();
        if (!m_pendingToServer.isEmpty())
            m_socket->sendBinaryMessage(std::exchange(m_pendingToServer, {}));
        Q_EMIT connected();
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        m_fromServer += bytes.size();
        m_local->write(bytes);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        // old websockify "base64" mode; we asked for binary, so this is a protocol error
        qCWarning(lcVnc) << "websocket sent text frames:" << text.left(40);
        fail(Error(Error::Kind::Protocol, tr("The console proxy answered in an unexpected format."),
                   QStringLiteral("text frame on a binary RFB tunnel")));
    });
    connect(m_socket, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        fail(Error(m_socket->error() == QAbstractSocket::SslHandshakeFailedError ? Error::Kind::Tls
                                                                                 : Error::Kind::Network,
                   tr("Could not open the console connection. The console link may have expired; open the "
                      "console again."),
                   m_socket->errorString()));
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        // libvncclient notices the closed pair and reports the drop with its own state
        if (m_local)
            m_local->close();
    });

    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QWebSocketHandshakeOptions options;
    // websockify only negotiates "binary"; older copies refuse a client without it
    options.setSubprotocols({QStringLiteral("binary")});
    m_socket->open(request, options);
    return pair[1];
}

void WebSocketTunnel::close()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_local) {
        m_local->disconnect(this);
        m_local->close();
    }
}

void WebSocketTunnel::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(error);
}

} // namespace daas::remote
