#include "cloud/OpenStackProvider.h"
#include "support/Redaction.h"

#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace daas::cloud {

namespace {

// The microversion whose documents the client reads: the flavour embedded in a server (2.47, so a server's
// size needs no flavour list and survives the flavour's deletion); remote-consoles came with 2.6, and from
// 2.37 a new server names its networks ("auto"). A Nova older than 2.47 answers 406.
constexpr auto computeMicroversion = "2.47";

QUrl joined(QUrl base, const QString &path)
{
    QString p = base.path();
    if (!p.endsWith(u'/'))
        p += u'/';
    const qsizetype q = path.indexOf(u'?');
    base.setPath(p + (q >= 0 ? path.left(q) : path));
    if (q >= 0)
        base.setQuery(path.mid(q + 1));
    return base;
}

} // namespace

OpenStackProvider::OpenStackProvider(QNetworkAccessManager *network, Options options, QObject *parent)
    : EnvironmentProvider(parent)
    , m_network(network)
    , m_options(std::move(options))
{
    support::rememberSecret(m_options.password);
}

OpenStackProvider::~OpenStackProvider() = default;

void OpenStackProvider::withToken(std::function<void(const Error &)> next)
{
    // renew a little before the end so a call never starts with a token about to lapse
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc().addSecs(60) < m_tokenInfo.expires) {
        next({});
        return;
    }
    m_token.clear();
    m_waitingForToken.append(std::move(next));
    if (!m_authenticating)
        authenticate();
}

// Keystone v3 password sign-in. The user is named with its domain (Keystone refuses a bare name with a 400).
// With a project in the options the token is scoped to it at once; without one Keystone gives an unscoped
// token (no catalog), and the only project the user belongs to is then chosen (GET /v3/auth/projects and a
// rescoped token), or the user is told that the profile must name one.
void OpenStackProvider::authenticate()
{
    m_authenticating = true;
    ++m_signIns;
    QJsonObject auth;
    if (!m_options.applicationCredentialId.isEmpty()) {
        // bound to its project: no scope may be asked for
        auth =
            QJsonObject{{u"identity"_s,
                         QJsonObject{{u"methods"_s, QJsonArray{u"application_credential"_s}},
                                     {u"application_credential"_s,
                                      QJsonObject{{u"id"_s, m_options.applicationCredentialId},
                                                  {u"secret"_s, m_options.applicationCredentialSecret}}}}}};
    } else {
        const QString domain = m_options.userDomain.isEmpty() ? u"Default"_s : m_options.userDomain;
        auth = QJsonObject{
            {u"identity"_s,
             QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                         {u"password"_s,
                          QJsonObject{{u"user"_s, QJsonObject{{u"name"_s, m_options.userName},
                                                              {u"domain"_s, QJsonObject{{u"name"_s, domain}}},
                                                              {u"password"_s, m_options.password}}}}}}}};
        if (!m_options.projectId.isEmpty() || !m_options.projectName.isEmpty()) {
            const QString projectDomain =
                m_options.projectDomain.isEmpty() ? domain : m_options.projectDomain;
            const QJsonObject project =
                m_options.projectId.isEmpty()
                    ? QJsonObject{{u"name"_s, m_options.projectName},
                                  {u"domain"_s, QJsonObject{{u"name"_s, projectDomain}}}}
                    : QJsonObject{{u"id"_s, m_options.projectId}};
            auth.insert(u"scope"_s, QJsonObject{{u"project"_s, project}});
        }
    }
    requestToken(auth, [this](const Result<IssuedToken> &issued) {
        if (!issued || !issued->info.projectId.isEmpty() || !m_options.applicationCredentialId.isEmpty()) {
            finishSignIn(issued);
            return;
        }
        const QByteArray unscoped = issued->token;
        listProjects(unscoped, [this, unscoped](const Result<QList<openstack::KeystoneProject>> &projects) {
            if (!projects) {
                finishSignIn(projects.error());
                return;
            }
            if (projects->isEmpty()) {
                finishSignIn(Error(Error::Kind::Permission,
                                   tr("Your OpenStack account is not a member of any project, so it cannot "
                                      "run machines. Ask the facility's support to add you to a project."),
                                   u"unscoped token; GET /v3/auth/projects lists none"_s));
                return;
            }
            if (projects->size() > 1) {
                QStringList names;
                for (const openstack::KeystoneProject &p : *projects)
                    names.append(p.name.isEmpty() ? p.id : p.name);
                names.sort();
                finishSignIn(
                    Error(Error::Kind::InvalidInput,
                          tr("Your OpenStack account belongs to several projects (%1), and the "
                             "facility profile does not say which one to use. Ask the facility for a "
                             "profile that names the project (\"cloud\": {\"project\": …}).")
                              .arg(names.join(u", "_s)),
                          u"unscoped token; %1 projects"_s.arg(projects->size())));
                return;
            }
            const QJsonObject rescope{
                {u"identity"_s,
                 QJsonObject{{u"methods"_s, QJsonArray{u"token"_s}},
                             {u"token"_s, QJsonObject{{u"id"_s, QString::fromLatin1(unscoped)}}}}},
                {u"scope"_s, QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, projects->first().id}}}}}};
            qCInfo(lcCloud) << "OpenStack: no project named; using the only one," << projects->first().name;
            requestToken(rescope, [this](const Result<IssuedToken> &scoped) { finishSignIn(scoped); });
        });
    });
}

