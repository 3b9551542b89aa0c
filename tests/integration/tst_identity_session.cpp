// The ICAT session against the emulator over real HTTP on loopback: properties, sign-in (right, wrong,
// unknown authenticator, anonymous), resume, keep-alive, logout, and a session that ends mid-use: the
// calls are parked, sessionExpired() comes once, and after signing in again they complete with the right
// data, or fail with SessionExpired when the user gives up. IDS's way of saying "session ended" (a 403
// like a refused permission) is told apart by asking ICAT.

#include "IcatEmulatorProcess.h"
#include "catalogue/CatalogueQueries.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace daas;
using namespace Qt::StringLiterals;
using identity::IcatSession;

namespace {

struct Answer
{
    bool done = false;
    QByteArray body;
    Error error;
    int status = 0;
    // HTTP requests made for the call (a parked call is made again after a new sign-in) and answers that came
    // back: the server's side of the call, whatever the session then does with it
    int requests = 0;
    int replies = 0;
    bool settled() const { return requests > 0 && replies == requests; }
};

identity::Credentials credentials(const QString &user, const QString &password)
{
    return {{u"username"_s, user}, {u"password"_s, password}};
}

} // namespace

class TestIdentitySession : public QObject
{
    Q_OBJECT
    std::unique_ptr<testing::IcatEmulatorProcess> m_emulator;

    std::unique_ptr<identity::Account> account()
    {
        return std::make_unique<identity::Account>(m_emulator->profile());
    }

    bool signIn(IcatSession *s, const QString &user, const QString &password)
    {
        QSignalSpy in(s, &IcatSession::signedIn);
        s->login(u"simple"_s, credentials(user, password));
        return in.wait(10000);
    }

    // An ICAT search through send(), as the catalogue does it.
    std::shared_ptr<Answer> search(IcatSession *s, QObject *context, const QString &query)
    {
        auto answer = std::make_shared<Answer>();
        const QUrl base = s->icatUrl();
        s->send(
            context,
            [base, query, answer](QNetworkAccessManager *nam, const QString &sessionId) {
                QUrl url = base;
                url.setPath(url.path() + u"/entityManager"_s);
                url.setQuery(u"sessionId="_s + QString::fromLatin1(identity::formValue(sessionId)) +
                             u"&query="_s + QString::fromLatin1(identity::formValue(query)));
                QNetworkReply *reply = nam->get(QNetworkRequest(url));
                ++answer->requests;
                QObject::connect(reply, &QNetworkReply::finished, reply, [answer] { ++answer->replies; });
                return reply;
            },
            [answer](QNetworkReply *reply, const QByteArray &body, const Error &e) {
                answer->done = true;
                answer->body = body;
                answer->error = e;
                if (reply)
                    answer->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            });
        return answer;
    }

    // IDS getSize of a dataset through send().
    std::shared_ptr<Answer> idsSize(IcatSession *s, QObject *context, qint64 datasetId)
    {
        auto answer = std::make_shared<Answer>();
        const QUrl ids = m_emulator->idsUrl();
        s->send(
            context,
            [ids, datasetId](QNetworkAccessManager *nam, const QString &sessionId) {
                QUrl url = ids;
                url.setPath(url.path() + u"/getSize"_s);
                url.setQuery(u"sessionId="_s + sessionId + u"&datasetIds="_s + QString::number(datasetId));
                return nam->get(QNetworkRequest(url));
            },
            [answer](QNetworkReply *, const QByteArray &body, const Error &e) {
                answer->done = true;
                answer->body = body;
                answer->error = e;
            });
        return answer;
    }

    qint64 count(IcatSession *s, QObject *context)
    {
        auto a = search(s, context, catalogue::queries::countMyInvestigations({}));
        if (!QTest::qWaitFor([&] { return a->done; }, 10000) || a->error)
            return -1;
        return QJsonDocument::fromJson(a->body).array().at(0).toInteger(-1);
    }

    qint64 firstDatasetOf(IcatSession *s, QObject *context, const QString &investigationFilter)
    {
        auto inv = search(s, context, catalogue::queries::myInvestigations(investigationFilter, 0, 1));
        if (!QTest::qWaitFor([&] { return inv->done; }, 10000) || inv->error)
            return -1;
        const qint64 investigation =
            QJsonDocument::fromJson(inv->body).array().at(0)[u"Investigation"_s][u"id"_s].toInteger(-1);
        auto ds = search(s, context, catalogue::queries::datasets(investigation, {}, 0, 1));
        if (!QTest::qWaitFor([&] { return ds->done; }, 10000) || ds->error)
            return -1;
        return QJsonDocument::fromJson(ds->body).array().at(0)[u"Dataset"_s][u"id"_s].toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_emulator = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
    }
    void cleanup() { m_emulator->admin(u"reset"_s); }

