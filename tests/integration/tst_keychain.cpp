// CredentialStore against a real Secret Service: the gnome-keyring that tests/facility/test-session.sh
// starts in a private D-Bus session.

#include "identity/CredentialStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace daas;
using identity::CredentialStore;

class TestKeychain : public QObject
{
    Q_OBJECT

    Error write(const QString &key, const QString &secret)
    {
        std::optional<Error> result;
        CredentialStore::write(key, secret, this, [&](const Error &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }
    Result<QString> read(const QString &key)
    {
        std::optional<Result<QString>> result;
        CredentialStore::read(key, this, [&](const Result<QString> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run under tests/facility/test-session.sh: it provides the Secret Service");
    }

    void writeReadOverwriteRemove()
    {
        const QString key =
            CredentialStore::key(QStringLiteral("test"), QStringLiteral("simple"),
                                 QStringLiteral("alice-%1").arg(QDateTime::currentMSecsSinceEpoch()));
        const QString secret = QStringLiteral("pä$$ wörd with spaces and ' quotes");
        QCOMPARE(write(key, secret).kind(), Error::Kind::None);
        Result<QString> r = read(key);
        QVERIFY2(r, qPrintable(r.error().detail()));
        QCOMPARE(r.value(), secret);

        QCOMPARE(write(key, QStringLiteral("second")).kind(), Error::Kind::None);
        QCOMPARE(read(key).value(), QStringLiteral("second"));

        std::optional<Error> removed;
        CredentialStore::remove(key, this, [&](const Error &e) { removed = e; });
        QTRY_VERIFY(removed.has_value());
        QCOMPARE(removed->kind(), Error::Kind::None);
        const Result<QString> gone = read(key);
        QCOMPARE(gone.error().kind(), Error::Kind::NotFound);
        QVERIFY(!gone.error().userText().isEmpty());
    }

    void secretsNeverReachFiles()
    {
        const QString secret = QStringLiteral("never-in-a-file-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(write(QStringLiteral("test/simple/bob"), secret).kind(), Error::Kind::None);
        // the client's own settings and data folders hold no copy (the keyring's encrypted file is its own)
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                    QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation}) {
            const QString dir = QStandardPaths::writableLocation(location);
            for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
                QFile f(it.next());
                if (f.fileName().contains(QStringLiteral("keyrings")))
                    continue;
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
