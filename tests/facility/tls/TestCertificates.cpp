#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace daas::testing {

TestIdentity makeTestIdentity(const QString &dir, const QString &name)
{
    TestIdentity id;
    const QString key = dir + u'/' + name + u".key"_s, pem = dir + u'/' + name + u".pem"_s;
    QProcess req;
    req.start(u"openssl"_s,
              {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
               u"/CN=daas test "_s + name, u"-keyout"_s, key, u"-out"_s, pem});
    if (!req.waitForFinished(60000) || req.exitCode() != 0)
        return id;
    QProcess fp;
    fp.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, pem});
    if (!fp.waitForFinished(30000) || fp.exitCode() != 0)
        return id;
    id.opensslFingerprint = QString::fromLatin1(fp.readAllStandardOutput()).trimmed().section(u'=', 1);
    QFile c(pem), k(key);
    if (c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly)) {
        id.certificate = QSslCertificate(c.readAll());
        id.key = QSslKey(k.readAll(), QSsl::Rsa);
    }
    return id;
}

} // namespace daas::testing
