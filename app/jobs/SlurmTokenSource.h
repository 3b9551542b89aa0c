#pragma once

#include "support/Error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace daas::identity {
class Account;
}

namespace daas::jobs {

// A Slurm JSON Web Token and whose it is: what slurmrestd takes in X-SLURM-USER-NAME / X-SLURM-USER-TOKEN.
// The token is a secret: never log it.
struct SlurmToken
{
    QString user;
    QString token;
    QDateTime expires; // invalid when not known
    bool isValid() const { return !user.isEmpty() && !token.isEmpty(); }
    bool hasExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expires.isValid() && expires <= now;
    }
};

// The claims a JWT carries in the clear (its middle part): Slurm's "sun" (user) and "exp". Used to name the
// user of a pasted token and to tell an expired token from a wrong one; nothing is verified here.
SlurmToken slurmTokenFromJwt(const QString &jwt);

// Where the Slurm REST back-end gets its token. fetch() answers once, later (never inside the call), with
// the token or an Error with a sentence; refresh asks for a new one (slurmrestd refused the last). The
// returned function abandons the fetch: its callback is then never called.
class SlurmTokenSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<SlurmToken> &)>;
    using QObject::QObject;

    virtual std::function<void()> fetch(bool refresh, Callback done) = 0;
    // The cluster user before the first token is known ("" when not known).
    virtual QString userHint() const { return {}; }
};

// One token that does not change: one the user pasted (`scontrol token` on the cluster), or a test's. Its
// user is the given one, or the token's "sun" claim. A refresh gives the same token.
class FixedSlurmTokenSource : public SlurmTokenSource
{
    Q_OBJECT
public:
    explicit FixedSlurmTokenSource(const QString &token, const QString &user = {}, QObject *parent = nullptr);
    std::function<void()> fetch(bool refresh, Callback done) override;
    QString userHint() const override { return m_token.user; }

private:
    SlurmToken m_token;
};

// The facility's token service (the profile's batch.tokenUrl): GET with HTTP Basic credentials of the
// account's service login (Account::serviceLogin(), the user name and password of this run's sign-in)
// answers {"user": "<cluster user>", "token": "<JWT>", "expires": <unix time>}. The token is kept until a
// minute before it expires or until a refresh; requests go through the account's network manager with the
// request timeout of the settings.
class ServiceSlurmTokenSource : public SlurmTokenSource
{
    Q_OBJECT
public:
    ServiceSlurmTokenSource(identity::Account *account, const QUrl &tokenUrl, QObject *parent = nullptr);
    std::function<void()> fetch(bool refresh, Callback done) override;
    QString userHint() const override { return m_cached.user; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    Result<SlurmToken> read(QNetworkReply *reply) const;

    QPointer<identity::Account> m_account;
    QUrl m_url;
    SlurmToken m_cached;
    int m_timeoutMs;
};

} // namespace daas::jobs
