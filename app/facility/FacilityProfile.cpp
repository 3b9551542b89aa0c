#include "facility/FacilityProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

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

// Typos must not pass silently: a key the format does not know is refused, at every level.
std::optional<Error> refuseUnknownKeys(const QJsonObject &object, const QString &prefix,
                                       const QStringList &known)
{
    for (const QString &key : object.keys())
        if (!known.contains(key))
            return fieldError(prefix + key, tr("is not a known field (a typo?)"));
    return std::nullopt;
}

const QString userPlaceholder = u"%7Buser%7D"_s;

// Reads "<section>.url" as an http(s) URL. Required sections must be there; optional ones may be absent.
// With `userPlaceholder`, "{user}" may stand in the URL's path (it is kept as %7Buser%7D).
std::optional<Error> readUrl(const QJsonObject &root, const QString &section, bool required, QUrl &out,
                             bool allowUserPlaceholder = false, const QString &key = u"url"_s)
{
    if (!root.contains(section)) {
        if (required)
            return fieldError(section, tr("is missing"));
        return std::nullopt;
    }
    if (!root.value(section).isObject())
        return fieldError(section, tr("must be an object with a \"url\""));
    const QString field = section + u'.' + key;
    const QJsonValue v = root.value(section).toObject().value(key);
    if (v.isUndefined())
        return fieldError(field, tr("is missing"));
    if (!v.isString())
        return fieldError(field, tr("must be an http or https URL"));
    QString text = v.toString();
    if (allowUserPlaceholder)
        text.replace(u"{user}"_s, userPlaceholder);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        !url.userInfo().isEmpty())
        return fieldError(field, tr("must be an http or https URL"));
    const QString encoded = url.toString(QUrl::FullyEncoded);
    if (encoded.count(userPlaceholder, Qt::CaseInsensitive) !=
        url.path(QUrl::FullyEncoded).count(userPlaceholder, Qt::CaseInsensitive))
        return fieldError(field, tr("may hold {user} only in its path"));
    out = url;
    return std::nullopt;
}

std::optional<Error> readChoice(const QJsonObject &root, const QString &section, const QString &key,
                                const QStringList &allowed, QString &out)
{
    const QJsonValue v = root.value(section).toObject().value(key);
    if (v.isUndefined())
        return fieldError(section + u'.' + key, tr("is missing"));
    if (!v.isString() || !allowed.contains(v.toString()))
        return fieldError(section + u'.' + key, tr("must be one of %1").arg(allowed.join(u", "_s)));
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> readText(const QJsonObject &root, const QString &key, bool required, QString &out)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined()) {
        if (required)
            return fieldError(key, tr("is missing"));
        return std::nullopt;
    }
    if (!v.isString())
        return fieldError(key, tr("must be a text"));
    out = v.toString().trimmed();
    if (required && out.isEmpty())
        return fieldError(key, tr("must not be empty"));
    return std::nullopt;
}

} // namespace

