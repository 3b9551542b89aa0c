// The `daas` tool as a user runs it: a process, against the emulator, with the session in the keychain.

#include "IcatEmulatorProcess.h"

#include <QDir>
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

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run daas(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(DAAS_CLI_PATH), QStringList{QStringLiteral("--facility"), m_profile} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {-1, {}, "timeout"};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
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

        // a hostile archive: what is safe is written, the rest refused and the exit code says so
        QVERIFY(m_emulator->admin(QStringLiteral("hostile-zip-next"), QStringLiteral("kind=dotdot")));
        QTemporaryDir to2;
        r = daas({QStringLiteral("download"), QStringLiteral("--dataset"), QString::number(dsId),
                  QStringLiteral("--to"), to2.path()});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains("refused"));

        r = daas({QStringLiteral("datasets"), QStringLiteral("abc")});
        QCOMPARE(r.code, 1);
        r = daas({QStringLiteral("download"), QStringLiteral("--dataset"), QStringLiteral("999999"),
                  QStringLiteral("--to"), to.path()});
        QCOMPARE(r.code, 3);

        // the session ends on the server: the tool says to sign in again
        QVERIFY(m_emulator->admin(QStringLiteral("expire-sessions")));
        r = daas({QStringLiteral("investigations")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("daas login"));

        r = daas({QStringLiteral("logout")});
        QVERIFY(r.code == 0 || r.code == 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCatalogue)
#include "tst_cli_catalogue.moc"
