#include "catalogue/Entities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

QDateTime parseIcatDate(const QJsonValue &value)
{
    // yyyy-MM-dd'T'HH:mm:ss.SSSXXX: "Z" or "+01:00"; a date without an offset is not trusted as local time
    const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return {};
    return dt;
}

namespace {
qint64 sizeOf(const QJsonObject &o, const QString &key)
{
    // toInteger gives the fallback for a fraction or a number past qint64, which a cast would make undefined
    const qint64 n = o.value(key).toInteger(-1);
    return n >= 0 ? n : -1;
}
} // namespace

QString Investigation::reference() const
{
    if (!visitId.isEmpty() && visitId != u"1" && visitId != name)
        return visitId;
    return QCoreApplication::translate("daas::catalogue", "RB %1").arg(name);
}

Investigation Investigation::fromJson(const QJsonObject &o)
{
    Investigation i;
    i.id = o.value(u"id"_s).toInteger();
    i.name = o.value(u"name"_s).toString();
    i.visitId = o.value(u"visitId"_s).toString();
    i.title = o.value(u"title"_s).toString();
    i.summary = o.value(u"summary"_s).toString();
    i.facility = o.value(u"facility"_s).toObject().value(u"name"_s).toString();
    i.facilityId = o.value(u"facility"_s).toObject().value(u"id"_s).toInteger();
    for (const QJsonValue &ii : o.value(u"investigationInstruments"_s).toArray()) {
        const QJsonObject inst = ii.toObject().value(u"instrument"_s).toObject();
        const QString name = inst.value(u"fullName"_s).toString(inst.value(u"name"_s).toString());
        if (!name.isEmpty())
            i.instruments.append(name);
    }
    i.startDate = parseIcatDate(o.value(u"startDate"_s));
    i.endDate = parseIcatDate(o.value(u"endDate"_s));
    i.fileSize = sizeOf(o, u"fileSize"_s);
    i.fileCount = sizeOf(o, u"fileCount"_s);
    return i;
}

Dataset Dataset::fromJson(const QJsonObject &o)
{
    Dataset d;
    d.id = o.value(u"id"_s).toInteger();
    d.name = o.value(u"name"_s).toString();
    d.description = o.value(u"description"_s).toString();
    d.type = o.value(u"type"_s).toObject().value(u"name"_s).toString();
    d.startDate = parseIcatDate(o.value(u"startDate"_s));
    d.endDate = parseIcatDate(o.value(u"endDate"_s));
    d.fileSize = sizeOf(o, u"fileSize"_s);
    d.fileCount = sizeOf(o, u"fileCount"_s);
    return d;
}

Datafile Datafile::fromJson(const QJsonObject &o)
{
    Datafile f;
    f.id = o.value(u"id"_s).toInteger();
    f.name = o.value(u"name"_s).toString();
    f.description = o.value(u"description"_s).toString();
    f.format = o.value(u"datafileFormat"_s).toObject().value(u"name"_s).toString();
    f.fileSize = sizeOf(o, u"fileSize"_s);
    f.checksum = o.value(u"checksum"_s).toString();
    f.createTime = parseIcatDate(o.value(u"datafileCreateTime"_s));
    f.modTime = parseIcatDate(o.value(u"datafileModTime"_s));
    return f;
}

QString formatSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QCoreApplication::translate("daas::catalogue", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("daas::catalogue", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("daas::catalogue", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace daas::catalogue
