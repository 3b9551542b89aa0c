#pragma once

#include "CatalogueModel.h"
#include "DataStreams.h"
#include "IcatQuery.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QHttpHeaders>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace daas::emulator {

// Knows every connection by its peer port, so a test hook can cut the very connection a download runs on.
class TrackingTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    QTcpSocket *socketFor(quint16 peerPort) const { return m_sockets.value(peerPort); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

struct EmulatorOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString dataDir;
    int lifetimeMinutes = 120;
    int maxEntities = 10000;
    QString facilityName = QStringLiteral("ISIS");
    qint64 tomographyBytes = qint64(1) << 30; // the one big datafile (fault loops make it smaller)
    // two-level storage (IDS's plugin.archive): every dataset starts archived and is restored, when a call
    // asks for it, after restoreMs (negative: only when the restore-now test hook says so)
    bool twoLevel = false;
    qint64 restoreMs = 2000;
};

// ICAT + IDS over REST, following icat.server and ids.server (icat-ids.md), on one port: ICAT under /icat,
// IDS under /ids, test hooks under /_emulator. All routing is done here (QHttpServer's missing handler) so
// that the hooks can intercept any request and unknown paths get ICAT's and IDS's own 501 answers.
class IcatEmulator : public QObject
{
    Q_OBJECT
public:
    explicit IcatEmulator(EmulatorOptions options, QObject *parent = nullptr);
    bool listen();
    quint16 port() const;
    const CatalogueModel &model() const { return m_model; }

private:
    struct Session
    {
        QString user;
        QDateTime expires;
    };
    struct Prepared
    {
        QString user;
        QList<qint64> datafileIds;
        bool zip = true;
        bool compress = false;
    };
    using Reply = QHttpServerResponder;

    void dispatch(const QHttpServerRequest &request, Reply &reply);
    void icat(const QString &path, const QHttpServerRequest &request, Reply &reply);
    void ids(const QString &call, const QHttpServerRequest &request, Reply &reply);
    void admin(const QString &call, const QHttpServerRequest &request, Reply &reply);

    void login(const QHttpServerRequest &request, Reply &reply);
    void session(const QString &id, const QHttpServerRequest &request, Reply &reply);
    void search(const QHttpServerRequest &request, Reply &reply);
    void write(const QHttpServerRequest &request, Reply &reply);
    void getData(const QHttpServerRequest &request, Reply &reply);
    void streamChunked(const QHttpServerRequest &request, Reply &reply, ComposedStream *stream,
                       const QHttpHeaders &headers, int status);
    // two-level storage: true when every dataset of these datafiles is online; asks for the restoration
    // of those that are not (IdsBean.checkOnline / restoreIfOffline)
    bool requestOnline(const QList<qint64> &datafileIds);
    QString statusOf(const QList<qint64> &datafileIds);
    void put(const QHttpServerRequest &request, Reply &reply);

    std::variant<QString, IcatFailure> userFor(const QString &sessionId) const;
    std::variant<QString, IcatFailure> idsUser(const QHttpServerRequest &request) const;
    std::variant<QList<qint64>, IcatFailure>
    selectDatafiles(const QHttpServerRequest &request, const QString &user, const QUrlQuery &params) const;
    std::shared_ptr<class DatafileBytes> bytesOf(const Entity *datafile) const;
    void computeChecksums();

    static void sendJson(Reply &reply, int status, const QJsonValue &body);
    static void sendText(Reply &reply, int status, const QByteArray &body);
    static void sendIcatError(Reply &reply, const IcatFailure &f);
    static void sendIdsError(Reply &reply, int status, const QString &code, const QString &message);

    EmulatorOptions m_options;
    CatalogueModel m_model;
    QHttpServer m_http;
    TrackingTcpServer *m_tcp;
    QDir m_dataDir;
    QHash<QString, Session> m_sessions;
    // every session token, console token and password handed out so far: tst_secrets_scenarios looks for
    // them in what the client logged and wrote (POST /_emulator/issued-secrets)
    QStringList m_issued;
    QHash<QString, Prepared> m_prepared;
    IcatQuery::Cache m_searchCache;

    // test hooks
    qint64 m_dropNextDownloadAfter = -1;
    struct Lie
    {
        QString path;
        int status = 200;
        QByteArray body;
    };
    std::optional<Lie> m_lie;
    QString m_hostileZipKind;
    QHash<qint64, qint64> m_corrupt; // datafile id -> the offset served altered
    bool m_ignoreRangeNext = false;  // a proxy in front of IDS that drops the Range header once

    // two-level storage
    bool m_twoLevel = false;
    qint64 m_restoreMs = 2000;
    QSet<qint64> m_onlineDatasets;
    QHash<qint64, QDateTime> m_restoring;  // dataset id -> when its restoration completes (null: on demand)
    int m_getDataRefusals = 0;             // 503s answered, for tests
    QHash<qint64, std::uint32_t> m_zipCrc; // datafile id -> CRC-32 of its (undamaged) bytes, for ZIPs
};

} // namespace daas::emulator
