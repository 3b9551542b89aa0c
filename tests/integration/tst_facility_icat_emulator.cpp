// The ICAT + IDS emulator against the reference (shared/reference/icat-ids.md), over real HTTP with a plain
// QNetworkAccessManager: what the client meets must be what icat.server and ids.server answer, errors
// included. Every expectation is derived from the catalogue through ICAT itself, never hard-coded ids.

#include "IcatEmulatorProcess.h"
#include "support/Crc32.h"

#include <KZip>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Http
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson(body);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    const QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QString code() const { return object().value(u"code"_s).toString(); }
    QString message() const { return object().value(u"message"_s).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString describe() const { return u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(body.left(400))); }
};

// Every value fully percent-encoded: JPQL is full of '%', '+', '&' and quotes.
QByteArray encode(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

// The layout of a ZIP as java.util.zip.ZipOutputStream writes it, read from the bytes by hand (not with
// the emulator's writer or KArchive): the central directory from the end records (ZIP64 ones when
// present), then each entry's local header and the data descriptor after its data.
struct ZipLayout
{
    QString error;
    bool zip64End = false;    // ZIP64 end record and locator present
    quint64 classicCount = 0; // the entry count in the classic end record (0xFFFF when ZIP64)
    quint64 entries = 0;      // the real count
    int deflated = 0;         // entries with method 8
    int descriptors = 0;      // entries with bit 3 and a signed data descriptor after the data
    int zip64Extras = 0;      // central entries carrying a ZIP64 extra field
    int levelZero = 0;        // entries whose compressed size is exactly that of stored deflate blocks
};

template<typename Read>
ZipLayout readZipLayout(qint64 total, Read read, int checkEntries = 50)
{
    ZipLayout z;
    auto u16 = [](const QByteArray &b, qsizetype at) {
        return quint64(quint8(b[at])) | quint64(quint8(b[at + 1])) << 8;
    };
    auto u32 = [&](const QByteArray &b, qsizetype at) { return u16(b, at) | u16(b, at + 2) << 16; };
    auto u64 = [&](const QByteArray &b, qsizetype at) { return u32(b, at) | u32(b, at + 4) << 32; };
    const QByteArray tail = read(std::max<qint64>(0, total - 22 - 20 - 56), std::min<qint64>(total, 98));
    const qsizetype eocd = tail.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return z.error = u"no end record"_s, z;
    z.classicCount = u16(tail, eocd + 10);
    quint64 cenSize = u32(tail, eocd + 12), cenOffset = u32(tail, eocd + 16);
    z.entries = z.classicCount;
    if (eocd >= 20 && tail.mid(eocd - 20, 4) == QByteArray("PK\x06\x07", 4)) {
        const quint64 zip64At = u64(tail, eocd - 20 + 8);
        const QByteArray rec = read(qint64(zip64At), 56);
        if (rec.left(4) != QByteArray("PK\x06\x06", 4))
            return z.error = u"ZIP64 locator points at no ZIP64 end record"_s, z;
        z.zip64End = true;
        z.entries = u64(rec, 32);
        cenSize = u64(rec, 40);
        cenOffset = u64(rec, 48);
    }
    const QByteArray cen = read(qint64(cenOffset), qint64(cenSize));
    qsizetype at = 0;
    for (quint64 i = 0; i < z.entries; ++i) {
        if (cen.mid(at, 4) != QByteArray("PK\x01\x02", 4))
            return z.error = u"central entry %1 has no signature"_s.arg(i), z;
        const quint64 flags = u16(cen, at + 8), method = u16(cen, at + 10), crc = u32(cen, at + 16);
        quint64 csize = u32(cen, at + 20), size = u32(cen, at + 24), local = u32(cen, at + 42);
        const quint64 nameLen = u16(cen, at + 28), extraLen = u16(cen, at + 30),
                      commentLen = u16(cen, at + 32);
        for (qsizetype e = at + 46 + qsizetype(nameLen); e < at + 46 + qsizetype(nameLen + extraLen);) {
            const quint64 id = u16(cen, e), len = u16(cen, e + 2);
            if (id == 1) {
                ++z.zip64Extras;
                qsizetype f = e + 4;
                if (size == 0xffffffffu)
                    size = u64(cen, f), f += 8;
                if (csize == 0xffffffffu)
                    csize = u64(cen, f), f += 8;
                if (local == 0xffffffffu)
                    local = u64(cen, f);
            }
            e += 4 + qsizetype(len);
        }
        if (method == 8)
            ++z.deflated;
        // deflate at level 0: blocks of at most 65,535 bytes, each with a 5-byte header (one for nothing)
        if (csize == size + 5 * std::max<quint64>(1, (size + 65534) / 65535))
            ++z.levelZero;
        if (int(i) < checkEntries || i + 1 == z.entries) {
            const QByteArray loc = read(qint64(local), 30);
            const quint64 locName = u16(loc, 26), locExtra = u16(loc, 28);
            const bool zerosInLocal = u32(loc, 14) == 0 && u32(loc, 18) == 0 && u32(loc, 22) == 0;
            const qint64 dataEnd = qint64(local + 30 + locName + locExtra + csize);
            const QByteArray dd = read(dataEnd, 24);
            const bool big = csize >= 0xffffffffu || size >= 0xffffffffu;
            const bool ddOk = dd.left(4) == QByteArray("PK\x07\x08", 4) && u32(dd, 4) == crc &&
                              (big ? u64(dd, 8) == csize && u64(dd, 16) == size
                                   : u32(dd, 8) == csize && u32(dd, 12) == size);
            if (loc.left(4) == QByteArray("PK\x03\x04", 4) && (flags & 8) && (u16(loc, 6) & 8) &&
                zerosInLocal && ddOk)
                ++z.descriptors;
        } else if (flags & 8) {
            ++z.descriptors; // only the first ones and the last are read back
        }
        at += 46 + qsizetype(nameLen + extraLen + commentLen);
    }
    return z;
}

const QRegularExpression kLowerUuid(u"^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"_s);
const QRegularExpression
    kIcatDate(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})$"_s);

QDateTime icatDate(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// path -> content of every file in a ZIP, read with KArchive
QHash<QString, QByteArray> zipContents(const QByteArray &bytes, QString *error = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.zip"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    f.close();
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly)) {
        if (error)
            *error = zip.errorString();
        return {};
    }
    QHash<QString, QByteArray> out;
    std::function<void(const KArchiveDirectory *, const QString &)> walk = [&](const KArchiveDirectory *d,
                                                                               const QString &prefix) {
        for (const QString &name : d->entries()) {
            const KArchiveEntry *e = d->entry(name);
            if (e->isDirectory())
                walk(static_cast<const KArchiveDirectory *>(e), prefix + name + u'/');
            else if (e->isFile())
                out.insert(prefix + name, static_cast<const KArchiveFile *>(e)->data());
        }
    };
    walk(zip.directory(), QString());
    return out;
}

} // namespace

class TestFacilityIcatEmulator : public QObject
{
    Q_OBJECT
    std::unique_ptr<daas::testing::IcatEmulatorProcess> m_emulator;
    QNetworkAccessManager m_nam;
    QString m_alice, m_bob, m_root;
    static constexpr int kLifetime = 30; // started with --lifetime-minutes 30

