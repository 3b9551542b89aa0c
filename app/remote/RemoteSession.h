#pragma once

#include "remote/FrameBuffer.h"
#include "remote/RemoteInput.h"
#include "remote/UserDecisions.h"
#include "support/Error.h"
#include "support/HandOver.h"

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QTimer>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace daas::remote {

// When and how often a dropped connection is tried again.
struct ReconnectPolicy
{
    bool enabled = true;
    int maxAttempts = 8;
    int firstDelayMs = 1000; // doubled per attempt, at most 30 s
};

// One remote desktop connection, whatever the protocol: the GUI's RemoteView talks only to this.
// Engines run on their own threads; everything here is called and signalled on the thread the object
// lives in (the GUI thread). The base owns what every protocol shares: the state, reconnecting with
// backoff, and the questions a connection asks the user (certificates, sign-in), which close() cancels.
class RemoteSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        Authenticating,
        Connected,
        Reconnecting, // the connection dropped; waiting for the next attempt (see reconnectDelay())
        Closed,       // closed on purpose (close())
        Failed,       // error() says why
    };
    Q_ENUM(State)

    explicit RemoteSession(QObject *parent = nullptr);
    ~RemoteSession() override;

    virtual RemoteProtocol protocol() const = 0;
    // host:port (or the proxy's host), for titles and messages; never a token or a password
    virtual QString target() const = 0;

    State state() const { return m_state; }
    // Why the last connection failed or dropped (also set while Reconnecting).
    const Error &error() const { return m_error; }
    const FrameBuffer &frameBuffer() const { return *m_frame; }
    QString desktopName() const { return m_desktopName; }
    int reconnectDelayMs() const { return m_reconnectDelayMs; }
    // 0 while connected; 1, 2, … while trying to get a dropped connection back
    int reconnectAttempt() const { return m_reconnectAttempt; }
    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    const ReconnectPolicy &reconnectPolicy() const { return m_policy; }

    // Starts (or restarts) connecting; close() ends the connection and cancels any open question.
    void open();
    void close();

    // Input, in framebuffer pixels. `buttons` is a mask of PointerButton held.
    virtual void sendPointer(QPoint position, int buttons) = 0;
    // angleDelta in Qt's units (120 = one notch; touchpads send less), both axes; positive y = away from
    // the user, positive x = left (QWheelEvent).
    virtual void sendWheel(QPoint position, QPoint angleDelta, int buttons) = 0;
    virtual void sendKey(const KeyInput &key) = 0;
    // Focus came back: the remote lock keys follow this computer's (where the protocol can).
    virtual void synchronizeLocks(const LockKeys &locks);
    virtual void sendCtrlAltDel() = 0;
    virtual void sendClipboardText(const QString &text) = 0;
    // An image copied here, where the protocol carries images (RDP does; VNC carries text only).
    virtual void sendClipboardImage(const QImage &) {}
    // The view's size in device pixels and its scale (device pixel ratio × 100): the remote desktop
    // follows where the server allows. canResize() says whether it can.
    virtual void requestDesktopSize(QSize size, int scalePercent = 100) = 0;
    virtual bool canResize() const { return false; }

    // The user's answers to certificateDecisionNeeded / credentialsNeeded.
    void answerCertificate(bool trust);
    void answerCredentials(std::optional<Credentials> credentials);

Q_SIGNALS:
    void stateChanged(daas::remote::RemoteSession::State state);
    void frameResized(QSize size);
    void frameUpdated(const QRegion &region);
    // ARGB32 image (empty = hide the cursor) and hot spot, in framebuffer pixels.
    void cursorChanged(const QImage &image, QPoint hotSpot);
    void clipboardReceived(const QString &text);
    void clipboardImageReceived(const QImage &image);
    void bell();
    void resizeSupportChanged(bool canResize);
    // Questions for the user: answer with answerCertificate() / answerCredentials(). The connection
    // waits (RDP) or is retried after the answer (VNC).
    void certificateDecisionNeeded(const daas::remote::CertificateQuestion &question);
    void credentialsNeeded(const daas::remote::CredentialsQuestion &question);

