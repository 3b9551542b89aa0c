// A job's output followed as it is written: jobs::OutputTail over the persistent storage (a real Apache
// mod_dav on a free port, read with ranged GETs through WebDavClient::readRange), the way a job's stdout on
// the cluster's storage mount is read. A file that grows between polls, one that is truncated or replaced,
// a 200 MB file of which only the end and the pages asked for are fetched (asserted from Apache's log of
// Range headers and body bytes), text decoding at chunk edges, and paths that would leave the storage mount.
#include "dav/DavServer.h"
#include "jobs/BatchProvider.h"
#include "jobs/OutputReader.h"
#include "jobs/OutputTail.h"
#include "jobs/OutputText.h"
#include "storage/StorageCredentials.h"
#include "storage/WebDavClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::jobs;
using daas::storage::DavRange;

namespace {

const QString mount = u"/mnt/daas/{user}"_s;
const QString user = u"alice"_s;

// "VmHWM:" of /proc/self/status in kB, or -1 where there is none.
qint64 peakMemoryKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// What a tail said, gathered from its signals.
struct Seen
{
    QString text; // appended lines
    QString current;
    QStringList restarts;
    QList<std::pair<qint64, qint64>> skips;
    QList<Error> errors;
    int polls = 0;

    void follow(OutputTail *tail)
    {
        QObject::connect(tail, &OutputTail::appended, tail, [this](const QString &t) { text += t; });
        QObject::connect(tail, &OutputTail::currentLineChanged, tail,
                         [this](const QString &l) { current = l; });
        QObject::connect(tail, &OutputTail::restarted, tail, [this](const QString &why) {
            restarts << why;
            text.clear();
            current.clear();
        });
        QObject::connect(tail, &OutputTail::skipped, tail,
                         [this](qint64 from, qint64 to) { skips.append({from, to}); });
        QObject::connect(tail, &OutputTail::failed, tail, [this](const Error &e) { errors << e; });
        QObject::connect(tail, &OutputTail::polled, tail, [this] { ++polls; });
    }
};

// A scheduler back-end that reads files of this computer as an SSH back-end reads the cluster's (tail -c
// and stat): for ClusterOutputReader's side of the contract, which the SSH suites test against sshd.
class LocalFilesProvider : public BatchProvider
{
public:
    QList<std::pair<qint64, qint64>> reads; // offset, maxBytes
    QString schedulerName() const override { return u"local"_s; }
    QString userName() const override { return user; }
    BatchCall *partitions(Callback<QList<Partition>>) override { return nullptr; }
    BatchCall *submit(const JobRequest &, Callback<SubmittedJob>) override { return nullptr; }
    QString submissionPreview(const JobRequest &) const override { return {}; }
    BatchCall *listMine(Callback<JobListing>) override { return nullptr; }
    BatchCall *details(const QString &, Callback<BatchJob>) override { return nullptr; }
    BatchCall *cancelJob(const QString &, Done) override { return nullptr; }
    BatchCall *setHeld(const QString &, bool, Done) override { return nullptr; }
    BatchCall *readFile(const QString &path, qint64 offset, qint64 maxBytes,
                        Callback<FileChunk> done) override
    {
        reads.append({offset, maxBytes});
        auto *call = BatchCall::start(this, done);
        QTimer::singleShot(0, call, [call, path, offset, maxBytes, done] {
            call->finish([&] {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly)) {
                    done(Error(Error::Kind::NotFound, u"no such file"_s));
                    return;
                }
                f.seek(offset);
                done(FileChunk{f.read(maxBytes), f.size()});
            });
        });
        return call;
    }
};

} // namespace

class TestJobsOutput : public QObject
{
    Q_OBJECT

    std::unique_ptr<daas::testing::ApacheDavServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    storage::StaticCredentials m_credentials;
    std::unique_ptr<storage::WebDavClient> m_client;

    QString local(const QString &relative) const { return m_server->dataDir() + u'/' + relative; }
    static QString onCluster(const QString &relative) { return u"/mnt/daas/alice/"_s + relative; }

