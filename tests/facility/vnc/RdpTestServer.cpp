#include "RdpTestServer.h"

#include "VncTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

namespace daas::test {

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
    ++m_starts;
    m_port = options.port ? options.port : VncTestServer::freePort();

    QStringList args{QStringLiteral("/bind-address:127.0.0.1"), QStringLiteral("/port:%1").arg(m_port),
                     QStringLiteral("/log-level:INFO")};
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
        args << QStringLiteral("/sam-file:") + sam << QStringLiteral("/sec:nla");
    } else {
        args << QStringLiteral("/sec:tls") << QStringLiteral("-auth");
    }
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
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(300)) {
            probe.abort();
            return true;
        }
        QThread::msleep(100);
    }
    QFile log(logFile());
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("freerdp-shadow-cli3 did not listen on port %1: %2")
                  .arg(m_port)
                  .arg(QString::fromUtf8(log.readAll().right(2000)));
    return false;
}

} // namespace daas::test
