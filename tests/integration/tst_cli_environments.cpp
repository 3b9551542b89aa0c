// `daas env …` as a user runs it: a process, against the OpenNebula emulator whose VMs are real desktops.

#include "CliProcess.h"
#include "CloudEmulatorProcess.h"
#include "IcatEmulatorProcess.h"
#include "TestPaths.h"
#include "cloud/DesktopProbe.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <freerdp/client/file.h>

#include <memory>

using namespace Qt::StringLiterals;
using daas::testing::CloudEmulatorProcess;

namespace {

const QStringList fastCloud{u"--step-ms"_s, u"150"_s, u"--desktop-delay-ms"_s, u"500"_s};

using Run = daas::testing::CliRun;

} // namespace

class TestCliEnvironments : public QObject
{
    Q_OBJECT
    std::unique_ptr<CloudEmulatorProcess> m_cloud;
    QTemporaryDir m_dir;

    QString writeProfile(const QString &name, const QUrl &rpc, const QJsonObject &moreCloud = {})
    {
        QJsonObject cloud{{u"type"_s, u"opennebula"_s}, {u"url"_s, rpc.toString()}};
        for (auto it = moreCloud.begin(); it != moreCloud.end(); ++it)
            cloud.insert(it.key(), it.value());
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        // ICAT is not needed: --user names the cloud's user
        f.write(QJsonDocument(QJsonObject{{u"id"_s, QString(u"envtest-"_s + name)},
                                          {u"name"_s, u"Cloud test facility"_s},
                                          {u"icat"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:9/icat"_s}}},
                                          {u"ids"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:9/ids"_s}}},
                                          {u"cloud"_s, cloud}})
                    .toJson());
        return path;
    }

    Run daas(const QString &profile, const QStringList &args, const QString &password = u"alice-pw"_s,
             const QString &workingDirectory = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DAAS_CLOUD_PASSWORD"_s);
        if (!password.isNull())
            env.insert(u"DAAS_CLOUD_PASSWORD"_s, password);
        return daas::testing::runCli(QStringList{u"--facility"_s, profile, u"--user"_s, u"alice"_s} + args,
                                     env, {}, 180000, workingDirectory);
    }

    QString m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cloud = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenNebula, fastCloud);
        QVERIFY2(m_cloud->isRunning(), qPrintable(m_cloud->log()));
        m_profile = writeProfile(u"one"_s, m_cloud->rpcUrl());
        QVERIFY(!m_profile.isEmpty());
    }

    void cleanupTestCase() { m_cloud.reset(); }

