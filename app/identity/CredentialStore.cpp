#include "identity/CredentialStore.h"

#include "support/Logging.h"
#include "support/Redaction.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace daas::identity {

namespace {

// QtKeychain reports a missing Secret Service (Linux: nothing owns org.freedesktop.secrets on the session
// bus, or there is no session bus, or nothing answers there) as OtherError with the D-Bus/GLib message.
bool noKeychainService(const QString &errorString)
{
    for (const char *sign :
         {"org.freedesktop.secrets", "ServiceUnknown", "D-Bus", "DBus", "Could not connect", "autolaunch",
          "Cannot spawn a message bus", "Timeout was reached"})
        if (errorString.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

Error keychainError(const QKeychain::Job *job)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("daas::identity", t); };
    const QString detail = u"QtKeychain error %1: %2"_s.arg(int(job->error())).arg(job->errorString());
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(Error::Kind::NotFound, tr("Nothing is saved in the keychain for this account."), detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Error::Kind::Keychain, tr("The keychain did not allow access."), detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Kind::Keychain,
                     tr("No keychain is available on this computer, so the password cannot be remembered."),
                     detail);
    default:
        if (noKeychainService(job->errorString()))
            return Error(
                Error::Kind::Keychain,
                tr("No keychain service is running or answering on this computer (a Secret Service "
                   "such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try "
                   "again."),
                detail);
        return Error(Error::Kind::Keychain, tr("The keychain reported an error."), detail);
    }
}

template<typename JobT>
JobT *makeJob(const QString &key)
{
    auto *job = new JobT(CredentialStore::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

QStringList &writtenKeys()
{
    static QStringList keys; // the GUI thread's: QtKeychain jobs are started and finish there
    return keys;
}

} // namespace

QStringList CredentialStore::keysWrittenHere()
{
    return writtenKeys();
}

QString CredentialStore::key(const QString &facilityId, const QString &authenticator, const QString &user)
{
    return facilityId + u'/' + authenticator + u'/' + user;
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            std::function<void(const Error &)> done)
{
    support::rememberSecret(secret);
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    if (!writtenKeys().contains(key))
        writtenKeys().append(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        const Error e = keychainError(j);
        if (e)
            qCWarning(lcKeychain) << "write failed:" << e;
        done(e);
    });
    job->start();
}

void CredentialStore::read(const QString &key, QObject *context,
                           std::function<void(const Result<QString> &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (Error e = keychainError(j)) {
            done(e);
            return;
        }
        const QString secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        support::rememberSecret(secret);
        done(secret);
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, std::function<void(const Error &)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    writtenKeys().removeAll(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        const Error e = keychainError(j);
        done(e.kind() == Error::Kind::NotFound ? Error() : e);
    });
    job->start();
}

} // namespace daas::identity
