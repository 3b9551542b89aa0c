// `daas copy-to-storage` as a user runs it: a process, with the ICAT session of 'daas login' in the keychain
// and the storage password from the environment, against the ICAT/IDS emulator and a real Apache mod_dav.
// Results on stdout, one sentence per problem on stderr, the exit codes of the other commands.

#include "IcatEmulatorProcess.h"
#include "TestPaths.h"
#include "dav/DavServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

} // namespace

class TestCliCopyToStorage : public QObject
{
    Q_OBJECT
    std::unique_ptr<daas::testing::IcatEmulatorProcess> m_emulator;
    std::unique_ptr<daas::testing::ApacheDavServer> m_dav;
    QTemporaryDir m_dir;
    QString m_profile;
    QNetworkAccessManager m_nam;
    QString m_session; // the test's own ICAT session, to make test data
    qint64 m_investigation = 0;
    qint64 m_format = 0;
    int m_made = 0;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run daas(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DAAS_STORAGE_USER"_s, m_dav->user());
        env.insert(u"DAAS_STORAGE_PASSWORD"_s, m_dav->password());
        p.setProcessEnvironment(env);
        p.start(daas::test::paths::cli(), QStringList{u"--facility"_s, m_profile} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {-1, {}, "timeout"};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QByteArray http(const QByteArray &verb, const QString &path,
                    const QList<std::pair<QString, QString>> &query, const QByteArray &body = {},
                    const QByteArray &type = {})
    {
        QUrl url = m_emulator->baseUrl().resolved(QUrl(path));
        QByteArray q;
        for (const auto &[k, v] : query)
            q += (q.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
        QNetworkRequest rq(url);
        if (!type.isEmpty())
            rq.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_nam.sendCustomRequest(rq, verb, body);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000);
        const QByteArray answer = reply->readAll();
        delete reply;
        return answer;
    }
    QJsonArray search(const QString &query)
    {
        return QJsonDocument::fromJson(
                   http("GET", u"/icat/entityManager"_s, {{u"sessionId"_s, m_session}, {u"query"_s, query}}))
            .array();
    }
    qint64 makeDataset(const QString &name)
    {
        const QJsonArray entities{QJsonObject{
            {u"Dataset"_s,
             QJsonObject{{u"name"_s, name}, {u"investigation"_s, QJsonObject{{u"id"_s, m_investigation}}}}}}};
        const QByteArray form = "sessionId=" + QUrl::toPercentEncoding(m_session) + "&entities=" +
                                QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(entities).toJson()));
        return QJsonDocument::fromJson(
                   http("POST", u"/icat/entityManager"_s, {}, form, "application/x-www-form-urlencoded"))
            .array()
            .at(0)
            .toInteger();
    }
    qint64 putFile(qint64 dataset, const QString &name, const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(http("PUT", u"/ids/put"_s,
                                            {{u"sessionId"_s, m_session},
                                             {u"name"_s, name},
                                             {u"datasetId"_s, QString::number(dataset)},
                                             {u"datafileFormatId"_s, QString::number(m_format)}},
                                            bytes, "application/octet-stream"))
            .object()
            .value(u"id"_s)
            .toInteger();
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

        const QJsonObject json{{u"plugin"_s, u"simple"_s},
                               {u"credentials"_s, QJsonArray{QJsonObject{{u"username"_s, u"alice"_s}},
                                                             QJsonObject{{u"password"_s, u"alice-pw"_s}}}}};
        m_session =
            QJsonDocument::fromJson(
                http("POST", u"/icat/session"_s, {},
                     "json=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(json).toJson())),
                     "application/x-www-form-urlencoded"))
                .object()
                .value(u"sessionId"_s)
                .toString();
        QVERIFY(!m_session.isEmpty());
        m_investigation =
            search(u"SELECT ds FROM Dataset ds WHERE ds.name = 'MARI run data' ORDER BY ds.id LIMIT 0, 1 "
                   u"INCLUDE ds.investigation"_s)
                .at(0)[u"Dataset"_s][u"investigation"_s][u"id"_s]
                .toInteger();
        m_format =
            search(u"SELECT f FROM DatafileFormat f WHERE f.facility.name = 'ISIS' AND f.name = 'nexus'"_s)
                .at(0)[u"DatafileFormat"_s][u"id"_s]
                .toInteger();
        QVERIFY(m_investigation > 0 && m_format > 0);
    }

