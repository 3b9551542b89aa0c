// OpenStackEmulator, Nova (see OpenStackEmulator.h): servers created, listed, shown in the shape of the
// microversion asked for, acted on and deleted, their states moving on timers as a real cloud's do.

#include "OpenStackEmulator.h"
#include "OpenStackReply.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

void novaFault(QHttpServerResponder &r, Status status, const QString &name, const QString &message,
               const QHttpHeaders &headers = {})
{
    json(r, QJsonObject{{name, QJsonObject{{u"code"_s, int(status)}, {u"message"_s, message}}}}, status,
         headers);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// The microversion a request asks for, as Nova reads it (wsgi.py set_api_version_request with
// microversion_parse.get_version): the "compute" entry of OpenStack-API-Version (which may name several
// services, comma-separated), else X-OpenStack-Nova-API-Version, else 2.1; "latest" is the newest.
struct Microversion
{
    int minor = 1;
    Status refusal = Status::Ok; // 400 for a badly written version, 406 for one Nova does not have
    QString message;
};

// maxMinor: nova/api/openstack/api_version_request.py _MAX_API_VERSION ('2.104'), lower for an older Nova
Microversion microversion(const QHttpServerRequest &request, int maxMinor)
{
    QByteArray asked;
    bool found = false;
    const QList<QByteArray> entries = request.value("OpenStack-API-Version").split(',');
    for (const QByteArray &entry : entries) {
        const QByteArray e = entry.trimmed();
        const qsizetype space = e.indexOf(' ');
        if (space > 0 && e.left(space).toLower() == "compute") {
            asked = e.mid(space + 1).trimmed();
            found = true;
        }
    }
    if (!found) {
        asked = request.value("X-OpenStack-Nova-API-Version").trimmed();
        found = !asked.isEmpty();
    }
    if (!found)
        return {};
    if (asked == "latest")
        return {maxMinor, Status::Ok, {}};
    static const QRegularExpression format(u"^([1-9]\\d*)\\.([1-9]\\d*|0)$"_s);
    const QString text = QString::fromLatin1(asked);
    const QRegularExpressionMatch m = format.match(text);
    if (!m.hasMatch())
        return {
            0, Status::BadRequest,
            u"API Version String %1 is of invalid format. Must be of format MajorNum.MinorNum."_s.arg(text)};
    bool ok = false;
    const int minor = m.captured(2).toInt(&ok);
    if (m.captured(1) != u"2" || !ok || minor < 1 || minor > maxMinor)
        return {
            0, Status::NotAcceptable,
            u"Version %1 is not supported by the API. Minimum is 2.1 and maximum is 2.%2."_s.arg(text).arg(
                maxMinor)};
    return {minor, Status::Ok, {}};
}

} // namespace

