#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace daas::storage {

// One file or folder of a WebDAV store, as a PROPFIND described it. `path` is relative to the store's root
// URL, percent-decoded, '/'-separated, without leading or trailing '/' ("" is the root itself); every
// segment has passed support::checkedFileName, so it is safe to use as a local name.
struct DavResource
{
    QString path;
    QString name; // last segment of path (displayname is informative only: servers let users set it)
    QString displayName;
    bool isCollection = false;
    qint64 size = -1; // -1: the server did not say
    QDateTime lastModified;
    QString etag; // as sent, quotes included; weak tags keep their W/ prefix
    QString contentType;
    qint64 quotaAvailable = -1; // RFC 4331; -1 when absent or negative (Nextcloud's "unknown/unlimited")
    qint64 quotaUsed = -1;

    bool hasStrongEtag() const { return !etag.isEmpty() && !etag.startsWith(QLatin1String("W/")); }
};

} // namespace daas::storage

Q_DECLARE_METATYPE(daas::storage::DavResource)
