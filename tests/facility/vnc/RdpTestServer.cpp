#include "RdpTestServer.h"

#include "VncTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QThread>

namespace daas::test {

namespace {

// Whether process `pid` holds the socket listening on 127.0.0.1:`port` (Linux: /proc/net/tcp lists the
// listening sockets' inodes, /proc/PID/fd links to the process's). A free port is free only until someone
// binds it: a suite beside this one may take it between our probe and the server's bind, and a
// connection that reaches that stranger's server must not count as ours.
bool listensOn(qint64 pid, quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    QSet<QByteArray> inodes;
    const QByteArray local = QByteArray(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    table.readLine(); // the header
    while (!table.atEnd()) {
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        const QList<QByteArray> f = table.readLine().simplified().split(' ');
        if (f.size() > 9 && f.at(1).endsWith(local) && f.at(3) == "0A")
            inodes.insert(QByteArray("socket:[") + f.at(9) + ']');
    }
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        if (inodes.contains(QFile::symLinkTarget(fds.filePath(fd)).section(u'/', -1).toUtf8()))
            return true;
    }
    return false;
}

} // namespace

RdpTestServer::RdpTestServer() = default;

RdpTestServer::~RdpTestServer()
{
    stop();
}

void RdpTestServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

void RdpTestServer::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

QSslCertificate RdpTestServer::certificate() const
{
    return QSslCertificate::fromPath(m_home + QStringLiteral("/.config/freerdp/shadow/shadow.crt")).value(0);
}

QString RdpTestServer::logFile() const
{
    return m_dir.filePath(QStringLiteral("shadow-%1.log").arg(m_starts));
}

bool RdpTestServer::start(const QString &display, const Options &options)
{
    stop();
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("DAAS_KEEP_VNC_LOGS"));
    if (m_home.isEmpty() || options.freshIdentity)
        m_home = m_dir.filePath(QStringLiteral("home-%1").arg(m_starts + 1));
    QDir().mkpath(m_home);
    QStringList security;
    if (options.security == Security::Nla) {
        const QString sam = m_home + QStringLiteral("/SAM");
        QProcess hash;
        hash.start(QStringLiteral("winpr-hash3"),
                   {QStringLiteral("-u"), options.user, QStringLiteral("-p"), options.password,
                    QStringLiteral("-f"), QStringLiteral("sam")});
        QFile out(sam);
        if (!hash.waitForFinished(10000) || hash.exitCode() != 0 || !out.open(QIODevice::WriteOnly) ||
            out.write(hash.readAllStandardOutput()) <= 0) {
            m_error = QStringLiteral("winpr-hash3 failed");
            return false;
        }
        out.close();
        security << QStringLiteral("/sam-file:") + sam << QStringLiteral("/sec:nla");
    } else {
        security << QStringLiteral("/sec:tls") << QStringLiteral("-auth");
    }
    // a port chosen here may be taken by another suite before the server binds it: then another one
    // (a port the test asked for is the test's to keep, and a stranger on it is an error)
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (launch(display, options.port ? options.port : VncTestServer::freePort(), security))
            return true;
        if (options.port)
            break;
    }
    return false;
}

bool RdpTestServer::launch(const QString &display, quint16 port, const QStringList &security)
{
    stop();
    ++m_starts;
    m_port = port;
    QStringList args{QStringLiteral("/bind-address:127.0.0.1"), QStringLiteral("/port:%1").arg(m_port),
                     QStringLiteral("/log-level:INFO")};
    args << security;
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("HOME"), m_home); // its certificate lives under $HOME/.config/freerdp
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logFile());
    m_process->start(QStringLiteral("freerdp-shadow-cli3"), args);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        if (listensOn(m_process->processId(), m_port))
            return true;
        QThread::msleep(100);
    }
    QFile log(logFile());
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("freerdp-shadow-cli3 did not listen on port %1: %2")
                  .arg(m_port)
                  .arg(QString::fromUtf8(log.readAll().right(2000)));
    stop();
    return false;
}

} // namespace daas::test
