#include "CloudEmulatorProcess.h"
#include "CloudTestSupport.h"
#include "cloud/DesktopConnector.h"
#include "cloud/EnvironmentWatcher.h"
#include "cloud/OpenNebulaProvider.h"
#include "remote/RemoteSession.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
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

EnvironmentTemplate ccp4(EnvironmentProvider &p)
{
    return templateNamed(daas::testing::listTemplates(p), u"CCP4 Analysis Machine"_s);
}

// fast lifecycle; the desktop starts a while after "running" so readiness must come from the probe
const QStringList fastCloud{u"--step-ms"_s, u"150"_s, u"--desktop-delay-ms"_s, u"800"_s};

QByteArray readGreeting(QTcpSocket &socket)
{
    QByteArray data;
    (void)QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return data.size() >= 12;
        },
        10000);
    return data.left(12);
}

} // namespace

class TestCloudOpenNebula : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CloudEmulatorProcess> m_cloud;
    QNetworkAccessManager m_network;

    std::unique_ptr<OpenNebulaProvider> provider(CloudEmulatorProcess &cloud,
                                                 const QString &password = u"alice-pw"_s)
    {
        OpenNebulaProvider::Options o;
        o.endpoint = cloud.rpcUrl();
        o.userName = u"alice"_s;
        o.password = password;
        return std::make_unique<OpenNebulaProvider>(&m_network, o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Error>();
        m_cloud = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenNebula, fastCloud);
        QVERIFY2(m_cloud->isRunning(), qPrintable(m_cloud->log()));
    }

    void cleanupTestCase()
    {
        // stops every VM desktop the tests started, whatever happened
        m_cloud.reset();
    }

    void listTemplates()
    {
        auto p = provider(*m_cloud);
        const EnvironmentTemplate t = ccp4(*p);
        QCOMPARE(t.name, u"CCP4 Analysis Machine"_s);
        QVERIFY(!t.description.isEmpty());
        QVERIFY(t.software.contains(u"Coot 1.1"_s));
        QCOMPARE(t.cpus, 4);
        QCOMPARE(t.memoryMiB, 8192);
        QCOMPARE(t.lifetimeSeconds, 14 * 24 * 3600);
        QCOMPARE(p->signInCount(), 1);
    }

    void launchWatchConsoleRemove()
    {
        auto p = provider(*m_cloud);
        const EnvironmentTemplate t = ccp4(*p);
        QVERIFY(!t.id.isEmpty());
        const Environment e = launchEnvironment(*p, t, u"my analysis"_s);
        QVERIFY(!e.id.isEmpty());
        QCOMPARE(e.name, u"my analysis"_s);
        QCOMPARE(e.templateName, t.name);
        QVERIFY(e.state == EnvironmentState::Pending || e.state == EnvironmentState::Booting);
        QVERIFY(e.expires.isValid());

        EnvironmentWatcher watcher(p.get(), e.id, fastWatch());
        QSignalSpy ready(&watcher, &EnvironmentWatcher::ready);
        QSignalSpy ended(&watcher, &EnvironmentWatcher::ended);
        QList<Environment> seen;
        connect(&watcher, &EnvironmentWatcher::stateChanged, this, [&seen, &watcher](const Environment &s) {
            // when the cloud first says RUNNING the desktop is still coming up: not ready yet
            if (s.cloudRunning && s.state != EnvironmentState::Ready)
                QVERIFY(watcher.isActive());
            seen.append(s);
        });
        watcher.start();
        (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !ended.isEmpty(); }, 60000);
        if (!ended.isEmpty())
            QFAIL(qPrintable(ended.first().at(1).value<Error>().userText()));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(seen.last().state, EnvironmentState::Ready);
        // the states on the way, as the cloud named them when it was asked (a poll may fall between two
        // steps on a loaded machine, so not every step is required): never ready before the end, BOOT booting
        QVERIFY(seen.size() >= 2);
        for (qsizetype i = 0; i + 1 < seen.size(); ++i) {
            QVERIFY2(seen.at(i).state != EnvironmentState::Ready, qPrintable(seen.at(i).rawState));
            if (seen.at(i).rawState == u"ACTIVE/BOOT")
                QCOMPARE(seen.at(i).state, EnvironmentState::Booting);
        }
        const auto endpoint = ready.first().at(1).value<ConsoleEndpoint>();
        QCOMPARE(endpoint.host, u"127.0.0.1"_s);
        QVERIFY(endpoint.port != 0);
        QCOMPARE(endpoint.password.size(), 8);
        // the same VM also offers RDP (a NIC with RDP="YES"); its template prefers VNC, so VNC was probed
        QVERIFY(endpoint.hasRdp());
        QCOMPARE(endpoint.rdpHost, u"127.0.0.1"_s);
        QCOMPARE(endpoint.preferred, remote::RemoteProtocol::Vnc);
        QCOMPARE(endpoint.choose(), remote::RemoteProtocol::Vnc);
        QTRY_COMPARE_WITH_TIMEOUT(probeDesktop(endpoint, remote::RemoteProtocol::Rdp, 2000), QString(),
                                  20000);

        // the console is a real Xtigervnc: its greeting over TCP
        QSignalSpy console(p.get(), &EnvironmentProvider::consoleReady);
        p->console(e.id);
        QVERIFY(console.wait(10000));
        const auto direct = console.first().at(1).value<ConsoleEndpoint>();
        QCOMPARE(direct.port, endpoint.port);
        QTcpSocket socket;
        socket.connectToHost(direct.host, direct.port);
        QVERIFY(socket.waitForConnected(5000));
        QCOMPARE(readGreeting(socket), QByteArray("RFB 003.008\n"));
        socket.abort();

        // … and through the websockify proxy, which (like OpenNebula's) wants the "binary" subprotocol
        const QJsonObject vnc = m_cloud->admin(u"startvnc"_s, u"vm="_s + e.id).toObject();
        const QUrl wsUrl(vnc[u"url"_s].toString());
        QVERIFY(wsUrl.isValid());
        QCOMPARE(vnc[u"password"_s].toString(), endpoint.password);
        {
            QWebSocket ws;
            QByteArray data;
            connect(&ws, &QWebSocket::binaryMessageReceived, this,
                    [&data](const QByteArray &m) { data += m; });
            QWebSocketHandshakeOptions options;
            options.setSubprotocols({u"binary"_s});
            ws.open(QNetworkRequest(wsUrl), options);
            QTRY_VERIFY_WITH_TIMEOUT(data.size() >= 12, 10000);
            QCOMPARE(data.left(12), QByteArray("RFB 003.008\n"));
            ws.close();
        }
        {
            QWebSocket ws;
            QByteArray data;
            connect(&ws, &QWebSocket::binaryMessageReceived, this,
                    [&data](const QByteArray &m) { data += m; });
            QSignalSpy closed(&ws, &QWebSocket::disconnected);
            ws.open(wsUrl); // no subprotocol offered: refused
            QVERIFY(closed.wait(10000));
            QVERIFY(data.isEmpty());
        }

        const qint64 pid = m_cloud->desktopPid(e.id);
        QVERIFY(CloudEmulatorProcess::processExists(pid));
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!CloudEmulatorProcess::processExists(pid), 15000);
        // gone from the list of the user's machines once DONE
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSignalSpy listed(p.get(), &EnvironmentProvider::environmentsListed);
                p->listEnvironments();
                if (!listed.wait(5000))
                    return false;
                const auto all = listed.first().first().value<QList<Environment>>();
                return std::none_of(all.cbegin(), all.cend(),
                                    [&](const Environment &x) { return x.id == e.id; });
            }(),
            15000);
    }

    // A template that prefers RDP (DAAS_PROTOCOL): the watcher waits for the RDP port, and the RDP desktop
    // signed in with the facility identity shows what VNC shows; its RDP server ends with the machine.
    void rdpShowsTheSameDesktopAsVnc()
    {
        auto p = provider(*m_cloud);
        const EnvironmentTemplate t = templateNamed(daas::testing::listTemplates(*p), u"Mantid Workbench"_s);
        QVERIFY(!t.id.isEmpty());
        const Environment e = launchEnvironment(*p, t, u"rdp analysis"_s);
        QVERIFY(!e.id.isEmpty());
        const Result<ConsoleEndpoint> console = daas::testing::watchUntilReady(*p, e.id);
        QVERIFY2(console, qPrintable(console.error().userText()));
        const ConsoleEndpoint endpoint = *console;
        QVERIFY(endpoint.hasRdp());
        QVERIFY(endpoint.hasVnc());
        QCOMPARE(endpoint.preferred, remote::RemoteProtocol::Rdp);
        QCOMPARE(endpoint.choose(), remote::RemoteProtocol::Rdp);
        QCOMPARE(endpoint.rdpHost, u"127.0.0.1"_s);
        QVERIFY(endpoint.rdpPort != endpoint.port);
        // ready means the RDP port answered (the watcher probes the chosen protocol)
        QCOMPARE(probeDesktop(endpoint, remote::RemoteProtocol::Rdp), QString());
        QTRY_COMPARE_WITH_TIMEOUT(probeDesktop(endpoint, remote::RemoteProtocol::Vnc, 2000), QString(),
                                  20000);
        const QString difference = compareRdpWithVnc(endpoint, u"alice"_s, u"alice-pw"_s);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        qint64 rdpPid = 0;
        for (const QJsonValue &vm : m_cloud->vms())
            if (QString::number(vm[u"id"_s].toInteger()) == e.id)
                rdpPid = vm[u"rdp_pid"_s].toInteger();
        QVERIFY(CloudEmulatorProcess::processExists(rdpPid));
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!CloudEmulatorProcess::processExists(rdpPid), 15000);
    }

    // The demo user's facility password is what the VM's RDP server knows: another one is refused.
    void rdpRefusesAnotherPassword()
    {
        auto p = provider(*m_cloud);
        const EnvironmentTemplate t = templateNamed(daas::testing::listTemplates(*p), u"Mantid Workbench"_s);
        const Environment e = launchEnvironment(*p, t, u"rdp wrong password"_s);
        QVERIFY(!e.id.isEmpty());
        const Result<ConsoleEndpoint> console = daas::testing::watchUntilReady(*p, e.id);
        QVERIFY2(console, qPrintable(console.error().userText()));
        const ConsoleEndpoint endpoint = *console;
        const DesktopConnector::Identity wrong{u"alice"_s, u"bob-pw"_s, {}};
        std::unique_ptr<remote::RemoteSession> rdp(
            DesktopConnector::sessionFor(endpoint, remote::RemoteProtocol::Rdp, true, wrong));
        connect(rdp.get(), &remote::RemoteSession::certificateDecisionNeeded, rdp.get(),
                [session = rdp.get()] { session->answerCertificate(true); });
        QSignalSpy states(rdp.get(), &remote::RemoteSession::stateChanged);
        rdp->open();
        QTRY_COMPARE_WITH_TIMEOUT(rdp->state(), remote::RemoteSession::State::Failed, 30000);
        QCOMPARE(rdp->error().kind(), Error::Kind::Authentication);
        QVERIFY(!states.contains(QVariantList{QVariant::fromValue(remote::RemoteSession::State::Connected)}));
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
    }

    void powerOffAndResume()
    {
        auto p = provider(*m_cloud);
        const Environment e = launchEnvironment(*p, ccp4(*p), u"pause me"_s);
        QVERIFY(!e.id.isEmpty());
        {
            EnvironmentWatcher watcher(p.get(), e.id, fastWatch());
            QSignalSpy ready(&watcher, &EnvironmentWatcher::ready);
            watcher.start();
            QVERIFY(ready.wait(60000));
        }
        const qint64 pid = m_cloud->desktopPid(e.id);
        QVERIFY(CloudEmulatorProcess::processExists(pid));
        QSignalSpy requested(p.get(), &EnvironmentProvider::actionRequested);
        p->action(e.id, EnvironmentAction::PowerOff);
        QVERIFY(requested.wait(10000));
        {
            // the watch ends on a switched-off machine, with a sentence saying so
            EnvironmentWatcher watcher(p.get(), e.id, fastWatch());
            QSignalSpy ended(&watcher, &EnvironmentWatcher::ended);
            watcher.start();
            QVERIFY(ended.wait(20000));
            QCOMPARE(ended.first().at(0).value<Environment>().state, EnvironmentState::Stopped);
            QCOMPARE(ended.first().at(1).value<Error>().kind(), Error::Kind::Conflict);
        }
        QVERIFY(!CloudEmulatorProcess::processExists(pid));
        // powering off twice is refused by the cloud (wrong state): a clear Conflict
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->action(e.id, EnvironmentAction::PowerOff);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(2).value<Error>().kind(), Error::Kind::Conflict);
        p->action(e.id, EnvironmentAction::Resume);
        QVERIFY(requested.wait(10000));
        {
            EnvironmentWatcher watcher(p.get(), e.id, fastWatch());
            QSignalSpy ready(&watcher, &EnvironmentWatcher::ready);
            watcher.start();
            QVERIFY(ready.wait(60000));
        }
        QVERIFY(CloudEmulatorProcess::processExists(m_cloud->desktopPid(e.id)));
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
    }

    void removeWhileBooting()
    {
        // terminate is refused while a machine boots; the provider then deletes it through recover
        auto p = provider(*m_cloud);
        const Environment e = launchEnvironment(*p, ccp4(*p), u"changed my mind"_s);
        QVERIFY(!e.id.isEmpty());
        QSignalSpy refreshed(p.get(), &EnvironmentProvider::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                refreshed.clear();
                p->refresh(e.id);
                if (!refreshed.wait(2000))
                    return false;
                const auto now = refreshed.first().first().value<Environment>();
                return now.state == EnvironmentState::Booting && !now.cloudRunning; // PROLOG or BOOT
            }(),
            10000);
        QSignalSpy removed(p.get(), &EnvironmentProvider::removeRequested);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->remove(e.id);
        QVERIFY(removed.wait(10000));
        QVERIFY(failed.isEmpty());
        refreshed.clear();
        p->refresh(e.id);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().value<Environment>().state, EnvironmentState::Deleted);
    }

    void providerFaults()
    {
        auto p = provider(*m_cloud);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        // OpenNebula's own failure result: [false, "…Error getting virtual machine template [999].", 1024,
        // 999, i8]
        EnvironmentTemplate missing;
        missing.id = u"999"_s;
        missing.name = u"Gone"_s;
        p->launch(missing, {});
        QVERIFY(failed.wait(10000));
        Error error = failed.first().at(2).value<Error>();
        QCOMPARE(failed.first().at(0).value<CloudOperation>(), CloudOperation::Launch);
        QCOMPARE(error.kind(), Error::Kind::NotFound);
        QVERIFY(error.detail().contains(u"1024"_s));
        // the server's own explanation beside ours, without the "[method] " in front of it
        QVERIFY2(
            error.userText().contains(u"OpenNebula said: “Error getting virtual machine template [999]”."_s),
            qPrintable(error.userText()));

        // a real XML-RPC <fault> from xmlrpc-c
        failed.clear();
        QVERIFY(!m_cloud->admin(u"fault-next"_s).isNull());
        p->refresh(u"40"_s);
        QVERIFY(failed.wait(10000));
        error = failed.first().at(2).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Protocol);
        QVERIFY(error.detail().contains(u"fault -500"_s));
        QVERIFY(!error.userText().isEmpty());

        // wrong password: a plain sentence, and no secret anywhere in the error
        auto wrong = provider(*m_cloud, u"not-the-password"_s);
        QSignalSpy wrongFailed(wrong.get(), &EnvironmentProvider::failed);
        wrong->listTemplates();
        QVERIFY(wrongFailed.wait(10000));
        error = wrongFailed.first().at(2).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Authentication);
        QVERIFY(!error.userText().contains(u"not-the-password"_s));
        QVERIFY(!error.detail().contains(u"not-the-password"_s));
    }

    // OpenNebula refuses a launch over the user's VM quota with AUTHORIZATION and a text that says which
    // quota is reached: the user reads both our sentence and that text.
    void launchOverQuota()
    {
        CloudEmulatorProcess limited(CloudEmulatorProcess::Kind::OpenNebula,
                                     fastCloud + QStringList{u"--vm-quota"_s, u"1"_s, u"--no-desktop"_s});
        QVERIFY2(limited.isRunning(), qPrintable(limited.log()));
        auto p = provider(limited);
        const EnvironmentTemplate t = ccp4(*p);
        const Environment first = launchEnvironment(*p, t, u"first"_s);
        QVERIFY(!first.id.isEmpty());
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->launch(t, u"second"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<CloudOperation>(), CloudOperation::Launch);
        const Error error = failed.first().at(2).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Permission);
        QVERIFY2(error.userText().contains(u"limit of 1 reached for VMS quota"_s),
                 qPrintable(error.userText()));
        QVERIFY2(!error.userText().contains(u"[one.template.instantiate]"_s), qPrintable(error.userText()));
        QVERIFY(error.detail().contains(u"512"_s)); // 0x0200 AUTHORIZATION
    }

    void olderResultShapes_data()
    {
        QTest::addColumn<QString>("arity");
        QTest::newRow("5.0 [ok, msg, code]") << u"3"_s;
        QTest::newRow("5.4 [ok, msg, code, id]") << u"4"_s;
    }
    void olderResultShapes()
    {
        QFETCH(QString, arity);
        CloudEmulatorProcess old(CloudEmulatorProcess::Kind::OpenNebula,
                                 fastCloud + QStringList{u"--result-arity"_s, arity, u"--no-desktop"_s});
        QVERIFY(old.isRunning());
        auto p = provider(old);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->refresh(u"12345"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(2).value<Error>().kind(), Error::Kind::NotFound);

        // no one.vmpool.infoextended before 5.10: the list comes from one.vmpool.info, whole there
        const EnvironmentTemplate t = ccp4(*p);
        const Environment e = launchEnvironment(*p, t, u"older"_s);
        QVERIFY(!e.id.isEmpty());
        failed.clear();
        QSignalSpy listed(p.get(), &EnvironmentProvider::environmentsListed);
        p->listEnvironments();
        QVERIFY(listed.wait(10000));
        QVERIFY(failed.isEmpty());
        const auto all = listed.first().first().value<QList<Environment>>();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().templateId, t.id);
        QVERIFY(all.first().expires.isValid());
    }

    // OpenNebula 6 lists VMs in short bodies unless asked for the extended ones: the list must still say
    // which template each machine came from and when it expires (TEMPLATE_ID, SCHED_ACTION are not in the
    // short body), for a client that has not launched them itself.
    void listShowsTemplateAndExpiry()
    {
        CloudEmulatorProcess cloud(CloudEmulatorProcess::Kind::OpenNebula,
                                   fastCloud + QStringList{u"--no-desktop"_s});
        QVERIFY(cloud.isRunning());
        auto launcher = provider(cloud);
        const EnvironmentTemplate t = ccp4(*launcher);
        const Environment e = launchEnvironment(*launcher, t, u"listed"_s);
        QVERIFY(!e.id.isEmpty());
        auto p = provider(cloud);
        QSignalSpy listed(p.get(), &EnvironmentProvider::environmentsListed);
        p->listEnvironments();
        QVERIFY(listed.wait(10000));
        const auto all = listed.first().first().value<QList<Environment>>();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, e.id);
        QCOMPARE(all.first().templateId, t.id);
        QCOMPARE(all.first().cpus, 4);
        QVERIFY(all.first().expires.isValid());
        QCOMPARE(all.first().created.secsTo(all.first().expires), 14 * 24 * 3600);
    }

    void expiredTokenSignsInOnce()
    {
        auto p = provider(*m_cloud);
        QSignalSpy listed(p.get(), &EnvironmentProvider::environmentsListed);
        QSignalSpy failed(p.get(), &EnvironmentProvider::failed);
        p->listEnvironments();
        QVERIFY(listed.wait(10000));
        QCOMPARE(p->signInCount(), 1);
        QVERIFY(!m_cloud->admin(u"expire-tokens"_s).isNull());
        QSignalSpy templates(p.get(), &EnvironmentProvider::templatesListed);
        p->listEnvironments();
        p->listTemplates(); // two calls in flight meet the expired token: still one new sign-in
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(templates.size(), 1, 10000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(p->signInCount(), 2);
    }

    void desktopThatNeverAnswers()
    {
        CloudEmulatorProcess broken(CloudEmulatorProcess::Kind::OpenNebula,
                                    fastCloud + QStringList{u"--no-desktop"_s});
        QVERIFY(broken.isRunning());
        auto p = provider(broken);
        const EnvironmentTemplate t = ccp4(*p);
        const Environment e = launchEnvironment(*p, t, u"silent"_s);
        QVERIFY(!e.id.isEmpty());
        EnvironmentWatcher watcher(p.get(), e.id, fastWatch(5000));
        QSignalSpy ready(&watcher, &EnvironmentWatcher::ready);
        QSignalSpy ended(&watcher, &EnvironmentWatcher::ended);
        watcher.start();
        QVERIFY(ended.wait(20000));
        QVERIFY(ready.isEmpty());
        const auto error = ended.first().at(1).value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Timeout);
        QVERIFY2(error.userText().contains(u"silent"_s), qPrintable(error.userText()));
        QVERIFY2(error.userText().contains(u"desktop did not answer"_s), qPrintable(error.userText()));
        QVERIFY(error.detail().contains(u"ACTIVE/RUNNING"_s));
    }
};

QTEST_GUILESS_MAIN(TestCloudOpenNebula)
#include "tst_cloud_opennebula.moc"
