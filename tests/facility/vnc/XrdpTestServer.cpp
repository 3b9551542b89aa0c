#include "XrdpTestServer.h"

#include "VncTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace daas::test {

namespace {

// xrdp 0.10 dials this socket whatever sesman.ini says (xrdp_mm reads /etc/xrdp/sesman.ini only)
constexpr auto kSesmanSocketDir = "/run/xrdp/sockdir";

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeAll(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size() &&
           f.setPermissions(permissions);
}

// key=value lines of an ini file replaced (or added to [section] when missing)
QString withSetting(QString ini, const QString &section, const QString &key, const QString &value)
{
    const QRegularExpression line(u"^[;#]?\\s*%1\\s*=.*$"_s.arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    // only inside the section: from its header to the next one
    const qsizetype start = ini.indexOf(u"["_s + section + u"]"_s);
    if (start < 0)
        return ini + u"\n[%1]\n%2=%3\n"_s.arg(section, key, value);
    qsizetype end =
        ini.indexOf(QRegularExpression(u"^\\["_s, QRegularExpression::MultilineOption), start + 1);
    if (end < 0)
        end = ini.size();
    QString body = ini.mid(start, end - start);
    if (body.contains(line))
        body.replace(line, key + u'=' + value);
    else
        body.insert(body.indexOf(u'\n') + 1, key + u'=' + value + u'\n');
    return ini.left(start) + body + ini.mid(end);
}

uid_t testUserId()
{
    const passwd *pw = getpwnam(XrdpTestServer::user().toUtf8().constData());
    return pw ? pw->pw_uid : uid_t(-1);
}

// The processes of the test user (the fixture's session: nothing else runs as that user, and the lock
// keeps other fixtures out), found through /proc.
QList<pid_t> sessionProcesses()
{
    QList<pid_t> pids;
    const uid_t uid = testUserId();
    if (uid == uid_t(-1))
        return pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        const QString status = readAll(u"/proc/%1/status"_s.arg(pid));
        const QRegularExpressionMatch m =
            QRegularExpression(u"^Uid:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(status);
        if (m.hasMatch() && m.captured(1).toUInt() == uid)
            pids << pid;
    }
    return pids;
}

} // namespace

XrdpTestServer::XrdpTestServer() = default;

XrdpTestServer::~XrdpTestServer()
{
    stop();
}

QString XrdpTestServer::missingRequirement()
{
    if (QStandardPaths::findExecutable(u"xrdp"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"xrdp-sesman"_s).isEmpty() ||
        !QFile::exists(u"/usr/lib/xorg/modules/drivers/xrdpdev_drv.so"_s))
        return u"xrdp and xorgxrdp are not installed"_s;
    if (geteuid() != 0)
        return u"xrdp's session manager needs root to sign the test user in"_s;
    if (testUserId() == uid_t(-1))
        return u"the test user %1 does not exist (packaging/daas-root.sh makes it)"_s.arg(user());
    return {};
}

QSslCertificate XrdpTestServer::certificate() const
{
    return QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s)).value(0);
}

QString XrdpTestServer::logs() const
{
    QString text;
    for (const QString &name :
         {u"xrdp.log"_s, u"sesman.log"_s, u"chansrv.log"_s, u"xrdp.out"_s, u"sesman.out"_s})
        text += u"--- %1\n%2"_s.arg(name, readAll(m_dir.filePath(name)).right(3000));
    return text;
}

