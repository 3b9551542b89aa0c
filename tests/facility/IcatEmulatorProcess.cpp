#include "IcatEmulatorProcess.h"
#include "TestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace daas::testing {

IcatEmulatorProcess::IcatEmulatorProcess(const QStringList &extraArgs)
    : EmulatorProcess(daas::test::paths::icatEmulator(), extraArgs)
{}

facility::FacilityProfile IcatEmulatorProcess::profile() const
{
    facility::FacilityProfile p;
    p.id = facilityId();
    p.name = u"Test facility"_s;
    p.icatUrl = icatUrl();
    p.idsUrl = idsUrl();
    return p;
}

QString IcatEmulatorProcess::facilityId() const
{
    return u"test-%1"_s.arg(baseUrl().port());
}

QByteArray IcatEmulatorProcess::profileJson() const
{
    return QJsonDocument(QJsonObject{{u"id"_s, facilityId()},
                                     {u"name"_s, u"Test facility"_s},
                                     {u"icat"_s, QJsonObject{{u"url"_s, icatUrl().toString()}}},
                                     {u"ids"_s, QJsonObject{{u"url"_s, idsUrl().toString()}}}})
        .toJson();
}

bool IcatEmulatorProcess::admin(const QString &command, const QString &query)
{
    return adminRequest(command, query, true, QByteArrayLiteral("text/plain")).has_value();
}

QStringList IcatEmulatorProcess::issuedSessionIds()
{
    const auto body =
        adminRequest(QStringLiteral("issued-secrets"), {}, true, QByteArrayLiteral("text/plain"));
    return body ? QString::fromUtf8(*body).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
}

} // namespace daas::testing
