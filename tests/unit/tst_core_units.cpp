// Unit tests of the core's pure parts: checksums, the checked path join, profile validation, ICAT
// properties and error bodies, query building, entity parsing, the paging engine and hostile archives.

#include "catalogue/ArchiveExtractor.h"
#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/PagedListingModel.h"
#include "facility/FacilityProfile.h"
#include "identity/IcatSession.h"
#include "support/Crc32.h"
#include "support/SafePath.h"

#include <KZip>
#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace daas;
using namespace Qt::StringLiterals;

namespace {

// A listing whose answers come from memory, after an event-loop turn like a real server's.
class FakeListing : public catalogue::Listing
{
public:
    explicit FakeListing(int rows)
        : m_rows(rows)
    {}
    QStringList headers() const override { return {u"Name"_s, u"Size"_s}; }
    void count(QObject *context, const QString &filter,
               std::function<void(const Result<qint64> &)> done) override
    {
        const qint64 n = filter.isEmpty() ? m_rows : m_rows / 10;
        QTimer::singleShot(0, context, [done, n, this] {
            if (failNext)
                done(Error(Error::Kind::Network, u"down"_s));
            else
                done(n);
        });
    }
    void page(QObject *context, const QString &, qint64 offset, qint64 count,
              std::function<void(const Result<QJsonArray> &)> done) override
    {
        ++pages;
        QJsonArray rows;
        for (qint64 i = offset; i < std::min<qint64>(offset + count, m_rows); ++i)
            rows.append(QJsonObject{{u"id"_s, i + 1}, {u"name"_s, u"row %1"_s.arg(i)}});
        QTimer::singleShot(0, context, [done, rows] { done(rows); });
    }
    Row row(const QJsonValue &v) const override
    {
        return {v[u"id"_s].toInteger(), {v[u"name"_s].toString(), 1}, {}, {}};
    }
    int m_rows;
    int pages = 0;
    bool failNext = false;
};

} // namespace

class TestCoreUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crc32KnownVectors();
    void checkedJoin_data();
    void checkedJoin();
    void profileErrorsNameTheField_data();
    void profileErrorsNameTheField();
    void profileRoundTrip();
    void bundledProfilesAreValid();
    void icatProperties();
    void queriesQuoteAndPage();
    void entitiesParseLeniently();
    void pagingEngine();
    void hostileZipIsRefused();
};

void TestCoreUnits::crc32KnownVectors()
{
    QCOMPARE(support::Crc32::of("123456789"), std::uint32_t(0xcbf43926));
    QCOMPARE(support::Crc32::of(""), std::uint32_t(0));
    // summed in pieces, with empty ones between (a reply read once more after its last data)
    support::Crc32 pieces;
    pieces.update("1234");
    pieces.update(QByteArrayView());
    pieces.update(QByteArray());
    pieces.update("56789");
    QCOMPARE(pieces.value(), std::uint32_t(0xcbf43926));
    // in pieces of every length, the same as at once
    QByteArray data(10007, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 31 + 7);
    for (int step : {1, 3, 8, 13, 4096}) {
        support::Crc32 crc;
        for (int off = 0; off < data.size(); off += step)
            crc.update(QByteArrayView(data).mid(off, step));
        QCOMPARE(crc.value(), support::Crc32::of(data));
    }
}

void TestCoreUnits::checkedJoin_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << u"MARI run data/MAR25123.raw"_s << true;
    QTest::newRow("unicode") << u"Ångström/φ.nxs"_s << true;
    QTest::newRow("dotdot") << u"../evil"_s << false;
    QTest::newRow("inner dotdot") << u"a/../../evil"_s << false;
    QTest::newRow("absolute") << u"/etc/passwd"_s << false;
    QTest::newRow("backslash") << u"a\\..\\evil"_s << false;
    QTest::newRow("drive") << u"C:evil"_s << false;
    QTest::newRow("empty segment") << u"a//b"_s << false;
    QTest::newRow("control") << u"a/b\nc"_s << false;
    QTest::newRow("device") << u"data/CON.txt"_s << false;
    QTest::newRow("trailing dot") << u"data/name."_s << false;
    QTest::newRow("too long") << QString(300, u'x') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCoreUnits::checkedJoin()
{
    QFETCH(QString, relative);
    QFETCH(bool, accepted);
    QTemporaryDir base;
    const Result<QString> r = support::checkedJoin(base.path(), relative);
    QCOMPARE(r.ok(), accepted);
    if (accepted)
        QVERIFY(r.value().startsWith(base.path() + u'/'));
    else
        QCOMPARE(r.error().kind(), Error::Kind::UnsafePath);
}