    void templatesAsTableAndJson()
    {
        Run r = daas(m_profile, {u"env"_s, u"templates"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray templates = QJsonDocument::fromJson(r.out).array();
        QVERIFY(templates.size() >= 2);
        QJsonObject ccp4;
        for (const QJsonValue &t : templates)
            if (t[u"name"_s].toString() == u"CCP4 Analysis Machine")
                ccp4 = t.toObject();
        QCOMPARE(ccp4[u"id"_s].toString(), u"7"_s);
        QVERIFY(ccp4[u"cpus"_s].toInt() > 0);
        QVERIFY(ccp4[u"memoryMiB"_s].toInteger() > 0);

        r = daas(m_profile, {u"env"_s, u"templates"_s});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("ID"));
        QVERIFY(r.out.contains("CCP4 Analysis Machine"));
    }

    void launchWaitConsoleDelete()
    {
        Run r = daas(m_profile, {u"env"_s, u"launch"_s, u"cli desktop"_s, u"--template"_s, u"7"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(QRegularExpression(u"^\\d+$"_s).match(id).hasMatch(), r.out.constData());

        r = daas(m_profile, {u"env"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        bool listed = false;
        for (const QJsonValue &e : QJsonDocument::fromJson(r.out).array()) {
            if (e[u"id"_s].toString() == id) {
                listed = true;
                QCOMPARE(e[u"name"_s].toString(), u"cli desktop"_s);
                QVERIFY(QStringList({u"pending"_s, u"booting"_s, u"running"_s})
                            .contains(e[u"state"_s].toString()));
            }
        }
        QVERIFY(listed);

        r = daas(m_profile, {u"env"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("is ready"));

        // the endpoint, never the password unless asked
        r = daas(m_profile, {u"env"_s, u"console"_s, id});
        QCOMPARE(r.code, 0);
        const QString endpoint = QString::fromUtf8(r.out.trimmed());
        const QRegularExpressionMatch m = QRegularExpression(u"^([\\w.]+):(\\d+)$"_s).match(endpoint);
        QVERIFY2(m.hasMatch(), r.out.constData());
        QVERIFY(!r.out.contains("password"));
        // what it printed is a real desktop: it greets with RFB
        QTcpSocket socket;
        socket.connectToHost(m.captured(1), quint16(m.captured(2).toUInt()));
        QVERIFY(socket.waitForConnected(10000));
        QByteArray greeting;
        QTRY_VERIFY_WITH_TIMEOUT((greeting += socket.readAll()).size() >= 12, 10000);
        QVERIFY(greeting.startsWith("RFB "));

        r = daas(m_profile, {u"env"_s, u"console"_s, id, u"--json"_s, u"--show-password"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject console = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(console[u"port"_s].toInt(), m.captured(2).toInt());
        QVERIFY(!console[u"password"_s].toString().isEmpty());

        socket.abort();

        // the same VM also offers RDP (its template prefers VNC, so that was the default above)
        r = daas(m_profile, {u"env"_s, u"console"_s, id, u"--protocol"_s, u"rdp"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString rdpEndpoint = QString::fromUtf8(r.out.trimmed());
        const QRegularExpressionMatch rdp = QRegularExpression(u"^([\\w.]+):(\\d+)$"_s).match(rdpEndpoint);
        QVERIFY2(rdp.hasMatch(), r.out.constData());
        QVERIFY(rdp.captured(2) != m.captured(2));
        QVERIFY(!r.out.contains("password") && !r.err.contains("password"));
        // what it printed is a real RDP server: it confirms an X.224 connection request
        QTcpSocket rdpSocket;
        rdpSocket.connectToHost(rdp.captured(1), quint16(rdp.captured(2).toUInt()));
        QVERIFY(rdpSocket.waitForConnected(10000));
        rdpSocket.write(daas::cloud::DesktopProbe::rdpConnectionRequest());
        QByteArray confirm;
        QVERIFY(QTest::qWaitFor(
            [&] {
                confirm += rdpSocket.readAll();
                return daas::cloud::DesktopProbe::isRdpConnectionConfirm(confirm);
            },
            10000));
        rdpSocket.abort();
        r = daas(m_profile, {u"env"_s, u"console"_s, id, u"--protocol"_s, u"vnc"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), endpoint);
        r = daas(m_profile, {u"env"_s, u"console"_s, id, u"--protocol"_s, u"rdp"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"protocol"_s].toString(), u"rdp"_s);
        QCOMPARE(u"%1:%2"_s.arg(json[u"host"_s].toString()).arg(json[u"port"_s].toInt()), rdpEndpoint);
        QCOMPARE(json[u"offers"_s].toArray(), (QJsonArray{u"vnc"_s, u"rdp"_s}));
        QVERIFY(!json.contains(u"password"_s));
        r = daas(m_profile, {u"env"_s, u"console"_s, id, u"--protocol"_s, u"spice"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("vnc or rdp"), r.err.constData());

        // a .rdp file for the system's client: FreeRDP's own parser reads back address, user, full screen
        const QString file = m_dir.filePath(u"desktop.rdp"_s);
        r = daas(m_profile, {u"env"_s, u"rdp-file"_s, id, u"--output"_s, file});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), QFileInfo(file).absoluteFilePath());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(!text.toLower().contains("password"), text.constData());
        QVERIFY(!text.contains("alice-pw"));
        const std::unique_ptr<rdpFile, decltype(&freerdp_client_rdp_file_free)> parsed(
            freerdp_client_rdp_file_new(), &freerdp_client_rdp_file_free);
        QVERIFY(freerdp_client_parse_rdp_file(parsed.get(), QFile::encodeName(file).constData()));
        QCOMPARE(QString::fromUtf8(freerdp_client_rdp_file_get_string_option(parsed.get(), "full address")),
                 rdpEndpoint);
        QCOMPARE(QString::fromUtf8(freerdp_client_rdp_file_get_string_option(parsed.get(), "username")),
                 u"alice"_s);
        QCOMPARE(freerdp_client_rdp_file_get_integer_option(parsed.get(), "screen mode id"), 2);
        QVERIFY(
            QByteArray(freerdp_client_rdp_file_get_string_option(parsed.get(), "gatewayhostname")).isEmpty());
        // a facility with an RD Gateway (its profile's cloud.rdpGateway): the file goes through it, with the
        // desktop's sign-in
        const QString gatewayProfile =
            writeProfile(u"gateway"_s, m_cloud->rpcUrl(), {{u"rdpGateway"_s, u"gw.example.org:8443"_s}});
        const QString gatewayFile = m_dir.filePath(u"gateway.rdp"_s);
        r = daas(gatewayProfile, {u"env"_s, u"rdp-file"_s, id, u"--output"_s, gatewayFile});
        QVERIFY2(r.code == 0, r.err.constData());
        const std::unique_ptr<rdpFile, decltype(&freerdp_client_rdp_file_free)> viaGateway(
            freerdp_client_rdp_file_new(), &freerdp_client_rdp_file_free);
        QVERIFY(freerdp_client_parse_rdp_file(viaGateway.get(), QFile::encodeName(gatewayFile).constData()));
        QCOMPARE(
            QString::fromUtf8(freerdp_client_rdp_file_get_string_option(viaGateway.get(), "full address")),
            rdpEndpoint);
        QCOMPARE(
            QString::fromUtf8(freerdp_client_rdp_file_get_string_option(viaGateway.get(), "gatewayhostname")),
            u"gw.example.org:8443"_s);
        QCOMPARE(freerdp_client_rdp_file_get_integer_option(viaGateway.get(), "gatewayusagemethod"), 1);
        QCOMPARE(freerdp_client_rdp_file_get_integer_option(viaGateway.get(), "promptcredentialonce"), 1);
        // --json names the file and what it holds; without --output it goes to ./daas-env-ID.rdp
        r = daas(m_profile, {u"env"_s, u"rdp-file"_s, id, u"--json"_s}, u"alice-pw"_s, m_dir.path());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject fileJson = QJsonDocument::fromJson(r.out).object();
        const QString defaultFile = m_dir.filePath(u"daas-env-%1.rdp"_s.arg(id));
        QCOMPARE(fileJson[u"file"_s].toString(), QFileInfo(defaultFile).absoluteFilePath());
        QCOMPARE(fileJson[u"user"_s].toString(), u"alice"_s);
        QCOMPARE(u"%1:%2"_s.arg(fileJson[u"host"_s].toString()).arg(fileJson[u"port"_s].toInt()),
                 rdpEndpoint);
        QVERIFY(QFileInfo::exists(defaultFile));
        // a folder that does not exist: one sentence, the local-file exit code, nothing left behind
        const QString nowhere = m_dir.filePath(u"no/such/folder/x.rdp"_s);
        r = daas(m_profile, {u"env"_s, u"rdp-file"_s, id, u"--output"_s, nowhere});
        QCOMPARE(r.code, 5);
        QCOMPARE(r.err.count("daas: "), 1);
        QVERIFY(!QFileInfo::exists(nowhere));
        // options that belong to the other command are a usage error
        r = daas(m_profile, {u"env"_s, u"console"_s, id, u"--output"_s, file});
        QCOMPARE(r.code, 1);
        r = daas(m_profile, {u"env"_s, u"rdp-file"_s, id, u"--protocol"_s, u"rdp"_s});
        QCOMPARE(r.code, 1);

        r = daas(m_profile, {u"env"_s, u"delete"_s, id});
        QVERIFY2(r.code == 0, r.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!daas(m_profile, {u"env"_s, u"list"_s}).out.contains("cli desktop"), 30000);
    }

    void failures()
    {
        // an id the cloud does not know: exit 3 and one sentence
        Run r = daas(m_profile, {u"env"_s, u"delete"_s, u"99999"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("daas: ") && r.err.trimmed().endsWith('.'), r.err.constData());
        // not "no longer there, refresh the list" for an id the user typed; the cloud's own words after ours
        const QByteArray unknown =
            "daas: OpenNebula does not have this machine or template (any more). OpenNebula "
            "said: \u201CError getting virtual machine [99999]\u201D.\n";
        QCOMPARE(r.err, unknown);
        r = daas(m_profile, {u"env"_s, u"console"_s, u"99999"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err, unknown);
        // and waiting for it: the error alone, no "deleted" for a machine that never was
        r = daas(m_profile, {u"env"_s, u"wait"_s, u"99999"_s, u"--timeout"_s, u"30"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err, unknown);

        // an unknown template, the wrong password, usage mistakes
        r = daas(m_profile, {u"env"_s, u"launch"_s, u"x"_s, u"--template"_s, u"4242"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("'daas env templates'"), r.err.constData());
        r = daas(m_profile, {u"env"_s, u"list"_s}, u"wrong"_s);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        r = daas(m_profile, {u"env"_s, u"console"_s});
        QCOMPARE(r.code, 1);
        r = daas(m_profile, {u"env"_s, u"launch"_s, u"x"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--template"));
        r = daas(m_profile, {u"env"_s, u"reboot"_s, u"1"_s});
        QCOMPARE(r.code, 1);
        r = daas(m_profile, {u"env"_s, u"wait"_s, u"1"_s, u"--timeout"_s, u"soon"_s});
        QCOMPARE(r.code, 1);
        // no password anywhere and no terminal to ask on
        r = daas(m_profile, {u"env"_s, u"list"_s}, QString());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("DAAS_CLOUD_PASSWORD"), r.err.constData());
    }

    // 'daas login' once, then 'daas env list' with neither --user nor a password anywhere but the keychain
    // entry login kept, and no terminal to ask on: the README's promise (it used to ask again).
    void loginThenListWithoutAPassword()
    {
        daas::testing::IcatEmulatorProcess icat;
        QVERIFY(icat.isRunning());
        QJsonObject profile = QJsonDocument::fromJson(icat.profileJson()).object();
        profile[u"id"_s] = u"envtest-login"_s;
        profile[u"cloud"_s] =
            QJsonObject{{u"type"_s, u"opennebula"_s}, {u"url"_s, m_cloud->rpcUrl().toString()}};
        const QString path = m_dir.filePath(u"login.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
        f.close();
        auto run = [&path](const QStringList &args, const QByteArray &input = {}) -> Run {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"DAAS_CLOUD_PASSWORD"_s);
            env.remove(u"DAAS_STORAGE_PASSWORD"_s);
            p.setProcessEnvironment(env);
            p.start(daas::test::paths::cli(), QStringList{u"--facility"_s, path} + args);
            p.write(input);
            p.closeWriteChannel(); // stdin is not a terminal: a prompt would be a usage error (1)
            if (!p.waitForFinished(180000))
                return {-1, {}, "timeout"};
            return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        Run r = run({u"login"_s, u"--user"_s, u"alice"_s, u"--password-stdin"_s}, "alice-pw\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"env"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
        QVERIFY2(!r.err.contains("password"), r.err.constData());
        r = run({u"env"_s, u"templates"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("CCP4 Analysis Machine"));
        r = run({u"logout"_s});
        QCOMPARE(r.code, 0);
    }

    // A cloud whose machines offer VNC only: asking for RDP is a clear sentence and "not found" (3), and
    // no connection file is written; the default console is still the VNC one.
    void environmentWithoutRdp()
    {
        CloudEmulatorProcess vncOnly(CloudEmulatorProcess::Kind::OpenNebula,
                                     fastCloud + QStringList{u"--no-rdp"_s});
        QVERIFY2(vncOnly.isRunning(), qPrintable(vncOnly.log()));
        const QString profile = writeProfile(u"vnconly"_s, vncOnly.rpcUrl());
        Run r = daas(profile, {u"env"_s, u"launch"_s, u"vnc only"_s, u"--template"_s, u"12"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        r = daas(profile, {u"env"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QVERIFY2(r.code == 0, r.err.constData());

        r = daas(profile, {u"env"_s, u"console"_s, id, u"--protocol"_s, u"rdp"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err.count("daas: "), 1);
        QVERIFY2(r.err.contains("offers no RDP desktop"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QString file = m_dir.filePath(u"none.rdp"_s);
        r = daas(profile, {u"env"_s, u"rdp-file"_s, id, u"--output"_s, file});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err.count("daas: "), 1);
        QVERIFY2(r.err.contains("offers no RDP desktop"), r.err.constData());
        QVERIFY(!QFileInfo::exists(file));
        r = daas(profile, {u"env"_s, u"console"_s, id, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"protocol"_s].toString(), u"vnc"_s);
        QCOMPARE(json[u"offers"_s].toArray(), QJsonArray{u"vnc"_s});
        r = daas(profile, {u"env"_s, u"delete"_s, id});
        QCOMPARE(r.code, 0);
    }

    void desktopThatNeverAnswersTimesOut()
    {
        CloudEmulatorProcess silent(CloudEmulatorProcess::Kind::OpenNebula,
                                    fastCloud + QStringList{u"--no-desktop"_s});
        QVERIFY(silent.isRunning());
        const QString profile = writeProfile(u"silent"_s, silent.rpcUrl());
        Run r = daas(profile, {u"env"_s, u"launch"_s, u"mute"_s, u"--template"_s, u"15"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        r = daas(profile, {u"env"_s, u"wait"_s, id, u"--timeout"_s, u"4"_s});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("did not answer") || r.err.contains("did not start"), r.err.constData());
        QCOMPARE(r.err.count("daas: "), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliEnvironments)
#include "tst_cli_environments.moc"
