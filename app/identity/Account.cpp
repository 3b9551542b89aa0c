#include "identity/Account.h"

#include "facility/FacilityRegistry.h"
#include "identity/IcatSession.h"
#include "identity/UserTraces.h"
#include "identity/Workstation.h"
#include "support/TlsTrustStore.h"

#include <QNetworkAccessManager>

#include <utility>

namespace daas::identity {

Account::Account(facility::FacilityProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(new QNetworkAccessManager(this))
    , m_tlsTrust(new support::TlsTrustStore(this))
    , m_icat(new IcatSession(m_profile.icatUrl, m_network, this))
{
    // TLS is verified; HTTP/2 is left on. Redirects are not followed silently across origins.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // the CA certificates that came with an imported profile, and the user's per-host decisions
    facility::FacilityRegistry::installCertificates(m_profile.id);
    m_tlsTrust->watch(m_network);
    m_icat->setTlsTrustStore(m_tlsTrust);

    connect(m_icat, &IcatSession::signedIn, this, [this] {
        if (m_pendingLogin.isValid())
            setServiceLogin(std::exchange(m_pendingLogin, {}));
    });
    connect(m_icat, &IcatSession::signInFailed, this, [this] { m_pendingLogin = {}; });
    connect(m_icat, &IcatSession::signedOut, this, [this] { setServiceLogin({}); });
}

void Account::signIn(const QString &authenticator, const Credentials &credentials)
{
    m_pendingLogin = {};
    for (const auto &[key, value] : credentials) {
        if (key == QLatin1String("username"))
            m_pendingLogin.userName = value;
        else if (key == QLatin1String("password"))
            m_pendingLogin.password = value;
    }
    m_icat->login(authenticator, credentials);
}

void Account::setServiceLogin(const ServiceLogin &login)
{
    if (login.userName == m_serviceLogin.userName && login.password == m_serviceLogin.password)
        return;
    m_serviceLogin = login;
    Q_EMIT serviceLoginChanged();
}

bool Account::isSharedWorkstation() const
{
    return Workstation::isShared(m_profile);
}

void Account::signOut(QObject *context, std::function<void(const Error &)> done)
{
    // who it was, before the session forgets: "simple/alice" -> "simple", "alice"
    const QString full = m_icat->userName();
    const qsizetype slash = full.indexOf(u'/');
    QString authenticator = m_icat->authenticator();
    if (authenticator.isEmpty() && slash > 0)
        authenticator = full.left(slash);
    QString user = slash >= 0 ? full.mid(slash + 1) : full;
    if (user.isEmpty())
        user = m_serviceLogin.userName;
    Q_EMIT signingOut();
    m_icat->logout();
    setServiceLogin({});
    m_pendingLogin = {};
    if (!isSharedWorkstation()) {
        done(Error());
        return;
    }
    UserTraces::erase(m_profile, authenticator, user, context, std::move(done));
}

Account::~Account() = default;

} // namespace daas::identity
