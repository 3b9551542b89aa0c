#pragma once

#include <QString>

namespace daas::support {

// Installs the translations for the user's language (QLocale(), so QLocale::setDefault() counts): Qt's own
// messages and buttons from Qt's translations folder, and ours, embedded under :/i18n by the resources the
// executables link. Without ours for that language, English plural forms ("1 file", "6 items"). Called
// again, it replaces what it installed. Returns the resource of ours that is in use.
QString installTranslations();

} // namespace daas::support
