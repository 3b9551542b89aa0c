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
                     u"no greeting within the probe's time; got %1 bytes"_s.arg(m_buffer.size())));
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

bool DesktopProbe::isRdpConnectionConfirm(const QByteArray &bytes)
{
    // TPKT version 3 (RFC 1006), then an X.224 Connection Confirm (code 0xD0) (MS-RDPBCGR 2.2.1.2)
    return bytes.size() >= 11 && quint8(bytes.at(0)) == 3 && bytes.at(1) == 0 &&
           (quint8(bytes.at(5)) & 0xf0) == 0xd0;
}

QByteArray DesktopProbe::rdpConnectionRequest()
{
    // TPKT header, X.224 Connection Request, RDP Negotiation Request for TLS and CredSSP (MS-RDPBCGR
    // 2.2.1.1): what every RDP client sends first
    static const char request[] = {3, 0, 0, 19, 14, char(0xe0), 0, 0, 0, 0, 0, 1, 0, 8, 0, 3, 0, 0, 0};
    return QByteArray(request, sizeof request);
}

void DesktopProbe::start(const ConsoleEndpoint &endpoint, int timeoutMs, remote::RemoteProtocol protocol)
{
    abort();
    m_done = false;
    m_buffer.clear();
    m_protocol = protocol;
    if (protocol == remote::RemoteProtocol::Rdp && endpoint.hasRdp()) {
        m_target = u"%1:%2"_s.arg(endpoint.rdpHost).arg(endpoint.rdpPort);
        m_tcp = new QTcpSocket(this);
        connect(m_tcp, &QTcpSocket::connected, this, [this] { m_tcp->write(rdpConnectionRequest()); });
        connect(m_tcp, &QTcpSocket::readyRead, this, [this] { received(m_tcp->readAll()); });
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this] {
            finish(Error(Error::Kind::Network, tr("The desktop at %1 does not answer yet.").arg(m_target),
                         m_tcp->errorString()));
        });
        m_tcp->connectToHost(endpoint.rdpHost, endpoint.rdpPort);
    } else if (protocol == remote::RemoteProtocol::Rdp) {
        m_done = true;
        Q_EMIT failed(Error(Error::Kind::InvalidInput, tr("The environment offers no RDP desktop."),
                            u"ConsoleEndpoint without rdpHost/rdpPort"_s));
        return;
    } else if (endpoint.hasDirect()) {
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
    if (m_protocol == remote::RemoteProtocol::Rdp) {
        if (m_buffer.size() < 11)
            return;
        const QByteArray answer = m_buffer.left(11);
        if (!isRdpConnectionConfirm(answer)) {
            finish(Error(Error::Kind::Protocol,
                         tr("Something other than a remote desktop answers at %1.").arg(m_target),
                         u"first bytes: %1"_s.arg(QString::fromLatin1(answer.toHex(' ')))));
            return;
        }
        qCDebug(lcCloud) << "RDP desktop at" << m_target << "answers";
        abort();
        Q_EMIT answered(answer);
        return;
    }
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
