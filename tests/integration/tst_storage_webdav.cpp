// The WebDAV core against real servers: Apache mod_dav_fs and nginx dav-ext, each started on a free port.
// Every test runs once per server (initTestCase_data); what differs between them is asserted, not assumed.
#include "dav/DavServer.h"
#include "storage/RemoteFolderModel.h"
#include "storage/StorageCredentials.h"
#include "storage/WebDavClient.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace daas;
using namespace daas::storage;
using daas::testing::DavServer;

class TestStorageWebDav : public QObject
{
    Q_OBJECT

    std::unique_ptr<DavServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    StaticCredentials m_credentials;
    std::unique_ptr<WebDavClient> m_client;

    bool isApache() const { return m_server->name() == QLatin1String("apache"); }

    std::unique_ptr<WebDavClient> makeClient(StorageCredentials *credentials)
    {
        return std::make_unique<WebDavClient>(m_network.get(), m_server->rootUrl(), credentials);
    }

    // Runs a DavJob to its end; returns it still alive (it deletes itself later).
    struct Done
    {
        Error error;
        int status = 0;
        DavResource self;
        QList<DavResource> children;
        int refused = 0;
    };
    static Done wait(DavJob *job)
    {
        Done d;
        QSignalSpy spy(job, &DavJob::finished);
        QObject::connect(job, &DavJob::finished, job, [&d, job]() {
            d.error = job->error();
            d.status = job->status();
            d.self = job->self();
            d.children = job->children();
            d.refused = int(job->refused().size());
        });
        if (!spy.wait(20000))
            d.error = Error(Error::Kind::Timeout, QStringLiteral("test: job did not finish"));
        return d;
    }