void OpenStackProvider::finishSignIn(const Result<IssuedToken> &issued)
{
    m_authenticating = false;
    Error error;
    if (!issued) {
        error = issued.error();
    } else if (issued->info.projectId.isEmpty()) {
        error = Error(
            Error::Kind::Protocol,
            tr("The OpenStack identity service gave a token for no project, which cannot run machines."),
            u"token without a project after scoping"_s);
    } else {
        m_token = issued->token;
        m_tokenInfo = issued->info;
        qCInfo(lcCloud) << "OpenStack: token for project" << m_tokenInfo.projectId << "valid until"
                        << m_tokenInfo.expires.toString(Qt::ISODate);
    }
    if (error)
        qCWarning(lcCloud) << error;
    const auto waiting = std::exchange(m_waitingForToken, {});
    for (const auto &next : waiting)
        next(error);
}

void OpenStackProvider::requestToken(const QJsonObject &auth,
                                     std::function<void(const Result<IssuedToken> &)> done)
{
    QNetworkRequest http(joined(m_options.authUrl, u"auth/tokens"_s));
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply =
        m_network->post(http, QJsonDocument(QJsonObject{{u"auth"_s, auth}}).toJson(QJsonDocument::Compact));
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        Error error = support::transportError(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (!error && status == 401) {
            error =
                Error(Error::Kind::Authentication,
                      tr("OpenStack did not accept your credentials. Check them, or create a new application "
                         "credential if yours has expired."),
                      u"Keystone 401: "_s + openstack::faultMessage(body))
                    .withServerMessage(u"OpenStack"_s, openstack::faultText(body));
        } else if (!error && status != 201 && status != 200) {
            error = support::httpStatusError(status, u"OpenStack identity"_s, openstack::faultMessage(body))
                        .withServerMessage(u"OpenStack"_s, openstack::faultText(body));
        }
        if (error) {
            done(error);
            return;
        }
        const Result<openstack::KeystoneToken> token =
            openstack::tokenFromBody(QJsonDocument::fromJson(body).object());
        const QByteArray subject = reply->rawHeader("X-Subject-Token");
        if (!token)
            done(token.error());
        else if (subject.isEmpty())
            done(Error(Error::Kind::Protocol, tr("The OpenStack identity service gave no token."),
                       u"no X-Subject-Token"_s));
        else {
            support::rememberSecret(QString::fromLatin1(subject)); // unscoped ones too: never in a log
            done(IssuedToken{subject, *token});
        }
    });
}

