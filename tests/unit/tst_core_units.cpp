// Unit tests of the core's pure parts: checksums, the checked path join, profile validation, ICAT
// properties and error bodies, query building, entity parsing, the paging engine and hostile archives.

#include "TestPaths.h"
#include "catalogue/ArchiveExtractor.h"
#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/PagedListingModel.h"
#include "facility/FacilityProfile.h"
#include "identity/IcatSession.h"
#include "support/Crc32.h"
#include "support/FileSync.h"
#include "support/PartFile.h"
#include "support/SafePath.h"

#include "facility/SmallDisk.h"

#include <KZip>
#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    void crc32OfFile();
    void partFileResumesAndCommits();
    void partFileResumedRightAfterAPause();
    void partFileIsFlushedBeforeItIsRenamed();
    void partFileStartsAgainWhenItCannotResume();
    void partFileHoldsTheSenderBack();
    void partFileOnAFullDisk();
    void checkedJoin_data();
    void checkedJoin();
    void profileErrorsNameTheField_data();
    void profileErrorsNameTheField();
    void profileRoundTrip();
    void exampleProfileIsValid();
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

namespace {

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + seed) ^ (i >> 9));
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// feeds `data` through a PartFile the way a reply does: in pieces as they "arrive"
qint64 feed(support::PartFile &part, const QByteArray &data, qint64 limit = -1)
{
    QBuffer source;
    source.setData(data);
    source.open(QIODevice::ReadOnly);
    return part.takeFrom(&source, limit, false);
}

#define QVERIFY_OK(expression)                                                                               \
    do {                                                                                                     \
        const Error e_ = (expression);                                                                       \
        QVERIFY2(!e_, qPrintable(e_.userText() + u" / "_s + e_.detail()));                                   \
    } while (false)

// The answer of an asynchronous PartFile step (open, finish), waited for in the event loop. The answer must
// come from the event loop, never from inside the call: that is what keeps the caller's thread free.
template<typename Step>
Error answerOf(Step step)
{
    std::optional<Error> answer;
    bool returned = false;
    step([&](const Error &e) {
        if (!returned)
            answer = Error(Error::Kind::Internal, u"answered before the call returned"_s);
        else
            answer = e;
    });
    returned = true;
    if (!QTest::qWaitFor([&]() { return answer.has_value(); }, 60000))
        return Error(Error::Kind::Timeout, u"no answer in 60 s"_s);
    return *answer;
}

Error openPart(support::PartFile &part, bool resume, qint64 maxResume = -1)
{
    return answerOf([&](auto then) { part.open(resume, maxResume, then); });
}

Error finishPart(support::PartFile &part)
{
    return answerOf([&](auto then) { part.finish(then); });
}

Error finishAndCommit(support::PartFile &part, const QString &finalPath)
{
    if (const Error e = finishPart(part))
        return e;
    return part.commit(finalPath);
}

} // namespace

void TestCoreUnits::crc32OfFile()
{
    QTemporaryDir dir;
    const QByteArray data = pattern(3 * 1024 * 1024 + 17, 5);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("f")), data));
    support::Crc32 all;
    QVERIFY(all.updateFromFile(dir.filePath(QStringLiteral("f"))));
    QCOMPARE(all.value(), support::Crc32::of(data));
    support::Crc32 head;
    QVERIFY(head.updateFromFile(dir.filePath(QStringLiteral("f")), 1000));
    QCOMPARE(head.value(), support::Crc32::of(data.left(1000)));
    // a file shorter than asked, a missing one, a stop: false
    support::Crc32 more;
    QVERIFY(!more.updateFromFile(dir.filePath(QStringLiteral("f")), data.size() + 1));
    support::Crc32 missing;
    QVERIFY(!missing.updateFromFile(dir.filePath(QStringLiteral("nothing"))));
    const std::atomic<bool> stop{true};
    support::Crc32 stopped;
    QVERIFY(!stopped.updateFromFile(dir.filePath(QStringLiteral("f")), -1, &stop));
}

