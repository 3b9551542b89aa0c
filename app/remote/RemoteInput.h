#pragma once

#include <QPoint>
#include <QString>
#include <Qt>

namespace daas::remote {

// The protocols a desktop can be reached with.
enum class RemoteProtocol { Vnc, Rdp };

// What the native codes of a key event mean: the window system decides, not the protocol.
enum class KeyCodeSource {
    Qt,      // only Qt's key code and text are meaningful (offscreen, synthetic events)
    X11,     // nativeScanCode: X keycode (evdev + 8); nativeVirtualKey: keysym (xcb)
    Wayland, // the same codes as X11
    Windows, // nativeScanCode: set-1 scan code (0x100 = extended); nativeVirtualKey: VK_*
    MacOS,   // nativeVirtualKey: kVK_* (nativeScanCode is not useful)
};

// A key as the platform reported it. Each engine translates it: VNC to an X keysym, RDP to a scan code
// (or a Unicode event). The view sends the press's KeyInput again, with down = false, for the release,
// so an engine always releases what it pressed (Shift released first must not leave "A" down).
struct KeyInput
{
    int qtKey = 0;
    QString text;
    quint32 nativeScanCode = 0;
    quint32 nativeVirtualKey = 0;
    KeyCodeSource source = KeyCodeSource::Qt;
    Qt::KeyboardModifiers modifiers;
    bool down = true;
    bool autoRepeat = false;

    // Identifies the physical key between its press and its release.
    quint32 physicalKey() const { return nativeScanCode ? nativeScanCode : quint32(qtKey) | 0x80000000u; }
};

// Pointer buttons, whatever the protocol; a mask of these is "the buttons held".
enum PointerButton : int {
    NoButton = 0,
    LeftButton = 1,
    MiddleButton = 2,
    RightButton = 4,
    BackButton = 8,
    ForwardButton = 16,
};

// Lock keys' state on this computer, for the remote side to follow (RDP's synchronize event).
struct LockKeys
{
    bool capsLock = false;
    bool numLock = false;
    bool scrollLock = false;
};

// The KeyCodeSource of the running Qt platform plug-in ("xcb", "wayland", "windows", "cocoa").
KeyCodeSource keyCodeSourceFor(const QString &platformName);

} // namespace daas::remote
