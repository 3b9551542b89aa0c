#include "storage/StorageCredentials.h"
#include "support/Redaction.h"

namespace daas::storage {

StaticCredentials StaticCredentials::basic(const QString &user, const QString &password)
{
    StaticCredentials c;
    c.setBasic(user, password);
    return c;
}

StaticCredentials StaticCredentials::bearer(const QString &token)
{
    StaticCredentials c;
    c.setBearer(token);
    return c;
}

void StaticCredentials::setBasic(const QString &user, const QString &password)
{
    support::rememberSecret(password);
    m_header = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void StaticCredentials::setBearer(const QString &token)
{
    support::rememberSecret(token);
    m_header = "Bearer " + token.toUtf8();
}

void StaticCredentials::renew(std::function<void(const Error &)> done)
{
    if (!m_renewer) {
        done(Error(Error::Kind::Authentication,
                   QCoreApplication::translate(
                       "daas::storage", "The storage server did not accept your sign-in. Sign in again."),
                   QStringLiteral("401 and no way to renew the storage credentials")));
        return;
    }
    m_renewer(this, std::move(done));
}

} // namespace daas::storage