void OpenStackProvider::listProjects(
    const QByteArray &token, std::function<void(const Result<QList<openstack::KeystoneProject>> &)> done)
{
    QNetworkRequest http(joined(m_options.authUrl, u"auth/projects"_s));
    http.setRawHeader("X-Auth-Token", token);
    http.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(http);
    support::abortWhenSilent(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        if (const Error e = support::transportError(reply)) {
            done(e);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200) {
            done(support::httpStatusError(status, u"OpenStack identity"_s, openstack::faultMessage(body))
                     .withServerMessage(u"OpenStack"_s, openstack::faultText(body)));
            return;
        }
        done(openstack::projectsFromBody(QJsonDocument::fromJson(body).object()));
    });
}

Error OpenStackProvider::failure(const QString &service, int status, const QByteArray &body) const
{
    return failureForStatus(service, status, body)
        .withServerMessage(u"OpenStack"_s, openstack::faultText(body));
}

Error OpenStackProvider::failureForStatus(const QString &service, int status, const QByteArray &body) const
{
    const QString message = openstack::faultMessage(body);
    const QString name =
        service == u"image" ? tr("OpenStack image service") : tr("OpenStack compute service");
    if (status == 404)
        return Error(Error::Kind::NotFound,
                     tr("%1 does not have this machine or image (any more).").arg(name),
                     u"HTTP 404: "_s + message);
    if (status == 400)
        return Error(
            Error::Kind::InvalidInput,
            tr("%1 refused the request; the image or flavour may no longer exist. Refresh the list and try "
               "again.")
                .arg(name),
            u"HTTP 400: "_s + message);
    if (status == 409)
        return Error(
            Error::Kind::Conflict,
            tr("The machine cannot do this in its current state. Wait until it has finished what it is "
               "doing and try again."),
            u"HTTP 409: "_s + message);
    if (status == 406 && service == u"compute")
        return Error(Error::Kind::Unsupported,
                     tr("This cloud's OpenStack compute service is too old for this program, which needs "
                        "microversion %1 or later.")
                         .arg(QString::fromLatin1(computeMicroversion)),
                     u"HTTP 406: "_s + message);
    if (status == 413 || status == 429 || status == 403)
        return Error(status == 403 ? Error::Kind::Permission : Error::Kind::Server,
                     tr("%1 refused: your project's quota does not allow this. Remove a machine or ask the "
                        "facility's support.")
                         .arg(name),
                     u"HTTP %1: %2"_s.arg(status).arg(message));
    return support::httpStatusError(status, name, message);
}

