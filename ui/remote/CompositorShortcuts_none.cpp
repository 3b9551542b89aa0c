#include "remote/CompositorShortcuts.h"

// X11 (the keyboard grab covers the window manager's shortcuts), Windows and macOS, and Linux builds
// without Qt's Wayland client module.
namespace daas::ui {

ShortcutsInhibition inhibitCompositorShortcuts(QWindow *)
{
    return {};
}

bool compositorShortcutsInhibited(const QWindow *)
{
    return false;
}

} // namespace daas::ui
