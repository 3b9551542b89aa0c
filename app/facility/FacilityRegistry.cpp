#include "facility/FacilityRegistry.h"

#include "support/Logging.h"
#include "support/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace daas::facility {

QList<FacilityProfile> FacilityRegistry::bundled()
{
    QList<FacilityProfile> out;
    const QDir dir(u":/facilities"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        if (name == u"demo.json")
            continue;
        Result<FacilityProfile> p = FacilityProfile::fromFile(dir.filePath(name));
        if (p)
            out.append(p.value());
        else
            qCWarning(lcFacility) << "bundled profile" << name << p.error();
    }
    return out;
}

QString FacilityRegistry::localDemoPath()
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return runtime + u"/daas-desktop/local-facility.json"_s;
}

std::optional<FacilityProfile> FacilityRegistry::localDemo()
{
    if (!QFileInfo::exists(localDemoPath()))
        return std::nullopt;
    Result<FacilityProfile> p = FacilityProfile::fromFile(localDemoPath());
    if (!p) {
        qCWarning(lcFacility) << "local demo facility profile" << p.error();
        return std::nullopt;
    }
    return p.value();
}

Result<FacilityProfile> FacilityRegistry::resolve(const QString &pathOrId)
{
    if (pathOrId == u"demo") {
        if (auto demo = localDemo())
            return *demo;
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("daas::facility",
                                                 "The local demo facility is not running. Start it with "
                                                 "“packaging/dev run”."));
    }
    for (const FacilityProfile &p : bundled())
        if (p.id == pathOrId)
            return p;
    if (QFileInfo::exists(pathOrId))
        return FacilityProfile::fromFile(pathOrId);
    return Error(Error::Kind::NotFound,
                 QCoreApplication::translate("daas::facility",
                                             "There is no facility “%1”: give a profile file "
                                             "or one of the bundled facilities.")
                     .arg(pathOrId));
}

std::optional<FacilityProfile> FacilityRegistry::current()
{
    const QString chosen = support::Settings::value(support::keys::currentFacility);
    if (!chosen.isEmpty()) {
        Result<FacilityProfile> p = resolve(chosen);
        if (p)
            return p.value();
        qCWarning(lcFacility) << "configured facility" << chosen << p.error();
    }
    return localDemo();
}

void FacilityRegistry::setCurrent(const QString &pathOrId)
{
    support::Settings::setValue(support::keys::currentFacility, pathOrId);
}

} // namespace daas::facility
