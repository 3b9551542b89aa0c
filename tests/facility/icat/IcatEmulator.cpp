// IcatEmulator (see IcatEmulator.h): the server, the dispatch, the ICAT half (sessions, queries, writes) and
// the test hooks; the IDS half is in IdsEmulator.cpp.

#include "IcatEmulator.h"
#include "ServletRequest.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

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
        m_dropByEnding = param(q, u"how"_s) == u"end";
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
        m_dropByEnding = false;
        m_lie.reset();
        m_hostileZipKind.clear();
        m_corrupt.clear();
    } else {
        return sendText(reply, 404, "unknown test hook\n");
    }
    sendText(reply, 200, "ok\n");
}

} // namespace daas::emulator
