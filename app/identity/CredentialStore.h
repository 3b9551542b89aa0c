#pragma once

#include "support/Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

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
    // The keys this process wrote (and has not removed since), whatever wrote them (a remote desktop's
    // "Remember" as much as the sign-in): what a sign-out on a shared workstation removes besides the keys
    // it can name. The keychain itself cannot be listed through QtKeychain.
    static QStringList keysWrittenHere();
};

} // namespace daas::identity
