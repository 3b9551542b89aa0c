#include "facility/FacilityProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace daas::facility {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::facility", text);
}

Error fieldError(const QString &field, const QString &problem)
{
    return Error(Error::Kind::InvalidInput,
                 tr("The facility profile is not valid: %1: %2").arg(field, problem),
                 u"profile field %1: %2"_s.arg(field, problem));
}

// Reads "<section>.url" as an http(s) URL. Required sections must be there; optional ones may be absent.
std::optional<Error> readUrl(const QJsonObject &root, const QString &section, bool required, QUrl &out)
{
    if (!root.contains(section)) {
        if (required)
            return fieldError(section, tr("is missing"));
        return std::nullopt;
    }
    if (!root.value(section).isObject())
        return fieldError(section, tr("must be an object with a \"url\""));
    const QJsonValue v = root.value(section).toObject().value(u"url"_s);
    if (!v.isString())
        return fieldError(section + u".url"_s, tr("is missing or not a string"));
    const QUrl url(v.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return fieldError(section + u".url"_s, tr("must be an http or https URL"));
    out = url;
    return std::nullopt;
}

std::optional<Error> readChoice(const QJsonObject &root, const QString &section, const QString &key,
                                const QStringList &allowed, QString &out)
{
    const QJsonValue v = root.value(section).toObject().value(key);
    if (v.isUndefined())
        return fieldError(section + u'.' + key, tr("is missing"));
    if (!allowed.contains(v.toString()))
        return fieldError(section + u'.' + key, tr("must be one of %1").arg(allowed.join(u", "_s)));
    out = v.toString();
    return std::nullopt;
}

} // namespace

Result<FacilityProfile> FacilityProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error(Error::Kind::InvalidInput,
                     tr("The facility profile is not valid JSON (line %1): %2")
                         .arg(line)
                         .arg(parseError.errorString()),
                     u"JSON error at offset %1"_s.arg(parseError.offset));
    }
    if (!doc.isObject())
        return fieldError(u"(top level)"_s, tr("must be a JSON object"));
    const QJsonObject root = doc.object();
    static const QSet<QString> known = {u"id"_s,  u"name"_s,  u"description"_s, u"icat"_s,
                                        u"ids"_s, u"cloud"_s, u"storage"_s,     u"batch"_s};
    for (const QString &key : root.keys())
        if (!known.contains(key))
            return fieldError(key, tr("is not a known field (a typo?)"));

    FacilityProfile p;
    const QJsonValue id = root.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty())
        return fieldError(u"id"_s, tr("is missing"));
    for (const QChar c : id.toString())
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_')
            return fieldError(u"id"_s, tr("may hold only letters, digits, '-' and '_'"));
    p.id = id.toString();
    const QJsonValue name = root.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fieldError(u"name"_s, tr("is missing"));
    p.name = name.toString().trimmed();
    p.description = root.value(u"description"_s).toString();

    if (auto e = readUrl(root, u"icat"_s, true, p.icatUrl))
        return *e;
    if (auto e = readUrl(root, u"ids"_s, true, p.idsUrl))
        return *e;
    if (auto e = readUrl(root, u"cloud"_s, false, p.cloudUrl))
        return *e;
    if (root.contains(u"cloud"_s))
        if (auto e = readChoice(root, u"cloud"_s, u"type"_s, {u"opennebula"_s, u"openstack"_s}, p.cloudType))
            return *e;
    if (auto e = readUrl(root, u"storage"_s, false, p.storageUrl))
        return *e;
    if (root.contains(u"storage"_s)) {
        p.storageAuth = u"basic"_s;
        if (root.value(u"storage"_s).toObject().contains(u"auth"_s))
            if (auto e = readChoice(root, u"storage"_s, u"auth"_s, {u"basic"_s, u"bearer"_s}, p.storageAuth))
                return *e;
    }
    if (root.contains(u"batch"_s)) {
        if (auto e = readChoice(root, u"batch"_s, u"type"_s, {u"slurm-rest"_s, u"slurm-ssh"_s, u"lsf-ssh"_s},
                                p.batchType))
            return *e;
        const QUrl url(root.value(u"batch"_s).toObject().value(u"url"_s).toString(), QUrl::StrictMode);
        const QStringList schemes =
            p.batchType == u"slurm-rest" ? QStringList{u"http"_s, u"https"_s} : QStringList{u"ssh"_s};
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
            return fieldError(u"batch.url"_s, tr("must be a %1 URL").arg(schemes.join(u" or "_s)));
        p.batchUrl = url;
    }
    return p;
}

Result<FacilityProfile> FacilityProfile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, tr("The facility profile %1 could not be read.").arg(path),
                     file.errorString());
    Result<FacilityProfile> p = fromJson(file.read(1 << 20));
    if (!p)
        return p.error().withDetail(u"file "_s + path);
    return p;
}

QJsonObject FacilityProfile::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"icat"_s, QJsonObject{{u"url"_s, icatUrl.toString()}}},
                  {u"ids"_s, QJsonObject{{u"url"_s, idsUrl.toString()}}}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    if (cloudUrl.isValid())
        o.insert(u"cloud"_s, QJsonObject{{u"type"_s, cloudType}, {u"url"_s, cloudUrl.toString()}});
    if (storageUrl.isValid())
        o.insert(u"storage"_s, QJsonObject{{u"url"_s, storageUrl.toString()}, {u"auth"_s, storageAuth}});
    if (batchUrl.isValid())
        o.insert(u"batch"_s, QJsonObject{{u"type"_s, batchType}, {u"url"_s, batchUrl.toString()}});
    return o;
}

} // namespace daas::facility
