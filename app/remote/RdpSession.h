#pragma once

#include "remote/RdpEndpoint.h"
#include "remote/RemoteSession.h"

#include <memory>

namespace daas::remote {

class RdpWorker;

// An RDP desktop: FreeRDP 3 on a worker thread (RdpWorker). Certificates go through the trust store
// shared with HTTPS and VNC and, when it has no answer, to the user while the connection waits; so
// does a sign-in FreeRDP asks for (NLA, TLS logon, an RD Gateway). The remote desktop follows the
// view's size through the Display Control channel where the server offers it.
class RdpSession : public RemoteSession
{
    Q_OBJECT
public:
    explicit RdpSession(RdpEndpoint endpoint, QObject *parent = nullptr);
    ~RdpSession() override;

    RemoteProtocol protocol() const override { return RemoteProtocol::Rdp; }
    QString target() const override;
    const RdpEndpoint &endpoint() const { return m_endpoint; }

    void sendPointer(QPoint position, int buttons) override;
    void sendWheel(QPoint position, QPoint angleDelta, int buttons) override;
    void sendKey(const KeyInput &key) override;
    void synchronizeLocks(const LockKeys &locks) override;
    void sendCtrlAltDel() override;
    void sendClipboardText(const QString &text) override;
    void sendClipboardImage(const QImage &image) override;
    void requestDesktopSize(QSize size, int scalePercent) override;
    bool canResize() const override { return m_canResize; }

protected:
    void startConnection() override;
    void stopConnection() override;

private:
    RdpEndpoint m_endpoint;
    std::unique_ptr<RdpWorker> m_worker;
    QSize m_wantedSize;
    int m_wantedScale = 100;
    bool m_canResize = false;
};

} // namespace daas::remote
