#include "CloudEmulatorProcess.h"
#include "CloudTestSupport.h"
#include "HttpExchange.h"
#include "cloud/EnvironmentWatcher.h"
#include "cloud/OpenStackProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::cloud;
using daas::testing::CloudEmulatorProcess;
using namespace daas::testing;

namespace {

const QStringList fastCloud{u"--step-ms"_s,         u"150"_s, u"--desktop-delay-ms"_s, u"800"_s,
                            u"--image-page-size"_s, u"1"_s};

QByteArray greetingOverWebSocket(const QUrl &url, bool offerBinary)
{
    QWebSocket ws;
    QByteArray data;
    QObject context;
    QObject::connect(&ws, &QWebSocket::binaryMessageReceived, &context,
                     [&data](const QByteArray &m) { data += m; });
    QWebSocketHandshakeOptions options;
    if (offerBinary)
        options.setSubprotocols({u"binary"_s});
    ws.open(QNetworkRequest(url), options);
    (void)QTest::qWaitFor([&] { return data.size() >= 12; }, 10000);
    ws.close();
    return data.left(12);
}

// One HTTP exchange with the emulator, written by hand (nothing of the client's): status, headers, JSON body.
struct Answer
{
    int status = 0;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

Answer exchange(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                const QJsonObject &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const testing::Http answer = testing::exchange(network, verb, request, payload, 10000);
    return {answer.status, answer.object(), answer.headers};
}

QJsonObject passwordAuth(const QJsonObject &user, const QJsonValue &scope = QJsonValue::Undefined)
{
    QJsonObject auth{{u"identity"_s, QJsonObject{{u"methods"_s, QJsonArray{u"password"_s}},
                                                 {u"password"_s, QJsonObject{{u"user"_s, user}}}}}};
    if (!scope.isUndefined())
        auth.insert(u"scope"_s, scope);
    return QJsonObject{{u"auth"_s, auth}};
}

const QJsonObject aliceInDefault{{u"name"_s, u"alice"_s},
                                 {u"domain"_s, QJsonObject{{u"name"_s, u"Default"_s}}},
                                 {u"password"_s, u"alice-pw"_s}};
const QJsonObject demoScope{
    {u"project"_s, QJsonObject{{u"name"_s, u"demo"_s}, {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s}}}}}};

} // namespace

