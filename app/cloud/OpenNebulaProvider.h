#pragma once

#include "cloud/EnvironmentProvider.h"

#include <QHash>
#include <QUrl>
#include <QVariantList>

#include <functional>

class QNetworkAccessManager;

namespace daas::cloud {

class XmlTree;

// OpenNebula over XML-RPC (4.14 to 6.x). Signs in with one.user.login so the password is sent once and
// the session string is "user:token" afterwards; when the token expires (code 256) it signs in again once
// and repeats the call. Reads both OpenNebula's [ok, value, code, …] results (3, 4 or 5 items, with <i8>)
// and real XML-RPC faults.
class OpenNebulaProvider : public EnvironmentProvider
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl endpoint; // http(s)://frontend:2633/RPC2
        QString userName;
        QString password; // memory only
        // false: send "user:password" on every call (core auth without tokens)
        bool useLoginToken = true;
        int tokenLifetimeSeconds = 36000;
        // the facility profile's cloud.desktopProtocol, when a VM's template does not say (DAAS_PROTOCOL)
        remote::RemoteProtocol desktopProtocol = remote::RemoteProtocol::Vnc;
        // the facility profile's cloud.rdpGateway, given with every console that offers RDP
        QString rdpGatewayHost;
        quint16 rdpGatewayPort = 443;
    };

    OpenNebulaProvider(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~OpenNebulaProvider() override;

    QString providerName() const override { return QStringLiteral("OpenNebula"); }

    void listTemplates() override;
    void listEnvironments() override;
    void refresh(const QString &id) override;
    void launch(const EnvironmentTemplate &environmentTemplate, const QString &name) override;
    void remove(const QString &id) override;
    void action(const QString &id, EnvironmentAction action) override;
    void console(const QString &id) override;

    int signInCount() const { return m_signIns; } // for tests: re-authentication happens once per expiry

private:
    using Done = std::function<void(const Result<QVariant> &)>;
    void call(const QString &method, const QVariantList &params, Done done, bool retried = false);
    void send(const QString &method, const QVariantList &params, const QString &session, Done done,
              bool retried);
    void withSession(std::function<void(const Result<QString> &)> next);
    void vmInfo(const QString &id, std::function<void(const Result<XmlTree> &)> done);
    bool parseId(const QString &id, CloudOperation op, int *out);

    QNetworkAccessManager *m_network;
    Options m_options;
    QString m_token;
    bool m_signingIn = false;
    int m_signIns = 0;
    QList<std::function<void(const Result<QString> &)>> m_waitingForSession;
    QHash<QString, QString> m_templateNames;
    bool m_poolInfoExtended = true; // false once OpenNebula said it has no one.vmpool.infoextended (< 5.10)
};

} // namespace daas::cloud
