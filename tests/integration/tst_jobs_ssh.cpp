// The SSH transport of the jobs domain against a real OpenSSH server (tests/facility/ssh): host keys asked
// with the fingerprint the server really has and remembered only when trusted, a changed key refused, a
// failed login explained in ssh's own words, timeouts and cancels kept apart, key passphrases asked through
// our SSH_ASKPASS helper, one shared connection for many commands, hostile strings quoted.
#include "SshServer.h"
#include "TestPaths.h"
#include "jobs/SshConnection.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace daas;
using namespace daas::jobs;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Waits for one command's result (in the test only: product code never waits).
struct Outcome
{
    std::optional<Result<SshOutput>> result;
    bool done() const { return result.has_value(); }
    const Error &error() const { return result->error(); }
    QString out() const
    {
        return result->ok() ? QString::fromUtf8(result->value().standardOutput) : QString();
    }
};

SshCommand::Done into(std::shared_ptr<Outcome> outcome)
{
    return [outcome](const Result<SshOutput> &r) { outcome->result = r; };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobsSsh : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::SshServer> m_server;
    QTemporaryDir m_client; // the client's known_hosts of one test

    SshEndpoint endpoint(const QString &key = {}) const
    {
        SshEndpoint e;
        e.host = m_server->host();
        e.port = m_server->port();
        e.user = m_server->loginUser();
        e.identityFile = key.isEmpty() ? m_server->clientKey() : key;
        return e;
    }
    // usersKnownHosts: ~/.ssh/known_hosts too (two rows, with a HOME of their own); else this machine's
    // ~/.ssh stays out of the rows
    SshOptions options(const QString &knownHosts = {}, bool usersKnownHosts = false) const
    {
        SshOptions o;
        o.knownHostsFile = knownHosts.isEmpty() ? m_client.path() + u"/known_hosts"_s : knownHosts;
        o.askpassProgram = daas::test::paths::askpass();
        o.connectTimeoutSeconds = 10;
        o.trustUsersKnownHosts = usersKnownHosts;
        return o;
    }
    // `home`/.ssh/known_hosts with the server's key, as the user's own ssh would have written it; its path
    QString usersOwnTrust(const QTemporaryDir &home)
    {
        const QString own = home.filePath(u".ssh/known_hosts"_s);
        if (QDir().mkpath(home.filePath(u".ssh"_s)))
            trustServer(own);
        return own;
    }
    // HOME set to `home` until the guard goes
    static auto homeAt(const QString &home)
    {
        const QByteArray before = qgetenv("HOME");
        qputenv("HOME", home.toUtf8());
        return qScopeGuard([before] { qputenv("HOME", before); });
    }
    // The server's key written to known_hosts as if the user had trusted it before.
    void trustServer(const QString &knownHosts)
    {
        const QByteArray pub = readAll(m_server->hostPublicKeyFile()).trimmed();
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(u"[%1]:%2 "_s.arg(m_server->host()).arg(m_server->port()).toUtf8() + pub + '\n');
    }
    std::shared_ptr<Outcome> run(SshConnection &c, const QString &command,
                                 std::chrono::milliseconds timeout = 30s, const QByteArray &input = {})
    {
        auto outcome = std::make_shared<Outcome>();
        c.run(command, input, timeout, into(outcome));
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<testing::SshServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void init()
    {
        QFile::remove(m_client.path() + u"/known_hosts"_s);
        if (!m_server->isRunning())
            QVERIFY(m_server->restart());
    }

    void unknownHostKeyIsAskedWithItsFingerprint()
    {
        const QString knownHosts = m_client.path() + u"/known_hosts"_s;
        const QString expected = m_server->hostKeyFingerprint();
        QVERIFY(expected.startsWith(u"SHA256:"_s));
        {
            SshConnection c(endpoint(), options());
            QSignalSpy asked(&c, &SshConnection::hostKeyDecisionNeeded);
            auto first = run(c, u"echo hello"_s);
            QVERIFY(asked.wait(20000));
            QCOMPARE(asked.first().at(0).toString(), u"%1:%2"_s.arg(m_server->host()).arg(m_server->port()));
            QCOMPARE(asked.first().at(1).toString(), u"ED25519"_s);
            QCOMPARE(asked.first().at(2).toString(), expected);
            QVERIFY(!first->done());
            // no: refused, nothing written
            c.answerHostKey(false);
            QTRY_VERIFY(first->done());
            QCOMPARE(first->error().kind(), Error::Kind::Tls);
            QVERIFY2(first->error().userText().contains(expected), qPrintable(first->error().userText()));
            QVERIFY(readAll(knownHosts).isEmpty());

            // asked again; yes: written, and the command runs
            auto second = run(c, u"echo hello"_s);
            QVERIFY(asked.wait(20000));
            QCOMPARE(asked.size(), 2);
            c.answerHostKey(true);
            QTRY_VERIFY_WITH_TIMEOUT(second->done(), 20000);
            QVERIFY2(second->result->ok(), qPrintable(second->error().userText()));
            QCOMPARE(second->out(), u"hello\n"_s);
            const QByteArray remembered = readAll(knownHosts);
            QCOMPARE(remembered.count('\n'), 1);
            QVERIFY(remembered.startsWith(
                u"[%1]:%2 ssh-ed25519 "_s.arg(m_server->host()).arg(m_server->port()).toUtf8()));
        }
        // a new connection (its own login): no question
        SshConnection again(endpoint(), options());
        QSignalSpy asked(&again, &SshConnection::hostKeyDecisionNeeded);
        auto third = run(again, u"echo again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(third->done(), 20000);
        QVERIFY2(third->result->ok(), qPrintable(third->error().userText()));
        QCOMPARE(third->out(), u"again\n"_s);
        QCOMPARE(asked.size(), 0);
    }

    void changedHostKeyIsRefusedWithoutAsking()
    {
        const QString knownHosts = m_client.path() + u"/known_hosts"_s;
        trustServer(knownHosts);
        {
            SshConnection c(endpoint(), options());
            auto before = run(c, u"echo before"_s);
            QTRY_VERIFY_WITH_TIMEOUT(before->done(), 20000);
            QVERIFY2(before->result->ok(), qPrintable(before->error().userText()));
        }
        QVERIFY(m_server->regenerateHostKey());
        const QString changed = m_server->hostKeyFingerprint();
        const QByteArray rememberedBefore = readAll(knownHosts);

        SshConnection c(endpoint(), options());
        QSignalSpy asked(&c, &SshConnection::hostKeyDecisionNeeded);
        auto after = run(c, u"echo after"_s);
        auto queued = run(c, u"echo queued"_s);
        QTRY_VERIFY_WITH_TIMEOUT(after->done() && queued->done(), 20000);
        QCOMPARE(after->error().kind(), Error::Kind::Tls);
        QVERIFY2(after->error().userText().contains(u"CHANGED"_s), qPrintable(after->error().userText()));
        QVERIFY2(after->error().userText().contains(changed), qPrintable(after->error().userText()));
        QCOMPARE(queued->error().kind(), Error::Kind::Tls);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(readAll(knownHosts), rememberedBefore);
    }

    // A login node the user's own ssh already trusts (~/.ssh/known_hosts) is not new: no question, and
    // neither file is written.
    void aKeyTheUsersOwnSshTrustsIsNotAskedAbout()
    {
        QTemporaryDir home;
        const QString own = usersOwnTrust(home);
        const QByteArray ownBefore = readAll(own);
        QVERIFY(!ownBefore.isEmpty());
        const auto restore = homeAt(home.path());
        SshConnection c(endpoint(), options({}, true));
        QSignalSpy asked(&c, &SshConnection::hostKeyDecisionNeeded);
        auto known = run(c, u"echo known"_s);
        QTRY_VERIFY_WITH_TIMEOUT(known->done(), 20000);
        QVERIFY2(known->result->ok(), qPrintable(known->error().userText()));
        QCOMPARE(known->out(), u"known\n"_s);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(readAll(own), ownBefore);
        QVERIFY(readAll(m_client.path() + u"/known_hosts"_s).isEmpty());
    }

    // ... and when the key there is an old one, the refusal names that file, where the old key is
    void aChangedKeyInTheUsersOwnFileNamesThatFile()
    {
        QTemporaryDir home;
        const QString own = usersOwnTrust(home);
        QVERIFY(!readAll(own).isEmpty());
        QVERIFY(m_server->regenerateHostKey());
        const auto restore = homeAt(home.path());
        SshConnection c(endpoint(), options({}, true));
        QSignalSpy asked(&c, &SshConnection::hostKeyDecisionNeeded);
        auto after = run(c, u"echo after"_s);
        QTRY_VERIFY_WITH_TIMEOUT(after->done(), 20000);
        QCOMPARE(after->error().kind(), Error::Kind::Tls);
        QVERIFY2(after->error().userText().contains(u"CHANGED"_s), qPrintable(after->error().userText()));
        QVERIFY2(after->error().userText().contains(u"from %1 and"_s.arg(own)),
                 qPrintable(after->error().userText()));
        QCOMPARE(asked.size(), 0);
    }

    void failedLoginSaysWhyInSshsWords()
    {
        const QString knownHosts = m_client.path() + u"/known_hosts"_s;
        trustServer(knownHosts);
        // a key the server does not know
        QProcess keygen;
        const QString stranger = m_client.path() + u"/stranger"_s;
        QFile::remove(stranger);
        keygen.start(u"ssh-keygen"_s,
                     {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, stranger});
        QVERIFY(keygen.waitForFinished(20000));
        {
            SshConnection c(endpoint(stranger), options());
            auto denied = run(c, u"true"_s);
            QTRY_VERIFY_WITH_TIMEOUT(denied->done(), 20000);
            QCOMPARE(denied->error().kind(), Error::Kind::Authentication);
            QVERIFY2(denied->error().userText().contains(u"Permission denied"_s),
                     qPrintable(denied->error().userText()));
        }
        // nobody listening
        SshEndpoint closed = endpoint();
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed.port = probe.serverPort();
        }
        SshConnection c(closed, options());
        auto refused = run(c, u"true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(refused->done(), 20000);
        QCOMPARE(refused->error().kind(), Error::Kind::Network);
        QVERIFY2(refused->error().userText().contains(u"Connection refused"_s),
                 qPrintable(refused->error().userText()));
    }

    void timeoutIsNotACancel()
    {
        trustServer(m_client.path() + u"/known_hosts"_s);
        SshConnection c(endpoint(), options());
        auto slow = run(c, u"sleep 30"_s, 1500ms);
        QTRY_VERIFY_WITH_TIMEOUT(slow->done(), 20000);
        QCOMPARE(slow->error().kind(), Error::Kind::Timeout);
        QVERIFY2(slow->error().userText().contains(u"sleep"_s), qPrintable(slow->error().userText()));
        // the connection still works
        auto next = run(c, u"echo still here"_s);
        QTRY_VERIFY_WITH_TIMEOUT(next->done(), 20000);
        QCOMPARE(next->out(), u"still here\n"_s);
    }

    void cancelEndsARunningCommand()
    {
        trustServer(m_client.path() + u"/known_hosts"_s);
        SshConnection c(endpoint(), options());
        // somewhere the login user may write
        const QString marker =
            QDir::tempPath() + u"/daas-ssh-started-"_s + QString::number(QCoreApplication::applicationPid());
        QFile::remove(marker);
        auto outcome = std::make_shared<Outcome>();
        SshCommand *command =
            c.run(u"touch %1; sleep 60; echo finished"_s.arg(SshConnection::shellQuote(marker)), {}, 120s,
                  into(outcome));
        // it runs on the server (the same machine): the marker appears
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 20000);
        QVERIFY(!outcome->done());
        command->cancel();
        QVERIFY(outcome->done()); // at once
        QCOMPARE(outcome->error().kind(), Error::Kind::Cancelled);
        QFile::remove(marker);
    }

    void oneConnectionForManyCommands()
    {
        trustServer(m_client.path() + u"/known_hosts"_s);
        const qsizetype loginsBefore = m_server->log().count(u"Accepted publickey"_s);
        SshConnection c(endpoint(), options());
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 5; ++i)
            outcomes.append(run(c, u"echo %1"_s.arg(i)));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(outcomes.cbegin(), outcomes.cend(), [](auto &o) { return o->done(); }), 30000);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(outcomes.at(i)->out(), u"%1\n"_s.arg(i));
        QCOMPARE(m_server->log().count(u"Accepted publickey"_s) - loginsBefore, 1);
    }

    void hostileStringsStayStrings()
    {
        trustServer(m_client.path() + u"/known_hosts"_s);
        SshConnection c(endpoint(), options());
        const QString hostile = u"$(touch pwned) `id` 'quoted' \"double\" ; | & \\ \n second line *"_s;
        auto echoed = run(c, u"printf '%s' "_s + SshConnection::shellQuote(hostile));
        QTRY_VERIFY_WITH_TIMEOUT(echoed->done(), 20000);
        QCOMPARE(echoed->out(), hostile);
        // standard input arrives unchanged
        auto piped = run(c, u"cat"_s, 30s, "line one\nline two\n");
        QTRY_VERIFY_WITH_TIMEOUT(piped->done(), 20000);
        QCOMPARE(piped->out(), u"line one\nline two\n"_s);
    }

    void keyPassphraseIsAskedThroughOurHelper()
    {
        trustServer(m_client.path() + u"/known_hosts"_s);
        const QString locked = m_server->makeClientKey(u"locked_ed25519"_s, u"correct horse"_s);
        QVERIFY(!locked.isEmpty());
        SshConnection c(endpoint(locked), options());
        QSignalSpy asked(&c, &SshConnection::secretNeeded);
        auto outcome = run(c, u"echo unlocked"_s);
        QVERIFY(asked.wait(20000));
        QVERIFY2(asked.last().at(0).toString().contains(u"passphrase"_s),
                 qPrintable(asked.last().at(0).toString()));
        QCOMPARE(asked.last().at(1).toBool(), false);
        c.answerSecret(u"wrong"_s);
        QVERIFY(asked.wait(20000));
        QCOMPARE(asked.last().at(1).toBool(), true); // the same question again: a retry
        c.answerSecret(u"correct horse"_s);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done(), 20000);
        QVERIFY2(outcome->result->ok(), qPrintable(outcome->error().userText()));
        QCOMPARE(outcome->out(), u"unlocked\n"_s);
    }

    void cancelledPassphraseIsALoginThatFailed()
    {
        trustServer(m_client.path() + u"/known_hosts"_s);
        const QString locked = m_server->dir() + u"/locked_ed25519"_s;
        QVERIFY(QFile::exists(locked) ||
                !m_server->makeClientKey(u"locked_ed25519"_s, u"correct horse"_s).isEmpty());
        SshConnection c(endpoint(locked), options());
        QSignalSpy asked(&c, &SshConnection::secretNeeded);
        auto outcome = run(c, u"echo unlocked"_s);
        while (!outcome->done()) {
            if (asked.isEmpty() && !asked.wait(20000))
                break;
            asked.clear();
            c.answerSecret(std::nullopt);
            QTest::qWait(50);
        }
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done(), 20000);
        QCOMPARE(outcome->error().kind(), Error::Kind::Authentication);
    }
};

QTEST_GUILESS_MAIN(TestJobsSsh)
#include "tst_jobs_ssh.moc"