Result<FacilityProfile> FacilityProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
        return Error(Error::Kind::InvalidInput,
                     tr("The facility profile is not valid JSON (line %1, column %2): %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()),
                     u"JSON error at offset %1"_s.arg(parseError.offset));
    }
    if (!doc.isObject())
        return fieldError(u"(top level)"_s, tr("must be a JSON object"));
    const QJsonObject root = doc.object();
    if (auto e = refuseUnknownKeys(root, {},
                                   {u"id"_s, u"name"_s, u"description"_s, u"icat"_s, u"ids"_s, u"cloud"_s,
                                    u"storage"_s, u"batch"_s, u"sharedWorkstation"_s}))
        return *e;
    const QList<std::pair<QString, QStringList>> sections = {
        {u"icat"_s, {u"url"_s}},
        {u"ids"_s, {u"url"_s}},
        {u"cloud"_s, {u"type"_s, u"url"_s, u"desktopProtocol"_s, u"rdpGateway"_s, u"domain"_s, u"project"_s}},
        {u"storage"_s, {u"url"_s, u"auth"_s}},
        {u"batch"_s, {u"type"_s, u"url"_s, u"tokenUrl"_s, u"storageMount"_s}}};
    for (const auto &[section, keys] : sections) {
        if (!root.contains(section))
            continue;
        if (!root.value(section).isObject())
            return fieldError(section, tr("must be an object"));
        if (auto e = refuseUnknownKeys(root.value(section).toObject(), section + u'.', keys))
            return *e;
    }

    FacilityProfile p;
    if (auto e = readText(root, u"id"_s, true, p.id))
        return *e;
    if (p.id.size() > 64)
        return fieldError(u"id"_s, tr("is longer than 64 characters"));
    // the id names files and keychain entries: keep it to a safe alphabet
    for (const QChar c : std::as_const(p.id))
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_')
            return fieldError(u"id"_s, tr("may hold only letters, digits, '-' and '_'"));
    if (auto e = readText(root, u"name"_s, true, p.name))
        return *e;
    if (auto e = readText(root, u"description"_s, false, p.description))
        return *e;
    if (root.contains(u"sharedWorkstation"_s)) {
        if (!root.value(u"sharedWorkstation"_s).isBool())
            return fieldError(u"sharedWorkstation"_s, tr("must be true or false"));
        p.sharedWorkstation = root.value(u"sharedWorkstation"_s).toBool();
    }

    if (auto e = readUrl(root, u"icat"_s, true, p.icatUrl))
        return *e;
    if (auto e = readUrl(root, u"ids"_s, true, p.idsUrl))
        return *e;
    if (root.contains(u"cloud"_s)) {
        if (auto e = readChoice(root, u"cloud"_s, u"type"_s, {u"opennebula"_s, u"openstack"_s}, p.cloudType))
            return *e;
        if (auto e = readUrl(root, u"cloud"_s, true, p.cloudUrl))
            return *e;
        if (root.value(u"cloud"_s).toObject().contains(u"desktopProtocol"_s))
            if (auto e = readChoice(root, u"cloud"_s, u"desktopProtocol"_s, {u"vnc"_s, u"rdp"_s},
                                    p.cloudDesktopProtocol))
                return *e;
        const QJsonObject cloud = root.value(u"cloud"_s).toObject();
        if (cloud.contains(u"rdpGateway"_s)) {
            // "host" or "host:port" ("[v6]:port"): nothing else, so a URL or a user name is a mistake
            const QJsonValue v = cloud.value(u"rdpGateway"_s);
            const QUrl url(u"rdg://"_s + v.toString(), QUrl::StrictMode);
            if (!v.isString() || v.toString().contains(u'@') || !url.isValid() || url.host().isEmpty() ||
                !url.path().isEmpty() || url.hasQuery() || url.hasFragment() || url.port() == 0)
                return fieldError(u"cloud.rdpGateway"_s, tr("must be a host name with an optional :port"));
            p.cloudRdpGatewayHost = url.host();
            p.cloudRdpGatewayPort = quint16(url.port(443));
        }
        // OpenStack's Keystone domain of the users and the project they work in
        for (const auto &[key, out] :
             {std::pair{u"domain"_s, &p.cloudDomain}, std::pair{u"project"_s, &p.cloudProject}}) {
            if (!cloud.contains(key))
                continue;
            if (p.cloudType != u"openstack")
                return fieldError(u"cloud."_s + key, tr("is for OpenStack clouds only"));
            *out = cloud.value(key).toString().trimmed();
            if (!cloud.value(key).isString() || out->isEmpty())
                return fieldError(u"cloud."_s + key, tr("must be a text that is not empty"));
        }
    }
    if (root.contains(u"storage"_s)) {
        if (auto e = readUrl(root, u"storage"_s, true, p.storageUrl, true))
            return *e;
        p.storageAuth = u"basic"_s;
        if (root.value(u"storage"_s).toObject().contains(u"auth"_s))
            if (auto e = readChoice(root, u"storage"_s, u"auth"_s, {u"basic"_s, u"bearer"_s}, p.storageAuth))
                return *e;
    }
    if (root.contains(u"batch"_s)) {
        if (auto e = readChoice(root, u"batch"_s, u"type"_s, {u"slurm-rest"_s, u"slurm-ssh"_s, u"lsf-ssh"_s},
                                p.batchType))
            return *e;
        const QJsonValue v = root.value(u"batch"_s).toObject().value(u"url"_s);
        if (v.isUndefined())
            return fieldError(u"batch.url"_s, tr("is missing"));
        const QUrl url(v.toString(), QUrl::StrictMode);
        const bool rest = p.batchType == u"slurm-rest";
        const QStringList schemes = rest ? QStringList{u"http"_s, u"https"_s} : QStringList{u"ssh"_s};
        // an ssh URL may name the login user; an http one must not carry credentials
        if (!v.isString() || !url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()) ||
            (rest && !url.userInfo().isEmpty()) || !url.password().isEmpty())
            return fieldError(u"batch.url"_s, tr("must be an %1 URL").arg(schemes.join(u" or "_s)));
        p.batchUrl = url;
        const QJsonObject batch = root.value(u"batch"_s).toObject();
        if (batch.contains(u"tokenUrl"_s)) {
            if (!rest)
                return fieldError(u"batch.tokenUrl"_s, tr("is only used with the type slurm-rest"));
            if (auto e = readUrl(root, u"batch"_s, true, p.batchTokenUrl, false, u"tokenUrl"_s))
                return *e;
        }
        if (batch.contains(u"storageMount"_s)) {
            const QJsonValue m = batch.value(u"storageMount"_s);
            if (!m.isString() || !m.toString().startsWith(u'/') || m.toString().contains(u"/../"_s) ||
                m.toString().endsWith(u"/.."_s))
                return fieldError(u"batch.storageMount"_s, tr("must be an absolute path on the cluster"));
            p.batchStorageMount = m.toString();
        }
    }
    return p;
}