    bool write(const QString &relative, const QByteArray &data,
               QIODevice::OpenMode mode = QIODevice::Truncate)
    {
        QDir().mkpath(QFileInfo(local(relative)).absolutePath());
        QFile f(local(relative));
        // the server runs as another user: the files must be readable by it (0644 from the umask)
        return f.open(QIODevice::WriteOnly | mode) && f.write(data) == data.size();
    }
    bool append(const QString &relative, const QByteArray &data)
    {
        return write(relative, data, QIODevice::Append);
    }

    std::unique_ptr<OutputTail> tailOf(const QString &relative)
    {
        Result<std::unique_ptr<OutputReader>> reader =
            makeOutputReader(onCluster(relative), mount, user, m_client.get(), nullptr);
        if (!reader)
            return nullptr;
        auto tail = std::make_unique<OutputTail>(std::move(reader).value());
        tail->setPollInterval(20, 160);
        return tail;
    }

    Result<DavRange> readRange(const QString &path, qint64 first, qint64 length)
    {
        Result<DavRange> result = Error(Error::Kind::Timeout, u"test: no answer"_s);
        storage::DavRangeRead *read = m_client->readRange(path, first, length);
        QSignalSpy finished(read, &storage::DavRangeRead::finished);
        connect(read, &storage::DavRangeRead::finished, this, [&result, read] { result = read->result(); });
        finished.wait(10000);
        return result;
    }

