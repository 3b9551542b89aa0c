// The client against an ICAT/IDS emulator as strict as the real services (issue 14): ICAT's BAD_PARAMETER
// for names it does not know (the user reads the server's words, and every query the client builds is
// accepted), IDS's Range answers (a 200 to a ranged request starts the file over), ZIPs as Java writes
// them up to ZIP64, and two-level storage (archived data is restored, waited for, then downloaded).

#include "CatalogueTestSteps.h"
#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsRestore.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace daas;
using catalogue::DownloadJob;
using testing::sha256Of;

class TestCatalogueIdsStrict : public QObject
{
    Q_OBJECT
    std::unique_ptr<testing::IcatEmulatorProcess> m_emulator;
    std::unique_ptr<identity::Account> m_alice;

    Result<QJsonArray> search(const QString &query)
    {
        std::optional<Result<QJsonArray>> out;
        catalogue::icatSearch(m_alice->icat(), m_alice.get(), query,
                              [&](const Result<QJsonArray> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return Error(Error::Kind::Timeout, QStringLiteral("test: no answer"));
        return *out;
    }

    catalogue::Datafile firstDatafile(qint64 dataset)
    {
        const Result<QJsonArray> r = search(catalogue::queries::datafiles(dataset, {}, 0, 1));
        if (!r || r->isEmpty())
            return {};
        return catalogue::Datafile::fromJson(r->at(0)[QStringLiteral("Datafile")].toObject());
    }

    static QStringList leftovers(const QString &dir)
    {
        QStringList out;
        for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            out << it.next();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
        m_alice = testing::signedIn(*m_emulator, QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QVERIFY(m_alice);
    }
    void cleanup() { QVERIFY(m_emulator->admin(QStringLiteral("reset"))); }

    // ICAT says which name it did not know; the user reads those words, not only "did not understand"
    void badParameterShowsTheServersWords()
    {
        const Result<QJsonArray> r = search(QStringLiteral("SELECT ds FROM Dataset ds WHERE ds.nme = 'x'"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Error::Kind::Protocol);
        QVERIFY2(
            r.error().userText().contains(QStringLiteral("The state field path 'ds.nme' cannot be resolved")),
            qPrintable(r.error().userText()));
        QVERIFY(r.error().userText().contains(QStringLiteral("did not understand the request")));
    }

    // every query the client builds passes the strict emulator: the browse queries with and without
    // filters (quotes and wildcards too), their counts, the formats, and get by id
    void everyQueryTheClientBuildsIsAccepted()
    {
        const qint64 ds =
            testing::datasetId(m_alice.get(), QStringLiteral("kagome"), QStringLiteral("MARI run data"));
        QVERIFY(ds > 0);
        const Result<QJsonArray> mine = search(catalogue::queries::myInvestigations({}, 0, 5));
        QVERIFY2(mine && !mine->isEmpty(), mine ? "" : qPrintable(mine.error().detail()));
        const auto inv =
            catalogue::Investigation::fromJson(mine->at(0)[QStringLiteral("Investigation")].toObject());
        QVERIFY(inv.id > 0 && inv.facilityId > 0);
        for (const QString &filter : {QString(), QStringLiteral("kagome"), QStringLiteral("o'brien_%\\")}) {
            const QStringList queries{catalogue::queries::myInvestigations(filter, 0, 50),
                                      catalogue::queries::countMyInvestigations(filter),
                                      catalogue::queries::datasets(inv.id, filter, 0, 100),
                                      catalogue::queries::countDatasets(inv.id, filter),
                                      catalogue::queries::datafiles(ds, filter, 0, 500),
                                      catalogue::queries::countDatafiles(ds, filter),
                                      catalogue::queries::datafileFormats(inv.facilityId)};
            for (const QString &q : queries) {
                const Result<QJsonArray> r = search(q);
                QVERIFY2(r, qPrintable(q + QStringLiteral(" -> ") + (r ? QString() : r.error().detail())));
            }
        }
        for (const auto &[type, id] : {std::pair{QStringLiteral("Dataset"), ds},
                                       std::pair{QStringLiteral("Datafile"), firstDatafile(ds).id}}) {
            std::optional<Result<QJsonObject>> got;
            catalogue::icatGet(m_alice->icat(), m_alice.get(), type, id,
                               [&](const Result<QJsonObject> &r) { got = r; });
            QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
            QVERIFY2(*got, qPrintable(type));
        }
    }

    // a resumed download whose Range is ignored (a proxy) gets 200 and the whole file: the part file starts
    // over, it is never appended to
    void ignoredRangeStartsTheFileOver()
    {
        const qint64 ds =
            testing::datasetId(m_alice.get(), QStringLiteral("kagome"), QStringLiteral("MARI run data"));
        const catalogue::Datafile file = firstDatafile(ds);
        QVERIFY(file.id > 0 && file.fileSize > 100000);
        const DownloadJob::Target target{DownloadJob::Kind::Datafile, file.id, file.name, file.fileSize,
                                         file.checksum};
        QTemporaryDir clean, cut;
        Error e;
        testing::download(m_alice.get(), target, clean.path(), e);
        QVERIFY2(!e, qPrintable(e.userText()));
        QVERIFY(m_emulator->admin(QStringLiteral("drop-next-download"), QStringLiteral("after=65536")));
        QVERIFY(m_emulator->admin(QStringLiteral("ignore-range-next")));
        auto job = testing::download(m_alice.get(), target, cut.path(), e);
        QVERIFY2(!e, qPrintable(e.userText() + e.detail()));
        QVERIFY(job->resumes() >= 1);
        QCOMPARE(job->restarts(), 1);
        QCOMPARE(QFileInfo(cut.filePath(file.name)).size(), file.fileSize);
        QCOMPARE(sha256Of(cut.filePath(file.name)), sha256Of(clean.filePath(file.name)));
        QCOMPARE(leftovers(cut.path()), QStringList{cut.filePath(file.name)});
    }

    // 100,000 entries: past 65,535 IDS's Java writer switches to ZIP64; KArchive must read all of them
    void zip64ArchiveWithMoreThan65535EntriesUnpacks()
    {
        const qint64 scan =
            testing::datasetId(m_alice.get(), QStringLiteral("palladium"), QStringLiteral("WISH long scan"));
        QVERIFY(scan > 0);
        QTemporaryDir dir;
        Error e;
        auto job = testing::download(
            m_alice.get(), {DownloadJob::Kind::Dataset, scan, QStringLiteral("WISH long scan"), -1, {}},
            dir.path(), e, 600000);
        QVERIFY2(!e, qPrintable(e.userText() + e.detail()));
        QCOMPARE(job->writtenFiles().size(), 100000);
        QCOMPARE(job->refusedEntries(), QStringList());
        const QString last = dir.filePath(QStringLiteral("WISH long scan/WISH00199999.nxs"));
        QVERIFY(QFile::exists(last));
        QCOMPARE(QFileInfo(last).size(), 1024 + (99999 * 7919) % 3072);
    }

    // two-level storage: getData says 503 until the facility restored the data; the job prepares, polls
    // isPrepared with a growing interval, says it waits, and downloads once the data is online
    void archivedDataIsRestoredThenDownloaded_data()
    {
        QTest::addColumn<bool>("wholeDataset");
        QTest::newRow("dataset") << true;
        QTest::newRow("datafile") << false;
    }
    void archivedDataIsRestoredThenDownloaded()
    {
        QFETCH(bool, wholeDataset);
        const qint64 ds =
            testing::datasetId(m_alice.get(), QStringLiteral("kagome"), QStringLiteral("MARI run data"));
        const catalogue::Datafile file = firstDatafile(ds);
        QVERIFY(file.id > 0);
        const DownloadJob::Target target =
            wholeDataset
                ? DownloadJob::Target{DownloadJob::Kind::Dataset, ds, QStringLiteral("MARI run data"), -1, {}}
                : DownloadJob::Target{DownloadJob::Kind::Datafile, file.id, file.name, file.fileSize,
                                      file.checksum};
        QTemporaryDir online, archived;
        Error e;
        auto reference = testing::download(m_alice.get(), target, online.path(), e);
        QVERIFY2(!e, qPrintable(e.userText()));

        QVERIFY(m_emulator->admin(QStringLiteral("two-level"), QStringLiteral("on=1&restoreMs=-1")));
        DownloadJob job(m_alice.get(), target, archived.path());
        job.setRestorePolling(50, 400, 120000);
        QSignalSpy restoring(&job, &DownloadJob::restoring);
        QSignalSpy waiting(&job, &DownloadJob::restoreWaiting);
        QSignalSpy done(&job, &DownloadJob::finished);
        job.start();
        QVERIFY(restoring.wait(10000));
        QVERIFY(job.isWaitingForRestore());
        // isPrepared said "not yet" three times: the job is still waiting, nothing was written
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 3, 20000);
        QVERIFY(done.isEmpty());
        for (const QString &f : leftovers(archived.path())) // at most the job's empty part file
            QVERIFY2(QFileInfo(f).size() == 0 && f.endsWith(QStringLiteral(".part")), qPrintable(f));
        QVERIFY(m_emulator->admin(QStringLiteral("restore-now")));
        QVERIFY(done.wait(30000));
        const Error result = done.first().first().value<Error>();
        QVERIFY2(!result, qPrintable(result.userText() + result.detail()));
        QCOMPARE(restoring.size(), 1);
        QVERIFY(job.restorePolls() >= 4);
        QCOMPARE(job.writtenFiles().size(), reference->writtenFiles().size());
        for (const QString &path : reference->writtenFiles()) {
            const QString relative = QDir(online.path()).relativeFilePath(path);
            QCOMPARE(sha256Of(archived.filePath(relative)), sha256Of(path));
        }
    }

    // a restore that takes longer than the job waits is reported as a timeout, never as cancelled
    void restoreTakingTooLongIsATimeout()
    {
        const qint64 ds =
            testing::datasetId(m_alice.get(), QStringLiteral("kagome"), QStringLiteral("MARI run data"));
        QVERIFY(m_emulator->admin(QStringLiteral("two-level"), QStringLiteral("on=1&restoreMs=-1")));
        QTemporaryDir dir;
        DownloadJob job(m_alice.get(),
                        {DownloadJob::Kind::Dataset, ds, QStringLiteral("MARI run data"), -1, {}},
                        dir.path());
        job.setRestorePolling(50, 100, 600);
        QSignalSpy done(&job, &DownloadJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        const Error e = done.first().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::Timeout);
        QVERIFY2(e.userText().contains(QStringLiteral("tape")), qPrintable(e.userText()));
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    // the wait can be cancelled: it stops polling and leaves nothing behind
    void restoreWaitIsCancellable()
    {
        const qint64 ds =
            testing::datasetId(m_alice.get(), QStringLiteral("kagome"), QStringLiteral("MARI run data"));
        QVERIFY(m_emulator->admin(QStringLiteral("two-level"), QStringLiteral("on=1&restoreMs=-1")));
        QTemporaryDir dir;
        DownloadJob job(m_alice.get(),
                        {DownloadJob::Kind::Dataset, ds, QStringLiteral("MARI run data"), -1, {}},
                        dir.path());
        job.setRestorePolling(50, 100, 120000);
        QSignalSpy waiting(&job, &DownloadJob::restoreWaiting);
        QSignalSpy done(&job, &DownloadJob::finished);
        job.start();
        QVERIFY(waiting.wait(10000));
        auto *restore = job.findChild<catalogue::IdsRestore *>();
        QVERIFY(restore);
        QSignalSpy gone(restore, &QObject::destroyed);
        job.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().value<Error>().kind(), Error::Kind::Cancelled);
        QVERIFY(!job.isWaitingForRestore());
        // the waiter (its poll timer with it) is gone: nothing polls after the cancel
        QVERIFY(gone.wait(5000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(leftovers(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueIdsStrict)
#include "tst_catalogue_ids_strict.moc"
