#include "OpenStackEmulator.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

using Status = QHttpServerResponder::StatusCode;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void json(QHttpServerResponder &r, const QJsonObject &body, Status status = Status::Ok,
          QHttpHeaders headers = {})
{
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    r.write(QJsonDocument(body).toJson(QJsonDocument::Compact), headers, status);
}

void novaFault(QHttpServerResponder &r, Status status, const QString &name, const QString &message)
{
    json(r, QJsonObject{{name, QJsonObject{{u"code"_s, int(status)}, {u"message"_s, message}}}}, status);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// "compute 2.6" (OpenStack-API-Version) or "2.6" (X-OpenStack-Nova-API-Version); none → 2.1
int minorVersion(const QHttpServerRequest &request)
{
    QByteArray v = request.value("OpenStack-API-Version");
    if (v.startsWith("compute "))
        v = v.mid(8);
    else
        v = request.value("X-OpenStack-Nova-API-Version");
    if (v.isEmpty())
        return 1;
    if (v == "latest")
        return 104;
    const QList<QByteArray> parts = v.trimmed().split('.');
    return parts.size() == 2 && parts.at(0) == "2" ? parts.at(1).toInt() : -1;
}

} // namespace

OpenStackEmulator::OpenStackEmulator(CloudEmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tcp(new QTcpServer(this))
    , m_proxy(false)
{
    m_appCredentials.insert(u"alice-appcred"_s, {u"alice-appcred-secret"_s, u"alice"_s});
    m_flavors = {
        QJsonObject{{u"id"_s, u"1"_s},
                    {u"name"_s, u"l2.small"_s},
                    {u"vcpus"_s, 2},
                    {u"ram"_s, 4096},
                    {u"disk"_s, 20}},
        QJsonObject{{u"id"_s, u"2"_s},
                    {u"name"_s, u"l4.medium"_s},
                    {u"vcpus"_s, 4},
                    {u"ram"_s, 16384},
                    {u"disk"_s, 40}},
        QJsonObject{{u"id"_s, u"3"_s},
                    {u"name"_s, u"l8.large"_s},
                    {u"vcpus"_s, 8},
                    {u"ram"_s, 32768},
                    {u"disk"_s, 80}},
        QJsonObject{{u"id"_s, u"4"_s},
                    {u"name"_s, u"g-a100.x1"_s},
                    {u"vcpus"_s, 16},
                    {u"ram"_s, 131072},
                    {u"disk"_s, 200}},
    };
    const bool rdp = m_options.rdp;
    const auto image = [rdp](const QString &name, const QString &description, const QString &software,
                             int minRam, int minDisk, const QString &flavor, const QString &protocol) {
        QJsonObject o{{u"id"_s, uuid()},
                      {u"name"_s, name},
                      {u"status"_s, u"active"_s},
                      {u"visibility"_s, u"public"_s},
                      {u"disk_format"_s, u"qcow2"_s},
                      {u"container_format"_s, u"bare"_s},
                      {u"min_ram"_s, minRam},
                      {u"min_disk"_s, minDisk},
                      {u"description"_s, description},
                      {u"daas_software"_s, software},
                      {u"daas_lifetime_hours"_s, u"336"_s},
                      {u"created_at"_s, u"2026-10-01T09:00:00Z"_s},
                      {u"schema"_s, u"/v2/schemas/image"_s}};
        if (!flavor.isEmpty())
            o.insert(u"daas_flavor"_s, flavor);
        // every image's guest runs an RDP server beside VNC; some prefer it (this project's properties)
        if (rdp) {
            o.insert(u"daas_rdp"_s, u"yes"_s);
            o.insert(u"daas_protocol"_s, protocol);
        }
        return o;
    };
    m_images = {
        image(u"CCP4 Analysis Machine"_s, u"Crystallography: CCP4, Coot and PyMOL on Ubuntu 22.04."_s,
              u"CCP4 9.0, Coot 1.1, PyMOL 3.0"_s, 8192, 30, {}, u"vnc"_s),
        image(u"Mantid Workbench"_s, u"Neutron data reduction with Mantid."_s, u"Mantid 6.12, Jupyter"_s,
              16384, 40, {}, u"rdp"_s),
        image(u"GPU Tomography"_s, u"Tomographic reconstruction on an A100."_s, u"TomoPy, Savu"_s, 0, 0,
              u"g-a100.x1"_s, u"vnc"_s),
    };
    // Glance lists by name here; real Glance default is created_at desc
    std::sort(m_images.begin(), m_images.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[u"name"_s].toString() < b[u"name"_s].toString();
    });
    m_http.setMissingHandler(this, [this](const QHttpServerRequest &request,
                                          QHttpServerResponder &responder) { dispatch(request, responder); });
}