    // The GETs of one file in Apache's range log: its Range header and the body bytes sent.
    QList<std::pair<QString, qint64>> getsOf(const QString &relative) const
    {
        QList<std::pair<QString, qint64>> gets;
        static const QRegularExpression line(uR"(^GET (\S+) \d+ range=(\S+) sent=(\d+)$)"_s);
        for (const QString &l : m_server->rangeLog()) {
            const auto m = line.match(l);
            if (m.hasMatch() && m.captured(1) == u"/dav/"_s + relative)
                gets.append({m.captured(2), m.captured(3).toLongLong()});
        }
        return gets;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<daas::testing::ApacheDavServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials = storage::StaticCredentials::basic(m_server->user(), m_server->password());
        m_client =
            std::make_unique<storage::WebDavClient>(m_network.get(), m_server->rootUrl(), &m_credentials);
        m_client->setTimeout(20000);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void textAtTheEdgesOfChunks()
    {
        OutputText text;
        // "\r\n" cut between two chunks is a line end, not a redraw
        OutputText::Update u = text.feed("one\r");
        QCOMPARE(u.lines, QString());
        QCOMPARE(u.currentLine, u"one"_s);
        u = text.feed("\ntwo\r\n");
        QCOMPARE(u.lines, u"one\ntwo\n"_s);
        // a redraw cut between two chunks
        u = text.feed("50%\r");
        QCOMPARE(u.currentLine, u"50%"_s);
        u = text.feed("60%");
        QCOMPARE(u.currentLine, u"60%"_s);
        QCOMPARE(u.lines, QString());
        // each byte of a four-byte character on its own
        for (const char byte : QByteArray("\xf0\x9f\x94\xac"))
            u = text.feed(QByteArrayView(&byte, 1));
        QCOMPARE(u.currentLine, u"60%\U0001F52C"_s);
        // NULs are left out
        u = text.feed(QByteArray("\0\0x\0\n", 5));
        QCOMPARE(u.lines, u"60%\U0001F52Cx\n"_s);
        // an endless line is cut
        u = text.feed(QByteArray(OutputText::maxLineLength + 10, 'y'));
        QCOMPARE(u.lines.size(), OutputText::maxLineLength + 1);
        QCOMPARE(u.currentLine.size(), 10);
        // a jump into the middle of a character: its remaining bytes are skipped, not shown as U+FFFD
        text.reset(true);
        u = text.feed("\xa9t\xc3\xa9\n");
        QCOMPARE(u.lines, u"té\n"_s);
    }

    void outputPathsMapToTheStorage_data()
    {
        QTest::addColumn<QString>("clusterPath");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<int>("kind"); // Error::Kind, None when it is read
        QTest::addColumn<bool>("onStorage");
        QTest::addColumn<QString>("path");
        const int ok = int(Error::Kind::None);
        const int unsafe = int(Error::Kind::UnsafePath);
        QTest::newRow("below the mount")
            << u"/mnt/daas/alice/jobs/out-1.txt"_s << user << ok << true << u"jobs/out-1.txt"_s;
        QTest::newRow("doubled slashes and dots")
            << u"//mnt//daas/alice/./jobs/./x"_s << user << ok << true << u"jobs/x"_s;
        QTest::newRow("a detour that stays")
            << u"/mnt/daas/alice/a/../jobs/x"_s << user << ok << true << u"jobs/x"_s;
        QTest::newRow("arriving with ..") << u"/home/../mnt/daas/alice/x"_s << user << ok << true << u"x"_s;
        QTest::newRow("elsewhere on the cluster")
            << u"/home/alice/slurm-7.out"_s << user << ok << false << u"/home/alice/slurm-7.out"_s;
        QTest::newRow("a neighbour with a longer name")
            << u"/mnt/daas/alicex/out"_s << user << ok << false << u"/mnt/daas/alicex/out"_s;
        QTest::newRow("into another user's store")
            << u"/mnt/daas/alice/../bob/out.txt"_s << user << unsafe << false << QString();
        QTest::newRow("out of the mount")
            << u"/mnt/daas/alice/jobs/../../../../etc/passwd"_s << user << unsafe << false << QString();
        QTest::newRow("the mount's parent")
            << u"/mnt/daas/alice/.."_s << user << unsafe << false << QString();
        QTest::newRow("the mount itself") << u"/mnt/daas/alice"_s << user << unsafe << false << QString();
        QTest::newRow("relative") << u"jobs/out.txt"_s << user << unsafe << false << QString();
        QTest::newRow("a user name that is a path")
            << u"/mnt/daas/x/out"_s << u"../x"_s << int(Error::Kind::InvalidInput) << false << QString();
    }

    void outputPathsMapToTheStorage()
    {
        QFETCH(QString, clusterPath);
        QFETCH(QString, userName);
        QFETCH(int, kind);
        QFETCH(bool, onStorage);
        QFETCH(QString, path);
        const Result<OutputLocation> where = OutputLocation::of(clusterPath, mount, userName);
        QCOMPARE(int(where.error().kind()), kind);
        if (!where) {
            QVERIFY(!where.error().userText().isEmpty());
            return;
        }
        QCOMPARE(where->onStorage, onStorage);
        QCOMPARE(where->path, path);
        // no mount in the profile: everything is on the cluster
        QCOMPARE(OutputLocation::of(clusterPath, QString(), userName)->onStorage, false);
    }

    void aPathOutsideTheMountIsNeverRequested()
    {
        QVERIFY(write(u"bob/secret.txt"_s, "bob's\n"));
        const int before = int(m_server->rangeLog().size());
        LocalFilesProvider cluster;
        const Result<std::unique_ptr<OutputReader>> reader =
            makeOutputReader(u"/mnt/daas/alice/../bob/secret.txt"_s, mount, user, m_client.get(), &cluster);
        QVERIFY(!reader);
        QCOMPARE(reader.error().kind(), Error::Kind::UnsafePath);
        QVERIFY2(reader.error().userText().contains(u".."_s), qPrintable(reader.error().userText()));
        // neither the storage nor the cluster was asked: the next request the server logs is the probe below
        QVERIFY(readRange(u"range-probe-missing"_s, 0, 1).error().kind() == Error::Kind::NotFound);
        // Apache logs a request after answering it
        QVERIFY(QTest::qWaitFor([&] { return m_server->rangeLog().size() > before; }, 10000));
        const QStringList log = m_server->rangeLog().mid(before);
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().contains(u"range-probe-missing"_s), qPrintable(log.first()));
        QVERIFY(cluster.reads.isEmpty());
    }

