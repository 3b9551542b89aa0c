#include "remote/VncSession.h"

#include "remote/KeySyms.h"
#include "remote/VncCertificateProbe.h"
#include "remote/VncWorker.h"
#include "remote/WebSocketTunnel.h"
#include "support/Logging.h"
#include "support/Redaction.h"
#include "support/TlsTrustStore.h"

#include <QHostInfo>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace daas::remote {

namespace {
// RFB's pointer mask (RFC 6143 §7.5.5, and the wheel and back buttons every viewer agrees on)
constexpr int kRfbLeft = 1, kRfbMiddle = 2, kRfbRight = 4, kRfbWheelUp = 8, kRfbWheelDown = 16,
              kRfbWheelLeft = 32, kRfbWheelRight = 64, kRfbBack = 128;
} // namespace

VncSession::VncSession(VncEndpoint endpoint, QObject *parent)
    : RemoteSession(parent)
    , m_endpoint(std::move(endpoint))
{
    support::rememberSecret(m_endpoint.password);
    // a console proxy's ?token=… is a credential of its own
    support::rememberSecret(QUrlQuery(m_endpoint.webSocketUrl).queryItemValue(u"token"_s));
    setReconnectPolicy(
        {m_endpoint.reconnect, m_endpoint.maxReconnectAttempts, m_endpoint.firstReconnectDelayMs});
}

VncSession::~VncSession()
{
    stopConnection();
}

QString VncSession::target() const
{
    if (m_endpoint.webSocketUrl.isValid())
        return m_endpoint.webSocketUrl.host();
    return u"%1:%2"_s.arg(m_endpoint.host).arg(m_endpoint.port);
}

int VncSession::rfbButtons(int buttons)
{
    int mask = 0;
    if (buttons & LeftButton)
        mask |= kRfbLeft;
    if (buttons & MiddleButton)
        mask |= kRfbMiddle;
    if (buttons & RightButton)
        mask |= kRfbRight;
    if (buttons & BackButton)
        mask |= kRfbBack;
    return mask;
}

void VncSession::startConnection()
{
    if (m_endpoint.webSocketUrl.isValid()) {
        m_tunnel = new WebSocketTunnel(this);
        const quint64 attempt = attemptId();
        connect(m_tunnel, &WebSocketTunnel::failed, this, [this, attempt](const Error &e) {
            // the worker sees the bridge close too; this error says more than "closed during setup"
            if (attempt == attemptId())
                connectionEnded(e, state() == State::Connected);
        });
        const SocketHandle socket = m_tunnel->open(m_endpoint.webSocketUrl, m_endpoint.webSocketHeaders);
        if (socket == kNoSocket)
            return; // failed was emitted
        startWorker({}, socket);
        return;
    }
    if (const QHostAddress literal(m_endpoint.host); !literal.isNull()) {
        startWorker({literal}, kNoSocket);
        return;
    }
    // resolved here, asynchronously: a blocking lookup in the worker would freeze the GUI when the tab
    // closes (the join waits for it)
    const quint64 attempt = attemptId();
    m_lookupId = QHostInfo::lookupHost(m_endpoint.host, this, [this, attempt](const QHostInfo &info) {
        if (attempt != attemptId())
            return;
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            connectionEnded(
                Error(Error::Kind::Network,
                      tr("The remote desktop host “%1” is unknown. Check the environment's address.")
                          .arg(m_endpoint.host),
                      info.errorString()),
                false);
            return;
        }
        startWorker(info.addresses(), kNoSocket);
    });
}

void VncSession::startWorker(const QList<QHostAddress> &addresses, SocketHandle preconnected)
{
    const quint64 attempt = attemptId();
    auto post = [link = linkForWorker(), attempt](auto &&fn) {
        postToSession(link, attempt, std::forward<decltype(fn)>(fn));
    };
    VncWorkerEvents events;
    events.authenticating = [post, this] { post([this] { connectionAuthenticating(); }); };
    events.connected = [this, post](QSize size, QString name) {
        post([this, size, name] { connectionEstablished(size, name); });
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
        post([this, e, wasConnected] {
            const bool tls = e.kind() == Error::Kind::Tls && !m_endpoint.webSocketUrl.isValid();
            connectionEnded(e, wasConnected);
            if (tls && state() == State::Failed)
                checkCertificate(e);
        });
    };
    VncEndpoint endpoint = m_endpoint;
    if (endpoint.caCertificateFile.isEmpty())
        endpoint.caCertificateFile = VncTrustStore::pinnedCertificateFile(endpoint.host, endpoint.port);
    m_worker = std::make_unique<VncWorker>(std::move(endpoint), addresses, preconnected, sharedFrameBuffer(),
                                           std::move(events));
    m_worker->start();
}

