#pragma once

#include "support/Error.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace daas::storage {

// Where WebDavClient gets the Authorization header from, so that the identity layer can feed Basic (a
// password or app password from the keychain) or a bearer token derived from the sign-in, and renew it when
// the server answers 401 in the middle of a queue. Implementations never log the value.
class StorageCredentials
{
public:
    virtual ~StorageCredentials() = default;
    // The Authorization header value ("Basic …", "Bearer …"), or empty for none.
    virtual QByteArray authorization() const = 0;
    // Basic must not travel in clear text except to this machine.
    virtual bool isBasic() const { return authorization().startsWith("Basic "); }
    // Called after a 401. Obtain fresh credentials (ask the user again, refresh a token) and call done with
    // Error() once authorization() returns them, or with the reason it could not.
    virtual void renew(std::function<void(const Error &)> done) = 0;
};

// Fixed credentials, optionally with a function that renews them (the GUI's re-prompt, a test's new
// password).
class StaticCredentials : public StorageCredentials
{
public:
    using Renewer = std::function<void(StaticCredentials *self, std::function<void(const Error &)> done)>;

    static StaticCredentials basic(const QString &user, const QString &password);
    static StaticCredentials bearer(const QString &token);

    void setBasic(const QString &user, const QString &password);
    void setBearer(const QString &token);
    void setRenewer(Renewer renewer) { m_renewer = std::move(renewer); }

    QByteArray authorization() const override { return m_header; }
    void renew(std::function<void(const Error &)> done) override;

private:
    QByteArray m_header;
    Renewer m_renewer;
};

} // namespace daas::storage
