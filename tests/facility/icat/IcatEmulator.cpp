#include "IcatEmulator.h"

#include "DataStreams.h"
#include "JavaZip.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace daas::emulator {

void TrackingTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_sockets.insert(socket->peerPort(), socket);
    connect(socket, &QTcpSocket::disconnected, this,
            [this, port = socket->peerPort()] { m_sockets.remove(port); });
    addPendingConnection(socket);
}

namespace {

// Java servlets decode '+' in query strings and form bodies as a space.
QString param(const QUrlQuery &q, const QString &key)
{
    QString v = q.queryItemValue(key, QUrl::FullyEncoded);
    v.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(v.toUtf8());
}

QUrlQuery formOf(const QHttpServerRequest &request)
{
    return QUrlQuery(QString::fromLatin1(request.body()));
}

bool isLowercaseUuid(const QString &s)
{
    static const QRegularExpression re(u"^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"_s);
    return re.match(s).hasMatch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces); // lowercase, as java.util.UUID
}

QHttpServerResponder::StatusCode code(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
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

IcatEmulator::IcatEmulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tcp(new TrackingTcpServer(this))
{
    m_model.generateDemoData(m_options.facilityName, m_options.tomographyBytes);
    computeChecksums();
    m_twoLevel = m_options.twoLevel;
    m_restoreMs = m_options.restoreMs;
    m_dataDir = QDir(m_options.dataDir);
    m_http.setMissingHandler(this, [this](const QHttpServerRequest &request,
                                          QHttpServerResponder &responder) { dispatch(request, responder); });
}

void IcatEmulator::computeChecksums()
{
    // ICAT keeps CRC32 in hex; the scale cases (100,000 small files, 1 GiB) go without, as checksums are
    // optional
    for (Entity *df : m_model.all(u"Datafile"_s)) {
        if (df->ref(u"dataset"_s)->collections.value(u"datafiles"_s).size() > 1000 ||
            df->field(u"fileSize"_s).toLongLong() > (64 << 20))
            continue;
        df->fields[u"checksum"_s] = QString::number(bytesOf(df)->crc32(), 16);
    }
}

bool IcatEmulator::listen()
{
    if (!m_tcp->listen(QHostAddress(m_options.host), m_options.port))
        return false;
    return m_http.bind(m_tcp);
}

quint16 IcatEmulator::port() const
{
    return m_tcp->serverPort();
}

void IcatEmulator::sendJson(Reply &reply, int status, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    reply.write(bytes, "application/json", code(status));
}

void IcatEmulator::sendText(Reply &reply, int status, const QByteArray &body)
{
    reply.write(body, "text/plain", code(status));
}

void IcatEmulator::sendIcatError(Reply &reply, const IcatFailure &f)
{
    sendJson(reply, f.status, QJsonObject{{u"code"_s, f.code}, {u"message"_s, f.message}});
}

void IcatEmulator::sendIdsError(Reply &reply, int status, const QString &c, const QString &message)
{
    sendJson(reply, status, QJsonObject{{u"code"_s, c}, {u"message"_s, message}});
}

void IcatEmulator::dispatch(const QHttpServerRequest &request, Reply &reply)
{
    const QString path = request.url().path();
    if (m_lie && m_lie->path == path) {
        const Lie lie = *m_lie;
        m_lie.reset();
        reply.write(lie.body, "application/json", code(lie.status));
        return;
    }
    if (path.startsWith(u"/_emulator/"))
        return admin(path.mid(11), request, reply);
    if (path.startsWith(u"/icat/"))
        return icat(path.mid(6), request, reply);
    if (path.startsWith(u"/ids/"))
        return ids(path.mid(5), request, reply);
    sendText(reply, 404, "Not found\n");
}

// ---------------------------------------------------------------- ICAT

std::variant<QString, IcatFailure> IcatEmulator::userFor(const QString &id) const
{
    if (id.isEmpty())
        return IcatFailure{403, u"SESSION"_s, u"Session Id cannot be null or empty."_s};
    auto it = m_sessions.constFind(id);
    if (it == m_sessions.cend())
        return IcatFailure{403, u"SESSION"_s, u"Unable to find user by sessionid: %1"_s.arg(id)};
    if (it->expires <= QDateTime::currentDateTimeUtc())
        return IcatFailure{403, u"SESSION"_s, u"Session id:%1 has expired"_s.arg(id)};
    return it->user;
}

void IcatEmulator::icat(const QString &path, const QHttpServerRequest &request, Reply &reply)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    if (path == u"version" && method == M::Get)
        return sendJson(reply, 200, QJsonObject{{u"version"_s, u"6.2.0"_s}});
    if (path == u"properties" && method == M::Get) {
        auto key = [](const QString &name, bool hide) {
            QJsonObject k{{u"name"_s, name}};
            if (hide)
                k.insert(u"hide"_s, true);
            return k;
        };
        const QJsonArray userPass{key(u"username"_s, false), key(u"password"_s, true)};
        const QJsonArray authenticators{
            QJsonObject{{u"mnemonic"_s, u"simple"_s}, {u"keys"_s, userPass}},
            QJsonObject{{u"mnemonic"_s, u"ldap"_s}, {u"keys"_s, userPass}, {u"friendly"_s, u"Federal Id"_s}},
            QJsonObject{{u"mnemonic"_s, u"db"_s}, {u"keys"_s, userPass}, {u"admin"_s, true}},
            QJsonObject{
                {u"mnemonic"_s, u"anon"_s}, {u"keys"_s, QJsonArray()}, {u"friendly"_s, u"Anonymous"_s}},
        };
        return sendJson(reply, 200,
                        QJsonObject{{u"maxEntities"_s, m_options.maxEntities},
                                    {u"lifetimeMinutes"_s, m_options.lifetimeMinutes},
                                    {u"authenticators"_s, authenticators},
                                    {u"containerType"_s, u"Glassfish"_s}});
    }
    if (path == u"session" && method == M::Post)
        return login(request, reply);
    if (path.startsWith(u"session/"))
        return session(path.mid(8), request, reply);
    if (path.startsWith(u"user/") && method == M::Get) {
        // user/{userName} or user/{mnemonic}/{userName}: is anyone logged in under that name
        const QString name = QUrl::fromPercentEncoding(path.mid(5).toUtf8());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool loggedIn = false;
        for (const Session &s : std::as_const(m_sessions))
            loggedIn = loggedIn || (s.user == name && s.expires > now);
        return sendJson(reply, 200, QJsonObject{{u"loggedIn"_s, loggedIn}});
    }
    if (path == u"entityManager" && method == M::Get)
        return search(request, reply);
    if (path == u"entityManager" && method == M::Post)
        return write(request, reply);
    sendIcatError(reply, {501, u"NOT_IMPLEMENTED"_s, u"Operation not implemented by this ICAT server."_s});
}

