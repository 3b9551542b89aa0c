#pragma once

#include "cloud/EnvironmentProvider.h"
#include "cloud/OpenStackDocuments.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace daas::cloud {

// OpenStack: Keystone v3 (password or application credential) for a project-scoped token and the service
// catalog, Nova at microversion 2.47 for servers and flavours, Glance for images, and Nova's remote-consoles
// for a noVNC console. The token is renewed shortly before it expires, and once more when a service answers
// 401 (revoked or expired early); the call is then repeated once.
class OpenStackProvider : public EnvironmentProvider
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl authUrl; // Keystone, ending in /v3
        // password method
        QString userName;
        QString userDomain = QStringLiteral("Default"); // its name; "" is Keystone's "Default"
        QString password;                               // memory only
        // the project to work in, by id or by name (in projectDomain, "" the user's domain); neither: the
        // only project the user belongs to (an error names them when there are several)
        QString projectId;
        QString projectName;
        QString projectDomain;
        // application-credential method (wins when set); no scope may be asked for
        QString applicationCredentialId;
        QString applicationCredentialSecret; // memory only
        QString region;
        // the facility profile's cloud.desktopProtocol, when neither the server nor its image says
        remote::RemoteProtocol desktopProtocol = remote::RemoteProtocol::Vnc;
        // the facility profile's cloud.rdpGateway, given with every console that offers RDP
        QString rdpGatewayHost;
        quint16 rdpGatewayPort = 443;
    };

    OpenStackProvider(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~OpenStackProvider() override;

    QString providerName() const override { return QStringLiteral("OpenStack"); }

    void listTemplates() override;
    void listEnvironments() override;
    void refresh(const QString &id) override;
    void launch(const EnvironmentTemplate &environmentTemplate, const QString &name) override;
    void remove(const QString &id) override;
    void action(const QString &id, EnvironmentAction action) override;
    void console(const QString &id) override;

    int signInCount() const { return m_signIns; }

private:
    struct Reply
    {
        int status = 0;
        QJsonDocument json;
        QByteArray location;
    };
    using Done = std::function<void(const Result<Reply> &)>;
    // service: "compute" or "image"; path relative to its catalog URL, or an absolute URL for paging
    void request(const QString &service, const QByteArray &verb, const QString &path, const QJsonObject &body,
                 Done done, bool retried = false);
    struct IssuedToken
    {
        QByteArray token; // X-Subject-Token
        openstack::KeystoneToken info;
    };
    void withToken(std::function<void(const Error &)> next);
    void authenticate();
    void requestToken(const QJsonObject &auth, std::function<void(const Result<IssuedToken> &)> done);
    void listProjects(const QByteArray &token,
                      std::function<void(const Result<QList<openstack::KeystoneProject>> &)> done);
    void finishSignIn(const Result<IssuedToken> &issued);
    void withFlavours(std::function<void(const Error &)> next);
    void listImages(QString path, QJsonArray collected, std::function<void(const Result<QJsonArray> &)> done);
    // Our sentence for the status, then the server's own explanation.
    Error failure(const QString &service, int status, const QByteArray &body) const;
    Error failureForStatus(const QString &service, int status, const QByteArray &body) const;
    void withImage(const QString &imageId, std::function<void(const QJsonObject &)> next);
    void vncConsole(const QString &id, ConsoleEndpoint endpoint);

    QNetworkAccessManager *m_network;
    Options m_options;
    QByteArray m_token; // memory only
    openstack::KeystoneToken m_tokenInfo;
    bool m_authenticating = false;
    int m_signIns = 0;
    QList<std::function<void(const Error &)>> m_waitingForToken;
    QHash<QString, openstack::Flavour> m_flavours;
    QHash<QString, QString> m_passwords;  // server id → adminPass, the desktop's VNC password (memory only)
    QHash<QString, QJsonObject> m_images; // image id → its Glance document, for what it says about RDP
};

} // namespace daas::cloud
