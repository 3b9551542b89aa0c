#include "CloudEmulatorProcess.h"
#include "CloudTestSupport.h"
#include "cloud/EnvironmentWatcher.h"
#include "cloud/OpenStackProvider.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
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

} // namespace

class TestCloudOpenStack : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CloudEmulatorProcess> m_cloud;
    QNetworkAccessManager m_network;

    std::unique_ptr<OpenStackProvider> passwordProvider(CloudEmulatorProcess &cloud,
                                                        const QString &password = u"alice-pw"_s)
    {
        OpenStackProvider::Options o;
        o.authUrl = cloud.keystoneUrl();
        o.userName = u"alice"_s;
        o.password = password;
        o.projectName = u"demo"_s;
        o.region = u"RegionOne"_s;
        return std::make_unique<OpenStackProvider>(&m_network, o);
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
