#pragma once

#include <QString>

namespace daas::remote {

// X11 keysyms the engines need by name (values from X11/keysymdef.h).
namespace keysym {
inline constexpr quint32 BackSpace = 0xff08, Tab = 0xff09, Return = 0xff0d, Escape = 0xff1b, Delete = 0xffff;
inline constexpr quint32 Home = 0xff50, Left = 0xff51, Up = 0xff52, Right = 0xff53, Down = 0xff54,
                         PageUp = 0xff55, PageDown = 0xff56, End = 0xff57, Insert = 0xff63, Print = 0xff61,
                         Pause = 0xff13, ScrollLock = 0xff14, SysReq = 0xff15, Menu = 0xff67,
                         NumLock = 0xff7f, KpEnter = 0xff8d;
inline constexpr quint32 F1 = 0xffbe; // F1..F35 are consecutive
inline constexpr quint32 ShiftL = 0xffe1, ShiftR = 0xffe2, ControlL = 0xffe3, ControlR = 0xffe4,
                         CapsLock = 0xffe5, MetaL = 0xffe7, AltL = 0xffe9, AltR = 0xffea, SuperL = 0xffeb,
                         HyperL = 0xffed, IsoLevel3Shift = 0xfe03, IsoLeftTab = 0xfe20;
} // namespace keysym

// The X11 keysym for a key event. On X11 and Wayland the native virtual key already is the keysym
// (nativeIsKeysym); elsewhere the Qt key code, and for printable keys the produced text, are mapped.
// Returns 0 when the key has no keysym. Tab variants and Hyper are normalised as X servers expect.
quint32 keysymForKey(int qtKey, const QString &text, quint32 nativeVirtualKey, bool nativeIsKeysym);

// The keysym of one Unicode character: Latin-1 maps to itself, the rest to 0x01000000 + code point.
quint32 keysymForCharacter(char32_t ucs);

} // namespace daas::remote
