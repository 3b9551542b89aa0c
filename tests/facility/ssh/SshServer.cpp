#include "SshServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace daas::testing {

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    const QByteArray out = p.readAll();
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), out.constData());
        return false;
    }
    return true;
}

QString currentUser()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

bool userExists(const QString &user)
{
    return ::getpwnam(user.toLocal8Bit().constData()) != nullptr;
}

} // namespace

SshServer::SshServer()
{
    m_user = runsAsRoot() ? u"daas-sshuser"_s : currentUser();
    // sshd (as the login user) reads its configuration and keys in here
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_log += m_process.readAll(); });
}

SshServer::~SshServer()
{
    stop();
}

bool SshServer::runsAsRoot()
{
    return ::geteuid() == 0;
}

bool SshServer::ensureUser(const QString &user)
{
    if (userExists(user))
        return true;
    if (!runsAsRoot())
        return false;
    // another suite may create it at the same moment: then useradd fails and the user is there
    run(u"useradd"_s, {u"-m"_s, u"-s"_s, u"/bin/bash"_s, user});
    return userExists(user);
}

void SshServer::setLoginUser(const QString &user)
{
    if (runsAsRoot())
        m_user = user;
}

void SshServer::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void SshServer::prependPath(const QString &folder)
{
    m_path.append(folder);
}

void SshServer::setLauncher(std::function<QStringList(const QStringList &)> launch)
{
    m_launch = std::move(launch);
}

bool SshServer::handOver(const QString &path) const
{
    if (!runsAsRoot() || m_user == currentUser())
        return true;
    return run(u"chown"_s, {m_user, path});
}

bool SshServer::makeHostKey()
{
    const QString key = m_dir.path() + u"/host_ed25519"_s;
    QFile::remove(key);
    QFile::remove(key + u".pub"_s);
    return run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                                 u"daas-test-host"_s, u"-f"_s, key}) &&
           handOver(key);
}

bool SshServer::authorize(const QString &publicKeyFile)
{
    QFile in(publicKeyFile);
    QFile out(m_dir.path() + u"/authorized_keys"_s);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    out.write(in.readAll());
    out.close();
    return handOver(out.fileName());
}

QString SshServer::makeClientKey(const QString &name, const QString &passphrase)
{
    const QString key = m_dir.path() + u'/' + name;
    if (!run(u"ssh-keygen"_s,
             {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, passphrase, u"-C"_s, name, u"-f"_s, key}) ||
        !authorize(key + u".pub"_s))
        return {};
    return key;
}

QString SshServer::hostKeyFingerprint() const
{
    QByteArray out;
    if (!run(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, hostPublicKeyFile()}, &out))
        return {};
    static const QRegularExpression fingerprint(u"(SHA256:\\S+)"_s);
    return fingerprint.match(QString::fromUtf8(out)).captured(1);
}

QString SshServer::log() const
{
    return QString::fromUtf8(m_log + const_cast<QProcess &>(m_process).readAll());
}

bool SshServer::writeConfig()
{
    QString conf;
    conf += u"Port %1\nListenAddress 127.0.0.1\n"_s.arg(m_port);
    conf += u"HostKey %1/host_ed25519\n"_s.arg(m_dir.path());
    conf += u"AuthorizedKeysFile %1/authorized_keys\n"_s.arg(m_dir.path());
    // the files live below /tmp (world-writable): StrictModes would refuse them
    conf += u"StrictModes no\nPidFile none\nUsePAM no\n"_s;
    conf += u"PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"_s;
    conf +=
        u"PermitRootLogin prohibit-password\nAllowUsers %1\nMaxStartups 50\nMaxSessions 50\n"_s.arg(m_user);
    conf += u"LogLevel VERBOSE\n"_s;
    QStringList env;
    if (!m_path.isEmpty())
        env << u"\"PATH=%1:/usr/local/bin:/usr/bin:/bin\""_s.arg(m_path.join(u':'));
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        env << u"\"%1=%2\""_s.arg(it.key(), it.value());
    if (!env.isEmpty())
        conf += u"SetEnv "_s + env.join(u' ') + u'\n';
    QFile f(m_dir.path() + u"/sshd_config"_s);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(conf.toUtf8()) < 0)
        return false;
    f.close();
    return handOver(f.fileName());
}

bool SshServer::start()
{
    if (isRunning())
        return true;
    if (!m_prepared) {
        if (m_user.isEmpty() || !ensureUser(m_user)) {
            qWarning("SshServer: no login user %s", qPrintable(m_user));
            return false;
        }
        if (!makeHostKey() || makeClientKey(u"client_ed25519"_s, QString()).isEmpty())
            return false;
        m_prepared = true;
    }
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0 || !writeConfig())
        return false;
    m_log.clear();
    QStringList command{u"/usr/sbin/sshd"_s, u"-D"_s, u"-e"_s, u"-f"_s, m_dir.path() + u"/sshd_config"_s};
    if (m_launch) {
        command = m_launch(command);
    } else if (runsAsRoot() && m_user != currentUser()) {
        const passwd *pw = ::getpwnam(m_user.toLocal8Bit().constData());
        command = QStringList{u"setpriv"_s, u"--reuid=%1"_s.arg(pw->pw_uid), u"--regid=%1"_s.arg(pw->pw_gid),
                              u"--init-groups"_s, u"--"_s} +
                  command;
    }
    m_process.start(command.first(), command.mid(1));
    if (!m_process.waitForStarted(5000))
        return false;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && isRunning()) {
        m_process.waitForReadyRead(100);
        if (m_log.contains("Server listening on"))
            return true;
    }
    qWarning("sshd did not start: %s", qPrintable(log()));
    stop();
    return false;
}

void SshServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SshServer::restart()
{
    stop();
    for (int i = 0; i < 50; ++i) { // the port may linger for a moment
        if (start())
            return true;
        QThread::msleep(100);
    }
    return false;
}

bool SshServer::regenerateHostKey()
{
    stop();
    return makeHostKey() && restart();
}

} // namespace daas::testing
