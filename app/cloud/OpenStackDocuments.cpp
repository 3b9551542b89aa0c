#include "cloud/OpenStackDocuments.h"

#include "support/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::cloud::openstack {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::cloud::openstack", text);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // Nova writes "2026-11-25T10:00:00Z"; some fields omit the zone and are UTC
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::UTC);
    return t;
}

} // namespace

Result<KeystoneToken> tokenFromBody(const QJsonObject &body)
{
    const QJsonObject token = body.value(u"token"_s).toObject();
    KeystoneToken t;
    t.expires = parseTime(token.value(u"expires_at"_s).toString());
    t.issued = parseTime(token.value(u"issued_at"_s).toString());
    t.projectId = token.value(u"project"_s).toObject().value(u"id"_s).toString();
    if (token.isEmpty() || !t.expires.isValid())
        return Error(Error::Kind::Protocol,
                     tr("The OpenStack identity service sent an answer that could not be read."),
                     u"Keystone token body without token.expires_at"_s);
    const QJsonArray catalog = token.value(u"catalog"_s).toArray();
    for (const QJsonValue &service : catalog) {
        const QJsonObject s = service.toObject();
        const QString type = s.value(u"type"_s).toString();
        const QJsonArray endpoints = s.value(u"endpoints"_s).toArray();
        for (const QJsonValue &endpoint : endpoints) {
            const QJsonObject e = endpoint.toObject();
            const QString region = e.value(u"region_id"_s).toString();
            t.catalog.append(CatalogEndpoint{type, e.value(u"interface"_s).toString(),
                                             region.isEmpty() ? e.value(u"region"_s).toString() : region,
                                             QUrl(e.value(u"url"_s).toString())});
        }
    }
    return t;
}

QList<KeystoneProject> projectsFromBody(const QJsonObject &body)
{
    QList<KeystoneProject> out;
    const QJsonArray projects = body.value(u"projects"_s).toArray();
    for (const QJsonValue &v : projects) {
        const QJsonObject p = v.toObject();
        if (p.value(u"enabled"_s).toBool(true) && !p.value(u"id"_s).toString().isEmpty())
            out.append(KeystoneProject{p.value(u"id"_s).toString(), p.value(u"name"_s).toString()});
    }
    return out;
}

QUrl endpointFor(const QList<CatalogEndpoint> &catalog, const QString &type, const QString &region,
                 const QString &interface)
{
    for (const CatalogEndpoint &e : catalog) {
        if (e.type == type && e.interface == interface && (region.isEmpty() || e.region == region) &&
            e.url.isValid() && (e.url.scheme() == u"http" || e.url.scheme() == u"https"))
            return e.url;
    }
    return {};
}

QList<Flavour> flavoursFromBody(const QJsonObject &body)
{
    QList<Flavour> out;
    const QJsonArray flavours = body.value(u"flavors"_s).toArray();
    for (const QJsonValue &v : flavours) {
        const QJsonObject f = v.toObject();
        if (f.value(u"OS-FLV-DISABLED:disabled"_s).toBool())
            continue;
        out.append(Flavour{f.value(u"id"_s).toVariant().toString(), f.value(u"name"_s).toString(),
                           f.value(u"vcpus"_s).toInt(), f.value(u"ram"_s).toInteger(),
                           f.value(u"disk"_s).toInteger()});
    }
    return out;
}

