#include "cloud/DesktopConnector.h"
#include "cloud/DesktopProbe.h"
#include "cloud/OpenNebulaDocuments.h"
#include "cloud/OpenStackDocuments.h"
#include "cloud/ProviderFactory.h"
#include "cloud/XmlRpc.h"
#include "cloud/XmlTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::cloud;

class TestCloudUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void xmlRpcRoundTrip()
    {
        const QVariantList params{u"alice:token"_s,
                                  42,
                                  qint64(1) << 40,
                                  true,
                                  2.5,
                                  QVariantList{1, QVariantList{u"x"_s}, QVariantMap{{u"k"_s, u"v"_s}}},
                                  QByteArray("\x00\x01bin", 5)};
        const QByteArray body = XmlRpc::encodeCall(u"one.vm.action"_s, params);
        QVERIFY(body.contains("<i8>1099511627776</i8>"));
        QVERIFY(body.contains("<i4>42</i4>"));
        const Result<XmlRpc::Call> call = XmlRpc::decodeCall(body);
        QVERIFY2(call.ok(), qPrintable(call.error().detail()));
        QCOMPARE(call->method, u"one.vm.action"_s);
        QCOMPARE(call->params.size(), params.size());
        QCOMPARE(call->params.at(0).toString(), u"alice:token"_s);
        QCOMPARE(call->params.at(1).toLongLong(), 42);
        QCOMPARE(call->params.at(2).toLongLong(), qint64(1) << 40);
        QCOMPARE(call->params.at(3).typeId(), QMetaType::Bool);
        QCOMPARE(call->params.at(4).toDouble(), 2.5);
        const QVariantList nested = call->params.at(5).toList();
        QCOMPARE(nested.at(1).toList().at(0).toString(), u"x"_s);
        QCOMPARE(nested.at(2).toMap().value(u"k"_s).toString(), u"v"_s);
        QCOMPARE(call->params.at(6).toByteArray(), QByteArray("\x00\x01bin", 5));
    }

    void openNebulaFailureWithI8()
    {
        // OpenNebula ≥ 5.10: [false, message, code, object id, <i8> replication index]; <int> and untyped
        // strings too
        const QByteArray body =
            "<?xml version=\"1.0\"?><methodResponse><params><param><value><array><data>"
            "<value><boolean>0</boolean></value>"
            "<value>[one.vm.action] Could not terminate VM 5, wrong state BOOT.</value>"
            "<value><int>2048</int></value><value><i4>5</i4></value><value><i8>0</i8></value>"
            "</data></array></value></param></params></methodResponse>";
        const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(body);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QVERIFY(!r->isFault);
        const QVariantList list = r->value.toList();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.at(0).toBool(), false);
        QVERIFY(list.at(1).toString().contains(u"wrong state"_s));
        QCOMPARE(list.at(2).toLongLong(), 2048);
        QCOMPARE(list.at(4).toLongLong(), 0);
        const Error e = opennebula::errorFromResult(int(list.at(2).toLongLong()), list.at(1).toString(),
                                                    u"one.vm.action"_s);
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY(!e.userText().contains(u"one.vm.action"_s)); // the method name is for the log
        QVERIFY(e.detail().contains(u"2048"_s));
    }

    void fault()
    {
        const Result<XmlRpc::Response> r =
            XmlRpc::decodeResponse(XmlRpc::encodeFault(-501, u"Type mismatch"_s));
        QVERIFY(r.ok());
        QVERIFY(r->isFault);
        QCOMPARE(r->fault.code, -501);
        QCOMPARE(r->fault.message, u"Type mismatch"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not xml") << QByteArray("<html>502 Bad Gateway");
        QTest::newRow("no response") << QByteArray("<?xml version=\"1.0\"?><foo/>");
        QTest::newRow("bad int") << QByteArray(
            "<methodResponse><params><param><value><i4>x</i4></value></param>"
            "</params></methodResponse>");
        QTest::newRow("i4 overflow") << QByteArray(
            "<methodResponse><params><param><value><i4>99999999999</i4>"
            "</value></param></params></methodResponse>");
        QTest::newRow("bad boolean") << QByteArray(
            "<methodResponse><params><param><value><boolean>yes</boolean>"
            "</value></param></params></methodResponse>");
        QTest::newRow("unknown type")
            << QByteArray("<methodResponse><params><param><value><blob>1</blob></value>"
                          "</param></params></methodResponse>");
        QTest::newRow("truncated") << QByteArray(
            "<methodResponse><params><param><value><array><data><value>");
        QTest::newRow("fault without code")
            << QByteArray("<methodResponse><fault><value><struct></struct></value>"
                          "</fault></methodResponse>");
        QByteArray deep = "<methodResponse><params><param><value>";
        for (int i = 0; i < 100; ++i)
            deep += "<array><data><value>";
        QTest::newRow("too deep") << deep;
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Protocol);
    }

    void stateMapping_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("lcm");
        QTest::addColumn<EnvironmentState>("expected");
        QTest::addColumn<bool>("running");
        QTest::newRow("pending") << 1 << 0 << EnvironmentState::Pending << false;
        QTest::newRow("hold") << 2 << 0 << EnvironmentState::Pending << false;
        QTest::newRow("prolog") << 3 << 1 << EnvironmentState::Booting << false;
        QTest::newRow("boot") << 3 << 2 << EnvironmentState::Booting << false;
        QTest::newRow("running") << 3 << 3 << EnvironmentState::Booting << true;
        QTest::newRow("hotplug") << 3 << 17 << EnvironmentState::Booting << true;
        QTest::newRow("shutdown") << 3 << 12 << EnvironmentState::Stopping << false;
        QTest::newRow("epilog") << 3 << 11 << EnvironmentState::Stopping << false;
        QTest::newRow("shutdown poweroff") << 3 << 18 << EnvironmentState::Stopping << false;
        QTest::newRow("boot failure") << 3 << 36 << EnvironmentState::Failed << false;
        QTest::newRow("unknown") << 3 << 16 << EnvironmentState::Failed << false;
        QTest::newRow("lcm out of range") << 3 << 200 << EnvironmentState::Failed << false;
        QTest::newRow("poweroff") << 8 << 0 << EnvironmentState::Stopped << false;
        QTest::newRow("done") << 6 << 0 << EnvironmentState::Deleted << false;
        QTest::newRow("cloning failure") << 11 << 0 << EnvironmentState::Failed << false;
        // STFC's 2016 client read LCM names by STATE: the pair must be read together
        QTest::newRow("lcm ignored outside ACTIVE") << 8 << 3 << EnvironmentState::Stopped << false;
    }
    void stateMapping()
    {
        QFETCH(int, state);
        QFETCH(int, lcm);
        QFETCH(EnvironmentState, expected);
        QFETCH(bool, running);
        bool cloudRunning = !running;
        QCOMPARE(opennebula::mapState(state, lcm, &cloudRunning), expected);
        QCOMPARE(cloudRunning, running);
    }

    void vmDocument()
    {
        const QString xml =
            u"<VM><ID>42</ID><UNAME>alice</UNAME><NAME>analysis-42</NAME><STATE>3</STATE><LCM_STATE>3</"
            u"LCM_STATE>"
            "<STIME>1480000000</STIME><TEMPLATE><CPU>1</CPU><MEMORY>4096</MEMORY><VCPU>4</VCPU>"
            "<NIC><NIC_ID>0</NIC_ID><IP>10.0.0.42</IP></NIC>"
            "<GRAPHICS><TYPE>vnc</TYPE><LISTEN>0.0.0.0</LISTEN><PORT>5942</PORT><PASSWD>s3cret</PASSWD></"
            "GRAPHICS>"
            "<SCHED_ACTION><ACTION>terminate</ACTION><TIME>+86400</TIME></SCHED_ACTION>"
            "<TEMPLATE_ID>7</TEMPLATE_ID></TEMPLATE><HISTORY_RECORDS>"
            "<HISTORY><SEQ>0</SEQ><HOSTNAME>hv01</HOSTNAME></HISTORY>"
            "<HISTORY><SEQ>1</SEQ><HOSTNAME>hv07</HOSTNAME></HISTORY></HISTORY_RECORDS></VM>"_s;
        const Result<XmlTree> vm = XmlTree::parse(xml);
        QVERIFY(vm.ok());
        const Environment e = opennebula::environmentFromVm(*vm);
        QCOMPARE(e.id, u"42"_s);
        QCOMPARE(e.name, u"analysis-42"_s);
        QCOMPARE(e.templateId, u"7"_s);
        QCOMPARE(e.state, EnvironmentState::Booting);
        QVERIFY(e.cloudRunning);
        QCOMPARE(e.rawState, u"ACTIVE/RUNNING"_s);
        QCOMPARE(e.address, u"10.0.0.42"_s);
        QCOMPARE(e.cpus, 4);
        QCOMPARE(e.memoryMiB, 4096);
        QCOMPARE(e.created.toSecsSinceEpoch(), 1480000000);
        QCOMPARE(e.expires.toSecsSinceEpoch(), 1480000000 + 86400);
        const Result<ConsoleEndpoint> console = opennebula::consoleFromVm(*vm);
        QVERIFY(console.ok());
        QCOMPARE(console->host, u"hv07"_s); // the last history record: the VM migrated
        QCOMPARE(console->port, 5942);
        QCOMPARE(console->password, u"s3cret"_s);
    }

    void vmWithoutConsole()
    {
        const Result<XmlTree> spice = XmlTree::parse(
            u"<VM><NAME>x</NAME><TEMPLATE><GRAPHICS><TYPE>SPICE</TYPE><PORT>5900</PORT></GRAPHICS></TEMPLATE></VM>"_s);
        QCOMPARE(opennebula::consoleFromVm(*spice).error().kind(), Error::Kind::Unsupported);
        const Result<XmlTree> pending = XmlTree::parse(
            u"<VM><NAME>x</NAME><TEMPLATE><GRAPHICS><TYPE>VNC</TYPE></GRAPHICS></TEMPLATE></VM>"_s);
        QCOMPARE(opennebula::consoleFromVm(*pending).error().kind(), Error::Kind::Conflict);
    }

    // RDP as OpenNebula's FireEdge finds it: a NIC (or alias) with RDP="YES", its EXTERNAL_IP or IP,
    // CONTEXT/RDP_PORT or 3389; the preferred protocol from DAAS_PROTOCOL, else the profile's
    void openNebulaProtocols_data()
    {
        QTest::addColumn<QString>("nics");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("userTemplate");
        QTest::addColumn<bool>("graphics");
        QTest::addColumn<remote::RemoteProtocol>("fallback");
        QTest::addColumn<QString>("rdpHost");
        QTest::addColumn<int>("rdpPort");
        QTest::addColumn<remote::RemoteProtocol>("preferred");
        using P = remote::RemoteProtocol;
        const QString plainNic = u"<NIC><NIC_ID>0</NIC_ID><IP>10.0.0.42</IP></NIC>"_s;
        const QString rdpNic = u"<NIC><NIC_ID>0</NIC_ID><IP>10.0.0.42</IP><RDP>YES</RDP></NIC>"_s;
        QTest::newRow("VNC only") << plainNic << QString() << QString() << true << P::Vnc << QString() << 0
                                  << P::Vnc;
        QTest::newRow("RDP on the NIC, default port")
            << rdpNic << QString() << QString() << true << P::Vnc << u"10.0.0.42"_s << 3389 << P::Vnc;
        QTest::newRow("lower-case yes, external address first")
            << u"<NIC><IP>10.0.0.42</IP><EXTERNAL_IP>192.0.2.7</EXTERNAL_IP><RDP>yes</RDP></NIC>"_s
            << QString() << QString() << true << P::Vnc << u"192.0.2.7"_s << 3389 << P::Vnc;
        QTest::newRow("port from the context") << rdpNic << u"<RDP_PORT>3390</RDP_PORT>"_s << QString()
                                               << true << P::Vnc << u"10.0.0.42"_s << 3390 << P::Vnc;
        QTest::newRow("port beyond 65535") << rdpNic << u"<RDP_PORT>99999</RDP_PORT>"_s << QString() << true
                                           << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("port with more after it") << rdpNic << u"<RDP_PORT>3389 /cert:ignore</RDP_PORT>"_s
                                                 << QString() << true << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("negative port") << rdpNic << u"<RDP_PORT>-1</RDP_PORT>"_s << QString() << true
                                       << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("port zero") << rdpNic << u"<RDP_PORT>0</RDP_PORT>"_s << QString() << true << P::Vnc
                                   << QString() << 0 << P::Vnc;
        QTest::newRow("RDP NIC without an IP")
            << u"<NIC><NIC_ID>0</NIC_ID><RDP>YES</RDP></NIC>"_s << QString() << QString() << true << P::Vnc
            << QString() << 0 << P::Vnc;
        QTest::newRow("address that is no address")
            << u"<NIC><IP>10.0.0.1 /u:admin</IP><RDP>YES</RDP></NIC>"_s << QString() << QString() << true
            << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("RDP on a NIC alias")
            << plainNic + u"<NIC_ALIAS><IP>10.1.0.9</IP><RDP>YES</RDP></NIC_ALIAS>"_s << QString()
            << QString() << true << P::Vnc << u"10.1.0.9"_s << 3389 << P::Vnc;
        QTest::newRow("RDP only, no GRAPHICS")
            << rdpNic << QString() << QString() << false << P::Vnc << u"10.0.0.42"_s << 3389 << P::Vnc;
        QTest::newRow("template prefers RDP")
            << rdpNic << QString() << u"<DAAS_PROTOCOL>rdp</DAAS_PROTOCOL>"_s << true << P::Vnc
            << u"10.0.0.42"_s << 3389 << P::Rdp;
        QTest::newRow("profile prefers RDP")
            << rdpNic << QString() << QString() << true << P::Rdp << u"10.0.0.42"_s << 3389 << P::Rdp;
        QTest::newRow("template's VNC beats the profile's RDP")
            << rdpNic << QString() << u"<DAAS_PROTOCOL>VNC</DAAS_PROTOCOL>"_s << true << P::Rdp
            << u"10.0.0.42"_s << 3389 << P::Vnc;
        QTest::newRow("unknown DAAS_PROTOCOL leaves the profile's")
            << rdpNic << QString() << u"<DAAS_PROTOCOL>spice</DAAS_PROTOCOL>"_s << true << P::Rdp
            << u"10.0.0.42"_s << 3389 << P::Rdp;
    }
    void openNebulaProtocols()
    {
        QFETCH(QString, nics);
        QFETCH(QString, context);
        QFETCH(QString, userTemplate);
        QFETCH(bool, graphics);
        QFETCH(remote::RemoteProtocol, fallback);
        QFETCH(QString, rdpHost);
        QFETCH(int, rdpPort);
        QFETCH(remote::RemoteProtocol, preferred);
        const QString xml =
            u"<VM><ID>42</ID><NAME>analysis-42</NAME><STATE>3</STATE><LCM_STATE>3</LCM_STATE><TEMPLATE>"_s +
            nics +
            (graphics ? u"<GRAPHICS><TYPE>VNC</TYPE><PORT>5942</PORT><PASSWD>s3cret</PASSWD></GRAPHICS>"_s
                      : QString()) +
            u"<CONTEXT><ETH0_IP>10.0.0.42</ETH0_IP>"_s + context + u"</CONTEXT></TEMPLATE><USER_TEMPLATE>"_s +
            userTemplate +
            u"</USER_TEMPLATE><HISTORY_RECORDS><HISTORY><HOSTNAME>hv07</HOSTNAME></HISTORY>"_s +
            u"</HISTORY_RECORDS></VM>"_s;
        const Result<XmlTree> vm = XmlTree::parse(xml);
        QVERIFY(vm.ok());
        const Result<ConsoleEndpoint> console = opennebula::consoleFromVm(*vm, fallback);
        QVERIFY2(console.ok(), qPrintable(console.ok() ? QString() : console.error().detail()));
        QCOMPARE(console->rdpHost, rdpHost);
        QCOMPARE(int(console->rdpPort), rdpPort);
        QCOMPARE(console->hasRdp(), !rdpHost.isEmpty());
        QCOMPARE(console->hasVnc(), graphics);
        if (graphics) {
            QCOMPARE(console->host, u"hv07"_s);
            QCOMPARE(console->port, 5942);
        }
        QCOMPARE(console->preferred, preferred);
        // what the watcher probes and the CLI prints by default: the preferred one when offered
        const remote::RemoteProtocol expected =
            (preferred == remote::RemoteProtocol::Rdp && console->hasRdp()) || !graphics
                ? remote::RemoteProtocol::Rdp
                : remote::RemoteProtocol::Vnc;
        QCOMPARE(console->choose(), expected);
    }

    void openNebulaNeitherVncNorRdp()
    {
        // an RDP NIC without an address and a SPICE console: nothing this client can open
        const Result<XmlTree> vm = XmlTree::parse(u"<VM><NAME>x</NAME><TEMPLATE><NIC><RDP>YES</RDP></"
                                                  u"NIC><GRAPHICS><TYPE>SPICE</TYPE><PORT>5900</PORT>"
                                                  "</GRAPHICS></TEMPLATE></VM>"_s);
        QVERIFY(vm.ok());
        const Result<ConsoleEndpoint> console = opennebula::consoleFromVm(*vm);
        QVERIFY(!console.ok());
        QCOMPARE(console.error().kind(), Error::Kind::Unsupported);
        QVERIFY(console.error().userText().contains(u"RDP"_s));
        // a VM not placed yet whose RDP NIC has an address: RDP is there already, VNC is not
        const Result<XmlTree> pending = XmlTree::parse(u"<VM><NAME>x</NAME><TEMPLATE><NIC><IP>10.0.0.5</"
                                                       u"IP><RDP>YES</RDP></NIC><GRAPHICS><TYPE>VNC</TYPE>"
                                                       "</GRAPHICS></TEMPLATE></VM>"_s);
        const Result<ConsoleEndpoint> rdpOnly = opennebula::consoleFromVm(*pending);
        QVERIFY(rdpOnly.ok());
        QVERIFY(rdpOnly->hasRdp() && !rdpOnly->hasVnc());
    }

    void templatePool()
    {
        const Result<XmlTree> pool = XmlTree::parse(
            u"<VMTEMPLATE_POOL><VMTEMPLATE><ID>7</ID><NAME>CCP4 Analysis Machine</NAME><TEMPLATE>"
            "<DESCRIPTION>Crystallography</DESCRIPTION><SOFTWARE>CCP4 9.0, Coot 1.1</SOFTWARE><CPU>0.5</CPU>"
            "<MEMORY>8192</MEMORY><DISK><SIZE>20480</SIZE></DISK><DISK><SIZE>1024</SIZE></DISK>"
            "<SCHED_ACTION><ACTION>terminate-hard</ACTION><TIME>+3600</TIME></SCHED_ACTION></TEMPLATE></"
            "VMTEMPLATE>"
            "</VMTEMPLATE_POOL>"_s);
        QVERIFY(pool.ok());
        const QList<EnvironmentTemplate> templates = opennebula::templatesFromPool(*pool);
        QCOMPARE(templates.size(), 1);
        const EnvironmentTemplate &t = templates.first();
        QCOMPARE(t.id, u"7"_s);
        QCOMPARE(t.name, u"CCP4 Analysis Machine"_s);
        QCOMPARE(t.software, (QStringList{u"CCP4 9.0"_s, u"Coot 1.1"_s}));
        QCOMPARE(t.cpus, 1); // half a CPU rounds up to one for the user
        QCOMPARE(t.memoryMiB, 8192);
        QCOMPARE(t.diskGiB, 21);
        QCOMPARE(t.lifetimeSeconds, 3600);
        // numbers past what they can be are unknown or held at the most, never wrapped (undefined)
        const Result<XmlTree> lying = XmlTree::parse(
            u"<VMTEMPLATE_POOL><VMTEMPLATE><ID>8</ID><NAME>x</NAME><TEMPLATE><VCPU>99999999999</VCPU>"
            "<DISK><SIZE>9000000000000000000</SIZE></DISK><DISK><SIZE>9000000000000000000</SIZE></DISK>"
            "</TEMPLATE></VMTEMPLATE><VMTEMPLATE><ID>9</ID><NAME>y</NAME><TEMPLATE><CPU>1e300</CPU>"
            "</TEMPLATE></VMTEMPLATE></VMTEMPLATE_POOL>"_s);
        QVERIFY(lying.ok());
        const QList<EnvironmentTemplate> liars = opennebula::templatesFromPool(*lying);
        QCOMPARE(liars.size(), 2);
        QCOMPARE(liars[0].cpus, 0);
        QCOMPARE(liars[0].diskGiB, std::numeric_limits<qint64>::max() / 1024 + 1);
        QCOMPARE(liars[1].cpus, 0);
    }

    void keystoneCatalog()
    {
        const QByteArray body =
            QByteArray(
                "{'token':{'methods':['password'],'expires_at':'2026-11-25T12:00:00.000000Z',"
                "            'issued_at':'2026-11-25T11:00:00.000000Z','project':{'id':'p1','name':'demo'},"
                "            'catalog':[{'type':'compute','name':'nova','endpoints':["
                "                "
                "{'interface':'internal','region_id':'RegionOne','url':'http://internal:8774/v2.1'},"
                "                "
                "{'interface':'public','region_id':'RegionTwo','url':'https://two.example:8774/v2.1'},"
                "                "
                "{'interface':'public','region_id':'RegionOne','url':'https://one.example:8774/v2.1'}]},"
                "              {'type':'image','name':'glance','endpoints':["
                "                "
                "{'interface':'public','region':'RegionOne','url':'https://one.example:9292'}]}]}}")
                .replace('\'', '"');
        const Result<openstack::KeystoneToken> token =
            openstack::tokenFromBody(QJsonDocument::fromJson(body).object());
        QVERIFY(token.ok());
        QCOMPARE(token->expires, QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC));
        QCOMPARE(token->projectId, u"p1"_s);
        QCOMPARE(openstack::endpointFor(token->catalog, u"compute"_s, u"RegionOne"_s),
                 QUrl(u"https://one.example:8774/v2.1"_s));
        QCOMPARE(openstack::endpointFor(token->catalog, u"compute"_s, u"RegionTwo"_s),
                 QUrl(u"https://two.example:8774/v2.1"_s));
        QCOMPARE(openstack::endpointFor(token->catalog, u"image"_s, u"RegionOne"_s),
                 QUrl(u"https://one.example:9292"_s));
        QVERIFY(!openstack::endpointFor(token->catalog, u"network"_s).isValid());
        QVERIFY(!openstack::tokenFromBody(QJsonObject{{u"token"_s, QJsonObject{}}}).ok());
    }

    void novaStates_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("task");
        QTest::addColumn<EnvironmentState>("expected");
        QTest::addColumn<bool>("running");
        QTest::newRow("build") << u"BUILD"_s << u"spawning"_s << EnvironmentState::Booting << false;
        QTest::newRow("active") << u"ACTIVE"_s << QString() << EnvironmentState::Booting << true;
        QTest::newRow("powering off")
            << u"ACTIVE"_s << u"powering-off"_s << EnvironmentState::Stopping << false;
        QTest::newRow("deleting") << u"ACTIVE"_s << u"deleting"_s << EnvironmentState::Stopping << false;
        QTest::newRow("rebooting") << u"REBOOT"_s << u"rebooting"_s << EnvironmentState::Booting << false;
        QTest::newRow("shutoff") << u"SHUTOFF"_s << QString() << EnvironmentState::Stopped << false;
        QTest::newRow("error") << u"ERROR"_s << QString() << EnvironmentState::Failed << false;
        QTest::newRow("deleted") << u"DELETED"_s << QString() << EnvironmentState::Deleted << false;
    }
    void novaStates()
    {
        QFETCH(QString, status);
        QFETCH(QString, task);
        QFETCH(EnvironmentState, expected);
        QFETCH(bool, running);
        bool cloudRunning = !running;
        QCOMPARE(openstack::mapState(status, task, &cloudRunning), expected);
        QCOMPARE(cloudRunning, running);
    }

    void consoleUrl()
    {
        const Result<QUrl> a = openstack::webSocketUrlFromConsoleUrl(
            QUrl(u"https://nova.example:6080/vnc_auto.html?path=%3Ftoken%3Dabc-123"_s));
        QVERIFY(a.ok());
        QCOMPARE(a->scheme(), u"wss"_s);
        QCOMPARE(a->host(), u"nova.example"_s);
        QCOMPARE(a->port(), 6080);
        QCOMPARE(a->query(), u"token=abc-123"_s);
        const Result<QUrl> b =
            openstack::webSocketUrlFromConsoleUrl(QUrl(u"http://h:6080/vnc_lite.html?token=t1"_s));
        QVERIFY(b.ok());
        QCOMPARE(b->toString(), u"ws://h:6080/?token=t1"_s);
        QVERIFY(!openstack::webSocketUrlFromConsoleUrl(QUrl(u"http://h:6080/vnc_auto.html"_s)).ok());
        QVERIFY(!openstack::webSocketUrlFromConsoleUrl(QUrl(u"file:///etc/passwd?token=x"_s)).ok());
    }

    // RDP on OpenStack: this project's daas_rdp / daas_rdp_port / daas_protocol keys, in the server's
    // metadata (first) or the image's properties; the server's floating address first
    void openStackProtocols_data()
    {
        QTest::addColumn<QJsonObject>("metadata");
        QTest::addColumn<QJsonObject>("image");
        QTest::addColumn<bool>("addresses");
        QTest::addColumn<remote::RemoteProtocol>("fallback");
        QTest::addColumn<QString>("rdpHost");
        QTest::addColumn<int>("rdpPort");
        QTest::addColumn<remote::RemoteProtocol>("preferred");
        using P = remote::RemoteProtocol;
        const QJsonObject none;
        QTest::newRow("nothing said") << none << QJsonObject{{u"daas_software"_s, u"x"_s}} << true << P::Vnc
                                      << QString() << 0 << P::Vnc;
        QTest::newRow("image offers RDP") << none << QJsonObject{{u"daas_rdp"_s, u"yes"_s}} << true << P::Vnc
                                          << u"203.0.113.5"_s << 3389 << P::Vnc;
        QTest::newRow("metadata offers RDP") << QJsonObject{{u"daas_rdp"_s, u"True"_s}} << none << true
                                             << P::Vnc << u"203.0.113.5"_s << 3389 << P::Vnc;
        QTest::newRow("metadata withdraws the image's RDP")
            << QJsonObject{{u"daas_rdp"_s, u"no"_s}} << QJsonObject{{u"daas_rdp"_s, u"yes"_s}} << true
            << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("not a yes") << QJsonObject{{u"daas_rdp"_s, u"maybe"_s}} << none << true << P::Vnc
                                   << QString() << 0 << P::Vnc;
        QTest::newRow("port from the image")
            << none << QJsonObject{{u"daas_rdp"_s, u"1"_s}, {u"daas_rdp_port"_s, u"3390"_s}} << true << P::Vnc
            << u"203.0.113.5"_s << 3390 << P::Vnc;
        QTest::newRow("metadata port beats the image's")
            << QJsonObject{{u"daas_rdp_port"_s, u"4000"_s}}
            << QJsonObject{{u"daas_rdp"_s, u"1"_s}, {u"daas_rdp_port"_s, u"3390"_s}} << true << P::Vnc
            << u"203.0.113.5"_s << 4000 << P::Vnc;
        QTest::newRow("port beyond 65535")
            << QJsonObject{{u"daas_rdp"_s, u"yes"_s}, {u"daas_rdp_port"_s, u"70000"_s}} << none << true
            << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("port with text after it")
            << QJsonObject{{u"daas_rdp"_s, u"yes"_s}, {u"daas_rdp_port"_s, u"3389abc"_s}} << none << true
            << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("negative port")
            << QJsonObject{{u"daas_rdp"_s, u"yes"_s}, {u"daas_rdp_port"_s, u"-3389"_s}} << none << true
            << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("no address yet")
            << QJsonObject{{u"daas_rdp"_s, u"yes"_s}} << none << false << P::Vnc << QString() << 0 << P::Vnc;
        QTest::newRow("image prefers RDP")
            << none << QJsonObject{{u"daas_rdp"_s, u"yes"_s}, {u"daas_protocol"_s, u"rdp"_s}} << true
            << P::Vnc << u"203.0.113.5"_s << 3389 << P::Rdp;
        QTest::newRow("metadata's VNC beats the image's RDP")
            << QJsonObject{{u"daas_protocol"_s, u"vnc"_s}}
            << QJsonObject{{u"daas_rdp"_s, u"yes"_s}, {u"daas_protocol"_s, u"rdp"_s}} << true << P::Rdp
            << u"203.0.113.5"_s << 3389 << P::Vnc;
        QTest::newRow("profile prefers RDP") << none << QJsonObject{{u"daas_rdp"_s, u"yes"_s}} << true
                                             << P::Rdp << u"203.0.113.5"_s << 3389 << P::Rdp;
    }
    void openStackProtocols()
    {
        QFETCH(QJsonObject, metadata);
        QFETCH(QJsonObject, image);
        QFETCH(bool, addresses);
        QFETCH(remote::RemoteProtocol, fallback);
        QFETCH(QString, rdpHost);
        QFETCH(int, rdpPort);
        QFETCH(remote::RemoteProtocol, preferred);
        QJsonObject server{{u"id"_s, u"s1"_s},
                           {u"status"_s, u"ACTIVE"_s},
                           {u"image"_s, QJsonObject{{u"id"_s, u"i1"_s}}},
                           {u"metadata"_s, metadata}};
        if (addresses)
            server.insert(
                u"addresses"_s,
                QJsonObject{{u"private"_s, QJsonArray{QJsonObject{{u"addr"_s, u"10.0.0.5"_s},
                                                                  {u"OS-EXT-IPS:type"_s, u"fixed"_s}},
                                                      QJsonObject{{u"addr"_s, u"203.0.113.5"_s},
                                                                  {u"OS-EXT-IPS:type"_s, u"floating"_s}}}}});
        QCOMPARE(openstack::imageIdOf(server), u"i1"_s);
        const ConsoleEndpoint c = openstack::rdpFromServer(server, image, fallback);
        QCOMPARE(c.rdpHost, rdpHost);
        QCOMPARE(int(c.rdpPort), rdpPort);
        QCOMPARE(c.hasRdp(), !rdpHost.isEmpty());
        QVERIFY(!c.hasVnc()); // the VNC side comes from remote-consoles
        QCOMPARE(c.preferred, preferred);
    }

    void imagesToTemplates()
    {
        const QList<openstack::Flavour> flavours{{u"f1"_s, u"l2.small"_s, 2, 4096, 20},
                                                 {u"f2"_s, u"l4.medium"_s, 4, 16384, 40},
                                                 {u"f3"_s, u"g-a100"_s, 16, 131072, 200}};
        const QJsonArray images =
            QJsonDocument::fromJson(
                QByteArray("["
                           "            {'id':'i1','name':'CCP4 Analysis "
                           "Machine','status':'active','min_ram':8192,'min_disk':30,"
                           "             'description':'Crystallography','daas_software':'CCP4, "
                           "Coot','daas_lifetime_hours':'48'},"
                           "            {'id':'i2','name':'GPU','status':'active','daas_flavor':'g-a100'},"
                           "            {'id':'i3','name':'Old','status':'deactivated'},"
                           "            {'id':'i4','name':'Huge','status':'active','min_ram':999999}]")
                    .replace('\'', '"'))
                .array();
        const QList<EnvironmentTemplate> t = openstack::templatesFromImages(images, flavours);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0).id, u"i1/f2"_s); // the smallest flavour that fits
        QCOMPARE(t.at(0).software, (QStringList{u"CCP4"_s, u"Coot"_s}));
        QCOMPARE(t.at(0).lifetimeSeconds, 48 * 3600);
        QCOMPARE(t.at(1).id, u"i2/f3"_s);
        QCOMPARE(t.at(1).cpus, 16);
    }

    void providerFromProfile()
    {
        QNetworkAccessManager network;
        facility::FacilityProfile profile;
        profile.name = u"Demo"_s;
        CloudCredentials credentials;
        credentials.userName = u"alice"_s;
        const Result<EnvironmentProvider *> none = createProvider(profile, &network, credentials);
        QCOMPARE(none.error().kind(), Error::Kind::Unsupported);
        profile.cloudType = u"opennebula"_s;
        profile.cloudUrl = QUrl(u"http://one.example:2633/RPC2"_s);
        Result<EnvironmentProvider *> one = createProvider(profile, &network, credentials, this);
        QVERIFY(one.ok());
        QCOMPARE((*one)->providerName(), u"OpenNebula"_s);
        profile.cloudType = u"openstack"_s;
        Result<EnvironmentProvider *> stack = createProvider(profile, &network, credentials, this);
        QVERIFY(stack.ok());
        QCOMPARE((*stack)->providerName(), u"OpenStack"_s);
        delete *one;
        delete *stack;
    }

    // The facility's RD Gateway (profile cloud.rdpGateway, passed on with the console) is where the RDP
    // session goes, signing in there as at the desktop; without one the desktop is reached directly.
    void rdpEndpointTakesTheFacilitysGateway()
    {
        ConsoleEndpoint console;
        console.rdpHost = u"10.0.0.7"_s;
        console.rdpPort = 3389;
        DesktopConnector::Identity identity{u"alice"_s, u"pw"_s, u"FAC"_s};
        const remote::RdpEndpoint direct = DesktopConnector::rdpEndpoint(console, identity);
        QVERIFY(direct.gatewayHost.isEmpty());
        console.rdpGatewayHost = u"gw.example.org"_s;
        console.rdpGatewayPort = 8443;
        const remote::RdpEndpoint e = DesktopConnector::rdpEndpoint(console, identity);
        QCOMPARE(e.host, u"10.0.0.7"_s);
        QCOMPARE(e.port, quint16(3389));
        QCOMPARE(e.gatewayHost, u"gw.example.org"_s);
        QCOMPARE(e.gatewayPort, quint16(8443));
        QVERIFY(e.gatewayUsesDesktopCredentials);
        QCOMPARE(e.userName, u"alice"_s);
    }

    // The readiness probe knocks where the client can: an RDP desktop behind an RD Gateway is not
    // reachable from here, so the machine's VNC console answers for it, or nothing is probed.
    void readinessIsProbedWhereTheClientCanReach()
    {
        ConsoleEndpoint both;
        both.host = u"10.0.0.7"_s;
        both.port = 5900;
        both.rdpHost = u"10.0.0.7"_s;
        both.rdpPort = 3389;
        both.preferred = remote::RemoteProtocol::Rdp;
        QVERIFY(both.probeProtocol() == std::optional(remote::RemoteProtocol::Rdp));
        both.rdpGatewayHost = u"gw.example.org"_s;
        QCOMPARE(both.choose(), remote::RemoteProtocol::Rdp); // the user still gets RDP
        QVERIFY(both.probeProtocol() == std::optional(remote::RemoteProtocol::Vnc));
        both.preferred = remote::RemoteProtocol::Vnc;
        QVERIFY(both.probeProtocol() == std::optional(remote::RemoteProtocol::Vnc));
        ConsoleEndpoint rdpOnly;
        rdpOnly.rdpHost = u"10.0.0.8"_s;
        rdpOnly.rdpPort = 3389;
        QVERIFY(rdpOnly.probeProtocol() == std::optional(remote::RemoteProtocol::Rdp));
        rdpOnly.rdpGatewayHost = u"gw.example.org"_s;
        QVERIFY(rdpOnly.probeProtocol() == std::nullopt);
    }

    void rfbGreeting()
    {
        QVERIFY(DesktopProbe::isRfbGreeting("RFB 003.008\n"));
        QVERIFY(DesktopProbe::isRfbGreeting("RFB 003.003\n"));
        QVERIFY(!DesktopProbe::isRfbGreeting("HTTP/1.1 400"));
        QVERIFY(!DesktopProbe::isRfbGreeting("RFB 003.008"));
        QVERIFY(!DesktopProbe::isRfbGreeting("RFB 0x3.008\n"));
    }
};

QTEST_GUILESS_MAIN(TestCloudUnits)
#include "tst_cloud_units.moc"
