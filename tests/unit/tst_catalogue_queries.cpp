// The catalogue's pure parts: the JPQL it sends (exactly the shapes ICAT's manual and the emulator's parser
// know, with quotes doubled and wildcards defused) and the entities it reads from ICAT's JSON.

#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace daas;
using namespace daas::catalogue;
using namespace Qt::StringLiterals;

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON broken: %s", qPrintable(error.errorString()));
    return doc.object();
}
} // namespace

class TestCatalogueQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void exactShapes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString mine =
            u"FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user"_s;
        QTest::newRow("my investigations")
            << queries::myInvestigations({}, 0, 50)
            << u"SELECT DISTINCT i "_s + mine +
                   u" ORDER BY i.startDate DESC, i.id LIMIT 0, 50"
                   u" INCLUDE i.investigationInstruments.instrument, i.facility, i.type"_s;
        QTest::newRow("my investigations, filtered, second page")
            << queries::myInvestigations(u"  Kagome "_s, 50, 50)
            << u"SELECT DISTINCT i "_s + mine +
                   u" AND (LOWER(i.title) LIKE '%kagome%' OR LOWER(i.name) LIKE '%kagome%'"
                   u" OR LOWER(i.visitId) LIKE '%kagome%')"
                   u" ORDER BY i.startDate DESC, i.id LIMIT 50, 50"
                   u" INCLUDE i.investigationInstruments.instrument, i.facility, i.type"_s;
        QTest::newRow("count my investigations")
            << queries::countMyInvestigations({}) << u"SELECT COUNT(DISTINCT i) "_s + mine;
        QTest::newRow("count my investigations, filtered")
            << queries::countMyInvestigations(u"RB"_s)
            << u"SELECT COUNT(DISTINCT i) "_s + mine +
                   u" AND (LOWER(i.title) LIKE '%rb%' OR LOWER(i.name) LIKE '%rb%' OR LOWER(i.visitId) LIKE '%rb%')"_s;
        QTest::newRow("datasets") << queries::datasets(123, {}, 0, 100)
                                  << u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = 123"
                                     u" ORDER BY ds.name, ds.id LIMIT 0, 100 INCLUDE ds.type"_s;
        QTest::newRow("datasets, filtered")
            << queries::datasets(123, u"Run"_s, 200, 100)
            << u"SELECT ds FROM Dataset ds WHERE ds.investigation.id = 123 AND LOWER(ds.name) LIKE '%run%'"
               u" ORDER BY ds.name, ds.id LIMIT 200, 100 INCLUDE ds.type"_s;
        QTest::newRow("count datasets")
            << queries::countDatasets(123, {})
            << u"SELECT COUNT(ds) FROM Dataset ds WHERE ds.investigation.id = 123"_s;
        QTest::newRow("datafiles") << queries::datafiles(456, {}, 0, 500)
                                   << u"SELECT df FROM Datafile df WHERE df.dataset.id = 456"
                                      u" ORDER BY df.name, df.id LIMIT 0, 500 INCLUDE df.datafileFormat"_s;
        QTest::newRow("datafiles, filtered, last page")
            << queries::datafiles(456, u".NXS"_s, 99500, 500)
            << u"SELECT df FROM Datafile df WHERE df.dataset.id = 456 AND LOWER(df.name) LIKE '%.nxs%'"
               u" ORDER BY df.name, df.id LIMIT 99500, 500 INCLUDE df.datafileFormat"_s;
        QTest::newRow("count datafiles, filtered")
            << queries::countDatafiles(456, u"mar"_s)
            << u"SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = 456 AND LOWER(df.name) LIKE '%mar%'"_s;
    }
    void exactShapes()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(query, expected);
    }

    void quotesAreDoubled()
    {
        QCOMPARE(queries::quoted(u"O'Brien"_s), u"'O''Brien'"_s);
        QCOMPARE(queries::quoted(u"''"_s), u"''''''"_s);
        QCOMPARE(queries::likeContains(u"Kagome's"_s), u"'%kagome''s%'"_s);
        // a filter made to break out of the string stays inside it
        const QString q = queries::datafiles(1, u"x' OR '1'='1"_s, 0, 10);
        QVERIFY(q.contains(u"LIKE '%x'' or ''1''=''1%' ORDER BY"_s));
        QCOMPARE(q.count(u'\''), 10); // every quote paired: 2 around the pattern, the user's 4 doubled
    }

    void wildcardsMatchOneCharacter()
    {
        // % and the MySQL escape \ cannot widen or break the match; _ stays "any one character"
        QCOMPARE(queries::likeContains(u"50%"_s), u"'%50_%'"_s);
        QCOMPARE(queries::likeContains(u"a\\b"_s), u"'%a_b%'"_s);
        QCOMPARE(queries::likeContains(u"run_1"_s), u"'%run_1%'"_s);
        QCOMPARE(queries::likeContains(u"%%%"_s), u"'%___%'"_s);
    }

    void longFiltersKeepTheUrlShort()
    {
        const QString pasted(5000, u'x');
        const QString q = queries::myInvestigations(pasted, 0, 50);
        QVERIFY(q.size() < 1000); // three LIKEs of the cut filter
        QVERIFY(!q.contains(QString(queries::maxFilterLength + 1, u'x')));
        QVERIFY(q.contains(u"'%"_s + QString(queries::maxFilterLength, u'x') + u"%'"_s));
    }

    void investigationParsesWhatAScientistReads()
    {
        // shaped like ICAT's answer: audit fields first, nulls omitted, collections [] when not included,
        // included objects without the class-name wrapper
        const auto i = Investigation::fromJson(json(R"({
            "id": 7, "createId": "simple/root", "createTime": "2024-01-01T00:00:00.000Z",
            "modId": "simple/root", "modTime": "2024-01-01T00:00:00.000Z",
            "name": "2410137", "visitId": "1", "title": "Spin waves in kagome",
            "startDate": "2024-06-04T09:00:00.000+01:00", "endDate": "2024-06-07T10:00:00.000Z",
            "fileSize": 1234567, "fileCount": 12,
            "facility": {"id": 1, "name": "ISIS", "fullName": "ISIS Neutron and Muon Source"},
            "type": {"id": 2, "name": "experiment"},
            "investigationInstruments": [{"id": 9, "instrument": {"id": 3, "name": "MAR", "fullName": "MARI"}},
                                         {"id": 10, "instrument": {"id": 4, "name": "LET"}}],
            "datasets": [], "investigationUsers": [], "keywords": []})"));
        QCOMPARE(i.id, 7);
        QCOMPARE(i.name, u"2410137"_s);
        QCOMPARE(i.reference(), u"RB 2410137"_s);
        QCOMPARE(i.title, u"Spin waves in kagome"_s);
        QCOMPARE(i.facility, u"ISIS"_s);
        QCOMPARE(i.facilityId, 1);
        QCOMPARE(i.instruments, (QStringList{u"MARI"_s, u"LET"_s}));
        QCOMPARE(i.startDate.toUTC(), QDateTime(QDate(2024, 6, 4), QTime(8, 0), QTimeZone::UTC));
        QCOMPARE(i.endDate.toUTC(), QDateTime(QDate(2024, 6, 7), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(i.fileSize, 1234567);
        QCOMPARE(i.fileCount, 12);
        const auto visit =
            Investigation::fromJson(json(R"({"id":8,"name":"cm33866","visitId":"cm33866-2"})"));
        QCOMPARE(visit.reference(), u"cm33866-2"_s);
    }

    void missingFieldsAndBadDates()
    {
        const auto bare = Investigation::fromJson(json(R"({"id": 5, "name": "1820123"})"));
        QCOMPARE(bare.id, 5);
        QVERIFY(bare.title.isEmpty());
        QVERIFY(bare.instruments.isEmpty());
        QVERIFY(!bare.startDate.isValid());
        QCOMPARE(bare.fileSize, -1); // unknown, not zero
        QCOMPARE(bare.fileCount, -1);
        const auto wrong = Investigation::fromJson(
            json(R"({"id": "x", "startDate": "2024-13-45T99:00:00.000Z", "endDate": 17, "fileSize": "big",
                     "facility": "ISIS", "investigationInstruments": {"instrument": 1}})"));
        QCOMPARE(wrong.id, 0);
        QVERIFY(!wrong.startDate.isValid());
        QVERIFY(!wrong.endDate.isValid());
        QCOMPARE(wrong.fileSize, -1);
        // a number no size can be (past qint64, a fraction, below zero) is unknown; the cast was undefined
        const auto liar = Investigation::fromJson(json(R"({"fileSize": 3.55556e80, "fileCount": -4})"));
        QCOMPARE(liar.fileSize, -1);
        QCOMPARE(liar.fileCount, -1);
        QCOMPARE(Datafile::fromJson(json(R"({"fileSize": 12.5})")).fileSize, -1);
        QCOMPARE(Datafile::fromJson(json(R"({"fileSize": -1e300})")).fileSize, -1);
        QVERIFY(wrong.facility.isEmpty());
        QVERIFY(wrong.instruments.isEmpty());
        // a date without an offset is not trusted as local time; offsets of both kinds are read
        QVERIFY(!parseIcatDate(u"2024-06-04T09:00:00"_s).isValid());
        QVERIFY(!parseIcatDate(u"yesterday"_s).isValid());
        QVERIFY(!parseIcatDate(QJsonValue()).isValid());
        QCOMPARE(parseIcatDate(u"2019-03-11T15:58:33.000+00:00"_s),
                 parseIcatDate(u"2019-03-11T16:58:33.000+01:00"_s));
        QCOMPARE(parseIcatDate(u"2019-03-11T15:58:33.000Z"_s).toMSecsSinceEpoch(), 1552319913000);
    }

    void datasetAndDatafile()
    {
        const auto d = Dataset::fromJson(json(R"({"id": 12, "name": "MARI run data", "complete": false,
            "startDate": "2024-06-04T09:30:00.000Z", "fileSize": 42, "fileCount": 3,
            "type": {"id": 1, "name": "raw"}, "datafiles": [], "parameters": []})"));
        QCOMPARE(d.id, 12);
        QCOMPARE(d.name, u"MARI run data"_s);
        QCOMPARE(d.type, u"raw"_s);
        QCOMPARE(d.fileSize, 42);
        QCOMPARE(d.fileCount, 3);
        QVERIFY(!d.endDate.isValid());
        const auto f = Datafile::fromJson(json(R"({"id": 99, "name": "MAR25100.raw", "location": "1/2/x",
            "fileSize": 5368709120, "checksum": "1a2b3c4d",
            "datafileModTime": "2024-06-04T10:00:00.000+02:00",
            "datafileFormat": {"id": 4, "name": "raw", "version": "1"}, "parameters": []})"));
        QCOMPARE(f.id, 99);
        QCOMPARE(f.fileSize, Q_INT64_C(5368709120)); // above 4 GiB: no 32-bit truncation
        QCOMPARE(f.checksum, u"1a2b3c4d"_s);
        QCOMPARE(f.format, u"raw"_s);
        QCOMPARE(f.modTime.toUTC().time(), QTime(8, 0));
        const auto noFormat = Datafile::fromJson(json(R"({"id": 3, "fileSize": "big"})"));
        QVERIFY(noFormat.format.isEmpty());
        QVERIFY(noFormat.checksum.isEmpty());
        QCOMPARE(noFormat.fileSize, -1);
    }

    void countAnswers()
    {
        const auto count = [](const char *answer) {
            return countFromAnswer(QJsonDocument::fromJson(answer).array());
        };
        QCOMPARE(count("[0]"), 0);
        QCOMPARE(count("[5368709120]"), Q_INT64_C(5368709120));
        QCOMPARE(count("[]"), -1);
        QCOMPARE(count("[1, 2]"), -1);
        QCOMPARE(count("[\"12\"]"), -1);
        QCOMPARE(count("[2.5]"), -1);
        QCOMPARE(count("[-3]"), -1);
        QCOMPARE(count("[1e300]"), -1); // past qint64: the cast it replaced was undefined
    }

    void sizesForPeople()
    {
        QVERIFY(formatSize(-1).isEmpty());
        QVERIFY(!formatSize(0).isEmpty());
        QVERIFY(formatSize(1536).contains(u"1.5"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueQueries)
#include "tst_catalogue_queries.moc"