bool XrdpTestServer::start()
{
    stop();
    if (const QString missing = missingRequirement(); !missing.isEmpty()) {
        m_error = missing;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("DAAS_KEEP_VNC_LOGS"));
    // one xrdp fixture at a time (the session manager's socket is fixed); a crashed holder's lock is
    // taken over once its process is gone
    m_lock = std::make_unique<QLockFile>(QDir::tempPath() + u"/daas-xrdp-fixture.lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(240000)) {
        m_error = u"another xrdp fixture held the lock for 4 minutes"_s;
        m_lock.reset();
        return false;
    }
    endSessionProcesses(); // a session left behind by a crashed run
    // the session runs as the test user: it must reach the script and the file it writes
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther);
    const QString displayFile = m_dir.filePath(u"display"_s);
    const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                   QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    const QString sessionScript = m_dir.filePath(u"session.sh"_s);
    if (!writeAll(displayFile, {}, all) || !writeAll(m_dir.filePath(u"chansrv.log"_s), {}, all) ||
        !writeAll(sessionScript,
                  u"#!/bin/sh\n# the test's session: say where it is, then stay until sesman ends it\n"
                  u"echo \"$DISPLAY\" > '%1'\nexec sleep 86400\n"_s.arg(displayFile)
                      .toUtf8(),
                  all | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther)) {
        m_error = u"could not write the session script"_s;
        return false;
    }

    // a certificate of its own, unknown to everyone
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                 m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s),
                                 u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=xrdp-test"_s});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = u"openssl req failed: "_s + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }

    m_port = VncTestServer::freePort();
    QString xrdpIni = readAll(u"/etc/xrdp/xrdp.ini"_s);
    QString sesmanIni = readAll(u"/etc/xrdp/sesman.ini"_s);
    if (xrdpIni.isEmpty() || sesmanIni.isEmpty()) {
        m_error = u"/etc/xrdp/xrdp.ini or sesman.ini missing"_s;
        return false;
    }
    const QList<std::pair<QString, QString>> xrdpGlobals{
        {u"port"_s, u"tcp://127.0.0.1:%1"_s.arg(m_port)},
        {u"fork"_s, u"false"_s},
        {u"certificate"_s, m_dir.filePath(u"cert.pem"_s)},
        {u"key_file"_s, m_dir.filePath(u"key.pem"_s)},
        {u"security_layer"_s, u"negotiate"_s},
    };
    for (const auto &[key, value] : xrdpGlobals)
        xrdpIni = withSetting(xrdpIni, u"Globals"_s, key, value);
    xrdpIni = withSetting(xrdpIni, u"Logging"_s, u"LogFile"_s, m_dir.filePath(u"xrdp.log"_s));
    xrdpIni = withSetting(xrdpIni, u"Logging"_s, u"EnableSyslog"_s, u"false"_s);
    xrdpIni = withSetting(xrdpIni, u"Logging"_s, u"LogLevel"_s, u"DEBUG"_s);

    sesmanIni = withSetting(sesmanIni, u"Globals"_s, u"EnableUserWindowManager"_s, u"false"_s);
    sesmanIni = withSetting(sesmanIni, u"Globals"_s, u"DefaultWindowManager"_s, sessionScript);
    // the session ends with the client's connection: the next test gets a fresh desktop
    sesmanIni = withSetting(sesmanIni, u"Sessions"_s, u"KillDisconnected"_s, u"true"_s);
    sesmanIni = withSetting(sesmanIni, u"Logging"_s, u"LogFile"_s, m_dir.filePath(u"sesman.log"_s));
    sesmanIni = withSetting(sesmanIni, u"Logging"_s, u"EnableSyslog"_s, u"false"_s);
    sesmanIni = withSetting(sesmanIni, u"ChansrvLogging"_s, u"EnableSyslog"_s, u"false"_s);
    sesmanIni = withSetting(sesmanIni, u"ChansrvLogging"_s, u"EnableConsole"_s, u"false"_s);
    sesmanIni = withSetting(sesmanIni, u"ChansrvLogging"_s, u"LogLevel"_s, u"DEBUG"_s);
    sesmanIni = withSetting(sesmanIni, u"ChansrvLogging"_s, u"LogFile"_s, m_dir.filePath(u"chansrv.log"_s));
    // no drive redirection (FUSE is not there in a build root, and the tests do not need it)
    sesmanIni = withSetting(sesmanIni, u"Chansrv"_s, u"EnableFuseMount"_s, u"false"_s);
    if (!writeAll(m_dir.filePath(u"xrdp.ini"_s), xrdpIni.toUtf8(), all) ||
        !writeAll(m_dir.filePath(u"sesman.ini"_s), sesmanIni.toUtf8(), all)) {
        m_error = u"could not write xrdp.ini / sesman.ini"_s;
        return false;
    }
    QDir().mkpath(QString::fromLatin1(kSesmanSocketDir));

    auto launch = [this](const QString &program, const QString &ini, const QString &out) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(m_dir.filePath(out));
        p->start(program, {u"--nodaemon"_s, u"--config"_s, m_dir.filePath(ini)});
        return p;
    };
    m_sesman = launch(u"xrdp-sesman"_s, u"sesman.ini"_s, u"sesman.out"_s);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_sesman->state() != QProcess::NotRunning &&
           !readAll(m_dir.filePath(u"sesman.log"_s)).contains(u"listening on"_s))
        QThread::msleep(50);
    if (m_sesman->state() == QProcess::NotRunning) {
        m_error = u"xrdp-sesman did not start:\n"_s + logs();
        return false;
    }
    m_xrdp = launch(u"xrdp"_s, u"xrdp.ini"_s, u"xrdp.out"_s);
    while (!deadline.hasExpired() && m_xrdp->state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(300)) {
            probe.abort();
            return true;
        }
        QThread::msleep(100);
    }
    m_error = u"xrdp did not listen on port %1:\n%2"_s.arg(m_port).arg(logs());
    return false;
}

