// Secrets never leak: the `daas` tool runs the suites' real scenarios — ICAT sign-in and IDS downloads
// (emulator), WebDAV with Basic auth (real Apache), OpenNebula and OpenStack launches (emulators), Slurm REST
// with a token (real slurmrestd) — with every logging category on (QT_LOGGING_RULES="*.debug=true",
// DAAS_DEBUG=1, which also prints each error's detail), including the failures where details carry URLs.
// Then every line it printed and every file it wrote under its own HOME and XDG folders is searched for
// every password, session id and token of the run, as they are and percent-encoded, form-encoded and inside
// base64: 0 hits. The servers tell which secrets they handed out (/_emulator/issued-secrets,
// SlurmCluster::token()), so the search does not depend on the client's own idea of what a secret is.

#include "CliProcess.h"
#include "CloudEmulatorProcess.h"
#include "IcatEmulatorProcess.h"
#include "SecretForms.h"
#include "SlurmCluster.h"
#include "TestPaths.h"
#include "dav/DavServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using daas::testing::CloudEmulatorProcess;
using daas::testing::searchSecrets;
using daas::testing::SecretHit;

namespace {

const QString icatPassword = u"alice-pw"_s;             // the emulator's account
const QString wrongIcatPassword = u"not-alices-pw-7"_s; // refused, still a secret the user typed
const QString cloudPassword = u"alice-pw"_s;
const QString wrongStoragePassword = u"wrong-storage-pw-1"_s;

} // namespace

