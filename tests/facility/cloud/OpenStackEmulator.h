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

// OpenStack as reference/cloud.md §3 and §7.2 describe it: Keystone v3 tokens (password and application
// credentials) with a catalog pointing here, Nova servers/flavours/actions/remote-consoles (≥ 2.6, else a
// bare 404), Glance images with "next" paging, and a nova-novncproxy-like WebSocket proxy (token, no
// subprotocol required). Every ACTIVE server is a real VmDesktop whose VNC password is its adminPass.
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
        QPointer<VmDesktop> desktop;
        QList<QPointer<QTimer>> timers;
    };
    struct Token
    {
        QString user;
        QDateTime expires;
    };

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void keystone(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void nova(const QString &path, const QHttpServerRequest &request, QHttpServerResponder &responder,
              const QString &user);
    void glance(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void glanceImage(const QString &id, QHttpServerResponder &responder);
    QJsonObject serverJson(const Server &s) const;
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
    QHash<QString, std::pair<QString, QString>> m_appCredentials; // id → secret, user
};

} // namespace daas::emulator
