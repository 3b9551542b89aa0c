#pragma once

#include "remote/RemoteInput.h"

#include <optional>

namespace daas::ui {

// Caps, Num and Scroll Lock as this computer has them now, so that a remote desktop getting the focus
// can be told (RDP's synchronize event). Qt has no portable call for it: one file per platform
// (LockKeyState_x11.cpp, _win.cpp, _mac.cpp). Nothing where the platform does not say (Wayland, macOS):
// then the remote side keeps its own state rather than being set wrongly.
std::optional<remote::LockKeys> currentLockKeys();

} // namespace daas::ui
