#pragma once

#include "jobs/SshKnownHosts.h"
#include "support/Error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace daas::jobs {

class SshAskpassServer;
class SshConnection;

// Where to log in: a cluster's login node.
struct SshEndpoint
{
    QString host;
    quint16 port = 22;
    QString user;         // empty: what ssh chooses (the user's ssh config, the local user name)
    QString identityFile; // empty: the agent and ssh's default keys

    // From a profile's "ssh://user@host:port". Empty when the URL is not one (or names an unsafe host).
    static std::optional<SshEndpoint> fromUrl(const QUrl &url);
    // A host or user ssh could take for an option ("-oProxyCommand=…") or that holds blanks is refused.
    bool isSafe() const;
    QString displayName() const; // "user@host:port", for messages
};

struct SshOptions
{
    QString knownHostsFile; // empty: SshConnection::defaultKnownHostsFile()
    // The keys the user's own ssh trusts (~/.ssh/known_hosts) are trusted too, never written: a login node
    // they reach with ssh every day is not new to the client.
    bool trustUsersKnownHosts = true;
    QString sshProgram;     // empty: the system's ssh (SshPlatform::findProgram)
    QString keyscanProgram; // empty: the system's ssh-keyscan
    // The SSH_ASKPASS helper (daas-askpass). Empty: $DAAS_ASKPASS_PROGRAM, then beside the application or
    // in its installation's libexec/daas-desktop,
    // then PATH. Without one, ssh runs in BatchMode: keys and the agent only, never a prompt.
    QString askpassProgram;
    bool shareConnection = true; // one ControlMaster connection for all commands, where the platform has it
    int connectTimeoutSeconds = 20;
    int persistSeconds = 600;            // an idle shared connection ends after this
    qint64 maxOutputBytes = 256ll << 20; // a command printing more is stopped (a runaway listing)
};

// What a command printed and how it ended on the login node.
struct SshOutput
{
    int exitCode = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

// One command in flight. cancel() ends its ssh process; its callback then reports Error::cancelled() at
// once. It deletes itself after its callback ran.
class SshCommand : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<SshOutput> &)>;

    void cancel();
    bool isFinished() const { return m_finished; }
    QString commandLine() const { return m_command; }

private:
    friend class SshConnection;
    SshCommand(SshConnection *connection, QString command, QByteArray input,
               std::chrono::milliseconds timeout, Done done);
    void finish(const Result<SshOutput> &result);

    QPointer<SshConnection> m_connection;
    QString m_command;
    QByteArray m_input;
    std::chrono::milliseconds m_timeout;
    Done m_done;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    QString m_askpassToken;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_lastError; // ssh's words when it stopped to ask about the host key
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

// Commands on a cluster's login node through the system's OpenSSH client: one connection shared by all of
// them (ControlMaster/ControlPersist; not on Windows), our own known_hosts with StrictHostKeyChecking=yes,
// passwords and key passphrases through SSH_ASKPASS and our helper (never on a command line), keys and the
// agent as they are. Every command has a timeout; a timeout is reported as one, never as a cancel.
//
// The first command logs in while later ones wait, so that a host key or a passphrase is asked once. A host
// key we do not know is read with ssh-keyscan and shown (hostKeyDecisionNeeded); only answerHostKey(true)
// writes it to our known_hosts, and the waiting commands then go on. A key that changed is refused with a
// sentence that says so, never asked.
class SshConnection : public QObject
{
    Q_OBJECT
public:
    explicit SshConnection(SshEndpoint endpoint, SshOptions options = {}, QObject *parent = nullptr);
    ~SshConnection() override;

    const SshEndpoint &endpoint() const { return m_endpoint; }
    const SshOptions &options() const { return m_options; }
    QString knownHostsFile() const { return m_knownHosts; }

    // Runs `command` (one line for the remote user's shell: quote every value with shellQuote()) with
    // `input` on its standard input. `done` runs once, on this object's thread and never inside run(): with
    // what the command printed and its exit code (whatever that is), or with an Error: ssh could not log in
    // (ssh's own words in it), the host key was not trusted or has changed, the timeout passed
    // (Kind::Timeout), or the command was cancelled (Error::cancelled()). The timeout counts from the moment
    // the command starts: one waiting for the user's host key decision waits for the user. Commands still in
    // flight when the connection is destroyed end without calling back.
    SshCommand *run(const QString &command, const QByteArray &input, std::chrono::milliseconds timeout,
                    SshCommand::Done done);

    void answerHostKey(bool trust);
    void answerSecret(const std::optional<QString> &secret);

    // 'value' for a POSIX shell: a file name can never become shell syntax.
    static QString shellQuote(const QString &value);
    // AppDataLocation/ssh/known_hosts
    static QString defaultKnownHostsFile();
    static QString findAskpassProgram();

Q_SIGNALS:
    void hostKeyDecisionNeeded(const QString &host, const QString &keyType, const QString &fingerprint);
    void secretNeeded(const QString &prompt, bool retry);

private:
    friend class SshCommand;
    void schedule();
    void startWaiting();
    void start(SshCommand *command);
    QStringList arguments(const QString &command) const;
    void ended(SshCommand *command, int exitCode, QProcess::ExitStatus status);
    void cancelled(SshCommand *command);
    void askHostKey();
    void keyscanEnded(int exitCode, QProcess::ExitStatus status);
    void failWaiting(const Error &error);
    Error loginError(const QByteArray &sshError) const;
    Error changedKeyError(const QByteArray &sshError) const;
    QString hostForDisplay() const;

    SshEndpoint m_endpoint;
    SshOptions m_options;
    QString m_knownHosts;
    QString m_askpass;
    QString m_controlPath;
    SshAskpassServer *m_askpassServer = nullptr;
    QList<SshCommand *> m_waiting;
    QList<SshCommand *> m_running;
    SshCommand *m_probe = nullptr; // the command that logs in while the others wait
    bool m_loggedIn = false;
    bool m_scheduled = false;
    // the host key question
    QProcess *m_keyscan = nullptr;
    QTimer m_keyscanTimer;
    std::optional<SshHostKey> m_offeredKey;
    bool m_askingHostKey = false;
};

} // namespace daas::jobs