    Error probe(WebDavClient *client)
    {
        Error result(Error::Kind::Timeout, QStringLiteral("probe did not finish"));
        bool done = false;
        client->probe(this, [&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 20000))
            return result;
        return result;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("apache") << QStringLiteral("apache");
        QTest::newRow("nginx") << QStringLiteral("nginx");
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFETCH_GLOBAL(QString, server);
        if (server == QLatin1String("apache"))
            m_server = std::make_unique<daas::testing::ApacheDavServer>();
        else
            m_server = std::make_unique<daas::testing::NginxDavServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials = StaticCredentials::basic(m_server->user(), m_server->password());
        m_client = makeClient(&m_credentials);
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void probeShowsWhatTheServerDoes()
    {
        QVERIFY2(!probe(m_client.get()), "probe failed");
        const DavCapabilities &caps = m_client->capabilities();
        qInfo("%s: %s", qPrintable(m_server->name()), qPrintable(caps.summary()));
        QVERIFY(caps.probed);
        QVERIFY(caps.davClasses.contains(QStringLiteral("2")));
        QVERIFY(caps.locking);
        if (isApache()) {
            QVERIFY(caps.etagsInListing);
            QVERIFY(caps.ifMatchEnforced);
            QVERIFY(caps.createOnlyEnforced);
            QVERIFY(caps.partialPut);
            // the session's first request is the cheap OPTIONS, never a body
            const QStringList log = m_server->accessLog();
            QVERIFY(!log.isEmpty());
            QVERIFY2(log.first().startsWith(QLatin1String("OPTIONS /dav/ 200")), qPrintable(log.first()));
            for (const QString &line : log)
                QVERIFY2(!line.contains(QLatin1String(" 401 ")), qPrintable(line));
        } else {
            // the recorded differences of nginx + dav-ext
            QVERIFY(!caps.etagsInListing);
            QVERIFY(!caps.ifMatchEnforced);
            QVERIFY(!caps.partialPut);
        }
        // the scratch file is gone
        QVERIFY(QDir(m_server->dataDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void listingDecodesNamesAndSkipsTheFolderItself()
    {
        const QString odd = QStringLiteral("héllo #%+;'&[1].txt");
        QVERIFY(m_server->putFile(odd, "twelve bytes"));
        QVERIFY(m_server->putFile(QStringLiteral("My Folder/inner.bin"), QByteArray(1000, 'x')));
        QVERIFY(m_server->putFile(QStringLiteral("empty"), QByteArray()));
        const Done d = wait(m_client->list(QString()));
        QVERIFY2(!d.error, qPrintable(d.error.detail()));
        QCOMPARE(d.refused, 0);
        QMap<QString, DavResource> byName;
        for (const DavResource &r : d.children)
            byName.insert(r.name, r);
        QCOMPARE(byName.keys(), (QStringList{QStringLiteral("My Folder"), QStringLiteral("empty"), odd}));
        QCOMPARE(byName.value(odd).size, 12);
        QVERIFY(!byName.value(odd).isCollection);
        QVERIFY(byName.value(QStringLiteral("My Folder")).isCollection);
        QCOMPARE(byName.value(QStringLiteral("empty")).size, 0);
        QVERIFY(byName.value(odd).lastModified.isValid());
        QCOMPARE(isApache(), !byName.value(odd).etag.isEmpty());

        const Done inner = wait(m_client->list(QStringLiteral("My Folder")));
        QVERIFY(!inner.error);
        QCOMPARE(inner.children.size(), 1);
        QCOMPARE(inner.children.first().path, QStringLiteral("My Folder/inner.bin"));
        QCOMPARE(inner.children.first().size, 1000);

        const Done stat = wait(m_client->stat(odd));
        QVERIFY(!stat.error);
        QCOMPARE(stat.self.size, 12);
    }

    void folderModelFillsAsTheListingArrives()
    {
        for (int i = 0; i < 300; ++i)
            QVERIFY(m_server->putFile(QStringLiteral("f%1.dat").arg(i, 4, 10, QLatin1Char('0')),
                                      QByteArray(i, 'a')));
        RemoteFolderModel model(m_client.get());
        QSignalSpy loaded(&model, &RemoteFolderModel::loaded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setFolder(QString());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(inserted.size() >= 1);
        QSet<QString> names;
        for (int r = 0; r < model.rowCount(); ++r)
            names.insert(model.data(model.index(r, 0)).toString());
        QCOMPARE(names.size(), 300);
        QVERIFY(names.contains(QStringLiteral("f0299.dat")));
        QSignalSpy failed(&model, &RemoteFolderModel::loadFailed);
        model.setFolder(QStringLiteral("../etc"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.error().kind(), Error::Kind::UnsafePath);
    }

    void folderOperations()
    {
        QVERIFY(m_server->putFile(QStringLiteral("a.txt"), "alpha"));
        Done d = wait(m_client->makeFolder(QStringLiteral("New Folder")));
        QVERIFY2(!d.error, qPrintable(d.error.detail()));
        QVERIFY(QFileInfo(m_server->dataDir() + QStringLiteral("/New Folder")).isDir());

        d = wait(m_client->makeFolder(QStringLiteral("New Folder")));
        QCOMPARE(d.error.kind(), Error::Kind::Conflict);
        QVERIFY(!d.error.userText().isEmpty());

        d = wait(m_client->makeFolder(QStringLiteral("missing/child")));
        QCOMPARE(d.status, 409);
        QCOMPARE(d.error.kind(), Error::Kind::Conflict);

        d = wait(m_client->copy(QStringLiteral("a.txt"), QStringLiteral("New Folder/b.txt"), false, false));
        QVERIFY2(!d.error, qPrintable(d.error.detail()));
        d = wait(m_client->copy(QStringLiteral("a.txt"), QStringLiteral("New Folder/b.txt"), false, false));
        QCOMPARE(d.status, 412);
        QCOMPARE(d.error.kind(), Error::Kind::Conflict);

        d = wait(m_client->move(QStringLiteral("New Folder"), QStringLiteral("Renamed Folder"), false, true));
        QVERIFY2(!d.error, qPrintable(d.error.detail()));
        QVERIFY(QFile::exists(m_server->dataDir() + QStringLiteral("/Renamed Folder/b.txt")));

        d = wait(m_client->remove(QStringLiteral("Renamed Folder"), true));
        QVERIFY(!d.error);
        d = wait(m_client->stat(QStringLiteral("Renamed Folder")));
        QCOMPARE(d.error.kind(), Error::Kind::NotFound);
        QVERIFY(d.error.userText().contains(QLatin1String("Renamed Folder")));
    }

    void wrongPasswordThenRenewal()
    {
        StaticCredentials wrong = StaticCredentials::basic(m_server->user(), QStringLiteral("not-it"));
        auto client = makeClient(&wrong);
        Error e = probe(client.get());
        QCOMPARE(e.kind(), Error::Kind::Authentication);
        QVERIFY(!e.userText().contains(QLatin1String("not-it")));
        QVERIFY(!e.detail().contains(QLatin1String("not-it")));

        int renewals = 0;
        wrong.setRenewer([&](StaticCredentials *self, std::function<void(const Error &)> done) {
            ++renewals;
            self->setBasic(m_server->user(), m_server->password());
            done(Error());
        });
        QVERIFY(!probe(client.get()));
        QCOMPARE(renewals, 1);
        const Done d = wait(client->list(QString()));
        QVERIFY(!d.error);
        QCOMPARE(renewals, 1);
    }

    void statusesBecomeSentences()
    {
        QSet<QString> texts;
        for (int status : {401, 403, 404, 409, 412, 413, 423, 507}) {
            const Error e =
                WebDavClient::statusError(status, DavOperation::Upload, QStringLiteral("data.nxs"));
            QVERIFY(e);
            QVERIFY(e.userText().endsWith(QLatin1Char('.')));
            QVERIFY(e.detail().contains(QString::number(status)));
            texts.insert(e.userText());
        }
        QCOMPARE(texts.size(), 8);
        QCOMPARE(WebDavClient::statusError(507, DavOperation::Upload, {}).kind(), Error::Kind::Storage);
        QCOMPARE(WebDavClient::statusError(412, DavOperation::Upload, {}).kind(), Error::Kind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestStorageWebDav)
#include "tst_storage_webdav.moc"