void VncSession::stopConnection()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    retireWorker(std::move(m_worker)); // its thread is joined on a worker, never here
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        m_tunnel->deleteLater();
        m_tunnel = nullptr;
    }
}

void VncSession::checkCertificate(const Error &error)
{
    auto *probe = new VncCertificateProbe(this);
    const quint64 attempt = attemptId();
    connect(
        probe, &VncCertificateProbe::finished, this,
        [this, probe, error, attempt](const QList<QSslCertificate> &chain, const QList<QSslError> &errors) {
            probe->deleteLater();
            if (attempt != attemptId() || chain.isEmpty() || state() != State::Failed)
                return;
            CertificateQuestion question;
            question.host = m_endpoint.host;
            question.port = m_endpoint.port;
            question.certificate = chain.first();
            QStringList reasons;
            for (const QSslError &e : errors)
                reasons << e.errorString();
            question.reasons = reasons.join(u"; ");
            question.previouslyTrusted =
                support::TlsTrustStore::trustedFingerprints(m_endpoint.host, m_endpoint.port);
            const QString fingerprint = question.fingerprint();
            connectionEnded(
                Error(Error::Kind::Tls,
                      tr("The remote desktop's certificate is not trusted (SHA-256 fingerprint %1). Trust it "
                         "only if the facility confirms this fingerprint.")
                          .arg(fingerprint),
                      error.detail()),
                false);
            askCertificate(question, false);
        });
    connect(probe, &VncCertificateProbe::failed, this, [probe](const Error &e) {
        probe->deleteLater();
        qCInfo(lcTls) << "could not fetch the VNC certificate:" << e;
    });
    probe->start(m_endpoint.host, m_endpoint.port);
}

void VncSession::certificateAnswered(const CertificateQuestion &question, bool trust)
{
    if (!trust)
        return;
    // libvncclient wants the certificate as a CA file; the decision itself is in the trust store
    if (const Error e = VncTrustStore::pin(question.host, question.port, question.certificate)) {
        connectionEnded(e, false);
        return;
    }
    open();
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
        m_worker->pointer(position, rfbButtons(buttons));
}

void VncSession::sendWheel(QPoint position, QPoint angleDelta, int buttons)
{
    if (!m_worker || state() != State::Connected)
        return;
    // RFB knows only wheel "clicks" (a press and release of buttons 4-7): one per 120 units; touchpads
    // send small steps, so the rest is carried over
    m_wheelRemainder += angleDelta;
    const int held = rfbButtons(buttons);
    auto clicks = [&](int &remainder, int positiveBit, int negativeBit) {
        while (std::abs(remainder) >= 120) {
            const int bit = remainder > 0 ? positiveBit : negativeBit;
            m_worker->pointer(position, held | bit);
            m_worker->pointer(position, held);
            remainder -= remainder > 0 ? 120 : -120;
        }
    };
    clicks(m_wheelRemainder.ry(), kRfbWheelUp, kRfbWheelDown);
    clicks(m_wheelRemainder.rx(), kRfbWheelLeft, kRfbWheelRight);
}

void VncSession::sendKey(const KeyInput &key)
{
    if (!m_worker || state() != State::Connected)
        return;
    const bool nativeIsKeysym = key.source == KeyCodeSource::X11 || key.source == KeyCodeSource::Wayland;
    const quint32 keysym = keysymForKey(key.qtKey, key.text, key.nativeVirtualKey, nativeIsKeysym);
    if (keysym != 0)
        m_worker->key(keysym, key.down);
}

void VncSession::sendCtrlAltDel()
{
    if (!m_worker || state() != State::Connected)
        return;
    for (quint32 sym : {keysym::ControlL, keysym::AltL, keysym::Delete})
        m_worker->key(sym, true);
    for (quint32 sym : {keysym::Delete, keysym::AltL, keysym::ControlL})
        m_worker->key(sym, false);
}

void VncSession::sendClipboardText(const QString &text)
{
    if (m_worker && state() == State::Connected)
        m_worker->clipboard(text);
}

void VncSession::requestDesktopSize(QSize size, int)
{
    if (m_worker && state() == State::Connected)
        m_worker->desktopSize(size);
}

} // namespace daas::remote
