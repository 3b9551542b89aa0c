#pragma once

#include "support/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace daas::identity {

// Secrets (passwords for "Remember me", the CLI's session id) in the operating system's keychain through
// QtKeychain, always asynchronously, and never anywhere else: with no keychain the call fails with a
// Keychain error instead of falling back to a file.
class CredentialStore
{
public:
    static QString service() { return QStringLiteral("daas-desktop"); }
    // facility id + authenticator + user, so two facilities or two accounts never share an entry
    static QString key(const QString &facilityId, const QString &authenticator, const QString &user);

    static void write(const QString &key, const QString &secret, QObject *context,
                      std::function<void(const daas::Error &)> done);
    static void read(const QString &key, QObject *context,
                     std::function<void(const daas::Result<QString> &)> done);
    static void remove(const QString &key, QObject *context, std::function<void(const daas::Error &)> done);
};

} // namespace daas::identity
