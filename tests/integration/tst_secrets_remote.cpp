// Secrets never leak from a remote desktop's sign-in either. A VNC desktop (VncAuth on a real Xtigervnc) and
// an RDP desktop (NLA on a real freerdp-shadow-cli3) are signed into as the client does it: a wrong password
// first, then the right one, for RDP both typed into the sign-in question and given by the environment.
// Every logging category is on and every message goes through the client's redacting handler, as in the
// GUI; the process's own stdout and stderr (where FreeRDP and libvncclient print) are captured. Then every
// line and every file under this process's HOME and XDG folders is searched for every password in every
// form (SecretForms.h): 0 hits; and a typed password is one the client's redaction knows. The keychain is
// not searched: keeping a password there is its purpose.

#include "RdpTestServer.h"
#include "SecretForms.h"
#include "VncTestServer.h"
#include "remote/RdpSession.h"
#include "remote/VncSession.h"
#include "support/Redaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using daas::remote::Credentials;
using daas::remote::CredentialsQuestion;
using daas::remote::RdpEndpoint;
using daas::remote::RdpSession;
using daas::remote::RemoteSession;
using daas::remote::VncEndpoint;
using daas::remote::VncSession;
using daas::test::RdpTestServer;
using daas::test::VncTestServer;
using daas::testing::searchSecrets;
using daas::testing::SecretHit;
using State = RemoteSession::State;

namespace {

// VncAuth takes 8 characters; redaction takes secrets of 6 and more
const QString vncPassword = u"Vq7-pw3x"_s;
const QString wrongVncPassword = u"Wr0ng-vn"_s;
const QString rdpPassword = u"Rdp-Pass-6152"_s;
const QString typedWrongRdpPassword = u"typed-wrong-RDP-88"_s;
const QString givenWrongRdpPassword = u"given-wrong-RDP-41"_s;

// The process's stdout and stderr into a file while it lives (this test's own output too, printed
// afterwards), so what the libraries print beside Qt's logging is searched as well.
class OutputCapture
{
public:
    OutputCapture()
    {
        // kept if the process dies while capturing (Qt Test's crash report and stack go there too)
        m_file.setAutoRemove(false);
        if (!m_file.open())
            return;
        std::fprintf(stderr, "output captured in %s (kept there if this run crashes)\n",
                     qPrintable(m_file.fileName()));
        std::fflush(stdout);
        std::fflush(stderr);
        m_savedOut = dup(STDOUT_FILENO);
        m_savedErr = dup(STDERR_FILENO);
        dup2(m_file.handle(), STDOUT_FILENO);
        dup2(m_file.handle(), STDERR_FILENO);
    }
    ~OutputCapture() { stop(); }
    bool capturing() const { return m_savedOut >= 0; }

    QByteArray stop()
    {
        if (m_savedOut < 0)
            return m_text;
        std::fflush(stdout);
        std::fflush(stderr);
        dup2(m_savedOut, STDOUT_FILENO);
        dup2(m_savedErr, STDERR_FILENO);
        close(m_savedOut);
        close(m_savedErr);
        m_savedOut = m_savedErr = -1;
        m_file.seek(0);
        m_text = m_file.readAll();
        m_file.remove();
        return m_text;
    }

private:
    QTemporaryFile m_file;
    int m_savedOut = -1;
    int m_savedErr = -1;
    QByteArray m_text;
};

} // namespace