QJsonObject OpenStackEmulator::serverJson(const Server &s, int minor) const
{
    QJsonObject addresses;
    if (s.addresses)
        addresses.insert(u"private"_s,
                         QJsonArray{QJsonObject{{u"addr"_s, u"127.0.0.1"_s},
                                                {u"version"_s, 4},
                                                {u"OS-EXT-IPS:type"_s, u"fixed"_s},
                                                {u"OS-EXT-IPS-MAC:mac_addr"_s, u"fa:16:3e:00:00:01"_s}}});
    const auto bookmark = [this](const QString &collection, const QString &id) {
        return QJsonArray{QJsonObject{{u"rel"_s, u"bookmark"_s},
                                      {u"href"_s, u"%1/compute/%2/%3"_s.arg(baseUrl(), collection, id)}}};
    };
    QJsonObject flavor;
    if (minor >= 47) {
        // the flavour as it was when the server was built, without its id (it may have gone since)
        for (const QJsonObject &f : m_flavors)
            if (f[u"id"_s].toString() == s.flavorId)
                flavor = QJsonObject{
                    {u"vcpus"_s, f[u"vcpus"_s]}, {u"ram"_s, f[u"ram"_s]}, {u"disk"_s, f[u"disk"_s]},
                    {u"ephemeral"_s, 0},         {u"swap"_s, 0},          {u"original_name"_s, f[u"name"_s]}};
    } else {
        flavor = QJsonObject{{u"id"_s, s.flavorId}, {u"links"_s, bookmark(u"flavors"_s, s.flavorId)}};
    }
    QJsonObject image{{u"id"_s, s.imageId}, {u"links"_s, bookmark(u"images"_s, s.imageId)}};
    if (minor >= 98)
        image.insert(u"properties"_s, QJsonObject{}); // only Glance's standard properties, never custom ones
    const bool building = s.status == u"BUILD";
    QJsonObject server{
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"status"_s, s.status},
        {u"OS-EXT-STS:task_state"_s, s.task.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.task)},
        {u"OS-EXT-STS:vm_state"_s, building                 ? u"building"_s
                                   : s.status == u"SHUTOFF" ? u"stopped"_s
                                                            : u"active"_s},
        {u"OS-EXT-STS:power_state"_s, s.status == u"ACTIVE"    ? 1
                                      : s.status == u"SHUTOFF" ? 4
                                                               : 0},
        {u"addresses"_s, addresses},
        {u"accessIPv4"_s, QString()},
        {u"accessIPv6"_s, QString()},
        {u"flavor"_s, flavor},
        {u"image"_s, image},
        {u"links"_s,
         QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                {u"href"_s, QString(baseUrl() + u"/compute/v2.1/servers/"_s + s.id)}},
                    bookmark(u"servers"_s, s.id).first()}},
        {u"metadata"_s, s.metadata},
        {u"created"_s, iso(s.created)},
        {u"updated"_s, iso(QDateTime::currentDateTimeUtc())},
        {u"tenant_id"_s, u"demo-project"_s},
        {u"user_id"_s, QString(s.owner + u"-id"_s)},
        {u"hostId"_s, u"emulated-host"_s},
        {u"OS-DCF:diskConfig"_s, u"MANUAL"_s},
        {u"OS-EXT-AZ:availability_zone"_s, building ? QString() : u"nova"_s},
        {u"config_drive"_s, QString()},
        {u"key_name"_s, QJsonValue::Null},
        {u"security_groups"_s, QJsonArray{QJsonObject{{u"name"_s, u"default"_s}}}},
        {u"os-extended-volumes:volumes_attached"_s, QJsonArray{}}};
    if (building)
        server.insert(u"progress"_s, 50); // only while building, resizing or migrating
    if (minor >= 9)
        server.insert(u"locked"_s, false);
    if (minor >= 19)
        server.insert(u"description"_s, QJsonValue::Null);
    if (minor >= 26)
        server.insert(u"tags"_s, QJsonArray{});
    if (minor >= 63)
        server.insert(u"trusted_image_certificates"_s, QJsonValue::Null);
    if (minor >= 73)
        server.insert(u"locked_reason"_s, QJsonValue::Null);
    if (minor >= 90)
        server.insert(u"OS-EXT-SRV-ATTR:hostname"_s, QString(u"server-"_s + s.id.left(8)));
    if (minor >= 96)
        server.insert(u"pinned_availability_zone"_s, QJsonValue::Null);
    if (minor >= 100)
        server.insert(u"scheduler_hints"_s, QJsonObject{});
    return server;
}

void OpenStackEmulator::after(const QString &id, int delayMs, std::function<void(Server &)> step)
{
    auto it = m_servers.find(id);
    if (it == m_servers.end())
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, step, timer] {
        timer->deleteLater();
        const auto s = m_servers.find(id);
        if (s != m_servers.end()) {
            s->timers.removeAll(timer);
            step(*s);
        }
    });
    it->timers.append(timer);
    timer->start(delayMs);
}

void OpenStackEmulator::cancelSteps(Server &s)
{
    for (const QPointer<QTimer> &t : std::as_const(s.timers))
        if (t)
            t->deleteLater();
    s.timers.clear();
}

