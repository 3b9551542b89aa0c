// The `daas` tool as a user runs it: a process, against the emulator, with the session in the keychain.

#include "CliProcess.h"
#include "IcatEmulatorProcess.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliCatalogue : public QObject
{
    Q_OBJECT
    std::unique_ptr<daas::testing::IcatEmulatorProcess> m_emulator;
    QTemporaryDir m_dir;
    QString m_profile;

    using Run = daas::testing::CliRun;
    Run daas(const QStringList &args, const QByteArray &input = {})
    {
        return daas::testing::runCli(QStringList{QStringLiteral("--facility"), m_profile} + args,
                                     QProcessEnvironment::systemEnvironment(), input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<daas::testing::IcatEmulatorProcess>();
        QVERIFY(m_emulator->isRunning());
        m_profile = m_dir.filePath(QStringLiteral("facility.json"));
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_emulator->profileJson());
    }

    // No Secret Service on the session bus (or no bus at all): 'daas login' says what is missing and what
    // to do instead, not "The keychain reported an error."
    void loginWithoutASecretService_data()
    {
        QTest::addColumn<bool>("anyBus");
        QTest::newRow("a session bus without a Secret Service") << true;
        QTest::newRow("no session bus") << false;
    }

    void loginWithoutASecretService()
    {
        QFETCH(bool, anyBus);
        QTemporaryDir runtime;
        QProcess bus;
        QString address = QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("no-bus-here"));
        if (anyBus) {
            // a session bus that can start nothing: the system's org.freedesktop.secrets.service
            // (gnome-keyring) would otherwise be activated
            QFile config(runtime.filePath(QStringLiteral("bus.conf")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                         "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                         "<busconfig><type>session</type><listen>unix:dir=" +
                         QFile::encodeName(runtime.path()) +
                         "</listen><policy context=\"default\"><allow send_destination=\"*\"/>"
                         "<allow own=\"*\"/></policy></busconfig>\n");
            config.close();
            bus.start(QStringLiteral("dbus-daemon"),
                      {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                       QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
            QVERIFY2(bus.waitForStarted(10000), qPrintable(bus.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
            address = QString::fromUtf8(bus.readLine().trimmed());
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        p.setProcessEnvironment(env);
        p.start(daas::test::paths::cli(),
                {QStringLiteral("--facility"), m_profile, QStringLiteral("login"), QStringLiteral("--user"),
                 QStringLiteral("alice"), QStringLiteral("--password-stdin")});
        p.write("alice-pw\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        if (anyBus) {
            bus.terminate();
            bus.waitForFinished(10000);
        }
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains("No keychain service is running or answering"), err.constData());
        QVERIFY2(err.contains("Secret Service") && err.contains("DAAS_STORAGE_PASSWORD"), err.constData());
        QVERIFY2(!err.contains("reported an error"), err.constData());
        QCOMPARE(err.trimmed().count('\n'), 0); // one sentence (two), one line
    }

    void notSignedInSaysSo()
    {
        const Run r = daas({QStringLiteral("investigations")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("daas login"));
    }

    void wrongPassword()
    {
        const Run r = daas({QStringLiteral("login"), QStringLiteral("--user"), QStringLiteral("alice"),
                            QStringLiteral("--password-stdin")},
                           "wrong\n");
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed(), QByteArray("daas: The user name or password is not correct."));
    }

    // a password piped in without --password-stdin is refused (stdin is no terminal: Terminal_posix.cpp)
    void pipedPasswordNeedsTheFlag()
    {
        const Run r =
            daas({QStringLiteral("login"), QStringLiteral("--user"), QStringLiteral("alice")}, "alice-pw\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--password-stdin"), r.err.constData());
    }

    void loginBrowseDownload()
    {
        Run r = daas({QStringLiteral("login"), QStringLiteral("--user"), QStringLiteral("alice"),
                      QStringLiteral("--password-stdin")},
                     "alice-pw\n");
        QCOMPARE(r.code, 0);
        r = daas({QStringLiteral("whoami")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("simple/alice"));

        r = daas({QStringLiteral("investigations"), QStringLiteral("--json"), QStringLiteral("--filter"),
                  QStringLiteral("kagome")});
        QCOMPARE(r.code, 0);
        const QJsonArray inv = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(inv.size(), 1);
        const qint64 invId = inv.at(0)[QStringLiteral("id")].toInteger();
        // --limit: at most that many rows
        r = daas({QStringLiteral("investigations"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 2);
        r = daas({QStringLiteral("investigations"), QStringLiteral("--json"), QStringLiteral("--limit"),
                  QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = daas({QStringLiteral("investigations"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(r.code, 1);

        r = daas({QStringLiteral("datasets"), QString::number(invId), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        qint64 dsId = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            if (v[QStringLiteral("name")].toString() == QStringLiteral("MARI run data"))
                dsId = v[QStringLiteral("id")].toInteger();
        QVERIFY(dsId > 0);

        r = daas({QStringLiteral("datafiles"), QString::number(dsId)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("MAR25100.raw"));

        QTemporaryDir to;
        r = daas({QStringLiteral("download"), QStringLiteral("--dataset"), QString::number(dsId),
                  QStringLiteral("--to"), to.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(to.filePath(QStringLiteral("MARI run data/MAR25100.raw"))));
        // a whole investigation: a folder per dataset
        QTemporaryDir whole;
        r = daas({QStringLiteral("download"), QStringLiteral("--investigation"), QString::number(invId),
                  QStringLiteral("--to"), whole.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        QStringList found;
        for (QDirIterator it(whole.path(), {QStringLiteral("MAR25100.raw")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            found << QDir(whole.path()).relativeFilePath(it.next());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().endsWith(QStringLiteral("MARI run data/MAR25100.raw")),
                 qPrintable(found.first()));
        QCOMPARE(QFileInfo(whole.path() + u'/' + found.first()).size(),
                 QFileInfo(to.filePath(QStringLiteral("MARI run data/MAR25100.raw"))).size());

        // two-level storage: the data is on tape; the tool says the facility restores it, waits (polling
        // isPrepared), then downloads
        QVERIFY(m_emulator->admin(QStringLiteral("two-level"), QStringLiteral("on=1&restoreMs=1500")));
        QTemporaryDir fromTape;
        r = daas({QStringLiteral("download"), QStringLiteral("--dataset"), QString::number(dsId),
                  QStringLiteral("--to"), fromTape.path()});
        QVERIFY(m_emulator->admin(QStringLiteral("reset")));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("The facility is restoring these files from tape"), r.err.constData());
        QVERIFY(QFileInfo::exists(fromTape.filePath(QStringLiteral("MARI run data/MAR25100.raw"))));

        // a hostile archive: what is safe is written, the rest refused and the exit code says so
        QVERIFY(m_emulator->admin(QStringLiteral("hostile-zip-next"), QStringLiteral("kind=dotdot")));
        QTemporaryDir to2;
        r = daas({QStringLiteral("download"), QStringLiteral("--dataset"), QString::number(dsId),
                  QStringLiteral("--to"), to2.path()});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains("refused"));

        r = daas({QStringLiteral("datasets"), QStringLiteral("abc")});
        QCOMPARE(r.code, 1);
        // an id that never existed: said so (or that it is not readable, which IDS cannot tell apart), never
        // "no longer in the catalogue"
        r = daas({QStringLiteral("download"), QStringLiteral("--dataset"), QStringLiteral("999999"),
                  QStringLiteral("--to"), to.path()});
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains("There is no dataset 999999 in the catalogue, or you are not allowed to see it."),
            r.err.constData());
        QVERIFY2(!r.err.contains("no longer"), r.err.constData());
        r = daas({QStringLiteral("download"), QStringLiteral("--datafile"), QStringLiteral("999999"),
                  QStringLiteral("--to"), to.path()});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("There is no datafile 999999"), r.err.constData());

        // the session ends on the server: the tool says to sign in again
        QVERIFY(m_emulator->admin(QStringLiteral("expire-sessions")));
        r = daas({QStringLiteral("investigations")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("daas login"));

        r = daas({QStringLiteral("logout")});
        QVERIFY(r.code == 0 || r.code == 2);
    }

    // 'daas logout' on a shared workstation does the GUI's sign-out (Account::signOut): the session id and
    // the storage password 'daas login' kept in the keychain go, and so does the storage user in the
    // settings. Checked by listing the keychain (secret-tool) and reading the settings file.
    void sharedWorkstationLogoutLeavesNothing()
    {
        QJsonObject json = QJsonDocument::fromJson(m_emulator->profileJson()).object();
        json.insert(QStringLiteral("id"), QStringLiteral("shared-cli"));
        json.insert(QStringLiteral("sharedWorkstation"), true);
        json.insert(QStringLiteral("storage"),
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/dav/{user}/")}});
        const QString profile = m_dir.filePath(QStringLiteral("shared.json"));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
        f.close();
        const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(daas::test::paths::cli(), QStringList{QStringLiteral("--facility"), profile} + args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                return Run{-1, {}, "timeout"};
            return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const auto keychain = [] {
            QProcess tool;
            tool.setProcessChannelMode(QProcess::MergedChannels);
            tool.start(QStringLiteral("secret-tool"),
                       {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                        QStringLiteral("server"), QStringLiteral("daas-desktop")});
            tool.waitForFinished(15000);
            return QString::fromUtf8(tool.readAll());
        };
        const QString settingsFile =
            qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/daas-desktop/daas-desktop.conf");
        const auto settingsText = [&settingsFile] {
            QFile s(settingsFile);
            return s.open(QIODevice::ReadOnly) ? QString::fromUtf8(s.readAll()) : QString();
        };
        QVERIFY2(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(QStringLiteral("/tmp/daas-session.")),
                 "run under tests/facility/test-session.sh: the settings and keychain are that session's");

        Run r = run({QStringLiteral("login"), QStringLiteral("--user"), QStringLiteral("alice"),
                     QStringLiteral("--password-stdin")},
                    "alice-pw\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QString before = keychain();
        QVERIFY2(before.contains(QStringLiteral("shared-cli/cli-session/")), qPrintable(before));
        QVERIFY2(before.contains(QStringLiteral("shared-cli/storage/alice")), qPrintable(before));
        QVERIFY2(settingsText().contains(QStringLiteral("alice")), qPrintable(settingsText()));

        r = run({QStringLiteral("logout")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("Signed out."));
        const QString after = keychain();
        QVERIFY2(!after.contains(QStringLiteral("shared-cli/")), qPrintable(after));
        QVERIFY2(!settingsText().contains(QStringLiteral("alice")), qPrintable(settingsText()));
        // and the session is over at the server too
        r = run({QStringLiteral("whoami")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCatalogue)
#include "tst_cli_catalogue.moc"
