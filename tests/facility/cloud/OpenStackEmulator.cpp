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

// Keystone's error body: {"error": {"code", "title", "message"}} (keystone/server/flask/application.py)
void keystoneError(QHttpServerResponder &r, Status status, const QString &message)
{
    const QString title = status == Status::BadRequest ? u"Bad Request"_s : u"Unauthorized"_s;
    json(r,
         QJsonObject{{u"error"_s,
                      QJsonObject{{u"code"_s, int(status)}, {u"title"_s, title}, {u"message"_s, message}}}},
         status);
}

// keystone.exception.ValidationError, worded as Keystone words it
QString expectingToFind(const QString &attribute, const QString &target)
{
    return u"Expecting to find %1 in %2. The server could not comply with the request since it is either "
           u"malformed or otherwise incorrect. The client is assumed to be in error."_s.arg(attribute,
                                                                                            target);
}

const QString unauthorized = u"The request you have made requires authentication."_s;

// The one domain here, as every Keystone has it: id "default", name "Default"
bool isDefaultDomain(const QJsonObject &domain)
{
    return domain.contains(u"id"_s) ? domain[u"id"_s].toString() == u"default"
                                    : domain[u"name"_s].toString() == u"Default";
}

} // namespace

OpenStackEmulator::OpenStackEmulator(CloudEmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tcp(new QTcpServer(this))
    , m_proxy(false)
{
    m_appCredentials.insert(u"alice-appcred"_s, {u"alice-appcred-secret"_s, u"alice"_s});
    // every user has a role on "demo"; bob also on "tomography", so he must say which one he means
    m_projects = {Project{u"demo-project"_s, u"demo"_s, m_options.users.keys()},
                  Project{u"tomo-project"_s, u"tomography"_s, {u"bob"_s}}};
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
    // every other call needs a valid token; the services (not Keystone's own /v3/auth/projects) one scoped
    // to a project, as keystonemiddleware gives them no project otherwise
    const QString token = QString::fromLatin1(request.value("X-Auth-Token"));
    const auto it = m_tokens.constFind(token);
    const bool identityCall = path == u"/v3/auth/projects";
    if (token.isEmpty() || it == m_tokens.cend() || it->expires < QDateTime::currentDateTimeUtc() ||
        (!identityCall && it->projectId.isEmpty())) {
        keystoneError(responder, Status::Unauthorized, unauthorized);
        return;
    }
    if (identityCall) {
        authProjects(*it, responder);
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

const OpenStackEmulator::Project *OpenStackEmulator::findProject(const QString &id, const QString &name) const
{
    for (const Project &p : m_projects)
        if (id.isEmpty() ? p.name == name : p.id == id)
            return &p;
    return nullptr;
}

// GET /v3/auth/projects: the projects the token's user may scope to (unscoped tokens welcome)
void OpenStackEmulator::authProjects(const Token &token, QHttpServerResponder &responder)
{
    QJsonArray list;
    for (const Project &p : std::as_const(m_projects)) {
        if (!p.members.contains(token.user))
            continue;
        list.append(QJsonObject{
            {u"id"_s, p.id},
            {u"name"_s, p.name},
            {u"domain_id"_s, u"default"_s},
            {u"enabled"_s, true},
            {u"is_domain"_s, false},
            {u"parent_id"_s, u"default"_s},
            {u"description"_s, QString()},
            {u"links"_s, QJsonObject{{u"self"_s, QString(baseUrl() + u"/v3/projects/"_s + p.id)}}}});
    }
    json(responder,
         QJsonObject{{u"projects"_s, list},
                     {u"links"_s, QJsonObject{{u"self"_s, QString(baseUrl() + u"/v3/auth/projects"_s)},
                                              {u"previous"_s, QJsonValue::Null},
                                              {u"next"_s, QJsonValue::Null}}}});
}

// POST /v3/auth/tokens, in Keystone's order: the request's shape (400), who the caller is (401), then the
// scope (400 for a malformed one, 401 for a project that does not exist or where the user has no role).
void OpenStackEmulator::keystone(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write(Status::MethodNotAllowed);
        return;
    }
    const QJsonObject auth = QJsonDocument::fromJson(request.body()).object()[u"auth"_s].toObject();
    const QJsonObject identity = auth[u"identity"_s].toObject();
    const QJsonArray methods = identity[u"methods"_s].toArray();
    if (!auth[u"identity"_s].isObject() || !identity[u"methods"_s].isArray()) {
        keystoneError(responder, Status::BadRequest, expectingToFind(u"identity"_s, u"auth"_s));
        return;
    }
    QString user;
    QJsonObject appCredential;
    QString projectId; // of the scope
    bool scopeAllowed = true;
    if (methods.contains(u"password"_s)) {
        const QJsonObject password = identity[u"password"_s].toObject();
        if (!password.contains(u"user"_s)) {
            keystoneError(responder, Status::BadRequest, expectingToFind(u"user"_s, u"password"_s));
            return;
        }
        const QJsonObject u = password[u"user"_s].toObject();
        if (!u.contains(u"id"_s) && !u.contains(u"name"_s)) {
            keystoneError(responder, Status::BadRequest,
                          u"Invalid input for field identity/password/user: id or name must be present."_s);
            return;
        }
        const QJsonObject domain = u[u"domain"_s].toObject();
        if (u.contains(u"domain"_s) && !domain.contains(u"id"_s) && !domain.contains(u"name"_s)) {
            keystoneError(
                responder, Status::BadRequest,
                u"Invalid input for field identity/password/user/domain: id or name must be present."_s);
            return;
        }
        QString name = u[u"name"_s].toString();
        if (!name.isEmpty()) {
            // a user name means nothing without its domain (users of two domains may share a name)
            if (!u.contains(u"domain"_s)) {
                keystoneError(responder, Status::BadRequest, expectingToFind(u"domain"_s, u"user"_s));
                return;
            }
            if (!isDefaultDomain(domain))
                name.clear(); // DomainNotFound → Unauthorized
        } else {
            const QString id = u[u"id"_s].toString(); // user ids here are "<name>-id"
            name = id.endsWith(u"-id") ? id.chopped(3) : QString();
        }
        if (m_options.users.contains(name) && m_options.users.value(name) == u[u"password"_s].toString())
            user = name;
    } else if (methods.contains(u"token"_s)) {
        // rescoping: an existing token (scoped or not) for a token of another scope
        const auto it = m_tokens.constFind(identity[u"token"_s][u"id"_s].toString());
        if (it != m_tokens.cend() && it->expires > QDateTime::currentDateTimeUtc())
            user = it->user;
    } else if (methods.contains(u"application_credential"_s)) {
        const QJsonObject c = identity[u"application_credential"_s].toObject();
        const auto it = m_appCredentials.constFind(c[u"id"_s].toString());
        if (it != m_appCredentials.cend() && it->first == c[u"secret"_s].toString()) {
            user = it->second;
            appCredential = QJsonObject{{u"id"_s, it.key()}, {u"name"_s, u"daas"_s}, {u"restricted"_s, true}};
            projectId = u"demo-project"_s; // an application credential is bound to its project
            scopeAllowed = false;
        }
    }
    if (user.isEmpty()) {
        keystoneError(responder, Status::Unauthorized, unauthorized);
        return;
    }
    const QJsonValue scope = auth[u"scope"_s];
    const bool unscopedAsked = scope.isString() || scope[u"unscoped"_s].isObject();
    if (!scope.isUndefined() && !scopeAllowed) {
        keystoneError(responder, Status::Unauthorized, u"Application credentials cannot request a scope."_s);
        return;
    }
    if (scope.isObject() && !unscopedAsked) {
        const QJsonObject project = scope[u"project"_s].toObject();
        if (!scope.toObject().contains(u"project"_s)) {
            // domain and system scopes: nobody here has a role on a domain or the system
            keystoneError(responder, Status::Unauthorized, unauthorized);
            return;
        }
        if (!project.contains(u"id"_s) && !project.contains(u"name"_s)) {
            keystoneError(responder, Status::BadRequest,
                          u"Invalid input for field scope/project: id or name must be present."_s);
            return;
        }
        const QString name = project[u"name"_s].toString();
        if (!name.isEmpty() && !project.contains(u"domain"_s)) {
            keystoneError(responder, Status::BadRequest, expectingToFind(u"domain"_s, u"project"_s));
            return;
        }
        const Project *p =
            !name.isEmpty()
                ? (isDefaultDomain(project[u"domain"_s].toObject()) ? findProject({}, name) : nullptr)
                : findProject(project[u"id"_s].toString(), {});
        if (!p) {
            keystoneError(
                responder, Status::Unauthorized,
                u"Could not find project: %1."_s.arg(name.isEmpty() ? project[u"id"_s].toString() : name));
            return;
        }
        if (!p->members.contains(user)) {
            keystoneError(responder, Status::Unauthorized,
                          u"User %1-id has no access to project %2"_s.arg(user, p->id));
            return;
        }
        projectId = p->id;
    }
    // no scope: Keystone scopes to the user's default project; nobody here has one, so the token is unscoped

    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_options.tokenLifetimeSeconds);
    m_tokens.insert(token, Token{user, expires, projectId});
    m_issued << token;
    QJsonObject body{{u"methods"_s, methods},
                     {u"user"_s, QJsonObject{{u"id"_s, QString(user + u"-id"_s)},
                                             {u"name"_s, user},
                                             {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s},
                                                                       {u"name"_s, u"Default"_s}}},
                                             {u"password_expires_at"_s, QJsonValue::Null}}},
                     {u"issued_at"_s, now.toString(Qt::ISODateWithMs)},
                     {u"expires_at"_s, expires.toString(Qt::ISODateWithMs)},
                     {u"audit_ids"_s, QJsonArray{uuid().left(22)}}};
    if (!projectId.isEmpty()) {
        const Project *p = findProject(projectId, {});
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
        body.insert(u"project"_s, QJsonObject{{u"id"_s, p->id},
                                              {u"name"_s, p->name},
                                              {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s},
                                                                        {u"name"_s, u"Default"_s}}}});
        body.insert(u"is_domain"_s, false);
        body.insert(u"roles"_s, QJsonArray{QJsonObject{{u"id"_s, u"r1"_s}, {u"name"_s, u"member"_s}}});
        body.insert(u"catalog"_s, catalog);
    }
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

// GET /servers/{id} and /servers/detail as nova/api/openstack/compute/views/servers.py show() writes them
// for a project member (no admin-only attributes), at the microversion asked for.
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
