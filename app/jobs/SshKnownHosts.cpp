#include "jobs/SshKnownHosts.h"

#include "jobs/SshPlatform.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

int preference(const QString &algorithm)
{
    if (algorithm == u"ssh-ed25519"_s)
        return 0;
    if (algorithm.startsWith(u"ecdsa-sha2-"_s))
        return 1;
    if (algorithm == u"ssh-rsa"_s || algorithm.startsWith(u"rsa-sha2-"_s))
        return 2;
    return 3;
}

} // namespace

QString SshHostKey::typeName() const
{
    if (algorithm == u"ssh-ed25519"_s)
        return u"ED25519"_s;
    if (algorithm.startsWith(u"ecdsa-sha2-"_s))
        return u"ECDSA"_s;
    if (algorithm == u"ssh-rsa"_s || algorithm.startsWith(u"rsa-sha2-"_s))
        return u"RSA"_s;
    if (algorithm.startsWith(u"sk-ssh-ed25519"_s))
        return u"ED25519-SK"_s;
    if (algorithm.startsWith(u"sk-ecdsa"_s))
        return u"ECDSA-SK"_s;
    return algorithm.toUpper();
}

QString SshHostKey::fingerprint() const
{
    QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                            .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    return u"SHA256:"_s + QString::fromLatin1(digest);
}

QString SshHostKey::knownHostsLine() const
{
    return host + u' ' + algorithm + u' ' + QString::fromLatin1(blob.toBase64());
}

namespace SshKnownHosts {

QString hostPattern(const QString &host, quint16 port)
{
    if (port == 0 || port == 22)
        return host;
    return u"[%1]:%2"_s.arg(host).arg(port);
}

QList<SshHostKey> parseKeyscan(const QByteArray &output)
{
    QList<SshHostKey> keys;
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        SshHostKey key;
        key.host = QString::fromUtf8(fields.at(0));
        key.algorithm = QString::fromLatin1(fields.at(1));
        const auto decoded =
            QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            continue;
        key.blob = *decoded;
        if (key.isValid())
            keys.append(key);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const SshHostKey &a, const SshHostKey &b) {
        return preference(a.algorithm) < preference(b.algorithm);
    });
    return keys;
}

Problem problemIn(const QByteArray &sshError)
{
    if (sshError.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") ||
        sshError.contains("has changed and you have requested strict checking"))
        return Problem::Changed;
    if (sshError.contains("Host key verification failed") || sshError.contains("host key is known for"))
        return Problem::Unknown;
    return Problem::None;
}

QString presentedFingerprint(const QByteArray &sshError)
{
    static const QRegularExpression fingerprint(u"(SHA256:[A-Za-z0-9+/]+)"_s);
    const QRegularExpressionMatch m = fingerprint.match(QString::fromUtf8(sshError));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString offendingFile(const QByteArray &sshError)
{
    static const QRegularExpression offending(u"^Offending \\S+ key in (.+):\\d+\\s*$"_s,
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = offending.match(QString::fromUtf8(sshError));
    return m.hasMatch() ? m.captured(1) : QString();
}

Error add(const QString &knownHostsFile, const SshHostKey &key)
{
    const auto failed = [&](const QString &why) {
        return Error(Error::Kind::Storage,
                     QCoreApplication::translate("daas::jobs::SshKnownHosts",
                                                 "Could not remember the host key in %1: %2")
                         .arg(knownHostsFile, why));
    };
    if (!key.isValid())
        return failed(u"no key"_s);
    if (!SshPlatform::makePrivateFolder(QFileInfo(knownHostsFile).absolutePath()))
        return failed(u"cannot create the folder"_s);
    QByteArray content;
    QFile existing(knownHostsFile);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return failed(existing.errorString());
        content = existing.readAll();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content += '\n';
    }
    content += key.knownHostsLine().toUtf8() + '\n';
    QSaveFile out(knownHostsFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return failed(out.errorString());
    return {};
}

} // namespace SshKnownHosts

} // namespace daas::jobs
