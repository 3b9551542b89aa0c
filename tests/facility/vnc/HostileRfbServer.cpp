#include "HostileRfbServer.h"

#include <QtEndian>

namespace daas::test {

namespace {

QByteArray u8(quint8 v)
{
    return QByteArray(1, char(v));
}

QByteArray u16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// RFC 6143 §7.6.1: message-type 0, padding, number-of-rectangles; then per rectangle x, y, width, height
// and encoding-type (§7.6.1's rectangle header)
QByteArray updateHeader(quint16 rectangles)
{
    return u8(0) + u8(0) + u16(rectangles);
}

QByteArray rectangle(quint16 x, quint16 y, quint16 w, quint16 h, qint32 encoding)
{
    return u16(x) + u16(y) + u16(w) + u16(h) + u32(quint32(encoding));
}

// a failure reason: U32 length and the text (§7.1.2, §7.1.3)
QByteArray reasonString(const QByteArray &reason)
{
    return u32(quint32(reason.size())) + reason;
}

constexpr int kStepServerVersion33 = 10;
constexpr int kStepIgnore = 99;

} // namespace

HostileRfbServer::HostileRfbServer(Script script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &HostileRfbServer::accept);
}

HostileRfbServer::Behaviour HostileRfbServer::current() const
{
    return m_connections >= m_script.fromConnection ? m_script.behaviour : Behaviour::Serve;
}

void HostileRfbServer::send(const QByteArray &bytes, const QByteArray &action)
{
    if (!m_socket)
        return;
    m_socket->write(bytes);
    m_socket->flush();
    m_lastAction = action;
}

void HostileRfbServer::accept()
{
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        if (m_socket) // one client at a time: the previous connection is over
            m_socket->abort();
        m_socket = next;
        ++m_connections;
        m_in.clear();
        m_answeredUpdate = false;
        connect(next, &QTcpSocket::readyRead, this, &HostileRfbServer::onData);
        connect(next, &QTcpSocket::disconnected, next, &QObject::deleteLater);
        // §7.1.1 ProtocolVersion; TigerVNC refuses a black-listed client in the 3.3 form
        if (current() == Behaviour::RefuseAfterVersion33) {
            send("RFB 003.003\n", "sent version 3.3");
            m_step = kStepServerVersion33;
        } else {
            send("RFB 003.008\n", "sent version 3.8");
            m_step = 0;
        }
    }
}

void HostileRfbServer::onData()
{
    if (!m_socket)
        return;
    m_in += m_socket->readAll();
    const Behaviour behaviour = current();
    if (m_step == kStepIgnore) {
        m_in.clear();
        return;
    }
    if (m_step == kStepServerVersion33 && m_in.size() >= 12) {
        // §7.1.2 for 3.3: the server chooses; 0 = the connection failed, then the reason
        m_in.remove(0, 12);
        send(u32(0) + reasonString(m_script.reason), "refused in RFB 3.3 with a reason");
        m_step = kStepIgnore;
        return;
    }
    if (m_step == 0 && m_in.size() >= 12) { // the client's ProtocolVersion
        m_in.remove(0, 12);
        if (behaviour == Behaviour::RefuseNoSecurityTypes) {
            // §7.1.2: number-of-security-types 0, then the reason
            send(u8(0) + reasonString(m_script.reason), "offered no security type, with a reason");
            m_step = kStepIgnore;
            return;
        }
        // one security type: VNC Authentication (2) or None (1)
        send(behaviour == Behaviour::RefusePassword ? u8(1) + u8(2) : u8(1) + u8(1), "offered security");
        m_step = 1;
    }
    if (m_step == 1 && m_in.size() >= 1) { // the client's security-type
        m_in.remove(0, 1);
        if (behaviour == Behaviour::RefusePassword) {
            send(QByteArray(16, '\x5a'), "sent the VNC authentication challenge"); // §7.2.2
            m_step = 2;
        } else if (behaviour == Behaviour::RefuseSecurityResult) {
            // §7.1.3 SecurityResult: 1 = failed, and in 3.8 the reason follows
            send(u32(1) + reasonString(m_script.reason), "failed the security result, with a reason");
            m_step = kStepIgnore;
            return;
        } else {
            send(u32(0), "passed the security result");
            m_step = 3;
        }
    }
    if (m_step == 2 && m_in.size() >= 16) { // the client's response to the challenge
        m_in.remove(0, 16);
        send(u32(1) + reasonString(m_script.reason), "refused the password, with a reason");
        m_step = kStepIgnore;
        return;
    }
    if (m_step == 3 && m_in.size() >= 1) { // ClientInit
        m_in.remove(0, 1);
        send(serverInit(), "sent ServerInit");
        m_step = 4;
    }
    if (m_step == 4)
        consumeClientMessages();
}

