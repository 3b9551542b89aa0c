#include "remote/LockKeyState.h"

#include <QGuiApplication>

#include <X11/XKBlib.h>

namespace daas::ui {

namespace {

// The indicator by its XKB name: its index differs between keymaps, its name does not.
bool indicator(Display *display, const char *name)
{
    Bool on = False;
    const Atom atom = XInternAtom(display, name, False);
    return atom != None && XkbGetNamedIndicator(display, atom, nullptr, &on, nullptr, nullptr) && on;
}

} // namespace

std::optional<remote::LockKeys> currentLockKeys()
{
    // only on X11 (the xcb plug-in); Wayland gives clients no way to read the lock state
    const auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    Display *display = x11 ? x11->display() : nullptr;
    if (!display)
        return std::nullopt;
    remote::LockKeys locks;
    locks.capsLock = indicator(display, "Caps Lock");
    locks.numLock = indicator(display, "Num Lock");
    locks.scrollLock = indicator(display, "Scroll Lock");
    return locks;
}

} // namespace daas::ui
