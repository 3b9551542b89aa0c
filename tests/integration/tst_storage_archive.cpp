// "Download as .zip" and "Extract here" against a real Apache: streamed both ways, hostile entries refused.
#include "dav/DavServer.h"
#include "storage/DavArchive.h"
#include "storage/StorageCredentials.h"
#include "storage/WebDavClient.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace daas;
using namespace daas::storage;

class TestStorageArchive : public QObject
{
    Q_OBJECT

    daas::testing::ApacheDavServer m_server;
    QNetworkAccessManager m_network;
    StaticCredentials m_credentials;
    std::unique_ptr<WebDavClient> m_client;
    QTemporaryDir m_local;

    QByteArray remote(const QString &path) const
    {
        QFile f(m_server.dataDir() + QLatin1Char('/') + path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    Error probe()
    {
        Error result(Error::Kind::Timeout, QStringLiteral("probe"));
        bool done = false;
        m_client->probe(this, [&](const Error &e) {
            result = e;
            done = true;
        });
        (void)QTest::qWaitFor([&]() { return done; }, 20000);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorLog()));
        m_credentials = StaticCredentials::basic(m_server.user(), m_server.password());
        m_client = std::make_unique<WebDavClient>(&m_network, m_server.rootUrl(), &m_credentials);
        QVERIFY(!probe());
    }

    void downloadSelectionAsZip()
    {
        QVERIFY(m_server.putFile(QStringLiteral("sel/run 1/a.dat"), QByteArray(3 * 1024 * 1024, 'a')));
        QVERIFY(m_server.putFile(QStringLiteral("sel/run 1/deep/b.txt"), "bee"));
        QVERIFY(m_server.putFile(QStringLiteral("sel/notes é.txt"), "notes"));
        QVERIFY(m_server.makeDir(QStringLiteral("sel/empty")));
        QVERIFY(m_server.putFile(QStringLiteral("sel/not-selected.txt"), "no"));

        DavResource folder;
        folder.path = QStringLiteral("sel/run 1");
        folder.name = QStringLiteral("run 1");
        folder.isCollection = true;
        DavResource notes;
        notes.path = QStringLiteral("sel/notes é.txt");
        notes.name = QStringLiteral("notes é.txt");
        notes.size = 5;
        DavResource empty;
        empty.path = QStringLiteral("sel/empty");
        empty.isCollection = true;

        const QString zipPath = m_local.filePath(QStringLiteral("selection.zip"));
        ZipDownloadJob job(m_client.get(), {folder, notes, empty}, zipPath);
        QSignalSpy finished(&job, &ZipDownloadJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.detail()));
        QVERIFY(!QFile::exists(m_local.filePath(QStringLiteral(".selection.zip.daas-part"))));

        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const KArchiveDirectory *top = zip.directory();
        QCOMPARE(static_cast<const KArchiveFile *>(top->entry(QStringLiteral("run 1/a.dat")))->data(),
                 QByteArray(3 * 1024 * 1024, 'a'));
        QCOMPARE(static_cast<const KArchiveFile *>(top->entry(QStringLiteral("run 1/deep/b.txt")))->data(),
                 QByteArray("bee"));
        QCOMPARE(static_cast<const KArchiveFile *>(top->entry(QStringLiteral("notes é.txt")))->data(),
                 QByteArray("notes"));
        QVERIFY(top->entry(QStringLiteral("empty")) && top->entry(QStringLiteral("empty"))->isDirectory());
        QVERIFY(!top->entry(QStringLiteral("not-selected.txt")));
    }

    void extractZipIntoRemoteFolder()
    {
        const QString zipPath = m_local.filePath(QStringLiteral("upload.zip"));
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(QStringLiteral("good/one.txt"), "one"));
            QVERIFY(zip.writeFile(QStringLiteral("good/sub/two.bin"), QByteArray(2 * 1024 * 1024, 't')));
            QVERIFY(zip.writeFile(QStringLiteral("top.txt"), "top"));
            QVERIFY(zip.writeFile(QStringLiteral("../escape.txt"), "evil"));
            QVERIFY(zip.writeFile(QStringLiteral("good/../../escape2.txt"), "evil"));
            QVERIFY(zip.writeFile(QStringLiteral("/absolute.txt"), "evil"));
            QVERIFY(zip.writeSymLink(QStringLiteral("link"), QStringLiteral("/etc/passwd")));
            QVERIFY(zip.writeFile(QStringLiteral("bad\x01name.txt"), "evil"));
            QVERIFY(zip.close());
        }
        QVERIFY(m_server.makeDir(QStringLiteral("target")));
        ExtractUploadJob job(m_client.get(), zipPath, QStringLiteral("target"));
        QSignalSpy finished(&job, &ExtractUploadJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(remote(QStringLiteral("target/good/one.txt")), QByteArray("one"));
        QCOMPARE(remote(QStringLiteral("target/good/sub/two.bin")), QByteArray(2 * 1024 * 1024, 't'));
        QCOMPARE(remote(QStringLiteral("target/top.txt")), QByteArray("top"));
        qInfo() << "refused:" << job.refused();
        QVERIFY(job.refused().size() >= 3);
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/escape.txt")));
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/../escape.txt")));
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/escape2.txt")));
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/target/link")));
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/target/absolute.txt")) ||
                job.refused().join(QLatin1Char('\n')).contains(QLatin1String("absolute")));
        // nothing but the three good files (and their folders) arrived
        QStringList all;
        QDirIterator it(m_server.dataDir() + QStringLiteral("/target"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            all << it.next().mid(m_server.dataDir().size() + 1);
        all.sort();
        QCOMPARE(all,
                 (QStringList{QStringLiteral("target/good/one.txt"),
                              QStringLiteral("target/good/sub/two.bin"), QStringLiteral("target/top.txt")}));

        // a second extraction does not overwrite what is there (Apache enforces If-None-Match)
        ExtractUploadJob again(m_client.get(), zipPath, QStringLiteral("target"));
        QSignalSpy finishedAgain(&again, &ExtractUploadJob::finished);
        again.start();
        QVERIFY(finishedAgain.wait(30000));
        QVERIFY(again.uploaded().isEmpty());
    }

    void extractTarGz()
    {
        const QString tarPath = m_local.filePath(QStringLiteral("data.tar.gz"));
        {
            KTar tar(tarPath);
            QVERIFY(tar.open(QIODevice::WriteOnly));
            QVERIFY(tar.writeFile(QStringLiteral("t/x.txt"), "x"));
            QVERIFY(tar.writeFile(QStringLiteral("../up.txt"), "evil"));
            QVERIFY(tar.close());
        }
        ExtractUploadJob job(m_client.get(), tarPath, QString());
        QSignalSpy finished(&job, &ExtractUploadJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().value<Error>());
        QCOMPARE(remote(QStringLiteral("t/x.txt")), QByteArray("x"));
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/../up.txt")));
        QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/up.txt")));
    }

    void notAnArchive()
    {
        const QString path = m_local.filePath(QStringLiteral("fake.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a zip");
        f.close();
        ExtractUploadJob job(m_client.get(), path, QString());
        QSignalSpy finished(&job, &ExtractUploadJob::finished);
        job.start();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QCOMPARE(finished.first().first().value<Error>().kind(), Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestStorageArchive)
#include "tst_storage_archive.moc"
