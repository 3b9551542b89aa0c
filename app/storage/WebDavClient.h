#pragma once

#include "storage/DavRangeRead.h"
#include "storage/DavResource.h"
#include "storage/MultistatusParser.h"
#include "storage/StreamedPut.h"
#include "support/Error.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QIODevice;

namespace daas::storage {

class StorageCredentials;
class WebDavClient;

// What a server showed it can do (OPTIONS plus small tests on a scratch file), not what it claims: servers
// disagree exactly where a careful client relies on them (nginx ignores If-Match, rclone's ranged PUT
// overwrites the whole file).
struct DavCapabilities
{
    bool probed = false;
    QStringList davClasses;
    QStringList allowedMethods;
    QString server;                  // Server header, for the diagnostic line
    bool locking = false;            // DAV class 2
    bool etagsInListing = false;     // PROPFIND returns getetag
    bool ifMatchEnforced = false;    // a stale If-Match on PUT gives 412
    bool createOnlyEnforced = false; // If-None-Match: * on an existing file gives 412
    bool partialPut = false;         // PUT with Content-Range wrote exactly that range

    bool allows(const QString &method) const;
    // "locking, conditional PUT, partial PUT; no ETags in listings" (log/diagnostic, not translated)
    QString summary() const;
};

// What a request is for, so that an HTTP status becomes a sentence about it.
enum class DavOperation { Probe, List, Stat, Download, Upload, MakeFolder, Delete, Move, Copy };

// One small WebDAV request (PROPFIND, MKCOL, DELETE, MOVE, COPY). A 401 asks the client to renew the
// credentials once and sends the request again. Deletes itself after finished().
class DavJob : public QObject
{
    Q_OBJECT
public:
    const Error &error() const { return m_error; }
    int status() const { return m_status; }
    const QString &path() const { return m_path; } // in the store, as asked for
    QNetworkReply *reply() const { return m_reply; }
    // PROPFIND: the requested resource and (Depth 1) its children; entries refused by the parser.
    bool hasSelf() const { return m_parser && m_parser->hasSelf(); }
    DavResource self() const { return m_parser ? m_parser->self() : DavResource(); }
    const QList<DavResource> &children() const { return m_children; }
    QList<MultistatusParser::Refused> refused() const;
    void abort();

Q_SIGNALS:
    // Depth 1: children as they are parsed, before finished() (a huge folder shows while it loads).
    void childrenArrived(const QList<daas::storage::DavResource> &children);
    void finished();

private:
    friend class WebDavClient;
    DavJob(WebDavClient *client, DavOperation op, QByteArray verb, QUrl url, QString path, QByteArray body);
    void send();
    void onReadyRead();
    void onFinished();

    WebDavClient *m_client;
    DavOperation m_op;
    QByteArray m_verb;
    QUrl m_url;
    QString m_path;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    std::unique_ptr<MultistatusParser> m_parser;
    QList<DavResource> m_children;
    QPointer<QNetworkReply> m_reply;
    Error m_error;
    int m_status = 0;
    bool m_renewed = false;
    bool m_aborted = false;
};

// A WebDAV client for one store (the facility profile's storage URL). Uses the QNetworkAccessManager it is
// given (the Account's, on the GUI thread) and sends the Authorization header itself on every request, so
// a large PUT is never sent twice for a 401 challenge; probe() is the cheap first request of a session.
class WebDavClient : public QObject
{
    Q_OBJECT
public:
    WebDavClient(QNetworkAccessManager *network, QUrl root, StorageCredentials *credentials,
                 QObject *parent = nullptr);
    ~WebDavClient() override;

    QUrl root() const { return m_root; }
    QNetworkAccessManager *network() const { return m_network; }
    // Every request is aborted as timed out (Error::Kind::Timeout) once nothing was sent or received for this
    // long, so a half-open connection never stalls a listing or a transfer (default: the settings' request
    // timeout).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    const DavCapabilities &capabilities() const { return m_caps; }

    // OPTIONS, then (when the store is writable) a few tests on a scratch file that is removed again.
    void probe(QObject *context, std::function<void(const Error &)> done);

    DavJob *list(const QString &path);       // PROPFIND Depth 1
    DavJob *stat(const QString &path);       // PROPFIND Depth 0
    DavJob *makeFolder(const QString &path); // MKCOL
    DavJob *remove(const QString &path, bool isCollection);
    DavJob *move(const QString &from, const QString &to, bool overwrite, bool isCollection);
    DavJob *copy(const QString &from, const QString &to, bool overwrite, bool isCollection);
    // GET of part of a file: `length` bytes from `first`, or its last `length` bytes when `first` is negative
    // (a job's output as it grows, a page of a large file). See DavRangeRead.
    DavRangeRead *readRange(const QString &path, qint64 first, qint64 length);

    // For streamed transfers: a request with credentials, and the raw send.
    QNetworkRequest request(const QUrl &url) const;
    QUrl urlFor(const QString &path, bool collection = false) const;
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request, QIODevice *body = nullptr);
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body);

    // The error of a finished reply: transport failures, then HTTP statuses as plain sentences about `op`
    // on `name`. Error() for 2xx.
    static Error errorFor(const QNetworkReply *reply, DavOperation op, const QString &name);
    static Error errorFor(const StreamedPut::Result &result, const QUrl &url, DavOperation op,
                          const QString &name);
    static Error statusError(int status, DavOperation op, const QString &name, const QString &detail = {});

    // Several requests that got 401 share one renewal; after a failed one (the user cancelled the prompt),
    // further 401s for the same credentials fail at once with its error instead of asking again.
    // `sentAuthorization` is what the refused request carried: if the credentials changed since, the request
    // is simply repeated (done(Error()) at once) instead of asking the user again.
    void renewCredentials(QObject *context, const QByteArray &sentAuthorization,
                          std::function<void(const Error &)> done);
    // Why Basic credentials are not sent to this store (plain http to another machine), or Error().
    Error passwordWithheld() const;
    // Forgets a declined renewal, so that the next 401 asks again (an explicit retry by the user; probe()).
    void forgetFailedRenewal();

Q_SIGNALS:
    void capabilitiesChanged();

private:
    static Error errorFor(int status, Error transport, const QString &errorString, DavOperation op,
                          const QString &name, const QUrl &url);
    void probeStep(int step, QObject *context, std::function<void(const Error &)> done);
    DavJob *propfind(const QString &path, int depth);
    DavJob *transfer(const QByteArray &verb, DavOperation op, const QString &from, const QString &to,
                     bool overwrite, bool isCollection);

    QNetworkAccessManager *m_network;
    QUrl m_root;
    int m_timeoutMs;
    StorageCredentials *m_credentials;
    DavCapabilities m_caps;
    QString m_probeName;
    bool m_renewing = false;
    Error m_failedRenewal;            // the last renewal's failure, for the credentials it could not replace
    QByteArray m_failedAuthorization; // never logged
    QList<std::pair<QPointer<QObject>, std::function<void(const Error &)>>> m_renewWaiters;
};

} // namespace daas::storage