void OpenStackEmulator::becomeActive(Server &s)
{
    s.status = u"ACTIVE"_s;
    s.task.clear();
    s.addresses = !s.unconnected;
    std::fprintf(stderr, "server %s: ACTIVE\n", qPrintable(s.id));
    if (!m_options.desktops)
        return;
    after(s.id, m_options.desktopDelayMs, [this](Server &v) {
        v.desktop =
            new VmDesktop(u"%1 (%2)"_s.arg(v.name, v.id.left(8)), v.adminPass.left(8), u"#5a3d7a"_s, this);
        const QString id = v.id;
        connect(v.desktop, &VmDesktop::failed, this, [id](const QString &reason) {
            std::fprintf(stderr, "server %s: desktop failed: %s\n", qPrintable(id), qPrintable(reason));
        });
        // the guest knows its owner: the facility identity signs in over RDP
        v.desktop->setRdpUsers({{v.owner, m_options.users.value(v.owner)}});
        v.desktop->start(v.vncPort, v.rdpPort);
    });
}

void OpenStackEmulator::stopDesktop(Server &s)
{
    m_proxy.revokeTarget(s.vncPort);
    if (s.desktop) {
        s.desktop->stop();
        s.desktop->deleteLater();
        s.desktop = nullptr;
    }
}

