#pragma once

// The secrets tests' search (tst_secrets_scenarios, tst_secrets_remote): every form a secret could take in
// a log line or a file, independent of the client's own redaction on purpose.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace daas::testing {

// As it is, percent-encoded (both ways of writing a space), and inside base64 (Basic "user:password", a
// token in a blob), where the secret's bytes fall on any of three offsets and the characters made of its
// bytes alone are fixed for each.
inline QList<QByteArray> formsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> forms{utf8, QUrl::toPercentEncoding(secret), QUrl::toPercentEncoding(secret, {}, "+"),
                            QUrl::toPercentEncoding(secret).replace("%20", "+")};
    for (int skip = 0; skip < 3; ++skip) {
        const qsizetype whole = (utf8.size() - skip) / 3 * 3;
        if (whole >= 6) {
            forms << utf8.mid(skip, whole).toBase64()
                  << utf8.mid(skip, whole)
                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        }
    }
    QList<QByteArray> unique;
    for (const QByteArray &f : std::as_const(forms))
        if (!unique.contains(f))
            unique.append(f);
    return unique;
}

struct SecretHit
{
    QString where;
    QString secret;
    QByteArray form;
};

// Every form of every secret found in `text`.
inline void searchSecrets(const QString &where, const QByteArray &text, const QStringList &secrets,
                          QList<SecretHit> &hits)
{
    for (const QString &s : secrets)
        for (const QByteArray &form : formsOf(s))
            if (text.contains(form))
                hits.append({where, s, form});
}

// The hits as one line each; a hit in `log` (searched as `logName`) with the text around it.
inline QString describeHits(const QList<SecretHit> &hits, const QString &logName, const QByteArray &log)
{
    QStringList report;
    for (const SecretHit &h : hits) {
        const qsizetype at = h.where == logName ? log.indexOf(h.form) : -1;
        const QByteArray context = at >= 0 ? log.mid(qMax<qsizetype>(0, at - 120), 240) : QByteArray();
        report << QStringLiteral("%1: %2 (as %3) %4")
                      .arg(h.where, h.secret, QString::fromUtf8(h.form), QString::fromUtf8(context));
    }
    return report.join(u'\n');
}

} // namespace daas::testing
