#include "remote/VncSession.h"

#include "remote/VncCertificateProbe.h"
#include "remote/VncWorker.h"
#include "remote/WebSocketTunnel.h"
#include "support/Logging.h"

namespace daas::remote {

VncSession::VncSession(VncEndpoint endpoint, QObject *parent)
    : RemoteSession(parent)
    , m_endpoint(std::move(endpoint))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        m_reconnecting = true;
        open();
    });
}

VncSession::~VncSession()
{
    stopWorker();
}

void VncSession::open()
{
    m_reconnectTimer.stop();
    stopWorker();
    if (!m_reconnecting)
        m_attempt = 0;
    setState(m_reconnecting ? State::Reconnecting : State::Connecting, m_reconnecting ? error() : Error());
    if (m_endpoint.webSocketUrl.isValid()) {
        m_tunnel = new WebSocketTunnel(this);
        const quint64 generation = m_generation;
        connect(m_tunnel, &WebSocketTunnel::failed, this, [this, generation](const Error &e) {
            // the worker sees the bridge close too; this error says more than "closed during setup"
            if (generation == m_generation)
                onFinished(e, state() == State::Connected);
        });
        const int fd = m_tunnel->open(m_endpoint.webSocketUrl, m_endpoint.webSocketHeaders);
        if (fd < 0)
            return; // failed was emitted
        startWorker(fd);
        return;
    }
    startWorker(-1);
}

void VncSession::startWorker(int preconnectedSocket)
{
    const quint64 generation = ++m_generation;
    auto post = [this, generation](auto &&fn) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, fn = std::forward<decltype(fn)>(fn)]() mutable {
                if (generation == m_generation)
                    fn();
            },
            Qt::QueuedConnection);
    };
    VncWorkerEvents events;
    events.authenticating = [this, post] {
        post([this] {
            if (state() == State::Connecting)
                setState(State::Authenticating);
        });
    };
    events.connected = [this, post](QSize size, QString name) {
        post([this, size, name] {
            setDesktopName(name);
            m_attempt = 0;
            setReconnectAttempt(0);
            m_reconnecting = false;
            Q_EMIT frameResized(size);
            setState(State::Connected);
            deliverFrames();
        });
    };
    events.resized = [this, post](QSize size) {
        post([this, size] {
            Q_EMIT frameResized(size);
            deliverFrames();
        });
    };
    events.framesReady = [this, post] { post([this] { deliverFrames(); }); };
    events.cursor = [this, post](QImage image, QPoint hot) {
        post([this, image, hot] { Q_EMIT cursorChanged(image, hot); });
    };
    events.clipboard = [this, post](QString text) { post([this, text] { Q_EMIT clipboardReceived(text); }); };
    events.bell = [this, post] { post([this] { Q_EMIT bell(); }); };
    events.finished = [this, post](Error e, bool wasConnected) {
        post([this, e, wasConnected] { onFinished(e, wasConnected); });
    };
    VncEndpoint endpoint = m_endpoint;
    if (endpoint.caCertificateFile.isEmpty())
        endpoint.caCertificateFile = VncTrustStore::pinnedCertificateFile(endpoint.host, endpoint.port);
    m_worker = std::make_unique<VncWorker>(std::move(endpoint), preconnectedSocket, sharedFrameBuffer(),
                                           std::move(events));
    m_worker->start();
}

void VncSession::stopWorker()
{
    ++m_generation;
    if (m_worker) {
        m_worker->stop();
        m_worker.reset();
    }
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        m_tunnel->deleteLater();
        m_tunnel = nullptr;
    }
}

void VncSession::close()
{
    m_reconnectTimer.stop();
    m_reconnecting = false;
    stopWorker();
    setState(State::Closed);
}

void VncSession::onFinished(const Error &e, bool wasConnected)
{
    stopWorker();
    const bool retryable = e.kind() == Error::Kind::Network || e.kind() == Error::Kind::Protocol;
    if (m_endpoint.reconnect && retryable && (wasConnected || m_reconnecting)) {
        scheduleReconnect(e);
        return;
    }
    m_reconnecting = false;
    setState(State::Failed, e);
    if (e.kind() == Error::Kind::Tls && !m_endpoint.webSocketUrl.isValid())
        checkCertificate(e);
}

void VncSession::checkCertificate(const Error &error)
{
    auto *probe = new VncCertificateProbe(this);
    const quint64 generation = m_generation;
    connect(
        probe, &VncCertificateProbe::finished, this,
        [this, probe, error, generation](const QList<QSslCertificate> &chain,
                                         const QList<QSslError> &errors) {
            probe->deleteLater();
            if (generation != m_generation || chain.isEmpty())
                return;
            QStringList reasons;
            for (const QSslError &e : errors)
                reasons << e.errorString();
            const QString fingerprint = VncTrustStore::fingerprint(chain.first());
            setState(
                State::Failed,
                Error(Error::Kind::Tls,
                      tr("The remote desktop's certificate is not trusted (SHA-256 fingerprint %1). Trust it "
                         "only if the facility confirms this fingerprint.")
                          .arg(fingerprint),
                      error.detail()));
            Q_EMIT certificateUntrusted(chain.first(), fingerprint, reasons.join(u"; "));
        });
    connect(probe, &VncCertificateProbe::failed, this, [probe](const Error &e) {
        probe->deleteLater();
        qCInfo(lcTls) << "could not fetch the VNC certificate:" << e;
    });
    probe->start(m_endpoint.host, m_endpoint.port);
}

Error VncSession::trustCertificate(const QSslCertificate &certificate)
{
    if (const Error e = VncTrustStore::pin(m_endpoint.host, m_endpoint.port, certificate))
        return e;
    open();
    return {};
}

void VncSession::scheduleReconnect(const Error &e)
{
    if (m_attempt >= m_endpoint.maxReconnectAttempts) {
        m_reconnecting = false;
        setState(State::Failed, e);
        return;
    }
    // 1 s, 2 s, 4 s … capped at 30 s: a rebooting VM comes back without a storm of connections
    const int delay = std::min(30000, m_endpoint.firstReconnectDelayMs << std::min(m_attempt, 5));
    ++m_attempt;
    setReconnectAttempt(m_attempt);
    m_reconnecting = true;
    setReconnectDelayMs(delay);
    qCInfo(lcVnc) << "connection lost; reconnect attempt" << m_attempt << "in" << delay << "ms";
    setState(State::Reconnecting, e);
    m_reconnectTimer.start(delay);
}

void VncSession::setQuality(VncQuality quality)
{
    m_endpoint.quality = quality;
    if (m_worker)
        m_worker->quality(quality);
}

void VncSession::sendPointer(QPoint position, int buttons)
{
    if (m_worker && state() == State::Connected)
        m_worker->pointer(position, buttons);
}

void VncSession::sendKey(quint32 keysym, quint32 scanCode, bool down)
{
    if (m_worker && state() == State::Connected && keysym != 0)
        m_worker->key(keysym, scanCode, down);
}

void VncSession::sendClipboardText(const QString &text)
{
    if (m_worker && state() == State::Connected)
        m_worker->clipboard(text);
}

void VncSession::requestDesktopSize(QSize size)
{
    if (m_worker && state() == State::Connected)
        m_worker->desktopSize(size);
}

} // namespace daas::remote
