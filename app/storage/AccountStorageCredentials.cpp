#include "storage/AccountStorageCredentials.h"

#include "identity/Account.h"
#include "support/Logging.h"
#include "support/Redaction.h"

#include <QCoreApplication>

namespace daas::storage {

namespace {

Error refusedError(const QString &detail)
{
    return Error(Error::Kind::Authentication,
                 QCoreApplication::translate(
                     "daas::storage", "The storage server did not accept your sign-in. Sign in again."),
                 detail);
}

} // namespace

AccountStorageCredentials::AccountStorageCredentials(identity::Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
{}

AccountStorageCredentials::~AccountStorageCredentials() = default;

bool AccountStorageCredentials::isBearer() const
{
    return m_account && m_account->profile().storageAuth == QLatin1String("bearer");
}

QByteArray AccountStorageCredentials::authorization() const
{
    if (!m_account)
        return {};
    if (isBearer()) {
        // an expired session keeps its id until the next sign-in: sending it gets the 401 that WebDavClient
        // matches to the one renewal (or to the user's refusal to sign in again)
        const QString id = m_account->icat()->sessionId();
        return id.isEmpty() ? QByteArray() : "Bearer " + id.toUtf8();
    }
    const identity::ServiceLogin &login = m_account->serviceLogin();
    if (!login.isValid())
        return {};
    support::rememberSecret(login.password);
    return "Basic " + (login.userName + QLatin1Char(':') + login.password).toUtf8().toBase64();
}

void AccountStorageCredentials::renew(std::function<void(const Error &)> done)
{
    if (!m_account) {
        done(refusedError(QStringLiteral("401 and the account is gone")));
        return;
    }
    if (isBearer()) {
        renewBearer(std::move(done));
        return;
    }
    if (!m_prompt) {
        done(refusedError(QStringLiteral("401 and no prompt to ask for the storage password again")));
        return;
    }
    const QString user = m_account->serviceLogin().userName;
    const Error why =
        m_account->serviceLogin().isValid()
            ? refusedError(QStringLiteral("the storage server refused the password kept for %1").arg(user))
            : Error(Error::Kind::Authentication, tr("The storage server needs your password."),
                    QStringLiteral("no password kept for the storage server"));
    qCInfo(lcDav) << "asking for the storage password again";
    const quint64 generation = ++m_askGeneration;
    const QPointer<AccountStorageCredentials> self(this);
    Q_EMIT passwordRequested(user);
    m_prompt(user, why, [self, generation, user, done](const std::optional<identity::ServiceLogin> &answer) {
        if (!self || generation != self->m_askGeneration)
            return; // answered twice, or the credentials are gone
        ++self->m_askGeneration;
        identity::ServiceLogin login = answer.value_or(identity::ServiceLogin());
        if (login.userName.isEmpty())
            login.userName = user;
        if (!login.isValid()) {
            done(Error(Error::Kind::Authentication, tr("You did not give the storage password."),
                       QStringLiteral("the password prompt was cancelled")));
            return;
        }
        if (self->m_account)
            self->m_account->setServiceLogin(login);
        done(Error());
    });
}

void AccountStorageCredentials::renewBearer(std::function<void(const Error &)> done)
{
    auto answer = [done](const Error &error) {
        done(error ? Error(Error::Kind::Authentication,
                           tr("Your session has ended. Sign in again to carry on with your files."),
                           error.detail())
                   : Error());
    };
    identity::IcatSession *icat = m_account->icat();
    // WebDavClient only asks when the refused header is the current one, so the current session is the one
    // the storage server refused (it may have ended before ICAT's keep-alive noticed)
    if (icat->state() == identity::IcatSession::State::SignedIn) {
        qCInfo(lcDav) << "the storage server refused the session: signing in again";
        icat->reportSessionInvalid(this, answer);
    } else {
        icat->whenSignedIn(this, answer);
    }
}

} // namespace daas::storage