    void cleanup() { QVERIFY(m_emulator->admin(u"reset"_s)); }

    void datasetIntoAFolderAndADatafileIntoTheDefault()
    {
        const QString name = nextName(u"CLI run"_s);
        const qint64 ds = makeDataset(name);
        const QByteArray a = randomBytes(1500 * 1024, 1), b = randomBytes(20 * 1024, 2);
        QVERIFY(putFile(ds, u"MAR31001.nxs"_s, a) > 0);
        const qint64 single = putFile(ds, u"logs/MAR31001.log"_s, b);
        const Run r =
            daas({u"copy-to-storage"_s, u"--dataset"_s, QString::number(ds), u"--to"_s, u"/projects/run/"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readFile(stored(u"projects/run/%1/MAR31001.nxs"_s.arg(name))), a);
        QCOMPARE(readFile(stored(u"projects/run/%1/logs/MAR31001.log"_s.arg(name))), b);
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
        QCOMPARE(readFile(stored(u"datasets/MAR31001.log"_s)), b);

        // several at once: each --datafile (and --dataset) given
        const qint64 other = putFile(ds, u"MAR31002.nxs"_s, "two");
        const Run several =
            daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(single), u"--datafile"_s,
                  QString::number(other), u"--to"_s, u"several"_s, u"--json"_s});
        QVERIFY2(several.code == 0, several.err.constData());
        QCOMPARE(QJsonDocument::fromJson(several.out).object().value(u"written"_s).toArray().size(), 2);
        QCOMPARE(readFile(stored(u"several/MAR31001.log"_s)), b);
        QCOMPARE(readFile(stored(u"several/MAR31002.nxs"_s)), QByteArray("two"));
    }

    void existingTargetsNeedOverwrite()
    {
        const qint64 ds = makeDataset(nextName(u"CLI again"_s));
        const QByteArray bytes = randomBytes(30 * 1024, 3);
        const qint64 df = putFile(ds, u"MAR31010.nxs"_s, bytes);
        QVERIFY(m_dav->putFile(u"again/MAR31010.nxs"_s, "theirs"));
        const Run r =
            daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(df), u"--to"_s, u"again"_s});
        QCOMPARE(r.code, 4);
        QCOMPARE(
            r.err.trimmed().split('\n').last(),
            QByteArray("daas: /again/MAR31010.nxs already exists on the storage server; give --overwrite to "
                       "replace it."));
        QCOMPARE(readFile(stored(u"again/MAR31010.nxs"_s)), QByteArray("theirs"));
        const Run o = daas({u"copy-to-storage"_s, u"--datafile"_s, QString::number(df), u"--to"_s, u"again"_s,
                            u"--overwrite"_s});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(readFile(stored(u"again/MAR31010.nxs"_s)), bytes);
    }

    void damagedBytesAndLeftOutNamesAreSentences()
    {
        const qint64 ds = makeDataset(nextName(u"CLI damaged"_s));
        const qint64 bad = putFile(ds, u"MAR31020.nxs"_s, randomBytes(200 * 1024, 4));
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
        const qint64 named = makeDataset(name);
        putFile(named, QString(300, u'n'), "long");
        putFile(named, u"ok.nxs"_s, "ok");
        const Run n =
            daas({u"copy-to-storage"_s, u"--dataset"_s, QString::number(named), u"--to"_s, u"names"_s});
        QCOMPARE(n.code, 5);
        QVERIFY2(n.err.contains("its name cannot be used in the storage."), n.err.constData());
        QCOMPARE(readFile(stored(u"names/%1/ok.nxs"_s.arg(name))), QByteArray("ok"));
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
        const qint64 someId = search(u"SELECT ds FROM Dataset ds ORDER BY ds.id DESC LIMIT 0, 1"_s)
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
