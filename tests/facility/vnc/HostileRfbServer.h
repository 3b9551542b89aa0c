#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace daas::test {

// An RFB server written for the tests from the protocol (RFC 6143), not from the client's code: it serves
// a 64×48 desktop with security None (or VNC authentication) and, from a chosen connection on, refuses the
// connection with a reason or breaks the protocol in one chosen way. Connections before that one are served
// properly and dropped by the server after their first update, so the client has a reason to reconnect.
class HostileRfbServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Serve,                 // a proper server (a drop after the first update, if dropFirst)
        RefuseAfterVersion33,  // RFB 3.3: security type 0 (connection failed) and the reason
        RefuseNoSecurityTypes, // RFB 3.8: zero security types and the reason
        RefuseSecurityResult,  // RFB 3.8, security None: SecurityResult "failed" and the reason
        RefusePassword,        // RFB 3.8, VNC authentication: SecurityResult "failed" and the reason
        CorruptZlibRect,       // after ServerInit: a zlib rectangle whose data is not zlib
        UnknownEncoding,       // after ServerInit: a rectangle in an encoding no one has defined
        HugeCutText,           // after ServerInit: ServerCutText announcing 2^31 bytes
        UnknownMessageType,    // after ServerInit: server message type 200
    };
    Q_ENUM(Behaviour)

    struct Script
    {
        Behaviour behaviour = Behaviour::Serve;
        int fromConnection = 1; // connections before this one are served properly, then dropped
        QByteArray reason = QByteArrayLiteral("Too many authentication failures");
    };

    explicit HostileRfbServer(Script script, QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    // What the server did last, for failure messages ("sent a corrupt zlib rectangle").
    QByteArray lastAction() const { return m_lastAction; }

    static constexpr int kWidth = 64;
    static constexpr int kHeight = 48;

private:
    void accept();
    void onData();
    void consumeClientMessages();
    void afterFirstUpdateRequest();
    void send(const QByteArray &bytes, const QByteArray &action);
    QByteArray serverInit() const;
    Behaviour current() const;

    Script m_script;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_in;
    int m_connections = 0;
    int m_step = 0;
    bool m_answeredUpdate = false;
    QByteArray m_lastAction;
};

} // namespace daas::test
