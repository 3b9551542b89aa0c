// OpenStackEmulator (see OpenStackEmulator.h): the server, the dispatch, Keystone (tokens, projects) and
// Glance (images); Nova is in OpenStackNova.cpp.

#include "OpenStackEmulator.h"
#include "OpenStackReply.h"

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

} // namespace daas::emulator
