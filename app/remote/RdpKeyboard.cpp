#include "remote/RdpKeyboard.h"

#include <winpr/input.h>

#include <array>

namespace daas::remote {

namespace {

struct QtToVk
{
    int qtKey;
    DWORD vk;
};

// Keys without text of their own; letters and digits share their codes between Qt and Windows.
constexpr std::array kSpecialKeys{
    QtToVk{Qt::Key_Escape, VK_ESCAPE},   QtToVk{Qt::Key_Tab, VK_TAB},
    QtToVk{Qt::Key_Backtab, VK_TAB},     QtToVk{Qt::Key_Backspace, VK_BACK},
    QtToVk{Qt::Key_Return, VK_RETURN},   QtToVk{Qt::Key_Enter, VK_RETURN},
    QtToVk{Qt::Key_Insert, VK_INSERT},   QtToVk{Qt::Key_Delete, VK_DELETE},
    QtToVk{Qt::Key_Pause, VK_PAUSE},     QtToVk{Qt::Key_Print, VK_SNAPSHOT},
    QtToVk{Qt::Key_Home, VK_HOME},       QtToVk{Qt::Key_End, VK_END},
    QtToVk{Qt::Key_Left, VK_LEFT},       QtToVk{Qt::Key_Up, VK_UP},
    QtToVk{Qt::Key_Right, VK_RIGHT},     QtToVk{Qt::Key_Down, VK_DOWN},
    QtToVk{Qt::Key_PageUp, VK_PRIOR},    QtToVk{Qt::Key_PageDown, VK_NEXT},
    QtToVk{Qt::Key_Shift, VK_LSHIFT},    QtToVk{Qt::Key_Control, VK_LCONTROL},
    QtToVk{Qt::Key_Alt, VK_LMENU},       QtToVk{Qt::Key_AltGr, VK_RMENU},
    QtToVk{Qt::Key_Meta, VK_LWIN},       QtToVk{Qt::Key_Super_L, VK_LWIN},
    QtToVk{Qt::Key_Super_R, VK_RWIN},    QtToVk{Qt::Key_CapsLock, VK_CAPITAL},
    QtToVk{Qt::Key_NumLock, VK_NUMLOCK}, QtToVk{Qt::Key_ScrollLock, VK_SCROLL},
    QtToVk{Qt::Key_Menu, VK_APPS},       QtToVk{Qt::Key_Space, VK_SPACE},
};

DWORD vkForQtKey(int qtKey)
{
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F24)
        return VK_F1 + DWORD(qtKey - Qt::Key_F1);
    if ((qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z) || (qtKey >= Qt::Key_0 && qtKey <= Qt::Key_9))
        return DWORD(qtKey);
    for (const QtToVk &pair : kSpecialKeys) {
        if (pair.qtKey == qtKey)
            return pair.vk;
    }
    return 0;
}

RdpKey scanCodeForVk(DWORD vk, quint32 keyboardType)
{
    if (vk == 0)
        return {};
    const DWORD scanCode = GetVirtualScanCodeFromVirtualKeyCode(vk, keyboardType);
    if (scanCode == 0)
        return {};
    return {RdpKey::Kind::ScanCode, quint32(scanCode)};
}

RdpKey unicodeFor(const QString &text)
{
    // one UTF-16 unit per event: RDP's Unicode keyboard event carries exactly that
    if (text.size() != 1 || text.at(0).unicode() < 0x20 || text.at(0).unicode() == 0x7f)
        return {};
    return {RdpKey::Kind::Unicode, text.at(0).unicode()};
}

} // namespace

RdpKey rdpKeyFor(const KeyInput &key, quint32 keyboardType)
{
    switch (key.source) {
    case KeyCodeSource::X11:
    case KeyCodeSource::Wayland:
        if (key.nativeScanCode != 0) {
            if (const RdpKey k = scanCodeForVk(
                    GetVirtualKeyCodeFromKeycode(key.nativeScanCode, WINPR_KEYCODE_TYPE_XKB), keyboardType);
                k.kind != RdpKey::Kind::None)
                return k;
        }
        break;
    case KeyCodeSource::Windows:
        if (key.nativeScanCode != 0)
            return {RdpKey::Kind::ScanCode, key.nativeScanCode & 0x1ff};
        break;
    case KeyCodeSource::MacOS:
        if (const RdpKey k = scanCodeForVk(
                GetVirtualKeyCodeFromKeycode(key.nativeVirtualKey, WINPR_KEYCODE_TYPE_APPLE), keyboardType);
            k.kind != RdpKey::Kind::None)
            return k;
        break;
    case KeyCodeSource::Qt:
        break;
    }
    // no native code (synthetic events, text from an input method): keys with a fixed place (Ctrl,
    // arrows, F-keys, letters and digits) by Qt's code; other text as Unicode, which needs no layout
    // (servers without Unicode input, like FreeRDP's shadow server, then ignore it)
    if (const RdpKey k = scanCodeForVk(vkForQtKey(key.qtKey), keyboardType); k.kind != RdpKey::Kind::None)
        return k;
    return unicodeFor(key.text);
}

} // namespace daas::remote