void IcatEmulator::login(const QHttpServerRequest &request, Reply &reply)
{
    const QUrlQuery form = formOf(request);
    if (!form.hasQueryItem(u"json"_s))
        return sendIcatError(reply, {400, u"BAD_PARAMETER"_s, u"json must not be null"_s});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(param(form, u"json"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return sendIcatError(reply,
                             {400, u"BAD_PARAMETER"_s, u"Badly formed JSON: %1"_s.arg(error.errorString())});
    const QString plugin = doc[u"plugin"_s].toString();
    QHash<QString, QString> credentials; // every string value of the array of one-pair objects, by key
    for (const QJsonValue &item : doc[u"credentials"_s].toArray()) {
        const QJsonObject o = item.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isString())
                credentials.insert(it.key(), it.value().toString());
    }
    QString user;
    if (plugin == u"anon") {
        user = u"anon/anon"_s;
    } else if (plugin == u"simple" || plugin == u"ldap" || plugin == u"db") {
        for (const auto &a : m_model.accounts())
            if (a.plugin == plugin && a.login == credentials.value(u"username"_s) &&
                a.password == credentials.value(u"password"_s))
                user = plugin + u'/' + a.login;
        if (user.isEmpty())
            return sendIcatError(reply, {403, u"SESSION"_s, u"The username and password do not match "_s});
    } else {
        return sendIcatError(reply,
                             {403, u"SESSION"_s, u"Authenticator mnemonic %1 not recognised"_s.arg(plugin)});
    }
    const QString id = newUuid();
    m_sessions.insert(id, {user, QDateTime::currentDateTimeUtc().addSecs(m_options.lifetimeMinutes * 60)});
    m_issued << id;
    qInfo("login %s", qUtf8Printable(user));
    sendJson(reply, 200, QJsonObject{{u"sessionId"_s, id}});
}

void IcatEmulator::session(const QString &id, const QHttpServerRequest &request, Reply &reply)
{
    using M = QHttpServerRequest::Method;
    auto it = m_sessions.find(id);
    switch (request.method()) {
    case M::Get: {
        const auto user = userFor(id);
        if (auto *f = std::get_if<IcatFailure>(&user))
            return sendIcatError(reply, *f);
        const double remaining = QDateTime::currentDateTimeUtc().msecsTo(it->expires) / 60000.0;
        return sendJson(reply, 200,
                        QJsonObject{{u"userName"_s, it->user}, {u"remainingMinutes"_s, remaining}});
    }
    case M::Put: // refresh accepts an expired session and revives it, as ICAT does until its hourly cleanup
        if (it == m_sessions.end())
            return sendIcatError(reply,
                                 {403, u"SESSION"_s, u"Unable to find user by sessionid: %1"_s.arg(id)});
        it->expires = QDateTime::currentDateTimeUtc().addSecs(m_options.lifetimeMinutes * 60);
        return reply.write(QHttpServerResponder::StatusCode::NoContent);
    case M::Delete:
        if (it == m_sessions.end())
            return sendIcatError(reply,
                                 {403, u"SESSION"_s, u"Unable to find user by sessionid: %1"_s.arg(id)});
        m_sessions.erase(it);
        return reply.write(QHttpServerResponder::StatusCode::NoContent);
    default:
        sendIcatError(reply,
                      {501, u"NOT_IMPLEMENTED"_s, u"Operation not implemented by this ICAT server."_s});
    }
}

void IcatEmulator::search(const QHttpServerRequest &request, Reply &reply)
{
    const QUrlQuery q = request.query();
    if (!q.hasQueryItem(u"query"_s))
        return sendIcatError(reply, {400, u"BAD_PARAMETER"_s, u"query is not set"_s});
    const auto user = userFor(param(q, u"sessionId"_s));
    if (auto *f = std::get_if<IcatFailure>(&user))
        return sendIcatError(reply, *f);
    const QString &who = std::get<QString>(user);
    const QString text = param(q, u"query"_s);
    if (q.hasQueryItem(u"id"_s)) {
        auto parsed = IcatQuery::parseGet(text);
        if (auto *f = std::get_if<IcatFailure>(&parsed))
            return sendIcatError(reply, *f);
        const IcatQuery &query = std::get<IcatQuery>(parsed);
        bool ok = false;
        const qint64 id = param(q, u"id"_s).toLongLong(&ok);
        if (!ok)
            return sendIcatError(reply, {400, u"BAD_PARAMETER"_s, u"id must be a number"_s});
        const Entity *e = m_model.find(query.entityType(), id);
        if (!e)
            return sendIcatError(reply, {404, u"NO_SUCH_OBJECT_FOUND"_s,
                                         u"%1[id:%2] not found."_s.arg(query.entityType()).arg(id)});
        if (!m_model.canRead(e, who))
            return sendIcatError(reply, {403, u"INSUFFICIENT_PRIVILEGES"_s,
                                         u"READ access to this %1 is not allowed."_s.arg(e->type)});
        return sendJson(reply, 200, QJsonObject{{e->type, query.serialise(m_model, e, who)}});
    }
    auto parsed = IcatQuery::parseSearch(text);
    if (auto *f = std::get_if<IcatFailure>(&parsed))
        return sendIcatError(reply, *f);
    // paging through one query asks the same question with another LIMIT: sort it once
    static const QRegularExpression limit(u"\\bLIMIT\\s+\\d+\\s*,\\s*(\\d+|\\*)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QString key = who + u'|' + text;
    key.remove(limit);
    auto result =
        std::get<IcatQuery>(parsed).search(m_model, who, m_options.maxEntities, &m_searchCache, key);
    if (auto *f = std::get_if<IcatFailure>(&result))
        return sendIcatError(reply, *f);
    sendJson(reply, 200, std::get<QJsonArray>(result));
}

void IcatEmulator::write(const QHttpServerRequest &request, Reply &reply)
{
    // Creates Datasets and Datafiles (what the client and IDS put need); the caller must see the parent.
    const QUrlQuery form = formOf(request);
    const auto user = userFor(param(form, u"sessionId"_s));
    if (auto *f = std::get_if<IcatFailure>(&user))
        return sendIcatError(reply, *f);
    const QJsonDocument doc = QJsonDocument::fromJson(param(form, u"entities"_s).toUtf8());
    QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QJsonArray created;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject wrapper = items.at(i).toObject();
        const QString type = wrapper.keys().value(0);
        const QJsonObject fields = wrapper.value(type).toObject();
        const QString parentRef = type == u"Dataset" ? u"investigation"_s : u"dataset"_s;
        Entity *parent = m_model.findById(fields.value(parentRef).toObject().value(u"id"_s).toInteger());
        if (!CatalogueModel::isKnownType(type)) // EntityBeanManager.writeOne -> EntityInfoHandler.getClass
            return sendJson(reply, 400,
                            QJsonObject{{u"code"_s, u"BAD_PARAMETER"_s},
                                        {u"message"_s, u"%1 is not an ICAT entity"_s.arg(type)},
                                        {u"offset"_s, i}});
        if ((type != u"Dataset" && type != u"Datafile") || fields.contains(u"id"_s))
            return sendJson(
                reply, 400,
                QJsonObject{{u"code"_s, u"BAD_PARAMETER"_s},
                            {u"message"_s, u"The emulator creates only new Datasets and Datafiles"_s},
                            {u"offset"_s, i}});
        if (!parent || !m_model.canRead(parent, std::get<QString>(user)))
            return sendJson(
                reply, 403,
                QJsonObject{{u"code"_s, u"INSUFFICIENT_PRIVILEGES"_s},
                            {u"message"_s, u"CREATE access to this %1 is not allowed."_s.arg(type)},
                            {u"offset"_s, i}});
        const QString name = fields.value(u"name"_s).toString();
        const QString coll = type == u"Dataset" ? u"datasets"_s : u"datafiles"_s;
        for (const Entity *sibling : parent->collections.value(coll))
            if (sibling->field(u"name"_s).toString() == name)
                return sendJson(
                    reply, 412,
                    QJsonObject{{u"code"_s, u"OBJECT_ALREADY_EXISTS"_s},
                                {u"message"_s, u"%1 exists with %2 = '%3', name = '%4'"_s.arg(
                                                   type, parentRef, QString::number(parent->id), name)},
                                {u"offset"_s, i}});
        const EntitySchema &schema = CatalogueModel::schema().value(type);
        auto isDate = [](const QString &f) { return f.endsWith(u"Date") || f.endsWith(u"Time"); };
        // ICAT reads dates as yyyy-MM-dd'T'HH:mm:ss.SSSXXX only
        static const QRegularExpression dateFormat(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})$"_s);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QString problem;
            if (!schema.fields.contains(it.key()) && !schema.refs.contains(it.key()))
                problem = u"Field %1 not found in %2"_s.arg(it.key(), type); // parseEntity
            else if (schema.refs.contains(it.key()) && it.value().isObject()) {
                // a related object is parsed as an entity of its own type (parseSubEntity): a reference
                // by id, whose other keys must be fields of that type too
                const QJsonObject ref = it.value().toObject();
                const QString refType = schema.refs.value(it.key());
                const EntitySchema &rs = CatalogueModel::schema().value(refType);
                if (!ref.contains(u"id"_s))
                    problem = u"One to many related objects should not have the id value set: %1"_s.arg(
                        QString::fromUtf8(QJsonDocument(ref).toJson(QJsonDocument::Compact)));
                for (auto r = ref.begin(); r != ref.end() && problem.isEmpty(); ++r)
                    if (r.key() != u"id" && !rs.fields.contains(r.key()) && !rs.refs.contains(r.key()))
                        problem = u"Field %1 not found in %2"_s.arg(r.key(), refType);
            } else if (isDate(it.key()) && !it.value().isNull() &&
                       !dateFormat.match(it.value().toString()).hasMatch())
                problem = u"Badly formatted date %1"_s.arg(it.value().toString());
            if (!problem.isEmpty())
                return sendJson(
                    reply, 400,
                    QJsonObject{{u"code"_s, u"BAD_PARAMETER"_s}, {u"message"_s, problem}, {u"offset"_s, i}});
        }
        Entity *e = m_model.create(type);
        e->createId = std::get<QString>(user);
        e->createTime = QDateTime::currentDateTimeUtc();
        for (const QString &f : schema.fields) {
            const QJsonValue v = fields.value(f);
            if (v.isUndefined() || v.isNull() || v.isObject() || v.isArray())
                continue;
            e->fields.insert(f, isDate(f) ? QVariant(QDateTime::fromString(v.toString(), Qt::ISODateWithMs))
                                          : v.toVariant());
        }
        if (type == u"Dataset") {
            e->fields.insert(u"fileSize"_s, qint64(0));
            e->fields.insert(u"fileCount"_s, qint64(0));
        }
        m_model.link(e, parentRef, parent);
        for (auto ref = schema.refs.cbegin(); ref != schema.refs.cend(); ++ref) {
            if (ref.key() == parentRef)
                continue;
            if (Entity *target = m_model.find(
                    ref.value(), fields.value(ref.key()).toObject().value(u"id"_s).toInteger(-1)))
                m_model.link(e, ref.key(), target);
        }
        if (type == u"Dataset" && !e->ref(u"type"_s)) // ICAT requires one; pick the facility's first
            for (Entity *t : m_model.all(u"DatasetType"_s))
                if (t->ref(u"facility"_s) == parent->ref(u"facility"_s)) {
                    m_model.link(e, u"type"_s, t);
                    break;
                }
        if (type == u"Datafile") // ICAT's triggers keep the dataset's and investigation's totals
            m_model.addToTotals(e, +1);
        created.append(e->id);
    }
    sendJson(reply, 200, created);
}

