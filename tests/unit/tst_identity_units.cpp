// Identity without a server: /icat/properties parsing, ICAT and IDS error bodies mapped to Error kinds
// (bodies shaped as icat.server and ids.server write them, and bodies that are not), keychain keys.

#include "identity/CredentialStore.h"
#include "identity/IcatSession.h"

#include <QNetworkReply>
#include <QTest>

using namespace daas;
using namespace Qt::StringLiterals;

// The slots are defined below the class: moc misreads raw string literals that hold // or '.
class TestIdentityUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void propertiesAsIcatWritesThem();
    void propertiesThatAreNotIcats_data();
    void propertiesThatAreNotIcats();
    void errorBodiesMapToKinds_data();
    void errorBodiesMapToKinds();
    void malformedBodyIsAProtocolError();
    void transportErrorsComeFirst();
    void keychainKeysKeepAccountsApart();
    void formValuesAreFullyEncoded();
};

namespace {

// A finished reply as the network would hand it over: a URL, an HTTP status, a transport error.
class FinishedReply : public QNetworkReply
{
public:
    FinishedReply(const QUrl &url, int status, NetworkError error = NoError)
    {
        setUrl(url);
        setOperation(QNetworkAccessManager::GetOperation);
        if (status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        if (error != NoError)
            setError(error, u"simulated"_s);
        setOpenMode(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

const QUrl icat(u"https://icat.example/icat/entityManager"_s);
const QUrl ids(u"https://icat.example/ids/getData"_s);

} // namespace

void TestIdentityUnits::propertiesAsIcatWritesThem()
{
    // the shape of icat.server's GET /icat/properties with the example run.properties
    const auto p = identity::IcatProperties::fromJson(
        R"({"maxEntities":10000,"lifetimeMinutes":120,"authenticators":[)"
        R"({"mnemonic":"db","keys":[{"name":"username"},{"name":"password","hide":true}]},)"
        R"({"mnemonic":"ldap","keys":[{"name":"username","pattern":"[a-z]{3}[0-9]{5}"},{"name":"password","hide":true}],)"
        R"("admin":true,"friendly":"Federal Id"},)"
        R"({"mnemonic":"simple","keys":[{"name":"username"},{"name":"password","hide":true}]},)"
        R"({"mnemonic":"anon","keys":[],"friendly":"Anonymous"}],"containerType":"Glassfish"})");
    QVERIFY(p);
    QCOMPARE(p->maxEntities, 10000);
    QCOMPARE(p->lifetimeMinutes, 120);
    QCOMPARE(p->authenticators.size(), 4);
    QStringList offered;
    for (const auto &a : p->userAuthenticators())
        offered << a.mnemonic;
    QCOMPARE(offered, (QStringList{u"db"_s, u"simple"_s, u"anon"_s})); // admin "ldap" hidden, order kept
    const identity::Authenticator &ldap = p->authenticators.at(1);
    QVERIFY(ldap.admin);
    QCOMPARE(ldap.displayName(), u"Federal Id"_s);
    QCOMPARE(ldap.keys.at(0).pattern, u"[a-z]{3}[0-9]{5}"_s);
    QCOMPARE(p->authenticators.at(0).displayName(), u"db"_s); // no friendly name: the mnemonic
    QVERIFY(!p->authenticators.at(0).keys.at(0).hide);
    QVERIFY(p->authenticators.at(0).keys.at(1).hide);
    QVERIFY(p->authenticators.at(3).keys.isEmpty());
}

void TestIdentityUnits::propertiesThatAreNotIcats_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("cut") << QByteArray(R"({"authenticators":[{"mnemonic":"db")");
    QTest::newRow("no authenticators") << QByteArray(R"({"maxEntities":10})");
    QTest::newRow("authenticators not array") << QByteArray(R"({"authenticators":"db"})");
    QTest::newRow("empty") << QByteArray();
}

void TestIdentityUnits::propertiesThatAreNotIcats()
{
    QFETCH(QByteArray, body);
    const auto p = identity::IcatProperties::fromJson(body);
    QVERIFY(!p);
    QCOMPARE(p.error().kind(), Error::Kind::Protocol);
    QCOMPARE(p.error().userText(), u"The catalogue gave an answer that could not be read."_s);
}

void TestIdentityUnits::errorBodiesMapToKinds_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("session");
    auto row = [](const char *name, const QUrl &url, int status, const QByteArray &body, Error::Kind kind,
                  bool session = false) {
        QTest::newRow(name) << url << status << body << int(kind) << session;
    };
    using K = Error::Kind;
    row("SESSION expired", icat, 403,
        R"({"code":"SESSION","message":"Session id:4f1c2b8e-0d3a-4c1e-9b7a-2f6d8e9a1b3c has expired"})",
        K::SessionExpired, true);
    row("SESSION unknown", icat, 403,
        R"({"code":"SESSION","message":"Unable to find user by sessionid: 4f1c2b8e-0d3a-4c1e-9b7a-2f6d8e9a1b3c"})",
        K::SessionExpired, true);
    row("INSUFFICIENT_PRIVILEGES", icat, 403,
        R"({"code":"INSUFFICIENT_PRIVILEGES","message":"READ access to this Dataset is not allowed."})",
        K::Permission);
    row("NO_SUCH_OBJECT_FOUND", icat, 404,
        R"({"code":"NO_SUCH_OBJECT_FOUND","message":"Dataset[id:75] not found."})", K::NotFound);
    row("BAD_PARAMETER", icat, 400, R"({"code":"BAD_PARAMETER","message":"query is not set"})", K::Protocol);
    row("VALIDATION", icat, 412, R"({"code":"VALIDATION","message":"Dataset: name cannot be null"})",
        K::InvalidInput);
    row("OBJECT_ALREADY_EXISTS", icat, 412,
        R"({"code":"OBJECT_ALREADY_EXISTS","message":"Dataset exists with name = 'x'"})", K::Conflict);
    row("INTERNAL", icat, 500, R"({"code":"INTERNAL","message":"java.lang.NullPointerException null"})",
        K::Server);
    row("NOT_IMPLEMENTED", icat, 501,
        R"({"code":"NOT_IMPLEMENTED","message":"Operation not implemented by this ICAT server."})",
        K::Unsupported);
    row("IDS expired session", ids, 403,
        R"({"code":"InsufficientPrivilegesException","message":"Session id:4f1c2b8e-0d3a-4c1e-9b7a-2f6d8e9a1b3c has expired"})",
        K::Permission, true);
    row("IDS refused", ids, 403,
        R"({"code":"InsufficientPrivilegesException","message":"READ access to this Datafile is not allowed."})",
        K::Permission);
    row("IDS not found", ids, 404, R"({"code":"NotFoundException","message":"Datafile 12"})", K::NotFound);
    row("IDS bad request", ids, 400,
        R"({"code":"BadRequestException","message":"The sessionId parameter 'X' is not a valid UUID"})",
        K::Protocol);
    row("IDS duplicate", ids, 500,
        R"({"code":"InternalException","message":"OBJECT_ALREADY_EXISTS Datafile exists with dataset = '1'"})",
        K::Conflict);
    row("IDS not online", ids, 503, R"({"code":"DataNotOnlineException","message":"Before putting ..."})",
        K::Server);
    row("IDS read only", ids, 501,
        R"({"code":"NotImplementedException","message":"This operation has been configured to be unavailable"})",
        K::Unsupported);
    row("html 502", icat, 502, "<html><body>Bad Gateway</body></html>", K::Server);
    row("html 200 is fine here", icat, 200, "<html>", K::None); // the caller parses the body
    row("garbage 403", icat, 403, "Forbidden", K::Permission);
    row("cut json 404", icat, 404, R"({"code":"NO_SUCH_OB)", K::NotFound);
    row("json without code 400", icat, 400, R"({"message":"x"})", K::Protocol);
    row("code not text", icat, 403, R"({"code":42,"message":"SESSION"})", K::Permission);
}

void TestIdentityUnits::errorBodiesMapToKinds()
{
    QFETCH(QUrl, url);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(bool, session);
    FinishedReply reply(url, status);
    const Error e = identity::icatErrorFromReply(&reply, body);
    QCOMPARE(Error::kindName(e.kind()), Error::kindName(Error::Kind(kind)));
    QCOMPARE(identity::isSessionError(&reply, body), session);
    if (e) {
        QVERIFY(!e.userText().isEmpty());
        QVERIFY2(e.detail().contains(QString::number(status)), qPrintable(e.detail()));
    }
    // an IDS refusal that does not say why may be an ended session: the caller asks ICAT
    const bool ask =
        url == ids && status == 403 && !session && body.contains("InsufficientPrivilegesException");
    QCOMPARE(identity::mayBeIdsSessionError(&reply, body), ask);
}

void TestIdentityUnits::malformedBodyIsAProtocolError()
{
    FinishedReply reply(icat, 400);
    const Error e = identity::icatErrorFromReply(&reply, "<html>400 Bad Request</html>");
    QCOMPARE(e.kind(), Error::Kind::Protocol);
    QCOMPARE(e.userText(), u"The catalogue gave an answer that could not be read."_s);
    QVERIFY(e.detail().contains(u"<html>"_s));
}

void TestIdentityUnits::transportErrorsComeFirst()
{
    FinishedReply refused(icat, 0, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(identity::icatErrorFromReply(&refused, {}).kind(), Error::Kind::Network);
    FinishedReply tls(icat, 0, QNetworkReply::SslHandshakeFailedError);
    const Error e = identity::icatErrorFromReply(&tls, {});
    QCOMPARE(e.kind(), Error::Kind::Tls);
    QVERIFY(e.userText().contains(u"icat.example"_s));
    QVERIFY(!identity::isSessionError(&refused, {}));
}

void TestIdentityUnits::keychainKeysKeepAccountsApart()
{
    using identity::CredentialStore;
    QCOMPARE(CredentialStore::service(), u"daas-desktop"_s);
    const QString a = CredentialStore::key(u"stfc"_s, u"ldap"_s, u"abc12345"_s);
    QVERIFY(a.contains(u"stfc"_s) && a.contains(u"ldap"_s) && a.contains(u"abc12345"_s));
    QVERIFY(a != CredentialStore::key(u"diamond"_s, u"ldap"_s, u"abc12345"_s));
    QVERIFY(a != CredentialStore::key(u"stfc"_s, u"simple"_s, u"abc12345"_s));
    QVERIFY(a != CredentialStore::key(u"stfc"_s, u"ldap"_s, u"abc12346"_s));
}

void TestIdentityUnits::formValuesAreFullyEncoded()
{
    QCOMPARE(identity::formValue(u"a+b c&d=é"_s), QByteArray("a%2Bb%20c%26d%3D%C3%A9"));
}

QTEST_GUILESS_MAIN(TestIdentityUnits)
#include "tst_identity_units.moc"
