#include "remote/LockKeyState.h"

namespace daas::ui {

std::optional<remote::LockKeys> currentLockKeys()
{
    // Not read on macOS yet: Macs have no Num or Scroll Lock, and Caps Lock would need Quartz
    // (CGEventSourceFlagsState), which no build here can check. The remote side keeps its own state.
    return std::nullopt;
}

} // namespace daas::ui
