#pragma once

#include "support/Translations.h"

#include <QLocale>

namespace daas::testing {

// English as the application speaks it (plural forms: "1 file", "6 items"), through the loader and the
// embedded files the client itself uses, whatever the language of the machine running the tests.
inline bool installEnglishTranslator()
{
    QLocale::setDefault(QLocale::c());
    return support::installTranslations() == QLatin1String(":/i18n/daas_en.qm");
}

} // namespace daas::testing