    void rangesOfAFile()
    {
        QByteArray content;
        for (int i = 0; i < 1000; ++i)
            content += char('a' + i % 26);
        QVERIFY(write(u"range/file.txt"_s, content));
        QVERIFY(write(u"range/empty.txt"_s, QByteArray()));

        Result<DavRange> r = readRange(u"range/file.txt"_s, 100, 50);
        QVERIFY2(r, qPrintable(r.error().detail()));
        QCOMPARE(r->data, content.mid(100, 50));
        QCOMPARE(r->offset, 100);
        QCOMPARE(r->fileSize, 1000);

        r = readRange(u"range/file.txt"_s, -50, 50); // the end
        QVERIFY(r);
        QCOMPARE(r->data, content.right(50));
        QCOMPARE(r->offset, 950);
        QCOMPARE(r->fileSize, 1000);

        r = readRange(u"range/file.txt"_s, -4096, 4096); // more than there is: all of it
        QVERIFY(r);
        QCOMPARE(r->data, content);
        QCOMPARE(r->offset, 0);

        r = readRange(u"range/file.txt"_s, 990, 50); // across the end
        QVERIFY(r);
        QCOMPARE(r->data, content.right(10));
        QCOMPARE(r->fileSize, 1000);

        for (qint64 past : {1000, 5000}) { // at or past the end: nothing (416)
            r = readRange(u"range/file.txt"_s, past, 50);
            QVERIFY2(r, qPrintable(r.error().detail()));
            QVERIFY(r->data.isEmpty());
            QCOMPARE(r->offset, past);
            QCOMPARE(r->fileSize,
                     -1); // Apache's 416 does not say the size (no "Content-Range: bytes */1000")
        }
        r = readRange(u"range/empty.txt"_s, 0, 50);
        QVERIFY2(r, qPrintable(r.error().detail()));
        QVERIFY(r->data.isEmpty());
        QCOMPARE(r->fileSize, 0);
        r = readRange(u"range/empty.txt"_s, -50, 50);
        QVERIFY2(r, qPrintable(r.error().detail()));
        QVERIFY(r->data.isEmpty());
        QCOMPARE(r->fileSize, 0);

        QCOMPARE(readRange(u"range/missing.txt"_s, 0, 50).error().kind(), Error::Kind::NotFound);

        // what went over the wire: the ranges asked for, and only their bytes
        QVERIFY(QTest::qWaitFor([&] { return getsOf(u"range/file.txt"_s).size() == 6; }, 10000));
        const auto gets = getsOf(u"range/file.txt"_s);
        QCOMPARE(gets.at(0), (std::pair<QString, qint64>(u"bytes=100-149"_s, 50)));
        QCOMPARE(gets.at(1), (std::pair<QString, qint64>(u"bytes=-50"_s, 50)));
        QCOMPARE(gets.at(3), (std::pair<QString, qint64>(u"bytes=990-1039"_s, 10)));
    }

