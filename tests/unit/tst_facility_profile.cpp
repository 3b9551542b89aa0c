// Facility profiles: validation that names the bad field, nothing bundled but the demo, the registry
// (imported profiles, the local demo, the current choice) and profile archives for offline machines, hostile
// ones included.

#include "facility/FacilityRegistry.h"
#include "support/Settings.h"

#include <KTar>
#include <KZip>
#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace daas;
using namespace Qt::StringLiterals;
using facility::FacilityProfile;
using facility::FacilityRegistry;

// The slots are defined below the class: moc misreads raw string literals that hold // or '.
class TestFacilityProfile : public QObject
{
    Q_OBJECT
    QByteArray m_pem;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachBadFieldGivesItsOwnMessage_data();
    void eachBadFieldGivesItsOwnMessage();
    void malformedJsonSaysWhere();
    void goodProfilesAndRoundTrip();
    void storageUrlWithUserPlaceholder();
    void onlyTheDemoTemplateIsBundled();
    void localDemoAndCurrentChoice();
    void importJsonThenReplaceAndRemove();
    void archiveRoundTripKeepsCertificates_data();
    void archiveRoundTripKeepsCertificates();
    void hostileOrBrokenArchivesAreRefused_data();
    void hostileOrBrokenArchivesAreRefused();
    void archiveWithoutProfileOrWrongFormat();
    void zipBombArchivesAreRefused_data();
    void zipBombArchivesAreRefused();
};

namespace {

const QByteArray minimal =
    R"({"id":"x","name":"X","icat":{"url":"https://i.example/icat"},"ids":{"url":"https://i.example/ids"}})";

// `minimal` with one more top-level member
QByteArray with(const QByteArray &member)
{
    return minimal.chopped(1) + ',' + member + '}';
}

QByteArray profileJson(const QString &id, const QString &name)
{
    return QJsonDocument(
               QJsonObject{{u"id"_s, id},
                           {u"name"_s, name},
                           {u"icat"_s, QJsonObject{{u"url"_s, u"https://icat.%1.example/icat"_s.arg(id)}}},
                           {u"ids"_s, QJsonObject{{u"url"_s, u"https://ids.%1.example/ids"_s.arg(id)}}}})
        .toJson();
}

// A real certificate, made by openssl at test time (self-signed; only its PEM shape matters here).
QByteArray makeCertificatePem(const QString &dir)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=Example Facility CA"_s, u"-keyout"_s,
                                 dir + u"/ca.key"_s, u"-out"_s, dir + u"/ca.pem"_s});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return {};
    QFile f(dir + u"/ca.pem"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// `bytes` of zeros into an archive being written, a block at a time (a ZIP bomb made at test time).
bool writeZeros(KArchive &archive, const QString &name, qint64 bytes)
{
    if (!archive.prepareWriting(name, u"root"_s, u"root"_s, bytes))
        return false;
    const QByteArray block(1 << 20, '\0');
    for (qint64 left = bytes; left > 0; left -= block.size())
        if (!archive.writeData(block.constData(), std::min<qint64>(left, block.size())))
            return false;
    return archive.finishWriting(bytes);
}

QStringList filesBelow(const QString &dir)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
         it.hasNext();)
        out << it.next();
    out.sort();
    return out;
}

} // namespace

void TestFacilityProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    m_pem = makeCertificatePem(m_work.path());
    QVERIFY2(!m_pem.isEmpty(), "openssl could not make a certificate");
}

void TestFacilityProfile::init()
{
    QDir(FacilityRegistry::importedDir()).removeRecursively();
    support::Settings::remove(support::keys::currentFacility);
    QFile::remove(FacilityRegistry::localDemoPath());
}

