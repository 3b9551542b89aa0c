#include "identity/UserTraces.h"

#include "identity/CredentialStore.h"
#include "support/Logging.h"
#include "support/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::identity {

namespace {

bool removePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

} // namespace

QStringList UserTraces::keychainKeys(const facility::FacilityProfile &profile, const QString &authenticator,
                                     const QString &user)
{
    QStringList keys;
    auto add = [&keys](const QString &key) {
        if (!keys.contains(key))
            keys << key;
    };
    if (!user.isEmpty()) {
        add(CredentialStore::key(profile.id, authenticator.isEmpty() ? u"simple"_s : authenticator, user));
        add(CredentialStore::key(profile.id, u"storage"_s, user));
    }
    // the CLI's session id (one per facility and ICAT), and its storage password for the user it remembered
    add(CredentialStore::key(profile.id, u"cli-session"_s, profile.icatUrl.toString()));
    const QString storageUser = QSettings().value(u"storage/user/"_s + profile.id).toString();
    if (!storageUser.isEmpty())
        add(CredentialStore::key(profile.id, u"storage"_s, storageUser));
    for (const QString &key : CredentialStore::keysWrittenHere())
        add(key);
    return keys;
}

QStringList UserTraces::eraseFilesAndSettings()
{
    QStringList left;
    {
        QSettings settings;
        for (const QString &key : support::keys::perUserKeys())
            settings.remove(key);
        settings.sync();
        // what counts is that the file no longer holds them (status() also reports a missing folder)
        const QStringList all = QSettings().allKeys();
        for (const QString &key : support::keys::perUserKeys())
            for (const QString &kept : all)
                if (kept == key || kept.startsWith(key + u'/'))
                    left << settings.fileName() + u" ("_s + kept + u')';
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStringList paths;
    const QDir dataDir(data);
    for (const QString &name : dataDir.entryList({u"transfers*.json"_s}, QDir::Files | QDir::Hidden))
        paths << dataDir.filePath(name);
    paths << dataDir.filePath(u"jobs"_s) << dataDir.filePath(u"job-templates"_s);
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    if (!cache.path().isEmpty() && cache.exists())
        for (const QString &name : cache.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            if (name != u"system-ca.pem")
                paths << cache.filePath(name);
    for (const QString &path : std::as_const(paths))
        if (QFileInfo::exists(path) && !removePath(path))
            left << path;
    return left;
}

void UserTraces::erase(const facility::FacilityProfile &profile, const QString &authenticator,
                       const QString &user, QObject *context, std::function<void(const Error &)> done)
{
    // the keys first: the remembered storage user is read from the settings erased next
    const QStringList keys = keychainKeys(profile, authenticator, user);
    const QStringList left = eraseFilesAndSettings();
    auto first = std::make_shared<Error>();
    if (!left.isEmpty()) {
        qCWarning(lcIdentity) << "could not remove" << left;
        *first = Error(Error::Kind::Storage,
                       QCoreApplication::translate(
                           "daas::identity", "Some of your files on this computer could not be removed: %1")
                           .arg(left.join(u", "_s)));
    }
    auto pending = std::make_shared<int>(int(keys.size()));
    if (*pending == 0) {
        done(*first);
        return;
    }
    for (const QString &key : keys) {
        CredentialStore::remove(key, context, [pending, first, done](const Error &e) {
            if (e && !*first)
                *first = e;
            if (--*pending == 0)
                done(*first);
        });
    }
}

} // namespace daas::identity