class TestCloudOpenStack : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CloudEmulatorProcess> m_cloud;
    QNetworkAccessManager m_network;

    std::unique_ptr<OpenStackProvider> passwordProvider(CloudEmulatorProcess &cloud,
                                                        const QString &password = u"alice-pw"_s,
                                                        const QString &user = u"alice"_s,
                                                        const QString &project = u"demo"_s)
    {
        OpenStackProvider::Options o;
        o.authUrl = cloud.keystoneUrl();
        o.userName = user;
        o.password = password;
        o.projectName = project;
        o.region = u"RegionOne"_s;
        return std::make_unique<OpenStackProvider>(&m_network, o);
    }

    // Keystone's answer to a token request, and the token it issued
    Answer token(const QJsonObject &request)
    {
        return exchange(m_network, "POST", QUrl(m_cloud->keystoneUrl().toString() + u"/auth/tokens"_s),
                        request);
    }

    // A project-scoped token for alice, for talking to Nova by hand
    QByteArray aliceToken()
    {
        return token(passwordAuth(aliceInDefault, demoScope)).headers.value("x-subject-token");
    }

    QUrl nova(const QString &path) const
    {
        return QUrl(m_cloud->baseUrl().toString(QUrl::StripTrailingSlash) + u"/compute/v2.1/"_s + path);
    }

    std::unique_ptr<OpenStackProvider> appCredentialProvider(CloudEmulatorProcess &cloud)
    {
        OpenStackProvider::Options o;
        o.authUrl = cloud.keystoneUrl();
        o.applicationCredentialId = u"alice-appcred"_s;
        o.applicationCredentialSecret = u"alice-appcred-secret"_s;
        return std::make_unique<OpenStackProvider>(&m_network, o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Error>();
        m_cloud = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenStack, fastCloud);
        QVERIFY2(m_cloud->isRunning(), qPrintable(m_cloud->log()));
    }

    void cleanupTestCase() { m_cloud.reset(); }

    void listTemplatesAcrossImagePages()
    {
        auto p = passwordProvider(*m_cloud);
        const QList<EnvironmentTemplate> all = listTemplates(*p);
        QCOMPARE(all.size(), 3); // one image per Glance page: "next" was followed
        const EnvironmentTemplate ccp4 = templateNamed(all, u"CCP4 Analysis Machine"_s);
        QVERIFY(ccp4.id.endsWith(u"/2"_s)); // l4.medium: the smallest flavour with 8 GiB RAM and 30 GiB disk
        QCOMPARE(ccp4.cpus, 4);
        QCOMPARE(ccp4.memoryMiB, 16384);
        QVERIFY(ccp4.software.contains(u"Coot 1.1"_s));
        QCOMPARE(ccp4.lifetimeSeconds, 336 * 3600);
        QCOMPARE(templateNamed(all, u"GPU Tomography"_s).cpus, 16); // the image names its flavour
        QCOMPARE(p->signInCount(), 1);
    }

    void launchWatchConsoleDelete()
    {
        auto p = appCredentialProvider(*m_cloud);
        const EnvironmentTemplate t = templateNamed(listTemplates(*p), u"CCP4 Analysis Machine"_s);
        QVERIFY(!t.id.isEmpty());
        const Environment e = launchEnvironment(*p, t, u"beamtime 42"_s);
        QVERIFY(!e.id.isEmpty());
        QCOMPARE(e.name, u"beamtime 42"_s);
        QCOMPARE(e.templateId, t.id);
        QCOMPARE(e.templateName, t.name);
        QVERIFY(e.expires.isValid());
        QCOMPARE(e.state, EnvironmentState::Booting);

        EnvironmentWatcher watcher(p.get(), e.id, fastWatch());
        QSignalSpy ready(&watcher, &EnvironmentWatcher::ready);
        QSignalSpy ended(&watcher, &EnvironmentWatcher::ended);
        QList<Environment> seen;
        connect(&watcher, &EnvironmentWatcher::stateChanged, this,
                [&seen](const Environment &s) { seen.append(s); });
        watcher.start();
        (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !ended.isEmpty(); }, 60000);
        if (!ended.isEmpty())
            QFAIL(qPrintable(ended.first().at(1).value<Error>().userText()));
        QCOMPARE(seen.last().state, EnvironmentState::Ready);
        QCOMPARE(seen.last().address, u"127.0.0.1"_s);
        QCOMPARE(seen.last().cpus, 4);
        const auto endpoint = ready.first().at(1).value<ConsoleEndpoint>();
        QVERIFY(!endpoint.hasDirect()); // Nova's consoles are reached through its proxy only
        QCOMPARE(endpoint.webSocketUrl.scheme(), u"ws"_s);
        QVERIFY(endpoint.webSocketUrl.query().startsWith(u"token="_s));
        QVERIFY(!endpoint.password.isEmpty()); // the adminPass from the create answer
        // the image says its guest runs RDP too (daas_rdp), on the server's address; it prefers VNC
        QVERIFY(endpoint.hasRdp());
        QCOMPARE(endpoint.rdpHost, u"127.0.0.1"_s);
        QCOMPARE(endpoint.preferred, remote::RemoteProtocol::Vnc);
        QTRY_COMPARE_WITH_TIMEOUT(probeDesktop(endpoint, remote::RemoteProtocol::Rdp, 2000), QString(),
                                  20000);

        // a fresh console URL works with and without the "binary" subprotocol, like nova-novncproxy
        QSignalSpy console(p.get(), &EnvironmentProvider::consoleReady);
        p->console(e.id);
        QVERIFY(console.wait(10000));
        const QUrl ws = console.first().at(1).value<ConsoleEndpoint>().webSocketUrl;
        QCOMPARE(greetingOverWebSocket(ws, true), QByteArray("RFB 003.008\n"));
        QCOMPARE(greetingOverWebSocket(ws, false), QByteArray("RFB 003.008\n"));
        QUrl forged = ws;
        forged.setQuery(u"token=not-a-token"_s);
        QCOMPARE(greetingOverWebSocket(forged, true), QByteArray());

        const qint64 pid = m_cloud->desktopPid(e.id);
        QVERIFY(CloudEmulatorProcess::processExists(pid));
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!CloudEmulatorProcess::processExists(pid), 15000);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                failed.clear();
                p->refresh(e.id);
                return failed.wait(2000) &&
                       failed.first().at(2).value<Error>().kind() == Error::Kind::NotFound;
            }(),
            15000);
    }

    // An image that prefers RDP (daas_protocol): the watcher waits for RDP, and the RDP desktop signed in
    // with the facility identity shows what the VNC console (through the noVNC proxy) shows; the RDP server
    // ends with the server.
    void rdpShowsTheSameDesktopAsVnc()
    {
        auto p = passwordProvider(*m_cloud);
        const EnvironmentTemplate t = templateNamed(listTemplates(*p), u"Mantid Workbench"_s);
        QVERIFY(!t.id.isEmpty());
        const Environment e = launchEnvironment(*p, t, u"rdp beamtime"_s);
        QVERIFY(!e.id.isEmpty());
        const Result<ConsoleEndpoint> console = daas::testing::watchUntilReady(*p, e.id);
        QVERIFY2(console, qPrintable(console.error().userText()));
        const ConsoleEndpoint endpoint = *console;
        QVERIFY(endpoint.hasRdp());
        QVERIFY(endpoint.hasVnc());
        QCOMPARE(endpoint.preferred, remote::RemoteProtocol::Rdp);
        QCOMPARE(endpoint.choose(), remote::RemoteProtocol::Rdp);
        QCOMPARE(endpoint.rdpHost, u"127.0.0.1"_s);
        QCOMPARE(probeDesktop(endpoint, remote::RemoteProtocol::Rdp), QString());
        QTRY_COMPARE_WITH_TIMEOUT(probeDesktop(endpoint, remote::RemoteProtocol::Vnc, 2000), QString(),
                                  20000);
        const QString difference = compareRdpWithVnc(endpoint, u"alice"_s, u"alice-pw"_s);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        qint64 rdpPid = 0;
        for (const QJsonValue &vm : m_cloud->vms())
            if (vm[u"id"_s].toString() == e.id)
                rdpPid = vm[u"rdp_pid"_s].toInteger();
        QVERIFY(CloudEmulatorProcess::processExists(rdpPid));
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!CloudEmulatorProcess::processExists(rdpPid), 15000);
    }

    void expiredTokenAuthenticatesOnce()
    {
        auto p = appCredentialProvider(*m_cloud);
        QSignalSpy listed(p.get(), &EnvironmentProvider::environmentsListed);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->listEnvironments();
        QVERIFY(listed.wait(10000));
        QCOMPARE(p->signInCount(), 1);
        QVERIFY(!m_cloud->admin(u"expire-tokens"_s).isNull()); // Keystone revoked it before its expiry
        p->listEnvironments();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, 10000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(p->signInCount(), 2);
    }

    void badInput()
    {
        auto wrong = passwordProvider(*m_cloud, u"wrong-secret"_s);
        QSignalSpy failed(wrong.get(), &EnvironmentProvider::failed);
        wrong->listEnvironments();
        QVERIFY(failed.wait(10000));
        Error error = failed.first().at(2).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Authentication);
        QVERIFY(!error.userText().contains(u"wrong-secret"_s));
        QVERIFY(!error.detail().contains(u"wrong-secret"_s));

        auto p = passwordProvider(*m_cloud);
        QSignalSpy pFailed(p.get(), &EnvironmentProvider::failed);
        EnvironmentTemplate bogus;
        bogus.id = u"no-such-image/2"_s;
        bogus.name = u"Bogus"_s;
        p->launch(bogus, u"x"_s);
        QVERIFY(pFailed.wait(10000));
        error = pFailed.first().at(2).value<Error>();
        QCOMPARE(pFailed.first().at(0).value<CloudOperation>(), CloudOperation::Launch);
        QVERIFY(error.isError());
        QVERIFY2(error.detail().contains(u"could not be found"_s), qPrintable(error.detail()));
        // Nova's own explanation reaches the user beside our sentence
        QVERIFY2(error.userText().contains(u"OpenStack said: “"_s) &&
                     error.userText().contains(u"could not be found"_s),
                 qPrintable(error.userText()));

        pFailed.clear();
        p->refresh(u"00000000-0000-0000-0000-000000000000"_s);
        QVERIFY(pFailed.wait(10000));
        QCOMPARE(pFailed.first().at(2).value<Error>().kind(), Error::Kind::NotFound);
    }

    // Keystone (keystone/auth/plugins/core.py): a user named without its domain is a malformed request, 400
    // with Keystone's sentence; an unknown domain or password is a 401.
    void keystoneNeedsTheUsersDomain()
    {
        Answer a = token(
            passwordAuth(QJsonObject{{u"name"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}}, demoScope));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body[u"error"_s][u"code"_s].toInt(), 400);
        QCOMPARE(a.body[u"error"_s][u"title"_s].toString(), u"Bad Request"_s);
        QCOMPARE(
            a.body[u"error"_s][u"message"_s].toString(),
            u"Expecting to find domain in user. The server could not comply with the request since it is "
            u"either malformed or otherwise incorrect. The client is assumed to be in error."_s);
        QVERIFY(a.headers.value("x-subject-token").isEmpty());

        a = token(passwordAuth(QJsonObject{{u"name"_s, u"alice"_s},
                                           {u"domain"_s, QJsonObject{}},
                                           {u"password"_s, u"alice-pw"_s}},
                               demoScope));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body[u"error"_s][u"message"_s].toString(),
                 u"Invalid input for field identity/password/user/domain: id or name must be present."_s);

        a = token(passwordAuth(QJsonObject{{u"name"_s, u"alice"_s},
                                           {u"domain"_s, QJsonObject{{u"name"_s, u"stfc"_s}}},
                                           {u"password"_s, u"alice-pw"_s}},
                               demoScope));
        QCOMPARE(a.status, 401); // no such domain: alice is not found there
        // by id, the domain is not needed
        a = token(
            passwordAuth(QJsonObject{{u"id"_s, u"alice-id"_s}, {u"password"_s, u"alice-pw"_s}}, demoScope));
        QCOMPARE(a.status, 201);
        QVERIFY(!a.headers.value("x-subject-token").isEmpty());
    }

    // No scope and no default project: an unscoped token, with no catalog and no project, which Nova does
    // not take; /v3/auth/projects lists what it may be rescoped to, and a project needs a domain or an id.
    void keystoneWithoutScopeGivesAnUnscopedToken()
    {
        Answer a = token(passwordAuth(aliceInDefault));
        QCOMPARE(a.status, 201);
        const QByteArray unscoped = a.headers.value("x-subject-token");
        QVERIFY(!unscoped.isEmpty());
        const QJsonObject t = a.body[u"token"_s].toObject();
        QCOMPARE(t[u"user"_s][u"name"_s].toString(), u"alice"_s);
        QVERIFY(t[u"expires_at"_s].isString());
        QVERIFY2(!t.contains(u"catalog"_s), QJsonDocument(t).toJson().constData());
        QVERIFY(!t.contains(u"project"_s));
        QVERIFY(!t.contains(u"roles"_s));
        QCOMPARE(
            exchange(m_network, "GET", nova(u"servers/detail"_s), {}, {{"X-Auth-Token", unscoped}}).status,
            401);

        a = exchange(m_network, "GET", QUrl(m_cloud->keystoneUrl().toString() + u"/auth/projects"_s), {},
                     {{"X-Auth-Token", unscoped}});
        QCOMPARE(a.status, 200);
        const QJsonArray projects = a.body[u"projects"_s].toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first()[u"name"_s].toString(), u"demo"_s);

        // the unscoped token for a project-scoped one, with the catalog
        a = token(QJsonObject{
            {u"auth"_s,
             QJsonObject{{u"identity"_s,
                          QJsonObject{{u"methods"_s, QJsonArray{u"token"_s}},
                                      {u"token"_s, QJsonObject{{u"id"_s, QString::fromLatin1(unscoped)}}}}},
                         {u"scope"_s,
                          QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, projects.first()[u"id"_s]}}}}}}}});
        QCOMPARE(a.status, 201);
        QCOMPARE(a.body[u"token"_s][u"project"_s][u"name"_s].toString(), u"demo"_s);
        QVERIFY(!a.body[u"token"_s][u"catalog"_s].toArray().isEmpty());

        a = token(
            passwordAuth(aliceInDefault, QJsonObject{{u"project"_s, QJsonObject{{u"name"_s, u"demo"_s}}}}));
        QCOMPARE(a.status, 400);
        QVERIFY2(
            a.body[u"error"_s][u"message"_s].toString().startsWith(u"Expecting to find domain in project."_s),
            QJsonDocument(a.body).toJson().constData());
        // a project alice has no role on
        a = token(passwordAuth(
            aliceInDefault,
            QJsonObject{{u"project"_s, QJsonObject{{u"name"_s, u"tomography"_s},
                                                   {u"domain"_s, QJsonObject{{u"name"_s, u"Default"_s}}}}}}));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.body[u"error"_s][u"message"_s].toString(),
                 u"User alice-id has no access to project tomo-project"_s);
    }

    // The client named no project: it signs in unscoped, finds the one project alice has and works in it;
    // bob has two, and the client says which ones and what the profile must say.
    void signInWithoutAProject()
    {
        auto p = passwordProvider(*m_cloud, u"alice-pw"_s, u"alice"_s, QString());
        QSignalSpy listed(p.get(), &EnvironmentProvider::environmentsListed);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->listEnvironments();
        (void)QTest::qWaitFor([&] { return !listed.isEmpty() || !failed.isEmpty(); }, 10000);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().at(2).value<Error>().userText()));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(p->signInCount(), 1);

        auto bob = passwordProvider(*m_cloud, u"bob-pw"_s, u"bob"_s, QString());
        QSignalSpy bobFailed(bob.get(), &EnvironmentProvider::failed);
        bob->listEnvironments();
        QVERIFY(bobFailed.wait(10000));
        const Error error = bobFailed.first().at(2).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::InvalidInput);
        QVERIFY2(error.userText().contains(u"demo, tomography"_s), qPrintable(error.userText()));
        QVERIFY2(error.userText().contains(u"\"project\""_s), qPrintable(error.userText()));

        // bob with a project named works in it
        auto named = passwordProvider(*m_cloud, u"bob-pw"_s, u"bob"_s, u"tomography"_s);
        QSignalSpy namedListed(named.get(), &EnvironmentProvider::environmentsListed);
        named->listEnvironments();
        QVERIFY(namedListed.wait(10000));
    }

    // Nova writes a server in the microversion asked for: the flavour by id and link below 2.47, embedded
    // (no id) from 2.47; fields of later versions only from those versions; every answer says its version.
    void novaServerFollowsTheMicroversion()
    {
        auto p = appCredentialProvider(*m_cloud);
        const EnvironmentTemplate t = templateNamed(listTemplates(*p), u"CCP4 Analysis Machine"_s);
        const Environment e = launchEnvironment(*p, t, u"shapes"_s);
        QVERIFY(!e.id.isEmpty());
        const QByteArray token = aliceToken();
        QVERIFY(!token.isEmpty());
        const auto server = [&](const QList<std::pair<QByteArray, QByteArray>> &version) {
            return exchange(m_network, "GET", nova(u"servers/"_s + e.id), {},
                            QList<std::pair<QByteArray, QByteArray>>{{"X-Auth-Token", token}} + version);
        };
        Answer a = server({{"OpenStack-API-Version", "compute 2.46"}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("openstack-api-version"), QByteArray("compute 2.46"));
        QJsonObject flavor = a.body[u"server"_s][u"flavor"_s].toObject();
        QCOMPARE(flavor[u"id"_s].toString(), t.id.section(u'/', 1));
        QVERIFY(flavor.contains(u"links"_s));
        QVERIFY(!flavor.contains(u"vcpus"_s));
        QVERIFY(a.body[u"server"_s][u"locked"_s].isBool());                    // 2.9
        QVERIFY(!a.body[u"server"_s].toObject().contains(u"locked_reason"_s)); // 2.73

        a = server({{"X-OpenStack-Nova-API-Version", "2.47"}}); // the older header alone
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("x-openstack-nova-api-version"), QByteArray("2.47"));
        flavor = a.body[u"server"_s][u"flavor"_s].toObject();
        QVERIFY(!flavor.contains(u"id"_s));
        QCOMPARE(flavor[u"vcpus"_s].toInt(), 4);
        QCOMPARE(flavor[u"ram"_s].toInt(), 16384);
        QCOMPARE(flavor[u"original_name"_s].toString(), u"l4.medium"_s);

        a = server({}); // none: 2.1
        QCOMPARE(a.headers.value("openstack-api-version"), QByteArray("compute 2.1"));
        QVERIFY(!a.body[u"server"_s].toObject().contains(u"locked"_s));
        a = server({{"OpenStack-API-Version", "compute latest"}});
        QCOMPARE(a.headers.value("openstack-api-version"), QByteArray("compute 2.104"));
        QVERIFY(a.body[u"server"_s][u"scheduler_hints"_s].isObject()); // 2.100
        // a version for another service is no version for Nova
        a = server({{"OpenStack-API-Version", "image 2.60"}});
        QCOMPARE(a.headers.value("openstack-api-version"), QByteArray("compute 2.1"));

        // a fresh client, which never listed the flavours, still knows the machine's size
        auto fresh = passwordProvider(*m_cloud);
        QSignalSpy refreshed(fresh.get(), &EnvironmentProvider::refreshed);
        fresh->refresh(e.id);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().value<Environment>().cpus, 4);
        QCOMPARE(refreshed.first().first().value<Environment>().memoryMiB, 16384);

        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
    }

    // Versions Nova does not have are refused as Nova refuses them (wsgi.py): 406 outside 2.1–2.104, 400 for
    // a badly written one; from 2.37 a new server must name its networks.
    void novaRefusesUnknownMicroversions()
    {
        const QByteArray token = aliceToken();
        const auto flavors = [&](const QByteArray &header, const QByteArray &version) {
            return exchange(m_network, "GET", nova(u"flavors/detail"_s), {},
                            {{"X-Auth-Token", token}, {header, version}});
        };
        Answer a = flavors("OpenStack-API-Version", "compute 2.105");
        QCOMPARE(a.status, 406);
        QCOMPARE(a.body[u"computeFault"_s][u"code"_s].toInt(), 406);
        QCOMPARE(a.body[u"computeFault"_s][u"message"_s].toString(),
                 u"Version 2.105 is not supported by the API. Minimum is 2.1 and maximum is 2.104."_s);
        QCOMPARE(flavors("X-OpenStack-Nova-API-Version", "3.0").status, 406);
        QCOMPARE(flavors("X-OpenStack-Nova-API-Version", "2.0").status, 406);
        a = flavors("OpenStack-API-Version", "compute 2.x");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body[u"badRequest"_s][u"message"_s].toString(),
                 u"API Version String 2.x is of invalid format. Must be of format MajorNum.MinorNum."_s);
        QCOMPARE(flavors("OpenStack-API-Version", "compute 2.01").status, 400);
        QCOMPARE(flavors("OpenStack-API-Version", "compute 2.104").status, 200);

        const QJsonObject flavor =
            flavors("OpenStack-API-Version", "compute 2.47").body[u"flavors"_s].toArray().first().toObject();
        Answer images =
            exchange(m_network, "GET",
                     QUrl(m_cloud->baseUrl().toString(QUrl::StripTrailingSlash) + u"/image/v2/images"_s), {},
                     {{"X-Auth-Token", token}});
        const QString image = images.body[u"images"_s].toArray().first()[u"id"_s].toString();
        const QJsonObject create{{u"server"_s, QJsonObject{{u"name"_s, u"no networks"_s},
                                                           {u"imageRef"_s, image},
                                                           {u"flavorRef"_s, flavor[u"id"_s]}}}};
        a = exchange(m_network, "POST", nova(u"servers"_s), create,
                     {{"X-Auth-Token", token}, {"OpenStack-API-Version", "compute 2.37"}});
        QCOMPARE(a.status, 400);
        QVERIFY2(
            a.body[u"badRequest"_s][u"message"_s].toString().endsWith(u"'networks' is a required property"_s),
            QJsonDocument(a.body).toJson().constData());
    }

    // A Nova too old for the client's microversion: a sentence that says so, with Nova's own words.
    void novaTooOldIsSaidSo()
    {
        CloudEmulatorProcess old(CloudEmulatorProcess::Kind::OpenStack,
                                 fastCloud + QStringList{u"--max-microversion"_s, u"2.46"_s});
        QVERIFY2(old.isRunning(), qPrintable(old.log()));
        auto q = passwordProvider(old);
        QSignalSpy failed(q.get(), &EnvironmentProvider::failed);
        q->listEnvironments();
        QVERIFY(failed.wait(10000));
        const Error error = failed.first().at(2).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Unsupported);
        QVERIFY2(error.userText().contains(u"2.47"_s) && error.userText().contains(u"maximum is 2.46"_s),
                 qPrintable(error.userText()));
    }

    void desktopThatNeverAnswers()
    {
        CloudEmulatorProcess broken(CloudEmulatorProcess::Kind::OpenStack,
                                    fastCloud + QStringList{u"--no-desktop"_s});
        QVERIFY(broken.isRunning());
        auto p = passwordProvider(broken);
        const EnvironmentTemplate t = templateNamed(listTemplates(*p), u"Mantid Workbench"_s);
        const Environment e = launchEnvironment(*p, t, u"quiet"_s);
        QVERIFY(!e.id.isEmpty());
        EnvironmentWatcher watcher(p.get(), e.id, fastWatch(5000));
        QSignalSpy ready(&watcher, &EnvironmentWatcher::ready);
        QSignalSpy ended(&watcher, &EnvironmentWatcher::ended);
        watcher.start();
        QVERIFY(ended.wait(20000));
        QVERIFY(ready.isEmpty());
        const auto error = ended.first().at(1).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Timeout);
        QVERIFY2(error.userText().contains(u"quiet"_s), qPrintable(error.userText()));
        QVERIFY(error.detail().contains(u"ACTIVE"_s));
    }
};

QTEST_GUILESS_MAIN(TestCloudOpenStack)
#include "tst_cloud_openstack.moc"
