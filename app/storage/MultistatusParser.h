#pragma once

#include "storage/DavResource.h"
#include "support/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>

namespace daas::storage {

// Parses a PROPFIND 207 Multi-Status incrementally (feed it the body as it arrives): elements are matched by
// namespace URI and local name, never by prefix or Content-Type (Apache answers text/xml with D:/lp1:
// prefixes). Values are taken only from propstats whose status is 2xx. Every href is resolved against the
// request URL and must be the requested resource itself or, for Depth 1, a direct child of it; others, and
// unsafe names, are refused and reported instead of listed. An entry that only aliases another one — the
// collection itself again, or under dot segments ("data/./", "data/sub/.."), or a child already listed — is
// dropped and reported too (refused(), aliasesDropped()): it never replaces the collection or a child.
// Real servers send canonical hrefs, so an address with dot segments is always taken as an alias.
class MultistatusParser
{
    Q_DECLARE_TR_FUNCTIONS(daas::storage::MultistatusParser)

public:
    struct Refused
    {
        QString href;
        Error error;
    };

    MultistatusParser(QUrl root, QUrl requestUrl, QString requestedPath);

    void addData(const QByteArray &chunk);
    // Call once the body is complete; returns the parse error, if any.
    Error finish();

    // Children parsed since the last call (the requested resource itself is in self()).
    QList<DavResource> takeChildren();
    bool hasSelf() const { return m_hasSelf; }
    const DavResource &self() const { return m_self; }
    const QList<Refused> &refused() const { return m_refused; }
    // How many entries were dropped as aliases of the collection or of another entry (also in refused()).
    int aliasesDropped() const { return m_aliasesDropped; }

private:
    void parse();
    void endResponse();
    void endPropstat();
    void setProperty(const QString &localName, const QString &text);

    QXmlStreamReader m_xml;
    QUrl m_root;
    QUrl m_requestUrl;
    QString m_requestedPath;

    // state of the <response> being read
    bool m_sawRoot = false;
    bool m_inResponse = false;
    bool m_inPropstat = false;
    bool m_inProp = false;
    int m_propDepth = 0; // depth below <prop>
    QString m_href;
    QString m_responseStatus;
    QString m_propstatStatus;
    QString m_currentProp;
    QString m_text;
    bool m_propCollection = false;
    DavResource m_pending; // values of the current propstat
    QSet<QString> m_pendingNames;
    DavResource m_resource; // accepted values of the current response
    bool m_anyOkPropstat = false;
    QStringList m_failedStatuses;

    DavResource m_self;
    bool m_hasSelf = false;
    QList<DavResource> m_children;
    QSet<QString> m_childPaths; // every child listed so far, to drop later aliases of one
    int m_aliasesDropped = 0;
    QList<Refused> m_refused;
    Error m_error;
};

} // namespace daas::storage
