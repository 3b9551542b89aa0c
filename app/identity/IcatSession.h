#pragma once

#include "support/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace daas::support {
class TlsTrustStore;
}

namespace daas::identity {

// One credential field an authenticator asks for (ICAT /properties "keys").
struct AuthenticatorKey
{
    QString name;      // "username", "password"
    bool hide = false; // true: a password field
    QString pattern;   // optional regex the value must match
};

// An ICAT authentication plugin as listed by GET /icat/properties.
struct Authenticator
{
    QString mnemonic;   // "simple", "ldap", "anon"
    QString friendly;   // display label ("Federal Id"); empty: use the mnemonic
    bool admin = false; // only for administration tools: a normal sign-in dialog hides it
    QList<AuthenticatorKey> keys;
    QString displayName() const { return friendly.isEmpty() ? mnemonic : friendly; }
};

struct IcatProperties
{
    Q_DECLARE_TR_FUNCTIONS(daas::identity::IcatProperties)

public:
    int maxEntities = 10000;
    int lifetimeMinutes = 120;
    QList<Authenticator> authenticators;             // all, including admin ones
    QList<Authenticator> userAuthenticators() const; // without admin ones
    static Result<IcatProperties> fromJson(const QByteArray &json);
};

// Credentials for one authenticator, in the order of its keys.
using Credentials = QList<QPair<QString, QString>>;

// The ICAT session of the signed-in user: login with a chosen authenticator, keep-alive refresh before
// expiry, logout. Every ICAT/IDS call of any service goes through send() so that a session that expires
// mid-use is handled in one place: the call is parked, sessionExpired() asks the GUI (or CLI) to sign in
// again, and after a successful login() the parked calls are sent again with the new session id. Nothing
// the user was doing is lost; if the user gives up (abandonParkedRequests), the parked calls fail with
// Error::Kind::SessionExpired.
class IcatSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Expired };
    Q_ENUM(State)

    IcatSession(QUrl icatUrl, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~IcatSession() override;

    State state() const { return m_state; }
    QString sessionId() const { return m_sessionId; } // a secret: never log it
    QString userName() const { return m_userName; }   // "simple/alice"
    QString authenticator() const { return m_authenticator; }
    QUrl icatUrl() const { return m_icatUrl; }
    const IcatProperties &properties() const { return m_properties; }

    // GET /icat/properties (no session needed); result via propertiesLoaded/propertiesFailed.
    void loadProperties();
    // POST /icat/session; result via signedIn / signInFailed.
    void login(const QString &authenticator, const Credentials &credentials);
    // Adopt a session id kept from an earlier run (CLI); checks it with GET /icat/session/{id}.
    void resume(const QString &sessionId);
    // DELETE /icat/session/{id}; always ends in SignedOut.
    void logout();

    // Sends an ICAT or IDS request that needs the session id. build() is called with the current session
    // id and makes the request (again after a re-login); done() gets the finished reply (deleted after done
    // returns), its whole body, and Error() on success, the mapped error otherwise, or the SessionExpired
    // error when the user gave up signing in again. The context object bounds the call's lifetime.
    using RequestBuilder = std::function<QNetworkReply *(QNetworkAccessManager *, const QString &sessionId)>;
    using ReplyHandler =
        std::function<void(QNetworkReply *reply, const QByteArray &body, const daas::Error &error)>;
    void send(QObject *context, RequestBuilder build, ReplyHandler done);

    // For streamed transfers that send() cannot replay: then() runs at once while signed in, else after the
    // next successful sign-in, or with the SessionExpired error if the user gives up.
    void whenSignedIn(QObject *context, std::function<void(const daas::Error &error)> then);
    // A streamed transfer saw a session error: expire the session (sessionExpired() is emitted once).
    void reportSessionInvalid();
    // The same, then then() as whenSignedIn() would: parked before sessionExpired() is emitted, so that a
    // front end that gives up at once, inside its handler (the CLI does), answers it too.
    void reportSessionInvalid(QObject *context, std::function<void(const daas::Error &error)> then);
    // IDS answers an ended session with 403 InsufficientPrivilegesException, the same as a refused
    // permission. Callers that got such an answer outside send() (send() does this itself) ask ICAT with
    // GET /icat/session/{id} before reporting Permission: then(true) when the session has ended (the
    // session is then Expired and sessionExpired() was emitted: sign in again and retry), then(false) when
    // it is valid and the refusal is a real one. mayBeIdsSessionError() says when to ask.
    void checkSession(QObject *context, std::function<void(bool ended)> then);

    void abandonParkedRequests();
    // For tests and the keep-alive: seconds between refreshes (default: a third of the lifetime).
    void setRefreshIntervalSeconds(int seconds);
    // With a trust store, a Tls error names the host and the certificate's fingerprint (Account sets it).
    void setTlsTrustStore(support::TlsTrustStore *store);

Q_SIGNALS:
    void stateChanged(daas::identity::IcatSession::State state);
    void propertiesLoaded();
    void propertiesFailed(const daas::Error &error);
    void signedIn();
    void signInFailed(const daas::Error &error);
    void signedOut();
    // The server no longer accepts the session (expired, or revoked): sign in again to carry on.
    void sessionExpired();

private:
    struct Pending;
    void setState(State state);
    void refresh();
    void fetchUserName();
    void expire();
    void resendParked();
    void dispatch(const std::shared_ptr<Pending> &pending);
    QNetworkRequest request(const QString &path) const;
    Error errorOf(QNetworkReply *reply, const QByteArray &body) const;

    QUrl m_icatUrl;
    QNetworkAccessManager *m_network;
    State m_state = State::SignedOut;
    QString m_sessionId;
    QString m_userName;
    QString m_authenticator;
    IcatProperties m_properties;
    QTimer *m_refreshTimer;
    bool m_refreshIntervalFixed = false;
    QList<std::shared_ptr<Pending>> m_parked;
    QPointer<support::TlsTrustStore> m_tlsTrust;
};

// ICAT and IDS error bodies: {"code":"SESSION","message":"..."} (ICAT: enum names; IDS: class names).
// Maps a finished reply to an Error (transport errors first, then the body's code, then the HTTP status).
Error icatErrorFromReply(QNetworkReply *reply, const QByteArray &body);
// True when the reply says the session is not valid, i.e. when a re-login would help: ICAT's code SESSION,
// or IDS's InsufficientPrivilegesException carrying ICAT's session message (IDS has no code of its own).
bool isSessionError(QNetworkReply *reply, const QByteArray &body);
// A 403 InsufficientPrivilegesException from IDS that does not say whether the session ended: ask
// IcatSession::checkSession() before reporting Permission.
bool mayBeIdsSessionError(QNetworkReply *reply, const QByteArray &body);
// IDS's 503 DataNotOnlineException: the data is archived (two-level storage; its restoration has been
// asked for) or busy; prepareData and isPrepared tell when it can be fetched.
bool isDataNotOnline(QNetworkReply *reply, const QByteArray &body);
// Form and query values for ICAT/IDS: percent-encodes everything but the unreserved characters, so that
// '+' is not read as a space by the Java servlet.
QByteArray formValue(const QString &value);

} // namespace daas::identity
