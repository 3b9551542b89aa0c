#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>

class QWebSocketServer;

namespace daas::emulator {

// A websockify-compatible console proxy: ws://host:port/?token=T relays binary WebSocket frames to the
// TCP target registered for T (a VM's RFB port). With requireBinary the client must offer the "binary"
// subprotocol, as the websockify bundled with OpenNebula demands; nova-novncproxy does not ask.
class ConsoleProxy : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleProxy(bool requireBinary, QObject *parent = nullptr);
    ~ConsoleProxy() override;

    bool listen(const QHostAddress &address);
    quint16 port() const;
    QString addToken(const QString &host, quint16 port, int ttlSeconds);
    void revokeTarget(quint16 port);
    int connectionCount() const { return m_connections; }

private:
    struct Target
    {
        QString host;
        quint16 port = 0;
        QDateTime expires;
    };
    void accept();

    QWebSocketServer *m_server;
    bool m_requireBinary;
    QHash<QString, Target> m_tokens;
    int m_connections = 0;
};

} // namespace daas::emulator