// ---------------------------------------------------------------- IDS

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

// ---------------------------------------------------------------- test hooks

void IcatEmulator::admin(const QString &call, const QHttpServerRequest &request, Reply &reply)
{
    const QUrlQuery q = request.query();
    if (request.method() != QHttpServerRequest::Method::Post)
        return sendText(reply, 405, "test hooks take POST\n");
    if (call == u"expire-sessions") {
        for (Session &s : m_sessions)
            s.expires = QDateTime::currentDateTimeUtc().addSecs(-1);
    } else if (call == u"drop-next-download") {
        m_dropNextDownloadAfter = param(q, u"after"_s).toLongLong();
    } else if (call == u"lie-next") {
        m_lie =
            Lie{param(q, u"path"_s), param(q, u"status"_s).isEmpty() ? 200 : param(q, u"status"_s).toInt(),
                param(q, u"body"_s).toUtf8()};
    } else if (call == u"hostile-zip-next") {
        m_hostileZipKind = param(q, u"kind"_s);
    } else if (call == u"corrupt-datafile") {
        // every download of this datafile from now on has one byte altered (default: its middle), its ICAT
        // checksum unchanged: a damaged copy in the data service's storage
        bool ok = false;
        const qint64 id = param(q, u"id"_s).toLongLong(&ok);
        const Entity *df = ok ? m_model.find(u"Datafile"_s, id) : nullptr;
        if (!df)
            return sendText(reply, 404, "no such datafile\n");
        const qint64 at = q.hasQueryItem(u"at"_s) ? param(q, u"at"_s).toLongLong()
                                                  : df->field(u"fileSize"_s).toLongLong() / 2;
        m_corrupt.insert(id, at);
    } else if (call == u"issued-secrets") {
        return sendText(reply, 200, m_issued.join(u'\n').toUtf8() + "\n");
    } else if (call == u"ignore-range-next") {
        m_ignoreRangeNext = true;
    } else if (call == u"two-level") {
        // two-level storage on (every dataset archived) or off; restoreMs: how long a restoration takes
        m_twoLevel = param(q, u"on"_s) != u"0";
        if (q.hasQueryItem(u"restoreMs"_s))
            m_restoreMs = param(q, u"restoreMs"_s).toLongLong();
        m_onlineDatasets.clear();
        m_restoring.clear();
        m_getDataRefusals = 0;
    } else if (call == u"restore-now") {
        // every restoration asked for so far completes now
        for (auto it = m_restoring.cbegin(); it != m_restoring.cend(); ++it)
            m_onlineDatasets.insert(it.key());
        m_restoring.clear();
    } else if (call == u"two-level-state") {
        return sendJson(reply, 200,
                        QJsonObject{{u"restoring"_s, qint64(m_restoring.size())},
                                    {u"online"_s, qint64(m_onlineDatasets.size())},
                                    {u"refused"_s, m_getDataRefusals}});
    } else if (call == u"reset") {
        m_ignoreRangeNext = false;
        m_twoLevel = m_options.twoLevel;
        m_restoreMs = m_options.restoreMs;
        m_onlineDatasets.clear();
        m_restoring.clear();
        m_getDataRefusals = 0;
        m_dropNextDownloadAfter = -1;
        m_lie.reset();
        m_hostileZipKind.clear();
        m_corrupt.clear();
    } else {
        return sendText(reply, 404, "unknown test hook\n");
    }
    sendText(reply, 200, "ok\n");
}

} // namespace daas::emulator
