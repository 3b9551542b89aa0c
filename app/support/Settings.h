#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace daas::support {

// A settings key with its type and default, declared once below (KeePassXC/qBittorrent's pattern).
// Never store a secret here: secrets go to the keychain (identity/CredentialStore).
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
};

namespace keys {
// facility
inline const SettingKey<QString> currentFacility{"facility/current", {}};
// identity ("remember me": the user name and authenticator; the password is in the keychain)
inline const SettingKey<bool> rememberMe{"identity/rememberMe", false};
inline const SettingKey<QString> lastAuthenticator{"identity/lastAuthenticator", {}};
inline const SettingKey<QString> lastUserName{"identity/lastUserName", {}};
// downloads
inline const SettingKey<QString> downloadFolder{"downloads/folder", {}};
// "Copy to my storage": the storage folder chosen last
inline const SettingKey<QString> copyToStorageFolder{"storage/copyFolder", QStringLiteral("datasets")};
// storage transfers running at once (the Transfers panel; 1 to 8)
inline const SettingKey<int> parallelTransfers{"transfers/parallel", 3};
// remote desktops: the protocol chosen per environment template (template id -> "vnc" or "rdp")
inline const SettingKey<QVariantMap> desktopProtocols{"desktops/protocols", {}};
// network
inline const SettingKey<int> requestTimeoutSeconds{"network/requestTimeoutSeconds", 60};
// the Settings dialog: the language ("" follows the system; "de", "ja"... one of the catalogues embedded
// under
// :/i18n), used from the next start
inline const SettingKey<QString> language{"ui/language", {}};
// a computer shared by several people (also forced by a facility profile's "sharedWorkstation"): see
// identity/Workstation.h. The idle time before a signed-in session is signed out there; for tests the
// environment variables DAAS_IDLE_SIGNOUT_SECONDS and DAAS_IDLE_WARNING_SECONDS give both times in seconds.
inline const SettingKey<bool> sharedWorkstation{"workstation/shared", false};
inline const SettingKey<int> idleSignOutMinutes{"workstation/idleSignOutMinutes", 15};

// The keys (and groups) above that belong to the person signed in rather than to the computer: removed when
// they sign out of a shared workstation. "storage/user" is the CLI's remembered storage user per facility.
inline QStringList perUserKeys()
{
    return {QLatin1String(rememberMe.key),          QLatin1String(lastAuthenticator.key),
            QLatin1String(lastUserName.key),        QLatin1String(downloadFolder.key),
            QLatin1String(copyToStorageFolder.key), QLatin1String(desktopProtocols.key),
            QStringLiteral("storage/user")};
}
} // namespace keys

// Typed access to QSettings (organisation/application names set by the executables; tests use
// QStandardPaths::setTestModeEnabled so they never touch a user's settings).
class Settings
{
public:
    template<typename T>
    static T value(const SettingKey<T> &key)
    {
        QSettings s;
        const QVariant v = s.value(QLatin1String(key.key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.defaultValue;
    }

    template<typename T>
    static void setValue(const SettingKey<T> &key, const T &value)
    {
        QSettings s;
        s.setValue(QLatin1String(key.key), QVariant::fromValue(value));
    }

    template<typename T>
    static void remove(const SettingKey<T> &key)
    {
        QSettings s;
        s.remove(QLatin1String(key.key));
    }
};

} // namespace daas::support
