#include "support/Translations.h"

#include "support/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace daas::support {

QString installTranslations()
{
    // for the life of the application, as installTranslator() wants
    static QTranslator qt;
    static QTranslator ours;
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&ours);
    // a language chosen in the settings wins over the system's, but only one the client has: a setting
    // naming a catalogue that is gone (an older version's choice) falls back to the system's language
    QLocale locale;
    const QString chosen = Settings::value(keys::language);
    if (!chosen.isEmpty() && availableLanguages().contains(chosen)) {
        locale = QLocale(chosen);
        QLocale::setDefault(locale); // dates and numbers in the same language as the sentences
    }
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (ours.load(locale, QStringLiteral("daas"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours.load(QStringLiteral(":/i18n/daas_en.qm"))) {
        QCoreApplication::installTranslator(&ours);
        return ours.filePath();
    }
    return {};
}

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("daas_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(5, file.size() - 5 - 3); // "daas_" ... ".qm"
    return codes;
}

} // namespace daas::support
