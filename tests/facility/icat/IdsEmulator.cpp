// IcatEmulator, the IDS half (see IcatEmulator.h): ids.server's calls as the reference describes them, the
// data streamed as IdsBean streams it (chunked, ranges, ZIPs as Java writes them), two-level storage, and
// uploads.

#include "DataStreams.h"
#include "IcatEmulator.h"
#include "JavaZip.h"
#include "ServletRequest.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

bool isLowercaseUuid(const QString &s)
{
    static const QRegularExpression re(u"^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"_s);
    return re.match(s).hasMatch();
}

// Sends a body in HTTP/1.1 chunks, pulled from the stream as the socket drains, so that a multi-GiB
// archive never sits in memory; lives as long as the connection or the body, whichever ends first.
class ChunkedSender : public QObject
{
public:
    ChunkedSender(QTcpSocket *socket, QHttpServerResponder &&responder, ComposedStream *stream,
                  const QHttpHeaders &headers, QHttpServerResponder::StatusCode status)
        : QObject(socket)
        , m_socket(socket)
        , m_responder(std::move(responder))
        , m_stream(stream)
    {
        m_stream->setParent(this);
        m_responder.writeBeginChunked(headers, status);
        connect(socket, &QTcpSocket::bytesWritten, this, &ChunkedSender::pump);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        pump();
    }

private:
    void pump()
    {
        if (m_done || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        while (m_socket->bytesToWrite() < (1 << 18)) {
            const qint64 n = m_stream->read(chunk.data(), chunk.size());
            if (n < 0 || (n == 0 && m_stream->atEnd())) {
                m_done = true;
                m_responder.writeEndChunked(QByteArray());
                deleteLater();
                return;
            }
            if (n == 0)
                return; // the drop hook cuts the connection from the event loop
            m_responder.writeChunk(chunk.left(n));
        }
    }

    QTcpSocket *m_socket;
    QHttpServerResponder m_responder;
    ComposedStream *m_stream;
    bool m_done = false;
};

} // namespace

std::variant<QString, IcatFailure> IcatEmulator::idsUser(const QHttpServerRequest &request) const
{
    const QUrlQuery q =
        request.method() == QHttpServerRequest::Method::Post ? formOf(request) : request.query();
    const QString id = param(q, u"sessionId"_s);
    if (!isLowercaseUuid(id))
        return IcatFailure{400, u"BadRequestException"_s,
                           u"The sessionId parameter '%1' is not a valid UUID"_s.arg(id)};
    auto user = userFor(id);
    if (auto *f = std::get_if<IcatFailure>(&user))
        return IcatFailure{403, u"InsufficientPrivilegesException"_s, f->message};
    return user;
}

std::variant<QList<qint64>, IcatFailure>
IcatEmulator::selectDatafiles(const QHttpServerRequest &, const QString &user, const QUrlQuery &q) const
{
    auto ids = [&](const QString &name) -> std::optional<QList<qint64>> {
        QList<qint64> out;
        const QString raw = param(q, name);
        if (raw.trimmed().isEmpty())
            return out;
        for (const QString &part : raw.split(u',')) {
            bool ok = false;
            out.append(part.trimmed().toLongLong(&ok));
            if (!ok)
                return std::nullopt;
        }
        return out;
    };
    QList<qint64> result;
    for (const QString &kind : {u"investigationIds"_s, u"datasetIds"_s, u"datafileIds"_s}) {
        const auto list = ids(kind);
        if (!list)
            return IcatFailure{
                400, u"BadRequestException"_s,
                u"The %1 parameter '%2' is not a valid string representation of a comma separated "
                u"list of longs"_s.arg(kind, param(q, kind))};
        const QString type = kind == u"investigationIds" ? u"Investigation"_s
                             : kind == u"datasetIds"     ? u"Dataset"_s
                                                         : u"Datafile"_s;
        for (qint64 id : *list) {
            const Entity *e = m_model.find(type, id);
            // investigations are resolved by a search as the user: hidden or missing ones select nothing
            if (type == u"Investigation") {
                if (!e || !m_model.canRead(e, user))
                    continue;
                for (const Entity *ds : e->collections.value(u"datasets"_s))
                    for (const Entity *df : ds->collections.value(u"datafiles"_s))
                        result.append(df->id);
                continue;
            }
            if (!e)
                return IcatFailure{404, u"NotFoundException"_s, u"%1 %2"_s.arg(type).arg(id)};
            if (!m_model.canRead(e, user))
                return IcatFailure{403, u"InsufficientPrivilegesException"_s,
                                   u"READ access to this %1 is not allowed."_s.arg(type)};
            if (type == u"Dataset") {
                for (const Entity *df : e->collections.value(u"datafiles"_s))
                    result.append(df->id);
            } else {
                result.append(id);
            }
        }
    }
    return result;
}

