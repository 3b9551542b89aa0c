#include "storage/AccountStorageCredentials.h"

#include "identity/Account.h"
#include "support/Logging.h"

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

QByteArray AccountStorageCredentials::authorization() const
{
    if (!m_account)
        return {};
    const identity::ServiceLogin &login = m_account->serviceLogin();
    if (!login.isValid())
        return {};
    return "Basic " + (login.userName + QLatin1Char(':') + login.password).toUtf8().toBase64();
}

void AccountStorageCredentials::renew(std::function<void(const Error &)> done)
{
    if (!m_account) {
        done(refusedError(QStringLiteral("401 and the account is gone")));
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

} // namespace daas::storage