void XrdpTestServer::endSessionProcesses()
{
    // sesman ends a disconnected session itself (KillDisconnected); whatever is left is ended here
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && !sessionProcesses().isEmpty())
        QThread::msleep(100);
    for (int sig : {SIGTERM, SIGKILL}) {
        const QList<pid_t> left = sessionProcesses();
        if (left.isEmpty())
            return;
        for (pid_t pid : left)
            ::kill(pid, sig);
        QDeadlineTimer wait(3000);
        while (!wait.hasExpired() && !sessionProcesses().isEmpty())
            QThread::msleep(100);
    }
}

void XrdpTestServer::stop()
{
    for (const auto &client : m_clients) {
        client->kill();
        client->waitForFinished(2000);
    }
    m_clients.clear();
    for (auto *p : {&m_xrdp, &m_sesman}) {
        if (*p && (*p)->state() != QProcess::NotRunning) {
            (*p)->terminate();
            if (!(*p)->waitForFinished(5000)) {
                (*p)->kill();
                (*p)->waitForFinished(2000);
            }
        }
        p->reset();
        if (p == &m_xrdp && m_lock)
            endSessionProcesses();
    }
    m_display.clear();
    m_lock.reset();
}

QString XrdpTestServer::waitForSession(int ms)
{
    QDeadlineTimer deadline(ms);
    while (m_display.isEmpty() && !deadline.hasExpired()) {
        m_display = readAll(m_dir.filePath(u"display"_s)).trimmed();
        if (m_display.isEmpty())
            QThread::msleep(100);
    }
    return m_display;
}

QProcessEnvironment XrdpTestServer::sessionEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    const passwd *pw = getpwnam(user().toUtf8().constData());
    if (pw)
        env.insert(u"XAUTHORITY"_s, QString::fromUtf8(pw->pw_dir) + u"/.Xauthority"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    return env;
}

bool XrdpTestServer::run(const QString &program, const QStringList &arguments, QByteArray *output,
                         const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(sessionEnvironment());
    process.start(program, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(20000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QProcess *XrdpTestServer::startClient(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(sessionEnvironment());
    process->setStandardErrorFile(m_dir.filePath(QFileInfo(program).fileName() + u".log"_s),
                                  QIODevice::Append);
    process->start(program, arguments);
    m_clients.push_back(std::move(process));
    return m_clients.back().get();
}

QSize XrdpTestServer::remoteScreenSize()
{
    QByteArray out;
    if (!run(u"xdpyinfo"_s, {}, &out))
        return {};
    const QRegularExpressionMatch m =
        QRegularExpression(u"dimensions:\\s+(\\d+)x(\\d+) pixels"_s).match(QString::fromUtf8(out));
    return m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
}

} // namespace daas::test
