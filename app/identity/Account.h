#pragma once

#include "facility/FacilityProfile.h"
#include "identity/IcatSession.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace daas::support {
class TlsTrustStore;
}

namespace daas::identity {

// The facility's one identity as the services beside ICAT need it (WebDAV Basic, OpenNebula's
// user:password): the user name and password of this run's sign-in, in memory only. Empty after a resumed
// session (the password was never typed): a service that needs it asks the user again.
struct ServiceLogin
{
    QString userName; // without the authenticator: "alice"
    QString password; // a secret: never log it
    bool isValid() const { return !userName.isEmpty() && !password.isEmpty(); }
};

// The signed-in user at one facility (Nextcloud's Account pattern): owns the one QNetworkAccessManager of
// the GUI thread that every service of this account uses, the facility profile and the ICAT session.
// Services (catalogue, IDS, storage, ...) take an Account* and never make their own QNAM on this thread.
class Account : public QObject
{
    Q_OBJECT
public:
    explicit Account(facility::FacilityProfile profile, QObject *parent = nullptr);
    ~Account() override;

    const facility::FacilityProfile &profile() const { return m_profile; }
    QNetworkAccessManager *network() const { return m_network; }
    IcatSession *icat() const { return m_icat; }
    // Decides on certificates the system does not trust for every reply of network(): see TlsTrustStore.
    support::TlsTrustStore *tlsTrust() const { return m_tlsTrust; }

    // Signs in to ICAT and, once that succeeded, keeps the user name and password as serviceLogin().
    void signIn(const QString &authenticator, const Credentials &credentials);
    const ServiceLogin &serviceLogin() const { return m_serviceLogin; }
    // A password asked again by a service (its server refused the one kept, or the session was resumed).
    void setServiceLogin(const ServiceLogin &login);

    // The one sign-out, for the GUI (Account menu, idle sign-out) and `daas logout`: signingOut() first, for
    // whatever was built on this account to stop and close (desktops, transfers, jobs); then ICAT's session
    // ends and the service login is forgotten; on a shared workstation (Workstation::isShared) every trace of
    // the person on this computer goes too (UserTraces: keychain, settings, data and cache files). done()
    // when that is finished: at once on a personal computer, where "Remember me" stays as it was.
    void signOut(QObject *context, std::function<void(const daas::Error &)> done);
    // Whether this account is used on a shared workstation (the profile says so or the settings do).
    bool isSharedWorkstation() const;

Q_SIGNALS:
    void serviceLoginChanged();
    void signingOut();

private:
    facility::FacilityProfile m_profile;
    QNetworkAccessManager *m_network;
    support::TlsTrustStore *m_tlsTrust;
    IcatSession *m_icat;
    ServiceLogin m_serviceLogin;
    ServiceLogin m_pendingLogin;
};

} // namespace daas::identity