    void aGrowingFileIsFollowed()
    {
        QVERIFY(write(u"grow/out.txt"_s, "line 1\n"));
        auto tail = tailOf(u"grow/out.txt"_s);
        QVERIFY(tail);
        Seen seen;
        seen.follow(tail.get());
        tail->start();
        QVERIFY(QTest::qWaitFor([&] { return seen.text == u"line 1\n"_s; }, 10000));
        QCOMPARE(tail->state(), OutputTail::State::Following);
        QVERIFY(seen.skips.isEmpty());

        // appended between polls, a line and a half
        QVERIFY(append(u"grow/out.txt"_s, "line 2\npart"));
        QVERIFY(QTest::qWaitFor([&] { return seen.current == u"part"_s; }, 10000));
        QCOMPARE(seen.text, u"line 1\nline 2\n"_s);
        QVERIFY(append(u"grow/out.txt"_s, "ial\n"));
        QVERIFY(QTest::qWaitFor([&] { return seen.text.endsWith(u"partial\n"_s); }, 10000));
        QCOMPARE(seen.current, QString());

        // a character cut between two writes is shown whole; an invalid byte as U+FFFD
        QVERIFY(append(u"grow/out.txt"_s, "caf\xc3"));
        const qint64 cut = QFileInfo(local(u"grow/out.txt"_s)).size();
        QVERIFY(QTest::qWaitFor([&] { return tail->position() == cut; }, 10000));
        QCOMPARE(seen.current, u"caf"_s);
        QVERIFY(append(u"grow/out.txt"_s, "\xa9 \xff!\n"));
        QVERIFY(QTest::qWaitFor([&] { return seen.text.endsWith(u"\n"_s) && seen.text.contains(u"caf"_s); },
                                10000));
        QVERIFY2(seen.text.endsWith(u"café \ufffd!\n"_s), qPrintable(seen.text));

        // a progress bar redraws one line; 200 KB of it do not make a 200 KB line
        QByteArray bar;
        for (int i = 0; bar.size() < 200 * 1024; ++i)
            bar += "\rprogress " + QByteArray::number(i % 100).rightJustified(2, '0') + '%';
        bar += "\rprogress done";
        QVERIFY(append(u"grow/out.txt"_s, bar));
        QVERIFY(QTest::qWaitFor([&] { return seen.current == u"progress done"_s; }, 10000));
        QVERIFY(tail->currentLine().size() < 20);
        QVERIFY(append(u"grow/out.txt"_s, "\r\nlast line\n"));
        QVERIFY(QTest::qWaitFor([&] { return seen.text.endsWith(u"progress done\nlast line\n"_s); }, 10000));
        QVERIFY2(!seen.text.contains(u"progress 42%"_s), "a redrawn line was kept");

        // nothing changes: it polls less and less often
        const int polls = seen.polls;
        QVERIFY(QTest::qWaitFor([&] { return seen.polls >= polls + 3; }, 10000));
        QVERIFY2(tail->currentInterval() > 20, qPrintable(QString::number(tail->currentInterval())));

        // every poll asked only for what comes after what it has (and a few bytes before, to notice a
        // replaced file): never the whole file again
        for (const auto &[range, sent] : getsOf(u"grow/out.txt"_s)) {
            QVERIFY2(range.startsWith(u"bytes="_s), qPrintable(range));
            QVERIFY(sent <= OutputTail::defaultChunkSize + 64);
        }

        // the job ended: what was written last is read, then it stops
        QVERIFY(append(u"grow/out.txt"_s, "job ended\n"));
        tail->setJobFinished();
        QVERIFY(QTest::qWaitFor([&] { return tail->state() == OutputTail::State::Finished; }, 10000));
        QVERIFY(seen.text.endsWith(u"last line\njob ended\n"_s));
        QVERIFY(seen.errors.isEmpty());
        QVERIFY(seen.restarts.isEmpty());
        // and asks no more: a second tail reads the file to its end while the first stays silent
        const int pollsAtEnd = seen.polls;
        QVERIFY(append(u"grow/out.txt"_s, "written after the end\n"));
        auto other = tailOf(u"grow/out.txt"_s);
        Seen seenByOther;
        seenByOther.follow(other.get());
        other->start();
        QVERIFY(
            QTest::qWaitFor([&] { return seenByOther.text.endsWith(u"written after the end\n"_s); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return seenByOther.polls >= 3; }, 10000));
        QCOMPARE(seen.polls, pollsAtEnd);
        QVERIFY(!seen.text.contains(u"written after the end"_s));
    }

    void aTruncatedOrReplacedFileStartsOver()
    {
        QVERIFY(write(u"trunc/out.txt"_s, "old 1\nold 2\nold 3\n"));
        auto tail = tailOf(u"trunc/out.txt"_s);
        Seen seen;
        seen.follow(tail.get());
        tail->start();
        QVERIFY(QTest::qWaitFor([&] { return seen.text == u"old 1\nold 2\nold 3\n"_s; }, 10000));

        // truncated (a job that ran again, "> out.txt"): shorter than what was read
        QVERIFY(write(u"trunc/out.txt"_s, "new\n"));
        QVERIFY(QTest::qWaitFor([&] { return seen.restarts.size() == 1 && seen.text == u"new\n"_s; }, 10000));
        QVERIFY2(seen.restarts.first().contains(u"shorter"_s), qPrintable(seen.restarts.first()));

        // replaced by another file that is longer: the bytes before the offset differ
        const QString next = local(u"trunc/next.txt"_s);
        QVERIFY(write(u"trunc/next.txt"_s, "another run, line 1\nanother run, line 2\n"));
        // rename(2) replaces the file in one step (QFile::rename would not replace it)
        QCOMPARE(std::rename(QFile::encodeName(next).constData(),
                             QFile::encodeName(local(u"trunc/out.txt"_s)).constData()),
                 0);
        QVERIFY(QTest::qWaitFor([&] { return seen.restarts.size() == 2; }, 10000));
        QVERIFY2(seen.restarts.last().contains(u"replaced"_s), qPrintable(seen.restarts.last()));
        QVERIFY(QTest::qWaitFor([&] { return seen.text == u"another run, line 1\nanother run, line 2\n"_s; },
                                10000));
        QVERIFY(seen.errors.isEmpty());
    }