void OpenStackProvider::request(const QString &service, const QByteArray &verb, const QString &path,
                                const QJsonObject &body, Done done, bool retried)
{
    withToken([=, this](const Error &tokenError) {
        if (tokenError) {
            done(tokenError);
            return;
        }
        const QUrl base = openstack::endpointFor(m_tokenInfo.catalog, service, m_options.region);
        if (!base.isValid()) {
            done(Error(
                Error::Kind::Unsupported,
                tr("This OpenStack cloud offers no %1 service in your project.").arg(service),
                u"no public %1 endpoint in the catalog (region '%2')"_s.arg(service, m_options.region)));
            return;
        }
        const QUrl url = path.startsWith(u"http") ? QUrl(path) : joined(base, path);
        if (url.host() != base.host() || url.port() != base.port()) {
            done(Error(Error::Kind::Protocol, tr("OpenStack pointed to another server."),
                       u"next link %1 is not on %2"_s.arg(support::redacted(url), base.host())));
            return;
        }
        QNetworkRequest http(url);
        http.setRawHeader("X-Auth-Token", m_token);
        http.setRawHeader("Accept", "application/json");
        if (service == u"compute") {
            http.setRawHeader("OpenStack-API-Version", QByteArray("compute ") + computeMicroversion);
            http.setRawHeader("X-OpenStack-Nova-API-Version", computeMicroversion);
        }
        QByteArray payload;
        if (!body.isEmpty()) {
            http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_network->sendCustomRequest(http, verb, payload);
        support::abortWhenSilent(reply);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            if (const Error e = support::transportError(reply)) {
                done(e);
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            if (status == 401 && !retried) {
                // revoked or expired before its time: one new token, one more try
                qCInfo(lcCloud) << "OpenStack: token refused, authenticating again for" << verb << path;
                m_token.clear();
                request(service, verb, path, body, done, true);
                return;
            }
            if (status == 401) {
                done(Error(Error::Kind::SessionExpired,
                           tr("OpenStack no longer accepts your session. Sign in again."),
                           u"HTTP 401 after a new token: "_s + openstack::faultMessage(data))
                         .withServerMessage(u"OpenStack"_s, openstack::faultText(data)));
                return;
            }
            if (status < 200 || status >= 300) {
                const Error e = failure(service, status, data);
                qCWarning(lcCloud) << verb << path << e;
                done(e);
                return;
            }
            Reply r;
            r.status = status;
            r.location = reply->rawHeader("Location");
            if (!data.isEmpty()) {
                QJsonParseError parseError;
                r.json = QJsonDocument::fromJson(data, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    done(
                        Error(Error::Kind::Protocol, tr("OpenStack sent an answer that could not be read."),
                              u"%1 %2: %3"_s.arg(QString::fromLatin1(verb), path, parseError.errorString())));
                    return;
                }
            }
            done(r);
        });
    });
}

void OpenStackProvider::withFlavours(std::function<void(const Error &)> next)
{
    if (!m_flavours.isEmpty()) {
        next({});
        return;
    }
    request(u"compute"_s, "GET", u"flavors/detail"_s, {}, [this, next](const Result<Reply> &reply) {
        if (!reply) {
            next(reply.error());
            return;
        }
        const QList<openstack::Flavour> flavours = openstack::flavoursFromBody(reply->json.object());
        for (const openstack::Flavour &f : flavours)
            m_flavours.insert(f.id, f);
        next({});
    });
}

void OpenStackProvider::listImages(QString path, QJsonArray collected,
                                   std::function<void(const Result<QJsonArray> &)> done)
{
    request(u"image"_s, "GET", path.isEmpty() ? u"v2/images?status=active&sort=name:asc"_s : path, {},
            [this, collected, done](const Result<Reply> &reply) mutable {
                if (!reply) {
                    done(reply.error());
                    return;
                }
                const QJsonObject page = reply->json.object();
                const QJsonArray images = page.value(u"images"_s).toArray();
                for (const QJsonValue &image : images)
                    collected.append(image);
                const QString next = page.value(u"next"_s).toString();
                if (next.isEmpty() || images.isEmpty() || collected.size() > 100000) {
                    done(collected);
                    return;
                }
                // "next" is relative to the image endpoint ("/v2/images?marker=…"), which may have a path
                // of its own (http://host/image)
                listImages(next.startsWith(u'/') ? next.mid(1) : next, collected, done);
            });
}

void OpenStackProvider::listTemplates()
{
    withFlavours([this](const Error &error) {
        if (error) {
            Q_EMIT failed(CloudOperation::ListTemplates, {}, error);
            return;
        }
        listImages({}, {}, [this](const Result<QJsonArray> &images) {
            if (!images) {
                Q_EMIT failed(CloudOperation::ListTemplates, {}, images.error());
                return;
            }
            Q_EMIT templatesListed(openstack::templatesFromImages(*images, m_flavours.values()));
        });
    });
}

