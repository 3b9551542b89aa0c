#pragma once

#include "cloud/Environment.h"
#include "support/Error.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;
class QWebSocket;

namespace daas::cloud {

// One look at a desktop: for VNC, connect to its console (straight over TCP, else through the websockify
// URL with subprotocol "binary") and read the 12-byte RFB greeting ("RFB 003.008\n"); for RDP, send the
// X.224 Connection Request every RDP client starts with and read the Connection Confirm. A cloud says
// "running" long before the desktop inside answers; only this says it does. Answers once: answered() or
// failed().
class DesktopProbe : public QObject
{
    Q_OBJECT
public:
    explicit DesktopProbe(QObject *parent = nullptr);
    ~DesktopProbe() override;

    void start(const ConsoleEndpoint &endpoint, int timeoutMs = 5000,
               remote::RemoteProtocol protocol = remote::RemoteProtocol::Vnc);
    void abort();

    static bool isRfbGreeting(const QByteArray &bytes);
    static bool isRdpConnectionConfirm(const QByteArray &bytes);
    static QByteArray rdpConnectionRequest();

Q_SIGNALS:
    void answered(const QByteArray &greeting);
    void failed(const daas::Error &error);

private:
    void received(const QByteArray &bytes);
    void finish(const Error &error);

    QTcpSocket *m_tcp = nullptr;
    QWebSocket *m_webSocket = nullptr;
    QTimer *m_timer;
    QByteArray m_buffer;
    QString m_target; // for messages: host:port or the proxy's host, never the token
    remote::RemoteProtocol m_protocol = remote::RemoteProtocol::Vnc;
    bool m_done = true;
};

} // namespace daas::cloud