    void aLargeFileIsReadFromItsEndAndByPages()
    {
        // 200 MB, sparse but for a line in the middle and the last lines
        const qint64 size = 200LL << 20;
        const qint64 middle = 100LL << 20;
        QByteArray end;
        for (int i = 1; i <= 100; ++i)
            end += "final line " + QByteArray::number(i) + '\n';
        {
            QDir().mkpath(local(u"big"_s));
            QFile f(local(u"big/out.log"_s));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(f.resize(size - end.size()));
            QVERIFY(f.seek(middle));
            QVERIFY(f.write("\nMIDDLE MARKER\n") > 0);
            QVERIFY(f.seek(size - end.size()));
            QVERIFY(f.write(end) == end.size());
        }
        QCOMPARE(QFileInfo(local(u"big/out.log"_s)).size(), size);
        const qint64 memoryBefore = peakMemoryKb();

        auto tail = tailOf(u"big/out.log"_s);
        Seen seen;
        seen.follow(tail.get());
        tail->start();
        QVERIFY(QTest::qWaitFor([&] { return seen.text.endsWith(u"final line 100\n"_s); }, 20000));
        // the last chunk only, and the view is told what came before it
        QCOMPARE(seen.skips.size(), 1);
        QCOMPARE(seen.skips.first(), (std::pair<qint64, qint64>(0, size - OutputTail::defaultChunkSize)));
        QVERIFY(seen.text.startsWith(u"final line 1\n"_s)); // the NULs of the hole are left out
        QCOMPARE(tail->fileSize(), size);

        // a page in the middle, on request
        Result<OutputPage> page = Error(Error::Kind::Timeout, u"test: no page"_s);
        bool paged = false;
        tail->readPage(middle - 16, 4096, this, [&](const Result<OutputPage> &p) {
            page = p;
            paged = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return paged; }, 10000));
        QVERIFY2(page, qPrintable(page.error().detail()));
        QCOMPARE(page->offset, middle - 16);
        QCOMPARE(page->data.size(), 4096);
        QCOMPARE(page->fileSize, size);
        QVERIFY2(page->text.contains(u"\nMIDDLE MARKER\n"_s), qPrintable(page->text.left(80)));

        // 10 MB written at once: far behind, the tail jumps to the end and says what it left out
        QByteArray burst;
        while (burst.size() < (10 << 20))
            burst += "burst line of a job that writes a lot ............................................\n";
        burst += "AFTER THE BURST\n";
        QVERIFY(append(u"big/out.log"_s, burst));
        QVERIFY(QTest::qWaitFor([&] { return seen.text.endsWith(u"AFTER THE BURST\n"_s); }, 20000));
        QCOMPARE(seen.skips.size(), 2);
        // the chunk right after what was shown is read, then the rest up to the last chunk left out
        QCOMPARE(seen.skips.last().first, size + OutputTail::defaultChunkSize);
        QCOMPARE(seen.skips.last().second, size + burst.size() - OutputTail::defaultChunkSize);
        QVERIFY(seen.restarts.isEmpty());

