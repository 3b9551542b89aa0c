#include "support/Redaction.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::support {

namespace {

// Everything here is also used while the program ends: a log line written during static destruction still
// passes the handler, so nothing it touches is ever destroyed (literals, and objects made with new once).
QString mask()
{
    return u"***"_s;
}

// Names of query items, form fields, JSON members and options whose value is a secret. Matched as parts of
// a name (case-insensitive): sessionId, X-Auth-Token, access_token, os_password, api_key…
QString secretNameParts()
{
    return u"session|token|passw|secret|signature|credential|apikey|api_key|jwt|cookie"_s;
}
// …and a few names that are secrets only when they are the whole name ("key=" yes, "monkey=" no)
QString secretWholeNames()
{
    return u"key|sig|pass|pw|pwd|auth"_s;
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression &part =
        *new QRegularExpression(u"(%1)"_s.arg(secretNameParts()), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression &whole = *new QRegularExpression(
        u"^(%1)$"_s.arg(secretWholeNames()), QRegularExpression::CaseInsensitiveOption);
    return part.match(name).hasMatch() || whole.match(name).hasMatch();
}

// "a=1&sessionId=…" (percent-encoded as it is) with the secret values masked; separators kept as they are.
QString redactedQuery(const QString &query)
{
    QStringList items = query.split(u'&');
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq > 0 && eq + 1 < item.size() &&
            isSecretName(QUrl::fromPercentEncoding(item.left(eq).toUtf8()).replace(u'+', u' ')))
            item = item.left(eq + 1) + mask();
    }
    return items.join(u'&');
}

// What the process holds, in every form a log could carry it.
class SecretForms
{
public:
    static SecretForms &instance()
    {
        static SecretForms *forms = new SecretForms;
        return *forms;
    }

    void remember(const QString &secret)
    {
        if (secret.size() < 6)
            return;
        QWriteLocker lock(&m_lock);
        if (m_secrets.contains(secret))
            return;
        m_secrets.append(secret);
        while (m_secrets.size() > 64)
            m_secrets.removeFirst();
        rebuild();
    }

    QString scrub(QString text) const
    {
        QReadLocker lock(&m_lock);
        for (const QString &form : m_forms)
            text.replace(form, mask());
        return text;
    }

private:
    // The forms of each secret, longest first so that a form inside another is not replaced first.
    void rebuild()
    {
        QStringList forms;
        for (const QString &s : std::as_const(m_secrets)) {
            const QByteArray utf8 = s.toUtf8();
            forms << s << QString::fromLatin1(QUrl::toPercentEncoding(s))
                  << QString::fromLatin1(QUrl::toPercentEncoding(s, {}, "+")).replace(u"%20"_s, u"+"_s);
            // Inside base64 (Basic "user:password", a token in a JWT-like blob) the secret's bytes land in
            // groups of three at any of three offsets; the characters made only of its bytes are the same
            // wherever the secret stands at that offset.
            for (int skip = 0; skip < 3; ++skip) {
                const qsizetype whole = (utf8.size() - skip) / 3 * 3;
                if (whole >= 6)
                    forms << QString::fromLatin1(utf8.mid(skip, whole).toBase64());
            }
        }
        forms.removeDuplicates();
        std::sort(forms.begin(), forms.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_forms = forms;
    }

    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
    QStringList m_forms;
};

QString redactedByShape(QString text)
{
    // URLs first: their own rules know queries and paths
    // a URL ends at a space, a quote (ASCII or typographic, as our sentences quote names) or an ellipsis
    static const QRegularExpression &urlPattern = *new QRegularExpression(
        u"[A-Za-z][A-Za-z0-9+.\\-]*://[^\\s\"'<>`\u201C\u201D\u2018\u2019\u00AB\u00BB\u2026]+"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = urlPattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString found = m.captured();
        qsizetype keep = found.size();
        while (keep > 0 && QStringView(u".,;:!?)]}").contains(found.at(keep - 1)))
            --keep;
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += redacted(QUrl(found.left(keep), QUrl::TolerantMode));
        out += QStringView(found).mid(keep);
        from = m.capturedEnd();
    }
    if (from > 0) {
        out += QStringView(text).mid(from);
        text = out;
    }

    // ICAT's session path outside a whole URL ("GET /icat/session/…", reply->url().path())
    static const QRegularExpression &sessionPath =
        *new QRegularExpression(u"(/session/)[^\\s/?#\"'&]+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(sessionPath, u"\\1"_s + mask());
    // name=value (a form body, a query without its URL, a command line's --password=…)
    static const QRegularExpression &assignment =
        *new QRegularExpression(u"((?:[A-Za-z_\\-]*(?:%1)[A-Za-z_\\-]*|\\b(?:%2))=)[^&\\s\"';,]+"_s.arg(
                                    secretNameParts(), secretWholeNames()),
                                QRegularExpression::CaseInsensitiveOption);
    text.replace(assignment, u"\\1"_s + mask());
    // "name": "value" (JSON bodies)
    static const QRegularExpression &jsonMember = *new QRegularExpression(
        u"(\"[A-Za-z_\\-]*(?:%1)[A-Za-z_\\-]*\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\""_s.arg(secretNameParts()),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(jsonMember, u"\\1"_s + mask() + u'"');
    // headers: Authorization: Basic …, X-Auth-Token: …, X-SLURM-USER-TOKEN: …, Cookie: …
    static const QRegularExpression &header = *new QRegularExpression(
        u"\\b((?:Proxy-)?Authorization|X-[A-Za-z\\-]*(?:Token|Auth|Key)[A-Za-z\\-]*|Cookie|Set-Cookie)"
        "(\"?\\s*[:,]\\s*\"?)[^\\r\\n\"]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.replace(header, u"\\1\\2"_s + mask());
    return text;
}

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, redacted(message));
}

} // namespace

QString redacted(const QString &text)
{
    if (text.isEmpty())
        return text;
    // the secrets themselves first: a shape's rewriting (a URL re-encoded) must not hide one from the scrub
    return redactedByShape(SecretForms::instance().scrub(text));
}

QString redacted(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    QUrl u = url;
    if (u.hasQuery())
        u.setQuery(redactedQuery(u.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    if (u.hasFragment())
        u.setFragment(u.fragment().contains(u'=') ? redactedQuery(u.fragment(QUrl::FullyEncoded)) : mask(),
                      QUrl::StrictMode);
    // a segment after "session" is a session id (ICAT's GET/PUT/DELETE /icat/session/<id>)
    QStringList segments = u.path(QUrl::FullyEncoded).split(u'/');
    for (qsizetype i = 1; i < segments.size(); ++i)
        if (segments.at(i - 1).compare(u"session"_s, Qt::CaseInsensitive) == 0 && !segments.at(i).isEmpty())
            segments[i] = mask();
    u.setPath(segments.join(u'/'), QUrl::StrictMode);
    return SecretForms::instance().scrub(u.toDisplayString(QUrl::RemovePassword));
}

void rememberSecret(const QString &secret)
{
    SecretForms::instance().remember(secret);
}

void installRedactingMessageHandler()
{
    if (previousHandler)
        return;
    previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace daas::support