QList<EnvironmentTemplate> templatesFromImages(const QJsonArray &images, const QList<Flavour> &flavours)
{
    QList<Flavour> bySize = flavours;
    std::sort(bySize.begin(), bySize.end(), [](const Flavour &a, const Flavour &b) {
        return std::tie(a.vcpus, a.ramMiB, a.diskGiB) < std::tie(b.vcpus, b.ramMiB, b.diskGiB);
    });
    QList<EnvironmentTemplate> out;
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        if (image.value(u"status"_s).toString() != u"active")
            continue;
        const QString wanted = image.value(u"daas_flavor"_s).toString();
        const qint64 minRam = image.value(u"min_ram"_s).toInteger();
        const qint64 minDisk = image.value(u"min_disk"_s).toInteger();
        const Flavour *flavour = nullptr;
        for (const Flavour &f : bySize) {
            if (!wanted.isEmpty() ? (f.name == wanted || f.id == wanted)
                                  : (f.ramMiB >= minRam && f.diskGiB >= minDisk)) {
                flavour = &f;
                break;
            }
        }
        if (!flavour)
            continue; // nothing can run it
        EnvironmentTemplate t;
        t.id = image.value(u"id"_s).toString() + u'/' + flavour->id;
        t.name = image.value(u"name"_s).toString();
        t.description = image.value(u"description"_s).toString();
        const QStringList software =
            image.value(u"daas_software"_s).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &s : software)
            t.software.append(s.trimmed());
        t.cpus = flavour->vcpus;
        t.memoryMiB = flavour->ramMiB;
        t.diskGiB = flavour->diskGiB;
        t.lifetimeSeconds = image.value(u"daas_lifetime_hours"_s).toString().toLongLong() * 3600;
        out.append(t);
    }
    return out;
}

EnvironmentState mapState(const QString &status, const QString &taskState, bool *cloudRunning)
{
    bool running = false;
    EnvironmentState state = EnvironmentState::Failed;
    if (taskState == u"deleting" || taskState == u"powering-off" || taskState == u"shelving" ||
        taskState == u"suspending") {
        state = EnvironmentState::Stopping;
    } else if (status == u"BUILD" || status == u"REBUILD" || status == u"REBOOT" ||
               status == u"HARD_REBOOT") {
        state = EnvironmentState::Booting;
    } else if (status == u"ACTIVE" || status == u"MIGRATING" || status == u"PASSWORD" ||
               status == u"RESIZE" || status == u"VERIFY_RESIZE" || status == u"REVERT_RESIZE") {
        // an ACTIVE server rebooting or powering on is not up yet
        state = EnvironmentState::Booting;
        running = taskState.isEmpty() || (taskState != u"rebooting" && taskState != u"reboot_started" &&
                                          taskState != u"powering-on" && taskState != u"rebuilding");
    } else if (status == u"SHUTOFF" || status == u"PAUSED" || status == u"SUSPENDED" ||
               status == u"SHELVED" || status == u"SHELVED_OFFLOADED" || status == u"RESCUE") {
        state = EnvironmentState::Stopped;
    } else if (status == u"DELETED" || status == u"SOFT_DELETED") {
        state = EnvironmentState::Deleted;
    }
    if (cloudRunning)
        *cloudRunning = running;
    return state;
}

namespace {

// a floating address is the one reachable from outside; else the first fixed one
QString addressOf(const QJsonObject &server)
{
    QString out;
    const QJsonObject addresses = server.value(u"addresses"_s).toObject();
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &a : list) {
            const QJsonObject address = a.toObject();
            const bool floating = address.value(u"OS-EXT-IPS:type"_s).toString() == u"floating";
            if (out.isEmpty() || floating)
                out = address.value(u"addr"_s).toString();
        }
    }
    return out;
}

// "yes"/"true"/"1" → true, "no"/"false"/"0" → false, else (absent, other) nullopt
std::optional<bool> flag(const QJsonValue &value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == u"yes" || text == u"true" || text == u"1")
        return true;
    if (text == u"no" || text == u"false" || text == u"0")
        return false;
    return std::nullopt;
}

} // namespace

Environment environmentFromServer(const QJsonObject &server)
{
    Environment e;
    e.id = server.value(u"id"_s).toString();
    e.name = server.value(u"name"_s).toString();
    const QString status = server.value(u"status"_s).toString();
    const QString task = server.value(u"OS-EXT-STS:task_state"_s).toString();
    e.state = mapState(status, task, &e.cloudRunning);
    e.rawState = task.isEmpty() ? status : status + u'/' + task;
    const QJsonObject metadata = server.value(u"metadata"_s).toObject();
    e.templateId = metadata.value(u"daas_template"_s).toString();
    e.templateName = metadata.value(u"daas_template_name"_s).toString();
    e.expires = parseTime(metadata.value(u"daas_expires"_s).toString());
    e.created = parseTime(server.value(u"created"_s).toString());
    e.address = addressOf(server);
    // the flavour as the server was built with it, embedded from microversion 2.47 (the one asked for)
    const QJsonObject flavor = server.value(u"flavor"_s).toObject();
    e.cpus = flavor.value(u"vcpus"_s).toInt();
    e.memoryMiB = flavor.value(u"ram"_s).toInteger();
    return e;
}

