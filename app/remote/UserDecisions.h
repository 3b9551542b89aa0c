#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace daas::remote {

// A certificate the trust store has no decision for (or a different one than before): the user decides.
struct CertificateQuestion
{
    QString host;
    quint16 port = 0;
    QSslCertificate certificate;
    QString reasons;                     // why the system does not trust it
    QList<QByteArray> previouslyTrusted; // SHA-256 digests trusted here before: the certificate changed
    bool gateway = false;                // an RD Gateway's certificate, not the desktop's

    QByteArray sha256() const;
    QString fingerprint() const; // "AB:CD:…"
    bool changed() const { return !previouslyTrusted.isEmpty(); }
};

// A sign-in the protocol needs (RDP's NLA or TLS logon, an RD Gateway).
struct CredentialsQuestion
{
    enum class Purpose { Desktop, Gateway };
    Purpose purpose = Purpose::Desktop;
    QString host;
    QString userName;
    QString domain;
    bool retry = false; // the previous password was refused
};

struct Credentials
{
    QString userName;
    QString password;
    QString domain;
    bool remember = false; // keep the password in the keychain
};

// Questions a protocol worker asks the user and waits for. The worker thread blocks in waitFor…();
// the session's thread answers; cancel() (close, or a tab going away) wakes the worker with "no".
// One question at a time per connection, as the protocols ask them in sequence.
class UserDecisions
{
public:
    // Worker side: nullopt when cancelled.
    std::optional<bool> waitForCertificate();
    std::optional<Credentials> waitForCredentials();

    // Session side.
    void answerCertificate(bool trust);
    void answerCredentials(std::optional<Credentials> credentials);
    void cancel();

private:
    std::mutex m_mutex;
    std::condition_variable m_answered;
    std::optional<bool> m_certificate;
    std::optional<std::optional<Credentials>> m_credentials;
    bool m_cancelled = false;
};

} // namespace daas::remote

Q_DECLARE_METATYPE(daas::remote::CertificateQuestion)
Q_DECLARE_METATYPE(daas::remote::CredentialsQuestion)
