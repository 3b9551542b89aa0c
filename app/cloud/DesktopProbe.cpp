#include "cloud/DesktopProbe.h"

#include "support/Logging.h"

#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace daas::cloud {

DesktopProbe::DesktopProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(Error(Error::Kind::Timeout, tr("The desktop at %1 did not answer.").arg(m_target),
                     u"no RFB greeting within the probe's time; got %1 bytes"_s.arg(m_buffer.size())));
    });
}

DesktopProbe::~DesktopProbe()
{
    abort();
}

bool DesktopProbe::isRfbGreeting(const QByteArray &bytes)
{
    // "RFB xxx.yyy\n" (RFC 6143 §7.1.1)
    if (bytes.size() != 12 || !bytes.startsWith("RFB ") || bytes.at(7) != '.' || bytes.at(11) != '\n')
        return false;
    for (int i : {4, 5, 6, 8, 9, 10})
        if (bytes.at(i) < '0' || bytes.at(i) > '9')
            return false;
    return true;
}

void DesktopProbe::abort()
{
    m_done = true;
    m_timer->stop();
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    if (m_webSocket) {
        m_webSocket->disconnect(this);
        m_webSocket->abort();
        m_webSocket->deleteLater();
        m_webSocket = nullptr;
    }
}

void DesktopProbe::start(const ConsoleEndpoint &endpoint, int timeoutMs)
{
    abort();
    m_done = false;
    m_buffer.clear();
    if (endpoint.hasDirect()) {
        m_target = u"%1:%2"_s.arg(endpoint.host).arg(endpoint.port);
        m_tcp = new QTcpSocket(this);
        connect(m_tcp, &QTcpSocket::readyRead, this, [this] { received(m_tcp->readAll()); });
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this] {
            finish(Error(Error::Kind::Network, tr("The desktop at %1 does not answer yet.").arg(m_target),
                         m_tcp->errorString()));
        });
        m_tcp->connectToHost(endpoint.host, endpoint.port);
    } else if (endpoint.webSocketUrl.isValid()) {
        m_target = endpoint.webSocketUrl.host();
        m_webSocket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_webSocket, &QWebSocket::binaryMessageReceived, this, &DesktopProbe::received);
        connect(m_webSocket, &QWebSocket::errorOccurred, this, [this] {
            finish(Error(Error::Kind::Network, tr("The desktop behind %1 does not answer yet.").arg(m_target),
                         m_webSocket->errorString()));
        });
        connect(m_webSocket, &QWebSocket::disconnected, this, [this] {
            finish(Error(Error::Kind::Network, tr("The desktop behind %1 does not answer yet.").arg(m_target),
                         u"WebSocket closed: %1 %2"_s.arg(int(m_webSocket->closeCode()))
                             .arg(m_webSocket->closeReason())));
        });
        QWebSocketHandshakeOptions options;
        // older websockify (OpenNebula's) refuses clients that do not offer "binary"
        options.setSubprotocols({u"binary"_s});
        m_webSocket->open(QNetworkRequest(endpoint.webSocketUrl), options);
    } else {
        m_done = true;
        Q_EMIT failed(Error(Error::Kind::InvalidInput, tr("The environment has no console address."),
                            u"empty ConsoleEndpoint"_s));
        return;
    }
    m_timer->start(timeoutMs);
}

void DesktopProbe::received(const QByteArray &bytes)
{
    if (m_done)
        return;
    m_buffer += bytes;
    if (m_buffer.size() < 12)
        return;
    const QByteArray greeting = m_buffer.left(12);
    if (!isRfbGreeting(greeting)) {
        finish(Error(Error::Kind::Protocol,
                     tr("Something other than a remote desktop answers at %1.").arg(m_target),
                     u"first bytes: %1"_s.arg(QString::fromLatin1(greeting.toHex(' ')))));
        return;
    }
    qCDebug(lcCloud) << "desktop at" << m_target << "greets with" << greeting.trimmed();
    abort();
    Q_EMIT answered(greeting);
}

void DesktopProbe::finish(const Error &error)
{
    if (m_done)
        return;
    abort();
    Q_EMIT failed(error);
}

} // namespace daas::cloud
