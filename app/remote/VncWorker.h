#pragma once

#include "remote/FrameBuffer.h"
#include "remote/NativeSocket.h"
#include "remote/RemoteInput.h"
#include "remote/VncEndpoint.h"
#include "remote/VncFailure.h"
#include "support/Error.h"

#include <QHostAddress>
#include <QImage>
#include <QPoint>
#include <QRegion>
#include <QSize>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>

struct _rfbClient;

namespace daas::remote {

// What a worker reports. Every callback runs on the worker thread and must only post to its owner.
struct VncWorkerEvents
{
    std::function<void()> authenticating;
    std::function<void(QSize size, QString desktopName)> connected;
    std::function<void(QSize size)> resized;
    std::function<void()> framesReady;
    std::function<void(QImage image, QPoint hotSpot)> cursor;
    std::function<void(QString text)> clipboard;
    std::function<void()> bell;
    // The connection ended (not called after stop()). wasConnected: the session had reached Connected.
    std::function<void(Error error, bool wasConnected)> finished;
};

// One libvncclient connection on its own thread. All libvncclient calls happen on that thread; the
// GUI only queues commands and signals a waker, so idle costs nothing and input is sent at once (no
// polling interval). Host names are resolved before the worker starts: nothing here blocks in DNS.
class VncWorker
{
public:
    // preconnected != kNoSocket: a connected stream (the WebSocket bridge) the worker takes over;
    // else it connects to the first of `addresses` that answers, on endpoint.port.
    VncWorker(VncEndpoint endpoint, QList<QHostAddress> addresses, SocketHandle preconnected,
              std::shared_ptr<FrameBuffer> frameBuffer, VncWorkerEvents events);
    ~VncWorker();
    VncWorker(const VncWorker &) = delete;
    VncWorker &operator=(const VncWorker &) = delete;

    void start();
    // Asks the thread to end the connection and stop, without waiting for it (safe on the GUI thread).
    void requestStop();
    // requestStop(), then joins the thread; safe to call while connecting or authenticating. Blocks: only
    // off the GUI thread (the sessions hand a stopping worker to support::workerPool()).
    void stop();

    void pointer(QPoint position, int buttons);
    void key(quint32 keysym, bool down);
    void clipboard(const QString &text);
    void desktopSize(QSize size);
    void quality(VncQuality quality);

    // Upper bound for a framebuffer side; servers announcing more are refused (memory exhaustion).
    static constexpr int kMaxSide = 16384;

private:
    struct PointerCommand
    {
        int x, y, buttons;
    };
    struct KeyCommand
    {
        quint32 keysym;
        bool down;
    };
    struct ClipboardCommand
    {
        QString text;
    };
    struct SizeCommand
    {
        QSize size;
    };
    struct QualityCommand
    {
        VncQuality quality;
    };
    using Command = std::variant<PointerCommand, KeyCommand, ClipboardCommand, SizeCommand, QualityCommand>;

    void post(Command command);
    void run();
    bool connectSocket();
    bool initialise();
    void serve();
    bool drainCommands();
    void applyQuality();
    Error failure(bool wasConnected) const;
    void finish(const Error &error, bool wasConnected);

    friend struct VncCallbacks; // libvncclient callbacks (worker thread), in the .cpp

    VncEndpoint m_endpoint;
    QList<QHostAddress> m_addresses;
    std::string m_password;
    std::shared_ptr<FrameBuffer> m_frameBuffer;
    VncWorkerEvents m_events;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<SocketHandle> m_socket{kNoSocket};
    native::Waker m_waker;

    std::mutex m_queueMutex;
    std::deque<Command> m_queue;

    // worker thread only
    _rfbClient *m_client = nullptr;
    QImage m_decode;
    QRegion m_updated;
    QRegion m_covered;
    bool m_screenCovered = false;
    bool m_connected = false;
    bool m_authenticating = false;
    bool m_sizeRefused = false;
    bool m_continuousUpdates = false;
    VncFailureLog m_failureLog;
};

} // namespace daas::remote