void TestCoreUnits::partFileResumesAndCommits()
{
    QTemporaryDir dir;
    const QString final = dir.filePath(QStringLiteral("run.nxs"));
    const QString partPath = final + QStringLiteral(".part");
    const QByteArray whole = pattern(5 * 1024 * 1024 + 3, 1); // several chunks, not a multiple of one
    QVERIFY(writeFile(final, "an older version, replaced only when the new one is complete"));
    {
        support::PartFile part(partPath, QStringLiteral("run.nxs"));
        QVERIFY_OK(openPart(part, true));
        QCOMPARE(feed(part, whole.left(2 * 1024 * 1024 + 1)), 2 * 1024 * 1024 + 1);
        part.close();
    } // the connection dropped: the part stays for the next attempt (its writer finishes on a worker)

    support::PartFile part(partPath, QStringLiteral("run.nxs"));
    // the earlier writer has written everything it had taken before the part is summed again
    QVERIFY_OK(openPart(part, true, whole.size()));
    QCOMPARE(part.size(), 2 * 1024 * 1024 + 1);
    QCOMPARE(readFile(partPath), whole.left(2 * 1024 * 1024 + 1));
    QCOMPARE(readFile(final), QByteArray("an older version, replaced only when the new one is complete"));
    // a limit takes no more than the rest of the file, whatever the sender has
    QCOMPARE(feed(part, whole.mid(part.size()) + "trailing junk", whole.size() - part.size()),
             whole.size() - (2 * 1024 * 1024 + 1));
    QCOMPARE(part.size(), whole.size());
    QCOMPARE(part.crc(), 0u); // not yet: the writer sums what it writes
    QVERIFY_OK(finishAndCommit(part, final));
    QCOMPARE(part.crc(), support::Crc32::of(whole)); // the resumed bytes are summed too
    QCOMPARE(readFile(final), whole);
    QVERIFY(!QFile::exists(partPath));
}

// A pause followed at once by a resume: the paused writer may still hold megabytes it has not written. The
// new open() must sum the part only after they are on it, or the resumed file would miss them.
void TestCoreUnits::partFileResumedRightAfterAPause()
{
    QTemporaryDir dir;
    const QString partPath = dir.filePath(QStringLiteral("p.part"));
    const QByteArray whole = pattern(24 * 1024 * 1024 + 5, 4);
    support::PartFile part(partPath, QStringLiteral("p"));
    for (int round = 0; round < 3; ++round) {
        QVERIFY_OK(openPart(part, true, whole.size()));
        const qint64 have = part.size();
        QCOMPARE(have, qint64(round) * 8 * 1024 * 1024);
        // unbounded: all of it is queued at once, far ahead of the writer
        QCOMPARE(feed(part, whole.mid(have, 8 * 1024 * 1024)), 8 * 1024 * 1024);
        part.close(); // returns at once; the next open() waits (on its worker) for these writes
    }
    QVERIFY_OK(openPart(part, true, whole.size()));
    QCOMPARE(part.size(), 24 * 1024 * 1024);
    QCOMPARE(feed(part, whole.mid(part.size())), 5);
    QVERIFY_OK(finishAndCommit(part, dir.filePath(QStringLiteral("p"))));
    QCOMPARE(part.crc(), support::Crc32::of(whole));
    QVERIFY(readFile(dir.filePath(QStringLiteral("p"))) == whole);
}

// The data must be on the disk before the final name points at it: finish() flushes the part (fsync), and
// only then may commit() rename it. A test cannot pull the power, so it checks the order: when the part is
// flushed it holds every byte and the final name does not exist yet; a commit without finish() is refused.
void TestCoreUnits::partFileIsFlushedBeforeItIsRenamed()
{
    QTemporaryDir dir;
    const QString final = dir.filePath(QStringLiteral("d.nxs"));
    const QString partPath = final + QStringLiteral(".part");
    const QByteArray whole = pattern(3 * 1024 * 1024 + 11, 6);
    QStringList synced;
    qint64 sizeWhenSynced = -1;
    bool finalExistedWhenSynced = true;
    support::setSyncObserver([&](const QString &path) {
        synced << path;
        sizeWhenSynced = QFileInfo(path).size();
        finalExistedWhenSynced = QFile::exists(final);
    });
    auto noObserver = qScopeGuard([]() { support::setSyncObserver({}); });

    support::PartFile part(partPath, QStringLiteral("d.nxs"));
    QVERIFY_OK(openPart(part, false));
    QCOMPARE(feed(part, whole), whole.size());
    const Error early = part.commit(final); // before finish(): refused, nothing renamed
    QCOMPARE(early.kind(), Error::Kind::Storage);
    QVERIFY(!QFile::exists(final));
    QVERIFY(synced.isEmpty());

    QVERIFY_OK(finishPart(part));
    QCOMPARE(synced, QStringList{partPath});
    QCOMPARE(sizeWhenSynced, whole.size());
    QVERIFY(!finalExistedWhenSynced);
    QVERIFY_OK(part.commit(final));
    QVERIFY(readFile(final) == whole);
    QCOMPARE(synced.size(), 1);
}

