#pragma once

#include "CloudEmulatorOptions.h"
#include "ConsoleProxy.h"
#include "VmDesktop.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QHttpServerRequest;
class QHttpServerResponder;

namespace daas::emulator {

// OpenStack as reference/cloud.md §3 and §7.2 describe it, as strict as the real services:
// - Keystone v3 (keystone/auth/core.py, plugins/core.py, common/render_token.py): password (a user named
//   without a domain is a 400), token (rescoping) and application-credential methods; a project scope
//   needs a project the user has a role on; no scope gives an unscoped token without a catalog (the users
//   have no default project); GET /v3/auth/projects lists the projects a token's user may scope to.
// - Nova with microversions (nova/api/openstack/wsgi.py, compute/views/servers.py): the version asked for
//   (OpenStack-API-Version: compute X.Y, else X-OpenStack-Nova-API-Version; none: 2.1) shapes the server
//   document (the flavour embedded from 2.47, and what else 2.9–2.100 add), a badly written one is a 400, one
//   outside 2.1–2.104 a 406; from 2.37 a new server must name its networks; remote-consoles from 2.6 (else a
//   bare 404).
// - Glance images with "next" paging, and a nova-novncproxy-like WebSocket proxy (token, no subprotocol
//   required). Every ACTIVE server is a real VmDesktop whose VNC password is its adminPass.
class OpenStackEmulator : public QObject
{
    Q_OBJECT
public:
    explicit OpenStackEmulator(CloudEmulatorOptions options, QObject *parent = nullptr);
    ~OpenStackEmulator() override;

    bool listen();
    quint16 port() const { return m_tcp->serverPort(); }

private:
    struct Server
    {
        QString id;
        QString owner;
        QString name;
        QString imageId;
        QString flavorId;
        QString status = QStringLiteral("BUILD");
        QString task = QStringLiteral("scheduling");
        QJsonObject metadata;
        QDateTime created;
        QString adminPass;
        quint16 vncPort = 0;
        quint16 rdpPort = 0; // the guest's RDP server (freerdp-shadow-cli3 on its display)
        bool addresses = false;
        bool unconnected = false; // created with "networks": "none": never an address
        QPointer<VmDesktop> desktop;
        QList<QPointer<QTimer>> timers;
    };
    struct Token
    {
        QString user;
        QDateTime expires;
        QString projectId; // empty: an unscoped token, good for nothing but /v3/auth/projects and rescoping
    };
    struct Project
    {
        QString id;
        QString name;
        QStringList members; // users with a role on it
    };

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void keystone(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void authProjects(const Token &token, QHttpServerResponder &responder);
    const Project *findProject(const QString &id, const QString &name) const;
    void nova(const QString &path, const QHttpServerRequest &request, QHttpServerResponder &responder,
              const QString &user);
    void glance(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void glanceImage(const QString &id, QHttpServerResponder &responder);
    QJsonObject serverJson(const Server &s, int minor) const;
    QString baseUrl() const;

    void after(const QString &id, int delayMs, std::function<void(Server &)> step);
    void cancelSteps(Server &s);
    void becomeActive(Server &s);
    void stopDesktop(Server &s);

    CloudEmulatorOptions m_options;
    QHttpServer m_http;
    QTcpServer *m_tcp;
    ConsoleProxy m_proxy;
    QList<QJsonObject> m_images;
    QList<QJsonObject> m_flavors;
    QMap<QString, Server> m_servers;
    QHash<QString, Token> m_tokens;
    // every session token, console token and password handed out so far: tst_secrets_scenarios looks for
    // them in what the client logged and wrote (GET /_emulator/issued-secrets)
    QStringList m_issued;
    QList<Project> m_projects;
    QHash<QString, std::pair<QString, QString>> m_appCredentials; // id → secret, user
};

} // namespace daas::emulator