void OpenStackProvider::listEnvironments()
{
    request(u"compute"_s, "GET", u"servers/detail"_s, {}, [this](const Result<Reply> &reply) {
        if (!reply) {
            Q_EMIT failed(CloudOperation::ListEnvironments, {}, reply.error());
            return;
        }
        QList<Environment> out;
        const QJsonArray servers = reply->json.object().value(u"servers"_s).toArray();
        for (const QJsonValue &server : servers)
            out.append(openstack::environmentFromServer(server.toObject()));
        Q_EMIT environmentsListed(out);
    });
}

void OpenStackProvider::refresh(const QString &id)
{
    request(u"compute"_s, "GET", u"servers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
            [this, id](const Result<Reply> &reply) {
                if (!reply) {
                    Q_EMIT failed(CloudOperation::Refresh, id, reply.error());
                    return;
                }
                Q_EMIT refreshed(
                    openstack::environmentFromServer(reply->json.object().value(u"server"_s).toObject()));
            });
}

void OpenStackProvider::launch(const EnvironmentTemplate &environmentTemplate, const QString &name)
{
    const QStringList parts = environmentTemplate.id.split(u'/');
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        Q_EMIT failed(
            CloudOperation::Launch, {},
            Error(Error::Kind::InvalidInput,
                  tr("\"%1\" is not an OpenStack image and flavour.").arg(environmentTemplate.name)));
        return;
    }
    QJsonObject metadata{{u"daas_template"_s, environmentTemplate.id},
                         {u"daas_template_name"_s, environmentTemplate.name.left(200)}};
    if (environmentTemplate.lifetimeSeconds > 0)
        metadata.insert(u"daas_expires"_s, QDateTime::currentDateTimeUtc()
                                               .addSecs(environmentTemplate.lifetimeSeconds)
                                               .toString(Qt::ISODate));
    const QJsonObject server{{u"name"_s, name.isEmpty() ? environmentTemplate.name : name},
                             {u"imageRef"_s, parts.at(0)},
                             {u"flavorRef"_s, parts.at(1)},
                             {u"networks"_s, u"auto"_s}, // the project's network (required from 2.37)
                             {u"metadata"_s, metadata}};
    request(u"compute"_s, "POST", u"servers"_s, QJsonObject{{u"server"_s, server}},
            [this](const Result<Reply> &reply) {
                if (!reply) {
                    Q_EMIT failed(CloudOperation::Launch, {}, reply.error());
                    return;
                }
                const QJsonObject created = reply->json.object().value(u"server"_s).toObject();
                const QString id = created.value(u"id"_s).toString();
                if (id.isEmpty()) {
                    Q_EMIT failed(CloudOperation::Launch, {},
                                  Error(Error::Kind::Protocol,
                                        tr("OpenStack sent an answer that could not be read."),
                                        u"POST /servers without server.id"_s));
                    return;
                }
                const QString adminPass = created.value(u"adminPass"_s).toString();
                if (!adminPass.isEmpty()) {
                    support::rememberSecret(adminPass);
                    m_passwords.insert(id, adminPass);
                }
                qCInfo(lcCloud) << "OpenStack: created server" << id;
                request(u"compute"_s, "GET", u"servers/"_s + id, {}, [this, id](const Result<Reply> &detail) {
                    if (!detail) {
                        Q_EMIT failed(CloudOperation::Launch, id, detail.error());
                        return;
                    }
                    Q_EMIT launched(openstack::environmentFromServer(
                        detail->json.object().value(u"server"_s).toObject()));
                });
            });
}

void OpenStackProvider::remove(const QString &id)
{
    request(u"compute"_s, "DELETE", u"servers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
            [this, id](const Result<Reply> &reply) {
                if (!reply) {
                    Q_EMIT failed(CloudOperation::Remove, id, reply.error());
                    return;
                }
                m_passwords.remove(id);
                Q_EMIT removeRequested(id);
            });
}