class TestSecretsScenarios : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_home;      // HOME and the XDG folders of every `daas` run: all it writes is in here
    QString m_downloads; // the folders it downloads into (data from the servers, searched too)
    std::unique_ptr<daas::testing::IcatEmulatorProcess> m_icat;
    std::unique_ptr<daas::testing::ApacheDavServer> m_dav;
    std::unique_ptr<CloudEmulatorProcess> m_nebula;
    std::unique_ptr<CloudEmulatorProcess> m_openstack;
    std::unique_ptr<daas::testing::SlurmCluster> m_slurm;
    QString m_profile;
    QString m_openstackProfile;
    QStringList m_slurmTokens;
    QByteArray m_log; // everything every run printed, stdout and stderr

    using Run = daas::testing::CliRun;

    Run daas(const QStringList &args, const QByteArray &input = {}, const QStringList &extraEnv = {},
             const QString &profile = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
        env.insert(u"XDG_STATE_HOME"_s, m_home + u"/.local/state"_s);
        env.insert(u"TMPDIR"_s, m_home + u"/tmp"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        env.insert(u"DAAS_DEBUG"_s, u"1"_s);
        env.insert(u"DAAS_STORAGE_USER"_s, m_dav->user());
        env.insert(u"DAAS_STORAGE_PASSWORD"_s, m_dav->password());
        env.insert(u"DAAS_CLOUD_PASSWORD"_s, cloudPassword);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const Run r = daas::testing::runCli(
            QStringList{u"--facility"_s, profile.isEmpty() ? m_profile : profile} + args, env, input, 180000,
            m_home);
        m_log += "$ daas " + args.join(u' ').toUtf8() + '\n' + r.out + r.err;
        return r;
    }

    QString writeProfile(const QString &name, const QJsonObject &profile)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(profile).toJson());
        return path;
    }

    QStringList secrets() const
    {
        QStringList all{icatPassword, wrongIcatPassword, cloudPassword, wrongStoragePassword,
                        m_dav->password()};
        all += m_icat->issuedSessionIds();
        for (CloudEmulatorProcess *cloud : {m_nebula.get(), m_openstack.get()})
            for (const QJsonValue &v : cloud->admin(u"issued-secrets"_s, {}, false).toArray())
                all << v.toString();
        all += m_slurmTokens;
        all.removeAll(QString());
        all.removeDuplicates();
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(u"home"_s);
        m_downloads = m_dir.filePath(u"downloads"_s);
        QVERIFY(QDir().mkpath(m_home + u"/tmp"_s) && QDir().mkpath(m_downloads));

        m_icat = std::make_unique<daas::testing::IcatEmulatorProcess>();
        QVERIFY2(m_icat->isRunning(), qPrintable(m_icat->log()));
        m_dav = std::make_unique<daas::testing::ApacheDavServer>();
        QVERIFY2(m_dav->start(), qPrintable(m_dav->errorLog()));
        const QStringList fast{u"--step-ms"_s, u"150"_s, u"--desktop-delay-ms"_s, u"500"_s};
        m_nebula = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenNebula, fast);
        QVERIFY2(m_nebula->isRunning(), qPrintable(m_nebula->log()));
        m_openstack = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenStack, fast);
        QVERIFY2(m_openstack->isRunning(), qPrintable(m_openstack->log()));
        m_slurm = std::make_unique<daas::testing::SlurmCluster>();
        QVERIFY2(m_slurm->start(), qPrintable(m_slurm->errorText()));

        QJsonObject profile = QJsonDocument::fromJson(m_icat->profileJson()).object();
        profile[u"id"_s] = u"secrets"_s;
        profile[u"storage"_s] = QJsonObject{{u"url"_s, m_dav->rootUrl().toString()}};
        profile[u"cloud"_s] =
            QJsonObject{{u"type"_s, u"opennebula"_s}, {u"url"_s, m_nebula->rpcUrl().toString()}};
        profile[u"batch"_s] =
            QJsonObject{{u"type"_s, u"slurm-rest"_s}, {u"url"_s, m_slurm->restUrl().toString()}};
        m_profile = writeProfile(u"facility.json"_s, profile);
        profile[u"id"_s] = u"secrets-openstack"_s;
        profile[u"cloud"_s] =
            QJsonObject{{u"type"_s, u"openstack"_s}, {u"url"_s, m_openstack->keystoneUrl().toString()}};
        m_openstackProfile = writeProfile(u"openstack.json"_s, profile);
        QVERIFY(!m_profile.isEmpty() && !m_openstackProfile.isEmpty());
    }

    // The search itself finds each form it claims to: a planted secret in a file and in a log line.
    void theSearchFindsWhatIsThere()
    {
        const QStringList planted{u"planted-Secret 42"_s};
        for (const QString &user : {u"u"_s, u"us"_s, u"use"_s}) {
            QList<SecretHit> hits;
            searchSecrets(u"base64"_s,
                          "Authorization: Basic " + (user + u":planted-Secret 42"_s).toUtf8().toBase64(),
                          planted, hits);
            QVERIFY2(!hits.isEmpty(), qPrintable(user));
        }
        QList<SecretHit> hits;
        searchSecrets(u"percent"_s, "GET /x?password=planted-Secret%2042 HTTP/1.1", planted, hits);
        searchSecrets(u"form"_s, "password=planted-Secret+42&x=1", planted, hits);
        searchSecrets(u"plain"_s, "<string>alice:planted-Secret 42</string>", planted, hits);
        QCOMPARE(hits.size(), 3);
    }

    void catalogue()
    {
        Run r = daas({u"login"_s, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                     wrongIcatPassword.toUtf8() + '\n');
        QCOMPARE(r.code, 2);
        r = daas({u"login"_s, u"--user"_s, u"alice"_s, u"--password-stdin"_s}, icatPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"whoami"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"investigations"_s, u"--json"_s, u"--filter"_s, u"kagome"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray investigations = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(investigations.size(), 1);
        r = daas({u"datasets"_s, QString::number(investigations.at(0)[u"id"_s].toInteger()), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray datasets = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!datasets.isEmpty());
        const QString dataset = QString::number(datasets.at(0)[u"id"_s].toInteger());
        r = daas({u"datafiles"_s, dataset, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray datafiles = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!datafiles.isEmpty());
        // IDS: a whole dataset (a ZIP), one datafile (raw), one that does not exist (an error whose detail
        // had the getData URL with its sessionId)
        r = daas({u"download"_s, u"--dataset"_s, dataset, u"--to"_s, m_downloads + u"/dataset"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"download"_s, u"--datafile"_s, QString::number(datafiles.at(0)[u"id"_s].toInteger()),
                  u"--to"_s, m_downloads + u"/datafile"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"download"_s, u"--datafile"_s, u"999999"_s, u"--to"_s, m_downloads + u"/none"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("daas: detail:"), r.err.constData()); // DAAS_DEBUG prints the detail
        // the session ends on the server: ICAT's refusal of GET /icat/session/<id>
        QVERIFY(m_icat->admin(u"expire-sessions"_s));
        r = daas({u"investigations"_s});
        QCOMPARE(r.code, 2);
        r = daas({u"login"_s, u"--user"_s, u"alice"_s, u"--password-stdin"_s}, icatPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(m_icat->issuedSessionIds().size() >= 2);
    }

    void storage()
    {
        QFile f(m_dir.filePath(u"upload.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("some data\n");
        f.close();
        Run r = daas({u"put"_s, f.fileName(), u"/"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"ls"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("upload.txt"));
        r = daas({u"get"_s, u"/upload.txt"_s, m_downloads + u"/dav.txt"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"ls"_s, u"/no-such-folder"_s});
        QVERIFY(r.code != 0);
        r = daas({u"ls"_s}, {}, {u"DAAS_STORAGE_PASSWORD="_s + wrongStoragePassword});
        QCOMPARE(r.code, 2);
    }

    void openNebula()
    {
        Run r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"templates"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas(
            {u"--user"_s, u"alice"_s, u"env"_s, u"launch"_s, u"secret desktop"_s, u"--template"_s, u"7"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"wait"_s, id, u"--timeout"_s, u"120"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"console"_s, id, u"--json"_s}); // never the password
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        // the session string ends on the server: one.user.login again, inside one run
        QVERIFY(!m_nebula->admin(u"expire-tokens"_s).isNull());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"list"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"list"_s}, {},
                 {u"DAAS_CLOUD_PASSWORD=not-the-cloud-pw"_s});
        QCOMPARE(r.code, 2);
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"delete"_s, id});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void openStack()
    {
        Run r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"templates"_s, u"--json"_s}, {}, {},
                     m_openstackProfile);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray templates = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!templates.isEmpty());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"launch"_s, u"secret server"_s, u"--template"_s,
                  templates.at(0)[u"id"_s].toString()},
                 {}, {}, m_openstackProfile);
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"list"_s, u"--json"_s}, {}, {}, m_openstackProfile);
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"--user"_s, u"alice"_s, u"env"_s, u"delete"_s, id}, {}, {}, m_openstackProfile);
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void slurmRest()
    {
        const QString token = m_slurm->token();
        QVERIFY(!token.isEmpty());
        m_slurmTokens << token << m_slurm->wrongToken() << m_slurm->expiredToken();
        Run r = daas({u"jobs"_s, u"partitions"_s}, {}, {u"DAAS_SLURM_TOKEN="_s + token});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"jobs"_s, u"list"_s, u"--all"_s}, {}, {u"DAAS_SLURM_TOKEN="_s + token});
        QVERIFY2(r.code == 0, r.err.constData());
        r = daas({u"jobs"_s, u"list"_s}, {}, {u"DAAS_SLURM_TOKEN="_s + m_slurm->wrongToken()});
        QVERIFY(r.code != 0);
        r = daas({u"jobs"_s, u"list"_s}, {}, {u"DAAS_SLURM_TOKEN="_s + m_slurm->expiredToken()});
        QVERIFY(r.code != 0);
    }

    // The tool's and the GUI's processes forbid core dumps (ci builds RelWithDebInfo, as releases: NDEBUG).
    void noCoreDumps_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        // it waits for the password on stdin; by then main() has run its first lines
        QTest::newRow("daas") << daas::test::paths::cli()
                              << QStringList{u"--facility"_s, m_profile,  u"login"_s,
                                             u"--user"_s,     u"alice"_s, u"--password-stdin"_s};
        // started only to read its core-dump limit (the whole-tree build makes it before ctest runs)
        if (!daas::test::paths::gui().isEmpty())
            QTest::newRow("daas-desktop")
                << daas::test::paths::gui() << QStringList{u"--facility"_s, m_profile};
    }

    void noCoreDumps()
    {
#ifdef NDEBUG
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(program, args);
        QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
        QByteArray limits;
        const bool forbidden = QTest::qWaitFor(
            [&] {
                QFile f(u"/proc/%1/limits"_s.arg(p.processId()));
                limits = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                for (const QByteArray &line : limits.split('\n'))
                    if (line.startsWith("Max core file size"))
                        return line.simplified() == "Max core file size 0 0 bytes";
                return false;
            },
            20000);
        p.kill();
        p.waitForFinished();
        QVERIFY2(forbidden, limits.constData());
#else
        QSKIP("a Debug build keeps core dumps (support/CoreDumps.h)");
#endif
    }

    // Last: every secret of the run, in every form, in nothing the tool printed or wrote.
    void noSecretInAnyLogOrFile()
    {
        const QStringList all = secrets();
        // what the run must have produced for the search to mean anything
        QVERIFY2(all.size() >= 10, qPrintable(all.join(u", "_s)));
        // debug lines of Qt's own categories and of ours were on
        QVERIFY(m_log.contains("qt.core."));
        QVERIFY(m_log.contains("daas.cloud: OpenNebula: one.user.login for"));
        QVERIFY(m_log.contains("daas.identity: signed in as"));
        QList<SecretHit> hits;
        searchSecrets(u"the tool's output"_s, m_log, all, hits);
        int files = 0;
        for (const QString &root : {m_home, m_downloads}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                // the servers' data files are random bytes: base64-shaped runs occur there by chance, so
                // they are searched for the secrets as text only
                const QByteArray content = f.readAll();
                if (root == m_downloads) {
                    for (const QString &s : all)
                        if (content.contains(s.toUtf8()))
                            hits.append({f.fileName(), s, s.toUtf8()});
                } else {
                    searchSecrets(f.fileName(), content, all, hits);
                }
                ++files;
            }
        }
        qInfo("searched %lld bytes of output and %d files for %lld secrets", qint64(m_log.size()), files,
              qint64(all.size()));
        QVERIFY(files > 0);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(daas::testing::describeHits(hits, u"the tool's output"_s, m_log)));
    }

    void cleanupTestCase()
    {
        if (qEnvironmentVariableIsSet("DAAS_SECRETS_KEEP_LOG")) {
            QFile f(qEnvironmentVariable("DAAS_SECRETS_KEEP_LOG"));
            if (f.open(QIODevice::WriteOnly))
                f.write(m_log);
        }
        m_slurm.reset();
        m_openstack.reset();
        m_nebula.reset();
        m_dav.reset();
        m_icat.reset();
    }
};

QTEST_GUILESS_MAIN(TestSecretsScenarios)
#include "tst_secrets_scenarios.moc"