void OpenStackEmulator::nova(const QString &path, const QHttpServerRequest &request,
                             QHttpServerResponder &responder, const QString &user)
{
    using M = QHttpServerRequest::Method;
    const Microversion version = microversion(request, m_options.maxComputeMinor);
    if (version.refusal == Status::BadRequest) {
        novaFault(responder, version.refusal, u"badRequest"_s, version.message);
        return;
    }
    if (version.refusal == Status::NotAcceptable) {
        novaFault(responder, version.refusal, u"computeFault"_s, version.message);
        return;
    }
    const int minor = version.minor;
    // every answer says which version it is written in (Nova's wsgi.py adds these to answers and faults)
    QHttpHeaders answered;
    answered.append("OpenStack-API-Version", "compute 2." + QByteArray::number(minor));
    answered.append("X-OpenStack-Nova-API-Version", "2." + QByteArray::number(minor));
    answered.append(QHttpHeaders::WellKnownHeader::Vary,
                    "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
    const M method = request.method();
    if (path == u"flavors/detail" && method == M::Get) {
        QJsonArray list;
        for (const QJsonObject &f : std::as_const(m_flavors))
            list.append(f);
        json(responder, QJsonObject{{u"flavors"_s, list}}, Status::Ok, answered);
        return;
    }
    if (path == u"servers/detail" && method == M::Get) {
        QJsonArray list;
        for (const Server &s : std::as_const(m_servers))
            if (s.owner == user)
                list.append(serverJson(s, minor));
        json(responder, QJsonObject{{u"servers"_s, list}}, Status::Ok, answered);
        return;
    }
    if (path == u"servers" && method == M::Post) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object()[u"server"_s].toObject();
        const QString imageRef = body[u"imageRef"_s].toString();
        const QString flavorRef = body[u"flavorRef"_s].toString();
        const bool imageOk = std::any_of(m_images.cbegin(), m_images.cend(), [&](const QJsonObject &i) {
            return i[u"id"_s].toString() == imageRef;
        });
        const bool flavorOk = std::any_of(m_flavors.cbegin(), m_flavors.cend(), [&](const QJsonObject &f) {
            return f[u"id"_s].toString() == flavorRef;
        });
        if (body[u"name"_s].toString().isEmpty()) {
            novaFault(responder, Status::BadRequest, u"badRequest"_s,
                      u"Invalid input for field/attribute name."_s, answered);
            return;
        }
        // from 2.37 a server names its networks: "auto" (the project's one network), "none", or a list
        const QJsonValue networks = body[u"networks"_s];
        if (minor >= 37 && networks.isUndefined()) {
            novaFault(
                responder, Status::BadRequest, u"badRequest"_s,
                u"Invalid input for field/attribute server. Value: %1. 'networks' is a required property"_s
                    .arg(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))),
                answered);
            return;
        }
        if (minor >= 37 && !networks.isArray() && networks != u"auto"_s && networks != u"none"_s) {
            novaFault(
                responder, Status::BadRequest, u"badRequest"_s,
                u"Invalid input for field/attribute networks. Value: %1. %1 is not valid under any of the "
                u"given schemas"_s.arg(networks.toVariant().toString()),
                answered);
            return;
        }
        if (!imageOk || !flavorOk) {
            novaFault(responder, Status::BadRequest, u"badRequest"_s,
                      imageOk ? u"Flavor %1 could not be found."_s.arg(flavorRef)
                              : u"Image %1 could not be found."_s.arg(imageRef),
                      answered);
            return;
        }
        Server s;
        s.id = uuid();
        s.owner = user;
        s.name = body[u"name"_s].toString();
        s.imageId = imageRef;
        s.flavorId = flavorRef;
        s.metadata = body[u"metadata"_s].toObject();
        s.unconnected = networks == u"none"_s;
        s.created = QDateTime::currentDateTimeUtc();
        s.adminPass = QString::fromLatin1(
            QUuid::createUuid().toRfc4122().toBase64(QByteArray::Base64UrlEncoding).left(12));
        m_issued << s.adminPass;
        s.vncPort = VmDesktop::freePort();
        // the guest's RDP server cannot have 3389 here (one loopback, many guests): the emulated site
        // records the port in the server's metadata, where the client looks for daas_rdp_port
        if (m_options.rdp) {
            s.rdpPort = VmDesktop::freePort();
            s.metadata.insert(u"daas_rdp_port"_s, QString::number(s.rdpPort));
        }
        m_servers.insert(s.id, s);
        after(s.id, m_options.stepDelayMs, [this](Server &v) {
            v.task = u"spawning"_s;
            after(v.id, m_options.stepDelayMs, [this](Server &v2) { becomeActive(v2); });
        });
        QHttpHeaders headers = answered;
        headers.append(QHttpHeaders::WellKnownHeader::Location,
                       (baseUrl() + u"/compute/v2.1/servers/"_s + s.id).toLatin1());
        json(responder,
             QJsonObject{{u"server"_s, QJsonObject{{u"id"_s, s.id},
                                                   {u"adminPass"_s, s.adminPass},
                                                   {u"OS-DCF:diskConfig"_s, u"MANUAL"_s},
                                                   {u"security_groups"_s,
                                                    QJsonArray{QJsonObject{{u"name"_s, u"default"_s}}}}}}},
             Status::Accepted, headers);
        return;
    }
    static const QRegularExpression serverPath(u"^servers/([^/]+)(/action|/remote-consoles)?$"_s);
    const QRegularExpressionMatch m = serverPath.match(path);
    if (!m.hasMatch()) {
        novaFault(responder, Status::NotFound, u"itemNotFound"_s, u"The resource could not be found."_s,
                  answered);
        return;
    }
    const QString id = m.captured(1);
    const QString sub = m.captured(2);
    auto it = m_servers.find(id);
    if (sub == u"/remote-consoles" && minor < 6) {
        // a version-gated method below its version: real Nova answers a bare 404
        responder.write(Status::NotFound);
        return;
    }
    if (it == m_servers.end() || it->owner != user) {
        novaFault(responder, Status::NotFound, u"itemNotFound"_s,
                  u"Instance %1 could not be found."_s.arg(id), answered);
        return;
    }
    Server &s = *it;
    if (sub.isEmpty() && method == M::Get) {
        json(responder, QJsonObject{{u"server"_s, serverJson(s, minor)}}, Status::Ok, answered);
        return;
    }
    if (sub.isEmpty() && method == M::Delete) {
        cancelSteps(s);
        s.task = u"deleting"_s;
        after(id, m_options.stepDelayMs, [this](Server &v) {
            stopDesktop(v);
            std::fprintf(stderr, "server %s: deleted\n", qPrintable(v.id));
            const QString gone = v.id;
            QTimer::singleShot(0, this, [this, gone] { m_servers.remove(gone); });
        });
        responder.write(QByteArray(), answered, Status::NoContent);
        return;
    }
    if (sub == u"/remote-consoles" && method == M::Post) {
        const QJsonObject rc =
            QJsonDocument::fromJson(request.body()).object()[u"remote_console"_s].toObject();
        if (rc[u"protocol"_s].toString() != u"vnc" || rc[u"type"_s].toString() != u"novnc") {
            novaFault(responder, Status::BadRequest, u"badRequest"_s, u"Unsupported console type"_s,
                      answered);
            return;
        }
        if (s.status != u"ACTIVE" || !s.task.isEmpty()) {
            novaFault(responder, Status::Conflict, u"conflictingRequest"_s,
                      u"Cannot 'get_vnc_console' instance %1 while it is in vm_state %2"_s.arg(
                          id, s.status.toLower()),
                      answered);
            return;
        }
        const QString token = m_proxy.addToken(u"127.0.0.1"_s, s.vncPort, 600);
        m_issued << token;
        const QString url = u"http://%1:%2/vnc_auto.html?path=%3"_s.arg(m_options.host)
                                .arg(m_proxy.port())
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(u"?token="_s + token)));
        json(responder,
             QJsonObject{{u"remote_console"_s,
                          QJsonObject{{u"protocol"_s, u"vnc"_s}, {u"type"_s, u"novnc"_s}, {u"url"_s, url}}}},
             Status::Ok, answered);
        return;
    }
    if (sub == u"/action" && method == M::Post) {
        const QJsonObject action = QJsonDocument::fromJson(request.body()).object();
        const bool active = s.status == u"ACTIVE" && s.task.isEmpty();
        if (action.contains(u"os-stop"_s)) {
            if (!active) {
                novaFault(
                    responder, Status::Conflict, u"conflictingRequest"_s,
                    u"Cannot 'stop' instance %1 while it is in vm_state %2"_s.arg(id, s.status.toLower()),
                    answered);
                return;
            }
            s.task = u"powering-off"_s;
            after(id, m_options.stepDelayMs, [this](Server &v) {
                stopDesktop(v);
                v.status = u"SHUTOFF"_s;
                v.task.clear();
            });
        } else if (action.contains(u"os-start"_s)) {
            if (s.status != u"SHUTOFF") {
                novaFault(
                    responder, Status::Conflict, u"conflictingRequest"_s,
                    u"Cannot 'start' instance %1 while it is in vm_state %2"_s.arg(id, s.status.toLower()),
                    answered);
                return;
            }
            s.task = u"powering-on"_s;
            after(id, m_options.stepDelayMs, [this](Server &v) { becomeActive(v); });
        } else if (action.contains(u"reboot"_s)) {
            if (!active) {
                novaFault(
                    responder, Status::Conflict, u"conflictingRequest"_s,
                    u"Cannot 'reboot' instance %1 while it is in vm_state %2"_s.arg(id, s.status.toLower()),
                    answered);
                return;
            }
            stopDesktop(s);
            s.status = u"REBOOT"_s;
            s.task = u"rebooting"_s;
            after(id, m_options.stepDelayMs, [this](Server &v) { becomeActive(v); });
        } else {
            novaFault(responder, Status::BadRequest, u"badRequest"_s, u"Unsupported action"_s, answered);
            return;
        }
        responder.write(QByteArray(), answered, Status::Accepted);
        return;
    }
    novaFault(responder, Status::MethodNotAllowed, u"badMethod"_s, u"Method not allowed"_s, answered);
}

} // namespace daas::emulator
