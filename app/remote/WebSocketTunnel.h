#pragma once

#include "remote/NativeSocket.h"
#include "support/Error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QIODevice;
class QWebSocket;

namespace daas::remote {

// RFB over a WebSocket (websockify in front of a VNC server: OpenStack's noVNC console proxy,
// OpenNebula Sunstone tokens). libvncclient speaks only TCP, so the tunnel hands it one end of a
// local socket pair and pumps bytes between the other end and binary WebSocket frames. Lives on
// the GUI thread; the socket pair buffers until the WebSocket is open.
class WebSocketTunnel : public QObject
{
    Q_OBJECT
public:
    explicit WebSocketTunnel(QObject *parent = nullptr);
    ~WebSocketTunnel() override;

    // Starts connecting and returns the socket for libvncclient (owned by the caller from now on), or
    // kNoSocket after emitting failed().
    SocketHandle open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void close();

    qint64 bytesFromServer() const { return m_fromServer; }

Q_SIGNALS:
    void connected();
    void failed(const daas::Error &error);

private:
    void fail(const Error &error);

    QWebSocket *m_socket = nullptr;
    QIODevice *m_local = nullptr;
    QByteArray m_pendingToServer;
    qint64 m_fromServer = 0;
    bool m_open = false;
    bool m_failed = false;
};

} // namespace daas::remote