QString imageIdOf(const QJsonObject &server)
{
    return server.value(u"image"_s).toObject().value(u"id"_s).toString();
}

ConsoleEndpoint rdpFromServer(const QJsonObject &server, const QJsonObject &image,
                              remote::RemoteProtocol fallback)
{
    ConsoleEndpoint c;
    const QJsonObject metadata = server.value(u"metadata"_s).toObject();
    // the server's own metadata first: it is what a user or the launcher set for this machine
    const auto said = [&](const QString &key) {
        return metadata.contains(key) ? metadata.value(key) : image.value(key);
    };
    QString wanted = metadata.value(u"daas_protocol"_s).toString();
    if (wanted.isEmpty())
        wanted = image.value(u"daas_protocol"_s).toString();
    c.preferred = protocolFromName(wanted).value_or(fallback);

    std::optional<bool> rdp = flag(metadata.value(u"daas_rdp"_s));
    if (!rdp)
        rdp = flag(image.value(u"daas_rdp"_s));
    if (!rdp.value_or(false))
        return c;
    const QString id = server.value(u"id"_s).toString();
    const QString address = addressOf(server);
    if (address.isEmpty() || QHostAddress(address).isNull()) {
        qCInfo(lcCloud) << "OpenStack server" << id << "offers RDP but has no usable address yet";
        return c;
    }
    uint port = 3389;
    const QJsonValue portValue = said(u"daas_rdp_port"_s);
    if (!portValue.isUndefined()) {
        const QString text = portValue.isDouble() ? QString::number(portValue.toDouble(), 'f', 0)
                                                  : portValue.toString().trimmed();
        bool ok = false;
        port = text.toUInt(&ok, 10);
        const bool digitsOnly =
            !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isDigit(); });
        if (!ok || !digitsOnly || port == 0 || port > 65535) {
            qCWarning(lcCloud) << "OpenStack server" << id << "has daas_rdp_port" << text.left(20)
                               << "which is not a port: no RDP";
            return c;
        }
    }
    c.rdpHost = address;
    c.rdpPort = quint16(port);
    return c;
}

Result<QUrl> webSocketUrlFromConsoleUrl(const QUrl &consoleUrl)
{
    const QUrlQuery query(consoleUrl);
    QString token = query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (token.isEmpty()) {
        // noVNC's vnc_auto.html?path=%3Ftoken%3D… carries the websockify path inside "path"
        const QString path = query.queryItemValue(u"path"_s, QUrl::FullyDecoded);
        const qsizetype q = path.indexOf(u'?');
        if (q >= 0)
            token = QUrlQuery(path.mid(q + 1)).queryItemValue(u"token"_s, QUrl::FullyDecoded);
    }
    if (token.isEmpty() || (consoleUrl.scheme() != u"http" && consoleUrl.scheme() != u"https"))
        return Error(Error::Kind::Protocol, tr("OpenStack gave a console address that could not be used."),
                     u"console URL without a token or with scheme %1"_s.arg(consoleUrl.scheme()));
    QUrl ws;
    ws.setScheme(consoleUrl.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    ws.setHost(consoleUrl.host());
    ws.setPort(consoleUrl.port());
    ws.setPath(u"/"_s);
    QUrlQuery q;
    q.addQueryItem(u"token"_s, token);
    ws.setQuery(q);
    return ws;
}

QString faultText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString message = it.value().toObject().value(u"message"_s).toString();
        if (!message.isEmpty())
            return message;
    }
    return {};
}

QString faultMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject fault = it.value().toObject();
        const QString message = fault.value(u"message"_s).toString();
        if (!message.isEmpty())
            return it.key() + u": "_s + message;
    }
    return QString::fromUtf8(body.left(200));
}

} // namespace daas::cloud::openstack