    Http send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
              const QByteArray &contentType = {}, const QHash<QByteArray, QByteArray> &extra = {})
    {
        QNetworkRequest request(url);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        Http r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 120000)) {
            reply->abort();
            r.error = QNetworkReply::TimeoutError;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        delete reply;
        return r;
    }
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const
    {
        QUrl u = m_emulator->baseUrl().resolved(QUrl(path));
        if (!query.isEmpty())
            u.setQuery(QString::fromLatin1(encode(query)));
        return u;
    }
    Http get(const QString &path, const QList<std::pair<QString, QString>> &query = {},
             const QHash<QByteArray, QByteArray> &headers = {})
    {
        return send("GET", url(path, query), {}, {}, headers);
    }
    Http postForm(const QString &path, const QList<std::pair<QString, QString>> &form)
    {
        return send("POST", url(path), encode(form), "application/x-www-form-urlencoded; charset=UTF-8");
    }
    Http login(const QString &plugin, const QString &user, const QString &password)
    {
        QJsonArray credentials;
        if (!user.isEmpty())
            credentials = {QJsonObject{{u"username"_s, user}}, QJsonObject{{u"password"_s, password}}};
        const QJsonObject json{{u"plugin"_s, plugin}, {u"credentials"_s, credentials}};
        return postForm(u"/icat/session"_s,
                        {{u"json"_s, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}});
    }
    QString sessionOf(const QString &plugin, const QString &user, const QString &password)
    {
        return login(plugin, user, password).object().value(u"sessionId"_s).toString();
    }
    Http search(const QString &session, const QString &query)
    {
        return get(u"/icat/entityManager"_s, {{u"sessionId"_s, session}, {u"query"_s, query}});
    }
    Http getById(const QString &session, const QString &query, qint64 id)
    {
        return get(u"/icat/entityManager"_s,
                   {{u"sessionId"_s, session}, {u"query"_s, query}, {u"id"_s, QString::number(id)}});
    }
    // the rows of a search that must succeed (empty when it did not: the caller's QCOMPARE then fails)
    QJsonArray rows(const QString &session, const QString &query)
    {
        const Http r = search(session, query);
        if (r.status != 200)
            qWarning("search failed: %s for %s", qPrintable(r.describe()), qPrintable(query));
        return r.array();
    }
    QList<qint64> ids(const QJsonArray &entityRows)
    {
        QList<qint64> out;
        for (const QJsonValue &row : entityRows) {
            const QJsonObject o = row.toObject();
            out.append(o.value(o.keys().value(0)).toObject().value(u"id"_s).toInteger());
        }
        return out;
    }
    static const QJsonObject unwrap(const QJsonValue &row)
    {
        const QJsonObject o = row.toObject();
        return o.value(o.keys().value(0)).toObject();
    }
    QList<qint64> myInvestigations(const QString &session)
    {
        return ids(rows(session, u"SELECT DISTINCT i FROM Investigation i JOIN i.investigationUsers iu "
                                 u"JOIN iu.user u WHERE u.name = :user ORDER BY i.id"_s));
    }
    // alice's first dataset with this name, its investigation and facility included
    QJsonObject aliceDataset(const QString &name)
    {
        return unwrap(rows(m_alice, u"SELECT ds FROM Dataset ds WHERE ds.name = '%1' ORDER BY ds.id "
                                    u"LIMIT 0, 1 INCLUDE ds.investigation.facility"_s.arg(name))
                          .at(0));
    }
    QJsonArray datafilesOf(qint64 datasetId)
    {
        return rows(m_alice, u"SELECT df FROM Datafile df WHERE df.dataset.id = %1 ORDER BY df.name, df.id "
                             u"LIMIT 0, 500 INCLUDE df.datafileFormat"_s.arg(datasetId));
    }
    Http idsGet(const QString &call, QList<std::pair<QString, QString>> query,
                const QHash<QByteArray, QByteArray> &headers = {})
    {
        return get(u"/ids/"_s + call, query, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_emulator = std::make_unique<daas::testing::IcatEmulatorProcess>(
            QStringList{u"--lifetime-minutes"_s, QString::number(kLifetime)});
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
        QCOMPARE(m_emulator->baseUrl().scheme(), u"http"_s);
        QVERIFY(m_emulator->baseUrl().port() > 0);
        m_alice = sessionOf(u"simple"_s, u"alice"_s, u"alice-pw"_s);
        m_bob = sessionOf(u"simple"_s, u"bob"_s, u"bob-pw"_s);
        m_root = sessionOf(u"simple"_s, u"root"_s, u"root-pw"_s);
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_root.isEmpty());
    }
    void cleanup() { QVERIFY(m_emulator->admin(u"reset"_s)); }

    // ------------------------------------------------------------------ ICAT: service

    void versionAndProperties()
    {
        const Http v = get(u"/icat/version"_s);
        QCOMPARE(v.status, 200);
        QVERIFY(!v.object().value(u"version"_s).toString().isEmpty());

        const Http p = get(u"/icat/properties"_s); // no session needed
        QCOMPARE(p.status, 200);
        const QJsonObject props = p.object();
        QCOMPARE(props.value(u"maxEntities"_s).toInt(), 10000);
        QCOMPARE(props.value(u"lifetimeMinutes"_s).toInt(), kLifetime);
        QVERIFY(!props.value(u"containerType"_s).toString().isEmpty());
        QHash<QString, QJsonObject> byMnemonic;
        for (const QJsonValue &a : props.value(u"authenticators"_s).toArray())
            byMnemonic.insert(a[u"mnemonic"_s].toString(), a.toObject());
        QVERIFY(byMnemonic.contains(u"simple"_s));
        const QJsonArray simpleKeys = byMnemonic[u"simple"_s][u"keys"_s].toArray();
        QCOMPARE(simpleKeys.size(), 2);
        QCOMPARE(simpleKeys.at(0)[u"name"_s].toString(), u"username"_s);
        QVERIFY(!simpleKeys.at(0).toObject().contains(u"hide"_s));
        QCOMPARE(simpleKeys.at(1)[u"name"_s].toString(), u"password"_s);
        QCOMPARE(simpleKeys.at(1)[u"hide"_s].toBool(), true);
        QVERIFY(!byMnemonic[u"simple"_s].contains(u"admin"_s)); // omitted when false
        QCOMPARE(byMnemonic[u"ldap"_s][u"friendly"_s].toString(), u"Federal Id"_s);
        QCOMPARE(byMnemonic[u"anon"_s][u"friendly"_s].toString(), u"Anonymous"_s);
        QVERIFY(byMnemonic[u"anon"_s][u"keys"_s].toArray().isEmpty());
        bool anyAdmin = false;
        for (const QJsonObject &a : std::as_const(byMnemonic))
            anyAdmin = anyAdmin || a.value(u"admin"_s).toBool();
        QVERIFY(anyAdmin);
    }

    void unknownPathsAreNotImplemented()
    {
        const Http icat = get(u"/icat/no/such/call"_s);
        QCOMPARE(icat.status, 501);
        QCOMPARE(icat.code(), u"NOT_IMPLEMENTED"_s);
        QCOMPARE(icat.message(), u"Operation not implemented by this ICAT server."_s);
        const Http idsReply = get(u"/ids/noSuchCall"_s);
        QCOMPARE(idsReply.status, 501);
        QCOMPARE(idsReply.message(), u"Operation not implemented by this IDS server."_s);
    }

    // ------------------------------------------------------------------ ICAT: sessions

    void loginOutcomes()
    {
        const Http ok = login(u"simple"_s, u"alice"_s, u"alice-pw"_s);
        QCOMPARE(ok.status, 200);
        const QString id = ok.object().value(u"sessionId"_s).toString();
        QVERIFY2(kLowerUuid.match(id).hasMatch(), qPrintable(id));
        QVERIFY(id != m_alice); // a new session per login

        const Http wrong = login(u"simple"_s, u"alice"_s, u"not-her-password"_s);
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.code(), u"SESSION"_s);
        QCOMPARE(wrong.message(), u"The username and password do not match "_s);

        const Http plugin = login(u"kerberos"_s, u"alice"_s, u"alice-pw"_s);
        QCOMPARE(plugin.status, 403);
        QCOMPARE(plugin.code(), u"SESSION"_s);
        QCOMPARE(plugin.message(), u"Authenticator mnemonic kerberos not recognised"_s);

        const Http noJson = postForm(u"/icat/session"_s, {{u"other"_s, u"x"_s}});
        QCOMPARE(noJson.status, 400);
        QCOMPARE(noJson.code(), u"BAD_PARAMETER"_s);
        QCOMPARE(noJson.message(), u"json must not be null"_s);

        // user names are mechanism/username
        const QString carol = sessionOf(u"ldap"_s, u"carol"_s, u"carol-pw"_s);
        QCOMPARE(get(u"/icat/session/"_s + carol).object().value(u"userName"_s).toString(), u"ldap/carol"_s);
        const QString anon = sessionOf(u"anon"_s, QString(), QString());
        QCOMPARE(get(u"/icat/session/"_s + anon).object().value(u"userName"_s).toString(), u"anon/anon"_s);
        QCOMPARE(myInvestigations(anon).size(), 0);
    }

    void sessionInfoRefreshExpiryLogout()
    {
        const QString s = sessionOf(u"simple"_s, u"bob"_s, u"bob-pw"_s);
        const Http info = get(u"/icat/session/"_s + s);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.object().value(u"userName"_s).toString(), u"simple/bob"_s);
        const double remaining = info.object().value(u"remainingMinutes"_s).toDouble();
        QVERIFY2(remaining > kLifetime - 1 && remaining <= kLifetime, qPrintable(QString::number(remaining)));
        QCOMPARE(get(u"/icat/user/simple/bob"_s).object().value(u"loggedIn"_s).toBool(), true);

        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        const Http expired = get(u"/icat/session/"_s + s);
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.code(), u"SESSION"_s);
        QCOMPARE(expired.message(), u"Session id:%1 has expired"_s.arg(s));
        QCOMPARE(search(s, u"SELECT u FROM User u"_s).status, 403);
        QCOMPARE(get(u"/icat/user/simple/bob"_s).object().value(u"loggedIn"_s).toBool(), false);

        // refresh accepts the expired session and revives it
        QCOMPARE(send("PUT", url(u"/icat/session/"_s + s)).status, 204);
        QCOMPARE(get(u"/icat/session/"_s + s).status, 200);
        QCOMPARE(search(s, u"SELECT u FROM User u WHERE u.name = :user"_s).status, 200);

        QCOMPARE(send("DELETE", url(u"/icat/session/"_s + s)).status, 204);
        const Http gone = get(u"/icat/session/"_s + s);
        QCOMPARE(gone.status, 403);
        QCOMPARE(gone.message(), u"Unable to find user by sessionid: %1"_s.arg(s));
        QCOMPARE(search(QString(), u"SELECT u FROM User u"_s).message(),
                 u"Session Id cannot be null or empty."_s);

        // the shared sessions expired too: revive them for the other tests
        for (const QString &shared : {m_alice, m_bob, m_root})
            QCOMPARE(send("PUT", url(u"/icat/session/"_s + shared)).status, 204);
    }

    // ------------------------------------------------------------------ ICAT: queries

    void queryErrors()
    {
        // a missing query is reported before the session is looked at
        const Http noQuery = get(u"/icat/entityManager"_s, {{u"sessionId"_s, u"nonsense"_s}});
        QCOMPARE(noQuery.status, 400);
        QCOMPARE(noQuery.message(), u"query is not set"_s);

        const QStringList bad = {
            u"SELECT i FROM Investigation i LIMIT 10"_s,             // LIMIT needs both numbers
            u"SELECT i FROM Investigation i WHERE i.name = 'open"_s, // unterminated string
            u"SELECT x FROM NoSuchEntity x"_s,
            u"SELECT i FROM Investigation i WHERE"_s,
            u"SELECT i FROM Investigation i GROUP BY i.name"_s,
            u"DELETE FROM Investigation i"_s,
            u"SELECT i FROM Investigation i WHERE i.startDate > {ts 2024-01-01}"_s,
            u"SELECT COUNT(i) FROM Investigation i INCLUDE i.facility"_s,
        };
        for (const QString &q : bad) {
            const Http r = search(m_alice, q);
            QVERIFY2(r.status == 400 && r.code() == u"BAD_PARAMETER" && !r.message().isEmpty(),
                     qPrintable(q + u" -> "_s + r.describe()));
        }
        QCOMPARE(search(m_alice, u"SELECT i FROM Investigation i LIMIT 0, *"_s).status, 200);
    }

    void myInvestigationsPagedAndOrdered()
    {
        const QString base = u"SELECT DISTINCT i FROM Investigation i JOIN i.investigationUsers iu "
                             u"JOIN iu.user u WHERE u.name = :user"_s;
        const QJsonArray count =
            rows(m_alice, u"SELECT COUNT(DISTINCT i) FROM Investigation i "
                          u"JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user"_s);
        const qint64 total = count.at(0).toInteger();
        QVERIFY(total > 6);

        QList<qint64> paged;
        QList<QDateTime> starts;
        for (int offset = 0; offset < total + 4; offset += 4) {
            const QJsonArray page = rows(
                m_alice, base + u" ORDER BY i.startDate DESC, i.id LIMIT %1, 4 INCLUDE "
                                u"i.investigationInstruments.instrument, i.facility, i.type"_s.arg(offset));
            QVERIFY(page.size() <= 4);
            for (const QJsonValue &row : page) {
                QCOMPARE(row.toObject().keys(), QStringList{u"Investigation"_s});
                const QJsonObject inv = unwrap(row);
                paged.append(inv[u"id"_s].toInteger());
                starts.append(icatDate(inv[u"startDate"_s]));
                // included: nested without the class-name wrapper
                QVERIFY(!inv[u"facility"_s].toObject().value(u"name"_s).toString().isEmpty());
                QVERIFY(!inv[u"type"_s].toObject().value(u"name"_s).toString().isEmpty());
                const QJsonArray instruments = inv[u"investigationInstruments"_s].toArray();
                QVERIFY(!instruments.isEmpty());
                QVERIFY(!instruments.at(0)[u"instrument"_s][u"name"_s].toString().isEmpty());
                // not included: collections are [], nulls are omitted
                QVERIFY(inv[u"datasets"_s].isArray() && inv[u"datasets"_s].toArray().isEmpty());
                QVERIFY(inv[u"investigationUsers"_s].toArray().isEmpty());
                QVERIFY(!inv.contains(u"doi"_s));
                for (const QString &f : {u"createTime"_s, u"modTime"_s, u"startDate"_s, u"endDate"_s})
                    QVERIFY2(kIcatDate.match(inv[f].toString()).hasMatch(), qPrintable(inv[f].toString()));
                QVERIFY(kIcatDate.match(inv[u"facility"_s][u"createTime"_s].toString()).hasMatch());
            }
        }
        QCOMPARE(paged.size(), total);
        QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()).size(), total); // no row twice across pages
        const QList<qint64> mine = myInvestigations(m_alice);
        QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()), QSet<qint64>(mine.cbegin(), mine.cend()));
        for (qsizetype k = 1; k < starts.size(); ++k)
            QVERIFY2(starts.at(k - 1) >= starts.at(k), "ORDER BY i.startDate DESC");

        // the text filter the client adds (case-insensitive LIKE on title, name, visitId)
        const QJsonObject first = unwrap(rows(m_alice, base + u" ORDER BY i.id LIMIT 0, 1"_s).at(0));
        const QString word = first[u"title"_s].toString().section(u' ', 0, 0).toLower();
        const QString filter = u" AND (LOWER(i.title) LIKE '%%1%' OR LOWER(i.name) LIKE '%%1%' OR "
                               u"LOWER(i.visitId) LIKE '%%1%')"_s.arg(word);
        const QJsonArray filtered = rows(m_alice, base + filter + u" ORDER BY i.id LIMIT 0, 50"_s);
        QVERIFY(ids(filtered).contains(first[u"id"_s].toInteger()));
        for (const QJsonValue &row : filtered) {
            const QJsonObject inv = unwrap(row);
            QVERIFY(inv[u"title"_s].toString().toLower().contains(word) ||
                    inv[u"name"_s].toString().toLower().contains(word));
        }
        const QJsonArray filteredCount =
            rows(m_alice, u"SELECT COUNT(DISTINCT i) FROM Investigation i JOIN i.investigationUsers iu "
                          u"JOIN iu.user u WHERE u.name = :user"_s +
                              filter);
        QCOMPARE(filteredCount.at(0).toInteger(), filtered.size());
    }

    void permissionsFilterBeforeLimit()
    {
        const QList<qint64> alice = myInvestigations(m_alice);
        const QList<qint64> bob = myInvestigations(m_bob);
        const QList<qint64> all = ids(rows(m_root, u"SELECT i FROM Investigation i ORDER BY i.id"_s));
        QVERIFY(bob.size() >= 3);
        QVERIFY(all.size() > alice.size());
        // without a join, a user still sees only their own investigations; COUNT counts visible rows only
        QCOMPARE(ids(rows(m_bob, u"SELECT i FROM Investigation i ORDER BY i.id"_s)), bob);
        QCOMPARE(rows(m_bob, u"SELECT COUNT(i) FROM Investigation i"_s).at(0).toInteger(), bob.size());
        QCOMPARE(rows(m_root, u"SELECT COUNT(i) FROM Investigation i"_s).at(0).toInteger(), all.size());

        // filtering happens before LIMIT, so the page is full of bob's rows
        QVERIFY2(all.mid(0, 3) != bob.mid(0, 3), "the test needs others' investigations before bob's");
        QCOMPARE(ids(rows(m_bob, u"SELECT i FROM Investigation i ORDER BY i.id LIMIT 0, 3"_s)),
                 bob.mid(0, 3));
        QCOMPARE(ids(rows(m_bob, u"SELECT i FROM Investigation i ORDER BY i.id LIMIT 1, 2"_s)),
                 bob.mid(1, 2));

        qint64 hidden = 0;
        for (qint64 id : all)
            if (!alice.contains(id))
                hidden = id;
        QVERIFY(hidden > 0);
        const Http forbidden = getById(m_alice, u"Investigation"_s, hidden);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.code(), u"INSUFFICIENT_PRIVILEGES"_s);
        QCOMPARE(forbidden.message(), u"READ access to this Investigation is not allowed."_s);
        QCOMPARE(getById(m_root, u"Investigation"_s, hidden).status, 200);
        const qint64 missing = all.last() + 50'000'000;
        const Http notFound = getById(m_alice, u"Investigation"_s, missing);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.code(), u"NO_SUCH_OBJECT_FOUND"_s);
        QCOMPARE(notFound.message(), u"Investigation[id:%1] not found."_s.arg(missing));

        // datasets and datafiles of a hidden investigation are invisible, found by id they are 403
        const QString dsQuery = u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = %1"_s.arg(hidden);
        const QJsonArray hiddenDatasets = rows(m_root, dsQuery);
        QVERIFY(!hiddenDatasets.isEmpty());
        QCOMPARE(rows(m_alice, dsQuery).size(), 0);
        QCOMPARE(
            rows(m_alice, u"SELECT COUNT(ds) FROM Dataset ds WHERE ds.investigation.id = %1"_s.arg(hidden))
                .at(0)
                .toInteger(),
            0);
        const qint64 hiddenDataset = unwrap(hiddenDatasets.at(0))[u"id"_s].toInteger();
        QCOMPARE(getById(m_alice, u"Dataset"_s, hiddenDataset).status, 403);
        const QJsonArray hiddenFiles =
            rows(m_root, u"SELECT df FROM Datafile df WHERE df.dataset.id = %1"_s.arg(hiddenDataset));
        QVERIFY(!hiddenFiles.isEmpty());
        QCOMPARE(getById(m_alice, u"Datafile"_s, unwrap(hiddenFiles.at(0))[u"id"_s].toInteger()).status, 403);

        // reference tables are public
        QVERIFY(!rows(m_bob, u"SELECT f FROM Facility f"_s).isEmpty());
        const QJsonArray me = rows(m_alice, u"SELECT u FROM User u WHERE u.name = :user"_s);
        QCOMPARE(me.size(), 1);
        QCOMPARE(unwrap(me.at(0))[u"name"_s].toString(), u"simple/alice"_s);
        QVERIFY(unwrap(me.at(0))[u"investigationUsers"_s].isArray());
        const QJsonArray nexus = rows(
            m_bob, u"SELECT f FROM DatafileFormat f WHERE f.facility.name = 'ISIS' AND f.name = 'nexus'"_s);
        QCOMPARE(nexus.size(), 1);
    }

    void datasetsDatafilesAndGetForms()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const qint64 invId = mari[u"investigation"_s][u"id"_s].toInteger();
        QVERIFY(invId > 0);
        QCOMPARE(mari[u"investigation"_s][u"facility"_s][u"name"_s].toString(), u"ISIS"_s);
        QVERIFY(!mari[u"investigation"_s].toObject().contains(u"Investigation"_s)); // no inner wrapper

        const QJsonArray datasets =
            rows(m_alice, u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = %1 ORDER BY ds.name, ds.id "
                          u"LIMIT 0, 100 INCLUDE ds.type"_s.arg(invId));
        QVERIFY(datasets.size() >= 2);
        QStringList names;
        for (const QJsonValue &row : datasets) {
            names << unwrap(row)[u"name"_s].toString();
            QVERIFY(!unwrap(row)[u"type"_s][u"name"_s].toString().isEmpty());
            QVERIFY(!unwrap(row).contains(u"investigation"_s)); // a relation not included is omitted
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(
            rows(m_alice, u"SELECT COUNT(ds) FROM Dataset ds WHERE ds.investigation.id = %1"_s.arg(invId))
                .at(0)
                .toInteger(),
            datasets.size());

        // several columns: one array per row
        const QJsonArray columns =
            rows(m_alice, u"SELECT ds.id, ds.name FROM Dataset ds WHERE "
                          u"ds.investigation.id = %1 ORDER BY ds.name, ds.id"_s.arg(invId));
        QCOMPARE(columns.size(), datasets.size());
        QCOMPARE(columns.at(0).toArray().at(1).toString(), names.first());
        QCOMPARE(columns.at(0).toArray().at(0).toInteger(), unwrap(datasets.at(0))[u"id"_s].toInteger());

        // datafiles with their format, and the dataset's totals agree with them
        const QJsonArray files = datafilesOf(mari[u"id"_s].toInteger());
        QVERIFY(!files.isEmpty());
        qint64 sum = 0;
        for (const QJsonValue &row : files) {
            const QJsonObject df = unwrap(row);
            QVERIFY(df[u"name"_s].toString().startsWith(u"MAR"_s));
            QVERIFY(!df[u"datafileFormat"_s][u"name"_s].toString().isEmpty());
            QVERIFY(!df[u"location"_s].toString().isEmpty());
            sum += df[u"fileSize"_s].toInteger();
        }
        QCOMPARE(mari[u"fileSize"_s].toInteger(), sum);
        QCOMPARE(mari[u"fileCount"_s].toInteger(), files.size());

        // get by id: plain, with an alias and INCLUDE, and INCLUDE 1
        const qint64 dsId = mari[u"id"_s].toInteger();
        const Http plain = getById(m_alice, u"Dataset"_s, dsId);
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.object().keys(), QStringList{u"Dataset"_s}); // one object, not an array
        QVERIFY(!plain.object()[u"Dataset"_s].toObject().contains(u"investigation"_s));
        QVERIFY(plain.object()[u"Dataset"_s][u"datafiles"_s].toArray().isEmpty());
        const Http withInv = getById(m_alice, u"Dataset ds INCLUDE ds.investigation"_s, dsId);
        QCOMPARE(withInv.object()[u"Dataset"_s][u"investigation"_s][u"id"_s].toInteger(), invId);
        const Http withFiles = getById(m_alice, u"Dataset ds INCLUDE ds.datafiles"_s, dsId);
        QCOMPARE(withFiles.object()[u"Dataset"_s][u"datafiles"_s].toArray().size(), files.size());
        const Http one = getById(m_alice, u"Investigation INCLUDE 1"_s, invId);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object()[u"Investigation"_s][u"facility"_s][u"name"_s].toString(), u"ISIS"_s);
        QVERIFY(one.object()[u"Investigation"_s][u"type"_s].isObject());
        QVERIFY(one.object()[u"Investigation"_s][u"datasets"_s].toArray().isEmpty());
        QCOMPARE(getById(m_alice, u"Datafile"_s, dsId).status, 404); // an id of another type
    }

    void conditions()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const qint64 invId = mari[u"investigation"_s][u"id"_s].toInteger();
        const QString in = u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = %1 AND "_s.arg(invId);
        QCOMPARE(rows(m_alice, in + u"ds.name LIKE 'MAR_ run data'"_s).size(), 1);
        QCOMPARE(rows(m_alice, in + u"ds.name LIKE 'MAR_run data'"_s).size(), 0);
        QCOMPARE(rows(m_alice, in + u"UPPER(ds.name) = 'MARI RUN DATA'"_s).size(), 1);
        const qint64 all = rows(m_alice, in + u"ds.id > 0"_s).size();
        QCOMPARE(rows(m_alice, in + u"NOT ds.name = 'MARI run data'"_s).size(), all - 1);
        QCOMPARE(rows(m_alice, in + u"ds.name <> 'MARI run data'"_s).size(), all - 1);
        QCOMPARE(rows(m_alice, in + u"ds.id IN (%1, 0)"_s.arg(mari[u"id"_s].toInteger())).size(), 1);
        QCOMPARE(rows(m_alice, in + u"(ds.id >= %1 AND ds.id <= %1)"_s.arg(mari[u"id"_s].toInteger())).size(),
                 1);

        // timestamps: compare with what the dates say
        const QDateTime cut(QDate(2025, 1, 1), QTime(0, 0)); // {ts} is in the server's local time
        qint64 after = 0;
        for (const QJsonValue &row : rows(m_alice, u"SELECT i FROM Investigation i"_s))
            after += icatDate(unwrap(row)[u"startDate"_s]) > cut;
        QCOMPARE(rows(m_alice,
                      u"SELECT COUNT(i) FROM Investigation i WHERE i.startDate > {ts 2025-01-01 00:00:00}"_s)
                     .at(0)
                     .toInteger(),
                 after);

        // ORDER BY DESC deep inside the 100,000-file dataset
        const QJsonObject scan = aliceDataset(u"WISH long scan"_s);
        const QString files =
            u"SELECT df FROM Datafile df WHERE df.dataset.id = %1 "_s.arg(scan[u"id"_s].toInteger());
        QCOMPARE(rows(m_alice, u"SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = %1"_s.arg(
                                   scan[u"id"_s].toInteger()))
                     .at(0)
                     .toInteger(),
                 100000);
        const QJsonArray deep = rows(m_alice, files + u"ORDER BY df.name DESC, df.id LIMIT 50000, 5"_s);
        QCOMPARE(deep.size(), 5);
        for (qsizetype k = 1; k < deep.size(); ++k)
            QVERIFY(unwrap(deep.at(k - 1))[u"name"_s].toString() > unwrap(deep.at(k))[u"name"_s].toString());
        const QJsonArray tail = rows(m_alice, files + u"ORDER BY df.name, df.id LIMIT 99998, 10"_s);
        QCOMPARE(tail.size(), 2);
    }

    void maxEntitiesGives412()
    {
        const Http tooMany = search(m_alice, u"SELECT df FROM Datafile df"_s);
        QCOMPARE(tooMany.status, 412);
        QCOMPARE(tooMany.code(), u"VALIDATION"_s);
        QCOMPARE(tooMany.message(), u"attempt to process more than 10000 entities"_s);
        QCOMPARE(search(m_alice, u"SELECT df FROM Datafile df LIMIT 0, *"_s).status, 412);
        QCOMPARE(rows(m_alice, u"SELECT df FROM Datafile df ORDER BY df.id LIMIT 0, 10"_s).size(), 10);
        QVERIFY(rows(m_alice, u"SELECT COUNT(df) FROM Datafile df"_s).at(0).toInteger() > 100000);

        // INCLUDEd objects count as well
        const Http included = search(
            m_alice, u"SELECT ds FROM Dataset ds WHERE ds.name = 'WISH long scan' INCLUDE ds.datafiles"_s);
        QCOMPARE(included.status, 412);
        QCOMPARE(included.message(), u"attempt to return more than 10000 entities"_s);
    }

    void createAndQuotes()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const qint64 invId = mari[u"investigation"_s][u"id"_s].toInteger();
        const QString name = u"Alice's sample % 2"_s;
        auto create = [&](const QString &session, const QString &dsName, qint64 inv) {
            const QJsonArray entities{
                QJsonObject{{u"Dataset"_s, QJsonObject{{u"name"_s, dsName},
                                                       {u"complete"_s, false},
                                                       {u"startDate"_s, u"2025-05-01T09:00:00.000+01:00"_s},
                                                       {u"investigation"_s, QJsonObject{{u"id"_s, inv}}}}}}};
            return postForm(u"/icat/entityManager"_s,
                            {{u"sessionId"_s, session},
                             {u"entities"_s, QString::fromUtf8(QJsonDocument(entities).toJson())}});
        };
        const Http created = create(m_alice, name, invId);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.array().size(), 1);
        const qint64 newId = created.array().at(0).toInteger();

        const Http again = create(m_alice, name, invId);
        QCOMPARE(again.status, 412);
        QCOMPARE(again.code(), u"OBJECT_ALREADY_EXISTS"_s);
        QCOMPARE(again.object()[u"offset"_s].toInt(), 0);
        if (!myInvestigations(m_bob).contains(invId))
            QCOMPARE(create(m_bob, u"bob's"_s, invId).status, 403);
        QCOMPARE(create(m_alice, u"x"_s, invId + 50'000'000).status, 403);

        // the quote is doubled inside a JPQL string
        const QJsonArray found =
            rows(m_alice, u"SELECT ds FROM Dataset ds WHERE ds.name = 'Alice''s sample % 2' "
                          u"INCLUDE ds.type"_s);
        QCOMPARE(ids(found), QList<qint64>{newId});
        QCOMPARE(unwrap(found.at(0))[u"complete"_s].toBool(), false);
        QVERIFY(unwrap(found.at(0))[u"type"_s].isObject());
        QCOMPARE(icatDate(unwrap(found.at(0))[u"startDate"_s]),
                 QDateTime(QDate(2025, 5, 1), QTime(8, 0), QTimeZone::UTC));
        QCOMPARE(
            rows(m_alice, u"SELECT ds FROM Dataset ds WHERE LOWER(ds.name) LIKE '%''s sample%'"_s).size(), 1);
        QCOMPARE(rows(m_alice, u"SELECT ds FROM Dataset ds WHERE ds.name = 'Alice''s'"_s).size(), 0);
        QCOMPARE(rows(m_alice, u"SELECT ds FROM Dataset ds WHERE ds.name = 'O''Brien'' ''s'"_s).size(), 0);
    }

    void lyingServerHook()
    {
        QVERIFY(m_emulator->admin(u"lie-next"_s, u"path=/icat/entityManager&status=200&body=%7B%22broken"_s));
        const Http lie = search(m_alice, u"SELECT u FROM User u WHERE u.name = :user"_s);
        QCOMPARE(lie.status, 200);
        QCOMPARE(lie.body, QByteArray("{\"broken"));
        const Http honest = search(m_alice, u"SELECT u FROM User u WHERE u.name = :user"_s);
        QCOMPARE(honest.array().size(), 1);
    }

    // ------------------------------------------------------------------ IDS

    void idsServiceCalls()
    {
        const Http ping = get(u"/ids/ping"_s);
        QCOMPARE(ping.status, 200);
        QCOMPARE(ping.body, QByteArray("IdsOK"));
        QVERIFY(!get(u"/ids/version"_s).object().value(u"version"_s).toString().isEmpty());
        QCOMPARE(get(u"/ids/isTwoLevel"_s).body, QByteArray("false"));

        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        const QJsonArray files = datafilesOf(mari[u"id"_s].toInteger());
        QSet<qint64> expected;
        for (const QJsonValue &row : files)
            expected.insert(unwrap(row)[u"id"_s].toInteger());
        const Http size = idsGet(u"getSize"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}});
        QCOMPARE(size.status, 200);
        QCOMPARE(size.body.toLongLong(), mari[u"fileSize"_s].toInteger());
        QCOMPARE(idsGet(u"getStatus"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}}).body,
                 QByteArray("ONLINE"));
        QCOMPARE(idsGet(u"getStatus"_s, {{u"datasetIds"_s, dsId}}).body, QByteArray("ONLINE")); // anonymous
        QSet<qint64> listed;
        for (const QJsonValue &v :
             idsGet(u"getDatafileIds"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}})
                 .object()[u"ids"_s]
                 .toArray())
            listed.insert(v.toInteger());
        QCOMPARE(listed, expected);
    }

    void idsErrors()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        const Http notUuid = idsGet(u"getSize"_s, {{u"sessionId"_s, u"abc"_s}, {u"datasetIds"_s, dsId}});
        QCOMPARE(notUuid.status, 400);
        QCOMPARE(notUuid.code(), u"BadRequestException"_s);
        QCOMPARE(notUuid.message(), u"The sessionId parameter 'abc' is not a valid UUID"_s);
        QCOMPARE(idsGet(u"getSize"_s, {{u"sessionId"_s, m_alice.toUpper()}, {u"datasetIds"_s, dsId}}).status,
                 400);
        const Http unknown =
            idsGet(u"getData"_s, {{u"sessionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {u"datasetIds"_s, dsId}});
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.code(), u"InsufficientPrivilegesException"_s);
        const Http list =
            idsGet(u"getSize"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId + u",x"_s}});
        QCOMPARE(list.status, 400);
        QCOMPARE(list.code(), u"BadRequestException"_s);
        QVERIFY(list.message().contains(u"comma separated list of longs"_s));

        // permissions: bob's private dataset is 403 to alice, a missing one 404, a hidden investigation
        // nothing
        const QList<qint64> alice = myInvestigations(m_alice);
        qint64 hiddenInv = 0;
        for (qint64 id : myInvestigations(m_bob))
            if (!alice.contains(id))
                hiddenInv = id;
        QVERIFY(hiddenInv > 0);
        const QJsonArray hiddenDs =
            rows(m_bob, u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = %1"_s.arg(hiddenInv));
        const qint64 hiddenDsId = unwrap(hiddenDs.at(0))[u"id"_s].toInteger();
        const Http forbidden =
            idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, QString::number(hiddenDsId)}});
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.code(), u"InsufficientPrivilegesException"_s);
        const QJsonArray hiddenFiles =
            rows(m_bob, u"SELECT df FROM Datafile df WHERE df.dataset.id = %1"_s.arg(hiddenDsId));
        QCOMPARE(idsGet(u"getData"_s,
                        {{u"sessionId"_s, m_alice},
                         {u"datafileIds"_s, QString::number(unwrap(hiddenFiles.at(0))[u"id"_s].toInteger())}})
                     .status,
                 403);
        const Http missing =
            idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, u"987654321"_s}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), u"NotFoundException"_s);
        const Http hiddenInvZip = idsGet(
            u"getData"_s, {{u"sessionId"_s, m_alice}, {u"investigationIds"_s, QString::number(hiddenInv)}});
        QCOMPARE(hiddenInvZip.status, 200);
        QString zipError;
        QVERIFY(zipContents(hiddenInvZip.body, &zipError).isEmpty());
        QVERIFY2(hiddenInvZip.body.startsWith("PK"), "an empty ZIP, not an error");

        // an expired ICAT session is a 403 at IDS
        const QString s = sessionOf(u"simple"_s, u"alice"_s, u"alice-pw"_s);
        QVERIFY(m_emulator->admin(u"expire-sessions"_s));
        const Http expired = idsGet(u"getData"_s, {{u"sessionId"_s, s}, {u"datasetIds"_s, dsId}});
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.code(), u"InsufficientPrivilegesException"_s);
        for (const QString &shared : {m_alice, m_bob, m_root})
            QCOMPARE(send("PUT", url(u"/icat/session/"_s + shared)).status, 204);
    }

    void rawDownloadAndRange()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QJsonObject df = unwrap(datafilesOf(mari[u"id"_s].toInteger()).at(0));
        const QString id = QString::number(df[u"id"_s].toInteger());
        const qint64 size = df[u"fileSize"_s].toInteger();
        QVERIFY(size > 1000);

        const Http full = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}});
        QCOMPARE(full.status, 200);
        QCOMPARE(full.body.size(), size);
        QCOMPARE(full.header("Content-Length").toLongLong(), size);
        QCOMPARE(full.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(full.header("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(full.header("Content-Disposition"),
                 "attachment; filename=\"" + df[u"name"_s].toString().toUtf8() + '"');
        // content is deterministic and matches ICAT's checksum (hex CRC32)
        QCOMPARE(idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}}).body, full.body);
        QCOMPARE(QString::number(daas::support::Crc32::of(full.body), 16), df[u"checksum"_s].toString());

        const Http part = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}},
                                 {{"Range", "bytes=1000-"}});
        QCOMPARE(part.status, 206);
        QVERIFY(!part.headers.contains("content-range"));
        QCOMPARE(part.header("Content-Length").toLongLong(), size - 1000);
        QCOMPARE(part.body, full.body.mid(1000));
        for (const QByteArray &bad :
             {QByteArray("bytes=0-10"), QByteArray("bytes=-500"), QByteArray("items=5-")}) {
            const Http r =
                idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}}, {{"Range", bad}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), u"BadRequestException"_s);
        }

        // a connection cut after N body bytes: a clean prefix, then an error
        QVERIFY(m_emulator->admin(u"drop-next-download"_s, u"after=700"_s));
        const Http cut = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}});
        // Qt sometimes ends a cut body without an error: then it is shorter than its Content-Length
        QVERIFY(cut.error != QNetworkReply::NoError ||
                (cut.header("Content-Length").toLongLong() == size && cut.body.size() < size));
        QVERIFY(cut.body.size() <= 700);
        QCOMPARE(cut.body, full.body.left(cut.body.size()));
        QCOMPARE(idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}}).body, full.body);
    }

    // The test switch behind "damaged bytes are caught": IDS serves one datafile with a byte altered, same
    // size, ICAT's checksum unchanged; ranges around the damage are what the damaged file holds there.
    void corruptDatafileHook()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QJsonObject df = unwrap(datafilesOf(mari[u"id"_s].toInteger()).at(1));
        const QString id = QString::number(df[u"id"_s].toInteger());
        const qint64 size = df[u"fileSize"_s].toInteger();
        const Http clean = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}});
        QCOMPARE(clean.body.size(), size);
        QCOMPARE(QString::number(daas::support::Crc32::of(clean.body), 16), df[u"checksum"_s].toString());

        QVERIFY(m_emulator->admin(u"corrupt-datafile"_s, u"id="_s + id));
        const Http damaged = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}});
        QCOMPARE(damaged.status, 200);
        QCOMPARE(damaged.body.size(), size);
        QCOMPARE(damaged.header("Content-Length").toLongLong(), size);
        int differing = 0;
        for (qint64 i = 0; i < size; ++i)
            differing += damaged.body.at(i) != clean.body.at(i);
        QCOMPARE(differing, 1);
        QVERIFY(damaged.body.at(size / 2) != clean.body.at(size / 2));
        QVERIFY(QString::number(daas::support::Crc32::of(damaged.body), 16) != df[u"checksum"_s].toString());
        // ICAT still describes the good file
        QCOMPARE(unwrap(getById(m_alice, u"Datafile"_s, df[u"id"_s].toInteger()).json())[u"checksum"_s],
                 df[u"checksum"_s]);
        const Http tail = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}},
                                 {{"Range", "bytes=" + QByteArray::number(size / 4) + '-'}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, damaged.body.mid(size / 4));
        // a Range at or past the end: 206, nothing, Content-Length 0 (IDS: max(0, fileSize - offset))
        for (const qint64 at : {size, size + 100}) {
            const Http end = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}},
                                    {{"Range", "bytes=" + QByteArray::number(at) + '-'}});
            QCOMPARE(end.status, 206);
            QVERIFY(end.body.isEmpty());
            QCOMPARE(end.header("Content-Length"), QByteArray("0"));
        }
        QCOMPARE(m_emulator->admin(u"corrupt-datafile"_s, u"id=999999999"_s), false);
        QVERIFY(m_emulator->admin(u"reset"_s));
        QCOMPARE(idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, id}}).body, clean.body);
    }

    void zipLayoutAndPrepared()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QJsonObject inv = mari[u"investigation"_s].toObject();
        const QJsonArray files = datafilesOf(mari[u"id"_s].toInteger());
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        QHash<QString, QByteArray> expected;
        for (const QJsonValue &row : files) {
            const QJsonObject df = unwrap(row);
            // URL-encoded facility, investigation, visit and dataset: "MARI run data" -> MARI+run+data
            const QString path = u"ids/ISIS/%1/%2/MARI+run+data/%3"_s.arg(
                inv[u"name"_s].toString(), inv[u"visitId"_s].toString(), df[u"name"_s].toString());
            expected.insert(
                path, idsGet(u"getData"_s, {{u"sessionId"_s, m_alice},
                                            {u"datafileIds"_s, QString::number(df[u"id"_s].toInteger())}})
                          .body);
        }

        const Http zip = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}});
        QCOMPARE(zip.status, 200);
        static const QRegularExpression zipName(
            u"^attachment; filename=\"\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}\\.zip\"$"_s);
        QVERIFY2(zipName.match(QString::fromLatin1(zip.header("Content-Disposition"))).hasMatch(),
                 zip.header("Content-Disposition").constData());
        QString error;
        const QHash<QString, QByteArray> entries = zipContents(zip.body, &error);
        QVERIFY2(!entries.isEmpty(), qPrintable(error));
        QCOMPARE(QSet<QString>(entries.keyBegin(), entries.keyEnd()),
                 QSet<QString>(expected.keyBegin(), expected.keyEnd()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(entries.value(it.key()) == it.value(), qPrintable(it.key()));

        // Range applies to the generated ZIP stream
        const Http zipTail = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}},
                                    {{"Range", "bytes=100-"}});
        QCOMPARE(zipTail.status, 206);
        QCOMPARE(zipTail.body, zip.body.mid(100));

        // several datafiles, or one with zip=true, are zipped too; outname gets .zip
        QStringList fileIds;
        for (const QJsonValue &row : files)
            fileIds << QString::number(unwrap(row)[u"id"_s].toInteger());
        const Http two = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice},
                                               {u"datafileIds"_s, fileIds.mid(0, 2).join(u", "_s)},
                                               {u"outname"_s, u"my data"_s}});
        QCOMPARE(two.header("Content-Disposition"), QByteArray("attachment; filename=\"my data.zip\""));
        QCOMPARE(zipContents(two.body).size(), 2);
        QCOMPARE(zipContents(idsGet(u"getData"_s, {{u"sessionId"_s, m_alice},
                                                   {u"datafileIds"_s, fileIds.first()},
                                                   {u"zip"_s, u"true"_s}})
                                 .body)
                     .size(),
                 1);

        // prepareData: the preparedId is a bearer token (no session afterwards)
        const Http prepared =
            postForm(u"/ids/prepareData"_s,
                     {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}, {u"zip"_s, u"true"_s}});
        QCOMPARE(prepared.status, 200);
        const QString preparedId = QString::fromLatin1(prepared.body);
        QVERIFY2(kLowerUuid.match(preparedId).hasMatch(), prepared.body.constData());
        QCOMPARE(idsGet(u"isPrepared"_s, {{u"preparedId"_s, preparedId}}).body, QByteArray("true"));
        QCOMPARE(idsGet(u"getSize"_s, {{u"preparedId"_s, preparedId}}).body.toLongLong(),
                 mari[u"fileSize"_s].toInteger());
        const Http byToken = idsGet(u"getData"_s, {{u"preparedId"_s, preparedId}, {u"outname"_s, u"mari"_s}});
        QCOMPARE(byToken.status, 200);
        QCOMPARE(byToken.header("Content-Disposition"), QByteArray("attachment; filename=\"mari.zip\""));
        QCOMPARE(zipContents(byToken.body), entries);
        QCOMPARE(idsGet(u"getData"_s, {{u"preparedId"_s, u"NOT-A-UUID"_s}}).status, 400);
        QCOMPARE(idsGet(u"getData"_s, {{u"preparedId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                     .status,
                 404);

        // a dataset with a single file is still a ZIP
        const QJsonObject reduced = aliceDataset(u"Reduced data"_s);
        QCOMPARE(reduced[u"fileCount"_s].toInteger(), 1);
        const Http single =
            idsGet(u"getData"_s, {{u"sessionId"_s, m_alice},
                                  {u"datasetIds"_s, QString::number(reduced[u"id"_s].toInteger())}});
        QCOMPARE(zipContents(single.body).size(), 1);
    }

    // IdsBean.getData: Content-Length only for one unzipped datafile asked for with a session; a ZIP, or
    // anything asked for with a preparedId, is streamed chunked; "bytes=0-" is offset 0, hence 200
    void lengthChunkingAndRangeAsIdsAnswers()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        const QJsonObject df = unwrap(datafilesOf(mari[u"id"_s].toInteger()).at(0));
        const QString dfId = QString::number(df[u"id"_s].toInteger());
        const qint64 size = df[u"fileSize"_s].toInteger();

        const Http single = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, dfId}});
        QCOMPARE(single.header("Content-Length").toLongLong(), size);
        QVERIFY(single.header("Transfer-Encoding").isEmpty());

        const Http zip = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}});
        QCOMPARE(zip.status, 200);
        QVERIFY2(zip.header("Content-Length").isEmpty(), zip.header("Content-Length").constData());
        QCOMPARE(zip.header("Transfer-Encoding").toLower(), QByteArray("chunked"));
        const Http zipTail = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}},
                                    {{"Range", "bytes=1000-"}});
        QCOMPARE(zipTail.status, 206);
        QVERIFY(zipTail.header("Content-Length").isEmpty() && zipTail.header("Content-Range").isEmpty());
        QCOMPARE(zipTail.body, zip.body.mid(1000));

        // Range from 0 is no offset: 200, and the whole file
        const Http fromZero = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, dfId}},
                                     {{"Range", "bytes=0-"}});
        QCOMPARE(fromZero.status, 200);
        QCOMPARE(fromZero.body, single.body);

        // the preparedId overload sets no Content-Length, even for one raw datafile
        const Http prepared =
            postForm(u"/ids/prepareData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, dfId}});
        const Http byToken = idsGet(u"getData"_s, {{u"preparedId"_s, QString::fromLatin1(prepared.body)}});
        QCOMPARE(byToken.status, 200);
        QVERIFY(byToken.header("Content-Length").isEmpty());
        QCOMPARE(byToken.body, single.body);

        // the proxy hook: a Range that never reaches IDS is answered 200 with everything
        QVERIFY(m_emulator->admin(u"ignore-range-next"_s));
        const Http ignored = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, dfId}},
                                    {{"Range", "bytes=1000-"}});
        QCOMPARE(ignored.status, 200);
        QCOMPARE(ignored.body, single.body);
    }

    // java.util.zip.ZipOutputStream at level 0: DEFLATED entries (stored blocks), sizes and CRC in a data
    // descriptor after each entry's data, zeros in the local header; compress=true deflates for real
    void zipIsLaidOutAsJavaWritesIt()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        const qint64 files = mari[u"fileCount"_s].toInteger();
        QVERIFY(files > 1);
        for (const QString &compress : {u"false"_s, u"true"_s}) {
            const Http zip =
                idsGet(u"getData"_s,
                       {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}, {u"compress"_s, compress}});
            QCOMPARE(zip.status, 200);
            const ZipLayout z =
                readZipLayout(zip.body.size(), [&](qint64 at, qint64 n) { return zip.body.mid(at, n); });
            QVERIFY2(z.error.isEmpty(), qPrintable(z.error));
            QCOMPARE(z.entries, quint64(files));
            QCOMPARE(z.deflated, int(files));
            QCOMPARE(z.descriptors, int(files));
            QVERIFY(!z.zip64End);
            QCOMPARE(z.zip64Extras, 0);
            QString error;
            QCOMPARE(zipContents(zip.body, &error).size(), files);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // level 0 (IDS's default) is all stored blocks; compress=true really deflates
            QCOMPARE(z.levelZero, compress == u"true" ? 0 : int(files));
        }
    }

    // Java switches to ZIP64 at 65,535 entries: ZIP64 end record and locator, 0xFFFF in the classic record
    void zip64PastTheEntryLimit()
    {
        const QJsonObject scan = aliceDataset(u"WISH long scan"_s);
        QCOMPARE(scan[u"fileCount"_s].toInteger(), 100000);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"scan.zip"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QNetworkRequest request(
            url(u"/ids/getData"_s,
                {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, QString::number(scan[u"id"_s].toInteger())}}));
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::readyRead, this, [&] { file.write(reply->readAll()); });
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 300000));
        file.write(reply->readAll());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->rawHeader("Content-Length").isEmpty());
        delete reply;
        const ZipLayout z = readZipLayout(file.size(), [&](qint64 at, qint64 n) {
            file.seek(at);
            return file.read(n);
        });
        QVERIFY2(z.error.isEmpty(), qPrintable(z.error));
        QVERIFY(z.zip64End);
        QCOMPARE(z.classicCount, quint64(0xffff));
        QCOMPARE(z.entries, quint64(100000));
        QCOMPARE(z.deflated, 100000);
        QCOMPARE(z.descriptors, 100000);
    }

    // ICAT names the attribute or relation it does not know, in its parser's words (FromClause,
    // IncludeClause, EntityInfoHandler) or EclipseLink's (WHERE and ORDER BY, through JpqlChecker)
    void unknownNamesAreRefusedWithIcatsWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("where attribute") << u"SELECT ds FROM Dataset ds WHERE ds.nme = 'x'"_s
                                         << u"The state field path 'ds.nme' cannot be resolved"_s;
        QTest::newRow("where relation") << u"SELECT ds FROM Dataset ds WHERE ds.investigaton.id = 1"_s
                                        << u"The state field path 'ds.investigaton.id' cannot be resolved"_s;
        QTest::newRow("order by")
            << u"SELECT ds FROM Dataset ds ORDER BY ds.size, ds.id LIMIT 0, 10"_s
            << u"Problem compiling [SELECT ds FROM Dataset ds ORDER BY ds.size , ds.id]"_s;
        QTest::newRow("where collection") << u"SELECT i FROM Investigation i WHERE i.datasets.name = 'x'"_s
                                          << u"The state field path 'i.datasets.name' cannot be resolved"_s;
        QTest::newRow("select") << u"SELECT ds.title FROM Dataset ds"_s << u"Dataset has no field title"_s;
        QTest::newRow("join") << u"SELECT i FROM Investigation i JOIN i.users u"_s
                              << u"Investigation has no relationship field users"_s;
        QTest::newRow("include") << u"SELECT ds FROM Dataset ds INCLUDE ds.files"_s
                                 << u"Problem with INCLUDE clause: files is not a field of Dataset"_s;
        QTest::newRow("from") << u"SELECT d FROM DataSet d"_s
                              << u"No information to determine type of DataSet in the FROM clause"_s;
    }
    void unknownNamesAreRefusedWithIcatsWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const Http r = search(m_alice, query);
        QVERIFY2(r.status == 400 && r.code() == u"BAD_PARAMETER" && r.message().contains(message),
                 qPrintable(r.describe()));
        QCOMPARE(r.object().keys(), QStringList({u"code"_s, u"message"_s}));
        // get by id: the entity name and the INCLUDE
        QCOMPARE(getById(m_alice, u"Dataset ds INCLUDE ds.files"_s, 1).message(),
                 u"Problem with INCLUDE clause: files is not a field of Dataset"_s);
        QCOMPARE(getById(m_alice, u"DataSet"_s, 1).message(), u"DataSet is not an ICAT entity"_s);
    }

    // entity bodies: unknown entities and fields, also inside a related object (parseEntity)
    void unknownNamesInEntityBodiesAreRefused()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const qint64 invId = mari[u"investigation"_s].toObject()[u"id"_s].toInteger();
        auto write = [&](const QJsonObject &entity) {
            return postForm(
                u"/icat/entityManager"_s,
                {{u"sessionId"_s, m_alice},
                 {u"entities"_s, QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Compact))}});
        };
        const Http unknownEntity = write({{u"DataSet"_s, QJsonObject{{u"name"_s, u"x"_s}}}});
        QCOMPARE(unknownEntity.status, 400);
        QCOMPARE(unknownEntity.message(), u"DataSet is not an ICAT entity"_s);
        QCOMPARE(unknownEntity.object()[u"offset"_s].toInt(-1), 0);
        const Http nested =
            write({{u"Dataset"_s,
                    QJsonObject{{u"name"_s, u"strict nested"_s},
                                {u"investigation"_s, QJsonObject{{u"id"_s, invId}, {u"titel"_s, u"x"_s}}}}}});
        QCOMPARE(nested.status, 400);
        QCOMPARE(nested.code(), u"BAD_PARAMETER"_s);
        QCOMPARE(nested.message(), u"Field titel not found in Investigation"_s);
        const Http top =
            write({{u"Dataset"_s, QJsonObject{{u"name"_s, u"strict top"_s},
                                              {u"investigation"_s, QJsonObject{{u"id"_s, invId}}},
                                              {u"size"_s, 3}}}});
        QCOMPARE(top.message(), u"Field size not found in Dataset"_s);
    }

    // two-level storage: getData 503 DataNotOnlineException until prepareData/isPrepared see it online
    void twoLevelStorageRefusesUntilRestored()
    {
        QVERIFY(m_emulator->admin(u"two-level"_s, u"on=1&restoreMs=-1"_s));
        QCOMPARE(idsGet(u"isTwoLevel"_s, {}).body, QByteArray("true"));
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        const QList<std::pair<QString, QString>> sel{{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}};
        QCOMPARE(idsGet(u"getStatus"_s, sel).body, QByteArray("ARCHIVED"));
        const Http refused = idsGet(u"getData"_s, sel);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.code(), u"DataNotOnlineException"_s);
        QCOMPARE(refused.message(), u"Before putting, getting or deleting a datafile, its dataset has to be "
                                    u"restored, restoration requested automatically"_s);
        QCOMPARE(idsGet(u"getStatus"_s, sel).body, QByteArray("RESTORING")); // getData asked for it
        const Http prepared = postForm(u"/ids/prepareData"_s, sel);
        QCOMPARE(prepared.status, 200);
        const QString token = QString::fromLatin1(prepared.body);
        QCOMPARE(idsGet(u"isPrepared"_s, {{u"preparedId"_s, token}}).body, QByteArray("false"));
        QCOMPARE(idsGet(u"getData"_s, {{u"preparedId"_s, token}}).status, 503);
        QVERIFY(m_emulator->admin(u"restore-now"_s));
        QCOMPARE(idsGet(u"isPrepared"_s, {{u"preparedId"_s, token}}).body, QByteArray("true"));
        QCOMPARE(idsGet(u"getStatus"_s, sel).body, QByteArray("ONLINE"));
        const Http data = idsGet(u"getData"_s, {{u"preparedId"_s, token}});
        QCOMPARE(data.status, 200);
        QCOMPARE(zipContents(data.body).size(), mari[u"fileCount"_s].toInteger());
        // a timed restoration: online once its time has passed (asked for by isPrepared)
        QVERIFY(m_emulator->admin(u"two-level"_s, u"on=1&restoreMs=300"_s));
        const QString again = QString::fromLatin1(postForm(u"/ids/prepareData"_s, sel).body);
        QCOMPARE(idsGet(u"isPrepared"_s, {{u"preparedId"_s, again}}).body, QByteArray("false"));
        QVERIFY(QTest::qWaitFor(
            [&] { return idsGet(u"isPrepared"_s, {{u"preparedId"_s, again}}).body == "true"; }, 10000));
        QCOMPARE(idsGet(u"getData"_s, sel).status, 200);
        // single-level storage (the default) has nothing to restore
        QVERIFY(m_emulator->admin(u"reset"_s));
        QCOMPARE(idsGet(u"isTwoLevel"_s, {}).body, QByteArray("false"));
        QCOMPARE(idsGet(u"getData"_s, sel).status, 200);
    }

    void hostileZipHook()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const QString dsId = QString::number(mari[u"id"_s].toInteger());
        const QList<std::pair<QString, QByteArray>> kinds = {{u"dotdot"_s, "/../../"},
                                                             {u"absolute"_s, "/tmp/daas-evil-absolute.txt"}};
        for (const auto &[kind, marker] : kinds) {
            QVERIFY(m_emulator->admin(u"hostile-zip-next"_s, u"kind="_s + kind));
            const Http evil = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}});
            QCOMPARE(evil.status, 200);
            QVERIFY2(evil.body.contains(marker), qPrintable(kind));
            const Http clean = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}});
            QVERIFY(!clean.body.contains(marker)); // one request only
        }
        QVERIFY(m_emulator->admin(u"hostile-zip-next"_s, u"kind=symlink"_s));
        const Http link = idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datasetIds"_s, dsId}});
        QTemporaryDir dir;
        QFile f(dir.filePath(u"l.zip"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(link.body);
        f.close();
        KZip zip(f.fileName());
        QVERIFY(zip.open(QIODevice::ReadOnly));
        bool sawLink = false;
        std::function<void(const KArchiveDirectory *)> walk = [&](const KArchiveDirectory *d) {
            for (const QString &name : d->entries()) {
                const KArchiveEntry *e = d->entry(name);
                sawLink = sawLink || !e->symLinkTarget().isEmpty();
                if (e->isDirectory())
                    walk(static_cast<const KArchiveDirectory *>(e));
            }
        };
        walk(zip.directory());
        QVERIFY(sawLink);
    }

    void putAndDelete()
    {
        const QJsonObject mari = aliceDataset(u"MARI run data"_s);
        const qint64 dsId = mari[u"id"_s].toInteger();
        const qint64 invId = mari[u"investigation"_s][u"id"_s].toInteger();
        const QJsonObject invBefore = unwrap(getById(m_alice, u"Investigation"_s, invId).json());
        const qint64 formatId =
            unwrap(
                rows(m_alice,
                     u"SELECT f FROM DatafileFormat f WHERE f.facility.name = 'ISIS' AND f.name = 'nexus'"_s)
                    .at(0))[u"id"_s]
                .toInteger();
        QByteArray body(300 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : body)
            c = char(rng.bounded(256));

        auto put = [&](const QString &session, const QString &name, qint64 dataset) {
            QList<std::pair<QString, QString>> q{{u"sessionId"_s, session},
                                                 {u"datasetId"_s, QString::number(dataset)},
                                                 {u"datafileFormatId"_s, QString::number(formatId)},
                                                 {u"datafileCreateTime"_s, u"1735725600000"_s}};
            if (!name.isEmpty())
                q.append({u"name"_s, name});
            return send("PUT", url(u"/ids/put"_s, q), body, "application/octet-stream");
        };
        const Http created = put(m_alice, u"MAR99999 reduced+fitted.nxs"_s, dsId);
        QCOMPARE(created.status, 201);
        const QJsonObject reply = created.object();
        const qint64 dfId = reply[u"id"_s].toInteger();
        QCOMPARE(reply[u"checksum"_s].toInteger(), qint64(daas::support::Crc32::of(body))); // decimal
        QCOMPARE(reply[u"size"_s].toInteger(), body.size());
        QVERIFY(!reply[u"location"_s].toString().isEmpty());

        // ICAT has the datafile (hex checksum) and totals kept as its triggers would
        const QJsonObject df = unwrap(getById(m_alice, u"Datafile df INCLUDE df.dataset"_s, dfId).json());
        QCOMPARE(df[u"name"_s].toString(), u"MAR99999 reduced+fitted.nxs"_s);
        QCOMPARE(df[u"checksum"_s].toString(), QString::number(daas::support::Crc32::of(body), 16));
        QCOMPARE(df[u"fileSize"_s].toInteger(), body.size());
        QCOMPARE(icatDate(df[u"datafileCreateTime"_s]).toMSecsSinceEpoch(), 1735725600000);
        QCOMPARE(df[u"dataset"_s][u"fileSize"_s].toInteger(), mari[u"fileSize"_s].toInteger() + body.size());
        QCOMPARE(df[u"dataset"_s][u"fileCount"_s].toInteger(), mari[u"fileCount"_s].toInteger() + 1);
        const QJsonObject invAfter = unwrap(getById(m_alice, u"Investigation"_s, invId).json());
        QCOMPARE(invAfter[u"fileSize"_s].toInteger(), invBefore[u"fileSize"_s].toInteger() + body.size());
        QCOMPARE(invAfter[u"fileCount"_s].toInteger(), invBefore[u"fileCount"_s].toInteger() + 1);
        const Http back =
            idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, QString::number(dfId)}});
        QCOMPARE(back.body, body);
        QCOMPARE(back.header("Content-Length").toLongLong(), body.size());

        const Http duplicate = put(m_alice, u"MAR99999 reduced+fitted.nxs"_s, dsId);
        QCOMPARE(duplicate.status, 500);
        QCOMPARE(duplicate.code(), u"InternalException"_s);
        QVERIFY(duplicate.message().contains(u"OBJECT_ALREADY_EXISTS"_s));
        const Http noName = put(m_alice, QString(), dsId);
        QCOMPARE(noName.status, 400);
        QCOMPARE(noName.message(), u"The name parameter must be set"_s);
        if (!myInvestigations(m_bob).contains(invId))
            QCOMPARE(put(m_bob, u"intruder.nxs"_s, dsId).status, 403);

        // delete: the Datafile row and the file go, the totals come back
        QCOMPARE(send("DELETE", url(u"/ids/delete"_s,
                                    {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, QString::number(dfId)}}))
                     .status,
                 204);
        QCOMPARE(getById(m_alice, u"Datafile"_s, dfId).status, 404);
        QCOMPARE(idsGet(u"getData"_s, {{u"sessionId"_s, m_alice}, {u"datafileIds"_s, QString::number(dfId)}})
                     .status,
                 404);
        const QJsonObject dsAfter = unwrap(getById(m_alice, u"Dataset"_s, dsId).json());
        QCOMPARE(dsAfter[u"fileSize"_s].toInteger(), mari[u"fileSize"_s].toInteger());
        QCOMPARE(dsAfter[u"fileCount"_s].toInteger(), mari[u"fileCount"_s].toInteger());
        QCOMPARE(datafilesOf(dsId).size(), mari[u"fileCount"_s].toInteger());
    }
};

QTEST_GUILESS_MAIN(TestFacilityIcatEmulator)
#include "tst_facility_icat_emulator.moc"