Result<FacilityProfile> FacilityProfile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, tr("The facility profile %1 could not be read.").arg(path),
                     file.errorString());
    if (file.size() > maxJsonSize)
        return Error(Error::Kind::InvalidInput,
                     tr("The facility profile %1 is too large to be one.").arg(path),
                     u"%1 bytes"_s.arg(file.size()));
    Result<FacilityProfile> p = fromJson(file.readAll());
    if (!p)
        return p.error().withDetail(u"file "_s + path);
    return p;
}

bool FacilityProfile::storageUrlNeedsUser() const
{
    return storageUrl.path(QUrl::FullyEncoded).contains(userPlaceholder, Qt::CaseInsensitive);
}

QUrl FacilityProfile::storageUrlFor(const QString &userName) const
{
    if (!storageUrlNeedsUser())
        return storageUrl;
    if (userName.isEmpty() || userName == u"."_s || userName == u".."_s || userName.contains(u'/') ||
        userName.contains(u'\\'))
        return {};
    QString path = storageUrl.path(QUrl::FullyEncoded);
    path.replace(userPlaceholder, QString::fromLatin1(QUrl::toPercentEncoding(userName)),
                 Qt::CaseInsensitive);
    QUrl url = storageUrl;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QJsonObject FacilityProfile::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"icat"_s, QJsonObject{{u"url"_s, icatUrl.toString()}}},
                  {u"ids"_s, QJsonObject{{u"url"_s, idsUrl.toString()}}}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    if (sharedWorkstation)
        o.insert(u"sharedWorkstation"_s, true);
    if (cloudUrl.isValid()) {
        QJsonObject cloud{{u"type"_s, cloudType}, {u"url"_s, cloudUrl.toString()}};
        if (!cloudDesktopProtocol.isEmpty())
            cloud.insert(u"desktopProtocol"_s, cloudDesktopProtocol);
        if (!cloudRdpGatewayHost.isEmpty()) {
            QUrl gateway;
            gateway.setHost(cloudRdpGatewayHost);
            gateway.setPort(cloudRdpGatewayPort);
            cloud.insert(u"rdpGateway"_s, gateway.authority());
        }
        if (!cloudDomain.isEmpty())
            cloud.insert(u"domain"_s, cloudDomain);
        if (!cloudProject.isEmpty())
            cloud.insert(u"project"_s, cloudProject);
        o.insert(u"cloud"_s, cloud);
    }
    if (storageUrl.isValid())
        o.insert(u"storage"_s, QJsonObject{{u"url"_s, storageUrl.toString()}, {u"auth"_s, storageAuth}});
    if (batchUrl.isValid()) {
        QJsonObject batch{{u"type"_s, batchType}, {u"url"_s, batchUrl.toString()}};
        if (batchTokenUrl.isValid())
            batch.insert(u"tokenUrl"_s, batchTokenUrl.toString());
        if (!batchStorageMount.isEmpty())
            batch.insert(u"storageMount"_s, batchStorageMount);
        o.insert(u"batch"_s, batch);
    }
    return o;
}

} // namespace daas::facility
