#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace daas::testing {

// English as the application speaks it (plural forms: "1 file", "6 items"), from the build's daas_en.qm.
// The GUI tests depend on release_translations for it.
inline bool installEnglishTranslator()
{
    static QTranslator english;
    if (!english.load(qEnvironmentVariable("DAAS_BUILD_DIR") + QStringLiteral("/translations/daas_en.qm")))
        return false;
    QCoreApplication::installTranslator(&english);
    return true;
}

} // namespace daas::testing
