#pragma once

#include "remote/FrameBuffer.h"
#include "remote/RdpEndpoint.h"
#include "remote/RdpKeyboard.h"
#include "remote/UserDecisions.h"
#include "support/Error.h"

#include <QImage>
#include <QPoint>
#include <QSize>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>

struct rdp_context;
struct s_disp_client_context;
struct s_cliprdr_client_context;

namespace daas::remote {

struct RdpClipboard;

// What a worker reports. Every callback runs on the worker thread (or a FreeRDP channel thread) and
// must only post to its owner.
struct RdpWorkerEvents
{
    std::function<void()> authenticating;
    std::function<void(QSize size, QString desktopName)> connected;
    std::function<void(QSize size)> resized;
    std::function<void()> framesReady;
    std::function<void(QImage image, QPoint hotSpot)> cursor;
    std::function<void(QString text)> clipboard;
    std::function<void(QImage image)> clipboardImage;
    std::function<void(bool canResize)> resizeSupport;
    // The worker then waits on the UserDecisions it was given.
    std::function<void(CertificateQuestion question)> certificateQuestion;
    std::function<void(CredentialsQuestion question)> credentialsQuestion;
    // The connection ended (not called after stop()). wasConnected: the session had reached Connected.
    std::function<void(Error error, bool wasConnected)> finished;
};

// One FreeRDP 3 connection on its own thread. The thread waits on FreeRDP's event handles and its own
// wake event: idle costs nothing, input is sent at once, in the order it came (one command queue). The
// GDI decodes into FreeRDP's primary buffer; EndPaint copies the changed rectangles (the list, not
// their bounding box) into the shared FrameBuffer and posts one "frames ready" per GUI update.
class RdpWorker
{
public:
    RdpWorker(RdpEndpoint endpoint, std::shared_ptr<FrameBuffer> frameBuffer,
              std::shared_ptr<UserDecisions> decisions, RdpWorkerEvents events);
    ~RdpWorker();
    RdpWorker(const RdpWorker &) = delete;
    RdpWorker &operator=(const RdpWorker &) = delete;

    void start();
    // Asks the thread to end the connection and stop, without waiting for it (safe on the GUI thread).
    void requestStop();
    // requestStop(), then joins the thread; safe while connecting or waiting for the user. Blocks (a name
    // lookup inside freerdp_connect cannot be interrupted): only off the GUI thread.
    void stop();

    void pointer(QPoint position, int buttons);
    void wheel(QPoint position, QPoint angleDelta);
    void key(const RdpKey &key, bool down, bool repeat);
    void locks(quint32 syncFlags);
    void clipboard(const QString &text);
    void clipboardImage(const QImage &image);
    void desktopSize(QSize size, int scalePercent);

    // The FreeRDP keyboard type the scan codes are for (FreeRDP_KeyboardType).
    quint32 keyboardType() const { return m_keyboardType; }

    // Desktop sizes the Display Control channel accepts (MS-RDPEDISP 2.2.2.2.1).
    static constexpr int kMinSide = 200, kMaxSide = 8192;

private:
    struct PointerCommand
    {
        QPoint position;
        int buttons;
    };
    struct WheelCommand
    {
        QPoint position;
        QPoint angleDelta;
    };
    struct KeyCommand
    {
        RdpKey key;
        bool down, repeat;
    };
    struct LocksCommand
    {
        quint32 flags;
    };
    struct ClipboardCommand
    {
        QString text;
        QImage image;
    };
    struct SizeCommand
    {
        QSize size;
        int scalePercent;
    };
    using Command =
        std::variant<PointerCommand, WheelCommand, KeyCommand, LocksCommand, ClipboardCommand, SizeCommand>;

    void post(Command command);
    void run();
    bool configure();
    void letGoOfContext();
    void serve();
    void drainCommands();
    void sendPointer(const PointerCommand &p);
    void sendWheel(const WheelCommand &w);
    void sendKey(const KeyCommand &k);
    void sendDesktopSize(QSize size, int scalePercent);
    Error failure(bool wasConnected) const;
    // "host:port" of the RD Gateway while the connection has not got past it; empty otherwise
    QString gatewayInTheWay() const;
    void finish(const Error &error, bool wasConnected);

    friend struct RdpCallbacksImpl; // FreeRDP's callbacks, in RdpCallbacks.cpp
    friend struct RdpClipboard;

    RdpEndpoint m_endpoint;
    std::shared_ptr<FrameBuffer> m_frameBuffer;
    std::shared_ptr<UserDecisions> m_decisions;
    RdpWorkerEvents m_events;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    quint32 m_keyboardType = 4; // IBM enhanced (101/102 keys)

    std::mutex m_queueMutex;
    std::deque<Command> m_queue;
    // guards m_context against stop() from another thread while the worker creates or frees it
    std::mutex m_contextMutex;
    rdp_context *m_context = nullptr;
    void *m_wakeEvent = nullptr; // a WinPR event HANDLE

    // Display Control arrives on FreeRDP's dynamic channel thread; the worker thread uses it
    std::atomic<s_disp_client_context *> m_disp{nullptr};
    std::atomic<bool> m_dispReady{false};
    // worker thread only: the last size asked for, sent again once the channel is ready
    QSize m_pendingSize;
    int m_pendingScale = 100;
    std::unique_ptr<RdpClipboard> m_clipboard;
    int m_buttons = 0;
    bool m_connected = false;
    bool m_authenticating = false;
    bool m_certificateRefused = false;
    bool m_sizeRefused = false;
    bool m_credentialsCancelled = false;
    // which party the refused certificate or the cancelled sign-in belonged to
    bool m_refusedAtGateway = false;
    // the connection got past the RD Gateway (or had none): the desktop itself answered
    bool m_reachedDesktop = false;
    int m_authAttempts = 0;
    int m_gatewayAuthAttempts = 0;
};

} // namespace daas::remote
