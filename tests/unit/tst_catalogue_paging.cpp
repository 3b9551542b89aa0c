// The paging engine under the three catalogue models, on a listing that answers from memory: lazy pages,
// one request per page, a bounded LRU cache, failed pages not hammered, filter resets, stale answers
// dropped, ICAT's maxEntities respected; all under QAbstractItemModelTester.

#include "catalogue/CatalogueModels.h"
#include "catalogue/PagedListingModel.h"
#include "identity/IcatSession.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace daas;
using namespace daas::catalogue;
using namespace Qt::StringLiterals;

namespace {

// Rows "row N" with id N+1; a filter keeps every tenth row. Answers come after an event-loop turn like a
// server's, or wait for release() when held.
class FakeListing : public Listing
{
public:
    struct Request
    {
        QString filter;
        qint64 offset;
        qint64 count;
    };
    explicit FakeListing(int rows)
        : m_rows(rows)
    {}
    QStringList headers() const override { return {u"Name"_s, u"Size"_s}; }
    int maxPageSize() const override { return maxPage; }
    void count(QObject *context, const QString &filter,
               std::function<void(const Result<qint64> &)> done) override
    {
        ++counts;
        const qint64 n = filter.isEmpty() ? m_rows : m_rows / 10;
        const bool fail = std::exchange(failNextCount, false);
        deliver(context, [done, n, fail] {
            if (fail)
                done(Error(Error::Kind::Network, u"down"_s));
            else
                done(n);
        });
    }
    void page(QObject *context, const QString &filter, qint64 offset, qint64 count,
              std::function<void(const Result<QJsonArray> &)> done) override
    {
        requests.append({filter, offset, count});
        const bool fail = failPages.contains(offset);
        const qint64 step = filter.isEmpty() ? 1 : 10;
        const qint64 total = filter.isEmpty() ? m_rows : m_rows / 10;
        QJsonArray rows;
        const qint64 end = std::min<qint64>(offset + count, servedRows >= 0 ? servedRows : total);
        for (qint64 i = offset; i < end; ++i)
            rows.append(QJsonObject{{u"id"_s, i * step + 1}, {u"name"_s, u"row %1"_s.arg(i * step)}});
        deliver(context, [done, rows, fail] {
            if (fail)
                done(Error(Error::Kind::Server, u"page failed"_s));
            else
                done(rows);
        });
    }
    Row row(const QJsonValue &v) const override
    {
        return {v[u"id"_s].toInteger(), {v[u"name"_s].toString(), 1}, {}, {}};
    }
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &f : held)
            f();
    }
    int requestsFor(qint64 offset) const
    {
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [offset](const Request &r) { return r.offset == offset; }));
    }

    QList<Request> requests;
    int counts = 0;
    int maxPage = std::numeric_limits<int>::max();
    qint64 servedRows = -1; // >= 0: pages stop there, whatever the count said
    bool hold = false;
    bool failNextCount = false;
    QSet<qint64> failPages;

private:
    void deliver(QObject *context, std::function<void()> f)
    {
        if (hold)
            m_held.append(std::move(f));
        else
            QTimer::singleShot(0, context, std::move(f));
    }
    int m_rows;
    QList<std::function<void()>> m_held;
};

struct Fixture
{
    // read-ahead off unless a test is about it: the others count requests exactly
    explicit Fixture(int rows, int pageSize = 100, int maxPages = 3, int readAhead = 0)
        : listing(new FakeListing(rows))
        , model(std::unique_ptr<Listing>(listing))
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setPageSize(pageSize);
        model.setMaxPages(maxPages);
        model.setReadAhead(readAhead);
    }
    bool counted()
    {
        QSignalSpy spy(&model, &PagedListingModel::countChanged);
        model.reload();
        return spy.wait(5000);
    }
    QString text(int row) const { return model.index(row, 0).data().toString(); }
    bool loaded(int row) const { return model.index(row, 0).data(PagedListingModel::LoadedRole).toBool(); }

    FakeListing *listing;
    PagedListingModel model;
    QAbstractItemModelTester tester;
};

} // namespace

class TestCataloguePaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowCountComesFromTheCount()
    {
        Fixture f(1000);
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.counted());
        QCOMPARE(f.model.rowCount(), 1000);
        QCOMPARE(f.model.columnCount(), 2);
        QCOMPARE(f.model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), u"Size"_s);
        QCOMPARE(f.listing->counts, 1);
    }

    void aPageIsRequestedOnceWhenTouched()
    {
        Fixture f(1000);
        QVERIFY(f.counted());
        const int before = int(f.listing->requests.size());
        QCOMPARE(f.text(950), u"Loading…"_s);
        QCOMPARE(f.model.index(950, 0).data(PagedListingModel::LoadedRole).toBool(), false);
        QVERIFY(!f.model.index(950, 1).data().isValid());
        for (int row = 900; row < 1000; ++row) // a view painting the whole page before it arrives
            f.model.index(row, 1).data();
        QCOMPARE(f.listing->requests.size() - before, 1);
        QCOMPARE(f.listing->requests.last().offset, 900);
        QCOMPARE(f.listing->requests.last().count, 100);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(f.loaded(950));
        QVERIFY(!changed.isEmpty()); // the view is told to repaint
        QCOMPARE(f.text(950), u"row 950"_s);
        QCOMPARE(f.model.index(950, 0).data(PagedListingModel::IdRole).toLongLong(), 951);
        QCOMPARE(int(PagedListingModel::IdRole), int(Qt::UserRole));
        QCOMPARE(f.listing->requestsFor(900), 1);
    }

    void readAheadFetchesTheNextPageOnly()
    {
        Fixture f(1000, 100, 4, 1);
        QCOMPARE(f.model.readAhead(), 1);
        QVERIFY(f.counted());
        const qsizetype before = f.listing->requests.size(); // the tester may have touched row 0
        f.text(250);                                         // page 2 shown: page 3 follows, nothing else
        QCOMPARE(f.listing->requestsFor(200), 1);
        QCOMPARE(f.listing->requestsFor(300), 1);
        QCOMPARE(f.listing->requests.size() - before, 2);
        QTRY_VERIFY(f.loaded(250));
        f.text(350); // page 3 shown: page 4 is asked for, pages 2 and 3 are not asked again
        QCOMPARE(f.listing->requestsFor(300), 1);
        QCOMPARE(f.listing->requestsFor(400), 1);
        QCOMPARE(f.listing->requests.size() - before, 3);
        f.text(999); // the last page has nothing after it
        QCOMPARE(f.listing->requestsFor(900), 1);
        QCOMPARE(f.listing->requests.size() - before, 4);
    }

    void jumpingToTheEndLoadsOnlyThatPage()
    {
        Fixture f(100000, 500, 4);
        QVERIFY(f.counted());
        const int before = int(f.listing->requests.size());
        QCOMPARE(f.text(99999), u"Loading…"_s);
        QTRY_VERIFY(f.loaded(99999));
        QCOMPARE(f.text(99999), u"row 99999"_s);
        QCOMPARE(f.text(99500), u"row 99500"_s);
        QCOMPARE(f.listing->requests.size() - before, 1);
        QCOMPARE(f.listing->requests.last().offset, 99500);
        // scrolling through the listing never holds more than the cache
        for (int row = 0; row < 100000; row += 7919) {
            f.model.index(row, 0).data();
            QTRY_VERIFY(f.loaded(row));
            QVERIFY(f.model.pagesInMemory() <= 4);
        }
        QVERIFY(f.listing->requests.size() - before <= 16);
    }

    void leastRecentlyUsedPageIsEvicted()
    {
        Fixture f(1000, 100, 3);
        QVERIFY(f.counted());
        for (int row : {0, 100, 200}) {
            f.model.index(row, 0).data();
            QTRY_VERIFY(f.loaded(row));
        }
        QCOMPARE(f.model.pagesInMemory(), 3);
        f.model.index(5, 0).data(); // page 0 was looked at again: page 1 is now the oldest
        f.model.index(300, 0).data();
        QTRY_VERIFY(f.loaded(300));
        QCOMPARE(f.model.pagesInMemory(), 3);
        QVERIFY(f.loaded(0));
        QVERIFY(f.loaded(200));
        QCOMPARE(f.listing->requestsFor(0), 1);
        QVERIFY(!f.loaded(100)); // evicted: asked for again
        QTRY_VERIFY(f.loaded(100));
        QCOMPARE(f.listing->requestsFor(100), 2);
        f.model.setMaxPages(1);
        QCOMPARE(f.model.pagesInMemory(), 1);
        QVERIFY(f.loaded(100));
    }

    void aFailedPageIsReportedOnceAndRetriedOnReload()
    {
        Fixture f(1000);
        QVERIFY(f.counted());
        f.listing->failPages = {500};
        QSignalSpy errors(&f.model, &PagedListingModel::errorOccurred);
        f.model.index(550, 0).data();
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.first().first().value<Error>().kind(), Error::Kind::Server);
        for (int i = 0; i < 20; ++i) // repaints do not hammer the server
            QCOMPARE(f.text(550), u"Not loaded"_s);
        // a later page, asked for after the repaints, loaded: whatever the repaints asked for went out before
        // it and has been answered by now
        f.model.index(850, 0).data();
        QTRY_VERIFY(f.loaded(850));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(f.listing->requestsFor(500), 1);
        QCOMPARE(f.listing->requestsFor(800), 1);
        f.listing->failPages.clear();
        QVERIFY(f.counted());
        f.model.index(550, 0).data();
        QTRY_VERIFY(f.loaded(550));
        QCOMPARE(f.listing->requestsFor(500), 2);
    }

    void filterResetsAndCountsAgain()
    {
        Fixture f(1000);
        QVERIFY(f.counted());
        f.model.index(0, 0).data();
        QTRY_VERIFY(f.loaded(0));
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy counted(&f.model, &PagedListingModel::countChanged);
        f.model.setFilter(u"x"_s);
        QCOMPARE(f.model.filter(), u"x"_s);
        QVERIFY(counted.wait(5000));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.model.rowCount(), 100);
        QCOMPARE(f.listing->counts, 2);
        QTRY_COMPARE(f.text(3), u"row 30"_s); // a page of the filtered listing, not the old one
        QCOMPARE(f.listing->requests.last().filter, u"x"_s);
        // a failing count keeps what is shown and says why
        QSignalSpy errors(&f.model, &PagedListingModel::errorOccurred);
        f.listing->failNextCount = true;
        f.model.reload();
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.first().first().value<Error>().kind(), Error::Kind::Network);
        QCOMPARE(f.model.rowCount(), 100);
        QVERIFY(!f.model.isCounting());
    }

    void staleAnswersAreDropped()
    {
        Fixture f(1000);
        QVERIFY(f.counted());
        f.listing->hold = true;
        f.model.index(0, 0).data(); // a page for the unfiltered listing, held on the "server"
        f.model.setFilter(u"old"_s);
        f.model.setFilter(u"x"_s); // typed on before the first count came back
        QSignalSpy counted(&f.model, &PagedListingModel::countChanged);
        f.listing->hold = false;
        f.listing->release();
        QCOMPARE(counted.size(), 1); // only the last filter's count
        QCOMPARE(f.model.rowCount(), 100);
        // the unfiltered page was not taken for the filtered one
        QTRY_COMPARE(f.text(0), u"row 0"_s);
        QCOMPARE(f.text(1), u"row 10"_s);
    }

    void pagesNeverExceedMaxEntities()
    {
        Fixture f(1000, 100, 50);
        f.listing->maxPage = 30;
        QCOMPARE(f.model.pageSize(), 30);
        QVERIFY(f.counted());
        f.model.index(65, 0).data();
        QTRY_VERIFY(f.loaded(65));
        QCOMPARE(f.listing->requests.last().offset, 60);
        QCOMPARE(f.listing->requests.last().count, 30);
        QCOMPARE(f.text(65), u"row 65"_s);
        QCOMPARE(f.text(89), u"row 89"_s);
        // a new page size forgets the pages of the old one
        f.model.setPageSize(10);
        QVERIFY(!f.loaded(65));
        QTRY_COMPARE(f.text(65), u"row 65"_s);
        QCOMPARE(f.listing->requests.last().offset, 60);
        QCOMPARE(f.listing->requests.last().count, 10);
    }

    void shrunkListingShowsEmptyRows()
    {
        Fixture f(150);
        QVERIFY(f.counted());
        f.listing->servedRows = 110; // rows deleted on the server since the count
        f.model.index(120, 0).data();
        QTRY_COMPARE(f.text(105), u"row 105"_s);
        QVERIFY(!f.model.index(120, 0).data().isValid()); // blank, not a crash nor "Loading…" forever
        QVERIFY(!f.model.index(149, 1).data(PagedListingModel::IdRole).isValid());
        QCOMPARE(f.listing->requestsFor(100), 1);
    }

    void catalogueModelsShareTheEngine()
    {
        QNetworkAccessManager nam;
        identity::IcatSession session(QUrl(u"http://127.0.0.1:1/icat"_s), &nam);
        InvestigationsModel investigations(&session);
        DatasetsModel datasets(&session, 123);
        DatafilesModel datafiles(&session, 456);
        QCOMPARE(investigations.pageSize(), 50);
        QCOMPARE(datasets.pageSize(), 100);
        QCOMPARE(datafiles.pageSize(), 500);
        QCOMPARE(investigations.columnCount(), int(columns::InvCount));
        QCOMPARE(datasets.columnCount(), int(columns::DsCount));
        QCOMPARE(datafiles.columnCount(), int(columns::DfCount));
        QCOMPARE(datasets.investigationId(), 123);
        QCOMPARE(datafiles.datasetId(), 456);
        QAbstractItemModelTester a(&investigations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester b(&datafiles, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(investigations.rowCount(), 0); // nothing is asked for before reload()
    }
};

QTEST_GUILESS_MAIN(TestCataloguePaging)
#include "tst_catalogue_paging.moc"
