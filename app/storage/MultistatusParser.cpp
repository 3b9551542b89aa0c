#include "storage/MultistatusParser.h"

#include "storage/DavPath.h"
#include "support/Logging.h"

namespace daas::storage {

namespace {

const QLatin1String davNs("DAV:");

// "HTTP/1.1 404 Not Found" -> 404; 0 when unreadable
int statusCode(const QString &statusLine)
{
    const QStringList parts = statusLine.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// RFC 9110 IMF-fixdate ("Wed, 25 Nov 2026 05:31:09 GMT"); Qt's RFC 2822 parser wants a numeric zone
QDateTime httpDate(QString text)
{
    QDateTime t = QDateTime::fromString(text, Qt::RFC2822Date);
    if (t.isValid())
        return t;
    for (const QLatin1String zone : {QLatin1String(" GMT"), QLatin1String(" UTC"), QLatin1String(" UT")}) {
        if (text.endsWith(zone)) {
            text.chop(zone.size());
            return QDateTime::fromString(text + QLatin1String(" +0000"), Qt::RFC2822Date);
        }
    }
    return {};
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// "." or ".." as a segment of the href's path (also percent-encoded): an address that names another one
bool hasDotSegments(const QString &href)
{
    const QString path = QUrl(href.trimmed(), QUrl::TolerantMode).path(QUrl::FullyEncoded);
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const QString s = QUrl::fromPercentEncoding(segment.toLatin1());
        if (s == QLatin1String(".") || s == QLatin1String(".."))
            return true;
    }
    return false;
}

} // namespace

MultistatusParser::MultistatusParser(QUrl root, QUrl requestUrl, QString requestedPath)
    : m_root(std::move(root))
    , m_requestUrl(std::move(requestUrl))
    , m_requestedPath(std::move(requestedPath))
{}

void MultistatusParser::addData(const QByteArray &chunk)
{
    if (m_error)
        return;
    m_xml.addData(chunk);
    parse();
}

Error MultistatusParser::finish()
{
    if (!m_error && m_sawRoot && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        m_error = Error(Error::Kind::Protocol, tr("The storage server's listing ended too early. Try again."),
                        QStringLiteral("207 body truncated: %1").arg(m_xml.errorString()));
    if (!m_error && !m_sawRoot)
        m_error = Error(Error::Kind::Protocol, tr("The storage server did not answer with a WebDAV listing."),
                        QStringLiteral("no DAV:multistatus element"));
    return m_error;
}

QList<DavResource> MultistatusParser::takeChildren()
{
    return std::exchange(m_children, {});
}

void MultistatusParser::parse()
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (!m_sawRoot) {
                if (ns != davNs || name != QLatin1String("multistatus")) {
                    m_error = Error(Error::Kind::Protocol,
                                    tr("The storage server did not answer with a WebDAV listing."),
                                    QStringLiteral("root element {%1}%2").arg(ns, name));
                    return;
                }
                m_sawRoot = true;
                break;
            }
            if (m_inProp) {
                if (m_propDepth == 0) {
                    m_currentProp = ns == davNs ? name.toString() : QString();
                    m_propCollection = false;
                } else if (m_currentProp == QLatin1String("resourcetype") && ns == davNs &&
                           name == QLatin1String("collection")) {
                    m_propCollection = true;
                }
                ++m_propDepth;
                m_text.clear();
                break;
            }
            m_text.clear();
            if (ns != davNs)
                break;
            if (name == QLatin1String("response")) {
                m_inResponse = true;
                m_href.clear();
                m_responseStatus.clear();
                m_resource = DavResource();
                m_anyOkPropstat = false;
                m_failedStatuses.clear();
            } else if (name == QLatin1String("propstat") && m_inResponse) {
                m_inPropstat = true;
                m_propstatStatus.clear();
                m_pending = DavResource();
                m_pendingNames.clear();
            } else if (name == QLatin1String("prop") && m_inPropstat) {
                m_inProp = true;
                m_propDepth = 0;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            m_text += m_xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            if (m_inProp) {
                if (m_propDepth == 0) { // </prop>
                    m_inProp = false;
                    break;
                }
                if (--m_propDepth == 0 && !m_currentProp.isEmpty())
                    setProperty(m_currentProp, m_text.trimmed());
                break;
            }
            if (m_xml.namespaceUri() != davNs)
                break;
            const QStringView name = m_xml.name();
            if (name == QLatin1String("href") && m_inResponse && !m_inPropstat)
                m_href = m_text.trimmed();
            else if (name == QLatin1String("status") && m_inPropstat)
                m_propstatStatus = m_text.trimmed();
            else if (name == QLatin1String("status") && m_inResponse)
                m_responseStatus = m_text.trimmed();
            else if (name == QLatin1String("propstat") && m_inPropstat)
                endPropstat();
            else if (name == QLatin1String("response") && m_inResponse)
                endResponse();
            break;
        }
        default:
            break;
        }
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        m_error = Error(
            Error::Kind::Protocol, tr("The storage server sent a listing that cannot be read."),
            QStringLiteral("207 XML error at line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString()));
}

void MultistatusParser::setProperty(const QString &localName, const QString &text)
{
    m_pendingNames.insert(localName);
    if (localName == QLatin1String("resourcetype")) {
        m_pending.isCollection = m_propCollection;
    } else if (localName == QLatin1String("getcontentlength")) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        m_pending.size = ok && v >= 0 ? v : -1;
    } else if (localName == QLatin1String("getlastmodified")) {
        m_pending.lastModified = httpDate(text);
    } else if (localName == QLatin1String("getetag")) {
        m_pending.etag = text;
    } else if (localName == QLatin1String("getcontenttype")) {
        m_pending.contentType = text;
    } else if (localName == QLatin1String("displayname")) {
        m_pending.displayName = text;
    } else if (localName == QLatin1String("quota-available-bytes")) {
        // Nextcloud's -1/-2/-3 mean unknown or unlimited: never show them as "0 bytes free"
        m_pending.quotaAvailable = qMax<qint64>(-1, text.toLongLong());
    } else if (localName == QLatin1String("quota-used-bytes")) {
        m_pending.quotaUsed = qMax<qint64>(-1, text.toLongLong());
    }
}

void MultistatusParser::endPropstat()
{
    m_inPropstat = false;
    const int status = statusCode(m_propstatStatus);
    if (!isSuccess(status)) {
        // 404 for properties a resource does not have (a folder's getcontentlength) is normal
        if (status != 404)
            m_failedStatuses << m_propstatStatus;
        return;
    }
    m_anyOkPropstat = true;
    for (const QString &n : std::as_const(m_pendingNames)) {
        if (n == QLatin1String("resourcetype"))
            m_resource.isCollection = m_pending.isCollection;
        else if (n == QLatin1String("getcontentlength"))
            m_resource.size = m_pending.size;
        else if (n == QLatin1String("getlastmodified"))
            m_resource.lastModified = m_pending.lastModified;
        else if (n == QLatin1String("getetag"))
            m_resource.etag = m_pending.etag;
        else if (n == QLatin1String("getcontenttype"))
            m_resource.contentType = m_pending.contentType;
        else if (n == QLatin1String("displayname"))
            m_resource.displayName = m_pending.displayName;
        else if (n == QLatin1String("quota-available-bytes"))
            m_resource.quotaAvailable = m_pending.quotaAvailable;
        else if (n == QLatin1String("quota-used-bytes"))
            m_resource.quotaUsed = m_pending.quotaUsed;
    }
}

void MultistatusParser::endResponse()
{
    m_inResponse = false;
    if (m_href.isEmpty()) {
        m_refused.append({QString(), Error(Error::Kind::Protocol,
                                           tr("The storage server listed an entry without an address."),
                                           QStringLiteral("response without href"))});
        return;
    }
    const Result<QString> path = davpath::fromHref(m_root, m_requestUrl, m_href);
    if (!path) {
        qCWarning(lcDav) << "refused href" << path.error().detail();
        m_refused.append({m_href, path.error()});
        return;
    }
    const bool isSelf = *path == m_requestedPath;
    if (!isSelf && davpath::parentOf(*path) != m_requestedPath) {
        const Error outside(Error::Kind::UnsafePath,
                            tr("The storage server listed an entry that is not in this folder."),
                            QStringLiteral("href %1 outside %2").arg(m_href.left(300), m_requestedPath));
        qCWarning(lcDav) << outside.detail();
        m_refused.append({m_href, outside});
        return;
    }
    // an alias — an address with dot segments, a second entry for the collection or for a child already
    // listed — is dropped, so that it can never turn the folder into a file or replace a child
    if (hasDotSegments(m_href) || (isSelf ? m_hasSelf : m_childPaths.contains(*path))) {
        ++m_aliasesDropped;
        const Error alias(Error::Kind::Protocol,
                          isSelf
                              ? tr("The storage server listed this folder a second time under another "
                                   "address; that entry was left out.")
                              : tr("The storage server listed “%1” a second time or under another address; "
                                   "that entry was left out.")
                                    .arg(davpath::nameOf(*path)),
                          QStringLiteral("href %1 aliases %2 (%3 alias(es) dropped)")
                              .arg(m_href.left(300), isSelf ? QStringLiteral("the collection") : *path)
                              .arg(m_aliasesDropped));
        qCWarning(lcDav) << alias.detail();
        m_refused.append({m_href, alias});
        return;
    }
    const int responseStatus = statusCode(m_responseStatus);
    if (!m_anyOkPropstat || (responseStatus != 0 && !isSuccess(responseStatus))) {
        const QString statuses =
            m_responseStatus.isEmpty() ? m_failedStatuses.join(QLatin1String(", ")) : m_responseStatus;
        m_refused.append(
            {m_href, Error(Error::Kind::Server,
                           tr("The storage server could not describe “%1”.").arg(davpath::nameOf(*path)),
                           QStringLiteral("propstat failed for %1: %2").arg(m_href, statuses))});
        return;
    }
    m_resource.path = *path;
    m_resource.name = davpath::nameOf(*path);
    if (isSelf) {
        m_self = m_resource;
        m_hasSelf = true;
    } else {
        m_childPaths.insert(*path);
        m_children.append(m_resource);
    }
}

} // namespace daas::storage
