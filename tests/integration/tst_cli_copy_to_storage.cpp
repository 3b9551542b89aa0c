// `daas copy-to-storage` as a user runs it: a process, with the ICAT session of 'daas login' in the keychain
// and the storage password from the environment, against the ICAT/IDS emulator and a real Apache mod_dav.
// Results on stdout, one sentence per problem on stderr, the exit codes of the other commands.

#include "CliProcess.h"
#include "IcatEmulatorProcess.h"
#include "IcatTestData.h"
#include "LocalFiles.h"
#include "dav/DavServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestCliCopyToStorage : public QObject
{
    Q_OBJECT
    std::unique_ptr<daas::testing::IcatEmulatorProcess> m_emulator;
    std::unique_ptr<daas::testing::ApacheDavServer> m_dav;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_session; // the test's own ICAT session, to make test data
    std::unique_ptr<daas::testing::IcatTestData> m_data;
    int m_made = 0;

    using Run = daas::testing::CliRun;
    Run daas(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DAAS_STORAGE_USER"_s, m_dav->user());
        env.insert(u"DAAS_STORAGE_PASSWORD"_s, m_dav->password());
        return daas::testing::runCli(QStringList{u"--facility"_s, m_profile} + args, env, input);
    }

    QString stored(const QString &path) const { return m_dav->dataDir() + u'/' + path; }
    QString nextName(const QString &base) { return u"%1 %2"_s.arg(base).arg(++m_made); }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<daas::testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
        m_dav = std::make_unique<daas::testing::ApacheDavServer>();
        QVERIFY2(m_dav->start(), qPrintable(m_dav->errorLog()));
        QJsonObject profile = QJsonDocument::fromJson(m_emulator->profileJson()).object();
        profile.insert(u"storage"_s, QJsonObject{{u"url"_s, m_dav->rootUrl().toString()}});
        m_profile = m_dir.filePath(u"facility.json"_s);
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
        f.close();
        const Run login = daas({u"login"_s, u"--user"_s, u"alice"_s, u"--password-stdin"_s}, "alice-pw\n");
        QVERIFY2(login.code == 0, login.err.constData());

        m_data = std::make_unique<daas::testing::IcatTestData>(*m_emulator, [this] { return m_session; });
        m_session = m_data->signIn(u"alice"_s, u"alice-pw"_s);
        QVERIFY(!m_session.isEmpty());
        QVERIFY(m_data->investigation() > 0 && m_data->nexusFormat() > 0);
    }

    void cleanup() { QVERIFY(m_emulator->admin(u"reset"_s)); }

    void datasetIntoAFolderAndADatafileIntoTheDefault()
    {
        const QString name = nextName(u"CLI run"_s);
        const qint64 ds = m_data->makeDataset(name);
        const QByteArray a = daas::testing::seededBytes(1500 * 1024, 1),
                         b = daas::testing::seededBytes(20 * 1024, 2);
        QVERIFY(m_data->putFile(ds, u"MAR31001.nxs"_s, a) > 0);
        const qint64 single = m_data->putFile(ds, u"logs/MAR31001.log"_s, b);
        const Run r =
            daas({u"copy-to-storage"_s, u"--dataset"_s, QString::number(ds), u"--to"_s, u"/projects/run/"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(daas::testing::readFile(stored(u"projects/run/%1/MAR31001.nxs"_s.arg(name))), a);
        QCOMPARE(daas::testing::readFile(stored(u"projects/run/%1/logs/MAR31001.log"_s.arg(name))), b);
        // what was written, one path a line; what happens, on stderr
        QStringList written = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        written.sort();
        QCOMPARE(written, (QStringList{u"/projects/run/%1/MAR31001.nxs"_s.arg(name),
                                       u"/projects/run/%1/logs/MAR31001.log"_s.arg(name)}));
        QVERIFY2(r.err.contains("Copying 2 files into /projects/run"), r.err.constData());

        // a datafile on its own, into "datasets", as JSON
        const Run j = daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(single), u"--json"_s});
        QVERIFY2(j.code == 0, j.err.constData());
        QCOMPARE(QJsonDocument::fromJson(j.out).object().value(u"written"_s).toArray(),
                 QJsonArray{u"/datasets/MAR31001.log"_s});
        QCOMPARE(daas::testing::readFile(stored(u"datasets/MAR31001.log"_s)), b);

        // several at once: each --datafile (and --dataset) given
        const qint64 other = m_data->putFile(ds, u"MAR31002.nxs"_s, "two");
        const Run several =
            daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(single), u"--datafile"_s,
                  QString::number(other), u"--to"_s, u"several"_s, u"--json"_s});
        QVERIFY2(several.code == 0, several.err.constData());
        QCOMPARE(QJsonDocument::fromJson(several.out).object().value(u"written"_s).toArray().size(), 2);
        QCOMPARE(daas::testing::readFile(stored(u"several/MAR31001.log"_s)), b);
        QCOMPARE(daas::testing::readFile(stored(u"several/MAR31002.nxs"_s)), QByteArray("two"));
    }

    void existingTargetsNeedOverwrite()
    {
        const qint64 ds = m_data->makeDataset(nextName(u"CLI again"_s));
        const QByteArray bytes = daas::testing::seededBytes(30 * 1024, 3);
        const qint64 df = m_data->putFile(ds, u"MAR31010.nxs"_s, bytes);
        QVERIFY(m_dav->putFile(u"again/MAR31010.nxs"_s, "theirs"));
        const Run r =
            daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(df), u"--to"_s, u"again"_s});
        QCOMPARE(r.code, 4);
        QCOMPARE(
            r.err.trimmed().split('\n').last(),
            QByteArray("daas: /again/MAR31010.nxs already exists on the storage server; give --overwrite to "
                       "replace it."));
        QCOMPARE(daas::testing::readFile(stored(u"again/MAR31010.nxs"_s)), QByteArray("theirs"));
        const Run o = daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(df), u"--to"_s, u"again"_s,
                            u"--overwrite"_s});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(daas::testing::readFile(stored(u"again/MAR31010.nxs"_s)), bytes);
    }

    void damagedBytesAndLeftOutNamesAreSentences()
    {
        const qint64 ds = m_data->makeDataset(nextName(u"CLI damaged"_s));
        const qint64 bad = m_data->putFile(ds, u"MAR31020.nxs"_s, daas::testing::seededBytes(200 * 1024, 4));
        QVERIFY(m_emulator->admin(u"corrupt-datafile"_s, u"id=%1"_s.arg(bad)));
        const Run r =
            daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(bad), u"--to"_s, u"damaged"_s});
        QCOMPARE(r.code, 4);
        QVERIFY2(
            r.err.contains("“MAR31020.nxs” did not arrive as the catalogue describes it (its CRC-32 checksum "
                           "differs), so it was not kept."),
            r.err.constData());
        QVERIFY(QDir(stored(u"damaged"_s))
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());

        // a name the storage cannot take: the others are copied, the run says what was left out (exit 5)
        const QString name = nextName(u"CLI names"_s);
        const qint64 named = m_data->makeDataset(name);
        m_data->putFile(named, QString(300, u'n'), "long");
        m_data->putFile(named, u"ok.nxs"_s, "ok");
        const Run n =
            daas({u"copy-to-storage"_s, u"--dataset"_s, QString::number(named), u"--to"_s, u"names"_s});
        QCOMPARE(n.code, 5);
        QVERIFY2(n.err.contains("its name cannot be used in the storage."), n.err.constData());
        QCOMPARE(daas::testing::readFile(stored(u"names/%1/ok.nxs"_s.arg(name))), QByteArray("ok"));
    }

    void badArgumentsAndAnEndedSession()
    {
        Run r = daas({u"copy-to-storage"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--dataset ID or --datafile ID"));
        r = daas({u"copy-to-storage"_s, u"--dataset"_s, u"twelve"_s});
        QCOMPARE(r.code, 1);
        r = daas({u"copy-to-storage"_s, u"--dataset"_s, u"1"_s, u"--to"_s, u"a/../b"_s});
        QCOMPARE(r.code, 5);
        // a dataset that is not in the catalogue: its answer as a sentence, exit 3
        const qint64 someId = m_data->search(u"SELECT ds FROM Dataset ds ORDER BY ds.id DESC LIMIT 0, 1"_s)
                                  .at(0)[u"Dataset"_s][u"id"_s]
                                  .toInteger();
        r = daas({u"copy-to-storage"_s, u"--dataset"_s, QString::number(someId + 1000)});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith("daas: The dataset"), r.err.constData());
        // the session of 'daas login' ended: sign in again (exit 2)
        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        r = daas({u"copy-to-storage"_s, u"--dataset"_s, QString::number(someId)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("daas login"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCopyToStorage)
#include "tst_cli_copy_to_storage.moc"