class TestSecretsRemote : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home; // HOME and the XDG folders of this process: what the client writes is in here
    QByteArray m_log;

    // A session's run with its output captured; its lines join the log (and this test's own output is
    // printed again, so a failure inside still shows).
    template<typename Run>
    void captured(Run run)
    {
        OutputCapture capture;
        QVERIFY(capture.capturing());
        run();
        const QByteArray text = capture.stop();
        m_log += text;
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *dir :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(dir, (m_home.path() + u'/' + QString::fromLatin1(dir).toLower()).toUtf8());
        // as the GUI and `daas` start: every message redacted before it is printed; here every category on
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        daas::support::installRedactingMessageHandler();
    }

    void vncWrongThenRightPassword()
    {
        VncTestServer::Options options;
        options.password = vncPassword;
        VncTestServer display;
        QVERIFY2(display.start(options), qPrintable(display.errorString()));
        captured([&] {
            for (const QString &password : {wrongVncPassword, vncPassword}) {
                VncEndpoint e;
                e.host = u"127.0.0.1"_s;
                e.port = display.port();
                e.password = password;
                e.reconnect = false;
                VncSession session(e);
                session.open();
                const State expected = password == vncPassword ? State::Connected : State::Failed;
                QTRY_COMPARE_WITH_TIMEOUT(session.state(), expected, 20000);
                if (expected == State::Failed)
                    QCOMPARE(session.error().kind(), daas::Error::Kind::Authentication);
                session.close();
            }
        });
    }

    void rdpTypedAndGivenPasswords()
    {
        VncTestServer display;
        QVERIFY2(display.start({}), qPrintable(display.errorString()));
        RdpTestServer::Options options;
        options.password = rdpPassword;
        RdpTestServer server;
        QVERIFY2(server.start(display.display(), options), qPrintable(server.errorString()));
        captured([&] {
            auto endpoint = [&](const QString &password) {
                RdpEndpoint e;
                e.host = u"127.0.0.1"_s;
                e.port = server.port();
                e.userName = options.user;
                e.password = password;
                e.reconnect = false;
                return e;
            };
            auto trustCertificates = [](RdpSession &s) {
                connect(&s, &RemoteSession::certificateDecisionNeeded, &s,
                        [&s] { s.answerCertificate(true); });
            };
            // typed into the sign-in question: wrong, then (asked again, or in a new attempt) right
            int asked = 0;
            bool connected = false;
            for (int attempt = 0; attempt < 2 && !connected; ++attempt) {
                RdpSession session(endpoint({}));
                trustCertificates(session);
                connect(&session, &RemoteSession::credentialsNeeded, &session,
                        [&](const CredentialsQuestion &) {
                            const QString typed = asked++ == 0 ? typedWrongRdpPassword : rdpPassword;
                            session.answerCredentials(Credentials{options.user, typed, {}, true});
                        });
                session.open();
                QTRY_VERIFY_WITH_TIMEOUT(
                    session.state() == State::Connected || session.state() == State::Failed, 30000);
                connected = session.state() == State::Connected;
                session.close();
            }
            QVERIFY(connected);
            QCOMPARE(asked, 2);
            // given by the environment (a profile's or a .rdp file's password), wrong and right
            for (const QString &password : {givenWrongRdpPassword, rdpPassword}) {
                RdpSession session(endpoint(password));
                trustCertificates(session);
                session.open();
                const State expected = password == rdpPassword ? State::Connected : State::Failed;
                QTRY_COMPARE_WITH_TIMEOUT(session.state(), expected, 30000);
                session.close();
            }
        });
    }

    void noPasswordInAnyLineOrFile()
    {
        const QStringList secrets{vncPassword, wrongVncPassword, rdpPassword, typedWrongRdpPassword,
                                  givenWrongRdpPassword};
        // what the runs must have printed for the search to mean anything: debug lines of Qt's categories
        // and of the client's, and the libraries' own lines
        QVERIFY(m_log.contains("qt.core."));
        QVERIFY(m_log.contains("daas.vnc"));
        QVERIFY2(m_log.contains("com.freerdp"), "FreeRDP printed nothing: its lines were not captured");
        QList<SecretHit> hits;
        searchSecrets(u"the process's output"_s, m_log, secrets, hits);
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            searchSecrets(f.fileName(), f.readAll(), secrets, hits);
            ++files;
        }
        qInfo("searched %lld bytes of output and %d files for %lld passwords", qint64(m_log.size()), files,
              qint64(secrets.size()));
        // the trust store kept both desktops' certificates: files were written
        QVERIFY(files > 0);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(daas::testing::describeHits(hits, u"the process's output"_s, m_log)));
        // and a password typed into the sign-in question is one the redaction knows, as every secret the
        // client holds: a line that quoted it would lose it
        QVERIFY(
            !daas::support::redacted(u"refused: "_s + typedWrongRdpPassword).contains(typedWrongRdpPassword));
    }
};

QTEST_GUILESS_MAIN(TestSecretsRemote)
#include "tst_secrets_remote.moc"