protected:
    // The engine's part of open() and close(). stopConnection() must not wait for the engine's thread
    // (retireWorker()); nothing the thread posts afterwards reaches the session (cutWorkerLink()).
    virtual void startConnection() = 0;
    virtual void stopConnection() = 0;
    // Whether a dropped connection that ended with this error is worth trying again: by default only a
    // Network error. A server that refused (with its reason) or broke the protocol would do it again.
    virtual bool isRetryable(const Error &error) const;
    // VNC asks about a certificate after a failed attempt (libvncclient cannot wait for an answer):
    // the answer arrives here, and a "yes" is already in the trust store.
    virtual void certificateAnswered(const CertificateQuestion &question, bool trust);

    // For engines: report progress from the session's thread.
    void connectionAuthenticating();
    void connectionEstablished(QSize size, const QString &desktopName);
    // The connection ended on its own (not after close()); reconnects when that makes sense.
    void connectionEnded(const Error &error, bool wasConnected);
    void setDesktopName(const QString &name) { m_desktopName = name; }
    std::shared_ptr<FrameBuffer> sharedFrameBuffer() const { return m_frame; }
    // Hands the region the engine changed to the GUI (coalesced: call when FrameBuffer::publish said so).
    void deliverFrames();

    // The current attempt's question channel (a new one per attempt); workers keep a copy.
    std::shared_ptr<UserDecisions> decisions() const { return m_decisions; }
    // Ask from the session's thread; the answer reaches the worker through decisions().
    void askCertificate(const CertificateQuestion &question, bool workerWaits);
    void askCredentials(const CredentialsQuestion &question);
    // A number that changes with every attempt: events of an older attempt compare unequal.
    quint64 attemptId() const { return m_attemptId; }
    // How a worker thread reaches its session. The session cuts it (under its lock, a moment) before it lets
    // the worker wind down on another thread, so a worker still stopping can never post to a session that
    // is gone.
    struct WorkerLink
    {
        std::mutex mutex;
        RemoteSession *session = nullptr;
    };
    // A new link for the worker about to start (the previous worker's was cut by cutWorkerLink()).
    std::shared_ptr<WorkerLink> linkForWorker();
    void cutWorkerLink();
    // Runs fn on the session's thread later, unless the link was cut or the attempt it belongs to is over by
    // then. Called on the worker's thread.
    template<typename Fn>
    static void postToSession(const std::shared_ptr<WorkerLink> &link, quint64 attempt, Fn fn)
    {
        const std::lock_guard lock(link->mutex);
        RemoteSession *session = link->session;
        if (!session)
            return;
        // events posted to a session are dropped with it when it is destroyed
        QMetaObject::invokeMethod(session,
                                  support::HandedOver([session, attempt, fn = std::move(fn)]() mutable {
                                      if (attempt == session->m_attemptId)
                                          fn();
                                  }),
                                  Qt::QueuedConnection);
    }
    // Stops a worker without waiting for its thread: cuts the link, asks it to stop, and joins and deletes
    // it on a worker of support::workerPool().
    template<typename Worker>
    void retireWorker(std::unique_ptr<Worker> worker)
    {
        if (!worker)
            return;
        cutWorkerLink();
        worker->requestStop();
        retireOnPool([worker = std::shared_ptr<Worker>(std::move(worker))]() { worker->stop(); });
    }

private:
    static void retireOnPool(std::function<void()> stop);
    void setState(State state, const Error &error = {});
    void endAttempt();
    void scheduleReconnect(const Error &error);

    std::shared_ptr<FrameBuffer> m_frame = std::make_shared<FrameBuffer>();
    std::shared_ptr<UserDecisions> m_decisions = std::make_shared<UserDecisions>();
    std::optional<CertificateQuestion> m_certificateQuestion;
    bool m_workerWaitsForCertificate = false;
    bool m_credentialsAsked = false;
    State m_state = State::Idle;
    Error m_error;
    QString m_desktopName;
    ReconnectPolicy m_policy;
    QTimer m_reconnectTimer;
    quint64 m_attemptId = 0;
    std::shared_ptr<WorkerLink> m_link;
    int m_reconnectDelayMs = 0;
    int m_reconnectAttempt = 0;
    bool m_reconnecting = false;
};

} // namespace daas::remote
