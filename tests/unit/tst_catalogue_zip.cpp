// Unpacking IDS ZIPs with KArchive into the folder a user chose: IDS's layout becomes <dataset>/<file>, the
// encoded segments are decoded, and hostile entries (.., absolute paths, links, encoded separators,
// backslashes) are refused and listed with nothing written outside the folder.

#include "catalogue/ArchiveExtractor.h"

#include <KZip>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace daas;
using namespace daas::catalogue;
using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// every file, folder and link below dir, relative to it
QStringList tree(const QString &dir)
{
    QStringList all;
    for (QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QFileInfo fi = it.nextFileInfo();
        all << QDir(dir).relativeFilePath(fi.filePath()) + (fi.isSymLink() ? u" -> link"_s : QString());
    }
    all.sort();
    return all;
}

// A ZIP bomb made here: `bytes` of zeros deflated (about 1000:1), written in blocks so the test holds
// only one block in memory.
bool writeZeros(KArchive &archive, const QString &name, qint64 bytes)
{
    if (!archive.prepareWriting(name, u"root"_s, u"root"_s, bytes))
        return false;
    const QByteArray block(1 << 20, '\0');
    for (qint64 left = bytes; left > 0; left -= block.size())
        if (!archive.writeData(block.constData(), std::min<qint64>(left, block.size())))
            return false;
    return archive.finishWriting(bytes);
}

// Sets the unpacked size an archive's headers declare for `entry` (local header and central directory),
// as a hostile server could.
QByteArray declareSize(QByteArray zip, const QByteArray &entry, quint32 size)
{
    const auto put = [&zip](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((v >> (8 * i)) & 0xff);
    };
    for (qsizetype at = 0; (at = zip.indexOf(entry, at)) >= 0; at += entry.size()) {
        if (at >= 30 && zip.mid(at - 30, 4) == QByteArray("PK\x03\x04", 4))
            put(at - 30 + 22, size);
        else if (at >= 46 && zip.mid(at - 46, 4) == QByteArray("PK\x01\x02", 4))
            put(at - 46 + 24, size);
    }
    return zip;
}

} // namespace

