#include "jobs/SlurmTokenSource.h"
#include "support/Redaction.h"

#include "identity/Account.h"
#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::jobs {

SlurmToken slurmTokenFromJwt(const QString &jwt)
{
    SlurmToken token;
    token.token = jwt.trimmed();
    const QList<QStringView> parts = QStringView(token.token).split(u'.');
    if (parts.size() != 3)
        return token;
    const QByteArray claims = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject o = QJsonDocument::fromJson(claims).object();
    token.user = o.value(u"sun"_s).toString();
    if (token.user.isEmpty())
        token.user = o.value(u"username"_s).toString();
    if (o.value(u"exp"_s).isDouble())
        token.expires = QDateTime::fromSecsSinceEpoch(o.value(u"exp"_s).toInteger(), QTimeZone::UTC);
    return token;
}

FixedSlurmTokenSource::FixedSlurmTokenSource(const QString &token, const QString &user, QObject *parent)
    : SlurmTokenSource(parent)
    , m_token(slurmTokenFromJwt(token))
{
    if (!user.isEmpty())
        m_token.user = user;
}

std::function<void()> FixedSlurmTokenSource::fetch(bool refresh, Callback done)
{
    Q_UNUSED(refresh);
    auto alive = std::make_shared<bool>(true);
    QTimer::singleShot(0, this, [this, alive, done = std::move(done)] {
        if (!*alive)
            return;
        if (!m_token.isValid())
            done(Error(Error::Kind::Authentication,
                       tr("The Slurm token is not one: it names no user. Get a new one with \"scontrol "
                          "token\" on the cluster."),
                       u"no user in the token's claims"_s));
        else
            done(m_token);
    });
    return [alive] { *alive = false; };
}

ServiceSlurmTokenSource::ServiceSlurmTokenSource(identity::Account *account, const QUrl &tokenUrl,
                                                 QObject *parent)
    : SlurmTokenSource(parent)
    , m_account(account)
    , m_url(tokenUrl)
    , m_timeoutMs(support::requestTimeoutMs())
{}

std::function<void()> ServiceSlurmTokenSource::fetch(bool refresh, Callback done)
{
    auto alive = std::make_shared<bool>(true);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
    if (!refresh && m_cached.isValid() && !m_cached.hasExpired(soon)) {
        QTimer::singleShot(0, this, [this, alive, done = std::move(done)] {
            if (*alive)
                done(m_cached);
        });
        return [alive] { *alive = false; };
    }
    const auto later = [this, alive, done](const Error &error) {
        QTimer::singleShot(0, this, [alive, done, error] {
            if (*alive)
                done(error);
        });
    };
    if (!m_account) {
        later(Error(Error::Kind::Internal, tr("Not signed in."), u"no account for the Slurm token"_s));
        return [alive] { *alive = false; };
    }
    const identity::ServiceLogin &login = m_account->serviceLogin();
    if (!login.isValid()) {
        later(Error(Error::Kind::Authentication,
                    tr("The cluster's token service needs your password. Sign in again."),
                    u"no service login (resumed session?)"_s));
        return [alive] { *alive = false; };
    }
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization",
                         "Basic " + (login.userName + u':' + login.password).toUtf8().toBase64());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_account->network()->get(request);
    support::abortWhenSilent(reply, m_timeoutMs);
    QPointer<QNetworkReply> guard(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, alive, done] {
        reply->deleteLater();
        if (!*alive)
            return;
        const Result<SlurmToken> token = read(reply);
        if (token)
            m_cached = *token;
        done(token);
    });
    return [alive, guard] {
        *alive = false;
        if (guard)
            guard->abort();
    };
}

Result<SlurmToken> ServiceSlurmTokenSource::read(QNetworkReply *reply) const
{
    if (const Error e = support::transportError(reply))
        return e.prefixed(tr("The cluster's token service could not be reached"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403)
        return Error(Error::Kind::Authentication,
                     tr("The cluster's token service did not accept your user name and password."),
                     u"HTTP %1 from %2"_s.arg(status).arg(support::redacted(m_url)));
    if (status != 200)
        return support::httpStatusError(status, tr("The cluster's token service"));
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    SlurmToken token;
    token.user = o.value(u"user"_s).toString();
    token.token = o.value(u"token"_s).toString();
    if (o.value(u"expires"_s).isDouble())
        token.expires = QDateTime::fromSecsSinceEpoch(o.value(u"expires"_s).toInteger(), QTimeZone::UTC);
    if (!token.isValid())
        return Error(Error::Kind::Protocol,
                     tr("The cluster's token service gave an answer that is not a token."),
                     u"no user or token in the reply"_s);
    qCInfo(lcJobs) << "got a Slurm token for" << token.user << "until" << token.expires;
    return token;
}

} // namespace daas::jobs
