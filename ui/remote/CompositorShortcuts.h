#pragma once

#include <memory>

class QWindow;

namespace daas::ui {

// While a remote desktop has the keyboard grabbed, this computer's own desktop shortcuts (Super, Alt+Tab, a
// compositor's key bindings) belong to the remote side. On X11 the keyboard grab is enough; a Wayland
// compositor hands them to a client only through keyboard-shortcuts-inhibit, asked for a window's surface
// (CompositorShortcuts_wayland.cpp). Elsewhere, and where the compositor does not offer the protocol, the
// inhibition is empty and nothing changes.

// Held while the window should get the compositor's shortcuts: the window's one inhibitor lives as long as
// any inhibition for it (two views in one window share it; the protocol allows one per surface).
using ShortcutsInhibition = std::shared_ptr<void>;
ShortcutsInhibition inhibitCompositorShortcuts(QWindow *window);

// The compositor has said that its shortcuts go to window now (its keyboard focus is there).
bool compositorShortcutsInhibited(const QWindow *window);

} // namespace daas::ui
