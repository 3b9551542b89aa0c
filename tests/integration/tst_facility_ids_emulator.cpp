// The IDS half of the ICAT + IDS emulator against the reference (shared/reference/icat-ids.md), over real
// HTTP with a plain QNetworkAccessManager: what the client meets must be what ids.server answers, errors,
// chunking and ZIP layout included. Every expectation is derived from the catalogue through ICAT itself.

#include "IcatEmulatorSuite.h"

using namespace daas::testing;
using namespace Qt::StringLiterals;

class TestFacilityIdsEmulator : public IcatEmulatorSuite
{
    Q_OBJECT
private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestFacilityIdsEmulator)
#include "tst_facility_ids_emulator.moc"
