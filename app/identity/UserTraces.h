#pragma once

#include "facility/FacilityProfile.h"
#include "support/Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace daas::identity {

// Everything of one person this client keeps on the computer, in one list, so that a sign-out on a shared
// workstation can remove all of it:
// - keychain entries: the sign-in's remembered password, the CLI's session id and storage password, and
//   every key this process wrote (a remote desktop's remembered password);
// - the settings keys of the person (support::keys::perUserKeys(): user name, folders chosen, ...);
// - files in the application's data folder: the storage transfer queues (transfers*.json), the job
//   journals (jobs/) and the job templates the person saved (job-templates/);
// - the cache folder (files staged for drag and drop, ...), except the system's CA bundle, which is the
//   computer's and which remote sessions of this run keep reading.
// What stays is the computer's: facility profiles, certificate and host key decisions, the language.
class UserTraces
{
public:
    // `user`: the facility user name without the authenticator ("alice"); `authenticator`: "simple".
    static QStringList keychainKeys(const facility::FacilityProfile &profile, const QString &authenticator,
                                    const QString &user);
    // Removes it all; done() gets the first error met (a keychain that refused), after everything else
    // was still tried.
    static void erase(const facility::FacilityProfile &profile, const QString &authenticator,
                      const QString &user, QObject *context, std::function<void(const daas::Error &)> done);
    // The files and settings part alone (synchronous, small): the paths it could not remove.
    static QStringList eraseFilesAndSettings();
};

} // namespace daas::identity