std::shared_ptr<DatafileBytes> IcatEmulator::bytesOf(const Entity *df) const
{
    auto bytes = std::make_shared<DatafileBytes>(df->id, df->field(u"fileSize"_s).toLongLong(),
                                                 df->field(u"name"_s).toString(), m_model.storedPath(df->id));
    if (auto it = m_corrupt.constFind(df->id); it != m_corrupt.cend())
        bytes->corruptAt(*it);
    return bytes;
}

void IcatEmulator::ids(const QString &call, const QHttpServerRequest &request, Reply &reply)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    if (call == u"ping" && method == M::Get)
        return sendText(reply, 200, "IdsOK");
    if (call == u"version" && method == M::Get)
        return sendJson(reply, 200, QJsonObject{{u"version"_s, u"2.1.1"_s}});
    if (call == u"isReadOnly")
        return sendText(reply, 200, "false");
    if (call == u"isTwoLevel")
        return sendText(reply, 200, m_twoLevel ? "true" : "false");
    if (call == u"getData" && method == M::Get)
        return getData(request, reply);
    if (call == u"put" && method == M::Put)
        return put(request, reply);
    if (call == u"delete" && method == M::Delete) {
        const auto user = idsUser(request);
        if (auto *f = std::get_if<IcatFailure>(&user))
            return sendIdsError(reply, f->status, f->code, f->message);
        const auto sel = selectDatafiles(request, std::get<QString>(user), request.query());
        if (auto *f = std::get_if<IcatFailure>(&sel))
            return sendIdsError(reply, f->status, f->code, f->message);
        // the Datafile rows go, then the stored files; datasets and investigations stay
        for (qint64 id : std::get<QList<qint64>>(sel)) {
            Entity *df = m_model.findById(id);
            if (!df)
                continue;
            const QString stored = m_model.storedPath(id);
            m_model.addToTotals(df, -1);
            m_model.remove(df);
            if (!stored.isEmpty())
                QFile::remove(stored);
        }
        return reply.write(QHttpServerResponder::StatusCode::NoContent);
    }
    if (call == u"isPrepared" && method == M::Get) {
        // IdsBean.isPrepared: true once every dataset of the selection is online; asks for restorations
        const QString prepared = param(request.query(), u"preparedId"_s);
        if (!isLowercaseUuid(prepared))
            return sendIdsError(reply, 400, u"BadRequestException"_s,
                                u"The preparedId parameter '%1' is not a valid UUID"_s.arg(prepared));
        auto it = m_prepared.constFind(prepared);
        if (it == m_prepared.cend())
            return sendIdsError(reply, 404, u"NotFoundException"_s,
                                u"The preparedId %1 is not known"_s.arg(prepared));
        return sendText(reply, 200, !m_twoLevel || requestOnline(it->datafileIds) ? "true" : "false");
    }
    if ((call == u"restore" || call == u"archive") && method == M::Post) {
        if (!m_twoLevel)
            return sendIdsError(reply, 501, u"NotImplementedException"_s,
                                u"This operation is unavailable for single level storage"_s);
        const auto user = idsUser(request);
        if (auto *f = std::get_if<IcatFailure>(&user))
            return sendIdsError(reply, f->status, f->code, f->message);
        const auto sel = selectDatafiles(request, std::get<QString>(user), formOf(request));
        if (auto *f = std::get_if<IcatFailure>(&sel))
            return sendIdsError(reply, f->status, f->code, f->message);
        if (call == u"restore") {
            requestOnline(std::get<QList<qint64>>(sel));
        } else {
            for (qint64 id : std::get<QList<qint64>>(sel))
                if (const Entity *df = m_model.findById(id)) {
                    m_onlineDatasets.remove(df->ref(u"dataset"_s)->id);
                    m_restoring.remove(df->ref(u"dataset"_s)->id);
                }
        }
        return reply.write(QHttpServerResponder::StatusCode::NoContent);
    }
    if ((call == u"getSize" || call == u"getStatus" || call == u"getDatafileIds") && method == M::Get) {
        const QUrlQuery q = request.query();
        QList<qint64> ids;
        if (q.hasQueryItem(u"preparedId"_s)) { // a bearer token: no session
            const QString prepared = param(q, u"preparedId"_s);
            if (!isLowercaseUuid(prepared))
                return sendIdsError(reply, 400, u"BadRequestException"_s,
                                    u"The preparedId parameter '%1' is not a valid UUID"_s.arg(prepared));
            if (!m_prepared.contains(prepared))
                return sendIdsError(reply, 404, u"NotFoundException"_s,
                                    u"The preparedId %1 is not known"_s.arg(prepared));
            ids = m_prepared.value(prepared).datafileIds;
        } else if (call == u"getStatus" && !q.hasQueryItem(u"sessionId"_s)) {
            // IDS answers an anonymous status with its reader account; single-level storage is ONLINE
            return sendText(reply, 200, "ONLINE");
        } else {
            const auto user = idsUser(request);
            if (auto *f = std::get_if<IcatFailure>(&user))
                return sendIdsError(reply, f->status, f->code, f->message);
            const auto sel = selectDatafiles(request, std::get<QString>(user), q);
            if (auto *f = std::get_if<IcatFailure>(&sel))
                return sendIdsError(reply, f->status, f->code, f->message);
            ids = std::get<QList<qint64>>(sel);
        }
        if (call == u"getStatus")
            return sendText(reply, 200, statusOf(ids).toLatin1());
        if (call == u"getDatafileIds") {
            QJsonArray a;
            for (qint64 id : ids)
                a.append(id);
            return sendJson(reply, 200, QJsonObject{{u"ids"_s, a}});
        }
        qint64 total = 0;
        for (qint64 id : ids)
            if (const Entity *df = m_model.findById(id)) // a prepared selection may outlive a delete
                total += df->field(u"fileSize"_s).toLongLong();
        return sendText(reply, 200, QByteArray::number(total));
    }
    if (call == u"prepareData" && method == M::Post) {
        const auto user = idsUser(request);
        if (auto *f = std::get_if<IcatFailure>(&user))
            return sendIdsError(reply, f->status, f->code, f->message);
        const QUrlQuery form = formOf(request);
        const auto sel = selectDatafiles(request, std::get<QString>(user), form);
        if (auto *f = std::get_if<IcatFailure>(&sel))
            return sendIdsError(reply, f->status, f->code, f->message);
        const QString id = newUuid();
        const bool mustZip = std::get<QList<qint64>>(sel).size() != 1 ||
                             !param(form, u"datasetIds"_s).isEmpty() ||
                             !param(form, u"investigationIds"_s).isEmpty();
        m_prepared.insert(id, {std::get<QString>(user), std::get<QList<qint64>>(sel),
                               mustZip || param(form, u"zip"_s) == u"true",
                               param(form, u"compress"_s) == u"true"});
        if (m_twoLevel) // prepareData asks for the restoration of what is archived
            requestOnline(std::get<QList<qint64>>(sel));
        return sendText(reply, 200, id.toLatin1());
    }
    sendIdsError(reply, 501, u"NOT_IMPLEMENTED"_s, u"Operation not implemented by this IDS server."_s);
}

