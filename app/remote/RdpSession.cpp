#include "remote/RdpSession.h"

#include "remote/RdpWorker.h"
#include "support/Logging.h"
#include "support/Redaction.h"

using namespace Qt::StringLiterals;

namespace daas::remote {

namespace {
// FreeRDP's keyboard event flags for the synchronize event (MS-RDPBCGR 2.2.8.1.1.3.1.1.5)
constexpr quint32 kSyncScrollLock = 1, kSyncNumLock = 2, kSyncCapsLock = 4;
} // namespace

RdpSession::RdpSession(RdpEndpoint endpoint, QObject *parent)
    : RemoteSession(parent)
    , m_endpoint(std::move(endpoint))
{
    support::rememberSecret(m_endpoint.password);
    support::rememberSecret(m_endpoint.gatewayPassword);
    setReconnectPolicy(
        {m_endpoint.reconnect, m_endpoint.maxReconnectAttempts, m_endpoint.firstReconnectDelayMs});
}

RdpSession::~RdpSession()
{
    decisions()->cancel();
    stopConnection();
}

QString RdpSession::target() const
{
    return u"%1:%2"_s.arg(m_endpoint.host).arg(m_endpoint.port);
}

void RdpSession::startConnection()
{
    const quint64 attempt = attemptId();
    auto post = [link = linkForWorker(), attempt](auto &&fn) {
        postToSession(link, attempt, std::forward<decltype(fn)>(fn));
    };
    RdpWorkerEvents events;
    events.authenticating = [this, post] { post([this] { connectionAuthenticating(); }); };
    events.connected = [this, post](QSize size, QString name) {
        post([this, size, name] {
            connectionEstablished(size, name);
            if (m_wantedSize.isValid())
                m_worker->desktopSize(m_wantedSize, m_wantedScale);
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
    events.clipboardImage = [this, post](QImage image) {
        post([this, image] { Q_EMIT clipboardImageReceived(image); });
    };
    events.resizeSupport = [this, post](bool can) {
        post([this, can] {
            if (std::exchange(m_canResize, can) != can)
                Q_EMIT resizeSupportChanged(can);
        });
    };
    events.certificateQuestion = [this, post](CertificateQuestion question) {
        post([this, question] { askCertificate(question, true); });
    };
    events.credentialsQuestion = [this, post](CredentialsQuestion question) {
        post([this, question] { askCredentials(question); });
    };
    events.finished = [this, post](Error e, bool wasConnected) {
        post([this, e, wasConnected] {
            if (std::exchange(m_canResize, false))
                Q_EMIT resizeSupportChanged(false);
            connectionEnded(e, wasConnected);
        });
    };
    RdpEndpoint endpoint = m_endpoint;
    if (m_wantedSize.isValid()) {
        endpoint.initialSize = m_wantedSize;
        endpoint.scalePercent = m_wantedScale;
    }
    m_worker =
        std::make_unique<RdpWorker>(std::move(endpoint), sharedFrameBuffer(), decisions(), std::move(events));
    m_worker->start();
}

void RdpSession::stopConnection()
{
    retireWorker(std::move(m_worker)); // its thread is joined on a worker, never here
}

void RdpSession::sendPointer(QPoint position, int buttons)
{
    if (m_worker && state() == State::Connected)
        m_worker->pointer(position, buttons);
}

void RdpSession::sendWheel(QPoint position, QPoint angleDelta, int)
{
    if (m_worker && state() == State::Connected && !angleDelta.isNull())
        m_worker->wheel(position, angleDelta);
}

void RdpSession::sendKey(const KeyInput &key)
{
    if (!m_worker || state() != State::Connected)
        return;
    const RdpKey rdpKey = rdpKeyFor(key, m_worker->keyboardType());
    if (rdpKey.kind != RdpKey::Kind::None)
        m_worker->key(rdpKey, key.down, key.autoRepeat);
}

void RdpSession::synchronizeLocks(const LockKeys &locks)
{
    if (!m_worker || state() != State::Connected)
        return;
    m_worker->locks((locks.capsLock ? kSyncCapsLock : 0) | (locks.numLock ? kSyncNumLock : 0) |
                    (locks.scrollLock ? kSyncScrollLock : 0));
}

void RdpSession::sendCtrlAltDel()
{
    if (!m_worker || state() != State::Connected)
        return;
    for (quint32 code : {kRdpScanCodeControl, kRdpScanCodeAlt, kRdpScanCodeDelete})
        m_worker->key({RdpKey::Kind::ScanCode, code}, true, false);
    for (quint32 code : {kRdpScanCodeDelete, kRdpScanCodeAlt, kRdpScanCodeControl})
        m_worker->key({RdpKey::Kind::ScanCode, code}, false, false);
}

void RdpSession::sendClipboardText(const QString &text)
{
    if (m_worker && state() == State::Connected)
        m_worker->clipboard(text);
}

void RdpSession::sendClipboardImage(const QImage &image)
{
    if (m_worker && state() == State::Connected && !image.isNull())
        m_worker->clipboardImage(image);
}

void RdpSession::requestDesktopSize(QSize size, int scalePercent)
{
    // remembered: the next connection starts at this size, and a channel that is not ready yet gets it
    m_wantedSize = size;
    m_wantedScale = scalePercent;
    if (m_worker && state() == State::Connected)
        m_worker->desktopSize(size, scalePercent);
}

} // namespace daas::remote
