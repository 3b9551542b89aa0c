#include "remote/RemoteSession.h"

#include "support/Logging.h"
#include "support/Redaction.h"
#include "support/ReleaseMemory.h"
#include "support/TlsTrustStore.h"
#include "support/Worker.h"

#include <QGuiApplication>

namespace daas::remote {

KeyCodeSource keyCodeSourceFor(const QString &platformName)
{
    if (platformName == u"xcb")
        return KeyCodeSource::X11;
    if (platformName.startsWith(u"wayland"))
        return KeyCodeSource::Wayland;
    if (platformName == u"windows")
        return KeyCodeSource::Windows;
    if (platformName == u"cocoa")
        return KeyCodeSource::MacOS;
    return KeyCodeSource::Qt;
}

RemoteSession::RemoteSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CertificateQuestion>();
    qRegisterMetaType<CredentialsQuestion>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        m_reconnecting = true;
        open();
    });
}

RemoteSession::~RemoteSession()
{
    // subclasses stop their engines in their own destructors; this only wakes a worker still waiting
    m_decisions->cancel();
    cutWorkerLink();
}

std::shared_ptr<RemoteSession::WorkerLink> RemoteSession::linkForWorker()
{
    cutWorkerLink();
    m_link = std::make_shared<WorkerLink>();
    m_link->session = this;
    return m_link;
}

void RemoteSession::cutWorkerLink()
{
    if (!m_link)
        return;
    {
        const std::lock_guard lock(m_link->mutex);
        m_link->session = nullptr;
    }
    m_link.reset();
}

void RemoteSession::retireOnPool(std::function<void()> stop)
{
    support::startOnPool([stop = std::move(stop)]() mutable {
        stop();
        stop = nullptr; // the worker goes with it: the connection's surfaces, codecs and buffers
        support::releaseFreedMemory();
    });
}

void RemoteSession::open()
{
    m_reconnectTimer.stop();
    endAttempt();
    if (!m_reconnecting)
        m_reconnectAttempt = 0;
    setState(m_reconnecting ? State::Reconnecting : State::Connecting, m_reconnecting ? m_error : Error());
    startConnection();
}

void RemoteSession::close()
{
    m_reconnectTimer.stop();
    m_reconnecting = false;
    endAttempt();
    setState(State::Closed);
}

void RemoteSession::endAttempt()
{
    // a worker waiting for the user must not hold up the join in stopConnection()
    m_decisions->cancel();
    stopConnection();
    ++m_attemptId;
    m_decisions = std::make_shared<UserDecisions>();
    m_workerWaitsForCertificate = false;
    m_credentialsAsked = false;
}

void RemoteSession::synchronizeLocks(const LockKeys &) {}

bool RemoteSession::isRetryable(const Error &error) const
{
    return error.kind() == Error::Kind::Network;
}

void RemoteSession::certificateAnswered(const CertificateQuestion &, bool) {}

void RemoteSession::connectionAuthenticating()
{
    if (m_state == State::Connecting)
        setState(State::Authenticating);
}

void RemoteSession::connectionEstablished(QSize size, const QString &desktopName)
{
    m_desktopName = desktopName;
    m_reconnectAttempt = 0;
    m_reconnecting = false;
    Q_EMIT frameResized(size);
    setState(State::Connected);
    deliverFrames();
}

void RemoteSession::connectionEnded(const Error &error, bool wasConnected)
{
    endAttempt();
    if (m_policy.enabled && isRetryable(error) && (wasConnected || m_reconnecting)) {
        scheduleReconnect(error);
        return;
    }
    m_reconnecting = false;
    setState(State::Failed, error);
}

void RemoteSession::scheduleReconnect(const Error &error)
{
    if (m_reconnectAttempt >= m_policy.maxAttempts) {
        m_reconnecting = false;
        setState(State::Failed, error);
        return;
    }
    // 1 s, 2 s, 4 s … capped at 30 s: a rebooting VM comes back without a storm of connections
    const int delay = std::min(30000, m_policy.firstDelayMs << std::min(m_reconnectAttempt, 5));
    ++m_reconnectAttempt;
    m_reconnecting = true;
    m_reconnectDelayMs = delay;
    qCInfo(lcVnc) << "connection to" << target() << "lost; reconnect attempt" << m_reconnectAttempt << "in"
                  << delay << "ms";
    setState(State::Reconnecting, error);
    m_reconnectTimer.start(delay);
}

void RemoteSession::askCertificate(const CertificateQuestion &question, bool workerWaits)
{
    m_certificateQuestion = question;
    m_workerWaitsForCertificate = workerWaits;
    Q_EMIT certificateDecisionNeeded(question);
}

void RemoteSession::askCredentials(const CredentialsQuestion &question)
{
    m_credentialsAsked = true;
    Q_EMIT credentialsNeeded(question);
}

void RemoteSession::answerCertificate(bool trust)
{
    if (!m_certificateQuestion)
        return;
    const CertificateQuestion question = *std::exchange(m_certificateQuestion, std::nullopt);
    // the one trust store for HTTPS, VNC and RDP: the decision is remembered per host and port
    if (trust)
        support::TlsTrustStore::trust(question.host, question.port, question.sha256());
    if (std::exchange(m_workerWaitsForCertificate, false))
        m_decisions->answerCertificate(trust);
    else
        certificateAnswered(question, trust);
}

void RemoteSession::answerCredentials(std::optional<Credentials> credentials)
{
    if (!std::exchange(m_credentialsAsked, false))
        return;
    // typed by the user: redacted wherever it might turn up, as every secret the client holds
    if (credentials)
        support::rememberSecret(credentials->password);
    m_decisions->answerCredentials(std::move(credentials));
}

void RemoteSession::setState(State state, const Error &error)
{
    if (state == m_state && error.kind() == m_error.kind() && error.userText() == m_error.userText())
        return;
    m_state = state;
    m_error = error;
    if (error)
        qCInfo(lcVnc) << "remote session" << target() << state << error;
    Q_EMIT stateChanged(state);
}

void RemoteSession::deliverFrames()
{
    const QRegion dirty = m_frame->takeDirty();
    if (!dirty.isEmpty())
        Q_EMIT frameUpdated(dirty);
}

} // namespace daas::remote
