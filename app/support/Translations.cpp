#include "support/Translations.h"

#include <QCoreApplication>
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
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (ours.load(QLocale(), QStringLiteral("daas"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours.load(QStringLiteral(":/i18n/daas_en.qm"))) {
        QCoreApplication::installTranslator(&ours);
        return ours.filePath();
    }
    return {};
}

} // namespace daas::support
