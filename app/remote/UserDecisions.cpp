#include "remote/UserDecisions.h"

#include "support/TlsTrustStore.h"

#include <QCryptographicHash>

namespace daas::remote {

QByteArray CertificateQuestion::sha256() const
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificateQuestion::fingerprint() const
{
    return support::TlsTrustStore::formatFingerprint(sha256());
}

std::optional<bool> UserDecisions::waitForCertificate()
{
    std::unique_lock lock(m_mutex);
    m_answered.wait(lock, [this] { return m_cancelled || m_certificate.has_value(); });
    if (m_cancelled)
        return std::nullopt;
    return std::exchange(m_certificate, std::nullopt);
}

std::optional<Credentials> UserDecisions::waitForCredentials()
{
    std::unique_lock lock(m_mutex);
    m_answered.wait(lock, [this] { return m_cancelled || m_credentials.has_value(); });
    if (m_cancelled)
        return std::nullopt;
    return *std::exchange(m_credentials, std::nullopt);
}

void UserDecisions::answerCertificate(bool trust)
{
    {
        std::lock_guard lock(m_mutex);
        m_certificate = trust;
    }
    m_answered.notify_all();
}

void UserDecisions::answerCredentials(std::optional<Credentials> credentials)
{
    {
        std::lock_guard lock(m_mutex);
        m_credentials = std::move(credentials);
    }
    m_answered.notify_all();
}

void UserDecisions::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_answered.notify_all();
}

} // namespace daas::remote