void OpenStackProvider::action(const QString &id, EnvironmentAction action)
{
    QJsonObject body;
    switch (action) {
    case EnvironmentAction::PowerOff:
        body = QJsonObject{{u"os-stop"_s, QJsonValue::Null}};
        break;
    case EnvironmentAction::Resume:
        body = QJsonObject{{u"os-start"_s, QJsonValue::Null}};
        break;
    case EnvironmentAction::Reboot:
        body = QJsonObject{{u"reboot"_s, QJsonObject{{u"type"_s, u"SOFT"_s}}}};
        break;
    }
    request(u"compute"_s, "POST",
            u"servers/%1/action"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), body,
            [this, id, action](const Result<Reply> &reply) {
                if (reply)
                    Q_EMIT actionRequested(id, action);
                else
                    Q_EMIT failed(CloudOperation::Action, id, reply.error());
            });
}

void OpenStackProvider::withImage(const QString &imageId, std::function<void(const QJsonObject &)> next)
{
    if (imageId.isEmpty()) { // booted from a volume: only the server's metadata can say
        next({});
        return;
    }
    if (const auto it = m_images.constFind(imageId); it != m_images.cend()) {
        next(*it);
        return;
    }
    request(u"image"_s, "GET", u"v2/images/"_s + QString::fromLatin1(QUrl::toPercentEncoding(imageId)), {},
            [this, imageId, next](const Result<Reply> &reply) {
                if (!reply) {
                    // a deleted or hidden image says nothing about RDP; the VNC console still works
                    qCInfo(lcCloud) << "OpenStack: image" << imageId << "not readable:" << reply.error();
                    next({});
                    return;
                }
                const QJsonObject image = reply->json.object();
                m_images.insert(imageId, image);
                next(image);
            });
}

void OpenStackProvider::console(const QString &id)
{
    // the server (its address, its metadata) and its image say whether it offers RDP; remote-consoles
    // gives the VNC console
    request(u"compute"_s, "GET", u"servers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
            [this, id](const Result<Reply> &reply) {
                if (!reply) {
                    Q_EMIT failed(CloudOperation::Console, id, reply.error());
                    return;
                }
                const QJsonObject server = reply->json.object().value(u"server"_s).toObject();
                withImage(openstack::imageIdOf(server), [this, id, server](const QJsonObject &image) {
                    ConsoleEndpoint endpoint =
                        openstack::rdpFromServer(server, image, m_options.desktopProtocol);
                    if (endpoint.hasRdp()) {
                        endpoint.rdpGatewayHost = m_options.rdpGatewayHost;
                        endpoint.rdpGatewayPort = m_options.rdpGatewayPort;
                    }
                    vncConsole(id, endpoint);
                });
            });
}

void OpenStackProvider::vncConsole(const QString &id, ConsoleEndpoint endpoint)
{
    const QJsonObject body{
        {u"remote_console"_s, QJsonObject{{u"protocol"_s, u"vnc"_s}, {u"type"_s, u"novnc"_s}}}};
    request(u"compute"_s, "POST",
            u"servers/%1/remote-consoles"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), body,
            [this, id, endpoint](const Result<Reply> &reply) mutable {
                Result<QUrl> ws =
                    reply ? openstack::webSocketUrlFromConsoleUrl(QUrl(reply->json.object()
                                                                           .value(u"remote_console"_s)
                                                                           .toObject()
                                                                           .value(u"url"_s)
                                                                           .toString()))
                          : Result<QUrl>(reply.error());
                if (!ws) {
                    if (endpoint.hasRdp()) {
                        // a cloud without a VNC proxy (501) still lets the user in over RDP
                        qCInfo(lcCloud)
                            << "OpenStack: no VNC console for" << id << ws.error() << "; RDP only";
                        Q_EMIT consoleReady(id, endpoint);
                        return;
                    }
                    Q_EMIT failed(CloudOperation::Console, id, ws.error());
                    return;
                }
                endpoint.webSocketUrl = *ws;
                endpoint.password = m_passwords.value(id);
                Q_EMIT consoleReady(id, endpoint);
            });
}

} // namespace daas::cloud
