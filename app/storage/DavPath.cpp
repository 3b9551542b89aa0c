#include "storage/DavPath.h"

#include "support/SafePath.h"

#include <QStringList>

namespace daas::storage::davpath {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::storage::davpath", text);
}

Error refusedHref(const QString &href, const QString &why)
{
    return Error(Error::Kind::UnsafePath,
                 tr("The storage server listed an entry that cannot be shown: %1").arg(why),
                 QStringLiteral("refused href %1 (%2)").arg(href.left(300), why));
}

QString rootPath(const QUrl &root)
{
    QString p = root.path(QUrl::FullyEncoded);
    if (!p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    return p;
}

} // namespace

QUrl toUrl(const QUrl &root, const QString &path, bool collection)
{
    QString encoded = rootPath(root);
    if (!path.isEmpty()) {
        const QStringList segments = path.split(QLatin1Char('/'));
        QStringList parts;
        parts.reserve(segments.size());
        for (const QString &s : segments)
            parts << QString::fromLatin1(QUrl::toPercentEncoding(s));
        encoded += parts.join(QLatin1Char('/'));
        if (collection)
            encoded += QLatin1Char('/');
    }
    QUrl url = root;
    url.setPath(encoded, QUrl::StrictMode);
    return url;
}

QString shareableLink(const QUrl &root, const QString &path, bool collection)
{
    return toUrl(root, path, collection).adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
}

QUrl mountAddress(const QUrl &root, const QString &userName)
{
    QUrl url = root.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setScheme(root.scheme() == QLatin1String("https") ? QStringLiteral("davs") : QStringLiteral("dav"));
    if (!userName.isEmpty())
        url.setUserName(userName);
    return url;
}

Result<QString> fromHref(const QUrl &root, const QUrl &requestUrl, const QString &href)
{
    const QUrl ref(href.trimmed(), QUrl::TolerantMode);
    if (!ref.isValid())
        return refusedHref(href, tr("the address is malformed."));
    const QUrl resolved = requestUrl.resolved(ref);
    if (resolved.scheme() != root.scheme() ||
        resolved.host().compare(root.host(), Qt::CaseInsensitive) != 0 ||
        resolved.port(root.scheme() == QLatin1String("https") ? 443 : 80) !=
            root.port(root.scheme() == QLatin1String("https") ? 443 : 80))
        return refusedHref(href, tr("it points to another server."));

    // Compare and split while still encoded: a decoded "%2F" must never become a separator.
    const QString full = resolved.path(QUrl::FullyEncoded);
    const QStringList rootSegments = rootPath(root).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList segments = full.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto decoded = [](const QString &s) { return QUrl::fromPercentEncoding(s.toLatin1()); };
    if (segments.size() < rootSegments.size())
        return refusedHref(href, tr("it lies outside your storage."));
    for (qsizetype i = 0; i < rootSegments.size(); ++i) {
        if (decoded(segments.at(i)) != decoded(rootSegments.at(i)))
            return refusedHref(href, tr("it lies outside your storage."));
    }
    QStringList names;
    for (qsizetype i = rootSegments.size(); i < segments.size(); ++i) {
        const QString name = decoded(segments.at(i));
        const Result<QString> ok = support::checkedFileName(name);
        if (!ok)
            return refusedHref(href, ok.error().userText());
        names << name;
    }
    return names.join(QLatin1Char('/'));
}

Result<QString> checked(const QString &path)
{
    QString p = path;
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p.isEmpty())
        return QString();
    const QStringList segments = p.split(QLatin1Char('/'));
    for (const QString &s : segments) {
        const Result<QString> ok = support::checkedFileName(s);
        if (!ok)
            return ok.error();
    }
    return p;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString join(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

} // namespace daas::storage::davpath