void TestCoreUnits::profileErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray ok =
        R"({"id":"x","name":"X","icat":{"url":"https://i/icat"},"ids":{"url":"https://i/ids"}})";
    QTest::newRow("not json") << QByteArray("{\"id\": ") << u"JSON"_s;
    QTest::newRow("no id")
        << QByteArray(R"({"name":"X","icat":{"url":"https://i/icat"},"ids":{"url":"https://i/ids"}})")
        << u"id:"_s;
    QTest::newRow("no icat") << QByteArray(R"({"id":"x","name":"X","ids":{"url":"https://i/ids"}})")
                             << u"icat:"_s;
    QTest::newRow("bad icat url")
        << QByteArray(R"({"id":"x","name":"X","icat":{"url":"ftp://i"},"ids":{"url":"https://i/ids"}})")
        << u"icat.url"_s;
    QTest::newRow("typo key") << QByteArray(ok.chopped(1) + R"(,"storrage":{}})") << u"storrage"_s;
    QTest::newRow("cloud type") << QByteArray(ok.chopped(1) + R"(,"cloud":{"type":"aws","url":"https://c"}})")
                                << u"cloud.type"_s;
    QTest::newRow("batch url") << QByteArray(ok.chopped(1) +
                                             R"(,"batch":{"type":"slurm-ssh","url":"https://x"}})")
                               << u"batch.url"_s;
    QTest::newRow("bad id")
        << QByteArray(
               R"({"id":"a b","name":"X","icat":{"url":"https://i/icat"},"ids":{"url":"https://i/ids"}})")
        << u"id:"_s;
}

void TestCoreUnits::profileErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto r = facility::FacilityProfile::fromJson(json);
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(r.error().userText().contains(field), qPrintable(r.error().userText()));
}

void TestCoreUnits::profileRoundTrip()
{
    const QByteArray json =
        R"({"id":"stfc","name":"STFC","icat":{"url":"https://icat.example/icat"},)"
        R"("ids":{"url":"https://ids.example/ids"},"cloud":{"type":"openstack","url":"https://os.example:5000/v3"},)"
        R"("storage":{"url":"https://dav.example/home/"},"batch":{"type":"slurm-rest","url":"https://scarf.example:6820"}})";
    const auto r = facility::FacilityProfile::fromJson(json);
    QVERIFY2(r, qPrintable(r.error().userText()));
    QCOMPARE(r->storageAuth, u"basic"_s);
    const auto again = facility::FacilityProfile::fromJson(QJsonDocument(r->toJson()).toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), r->toJson());
}

void TestCoreUnits::bundledProfilesAreValid()
{
    const QDir dir(QStringLiteral(DAAS_SOURCE_DIR "/resources/facilities"));
    const auto stfc = facility::FacilityProfile::fromFile(dir.filePath(u"stfc.json"_s));
    QVERIFY2(stfc, qPrintable(stfc.error().userText()));
}

void TestCoreUnits::icatProperties()
{
    const auto p = identity::IcatProperties::fromJson(
        R"({"maxEntities":500,"lifetimeMinutes":30,)"
        R"("authenticators":[{"mnemonic":"db","keys":[{"name":"username"},{"name":"password","hide":true}]},)"
        R"({"mnemonic":"ldap","keys":[],"admin":true,"friendly":"Federal Id"},)"
        R"({"mnemonic":"anon","keys":[],"friendly":"Anonymous"}]})");
    QVERIFY(p);
    QCOMPARE(p->maxEntities, 500);
    QCOMPARE(p->userAuthenticators().size(), 2);
    QCOMPARE(p->authenticators.at(0).keys.at(1).hide, true);
    QCOMPARE(p->authenticators.at(0).keys.at(0).hide, false);
    QCOMPARE(p->authenticators.at(2).displayName(), u"Anonymous"_s);
    QCOMPARE(identity::IcatProperties::fromJson("<html>").error().kind(), Error::Kind::Protocol);
}

void TestCoreUnits::queriesQuoteAndPage()
{
    using namespace catalogue::queries;
    QCOMPARE(quoted(u"O'Brien"_s), u"'O''Brien'"_s);
    QCOMPARE(likeContains(u"50%"_s), u"'%50_%'"_s);
    const QString q = myInvestigations(u"Kagome's"_s, 100, 50);
    QVERIFY(q.contains(u"LOWER(i.title) LIKE '%kagome''s%'"_s));
    QVERIFY(q.contains(u"ORDER BY i.startDate DESC, i.id LIMIT 100, 50 INCLUDE"_s));
    QVERIFY(datafiles(456, {}, 0, 500)
                .contains(u"WHERE df.dataset.id = 456 ORDER BY df.name, df.id LIMIT 0, 500"_s));
    QVERIFY(!countDatafiles(456, {}).contains(u"LIMIT"_s));
    QVERIFY(countMyInvestigations({}).startsWith(u"SELECT COUNT(DISTINCT i)"_s));
}

void TestCoreUnits::entitiesParseLeniently()
{
    const auto i = catalogue::Investigation::fromJson(
        QJsonDocument::fromJson(
            R"({"id":7,"name":"2410137",)"
            R"("visitId":"1","title":"T","startDate":"2024-06-04T09:00:00.000+01:00","endDate":"2024-12-01T10:00:00.000Z",)"
            R"("investigationInstruments":[{"instrument":{"name":"MAR","fullName":"MARI"}}],"facility":{"name":"ISIS"}})")
            .object());
    QCOMPARE(i.reference(), u"RB 2410137"_s);
    QCOMPARE(i.instruments, QStringList{u"MARI"_s});
    QCOMPARE(i.startDate.toUTC(), QDateTime(QDate(2024, 6, 4), QTime(8, 0), QTimeZone::UTC));
    QCOMPARE(i.endDate.toUTC(), QDateTime(QDate(2024, 12, 1), QTime(10, 0), QTimeZone::UTC));
    QCOMPARE(i.fileSize, -1); // omitted, as ICAT omits nulls
    const auto visit = catalogue::Investigation::fromJson(
        QJsonDocument::fromJson(R"({"id":8,"name":"cm33866","visitId":"cm33866-2"})").object());
    QCOMPARE(visit.reference(), u"cm33866-2"_s);
    // a date without an offset is not trusted as local time
    QVERIFY(!catalogue::parseIcatDate(u"2024-06-04T09:00:00"_s).isValid());
    QVERIFY(!catalogue::parseIcatDate(u"yesterday"_s).isValid());
    const auto f = catalogue::Datafile::fromJson(QJsonObject{{u"id"_s, 3}, {u"fileSize"_s, u"big"_s}});
    QCOMPARE(f.fileSize, -1);
}

void TestCoreUnits::pagingEngine()
{
    auto *listing = new FakeListing(1000);
    catalogue::PagedListingModel model{std::unique_ptr<catalogue::Listing>(listing)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setMaxPages(3);
    QSignalSpy counted(&model, &catalogue::PagedListingModel::countChanged);
    model.reload();
    QVERIFY(counted.wait());
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(950, 0).data().toString(), u"Loading…"_s);
    QTRY_COMPARE(model.index(950, 0).data().toString(), u"row 950"_s);
    QCOMPARE(model.index(950, 0).data(catalogue::PagedListingModel::IdRole).toLongLong(), 951);
    for (int row : {0, 300, 600, 900})
        QTRY_COMPARE(model.index(row, 0).data().toString(), u"row %1"_s.arg(row));
    QVERIFY(model.pagesInMemory() <= 3);
    const int pages = listing->pages;
    model.index(950, 0).data(); // still cached: no new request
    QCOMPARE(listing->pages, pages);
    model.setFilter(u"x"_s);
    QVERIFY(counted.wait());
    QCOMPARE(model.rowCount(), 100);
    QSignalSpy errors(&model, &catalogue::PagedListingModel::errorOccurred);
    listing->failNext = true;
    model.reload();
    QVERIFY(errors.wait());
    QCOMPARE(errors.first().first().value<Error>().kind(), Error::Kind::Network);
}

void TestCoreUnits::hostileZipIsRefused()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(u"x.zip"_s);
    {
        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.writeFile(u"ids/ISIS/2410137/1/MARI+run+data/MAR1.raw"_s, "good");
        zip.writeFile(u"ids/ISIS/2410137/1/MARI+run+data/../../../../../../escape.txt"_s, "bad");
        zip.writeFile(u"somewhere/else.txt"_s, "bad");
        zip.writeSymLink(u"ids/ISIS/2410137/1/MARI+run+data/link"_s, u"/etc/passwd"_s);
        QVERIFY(zip.close());
    }
    const QString target = dir.filePath(u"out"_s);
    const auto r = catalogue::extractIdsZip(zipPath, target);
    QVERIFY(!r.error);
    QCOMPARE(r.written, QStringList{target + u"/MARI run data/MAR1.raw"_s});
    QCOMPARE(r.refused.size(), 3);
    QVERIFY(!QFile::exists(dir.filePath(u"escape.txt"_s)));
    int entries = 0;
    for (QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++entries;
    QCOMPARE(entries, 4); // x.zip, out/, out/MARI run data/, the file
    const auto broken = catalogue::extractIdsZip(dir.filePath(u"missing.zip"_s), target);
    QCOMPARE(broken.error.kind(), Error::Kind::Protocol);
}

QTEST_GUILESS_MAIN(TestCoreUnits)
#include "tst_core_units.moc"