        // what the server sent: ranged GETs only, the end, the page, the burst's first chunk and its end
        const auto gets = getsOf(u"big/out.log"_s);
        qint64 sent = 0;
        for (const auto &[range, bytes] : gets) {
            QVERIFY2(range.startsWith(u"bytes="_s), qPrintable(range));
            sent += bytes;
        }
        QVERIFY2(sent < 4 * OutputTail::defaultChunkSize, qPrintable(QString::number(sent)));
        QVERIFY(std::any_of(gets.cbegin(), gets.cend(), [&](const auto &g) {
            return g.first == u"bytes=%1-%2"_s.arg(middle - 16).arg(middle - 16 + 4095);
        }));
        QCOMPARE(gets.first().first, u"bytes=-%1"_s.arg(OutputTail::defaultChunkSize));
        // and what this process holds: the 10 MB it wrote itself, not the 210 MB of the file
        const qint64 memoryAfter = peakMemoryKb();
        if (memoryBefore > 0)
            QVERIFY2(memoryAfter - memoryBefore < 64 * 1024,
                     qPrintable(u"peak memory grew by %1 kB"_s.arg(memoryAfter - memoryBefore)));
        qInfo("200 MB output: %lld GETs, %lld bytes sent; peak memory %lld -> %lld kB", qint64(gets.size()),
              sent, memoryBefore, memoryAfter);
    }

    void aFileThatIsNotThereYet()
    {
        auto tail = tailOf(u"later/out.txt"_s);
        Seen seen;
        seen.follow(tail.get());
        tail->start();
        QVERIFY(QTest::qWaitFor([&] { return tail->state() == OutputTail::State::WaitingForFile; }, 10000));
        QVERIFY(seen.errors.isEmpty()); // a queued job has no output yet: not an error
        QVERIFY(write(u"later/out.txt"_s, "started\n"));
        QVERIFY(QTest::qWaitFor([&] { return seen.text == u"started\n"_s; }, 10000));
        QCOMPARE(tail->state(), OutputTail::State::Following);

        // a job that ended without ever writing its file: said once, then it stops
        auto never = tailOf(u"never/out.txt"_s);
        Seen none;
        none.follow(never.get());
        never->start();
        QVERIFY(QTest::qWaitFor([&] { return never->state() == OutputTail::State::WaitingForFile; }, 10000));
        never->setJobFinished();
        QVERIFY(QTest::qWaitFor([&] { return never->state() == OutputTail::State::Failed; }, 10000));
        QCOMPARE(none.errors.size(), 1);
        QCOMPARE(none.errors.first().kind(), Error::Kind::NotFound);
        // what that can mean for a job's file, not the storage's sentence about a folder listing
        QVERIFY2(
            none.errors.first().userText().startsWith(u"The job's output file is not there (storage: "_s),
            qPrintable(none.errors.first().userText()));
    }

    void theClusterIsAskedWhenTheFileIsNotOnTheStorage()
    {
        // a path outside the mount goes to the scheduler's back-end: its size first, then the end
        QTemporaryDir dir;
        const QString path = dir.filePath(u"slurm-9.out"_s);
        QByteArray content;
        for (int i = 1; i <= 2000; ++i)
            content += "cluster line " + QByteArray::number(i) + '\n';
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
        f.close();
        LocalFilesProvider cluster;
        Result<std::unique_ptr<OutputReader>> reader =
            makeOutputReader(path, mount, user, m_client.get(), &cluster);
        QVERIFY(reader);
        QVERIFY(reader.value()->where().startsWith(u"cluster: "_s));
        OutputTail tail(std::move(reader).value());
        tail.setChunkSize(4096);
        tail.setPollInterval(20, 100);
        Seen seen;
        seen.follow(&tail);
        tail.start();
        QVERIFY(QTest::qWaitFor([&] { return seen.text.endsWith(u"cluster line 2000\n"_s); }, 10000));
        QCOMPARE(cluster.reads.first(), (std::pair<qint64, qint64>(0, 1)));
        QCOMPARE(cluster.reads.at(1), (std::pair<qint64, qint64>(content.size() - 4096, 4096)));
        QCOMPARE(seen.skips.first(), (std::pair<qint64, qint64>(0, content.size() - 4096)));

        // a back-end that cannot read files (Slurm REST) says so, and the tail stops
        struct NoFiles : LocalFilesProvider
        {
            BatchCall *readFile(const QString &p, qint64 o, qint64 m, Callback<FileChunk> done) override
            {
                return BatchProvider::readFile(p, o, m, std::move(done));
            }
        } rest;
        OutputTail unreadable(std::make_unique<ClusterOutputReader>(&rest, path));
        Seen refused;
        refused.follow(&unreadable);
        unreadable.start();
        QVERIFY(QTest::qWaitFor([&] { return unreadable.state() == OutputTail::State::Failed; }, 10000));
        QCOMPARE(refused.errors.size(), 1);
        QCOMPARE(refused.errors.first().kind(), Error::Kind::Unsupported);
        QVERIFY(refused.errors.first().userText().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestJobsOutput)
#include "tst_jobs_output.moc"