OpenStackEmulator::~OpenStackEmulator()
{
    for (Server &s : m_servers)
        stopDesktop(s);
}

bool OpenStackEmulator::listen()
{
    if (!m_tcp->listen(QHostAddress(m_options.host), m_options.port) || !m_http.bind(m_tcp))
        return false;
    return m_proxy.listen(QHostAddress(m_options.host));
}

QString OpenStackEmulator::baseUrl() const
{
    return u"http://%1:%2"_s.arg(m_options.host).arg(port());
}

void OpenStackEmulator::dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    if (path == u"/v3/auth/tokens") {
        keystone(request, responder);
        return;
    }
    if (path == u"/_emulator/issued-secrets") {
        QJsonDocument doc(QJsonArray::fromStringList(m_issued));
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
        responder.write(doc.toJson(), headers);
        return;
    }
    if (path == u"/_emulator/expire-tokens") {
        m_tokens.clear();
        json(responder, QJsonObject{{u"ok"_s, true}});
        return;
    }
    if (path == u"/_emulator/vms") {
        QJsonArray list;
        for (const Server &s : std::as_const(m_servers))
            list.append(QJsonObject{{u"id"_s, s.id},
                                    {u"status"_s, s.status},
                                    {u"desktop_pid"_s, s.desktop ? s.desktop->serverPid() : 0},
                                    {u"vnc_port"_s, s.vncPort},
                                    {u"rdp_port"_s, s.rdpPort},
                                    {u"rdp_pid"_s, s.desktop ? s.desktop->rdpServerPid() : 0}});
        QHttpHeaders h;
        h.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
        responder.write(QJsonDocument(list).toJson(), h);
        return;
    }
    // every service call needs a valid token
    const QString token = QString::fromLatin1(request.value("X-Auth-Token"));
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.cend() || it->expires < QDateTime::currentDateTimeUtc()) {
        json(responder,
             QJsonObject{
                 {u"error"_s,
                  QJsonObject{{u"code"_s, 401},
                              {u"title"_s, u"Unauthorized"_s},
                              {u"message"_s, u"The request you have made requires authentication."_s}}}},
             Status::Unauthorized);
        return;
    }
    if (path.startsWith(u"/compute/v2.1/")) {
        nova(path.mid(14), request, responder, it->user);
        return;
    }
    if (path == u"/image/v2/images") {
        glance(request, responder);
        return;
    }
    if (path.startsWith(u"/image/v2/images/") && request.method() == QHttpServerRequest::Method::Get) {
        glanceImage(path.mid(17), responder);
        return;
    }
    responder.write(Status::NotFound);
}