void IcatEmulator::getData(const QHttpServerRequest &request, Reply &reply)
{
    // IdsService.getData parses the Range header before anything else: only "bytes=N-", else 400
    qint64 offset = 0;
    const QByteArray range = request.value("Range");
    if (!range.isEmpty()) {
        static const QRegularExpression re(u"^bytes=(\\d+)-$"_s);
        const auto m = re.match(QString::fromLatin1(range));
        if (!m.hasMatch())
            return sendIdsError(reply, 400, u"BadRequestException"_s,
                                u"The range must match bytes=(\\d+)-"_s);
        offset = m.captured(1).toLongLong();
    }
    if (offset > 0 && std::exchange(m_ignoreRangeNext, false))
        offset = 0; // the proxy hook: the next Range never reaches IDS

    const QUrlQuery q = request.query();
    QList<qint64> ids;
    bool zip = false;
    bool compress = false;
    bool byToken = false;
    if (q.hasQueryItem(u"preparedId"_s)) {
        // a preparedId is a bearer token: no session needed
        byToken = true;
        const QString prepared = param(q, u"preparedId"_s);
        if (!isLowercaseUuid(prepared))
            return sendIdsError(reply, 400, u"BadRequestException"_s,
                                u"The preparedId parameter '%1' is not a valid UUID"_s.arg(prepared));
        auto it = m_prepared.constFind(prepared);
        if (it == m_prepared.cend())
            return sendIdsError(reply, 404, u"NotFoundException"_s,
                                u"The preparedId %1 is not known"_s.arg(prepared));
        for (qint64 id : it->datafileIds)
            if (m_model.findById(id)) // files deleted since prepareData are gone from the selection
                ids.append(id);
        zip = it->zip;
        compress = it->compress;
        if (!zip && ids.isEmpty())
            return sendIdsError(reply, 404, u"NotFoundException"_s,
                                u"Datafile %1"_s.arg(it->datafileIds.value(0)));
    } else {
        const auto user = idsUser(request);
        if (auto *f = std::get_if<IcatFailure>(&user))
            return sendIdsError(reply, f->status, f->code, f->message);
        const auto sel = selectDatafiles(request, std::get<QString>(user), q);
        if (auto *f = std::get_if<IcatFailure>(&sel))
            return sendIdsError(reply, f->status, f->code, f->message);
        ids = std::get<QList<qint64>>(sel);
        // DataSelection.mustZip: several datafiles, any dataset or investigation, or nothing at all
        const bool mustZip = ids.size() != 1 || !param(q, u"datasetIds"_s).isEmpty() ||
                             !param(q, u"investigationIds"_s).isEmpty();
        zip = mustZip || param(q, u"zip"_s) == u"true";
        compress = param(q, u"compress"_s) == u"true";
    }
    // IdsBean.getData: with two-level storage, data not online is refused (and its restoration asked for)
    if (m_twoLevel && !requestOnline(ids)) {
        ++m_getDataRefusals;
        return sendIdsError(
            reply, 503, u"DataNotOnlineException"_s,
            u"Before putting, getting or deleting a datafile, its dataset has to be restored, "
            u"restoration requested automatically"_s);
    }

    QList<ComposedStream::Part> parts;
    QString filename;
    if (!zip) {
        const Entity *df = m_model.findById(ids.first());
        parts.append({QByteArray(), bytesOf(df), false});
        filename = df->field(u"name"_s).toString();
    } else {
        QList<ZipEntry> entries;
        QSet<QByteArray> seen;
        qint64 total = 0;
        for (qint64 id : std::as_const(ids)) {
            const Entity *df = m_model.findById(id);
            const Entity *ds = df->ref(u"dataset"_s);
            const Entity *inv = ds->ref(u"investigation"_s);
            const QByteArray name = "ids/" +
                                    javaUrlEncode(inv->ref(u"facility"_s)->field(u"name"_s).toString()) +
                                    '/' + javaUrlEncode(inv->field(u"name"_s).toString()) + '/' +
                                    javaUrlEncode(inv->field(u"visitId"_s).toString()) + '/' +
                                    javaUrlEncode(ds->field(u"name"_s).toString()) + '/' +
                                    df->field(u"name"_s).toString().toUtf8();
            if (seen.contains(name))
                continue; // IDS skips duplicate entry names silently
            seen.insert(name);
            ZipEntry entry{name, bytesOf(df), false, std::nullopt};
            // ZipOutputStream computes each CRC as it streams; here it is known before the entry is sent,
            // so a 1 GiB datafile's is computed once, not at every request (a damaged copy: every time)
            if (!m_corrupt.contains(id)) {
                if (!m_zipCrc.contains(id))
                    m_zipCrc.insert(id, entry.content->crc32());
                entry.crc = m_zipCrc.value(id);
            }
            entries.append(entry);
            total += df->field(u"fileSize"_s).toLongLong();
        }
        if (compress && total > (256 << 20))
            return sendIdsError(reply, 500, u"InternalException"_s,
                                u"The emulator compresses at most 256 MiB (compress=true)"_s);
        if (!m_hostileZipKind.isEmpty()) {
            const QString kind = std::exchange(m_hostileZipKind, QString());
            const auto evil = std::make_shared<DatafileBytes>(QByteArray("you should not see this\n"));
            if (kind == u"dotdot")
                entries.append({"ids/ISIS/1/1/data/../../../../../evil.txt", evil, false, std::nullopt});
            else if (kind == u"absolute")
                entries.append({"/tmp/daas-evil-absolute.txt", evil, false, std::nullopt});
            else if (kind == u"symlink")
                entries.append({"ids/ISIS/1/1/data/link-to-etc",
                                std::make_shared<DatafileBytes>(QByteArray("/etc")), true, std::nullopt});
        }
        parts = JavaZip::parts(entries, compress);
        filename = param(q, u"outname"_s);
        if (filename.isEmpty())
            filename = QDateTime::currentDateTime().toString(u"yyyy-MM-dd_HH-mm-ss"_s) + u".zip"_s;
        else if (!filename.endsWith(u".zip"))
            filename += u".zip"_s;
    }

    auto *stream = new ComposedStream(parts, offset);
    if (m_dropNextDownloadAfter >= 0) {
        QPointer<QTcpSocket> socket = m_tcp->socketFor(request.remotePort());
        if (m_dropByEnding)
            stream->endAfter(std::exchange(m_dropNextDownloadAfter, -1));
        else
            stream->dropAfter(std::exchange(m_dropNextDownloadAfter, -1), [socket] {
                if (socket) {
                    socket->flush();
                    socket->abort();
                }
            });
    }
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/octet-stream");
    headers.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                   "attachment; filename=\"" + filename.toUtf8() + '"');
    headers.append(QHttpHeaders::WellKnownHeader::AcceptRanges, "bytes");
    // IdsBean.getData: 206 for any offset but 0, never a Content-Range. Content-Length only for one unzipped
    // datafile asked for with a session (DataSelection.getFileLength; the preparedId overload sets none):
    // everything else goes out chunked, as the servlet container streams an entity of unknown length.
    const int status = offset > 0 ? 206 : 200;
    if (!zip && !byToken) {
        // QHttpServerResponder sets Content-Length from the random-access stream's size: fileSize - offset
        reply.write(stream, headers, code(status));
        return;
    }
    streamChunked(request, reply, stream, headers, status);
}

