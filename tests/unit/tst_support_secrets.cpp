// support::redacted() on the shapes secrets travel in (URLs of ICAT, IDS, console proxies; form and JSON
// bodies; headers; command lines), remembered secrets in any form, Error's texts, the log handler; and
// core dumps forbidden in a release-like build.

#include "support/CoreDumps.h"
#include "support/Error.h"
#include "support/Redaction.h"

#include <QFile>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace daas;
using support::redacted;

namespace {
const QString sessionId = u"4f1d2c3b-9a8e-4b7c-a6d5-e4f3a2b1c0d9"_s;

QStringList captured;
QtMessageHandler original = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    captured.append(message);
    original(type, context, message);
}
} // namespace

class TestSupportSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("ICAT session path") << QUrl(u"https://icat.example/icat/session/"_s + sessionId)
                                           << sessionId << u"https://icat.example/icat/session/***"_s;
        QTest::newRow("IDS query") << QUrl(u"https://ids.example/ids/getData?sessionId="_s + sessionId +
                                           u"&datafileIds=12"_s)
                                   << sessionId
                                   << u"https://ids.example/ids/getData?sessionId=***&datafileIds=12"_s;
        QTest::newRow("password in the authority") << QUrl(u"https://alice:s3cret-pw@dav.example/home/"_s)
                                                   << u"s3cret-pw"_s << u"https://alice@dav.example/home/"_s;
        QTest::newRow("console proxy token") << QUrl(u"ws://proxy.example:6080/?token=abcdef123456"_s)
                                             << u"abcdef123456"_s << u"ws://proxy.example:6080/?token=***"_s;
        QTest::newRow("OAuth fragment") << QUrl(u"https://a.example/cb#access_token=zzzyyyxxx&x=1"_s)
                                        << u"zzzyyyxxx"_s << u"https://a.example/cb#access_token=***&x=1"_s;
        QTest::newRow("encoded key") << QUrl(u"https://a.example/?api%5Fkey=qwertyuiop"_s) << u"qwertyuiop"_s
                                     << u"https://a.example/?api_key=***"_s;
    }

    void urls()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        QCOMPARE(redacted(url), kept);
        // the same inside a text, where a log or Qt's errorString() quotes it
        const QString text = u"Error transferring "_s + url.toString() + u" - server replied: Not Found."_s;
        const QString r = redacted(text);
        QVERIFY2(!r.contains(secret), qPrintable(r));
        QVERIFY2(r.endsWith(u" - server replied: Not Found."_s), qPrintable(r));
    }

    void shapesInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("form body") << u"sessionId=abc-123-def&query=SELECT i FROM Investigation i"_s
                                   << u"sessionId=***&query=SELECT i FROM Investigation i"_s;
        QTest::newRow("path without URL") << u"HTTP 403 /icat/session/abc-123-def SESSION: no"_s
                                          << u"HTTP 403 /icat/session/*** SESSION: no"_s;
        QTest::newRow("JSON") << u"{\"plugin\":\"db\",\"credentials\":[{\"password\":\"pa\\\"ss\"}]}"_s
                              << u"{\"plugin\":\"db\",\"credentials\":[{\"password\":\"***\"}]}"_s;
        QTest::newRow("Basic header") << u"Authorization: Basic YWxpY2U6cHc="_s << u"Authorization: ***"_s;
        QTest::newRow("Keystone header") << u"X-Auth-Token: gAAAAABk"_s << u"X-Auth-Token: ***"_s;
        QTest::newRow("Slurm header, QDebug pair")
            << u"(\"X-SLURM-USER-TOKEN\", \"eyJhbGciOi\")"_s << u"(\"X-SLURM-USER-TOKEN\", \"***\")"_s;
        QTest::newRow("command line") << u"xfreerdp /v:host --password=hunter22 /u:bob"_s
                                      << u"xfreerdp /v:host --password=*** /u:bob"_s;
        QTest::newRow("ordinary words stay") << u"monkey=3 passed=4 tokenise it; Authorization failed"_s
                                             << u"monkey=3 passed=4 tokenise it; Authorization failed"_s;
    }

    void shapesInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redacted(text), expected);
    }

    // A secret the process holds is found by itself: in an XML-RPC dump, a server message, percent-encoded,
    // inside a Basic header's base64 at any offset.
    void rememberedSecrets()
    {
        const QString password = u"Tr0ub4dor&3 xyz"_s;
        const QString token = u"one-token-1234567890"_s;
        support::rememberSecret(password);
        support::rememberSecret(token);
        support::rememberSecret(u"abc"_s); // too short to be taken: ordinary text keeps "abc"
        const QString xml = u"<param><value><string>alice:"_s + password + u"</string></value></param>"_s;
        QVERIFY2(!redacted(xml).contains(password), qPrintable(redacted(xml)));
        QVERIFY(redacted(u"[USER] "_s + token + u" is not valid"_s).startsWith(u"[USER] *** is"_s));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
        QVERIFY(!redacted(u"body json=%22"_s + encoded).contains(encoded));
        for (const QString &user : {u"a"_s, u"al"_s, u"ali"_s}) {
            const QString b64 = QString::fromLatin1((user + u':' + password).toUtf8().toBase64());
            const QString r = redacted(u"the header was "_s + b64 + u" then"_s);
            QVERIFY2(!r.contains(b64), qPrintable(r));
            QVERIFY2(QByteArray::fromBase64(r.toLatin1()).indexOf(password.toUtf8()) < 0, qPrintable(r));
        }
        QCOMPARE(redacted(u"abc def"_s), u"abc def"_s);
    }

    // What adds text to an Error (context, detail, the server's words) and what prints one (QDebug) redact;
    // the places that build a detail from a URL call redacted() themselves (NetworkError, IcatSession…).
    void errorTextsAreRedacted()
    {
        support::rememberSecret(sessionId);
        const Error e(Error::Kind::Network, u"Could not reach the data service."_s,
                      u"GET getData: refused"_s);
        QVERIFY(!e.withDetail(u"again "_s + sessionId).detail().contains(sessionId));
        QVERIFY(!e.withDetail(u"https://ids.example/ids/getData?sessionId=x-y-z"_s)
                     .detail()
                     .contains(u"x-y-z"_s));
        QVERIFY(!e.withServerMessage(u"IDS"_s, u"Unable to find user by sessionid: "_s + sessionId)
                     .userText()
                     .contains(sessionId));
        QVERIFY(!e.prefixed(sessionId).userText().contains(sessionId));
        const Error raw(Error::Kind::Network, u"at /icat/session/"_s + sessionId, sessionId);
        QString printed;
        QDebug(&printed) << raw;
        QVERIFY2(!printed.contains(sessionId), qPrintable(printed));
        QVERIFY(printed.contains(u"/icat/session/***"_s));
    }

    void logLinesAreRedacted()
    {
        original = qInstallMessageHandler(capture);
        support::installRedactingMessageHandler(); // in front of `capture`, as in main() before Qt's own
        qWarning().noquote() << u"GET https://icat.example/icat/session/"_s + sessionId;
        qInfo() << "token" << QUrl(u"https://a.example/?token=abcdefgh12"_s);
        qInstallMessageHandler(original);
        QCOMPARE(captured.size(), 2);
        QCOMPARE(captured.at(0), u"GET https://icat.example/icat/session/***"_s);
        QVERIFY2(!captured.at(1).contains(u"abcdefgh12"_s), qPrintable(captured.at(1)));
    }

    // ci is RelWithDebInfo: NDEBUG, as in the release preset and the packages. Debug builds keep their
    // dumps on purpose (support/CoreDumps.h); there this checks that nothing was changed.
    void coreDumpsForbiddenInReleaseBuilds()
    {
#ifndef Q_OS_LINUX
#ifdef NDEBUG
        QCOMPARE(support::forbidCoreDumpsInReleaseBuilds(), support::CoreDumps::Forbidden);
#else
        QCOMPARE(support::forbidCoreDumpsInReleaseBuilds(), support::CoreDumps::Unsupported);
#endif
#else
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); // a test binary starts dumpable
        const support::CoreDumps done = support::forbidCoreDumpsInReleaseBuilds();
        QFile status(u"/proc/self/limits"_s);
        QVERIFY(status.open(QIODevice::ReadOnly));
        QByteArray coreLimit;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Max core file size"))
                coreLimit = line.simplified();
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
#ifdef NDEBUG
        QCOMPARE(done, support::CoreDumps::Forbidden);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(coreLimit, QByteArray("Max core file size 0 0 bytes"));
#else
        QCOMPARE(done, support::CoreDumps::Unsupported);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        QVERIFY(!coreLimit.isEmpty());
#endif
#endif
    }
};

QTEST_GUILESS_MAIN(TestSupportSecrets)
#include "tst_support_secrets.moc"
