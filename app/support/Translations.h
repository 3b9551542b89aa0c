#pragma once

#include <QString>
#include <QStringList>

namespace daas::support {

// Installs the translations for the user's language: the one chosen in the settings (keys::language), else
// the system's (QLocale(), so QLocale::setDefault() counts). Qt's own messages and buttons come from Qt's
// translations folder, and ours, embedded under :/i18n by the resources the executables link. Without ours
// for that language, English plural forms ("1 file", "6 items"). Called again, it replaces what it
// installed. Returns the resource of ours that is in use.
QString installTranslations();

// The languages the client can speak: one code ("de", "ja") per catalogue embedded under :/i18n, English
// included, sorted. The Settings dialog offers exactly these.
QStringList availableLanguages();

} // namespace daas::support