void IcatEmulator::streamChunked(const QHttpServerRequest &request, Reply &reply, ComposedStream *stream,
                                 const QHttpHeaders &headers, int status)
{
    QTcpSocket *socket = m_tcp->socketFor(request.remotePort());
    if (!socket) {
        delete stream;
        return;
    }
    new ChunkedSender(socket, std::move(reply), stream, headers, code(status));
}

bool IcatEmulator::requestOnline(const QList<qint64> &datafileIds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool online = true;
    for (qint64 id : datafileIds) {
        const Entity *df = m_model.findById(id);
        if (!df)
            continue;
        const qint64 ds = df->ref(u"dataset"_s)->id;
        if (m_onlineDatasets.contains(ds))
            continue;
        auto it = m_restoring.find(ds);
        if (it == m_restoring.end()) {
            qInfo("restoring dataset %lld", ds);
            it = m_restoring.insert(ds, m_restoreMs < 0 ? QDateTime() : now.addMSecs(m_restoreMs));
        }
        if (it->isValid() && *it <= now) {
            m_restoring.erase(it);
            m_onlineDatasets.insert(ds);
            continue;
        }
        online = false;
    }
    return online;
}

QString IcatEmulator::statusOf(const QList<qint64> &datafileIds)
{
    // IdsBean.getStatus: ONLINE, else RESTORING when a restoration is under way, else ARCHIVED
    if (!m_twoLevel)
        return u"ONLINE"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString status = u"ONLINE"_s;
    for (qint64 id : datafileIds) {
        const Entity *df = m_model.findById(id);
        if (!df)
            continue;
        const qint64 ds = df->ref(u"dataset"_s)->id;
        if (m_onlineDatasets.contains(ds))
            continue;
        auto it = m_restoring.constFind(ds);
        if (it == m_restoring.cend())
            return u"ARCHIVED"_s;
        if (!(it->isValid() && *it <= now))
            status = u"RESTORING"_s;
    }
    return status;
}

