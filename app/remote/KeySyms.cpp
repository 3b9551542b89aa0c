#include "remote/KeySyms.h"

#include <QList>
#include <Qt>

#include <array>
#include <utility>

namespace daas::remote {

namespace {

struct KeyPair
{
    int qtKey;
    quint32 sym;
};

// Keys without text; printable keys go through their text instead (layout-correct).
constexpr std::array kSpecialKeys{
    KeyPair{Qt::Key_Escape, keysym::Escape},
    KeyPair{Qt::Key_Tab, keysym::Tab},
    KeyPair{Qt::Key_Backtab, keysym::Tab},
    KeyPair{Qt::Key_Backspace, keysym::BackSpace},
    KeyPair{Qt::Key_Return, keysym::Return},
    KeyPair{Qt::Key_Enter, keysym::KpEnter},
    KeyPair{Qt::Key_Insert, keysym::Insert},
    KeyPair{Qt::Key_Delete, keysym::Delete},
    KeyPair{Qt::Key_Pause, keysym::Pause},
    KeyPair{Qt::Key_Print, keysym::Print},
    KeyPair{Qt::Key_SysReq, keysym::SysReq},
    KeyPair{Qt::Key_Home, keysym::Home},
    KeyPair{Qt::Key_End, keysym::End},
    KeyPair{Qt::Key_Left, keysym::Left},
    KeyPair{Qt::Key_Up, keysym::Up},
    KeyPair{Qt::Key_Right, keysym::Right},
    KeyPair{Qt::Key_Down, keysym::Down},
    KeyPair{Qt::Key_PageUp, keysym::PageUp},
    KeyPair{Qt::Key_PageDown, keysym::PageDown},
    KeyPair{Qt::Key_Shift, keysym::ShiftL},
    // Qt calls the Command key Control on macOS; sending Control is what a remote Linux desktop expects
    KeyPair{Qt::Key_Control, keysym::ControlL},
    KeyPair{Qt::Key_Meta, keysym::SuperL},
    KeyPair{Qt::Key_Alt, keysym::AltL},
    KeyPair{Qt::Key_AltGr, keysym::IsoLevel3Shift},
    KeyPair{Qt::Key_CapsLock, keysym::CapsLock},
    KeyPair{Qt::Key_NumLock, keysym::NumLock},
    KeyPair{Qt::Key_ScrollLock, keysym::ScrollLock},
    KeyPair{Qt::Key_Super_L, keysym::SuperL},
    KeyPair{Qt::Key_Super_R, keysym::SuperL + 1},
    KeyPair{Qt::Key_Hyper_L, keysym::SuperL},
    KeyPair{Qt::Key_Hyper_R, keysym::SuperL + 1},
    KeyPair{Qt::Key_Menu, keysym::Menu},
};

quint32 normalised(quint32 sym)
{
    switch (sym) {
    case keysym::IsoLeftTab:
        return keysym::Tab;
    case keysym::HyperL:
        return keysym::SuperL;
    case keysym::HyperL + 1:
        return keysym::SuperL + 1;
    default:
        return sym;
    }
}

} // namespace

quint32 keysymForCharacter(char32_t ucs)
{
    if (ucs < 0x20 || (ucs >= 0x7f && ucs < 0xa0))
        return 0;
    if (ucs <= 0xff)
        return quint32(ucs);
    return 0x01000000u | quint32(ucs);
}

quint32 keysymForKey(int qtKey, const QString &text, quint32 nativeVirtualKey, bool nativeIsKeysym)
{
    if (nativeIsKeysym && nativeVirtualKey != 0)
        return normalised(nativeVirtualKey);
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return keysym::F1 + quint32(qtKey - Qt::Key_F1);
    for (const KeyPair &pair : kSpecialKeys) {
        if (pair.qtKey == qtKey)
            return pair.sym;
    }
    const QList<uint> ucs = text.toUcs4();
    if (ucs.size() == 1) {
        if (const quint32 sym = keysymForCharacter(ucs.front()))
            return sym;
    }
    // Ctrl+letter produces a control character as text; the key code still names the letter
    if (qtKey >= Qt::Key_Space && qtKey <= Qt::Key_AsciiTilde) {
        const quint32 sym = quint32(qtKey);
        return (sym >= 'A' && sym <= 'Z') ? sym + ('a' - 'A') : sym;
    }
    if (qtKey > 0xa0 && qtKey <= 0xff)
        return quint32(qtKey);
    return 0;
}

} // namespace daas::remote