class TestCatalogueZip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void javaUrlDecoding()
    {
        QCOMPARE(javaUrlDecode(u"MARI+run+data"_s), u"MARI run data"_s);
        QCOMPARE(javaUrlDecode(u"a%2Fb"_s), u"a/b"_s);
        QCOMPARE(javaUrlDecode(u"caf%C3%A9+%2B1"_s), u"café +1"_s);
        QCOMPARE(javaUrlDecode(u"cm33866-2"_s), u"cm33866-2"_s);
    }

    void layoutBecomesDatasetAndFile()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"ids.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            zip.writeFile(u"ids/ISIS/2410137/1/MARI+run+data/MAR25100.raw"_s, "one");
            zip.writeFile(u"ids/ISIS/2410137/1/MARI+run+data/MAR25101.raw"_s, "two");
            zip.writeFile(u"ids/ISIS/2410137/1/Sample+logs/sub/notes.log"_s, "three"); // a name with '/'
            zip.writeFile(u"ids/DLS/cm33866/cm33866-2/caf%C3%A9/x.h5"_s, "four");
            zip.writeFile(u"ids/ISIS/2410137/1/MARI+run+data/run..2.raw"_s,
                          "five"); // ".." inside a name is fine
            QVERIFY(zip.close());
        }
        const QString target = dir.filePath(u"chosen"_s);
        const ExtractResult r = extractIdsZip(zipPath, target);
        QVERIFY2(!r.error, qPrintable(r.error.detail()));
        QCOMPARE(r.refused, QStringList());
        QCOMPARE(r.written.size(), 5);
        QCOMPARE(readAll(target + u"/MARI run data/run..2.raw"_s), u"five"_s);
        QCOMPARE(readAll(target + u"/MARI run data/MAR25100.raw"_s), u"one"_s);
        QCOMPARE(readAll(target + u"/MARI run data/MAR25101.raw"_s), u"two"_s);
        QCOMPARE(readAll(target + u"/Sample logs/sub/notes.log"_s), u"three"_s);
        QCOMPARE(readAll(target + u"/café/x.h5"_s), u"four"_s);
        // unpacking again replaces the files whole (temp + rename), leaving no temp behind
        const ExtractResult again = extractIdsZip(zipPath, target);
        QVERIFY(!again.error);
        QCOMPARE(tree(target), (QStringList{u"MARI run data"_s, u"MARI run data/MAR25100.raw"_s,
                                            u"MARI run data/MAR25101.raw"_s, u"MARI run data/run..2.raw"_s,
                                            u"Sample logs"_s, u"Sample logs/sub"_s,
                                            u"Sample logs/sub/notes.log"_s, u"café"_s, u"café/x.h5"_s}));
    }

    void hostileEntriesAreRefusedAndListed_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("link");
        QTest::newRow("../evil") << u"../evil"_s << false;
        QTest::newRow("dotdot inside the layout") << u"ids/ISIS/1/1/data/../../../../../evil"_s << false;
        QTest::newRow("dotdot after the dataset") << u"ids/ISIS/1/1/data/../../evil"_s << false;
        QTest::newRow("/etc/x") << u"/etc/x"_s << false;
        QTest::newRow("absolute tmp") << u"/tmp/daas-zip-test-evil"_s << false;
        QTest::newRow("encoded dotdot dataset") << u"ids/ISIS/1/1/..%2F..%2F..%2Fevil/f"_s << false;
        QTest::newRow("dotdot as the dataset") << u"ids/ISIS/1/1/../f"_s << false;
        QTest::newRow("backslashes") << u"ids/ISIS/1/1/data/..\\..\\..\\evil"_s << false;
        QTest::newRow("symlink") << u"ids/ISIS/1/1/data/link"_s << true;
        QTest::newRow("symlink up") << u"ids/ISIS/1/1/data/up"_s << true;
        QTest::newRow("outside the layout") << u"somewhere/else.txt"_s << false;
    }
    void hostileEntriesAreRefusedAndListed()
    {
        QFETCH(QString, entry);
        QFETCH(bool, link);
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"evil.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            zip.writeFile(u"ids/ISIS/2410137/1/data/good.raw"_s, "good");
            if (link)
                QVERIFY(zip.writeSymLink(entry, entry.endsWith(u"up") ? u"../../../.."_s : u"/etc/passwd"_s));
            else
                QVERIFY(zip.writeFile(entry, "you should not see this"));
            zip.writeFile(u"ids/ISIS/2410137/1/data/later.raw"_s, "later");
            QVERIFY(zip.close());
        }
        const QString target = dir.filePath(u"inside/chosen"_s);
        const ExtractResult r = extractIdsZip(zipPath, target);
        QVERIFY2(!r.error, qPrintable(r.error.detail()));
        // the good entries, before and after the hostile one, are there; the hostile one is reported
        QCOMPARE(readAll(target + u"/data/good.raw"_s), u"good"_s);
        QCOMPARE(readAll(target + u"/data/later.raw"_s), u"later"_s);
        QCOMPARE(r.written.size(), 2);
        QCOMPARE(r.refused.size(), 1);
        QVERIFY(!r.refused.first().isEmpty());
        // nothing anywhere but the two files: not beside the folder, not above it, no link
        QCOMPARE(tree(dir.path()),
                 (QStringList{u"evil.zip"_s, u"inside"_s, u"inside/chosen"_s, u"inside/chosen/data"_s,
                              u"inside/chosen/data/good.raw"_s, u"inside/chosen/data/later.raw"_s}));
        QVERIFY(!QFile::exists(u"/tmp/daas-zip-test-evil"_s));
    }

    void brokenArchiveIsAnError()
    {
        QTemporaryDir dir;
        const ExtractResult missing = extractIdsZip(dir.filePath(u"missing.zip"_s), dir.path());
        QCOMPARE(missing.error.kind(), Error::Kind::Protocol);
        QFile junk(dir.filePath(u"junk.zip"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("PK\x03\x04 this is not really a zip");
        junk.close();
        const ExtractResult broken = extractIdsZip(junk.fileName(), dir.filePath(u"out"_s));
        QVERIFY(broken.error);
        QVERIFY(broken.written.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"out"_s)));
    }

    void cancelStopsAndLeavesNoTempFile()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"big.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            for (int i = 0; i < 5; ++i)
                zip.writeFile(u"ids/ISIS/1/1/data/f%1"_s.arg(i), QByteArray(1000, 'x'));
            QVERIFY(zip.close());
        }
        std::atomic<bool> cancelled{true};
        const ExtractResult r = extractIdsZip(zipPath, dir.filePath(u"out"_s), &cancelled);
        QCOMPARE(r.error.kind(), Error::Kind::Cancelled);
        QVERIFY(r.written.isEmpty());
        const QStringList left = tree(dir.path());
        QCOMPARE(left.filter(u"f"_s).filter(u"data/"_s), QStringList());
    }

    // A real bomb: 1 GiB of zeros deflated to about 1 MiB, after a good file. Refused by what it declares,
    // before anything is written: the folder is as it was, no temp file, no new folder.
    void zipBombIsRefusedWithNothingLeft()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"bomb.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(u"ids/ISIS/2410137/1/data/good.raw"_s, "good"));
            QVERIFY(writeZeros(zip, u"ids/ISIS/2410137/1/data/zeros.raw"_s, qint64(1) << 30));
            QVERIFY(zip.close());
        }
        QVERIFY(QFileInfo(zipPath).size() < 4 << 20);
        const QString target = dir.filePath(u"chosen"_s);
        QVERIFY(QDir().mkpath(target));
        QFile mine(target + u"/mine.txt"_s);
        QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("mine") == 4);
        mine.close();
        const QStringList before = tree(dir.path());
        const ExtractResult r = extractIdsZip(zipPath, target);
        QCOMPARE(r.error.kind(), Error::Kind::InvalidInput);
        QVERIFY2(r.error.userText().contains(u"ZIP bomb"_s), qPrintable(r.error.userText()));
        QVERIFY2(r.error.userText().contains(u"Nothing of it was kept"_s), qPrintable(r.error.userText()));
        QVERIFY(r.written.isEmpty());
        QCOMPARE(tree(dir.path()), before);
    }

    // The same bomb when its headers declare a small size: stopped while unpacking, and what was written
    // of the archive before it (the good file, its folder) is removed again.
    void bombThatLiesAboutItsSizeIsStoppedWhileUnpacking()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"liar.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(u"ids/ISIS/2410137/1/data/good.raw"_s, "good"));
            QVERIFY(writeZeros(zip, u"ids/ISIS/2410137/1/zeros/zeros.raw"_s, qint64(1) << 30));
            QVERIFY(zip.close());
        }
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray lying = declareSize(f.readAll(), "ids/ISIS/2410137/1/zeros/zeros.raw", 4096);
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(lying) == lying.size());
        f.close();
        const QString target = dir.filePath(u"chosen"_s);
        const ExtractResult r = extractIdsZip(zipPath, target);
        QVERIFY2(r.error, "the archive was unpacked whole");
        QVERIFY2(r.error.userText().contains(u"Nothing of it was kept"_s), qPrintable(r.error.userText()));
        QVERIFY(r.written.isEmpty());
        QCOMPARE(tree(dir.path()), QStringList{u"liar.zip"_s});
    }

    // Files that do not pack (random bytes) but unpack to more than the limit on the total.
    void totalSizeLimit()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"large.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QByteArray noise(3 << 20, Qt::Uninitialized);
            for (qsizetype i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 2654435761u) >> 13);
            QVERIFY(zip.writeFile(u"ids/ISIS/1/1/data/a.raw"_s, noise));
            QVERIFY(zip.writeFile(u"ids/ISIS/1/1/data/b.raw"_s, noise));
            QVERIFY(zip.close());
        }
        support::ArchiveLimits limits;
        limits.maxTotalBytes = 4 << 20;
        const ExtractResult r = extractIdsZip(zipPath, dir.filePath(u"chosen"_s), nullptr, limits);
        QCOMPARE(r.error.kind(), Error::Kind::InvalidInput);
        QVERIFY2(r.error.userText().contains(u"unpacks to more than"_s), qPrintable(r.error.userText()));
        QCOMPARE(tree(dir.path()), QStringList{u"large.zip"_s});
        // within the limit it unpacks
        limits.maxTotalBytes = 8 << 20;
        const ExtractResult fits = extractIdsZip(zipPath, dir.filePath(u"chosen"_s), nullptr, limits);
        QVERIFY2(!fits.error, qPrintable(fits.error.userText()));
        QCOMPARE(fits.written.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueZip)
#include "tst_catalogue_zip.moc"
