#include "VncTestServer.h"
#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace daas::test {

VncTestServer::VncTestServer() = default;

VncTestServer::~VncTestServer()
{
    stop();
}

void VncTestServer::stop()
{
    // clients first, the X server last
    for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it) {
        QProcess *p = it->get();
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
    }
    m_processes.clear();
    m_server = nullptr;
}

qint64 VncTestServer::serverPid() const
{
    return m_server ? m_server->processId() : 0;
}

quint16 VncTestServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QProcess *VncTestServer::spawn(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_display.isEmpty()) {
        // programs started here are X clients of the remote display, whatever the test itself uses
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    }
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardErrorFile(m_dir.filePath(QFileInfo(program).fileName() + QStringLiteral(".log")),
                                  QIODevice::Append);
    process->start(program, arguments);
    QProcess *raw = process.get();
    m_processes.push_back(std::move(process));
    return raw;
}

bool VncTestServer::startXServer(const QString &program, QStringList arguments)
{
    // -displayfd: the server writes the display number it could claim to this descriptor, so
    // parallel tests on one machine never fight over a number
    int fds[2];
    if (::pipe(fds) != 0) {
        m_error = QStringLiteral("pipe failed");
        return false;
    }
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    arguments.prepend(QString::number(fds[1]));
    arguments.prepend(QStringLiteral("-displayfd"));
    m_server = spawn(program, arguments);
    ::close(fds[1]);
    QByteArray number;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && !number.contains('\n')) {
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, int(deadline.remainingTime())) <= 0)
            break;
        char buf[32];
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break;
        number.append(buf, n);
    }
    ::close(fds[0]);
    if (!number.contains('\n')) {
        m_error = program + QStringLiteral(" did not report a display; see ") + m_dir.path();
        return false;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(number.trimmed());
    return true;
}

bool VncTestServer::waitForPort(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_server && m_server->state() == QProcess::NotRunning)
            break;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500)) {
            socket.abort();
            return true;
        }
        QThread::msleep(100);
    }
    m_error =
        QStringLiteral("VNC server did not listen on port %1; logs in %2").arg(m_port).arg(m_dir.path());
    return false;
}

bool VncTestServer::start(const Options &options)
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("DAAS_KEEP_VNC_LOGS"));
    const QString geometry =
        QStringLiteral("%1x%2").arg(options.geometry.width()).arg(options.geometry.height());
    for (int attempt = 0; attempt < 3; ++attempt) {
        stop();
        m_display.clear();
        m_port = options.port ? options.port : freePort();
        if (options.kind == Kind::Xtigervnc) {
            QStringList args{QStringLiteral("-geometry"),  geometry,
                             QStringLiteral("-depth"),     QStringLiteral("24"),
                             QStringLiteral("-rfbport"),   QString::number(m_port),
                             QStringLiteral("-localhost"), QStringLiteral("-nolisten"),
                             QStringLiteral("tcp"),        QStringLiteral("-AlwaysShared")};
            const QString passwordFile = m_dir.filePath(QStringLiteral("passwd"));
            if (options.security != Security::None) {
                QProcess vncpasswd;
                vncpasswd.start(QStringLiteral("vncpasswd"), {QStringLiteral("-f")});
                vncpasswd.write(options.password.toUtf8() + '\n');
                vncpasswd.closeWriteChannel();
                vncpasswd.waitForFinished(10000);
                QFile out(passwordFile);
                if (!out.open(QIODevice::WriteOnly) || out.write(vncpasswd.readAllStandardOutput()) <= 0) {
                    m_error = QStringLiteral("vncpasswd -f failed");
                    return false;
                }
                out.close();
                args << QStringLiteral("-PasswordFile") << passwordFile;
            }
            switch (options.security) {
            case Security::VncAuth:
                args << QStringLiteral("-SecurityTypes") << QStringLiteral("VncAuth");
                break;
            case Security::None:
                args << QStringLiteral("-SecurityTypes") << QStringLiteral("None");
                break;
            case Security::X509Vnc: {
                m_certificate = m_dir.filePath(QStringLiteral("cert.pem"));
                const QString key = m_dir.filePath(QStringLiteral("key.pem"));
                QProcess openssl;
                openssl.start(QStringLiteral("openssl"),
                              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                               QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                               QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                               QStringLiteral("-addext"),
                               QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                               QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_certificate});
                if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
                    m_error = QStringLiteral("openssl req failed: ") +
                              QString::fromUtf8(openssl.readAllStandardError());
                    return false;
                }
                args << QStringLiteral("-SecurityTypes") << QStringLiteral("X509Vnc")
                     << QStringLiteral("-X509Cert") << m_certificate << QStringLiteral("-X509Key") << key;
                break;
            }
            }
            args << options.extraArguments;
            if (!startXServer(QStringLiteral("Xtigervnc"), args))
                continue;
            if (waitForPort(15000))
                return true;
        } else {
            if (!startXServer(QStringLiteral("Xvfb"), {QStringLiteral("-screen"), QStringLiteral("0"),
                                                       geometry + QStringLiteral("x24"),
                                                       QStringLiteral("-nolisten"), QStringLiteral("tcp")}))
                continue;
            const QString passwordFile = m_dir.filePath(QStringLiteral("x11vnc.pass"));
            QStringList args{QStringLiteral("-display"),   m_display,
                             QStringLiteral("-rfbport"),   QString::number(m_port),
                             QStringLiteral("-localhost"), QStringLiteral("-forever"),
                             QStringLiteral("-shared"),    QStringLiteral("-quiet")};
            if (options.security == Security::None) {
                args << QStringLiteral("-nopw");
            } else {
                QProcess store;
                store.start(QStringLiteral("x11vnc"),
                            {QStringLiteral("-storepasswd"), options.password, passwordFile});
                store.waitForFinished(10000);
                args << QStringLiteral("-rfbauth") << passwordFile;
            }
            args << options.extraArguments;
            spawn(QStringLiteral("x11vnc"), args);
            if (waitForPort(15000))
                return true;
        }
    }
    return false;
}

bool VncTestServer::run(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(20000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QProcess *VncTestServer::startClient(const QString &program, const QStringList &arguments)
{
    return spawn(program, arguments);
}

QString VncProbe::path()
{
    return daas::test::paths::vncProbe();
}

QProcess *VncProbe::start(VncTestServer &server, const QString &colour, const QString &pressedColour)
{
    QProcess *probe = server.startClient(path(), {colour, pressedColour});
    QDeadlineTimer deadline(20000);
    QByteArray seen;
    while (!deadline.hasExpired() && probe->state() != QProcess::NotRunning) {
        probe->waitForReadyRead(200);
        seen += probe->peek(4096);
        if (seen.contains("ready"))
            return probe;
        seen.clear();
    }
    // why it never said ready: its end and what it wrote to its log (spawn() sends stderr there)
    QFile log(server.workDirectory() + QStringLiteral("/") + QFileInfo(path()).fileName() +
              QStringLiteral(".log"));
    const QByteArray said = log.open(QIODevice::ReadOnly) ? log.readAll().right(4000) : QByteArray();
    qWarning().noquote()
        << "the probe did not say ready:"
        << (probe->state() == QProcess::NotRunning
                ? QStringLiteral("it ended with %1 (%2)").arg(probe->exitCode()).arg(probe->exitStatus())
                : QStringLiteral("still running after 20 s"))
        << "\n"
        << QString::fromLocal8Bit(said);
    return nullptr;
}

} // namespace daas::test
