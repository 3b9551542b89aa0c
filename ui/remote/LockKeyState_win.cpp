#include "remote/LockKeyState.h"

#include <windows.h>

namespace daas::ui {

std::optional<remote::LockKeys> currentLockKeys()
{
    // the low bit of GetKeyState is the toggle state of a lock key
    remote::LockKeys locks;
    locks.capsLock = (GetKeyState(VK_CAPITAL) & 1) != 0;
    locks.numLock = (GetKeyState(VK_NUMLOCK) & 1) != 0;
    locks.scrollLock = (GetKeyState(VK_SCROLL) & 1) != 0;
    return locks;
}

} // namespace daas::ui