void TestCoreUnits::partFileStartsAgainWhenItCannotResume()
{
    QTemporaryDir dir;
    const QString partPath = dir.filePath(QStringLiteral("a.part"));
    QVERIFY(writeFile(partPath, "0123456789"));
    support::PartFile part(partPath, QStringLiteral("a"));
    QVERIFY_OK(openPart(part, true, 5)); // longer than the whole file can be: not a beginning of it
    QCOMPARE(part.size(), 0);
    QCOMPARE(feed(part, "abc"), 3);
    // the server sent the whole file where the rest was asked for
    part.restart();
    QCOMPARE(part.size(), 0);
    QCOMPARE(feed(part, "whole"), 5);
    QVERIFY_OK(finishAndCommit(part, dir.filePath(QStringLiteral("a"))));
    QCOMPARE(part.crc(), support::Crc32::of("whole"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("a"))), QByteArray("whole"));

    // without resume an existing part is emptied
    QVERIFY(writeFile(partPath, "stale"));
    support::PartFile fresh(partPath, QStringLiteral("a"));
    QVERIFY_OK(openPart(fresh, false));
    QCOMPARE(fresh.size(), 0);
    QCOMPARE(QFileInfo(partPath).size(), 0);
    fresh.discard(); // removed on a worker, after its writer
    QTRY_VERIFY(!QFile::exists(partPath));
}

// Bounded, a PartFile stops taking while its writer is far behind and says when to go on, so a fast sender
// waits in its own buffer instead of filling memory; every byte still arrives, in order. The part is a FIFO
// here, so the test decides how fast the "disk" is.
void TestCoreUnits::partFileHoldsTheSenderBack()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("b.part"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int disk = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(disk >= 0);
    auto closeDisk = qScopeGuard([disk]() { ::close(disk); });
    const QByteArray whole = pattern(80 * 1024 * 1024, 3);
    QBuffer source;
    source.setData(whole);
    source.open(QIODevice::ReadOnly);
    support::PartFile part(fifo, QStringLiteral("b"));
    QVERIFY_OK(openPart(part, false));
    QSignalSpy drained(&part, &support::PartFile::drained);
    const qint64 first = part.takeFrom(&source, -1, true);
    QVERIFY2(first > 0 && first < whole.size(), qPrintable(QString::number(first)));

    QByteArray written;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    int resumed = 0;
    QDeadlineTimer deadline(60000);
    while (written.size() < whole.size() && !deadline.hasExpired()) {
        for (ssize_t n; (n = ::read(disk, buffer.data(), buffer.size())) > 0;)
            written.append(buffer.constData(), n);
        QCoreApplication::processEvents();
        if (drained.size() > resumed) {
            resumed = drained.size();
            part.takeFrom(&source, -1, true);
        }
    }
    QVERIFY(resumed >= 1);
    QCOMPARE(source.bytesAvailable(), 0);
    QVERIFY_OK(finishPart(part)); // a FIFO cannot be flushed to a disk: that is no error
    QCOMPARE(part.crc(), support::Crc32::of(whole));
    QVERIFY(written == whole);
}

void TestCoreUnits::partFileOnAFullDisk()
{
    testing::SmallDisk disk(1024 * 1024);
    QVERIFY2(disk.isMounted(), qPrintable(disk.whyNot()));
    const QString small = disk.path();
    support::PartFile part(small + QStringLiteral("/big.part"), QStringLiteral("big.nxs"));
    QVERIFY_OK(openPart(part, false));
    feed(part, pattern(4 * 1024 * 1024, 9));
    const Error error = finishPart(part);
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QVERIFY2(error.userText().contains(QLatin1String("disk is full")) &&
                 error.userText().contains(QLatin1String("big.nxs")),
             qPrintable(error.userText()));
    QVERIFY(part.writeError()); // still known after closing
    QCOMPARE(part.commit(small + QStringLiteral("/big.nxs")).kind(), Error::Kind::Storage); // never placed
    part.discard();
    QTRY_VERIFY(QDir(small).entryList(QDir::Files | QDir::Hidden).isEmpty());
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

void TestCoreUnits::exampleProfileIsValid()
{
    // the example the README points facilities to; nothing but the demo's template is bundled
    const auto example = facility::FacilityProfile::fromFile(
        daas::test::paths::sourceDir() + QStringLiteral("/tests/unit/data/example-facility.json"));
    QVERIFY2(example, qPrintable(example.error().userText()));
    QCOMPARE(example->id, u"example"_s);
    QCOMPARE(QDir(daas::test::paths::sourceDir() + QStringLiteral("/resources/facilities"))
                 .entryList({u"*.json"_s}),
             QStringList{u"demo.json"_s});
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
