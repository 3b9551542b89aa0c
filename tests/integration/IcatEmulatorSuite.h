#pragma once
// What the ICAT and the IDS halves of the emulator's suites share (tst_facility_icat_emulator,
// tst_facility_ids_emulator): the emulator started once, three signed-in users, plain HTTP with a
// QNetworkAccessManager, and readers of what comes back (JSON, and ZIPs read by hand or with KArchive).

#include "IcatEmulatorProcess.h"
#include "IcatTestData.h"
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

namespace daas::testing {

using namespace Qt::StringLiterals;

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

inline const QRegularExpression
    kLowerUuid(u"^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"_s);
inline const QRegularExpression
    kIcatDate(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})$"_s);

inline QDateTime icatDate(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// path -> content of every file in a ZIP, read with KArchive
inline QHash<QString, QByteArray> zipContents(const QByteArray &bytes, QString *error = nullptr)
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

class IcatEmulatorSuite : public QObject
{
    Q_OBJECT
protected:
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
        return exchange(m_nam, verb, request, body, 120000);
    }
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const
    {
        QUrl u = m_emulator->baseUrl().resolved(QUrl(path));
        if (!query.isEmpty())
            u.setQuery(QString::fromLatin1(percentEncoded(query)));
        return u;
    }
    Http get(const QString &path, const QList<std::pair<QString, QString>> &query = {},
             const QHash<QByteArray, QByteArray> &headers = {})
    {
        return send("GET", url(path, query), {}, {}, headers);
    }
    Http postForm(const QString &path, const QList<std::pair<QString, QString>> &form)
    {
        return send("POST", url(path), percentEncoded(form),
                    "application/x-www-form-urlencoded; charset=UTF-8");
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
};

} // namespace daas::testing
