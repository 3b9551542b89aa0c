// `daas facility add|list|remove|refresh` as a user runs it: a process fetching a profile from a real HTTPS
// server on loopback. Without a terminal an untrusted certificate is refused (with its fingerprint shown)
// unless the script gives that fingerprint; nothing is kept from a refused fetch.

#include "CliProcess.h"
#include "HttpsTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using daas::testing::HttpsTestServer;

namespace {

const QByteArray profile =
    R"({"id":"lab","name":"Lab facility","description":"Beamline services",)"
    R"("icat":{"url":"https://icat.lab.example/icat"},"ids":{"url":"https://ids.lab.example/ids"},)"
    R"("batch":{"type":"slurm-rest","url":"https://slurm.lab.example:6820"}})";

} // namespace

class TestCliFacility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_home; // the tool's settings and data: this suite's own
    daas::testing::TestIdentity m_id;
    std::unique_ptr<HttpsTestServer> m_server;

    using Run = daas::testing::CliRun;
    // the server lives in this process: runCli turns the event loop while the tool waits for it
    Run daas(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"runtime"_s)); // no local demo facility here
        return daas::testing::runCli(args, env);
    }
    QString address() const
    {
        return u"127.0.0.1:%1"_s.arg(m_server->port()); // just the host: the well-known path
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_home.filePath(u"runtime"_s));
        QFile::setPermissions(m_home.filePath(u"runtime"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_id = daas::testing::makeTestIdentity(m_dir.path(), u"facility"_s);
        QVERIFY2(!m_id.isNull(), "openssl could not make a certificate");
        m_server = std::make_unique<HttpsTestServer>(m_id);
        QVERIFY(m_server->port() != 0);
        m_server->answers.insert(u"/.well-known/daas-facility.json"_s, {200, "application/json", profile});
        m_server->answers.insert(u"/retired.json"_s,
                                 {410, "text/plain", "This profile was retired; use lab2"});
    }

    void nothingKnownAtFirst()
    {
        const Run r = daas({u"facility"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    }

    void untrustedCertificateIsRefusedWithoutATerminal()
    {
        const Run r = daas({u"facility"_s, u"add"_s, address()});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(m_id.opensslFingerprint.toLatin1()), r.err.constData());
        QVERIFY2(r.err.contains("daas test facility"), r.err.constData()); // the subject is shown
        QVERIFY2(r.err.contains("--trust-certificate"), r.err.constData());
        QCOMPARE(m_server->served, 0);
        const Run wrong = daas({u"facility"_s, u"add"_s, address(), u"--trust-certificate"_s, u"AA:BB:CC"_s});
        QCOMPARE(wrong.code, 4);
        QCOMPARE(m_server->served, 0);
        QCOMPARE(QJsonDocument::fromJson(daas({u"facility"_s, u"list"_s, u"--json"_s}).out).array().size(),
                 0);
    }

    void addListRefreshRemove()
    {
        Run r = daas({u"facility"_s, u"add"_s, address(), u"--trust-certificate"_s,
                      m_id.opensslFingerprint.toLower()});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("lab"));
        // the profile is shown: its name and the hosts of its services
        QVERIFY2(r.err.contains("Lab facility") && r.err.contains("icat.lab.example") &&
                     r.err.contains("slurm.lab.example:6820"),
                 r.err.constData());
        QCOMPARE(m_server->requested, QStringList{u"/.well-known/daas-facility.json"_s});

        r = daas({u"facility"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[u"id"_s].toString(), u"lab"_s);
        QCOMPARE(rows.first()[u"source"_s].toString(),
                 m_server->url(u"/.well-known/daas-facility.json"_s).toString());
        r = daas({u"facility"_s, u"list"_s});
        QVERIFY(r.out.contains("Lab facility") && r.out.contains("icat.lab.example"));

        // the certificate decision is remembered; a refresh takes what the facility publishes now
        m_server->answers[u"/.well-known/daas-facility.json"_s].body =
            QByteArray(profile).replace("Lab facility", "Lab facility, renamed");
        r = daas({u"facility"_s, u"refresh"_s, u"lab"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"facility"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[u"name"_s].toString(),
                 u"Lab facility, renamed"_s);

        // the facility is usable by id
        r = daas({u"--facility"_s, u"lab"_s, u"whoami"_s});
        QCOMPARE(r.code, 2); // not signed in, but the facility was found

        // a refusal shows the server's words; nothing changes
        r = daas({u"facility"_s, u"add"_s, m_server->url(u"/retired.json"_s).toString()});
        QVERIFY2(r.code == 4, qPrintable(u"exit code %1: %2"_s.arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.err.contains("This profile was retired; use lab2"), r.err.constData());

        r = daas({u"facility"_s, u"remove"_s, u"lab"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(daas({u"facility"_s, u"list"_s, u"--json"_s}).out).array().size(),
                 0);
        QCOMPARE(daas({u"facility"_s, u"remove"_s, u"lab"_s}).code, 3);
    }

    void fileAndUsageMistakes()
    {
        const QString file = m_dir.filePath(u"other.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(profile).replace("\"lab\"", "\"other\""));
        f.close();
        Run r = daas({u"facility"_s, u"add"_s, file});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("other"));
        r = daas({u"facility"_s, u"refresh"_s, u"other"_s}); // from a file: no address to fetch again
        QCOMPARE(r.code, 3);
        QCOMPARE(daas({u"facility"_s, u"add"_s, u"http://127.0.0.1/p.json"_s}).code, 1);
        QCOMPARE(daas({u"facility"_s}).code, 1);
        QCOMPARE(daas({u"facility"_s, u"add"_s}).code, 1);
        QCOMPARE(daas({u"facility"_s, u"remove"_s, u"other"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFacility)
#include "tst_cli_facility.moc"