void OpenStackEmulator::keystone(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QJsonObject auth = QJsonDocument::fromJson(request.body()).object()[u"auth"_s].toObject();
    const QJsonObject identity = auth[u"identity"_s].toObject();
    const QJsonArray methods = identity[u"methods"_s].toArray();
    QString user;
    QJsonObject appCredential;
    if (methods.contains(u"password"_s)) {
        const QJsonObject u = identity[u"password"_s][u"user"_s].toObject();
        const QString name = u[u"name"_s].toString();
        if (m_options.users.contains(name) && m_options.users.value(name) == u[u"password"_s].toString())
            user = name;
    } else if (methods.contains(u"application_credential"_s)) {
        const QJsonObject c = identity[u"application_credential"_s].toObject();
        const auto it = m_appCredentials.constFind(c[u"id"_s].toString());
        if (auth.contains(u"scope"_s)) {
            json(responder,
                 QJsonObject{
                     {u"error"_s,
                      QJsonObject{{u"code"_s, 401},
                                  {u"title"_s, u"Unauthorized"_s},
                                  {u"message"_s, u"Application credentials cannot request a scope."_s}}}},
                 Status::Unauthorized);
            return;
        }
        if (it != m_appCredentials.cend() && it->first == c[u"secret"_s].toString()) {
            user = it->second;
            appCredential = QJsonObject{{u"id"_s, it.key()}, {u"name"_s, u"daas"_s}, {u"restricted"_s, true}};
        }
    }
    if (user.isEmpty()) {
        json(responder,
             QJsonObject{
                 {u"error"_s,
                  QJsonObject{{u"code"_s, 401},
                              {u"title"_s, u"Unauthorized"_s},
                              {u"message"_s, u"The request you have made requires authentication."_s}}}},
             Status::Unauthorized);
        return;
    }
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_options.tokenLifetimeSeconds);
    m_tokens.insert(token, Token{user, expires});
    m_issued << token;
    const auto endpoint = [](const QString &url) {
        return QJsonObject{{u"id"_s, uuid()},
                           {u"interface"_s, u"public"_s},
                           {u"region"_s, u"RegionOne"_s},
                           {u"region_id"_s, u"RegionOne"_s},
                           {u"url"_s, url}};
    };
    const QJsonArray catalog{
        QJsonObject{{u"type"_s, u"identity"_s},
                    {u"name"_s, u"keystone"_s},
                    {u"id"_s, uuid()},
                    {u"endpoints"_s, QJsonArray{endpoint(baseUrl() + u"/v3"_s)}}},
        QJsonObject{
            {u"type"_s, u"compute"_s},
            {u"name"_s, u"nova"_s},
            {u"id"_s, uuid()},
            {u"endpoints"_s, QJsonArray{endpoint(baseUrl() + u"/compute/v2.1"_s),
                                        QJsonObject{{u"id"_s, uuid()},
                                                    {u"interface"_s, u"internal"_s},
                                                    {u"region_id"_s, u"RegionOne"_s},
                                                    {u"url"_s, u"http://nova.internal:8774/v2.1"_s}}}}},
        QJsonObject{{u"type"_s, u"image"_s},
                    {u"name"_s, u"glance"_s},
                    {u"id"_s, uuid()},
                    {u"endpoints"_s, QJsonArray{endpoint(baseUrl() + u"/image"_s)}}},
    };
    QJsonObject body{{u"methods"_s, methods},
                     {u"user"_s, QJsonObject{{u"id"_s, QString(user + u"-id"_s)},
                                             {u"name"_s, user},
                                             {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s},
                                                                       {u"name"_s, u"Default"_s}}}}},
                     {u"project"_s, QJsonObject{{u"id"_s, u"demo-project"_s}, {u"name"_s, u"demo"_s}}},
                     {u"roles"_s, QJsonArray{QJsonObject{{u"id"_s, u"r1"_s}, {u"name"_s, u"member"_s}}}},
                     {u"catalog"_s, catalog},
                     {u"issued_at"_s, now.toString(Qt::ISODateWithMs)},
                     {u"expires_at"_s, expires.toString(Qt::ISODateWithMs)},
                     {u"audit_ids"_s, QJsonArray{uuid().left(22)}}};
    if (!appCredential.isEmpty())
        body.insert(u"application_credential"_s, appCredential);
    QHttpHeaders headers;
    headers.append("X-Subject-Token", token.toLatin1());
    json(responder, QJsonObject{{u"token"_s, body}}, Status::Created, headers);
}

