#pragma once

#include "remote/FrameBuffer.h"
#include "support/Error.h"

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRegion>

#include <memory>

namespace daas::remote {

// One remote desktop connection, whatever the protocol (VNC now, RDP next): the GUI's RemoteView
// talks only to this. Engines run on their own threads; everything here is called and signalled
// on the thread the object lives in (the GUI thread).
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

    // Pointer buttons as RFB numbers them; other protocols translate.
    enum PointerButton : int {
        LeftButton = 1,
        MiddleButton = 2,
        RightButton = 4,
        WheelUp = 8,
        WheelDown = 16,
        WheelLeft = 32,
        WheelRight = 64,
        BackButton = 128,
    };

    explicit RemoteSession(QObject *parent = nullptr);
    ~RemoteSession() override;

    State state() const { return m_state; }
    // Why the last connection failed or dropped (also set while Reconnecting).
    const Error &error() const { return m_error; }
    const FrameBuffer &frameBuffer() const { return *m_frame; }
    QString desktopName() const { return m_desktopName; }
    int reconnectDelayMs() const { return m_reconnectDelayMs; }
    // 0 while connected; 1, 2, … while trying to get a dropped connection back
    int reconnectAttempt() const { return m_reconnectAttempt; }

    virtual void open() = 0;
    virtual void close() = 0;

    // Input, in framebuffer pixels. `buttons` is a mask of PointerButton.
    virtual void sendPointer(QPoint position, int buttons) = 0;
    // keysym: X11 keysym; scanCode: the platform's native scan code (X keycode on xcb/wayland) or 0.
    virtual void sendKey(quint32 keysym, quint32 scanCode, bool down) = 0;
    virtual void sendClipboardText(const QString &text) = 0;
    virtual void requestDesktopSize(QSize size) = 0;
    virtual void sendCtrlAltDel();

Q_SIGNALS:
    void stateChanged(daas::remote::RemoteSession::State state);
    void frameResized(QSize size);
    void frameUpdated(const QRegion &region);
    // ARGB32 image (empty = hide the cursor) and hot spot, in framebuffer pixels.
    void cursorChanged(const QImage &image, QPoint hotSpot);
    void clipboardReceived(const QString &text);
    void bell();

protected:
    void setState(State state, const Error &error = {});
    void setDesktopName(const QString &name) { m_desktopName = name; }
    void setReconnectDelayMs(int ms) { m_reconnectDelayMs = ms; }
    void setReconnectAttempt(int attempt) { m_reconnectAttempt = attempt; }
    std::shared_ptr<FrameBuffer> sharedFrameBuffer() const { return m_frame; }
    // Hands the region the engine changed to the GUI (coalesced: call when FrameBuffer::publish said so).
    void deliverFrames();

private:
    std::shared_ptr<FrameBuffer> m_frame = std::make_shared<FrameBuffer>();
    State m_state = State::Idle;
    Error m_error;
    QString m_desktopName;
    int m_reconnectDelayMs = 0;
    int m_reconnectAttempt = 0;
};

} // namespace daas::remote
