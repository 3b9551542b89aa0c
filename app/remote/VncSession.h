#pragma once

#include "remote/RemoteSession.h"
#include "remote/VncEndpoint.h"

#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

namespace daas::remote {

class VncWorker;
class WebSocketTunnel;

// A VNC desktop: libvncclient on a worker thread (VncWorker), optionally through a WebSocket proxy
// (WebSocketTunnel), with reconnect and exponential backoff when an established connection drops.
// Wrong passwords and refused certificates are not retried: they end in Failed.
class VncSession : public RemoteSession
{
    Q_OBJECT
public:
    explicit VncSession(VncEndpoint endpoint, QObject *parent = nullptr);
    ~VncSession() override;

    const VncEndpoint &endpoint() const { return m_endpoint; }
    // For a new password after an Authentication failure; takes effect at the next open().
    void setPassword(const QString &password) { m_endpoint.password = password; }
    void setQuality(VncQuality quality);
    // The user's decision after certificateUntrusted(): remembered for this host and port, then reconnects.
    Error trustCertificate(const QSslCertificate &certificate);

    void open() override;
    void close() override;
    void sendPointer(QPoint position, int buttons) override;
    void sendKey(quint32 keysym, quint32 scanCode, bool down) override;
    void sendClipboardText(const QString &text) override;
    void requestDesktopSize(QSize size) override;

Q_SIGNALS:
    // X509 security with a certificate that does not chain to a trusted CA: the user must decide.
    void certificateUntrusted(const QSslCertificate &certificate, const QString &sha256Fingerprint,
                              const QString &reasons);

private:
    void checkCertificate(const Error &error);
    void startWorker(int preconnectedSocket);
    void stopWorker();
    void onFinished(const Error &error, bool wasConnected);
    void scheduleReconnect(const Error &error);

    VncEndpoint m_endpoint;
    std::unique_ptr<VncWorker> m_worker;
    QPointer<WebSocketTunnel> m_tunnel;
    QTimer m_reconnectTimer;
    quint64 m_generation = 0; // events of a stopped worker still in the queue are dropped
    int m_attempt = 0;
    bool m_reconnecting = false;
};

} // namespace daas::remote