    void propertiesOfferTheUserAuthenticators()
    {
        auto a = account();
        QSignalSpy loaded(a->icat(), &IcatSession::propertiesLoaded);
        a->icat()->loadProperties();
        QVERIFY(loaded.wait(10000));
        const identity::IcatProperties &p = a->icat()->properties();
        QVERIFY(!p.authenticators.isEmpty());
        for (const identity::Authenticator &x : p.userAuthenticators()) {
            QVERIFY(!x.admin);
            QVERIFY(!x.displayName().isEmpty());
        }
        QVERIFY(p.userAuthenticators().size() < p.authenticators.size()); // the emulator has an admin one
        bool passwordHidden = false;
        for (const identity::Authenticator &x : p.authenticators)
            if (x.mnemonic == u"simple")
                for (const identity::AuthenticatorKey &k : x.keys)
                    passwordHidden |= k.name == u"password" && k.hide;
        QVERIFY(passwordHidden);
    }

    void lyingPropertiesAreAProtocolError()
    {
        auto a = account();
        QVERIFY(m_emulator->admin(u"lie-next"_s, u"path=/icat/properties&status=200&body=%3Chtml%3E"_s));
        QSignalSpy failed(a->icat(), &IcatSession::propertiesFailed);
        a->icat()->loadProperties();
        QVERIFY(failed.wait(10000));
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::Protocol);
        QCOMPARE(e.userText(), u"The catalogue gave an answer that could not be read."_s);
    }

    void signInRightWrongAndUnknown()
    {
        auto a = account();
        IcatSession *s = a->icat();
        QSignalSpy failed(s, &IcatSession::signInFailed);
        QSignalSpy states(s, &IcatSession::stateChanged);
        s->login(u"simple"_s, credentials(u"alice"_s, u"not her password"_s));
        QVERIFY(failed.wait(10000));
        Error e = failed.last().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::Authentication);
        QCOMPARE(e.userText(), u"The user name or password is not correct."_s);
        QVERIFY2(!e.detail().isEmpty(), "the server's own message goes to the detail");
        QVERIFY(!e.detail().contains(u"not her password"_s));
        QCOMPARE(s->state(), IcatSession::State::SignedOut);
        QVERIFY(s->sessionId().isEmpty());
        QCOMPARE(states.first().first().value<IcatSession::State>(), IcatSession::State::SigningIn);

        s->login(u"kerberos"_s, credentials(u"alice"_s, u"alice-pw"_s));
        QVERIFY(failed.wait(10000));
        e = failed.last().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::Authentication);
        QVERIFY2(e.detail().contains(u"kerberos"_s), qPrintable(e.detail()));

        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        QCOMPARE(s->state(), IcatSession::State::SignedIn);
        QCOMPARE(s->userName(), u"simple/alice"_s);
        QCOMPARE(s->authenticator(), u"simple"_s);
        QVERIFY(QUuid::fromString(s->sessionId()).isNull() == false);
        QCOMPARE(s->sessionId(), s->sessionId().toLower()); // IDS accepts only lowercase UUIDs
        QVERIFY(count(s, this) > 0);

        // anonymous: no credentials at all
        auto anon = account();
        QSignalSpy in(anon->icat(), &IcatSession::signedIn);
        anon->icat()->login(u"anon"_s, {});
        QVERIFY(in.wait(10000));
        QCOMPARE(anon->icat()->userName(), u"anon/anon"_s);
    }

    // The services beside ICAT (WebDAV, OpenNebula) get the sign-in's user name and password, only after
    // ICAT accepted them, and lose them at sign-out.
    void serviceLoginFollowsTheSignIn()
    {
        auto a = account();
        QSignalSpy failed(a->icat(), &IcatSession::signInFailed);
        a->signIn(u"simple"_s, credentials(u"alice"_s, u"wrong"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY(!a->serviceLogin().isValid());

        QSignalSpy in(a->icat(), &IcatSession::signedIn);
        QSignalSpy changed(a.get(), &identity::Account::serviceLoginChanged);
        a->signIn(u"simple"_s, credentials(u"alice"_s, u"alice-pw"_s));
        QVERIFY(in.wait(10000));
        QCOMPARE(a->serviceLogin().userName, u"alice"_s);
        QCOMPARE(a->serviceLogin().password, u"alice-pw"_s);
        QCOMPARE(changed.size(), 1);

        QSignalSpy out(a->icat(), &IcatSession::signedOut);
        a->icat()->logout();
        QCOMPARE(out.size(), 1); // logout() says so at once; the DELETE goes on in the background
        QVERIFY(!a->serviceLogin().isValid());
        QCOMPARE(changed.size(), 2);
    }

    void resumeAKeptSession()
    {
        auto a = account();
        QVERIFY(signIn(a->icat(), u"bob"_s, u"bob-pw"_s));
        const QString kept = a->icat()->sessionId();
        const qint64 bobs = count(a->icat(), this);

        auto later = account(); // the next `daas` invocation
        QSignalSpy in(later->icat(), &IcatSession::signedIn);
        later->icat()->resume(kept);
        QVERIFY(in.wait(10000));
        QCOMPARE(later->icat()->userName(), u"simple/bob"_s);
        QCOMPARE(count(later->icat(), this), bobs);

        // a session id the server does not know
        auto stale = account();
        QSignalSpy failed(stale->icat(), &IcatSession::signInFailed);
        stale->icat()->resume(u"00000000-0000-4000-8000-000000000000"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::SessionExpired);
        QCOMPARE(stale->icat()->state(), IcatSession::State::SignedOut);
    }

    void keepAliveRevivesBeforeTheServerForgets()
    {
        auto a = account();
        IcatSession *s = a->icat();
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        QSignalSpy expired(s, &IcatSession::sessionExpired);
        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        // the refresh (PUT /session/{id}) is what revives it: wait for it to go out, not for a time
        // (read as each reply finishes: a spy's reply pointers are freed by then, the ASan stage found)
        bool refreshed = false;
        connect(a->network(), &QNetworkAccessManager::finished, s, [&refreshed](QNetworkReply *reply) {
            refreshed = refreshed || reply->operation() == QNetworkAccessManager::PutOperation;
        });
        s->setRefreshIntervalSeconds(1);
        QVERIFY(QTest::qWaitFor([&] { return refreshed; }, 10000));
        QVERIFY(count(s, this) > 0);
        QCOMPARE(expired.size(), 0);
        QCOMPARE(s->state(), IcatSession::State::SignedIn);
    }

    void logoutEndsTheSessionOnTheServer()
    {
        auto a = account();
        IcatSession *s = a->icat();
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        const QString id = s->sessionId();
        QSignalSpy out(s, &IcatSession::signedOut);
        QSignalSpy deleted(a->network(), &QNetworkAccessManager::finished);
        s->logout();
        QCOMPARE(out.size(), 1);
        QCOMPARE(s->state(), IcatSession::State::SignedOut);
        QVERIFY(s->sessionId().isEmpty());
        QVERIFY(s->userName().isEmpty());
        QVERIFY(deleted.wait(10000)); // the DELETE
        auto other = account();
        QSignalSpy failed(other->icat(), &IcatSession::signInFailed);
        other->icat()->resume(id);
        QVERIFY(failed.wait(10000));
        // logout with the server gone still ends signed out
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        identity::IcatSession offline(QUrl(u"http://127.0.0.1:1/icat"_s), a->network());
        offline.logout();
        QCOMPARE(offline.state(), IcatSession::State::SignedOut);
    }

    void sessionEndsMidUseThenCarriesOn()
    {
        auto a = account();
        IcatSession *s = a->icat();
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        const qint64 alices = count(s, this);
        QVERIFY(alices > 0);
        const QString before = s->sessionId();

        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        QSignalSpy expired(s, &IcatSession::sessionExpired);
        auto first = search(s, this, catalogue::queries::countMyInvestigations({}));
        auto second = search(s, this, catalogue::queries::countMyInvestigations(u"kagome"_s));
        QVERIFY(expired.wait(10000));
        // both calls came back from the server (each with the ended session): still one signal
        QTRY_VERIFY_WITH_TIMEOUT(first->settled() && second->settled(), 10000);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(s->state(), IcatSession::State::Expired);
        QVERIFY(!first->done && !second->done); // parked, not failed
        // a call made while expired waits too
        auto third = search(s, this, catalogue::queries::countMyInvestigations({}));
        QVERIFY(!third->done);

        // a wrong password on the way back changes nothing
        QSignalSpy failed(s, &IcatSession::signInFailed);
        s->login(u"simple"_s, credentials(u"alice"_s, u"wrong"_s));
        QVERIFY(failed.wait(10000));
        QCOMPARE(s->state(), IcatSession::State::Expired);
        QVERIFY(!first->done);

        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        QVERIFY(s->sessionId() != before);
        QTRY_VERIFY(first->done && second->done && third->done);
        for (const auto &answer : {first, third}) {
            QCOMPARE(answer->error.kind(), Error::Kind::None);
            QCOMPARE(QJsonDocument::fromJson(answer->body).array().at(0).toInteger(), alices);
        }
        QCOMPARE(second->error.kind(), Error::Kind::None);
        QVERIFY(QJsonDocument::fromJson(second->body).array().at(0).toInteger() <= alices);
        QCOMPARE(expired.size(), 1);
    }

    void givingUpFailsTheParkedCalls()
    {
        auto a = account();
        IcatSession *s = a->icat();
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        QSignalSpy expired(s, &IcatSession::sessionExpired);
        auto parked = search(s, this, catalogue::queries::countMyInvestigations({}));
        std::optional<Error> waited;
        QVERIFY(expired.wait(10000));
        s->whenSignedIn(this, [&](const Error &e) { waited = e; });
        QVERIFY(!parked->done && !waited);
        s->abandonParkedRequests();
        QVERIFY(parked->done);
        QCOMPARE(parked->error.kind(), Error::Kind::SessionExpired);
        QVERIFY(!parked->error.userText().isEmpty());
        QVERIFY(waited && waited->kind() == Error::Kind::SessionExpired);

        // a call whose context is gone is dropped, not delivered
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        auto *context = new QObject;
        auto orphan = search(s, context, catalogue::queries::countMyInvestigations({}));
        auto sibling = search(s, this, catalogue::queries::countMyInvestigations({})); // parked beside it
        QVERIFY(expired.wait(10000));
        delete context;
        QVERIFY(signIn(s, u"alice"_s, u"alice-pw"_s));
        // the parked calls are carried on: the sibling is answered, and every request made for the orphan
        // (if it was made again at all) has come back; the orphan's answer was still not delivered
        QTRY_VERIFY_WITH_TIMEOUT(sibling->done && orphan->settled(), 10000);
        QCOMPARE(sibling->error.kind(), Error::Kind::None);
        QVERIFY(!orphan->done);
    }

    void idsRefusalIsToldApartFromAnEndedSession()
    {
        auto alice = account();
        auto bob = account();
        QVERIFY(signIn(alice->icat(), u"alice"_s, u"alice-pw"_s));
        QVERIFY(signIn(bob->icat(), u"bob"_s, u"bob-pw"_s));
        const qint64 hers = firstDatasetOf(alice->icat(), this, u"kagome"_s);
        const qint64 his = firstDatasetOf(bob->icat(), this, u"garnet"_s);
        QVERIFY(hers > 0 && his > 0);

        // a real refusal: the session is fine, so it is Permission and the session stays signed in
        QSignalSpy expired(alice->icat(), &IcatSession::sessionExpired);
        auto refused = idsSize(alice->icat(), this, his);
        QTRY_VERIFY(refused->done);
        QCOMPARE(refused->error.kind(), Error::Kind::Permission);
        QCOMPARE(alice->icat()->state(), IcatSession::State::SignedIn);
        QCOMPARE(expired.size(), 0);

        // the same 403 while the session has ended: ICAT says so, the call is parked and then completes
        auto size = idsSize(alice->icat(), this, hers);
        QTRY_VERIFY(size->done);
        QVERIFY2(!size->error, qPrintable(size->error.detail()));
        const qint64 bytes = size->body.toLongLong();
        QVERIFY(bytes > 0);
        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        QVERIFY(m_emulator->admin(
            u"lie-next"_s,
            u"path=/ids/getSize&status=403&body="_s +
                QString::fromLatin1(QUrl::toPercentEncoding(
                    uR"({"code":"InsufficientPrivilegesException","message":"Access to this data is not allowed"})"_s))));
        auto again = idsSize(alice->icat(), this, hers);
        QVERIFY(expired.wait(10000));
        QVERIFY(!again->done);
        QVERIFY(signIn(alice->icat(), u"alice"_s, u"alice-pw"_s));
        QTRY_VERIFY(again->done);
        QCOMPARE(again->error.kind(), Error::Kind::None);
        QCOMPARE(again->body.toLongLong(), bytes);

        // checkSession for callers outside send()
        std::optional<bool> ended;
        bob->icat()->checkSession(this, [&](bool e) { ended = e; });
        QTRY_VERIFY(ended.has_value());
        QVERIFY(*ended); // bob's session was expired above too
        QCOMPARE(bob->icat()->state(), IcatSession::State::Expired);
    }
};

QTEST_GUILESS_MAIN(TestIdentitySession)
#include "tst_identity_session.moc"
