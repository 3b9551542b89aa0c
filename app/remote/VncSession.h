#pragma once

#include "remote/NativeSocket.h"
#include "remote/RemoteSession.h"
#include "remote/VncEndpoint.h"

#include <QHostAddress>
#include <QPointer>

#include <memory>

namespace daas::remote {

class VncWorker;
class WebSocketTunnel;

// A VNC desktop: libvncclient on a worker thread (VncWorker), optionally through a WebSocket proxy
// (WebSocketTunnel). Host names are resolved here, asynchronously, before the worker starts.
// libvncclient cannot wait for a certificate decision, so an untrusted X509 certificate ends the
// attempt, is fetched by a probe and shown; a "yes" reconnects.
class VncSession : public RemoteSession
{
    Q_OBJECT
public:
    explicit VncSession(VncEndpoint endpoint, QObject *parent = nullptr);
    ~VncSession() override;

    RemoteProtocol protocol() const override { return RemoteProtocol::Vnc; }
    QString target() const override;
    const VncEndpoint &endpoint() const { return m_endpoint; }
    // For a new password after an Authentication failure; takes effect at the next open().
    void setPassword(const QString &password) { m_endpoint.password = password; }
    void setQuality(VncQuality quality);

    void sendPointer(QPoint position, int buttons) override;
    void sendWheel(QPoint position, QPoint angleDelta, int buttons) override;
    void sendKey(const KeyInput &key) override;
    void sendCtrlAltDel() override;
    void sendClipboardText(const QString &text) override;
    void requestDesktopSize(QSize size, int scalePercent) override;
    bool canResize() const override { return true; }

    // The RFB button mask for PointerButton flags.
    static int rfbButtons(int buttons);

protected:
    void startConnection() override;
    void stopConnection() override;
    void certificateAnswered(const CertificateQuestion &question, bool trust) override;

private:
    void startWorker(const QList<QHostAddress> &addresses, SocketHandle preconnected);
    void checkCertificate(const Error &error);

    VncEndpoint m_endpoint;
    std::unique_ptr<VncWorker> m_worker;
    QPointer<WebSocketTunnel> m_tunnel;
    int m_lookupId = -1;
    QPoint m_wheelRemainder;
};

} // namespace daas::remote
