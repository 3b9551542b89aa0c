// The ICAT half of the ICAT + IDS emulator against the reference (shared/reference/icat-ids.md), over real
// HTTP with a plain QNetworkAccessManager: what the client meets must be what icat.server answers, errors
// included. Every expectation is derived from the catalogue through ICAT itself, never hard-coded ids.

#include "IcatEmulatorSuite.h"

using namespace daas::testing;
using namespace Qt::StringLiterals;

class TestFacilityIcatEmulator : public IcatEmulatorSuite
{
    Q_OBJECT
private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestFacilityIcatEmulator)
#include "tst_facility_icat_emulator.moc"