// GET /v2/images/{image_id}: the image itself, custom properties at the top level; 404 as Glance words it
void OpenStackEmulator::glanceImage(const QString &id, QHttpServerResponder &responder)
{
    for (const QJsonObject &image : std::as_const(m_images)) {
        if (image[u"id"_s].toString() == id) {
            json(responder, image);
            return;
        }
    }
    responder.write(u"404 Not Found\n\nNo image found with ID %1\n\n"_s.arg(id).toUtf8(), "text/plain",
                    Status::NotFound);
}

void OpenStackEmulator::glance(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QUrlQuery query(request.url());
    const QString marker = query.queryItemValue(u"marker"_s);
    const int limit =
        query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt() : m_options.imagePageSize;
    qsizetype start = 0;
    if (!marker.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < m_images.size(); ++i)
            if (m_images.at(i)[u"id"_s].toString() == marker)
                start = i + 1;
        if (start < 0) {
            responder.write(QByteArray("Marker not found"), QHttpHeaders(), Status::BadRequest);
            return;
        }
    }
    QJsonArray page;
    for (qsizetype i = start; i < m_images.size() && page.size() < qMax(1, limit); ++i)
        page.append(m_images.at(i));
    QJsonObject body{
        {u"images"_s, page}, {u"first"_s, u"/v2/images"_s}, {u"schema"_s, u"/v2/schemas/images"_s}};
    if (start + page.size() < m_images.size())
        body.insert(u"next"_s,
                    u"/v2/images?marker=%1&limit=%2"_s.arg(page.last()[u"id"_s].toString()).arg(limit));
    json(responder, body);
}

