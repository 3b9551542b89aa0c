#pragma once

#include "support/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace daas::jobs {

// A host key as ssh-keyscan reports it and as our known_hosts file keeps it.
struct SshHostKey
{
    QString host;      // as known_hosts names it: "login.example.org", "[127.0.0.1]:2281"
    QString algorithm; // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QByteArray blob;   // the key itself (decoded base64)

    bool isValid() const { return !algorithm.isEmpty() && !blob.isEmpty(); }
    // "ED25519", "ECDSA", "RSA": the name ssh itself shows with a fingerprint
    QString typeName() const;
    // "SHA256:…", base64 without padding, exactly as `ssh-keygen -l` prints it
    QString fingerprint() const;
    QString knownHostsLine() const;
};

// Our own known_hosts file (UserKnownHostsFile with StrictHostKeyChecking=yes, beside the user's own, which
// is only read): an unknown key is read with ssh-keyscan, shown to the user and written here only when the
// user trusts it; a changed key is refused.
namespace SshKnownHosts {

// "[host]:port" (ssh's form for a port other than 22) or "host".
QString hostPattern(const QString &host, quint16 port);

// The keys in ssh-keyscan's output (comment lines skipped), the one ssh prefers first: ED25519, then
// ECDSA, then RSA.
QList<SshHostKey> parseKeyscan(const QByteArray &output);

enum class Problem {
    None,
    Unknown, // "No ED25519 host key is known for … and you have requested strict checking."
    Changed, // "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!"
};
// What ssh's standard error says about the host key.
Problem problemIn(const QByteArray &sshError);
// The fingerprint the server presented when its key changed ("SHA256:…"), from ssh's warning.
QString presentedFingerprint(const QByteArray &sshError);
// The file that holds the old key, from ssh's "Offending … key in FILE:LINE"; empty when not said.
QString offendingFile(const QByteArray &sshError);

// Adds the key to the file, written whole to a temporary file and renamed over it.
Error add(const QString &knownHostsFile, const SshHostKey &key);

} // namespace SshKnownHosts

} // namespace daas::jobs