QByteArray HostileRfbServer::serverInit() const
{
    // §7.3.2: width, height, PIXEL_FORMAT (32 bpp, depth 24, little endian, true colour, max 255 each,
    // shifts 16/8/0, padding), name
    return u16(kWidth) + u16(kHeight) + u8(32) + u8(24) + u8(0) + u8(1) + u16(255) + u16(255) + u16(255) +
           u8(16) + u8(8) + u8(0) + QByteArray(3, '\0') + u32(7) + QByteArray("hostile");
}

void HostileRfbServer::consumeClientMessages()
{
    // §7.5: the client's messages, by type; what is not understood is dropped
    while (!m_in.isEmpty()) {
        const quint8 type = quint8(m_in.at(0));
        qsizetype size = 0;
        switch (type) {
        case 0: // SetPixelFormat
            size = 20;
            break;
        case 2: // SetEncodings
            if (m_in.size() < 4)
                return;
            size = 4 + 4 * qFromBigEndian<quint16>(m_in.constData() + 2);
            break;
        case 3: // FramebufferUpdateRequest
            size = 10;
            break;
        case 4: // KeyEvent
            size = 8;
            break;
        case 5: // PointerEvent
            size = 6;
            break;
        case 6: // ClientCutText (a negative length: the extended clipboard's)
            if (m_in.size() < 8)
                return;
            size = 8 + qAbs(qFromBigEndian<qint32>(m_in.constData() + 4));
            break;
        case 150: // EnableContinuousUpdates
            size = 10;
            break;
        case 248: // ClientFence
            if (m_in.size() < 9)
                return;
            size = 9 + quint8(m_in.at(8));
            break;
        case 251: // SetDesktopSize
            if (m_in.size() < 8)
                return;
            size = 8 + 16 * quint8(m_in.at(6));
            break;
        default:
            m_in.clear();
            return;
        }
        if (m_in.size() < size)
            return;
        m_in.remove(0, size);
        if (type == 3 && !m_answeredUpdate) {
            m_answeredUpdate = true;
            afterFirstUpdateRequest();
        }
    }
}

void HostileRfbServer::afterFirstUpdateRequest()
{
    switch (current()) {
    case Behaviour::Serve: {
        QByteArray update = updateHeader(1) + rectangle(0, 0, kWidth, kHeight, 0); // Raw
        update += QByteArray(kWidth * kHeight * 4, '\x7f');
        send(update, "sent the whole screen in Raw");
        if (m_connections < m_script.fromConnection && m_socket)
            m_socket->disconnectFromHost(); // a dropped connection: the client should come back
        return;
    }
    case Behaviour::CorruptZlibRect:
        // §7.7.2 ZLib (6): U32 length and that many bytes of a zlib stream; these bytes are not one
        send(updateHeader(1) + rectangle(0, 0, 16, 16, 6) + u32(32) + QByteArray(32, '\xff'),
             "sent a zlib rectangle that is not zlib");
        return;
    case Behaviour::UnknownEncoding:
        send(updateHeader(1) + rectangle(0, 0, 16, 16, 0x44415153) + QByteArray(64, '\0'),
             "sent a rectangle in encoding 0x44415153");
        return;
    case Behaviour::HugeCutText:
        // §7.6.4 ServerCutText: type 3, padding, U32 length; 2^31 bytes cannot be meant
        send(u8(3) + QByteArray(3, '\0') + u32(0x80000000u), "announced 2^31 bytes of clipboard text");
        return;
    case Behaviour::UnknownMessageType:
        send(u8(200) + QByteArray(256, '\x01'), "sent message type 200");
        return;
    default:
        return;
    }
}

} // namespace daas::test