QJsonObject OpenStackEmulator::serverJson(const Server &s) const
{
    QJsonObject addresses;
    if (s.addresses)
        addresses.insert(u"private"_s,
                         QJsonArray{QJsonObject{{u"addr"_s, u"127.0.0.1"_s},
                                                {u"version"_s, 4},
                                                {u"OS-EXT-IPS:type"_s, u"fixed"_s},
                                                {u"OS-EXT-IPS-MAC:mac_addr"_s, u"fa:16:3e:00:00:01"_s}}});
    return QJsonObject{
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"status"_s, s.status},
        {u"OS-EXT-STS:task_state"_s, s.task.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.task)},
        {u"OS-EXT-STS:vm_state"_s, s.status.toLower()},
        {u"addresses"_s, addresses},
        {u"flavor"_s, QJsonObject{{u"id"_s, s.flavorId}}},
        {u"image"_s, QJsonObject{{u"id"_s, s.imageId}}},
        {u"metadata"_s, s.metadata},
        {u"created"_s, iso(s.created)},
        {u"updated"_s, iso(QDateTime::currentDateTimeUtc())},
        {u"tenant_id"_s, u"demo-project"_s},
        {u"user_id"_s, QString(s.owner + u"-id"_s)},
        {u"hostId"_s, u"emulated-host"_s},
        {u"progress"_s, s.status == u"BUILD" ? 50 : 100}};
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
    s.addresses = true;
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
    const int minor = minorVersion(request);
    if (minor < 1 || minor > 104) {
        novaFault(responder, Status::NotAcceptable, u"computeFault"_s, u"Version not supported"_s);
        return;
    }
    const M method = request.method();
    if (path == u"flavors/detail" && method == M::Get) {
        QJsonArray list;
        for (const QJsonObject &f : std::as_const(m_flavors))
            list.append(f);
        json(responder, QJsonObject{{u"flavors"_s, list}});
        return;
    }
    if (path == u"servers/detail" && method == M::Get) {
        QJsonArray list;
        for (const Server &s : std::as_const(m_servers))
            if (s.owner == user)
                list.append(serverJson(s));
        json(responder, QJsonObject{{u"servers"_s, list}});
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
                      u"Invalid input for field/attribute name."_s);
            return;
        }
        if (!imageOk || !flavorOk) {
            novaFault(responder, Status::BadRequest, u"badRequest"_s,
                      imageOk ? u"Flavor %1 could not be found."_s.arg(flavorRef)
                              : u"Image %1 could not be found."_s.arg(imageRef));
            return;
        }
        Server s;
        s.id = uuid();
        s.owner = user;
        s.name = body[u"name"_s].toString();
        s.imageId = imageRef;
        s.flavorId = flavorRef;
        s.metadata = body[u"metadata"_s].toObject();
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
        QHttpHeaders headers;
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
        novaFault(responder, Status::NotFound, u"itemNotFound"_s, u"The resource could not be found."_s);
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
                  u"Instance %1 could not be found."_s.arg(id));
        return;
    }
    Server &s = *it;
    if (sub.isEmpty() && method == M::Get) {
        json(responder, QJsonObject{{u"server"_s, serverJson(s)}});
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
        responder.write(Status::NoContent);
        return;
    }
    if (sub == u"/remote-consoles" && method == M::Post) {
        const QJsonObject rc =
            QJsonDocument::fromJson(request.body()).object()[u"remote_console"_s].toObject();
        if (rc[u"protocol"_s].toString() != u"vnc" || rc[u"type"_s].toString() != u"novnc") {
            novaFault(responder, Status::BadRequest, u"badRequest"_s, u"Unsupported console type"_s);
            return;
        }
        if (s.status != u"ACTIVE" || !s.task.isEmpty()) {
            novaFault(responder, Status::Conflict, u"conflictingRequest"_s,
                      u"Cannot 'get_vnc_console' instance %1 while it is in vm_state %2"_s.arg(
                          id, s.status.toLower()));
            return;
        }
        const QString token = m_proxy.addToken(u"127.0.0.1"_s, s.vncPort, 600);
        m_issued << token;
        const QString url = u"http://%1:%2/vnc_auto.html?path=%3"_s.arg(m_options.host)
                                .arg(m_proxy.port())
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(u"?token="_s + token)));
        json(responder,
             QJsonObject{{u"remote_console"_s,
                          QJsonObject{{u"protocol"_s, u"vnc"_s}, {u"type"_s, u"novnc"_s}, {u"url"_s, url}}}});
        return;
    }
    if (sub == u"/action" && method == M::Post) {
        const QJsonObject action = QJsonDocument::fromJson(request.body()).object();
        const bool active = s.status == u"ACTIVE" && s.task.isEmpty();
        if (action.contains(u"os-stop"_s)) {
            if (!active) {
                novaFault(
                    responder, Status::Conflict, u"conflictingRequest"_s,
                    u"Cannot 'stop' instance %1 while it is in vm_state %2"_s.arg(id, s.status.toLower()));
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
                    u"Cannot 'start' instance %1 while it is in vm_state %2"_s.arg(id, s.status.toLower()));
                return;
            }
            s.task = u"powering-on"_s;
            after(id, m_options.stepDelayMs, [this](Server &v) { becomeActive(v); });
        } else if (action.contains(u"reboot"_s)) {
            if (!active) {
                novaFault(
                    responder, Status::Conflict, u"conflictingRequest"_s,
                    u"Cannot 'reboot' instance %1 while it is in vm_state %2"_s.arg(id, s.status.toLower()));
                return;
            }
            stopDesktop(s);
            s.status = u"REBOOT"_s;
            s.task = u"rebooting"_s;
            after(id, m_options.stepDelayMs, [this](Server &v) { becomeActive(v); });
        } else {
            novaFault(responder, Status::BadRequest, u"badRequest"_s, u"Unsupported action"_s);
            return;
        }
        responder.write(Status::Accepted);
        return;
    }
    novaFault(responder, Status::MethodNotAllowed, u"badMethod"_s, u"Method not allowed"_s);
}

} // namespace daas::emulator
