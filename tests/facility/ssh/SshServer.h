#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace daas::testing {

// A real OpenSSH server for one test: its own host key, configuration and authorized_keys in a temporary
// directory, on a free loopback port, public-key login only.
//
// It runs unprivileged: as the current user, who is then the login user; when the tests run as root (the
// build root), as the login user given to setLoginUser() (default "daas-sshuser", created with a home
// and a shell when missing), since an unprivileged sshd can only log in the user it runs as.
class SshServer
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    // Before start(). Ignored when the tests do not run as root.
    void setLoginUser(const QString &user);
    // Environment of every session (sshd's SetEnv), e.g. SLURM_CONF of a test cluster.
    void setEnvironment(const QString &name, const QString &value);
    // Folders first on the sessions' PATH (stand-in commands).
    void prependPath(const QString &folder);
    // How sshd is started: `launch(sshdCommand)` gives the command line that runs it as the login user, e.g.
    // SlurmCluster::clusterCommand (in the cluster's mount namespace, as its job user). Default: setpriv to
    // the login user when the tests run as root.
    void setLauncher(std::function<QStringList(const QStringList &)> launch);

    bool start();
    void stop();
    bool restart(); // on the same port
    // A new host key (the server "was reinstalled"); restarts on the same port.
    bool regenerateHostKey();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString loginUser() const { return m_user; }
    // The private key of the client, accepted by the server (no passphrase).
    QString clientKey() const { return m_dir.path() + QStringLiteral("/client_ed25519"); }
    // Another client key, with a passphrase, also accepted.
    QString makeClientKey(const QString &name, const QString &passphrase);
    QString hostPublicKeyFile() const { return m_dir.path() + QStringLiteral("/host_ed25519.pub"); }
    // "SHA256:…" of the host key, from `ssh-keygen -lf`.
    QString hostKeyFingerprint() const;
    QString log() const;
    QString dir() const { return m_dir.path(); }

    // Creates a login user (useradd -m -s /bin/bash) unless it exists; as root only.
    static bool ensureUser(const QString &user);
    static bool runsAsRoot();

private:
    bool makeHostKey();
    bool authorize(const QString &publicKeyFile);
    bool writeConfig();
    bool handOver(const QString &path) const; // to the login user, when sshd runs as another user

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_user;
    QMap<QString, QString> m_environment;
    QStringList m_path;
    std::function<QStringList(const QStringList &)> m_launch;
    bool m_prepared = false;
};

} // namespace daas::testing
