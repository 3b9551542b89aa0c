#pragma once

#include "remote/RemoteInput.h"

namespace daas::remote {

// What RDP sends for a key: a scan code (0x100 = extended, as FreeRDP's RDP_SCANCODE) for keys the
// remote layout must interpret (shortcuts, navigation, and typing where both sides share a layout), or
// a Unicode event for text that has no key of its own (composed characters, input methods).
struct RdpKey
{
    enum class Kind { None, ScanCode, Unicode };
    Kind kind = Kind::None;
    quint32 code = 0;
};

// The native key through winpr's keycode tables (X keycode via XKB on X11 and Wayland, the set-1 scan
// code on Windows, the kVK code on macOS); keyboardType is FreeRDP_KeyboardType (4 = IBM enhanced,
// 7 = Japanese). Without native codes (synthetic events, input methods) Qt's key code picks keys with a
// fixed place (letters, digits, navigation, modifiers), and other text goes as Unicode.
RdpKey rdpKeyFor(const KeyInput &key, quint32 keyboardType);

// The scan codes of Ctrl, Alt and Delete, in the order to press them.
inline constexpr quint32 kRdpScanCodeControl = 0x1d, kRdpScanCodeAlt = 0x38, kRdpScanCodeDelete = 0x153;

} // namespace daas::remote