void IcatEmulator::put(const QHttpServerRequest &request, Reply &reply)
{
    const auto user = idsUser(request);
    if (auto *f = std::get_if<IcatFailure>(&user))
        return sendIdsError(reply, f->status, f->code, f->message);
    const QUrlQuery q = request.query();
    const QString name = param(q, u"name"_s);
    if (name.isEmpty())
        return sendIdsError(reply, 400, u"BadRequestException"_s, u"The name parameter must be set"_s);
    bool ok = false;
    const qint64 datasetId = param(q, u"datasetId"_s).toLongLong(&ok);
    if (!ok)
        return sendIdsError(reply, 400, u"BadRequestException"_s,
                            u"The datasetId parameter must be numeric"_s);
    const qint64 formatId = param(q, u"datafileFormatId"_s).toLongLong(&ok);
    if (!ok)
        return sendIdsError(reply, 400, u"BadRequestException"_s,
                            u"The datafileFormatId parameter must be numeric"_s);
    Entity *ds = m_model.find(u"Dataset"_s, datasetId);
    Entity *format = m_model.find(u"DatafileFormat"_s, formatId);
    if (!ds || !format)
        return sendIdsError(reply, 404, u"NotFoundException"_s,
                            ds ? u"DatafileFormat %1"_s.arg(formatId) : u"Dataset %1"_s.arg(datasetId));
    if (!m_model.canRead(ds, std::get<QString>(user)))
        return sendIdsError(reply, 403, u"InsufficientPrivilegesException"_s,
                            u"READ access to this Dataset is not allowed."_s);
    for (const Entity *sibling : ds->collections.value(u"datafiles"_s))
        if (sibling->field(u"name"_s).toString() == name)
            return sendIdsError(
                reply, 500, u"InternalException"_s,
                u"OBJECT_ALREADY_EXISTS Datafile exists with dataset = '%1', name = '%2'"_s.arg(
                    QString::number(datasetId), name));
    const QByteArray body = request.body();
    const QString location = u"%1/%2/%3"_s.arg(ds->ref(u"investigation"_s)->id).arg(datasetId).arg(newUuid());
    const QString path = m_dataDir.filePath(location);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
        return sendIdsError(reply, 500, u"InternalException"_s, u"Could not store the file"_s);
    const quint32 crc = Crc32::of(body);
    Entity *df = m_model.create(u"Datafile"_s);
    df->fields[u"name"_s] = name;
    df->fields[u"location"_s] = location;
    df->fields[u"fileSize"_s] = qint64(body.size());
    df->fields[u"checksum"_s] = QString::number(crc, 16);
    if (q.hasQueryItem(u"description"_s))
        df->fields[u"description"_s] = param(q, u"description"_s);
    if (q.hasQueryItem(u"doi"_s))
        df->fields[u"doi"_s] = param(q, u"doi"_s);
    for (const QString &time : {u"datafileCreateTime"_s, u"datafileModTime"_s}) // epoch milliseconds
        if (q.hasQueryItem(time))
            df->fields[time] = QDateTime::fromMSecsSinceEpoch(param(q, time).toLongLong(), QTimeZone::UTC);
    df->createId = std::get<QString>(user);
    df->createTime = QDateTime::currentDateTimeUtc();
    m_model.link(df, u"dataset"_s, ds);
    m_model.link(df, u"datafileFormat"_s, format);
    m_model.setStoredPath(df->id, path);
    m_model.addToTotals(df, +1);
    sendJson(reply, 201,
             QJsonObject{{u"id"_s, df->id},
                         {u"checksum"_s, qint64(crc)},
                         {u"location"_s, location},
                         {u"size"_s, qint64(body.size())}});
}

} // namespace daas::emulator
