#pragma once

#include "support/Error.h"

#include <QString>
#include <QUrl>

namespace daas::storage {

// Remote paths inside a WebDAV store: relative to the store's root URL, decoded, segments joined by '/'.
// Conversions to and from URLs live here so that percent-encoding and trailing slashes are handled once.
namespace davpath {

// The URL of `path` below `root` (root must end in '/'); collections get a trailing '/', which nginx needs
// for MKCOL and MOVE of folders.
QUrl toUrl(const QUrl &root, const QString &path, bool collection = false);

// The address a user can paste elsewhere (a browser, a colleague's mail): toUrl() without any user name or
// password in it, fully percent-encoded.
QString shareableLink(const QUrl &root, const QString &path, bool collection = false);

// The store as the desktops' own WebDAV clients name it: davs:// for https, dav:// for http (GVfs, KIO,
// Finder's Connect to Server take these), with `userName` when given, never a password.
QUrl mountAddress(const QUrl &root, const QString &userName = {});

// An href from a 207 (absolute path or full URL, any hex case) as a path relative to `root`. Refuses hrefs on
// another server, outside the root, with encoded slashes or unsafe segments (support::checkedFileName).
Result<QString> fromHref(const QUrl &root, const QUrl &requestUrl, const QString &href);

// Checks a path given by a caller (the GUI, an archive): every segment must be a safe name.
Result<QString> checked(const QString &path);

QString parentOf(const QString &path);
QString nameOf(const QString &path);
QString join(const QString &folder, const QString &name);

} // namespace davpath
} // namespace daas::storage