void TestFacilityProfile::eachBadFieldGivesItsOwnMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // the part after "not valid: "
    QTest::newRow("top level array") << QByteArray("[1]") << u"(top level): must be a JSON object"_s;
    QTest::newRow("no id")
        << QByteArray(R"({"name":"X","icat":{"url":"https://i/icat"},"ids":{"url":"https://i/ids"}})")
        << u"id: is missing"_s;
    QTest::newRow("id not text") << QByteArray(minimal).replace(R"("id":"x")", R"("id":7)")
                                 << u"id: must be a text"_s;
    QTest::newRow("id with slash") << QByteArray(minimal).replace(R"("id":"x")", R"("id":"../x")")
                                   << u"id: may hold only letters, digits, '-' and '_'"_s;
    QTest::newRow("sharedWorkstation not a boolean")
        << QByteArray(minimal).replace(R"("id":"x")", R"("id":"x","sharedWorkstation":"yes")")
        << u"sharedWorkstation: must be true or false"_s;
    QTest::newRow("empty name") << QByteArray(minimal).replace(R"("name":"X")", R"("name":"  ")")
                                << u"name: must not be empty"_s;
    QTest::newRow("no icat") << QByteArray(R"({"id":"x","name":"X","ids":{"url":"https://i/ids"}})")
                             << u"icat: is missing"_s;
    QTest::newRow("icat not object") << QByteArray(minimal).replace(R"({"url":"https://i.example/icat"})",
                                                                    R"("https://i.example/icat")")
                                     << u"icat: must be an object"_s;
    QTest::newRow("icat url missing")
        << QByteArray(minimal).replace(R"({"url":"https://i.example/icat"})", "{}")
        << u"icat.url: is missing"_s;
    QTest::newRow("icat ftp") << QByteArray(minimal).replace("https://i.example/icat", "ftp://i.example/icat")
                              << u"icat.url: must be an http or https URL"_s;
    QTest::newRow("icat no host") << QByteArray(minimal).replace("https://i.example/icat", "https:///icat")
                                  << u"icat.url: must be an http or https URL"_s;
    QTest::newRow("icat with password")
        << QByteArray(minimal).replace("https://i.example/icat", "https://u:p@i.example/icat")
        << u"icat.url: must be an http or https URL"_s;
    QTest::newRow("ids number") << QByteArray(minimal).replace(R"("https://i.example/ids")", "5")
                                << u"ids.url: must be an http or https URL"_s;
    QTest::newRow("typo top level") << with(R"("storrage":{})")
                                    << u"storrage: is not a known field (a typo?)"_s;
    QTest::newRow("typo inside") << with(R"("storage":{"url":"https://d.example/","atuh":"basic"})")
                                 << u"storage.atuh: is not a known field (a typo?)"_s;
    QTest::newRow("cloud type") << with(R"("cloud":{"type":"aws","url":"https://c.example"})")
                                << u"cloud.type: must be one of opennebula, openstack"_s;
    QTest::newRow("cloud no type") << with(R"("cloud":{"url":"https://c.example"})")
                                   << u"cloud.type: is missing"_s;
    QTest::newRow("cloud no url") << with(R"("cloud":{"type":"openstack"})") << u"cloud.url: is missing"_s;
    QTest::newRow("cloud desktop protocol")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example","desktopProtocol":"spice"})")
        << u"cloud.desktopProtocol: must be one of vnc, rdp"_s;
    QTest::newRow("cloud desktop protocol not text")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example","desktopProtocol":true})")
        << u"cloud.desktopProtocol: must be one of vnc, rdp"_s;
    QTest::newRow("cloud project for OpenNebula")
        << with(R"("cloud":{"type":"opennebula","url":"https://c.example/RPC2","project":"demo"})")
        << u"cloud.project: is for OpenStack clouds only"_s;
    QTest::newRow("cloud domain empty")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example/v3","domain":" "})")
        << u"cloud.domain: must be a text that is not empty"_s;
    QTest::newRow("cloud project not text")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example/v3","project":7})")
        << u"cloud.project: must be a text that is not empty"_s;
    QTest::newRow("cloud desktop protocol upper case")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example","desktopProtocol":"RDP"})")
        << u"cloud.desktopProtocol: must be one of vnc, rdp"_s;
    QTest::newRow("rdp gateway as a URL")
        << with(
               R"("cloud":{"type":"openstack","url":"https://c.example/v3","rdpGateway":"https://gw.example/"})")
        << u"cloud.rdpGateway: must be a host name with an optional :port"_s;
    QTest::newRow("rdp gateway with a user")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example/v3","rdpGateway":"me@gw.example"})")
        << u"cloud.rdpGateway: must be a host name with an optional :port"_s;
    QTest::newRow("rdp gateway port out of range")
        << with(
               R"("cloud":{"type":"openstack","url":"https://c.example/v3","rdpGateway":"gw.example:70000"})")
        << u"cloud.rdpGateway: must be a host name with an optional :port"_s;
    QTest::newRow("rdp gateway empty")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example/v3","rdpGateway":""})")
        << u"cloud.rdpGateway: must be a host name with an optional :port"_s;
    QTest::newRow("rdp gateway not text")
        << with(R"("cloud":{"type":"openstack","url":"https://c.example/v3","rdpGateway":443})")
        << u"cloud.rdpGateway: must be a host name with an optional :port"_s;
    QTest::newRow("storage auth") << with(R"("storage":{"url":"https://d.example/","auth":"digest"})")
                                  << u"storage.auth: must be one of basic, bearer"_s;
    QTest::newRow("batch type") << with(R"("batch":{"type":"pbs","url":"ssh://h"})")
                                << u"batch.type: must be one of slurm-rest, slurm-ssh, lsf-ssh"_s;
    QTest::newRow("batch ssh needs ssh") << with(R"("batch":{"type":"slurm-ssh","url":"https://x.example"})")
                                         << u"batch.url: must be an ssh URL"_s;
    QTest::newRow("batch rest needs http") << with(R"("batch":{"type":"slurm-rest","url":"ssh://x.example"})")
                                           << u"batch.url: must be an http or https URL"_s;
    QTest::newRow("batch ssh password") << with(R"("batch":{"type":"lsf-ssh","url":"ssh://u:pw@x.example"})")
                                        << u"batch.url: must be an ssh URL"_s;
    QTest::newRow("batch no url") << with(R"("batch":{"type":"lsf-ssh"})") << u"batch.url: is missing"_s;
    QTest::newRow("batch token url only for rest")
        << with(R"("batch":{"type":"slurm-ssh","url":"ssh://h","tokenUrl":"https://t.example/token"})")
        << u"batch.tokenUrl: is only used with the type slurm-rest"_s;
    QTest::newRow("batch token url scheme")
        << with(R"("batch":{"type":"slurm-rest","url":"https://h","tokenUrl":"ftp://t.example/token"})")
        << u"batch.tokenUrl: must be an http or https URL"_s;
    QTest::newRow("batch storage mount relative")
        << with(R"("batch":{"type":"slurm-rest","url":"https://h","storageMount":"mnt/daas"})")
        << u"batch.storageMount: must be an absolute path on the cluster"_s;
    QTest::newRow("batch storage mount climbs")
        << with(R"("batch":{"type":"slurm-rest","url":"https://h","storageMount":"/mnt/../etc"})")
        << u"batch.storageMount: must be an absolute path on the cluster"_s;
}

void TestFacilityProfile::eachBadFieldGivesItsOwnMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<FacilityProfile> r = FacilityProfile::fromJson(json);
    QVERIFY2(!r, json.constData());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(r.error().userText(), u"The facility profile is not valid: "_s + message);
}

void TestFacilityProfile::malformedJsonSaysWhere()
{
    const Result<FacilityProfile> r = FacilityProfile::fromJson("{\n  \"id\": \"x\",\n  \"name\" \"X\"\n}");
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(r.error().userText().contains(u"line 3"_s), qPrintable(r.error().userText()));
    QVERIFY2(r.error().userText().contains(u"column"_s), qPrintable(r.error().userText()));
    QVERIFY2(r.error().detail().contains(u"offset"_s), qPrintable(r.error().detail()));
}

void TestFacilityProfile::goodProfilesAndRoundTrip()
{
    const QByteArray json =
        R"({"id":"stfc","name":" STFC ","description":"d","icat":{"url":"https://icat.example/icat"},)"
        R"("ids":{"url":"https://ids.example/ids"},"cloud":{"type":"opennebula","url":"https://one.example:2633/RPC2"},)"
        R"("storage":{"url":"https://dav.example/home/","auth":"bearer"},)"
        R"("batch":{"type":"slurm-ssh","url":"ssh://fedid@scarf.example:22"}})";
    const Result<FacilityProfile> r = FacilityProfile::fromJson(json);
    QVERIFY2(r, qPrintable(r.error().userText()));
    QCOMPARE(r->name, u"STFC"_s);
    QCOMPARE(r->cloudType, u"opennebula"_s);
    QCOMPARE(r->cloudDesktopProtocol, QString()); // not said: the client's default
    QVERIFY(!r->toJson().value(u"cloud"_s).toObject().contains(u"desktopProtocol"_s));
    QCOMPARE(r->storageAuth, u"bearer"_s);
    QCOMPARE(r->batchUrl.userName(), u"fedid"_s);
    const Result<FacilityProfile> again = FacilityProfile::fromJson(QJsonDocument(r->toJson()).toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), r->toJson());
    // storage without auth means basic; the optional sections stay absent when not given
    const Result<FacilityProfile> s =
        FacilityProfile::fromJson(with(R"("storage":{"url":"https://d.example/"})"));
    QVERIFY(s);
    QCOMPARE(s->storageAuth, u"basic"_s);
    QVERIFY(!s->cloudUrl.isValid() && !s->batchUrl.isValid());
    // the batch section's token service and storage mount survive a round trip
    const Result<FacilityProfile> b = FacilityProfile::fromJson(with(
        R"("batch":{"type":"slurm-rest","url":"http://127.0.0.1:6820","tokenUrl":"https://t.example/token",)"
        R"("storageMount":"/mnt/daas/{user}"})"));
    QVERIFY2(b, qPrintable(b.error().userText()));
    QCOMPARE(b->batchTokenUrl, QUrl(u"https://t.example/token"_s));
    QCOMPARE(b->batchStorageMount, u"/mnt/daas/{user}"_s);
    const Result<FacilityProfile> b2 = FacilityProfile::fromJson(QJsonDocument(b->toJson()).toJson());
    QVERIFY(b2);
    QCOMPARE(b2->toJson(), b->toJson());
    QVERIFY(!s->toJson().contains(u"cloud"_s));
    // the desktop protocol a facility prefers survives a round trip
    const Result<FacilityProfile> rdp = FacilityProfile::fromJson(
        with(R"("cloud":{"type":"openstack","url":"https://c.example/v3","desktopProtocol":"rdp"})"));
    QVERIFY2(rdp, qPrintable(rdp.error().userText()));
    QCOMPARE(rdp->cloudDesktopProtocol, u"rdp"_s);
    const Result<FacilityProfile> rdpAgain = FacilityProfile::fromJson(QJsonDocument(rdp->toJson()).toJson());
    QVERIFY(rdpAgain);
    QCOMPARE(rdpAgain->cloudDesktopProtocol, u"rdp"_s);
    // the RD Gateway in front of the RDP desktops: 443 unless said, and it survives a round trip
    QCOMPARE(rdp->cloudRdpGatewayHost, QString());
    QVERIFY(!rdp->toJson().value(u"cloud"_s).toObject().contains(u"rdpGateway"_s));
    for (const auto &[given, host, port] : {std::tuple{u"gw.example.org"_s, u"gw.example.org"_s, 443},
                                            std::tuple{u"gw.example.org:8443"_s, u"gw.example.org"_s, 8443},
                                            std::tuple{u"[2001:db8::1]:4443"_s, u"2001:db8::1"_s, 4443}}) {
        const Result<FacilityProfile> gw = FacilityProfile::fromJson(
            with(R"("cloud":{"type":"opennebula","url":"https://one.example/RPC2","rdpGateway":")" +
                 given.toUtf8() + R"("})"));
        QVERIFY2(gw, qPrintable(gw.error().userText()));
        QCOMPARE(gw->cloudRdpGatewayHost, host);
        QCOMPARE(gw->cloudRdpGatewayPort, quint16(port));
        const Result<FacilityProfile> gwAgain =
            FacilityProfile::fromJson(QJsonDocument(gw->toJson()).toJson());
        QVERIFY2(gwAgain, qPrintable(gwAgain.error().userText()));
        QCOMPARE(gwAgain->cloudRdpGatewayHost, host);
        QCOMPARE(gwAgain->cloudRdpGatewayPort, quint16(port));
    }
    // OpenStack's Keystone domain and project survive a round trip
    const Result<FacilityProfile> keystone = FacilityProfile::fromJson(with(
        R"("cloud":{"type":"openstack","url":"https://c.example/v3","domain":"stfc","project":"ccp4"})"));
    QVERIFY2(keystone, qPrintable(keystone.error().userText()));
    QCOMPARE(keystone->cloudDomain, u"stfc"_s);
    QCOMPARE(keystone->cloudProject, u"ccp4"_s);
    const Result<FacilityProfile> keystoneAgain =
        FacilityProfile::fromJson(QJsonDocument(keystone->toJson()).toJson());
    QVERIFY(keystoneAgain);
    QCOMPARE(keystoneAgain->toJson(), keystone->toJson());
    // a shared workstation: absent means a personal computer; true survives a round trip
    QVERIFY(!r->sharedWorkstation);
    QVERIFY(!r->toJson().contains(u"sharedWorkstation"_s));
    const Result<FacilityProfile> shared = FacilityProfile::fromJson(with(R"("sharedWorkstation":true)"));
    QVERIFY2(shared, qPrintable(shared.error().userText()));
    QVERIFY(shared->sharedWorkstation);
    const Result<FacilityProfile> sharedAgain =
        FacilityProfile::fromJson(QJsonDocument(shared->toJson()).toJson());
    QVERIFY(sharedAgain && sharedAgain->sharedWorkstation);
    const Result<FacilityProfile> notShared = FacilityProfile::fromJson(with(R"("sharedWorkstation":false)"));
    QVERIFY(notShared && !notShared->sharedWorkstation);
}

void TestFacilityProfile::storageUrlWithUserPlaceholder()
{
    const Result<FacilityProfile> r =
        FacilityProfile::fromJson(with(R"("storage":{"url":"http://127.0.0.1:8080/dav/{user}/"})"));
    QVERIFY2(r, qPrintable(r.error().userText()));
    QVERIFY(r->storageUrlNeedsUser());
    QCOMPARE(r->storageUrlFor(u"alice"_s), QUrl(u"http://127.0.0.1:8080/dav/alice/"_s));
    // a name is one path segment, percent-encoded; never a way out of the collection
    QCOMPARE(r->storageUrlFor(u"Zoë Smith#1"_s).toString(QUrl::FullyEncoded),
             u"http://127.0.0.1:8080/dav/Zo%C3%AB%20Smith%231/"_s);
    QCOMPARE(r->storageUrlFor(u"Zoë Smith#1"_s).path(), u"/dav/Zoë Smith#1/"_s);
    for (const QString &bad : {QString(), u".."_s, u"."_s, u"a/b"_s, u"a\\b"_s})
        QVERIFY2(!r->storageUrlFor(bad).isValid(), qPrintable(bad));
    // the placeholder survives a round trip through JSON
    const Result<FacilityProfile> again = FacilityProfile::fromJson(QJsonDocument(r->toJson()).toJson());
    QVERIFY(again);
    QCOMPARE(again->storageUrlFor(u"bob"_s), QUrl(u"http://127.0.0.1:8080/dav/bob/"_s));
    // without a placeholder the URL is the same for everyone
    const Result<FacilityProfile> plain =
        FacilityProfile::fromJson(with(R"("storage":{"url":"https://d.example/home/"})"));
    QVERIFY(plain);
    QVERIFY(!plain->storageUrlNeedsUser());
    QCOMPARE(plain->storageUrlFor(QString()), QUrl(u"https://d.example/home/"_s));
    // only in the path: not in the host, not in the query
    for (const QByteArray &bad : {QByteArray(R"("storage":{"url":"http://{user}.example/"})"),
                                  QByteArray(R"("storage":{"url":"http://d.example/?u={user}"})"),
                                  QByteArray(R"("storage":{"url":"http://d.example/{name}/"})")}) {
        const Result<FacilityProfile> b = FacilityProfile::fromJson(with(bad));
        QVERIFY2(!b, bad.constData());
        QVERIFY(b.error().userText().startsWith(u"The facility profile is not valid: storage.url: "_s));
    }
}

void TestFacilityProfile::onlyTheDemoTemplateIsBundled()
{
    // no bundled profile names hosts that do not exist: the chooser offers the demo and what the user added
    QCOMPARE(QDir(u":/facilities"_s).entryList(QDir::Files), QStringList{u"demo.json"_s});
    QVERIFY(FacilityRegistry::available().isEmpty());
    QCOMPARE(FacilityRegistry::resolve(u"stfc"_s).error().kind(), Error::Kind::NotFound);
    // the demo template becomes a profile once the launcher fills in the port
    QFile demo(u":/facilities/demo.json"_s);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const Result<FacilityProfile> filled =
        FacilityProfile::fromJson(demo.readAll().replace("@PORT@", "8080"));
    QVERIFY2(filled, qPrintable(filled.error().userText()));
    QCOMPARE(filled->icatUrl.port(), 8080);
}

void TestFacilityProfile::localDemoAndCurrentChoice()
{
    QVERIFY(!FacilityRegistry::current()); // nothing chosen, no demo: the GUI shows its chooser
    QVERIFY(!FacilityRegistry::resolve(u"demo"_s));
    // the launcher writes the resolved demo profile
    QDir().mkpath(QFileInfo(FacilityRegistry::localDemoPath()).path());
    QSaveFile f(FacilityRegistry::localDemoPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(profileJson(u"demo"_s, u"Local demo facility"_s));
    QVERIFY(f.commit());
    QCOMPARE(FacilityRegistry::current()->id, u"demo"_s);
    QCOMPARE(FacilityRegistry::available().first().id, u"demo"_s);
    FacilityRegistry::setCurrent(u"demo"_s);
    Error problem(Error::Kind::Internal, u"not cleared"_s);
    QCOMPARE(FacilityRegistry::current(&problem)->id, u"demo"_s);
    QVERIFY(!problem);
    // a broken choice falls back to the demo rather than to nothing, and says so: never silently
    FacilityRegistry::setCurrent(u"no-such-facility"_s);
    QCOMPARE(FacilityRegistry::current(&problem)->id, u"demo"_s);
    QCOMPARE(problem.kind(), Error::Kind::NotFound);
    QVERIFY2(problem.userText().contains(u"no-such-facility"_s) && problem.userText().contains(u"demo"_s),
             qPrintable(problem.userText()));
    const Result<FacilityProfile> missing = FacilityRegistry::resolve(u"no-such-facility"_s);
    QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
    QVERIFY(missing.error().userText().contains(u"no-such-facility"_s));
}

void TestFacilityProfile::importJsonThenReplaceAndRemove()
{
    const QString path = m_work.filePath(u"lab.json"_s);
    QSaveFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(profileJson(u"lab"_s, u"Lab one"_s));
    QVERIFY(f.commit());
    const Result<FacilityProfile> r = FacilityRegistry::importFrom(path);
    QVERIFY2(r, qPrintable(r.error().userText()));
    QCOMPARE(FacilityRegistry::imported().size(), 1);
    QCOMPARE(FacilityRegistry::resolve(u"lab"_s)->name, u"Lab one"_s);

    QSaveFile g(path);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(profileJson(u"lab"_s, u"Lab two"_s));
    QVERIFY(g.commit());
    QVERIFY(FacilityRegistry::importFrom(path));
    QCOMPARE(FacilityRegistry::imported().size(), 1);
    QCOMPARE(FacilityRegistry::resolve(u"lab"_s)->name, u"Lab two"_s);

    // another facility's profile sits beside it
    QSaveFile h(path);
    QVERIFY(h.open(QIODevice::WriteOnly));
    h.write(profileJson(u"stfc"_s, u"STFC as the facility sent it"_s));
    QVERIFY(h.commit());
    QVERIFY(FacilityRegistry::importFrom(path));
    QStringList names;
    for (const FacilityProfile &p : FacilityRegistry::available())
        names << p.name;
    QCOMPARE(names, (QStringList{u"Lab two"_s, u"STFC as the facility sent it"_s}));

    QCOMPARE(FacilityRegistry::removeImported(u"lab"_s).kind(), Error::Kind::None);
    QVERIFY(!FacilityRegistry::resolve(u"lab"_s));
    QCOMPARE(FacilityRegistry::removeImported(u"lab"_s).kind(), Error::Kind::NotFound);
    QCOMPARE(FacilityRegistry::removeImported(u".."_s).kind(), Error::Kind::NotFound);

    // a broken profile is refused with the field named, and nothing is kept
    QSaveFile bad(path);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(minimal).replace("https://i.example/ids", "file:///etc/passwd"));
    QVERIFY(bad.commit());
    const Result<FacilityProfile> refused = FacilityRegistry::importFrom(path);
    QVERIFY(!refused);
    QVERIFY(refused.error().userText().contains(u"ids.url"_s));
    QVERIFY(!FacilityRegistry::resolve(u"x"_s));
}

void TestFacilityProfile::archiveRoundTripKeepsCertificates_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("zip") << u".zip"_s;
    QTest::newRow("tar.gz") << u".tar.gz"_s;
}

void TestFacilityProfile::archiveRoundTripKeepsCertificates()
{
    QFETCH(QString, suffix);
    const QString archive = m_work.filePath(u"offline"_s + suffix);
    {
        std::unique_ptr<KArchive> a;
        if (suffix == u".zip")
            a = std::make_unique<KZip>(archive);
        else
            a = std::make_unique<KTar>(archive, u"application/x-gzip"_s);
        QVERIFY(a->open(QIODevice::WriteOnly));
        QVERIFY(a->writeFile(u"facility.json"_s, profileJson(u"offline"_s, u"Offline lab"_s)));
        QVERIFY(a->writeFile(u"certs/facility-ca.pem"_s, m_pem));
        QVERIFY(a->writeFile(u"README.txt"_s, "not needed"));
        QVERIFY(a->close());
    }
    const Result<FacilityProfile> r = FacilityRegistry::importFrom(archive);
    QVERIFY2(r, qPrintable(r.error().userText()));
    QCOMPARE(r->id, u"offline"_s);
    const QList<QSslCertificate> certs = FacilityRegistry::certificates(u"offline"_s);
    QCOMPARE(certs.size(), 1);
    QCOMPARE(certs.first(), QSslCertificate::fromData(m_pem).first());
    QVERIFY(FacilityRegistry::certificates(u"stfc"_s).isEmpty());

    // export and import elsewhere (another machine: the imported folder is gone)
    const QString exported = m_work.filePath(u"exported"_s + suffix);
    QCOMPARE(FacilityRegistry::exportTo(*r, exported).kind(), Error::Kind::None);
    QVERIFY(!QFile::exists(exported + u".part"_s));
    QDir(FacilityRegistry::importedDir()).removeRecursively();
    QVERIFY(FacilityRegistry::certificates(u"offline"_s).isEmpty());
    const Result<FacilityProfile> again = FacilityRegistry::importFrom(exported);
    QVERIFY2(again, qPrintable(again.error().userText()));
    QCOMPARE(again->toJson(), r->toJson());
    QCOMPARE(FacilityRegistry::certificates(u"offline"_s), certs);

    FacilityRegistry::installCertificates(u"offline"_s);
    QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().contains(certs.first()));
}

void TestFacilityProfile::hostileOrBrokenArchivesAreRefused_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("symlink");
    QTest::addColumn<int>("kind");
    const auto unsafe = int(Error::Kind::UnsafePath);
    const auto invalid = int(Error::Kind::InvalidInput);
    QTest::newRow("dotdot") << u"certs/../../../escaped.pem"_s << QByteArray("x") << false << unsafe;
    QTest::newRow("symlink") << u"certs/link.pem"_s << QByteArray("/etc/ssl/private/key.pem") << true
                             << unsafe;
    QTest::newRow("not a certificate")
        << u"certs/ca.pem"_s << QByteArray("-----BEGIN NONSENSE-----") << false << invalid;
    QTest::newRow("device name") << u"certs/CON.pem"_s << QByteArray("x") << false << unsafe;
}

void TestFacilityProfile::hostileOrBrokenArchivesAreRefused()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, content);
    QFETCH(bool, symlink);
    QFETCH(int, kind);
    const QString archive = m_work.filePath(u"hostile.zip"_s);
    QFile::remove(archive);
    {
        KZip zip(archive);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"facility.json"_s, profileJson(u"hostile"_s, u"Hostile"_s)));
        if (symlink)
            QVERIFY(zip.writeSymLink(entry, QString::fromUtf8(content)));
        else
            QVERIFY(zip.writeFile(entry, content));
        QVERIFY(zip.close());
    }
    const QStringList before = filesBelow(m_work.path());
    const Result<FacilityProfile> r = FacilityRegistry::importFrom(archive);
    QVERIFY(!r);
    QCOMPARE(int(r.error().kind()), kind);
    QVERIFY(!FacilityRegistry::resolve(u"hostile"_s));
    QVERIFY(filesBelow(FacilityRegistry::importedDir()).isEmpty());
    QCOMPARE(filesBelow(m_work.path()), before);
    QVERIFY(!QFile::exists(QFileInfo(FacilityRegistry::importedDir()).path() + u"/escaped.pem"_s));
}

void TestFacilityProfile::archiveWithoutProfileOrWrongFormat()
{
    const QString empty = m_work.filePath(u"empty.zip"_s);
    {
        KZip zip(empty);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"certs/a.pem"_s, m_pem));
        QVERIFY(zip.close());
    }
    const Result<FacilityProfile> r = FacilityRegistry::importFrom(empty);
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(r.error().userText().contains(u"facility.json"_s));

    const QString garbage = m_work.filePath(u"garbage.tar.gz"_s);
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("this is not gzip at all");
    g.close();
    QCOMPARE(FacilityRegistry::importFrom(garbage).error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(FacilityRegistry::importFrom(m_work.filePath(u"x.rar"_s)).error().kind(),
             Error::Kind::InvalidInput);
    QCOMPARE(
        FacilityRegistry::exportTo(*FacilityProfile::fromJson(minimal), m_work.filePath(u"x.rar"_s)).kind(),
        Error::Kind::InvalidInput);
    // "demo" is the local demo facility's: an archive cannot take its place
    const QString demo = m_work.filePath(u"demo.json"_s);
    QFile d(demo);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(profileJson(u"demo"_s, u"Fake demo"_s));
    d.close();
    QCOMPARE(FacilityRegistry::importFrom(demo).error().kind(), Error::Kind::InvalidInput);
}

void TestFacilityProfile::zipBombArchivesAreRefused_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("entry");
    QTest::newRow("zip, an ignored file") << u".zip"_s << u"README.txt"_s;
    QTest::newRow("zip, the profile") << u".zip"_s << u"facility.json"_s;
    QTest::newRow("tar.gz") << u".tar.gz"_s << u"README.txt"_s;
}

// 1 GiB of zeros packed into about 1 MiB: refused with a sentence that says so, nothing imported, and no
// temporary copy left (KTar alone unpacks a .tar.gz whole into a temporary file first).
void TestFacilityProfile::zipBombArchivesAreRefused()
{
    QFETCH(QString, suffix);
    QFETCH(QString, entry);
    const QString archive = m_work.filePath(u"bomb"_s + suffix);
    QFile::remove(archive);
    {
        std::unique_ptr<KArchive> a;
        if (suffix == u".zip")
            a = std::make_unique<KZip>(archive);
        else
            a = std::make_unique<KTar>(archive, u"application/x-gzip"_s);
        QVERIFY(a->open(QIODevice::WriteOnly));
        if (entry != u"facility.json")
            QVERIFY(a->writeFile(u"facility.json"_s, profileJson(u"bomb"_s, u"Bomb"_s)));
        QVERIFY(writeZeros(*a, entry, qint64(1) << 30));
        QVERIFY(a->close());
    }
    QVERIFY(QFileInfo(archive).size() < 4 << 20);
    const QStringList before = filesBelow(m_work.path());
    // a temporary folder of this test's own (QDir::tempPath() follows TMPDIR), to see what is left in it
    const QByteArray tmpdir = qgetenv("TMPDIR");
    const QString temp = m_work.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(temp));
    qputenv("TMPDIR", temp.toLocal8Bit());
    const Result<FacilityProfile> r = FacilityRegistry::importFrom(archive);
    qputenv("TMPDIR", tmpdir);
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    // "The archive bomb.zip unpacks to more than 100 times its packed size (a ZIP bomb?), so nothing of it
    // was imported." or "… unpacks to more than 17 MiB, far more than a facility profile holds, …"
    QVERIFY2(r.error().userText().contains(u"The archive bomb"_s + suffix + u" unpacks to more than"_s) &&
                 r.error().userText().contains(u"nothing of it was imported"_s),
             qPrintable(r.error().userText()));
    QVERIFY(!FacilityRegistry::resolve(u"bomb"_s));
    QVERIFY(filesBelow(FacilityRegistry::importedDir()).isEmpty());
    QCOMPARE(filesBelow(m_work.path()), before);
    QCOMPARE(filesBelow(temp), QStringList());
}

QTEST_GUILESS_MAIN(TestFacilityProfile)
#include "tst_facility_profile.moc"
