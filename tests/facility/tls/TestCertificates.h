#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace daas::testing {

// A self-signed certificate and its key, made by openssl at test time (nothing secret is committed).
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QString opensslFingerprint; // as `openssl x509 -fingerprint -sha256` prints it
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// Writes NAME.key and NAME.pem into dir; null when openssl failed.
TestIdentity makeTestIdentity(const QString &dir, const QString &name);

} // namespace daas::testing
