#include "DavServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <signal.h>
#include <unistd.h>

namespace daas::testing {

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

// Written whole and renamed over the old one, so that the server never reads half a file; readable by the
// server's user.
bool replaceText(const QString &path, const QString &text)
{
    const QString next = path + QStringLiteral(".new");
    if (!writeText(next, text))
        return false;
    QFile::setPermissions(next, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
    return ::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) == 0;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The processes whose parent is `parent` (from /proc/PID/stat: "pid (comm) state ppid ...").
QList<pid_t> childrenOf(qint64 parent)
{
    QList<pid_t> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toLongLong() == parent)
            found.append(pid);
    }
    return found;
}

bool isGone(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
}

} // namespace

DavServer::DavServer()
{
    // the server's children run as www-data: they must reach the data below the test's temp dir
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    QDir(m_dir.path()).mkpath(QStringLiteral("www/dav"));
    QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DavServer::~DavServer()
{
    stop();
}

bool DavServer::runsAsRoot() const
{
    return ::geteuid() == 0;
}

QString DavServer::dataDir() const
{
    return m_dataDir.isEmpty() ? m_dir.path() + QStringLiteral("/www/dav") : m_dataDir;
}

QUrl DavServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_port));
}

QString DavServer::errorLog() const
{
    return readText(errorLogPath()) + QString::fromUtf8(const_cast<QProcess &>(m_process).readAll());
}

bool DavServer::writeHtpasswd()
{
    // {SHA} is cheap to check, so per-request authentication does not distort benchmarks
    const QByteArray sha = QCryptographicHash::hash(m_password.toUtf8(), QCryptographicHash::Sha1).toBase64();
    return replaceText(m_dir.path() + QStringLiteral("/htpasswd"),
                       user() + QStringLiteral(":{SHA}") + QString::fromLatin1(sha) + QLatin1Char('\n'));
}

void DavServer::setPassword(const QString &password)
{
    m_password = password;
    writeHtpasswd();
}

void DavServer::fixOwnership()
{
    if (runsAsRoot())
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("www-data:www-data"), dataDir()});
}

bool DavServer::putFile(const QString &relativePath, const QByteArray &content)
{
    const QString path = dataDir() + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    fixOwnership();
    return true;
}

bool DavServer::makeDir(const QString &relativePath)
{
    const bool ok = QDir().mkpath(dataDir() + QLatin1Char('/') + relativePath);
    fixOwnership();
    return ok;
}

bool DavServer::waitForPort(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool DavServer::start()
{
    if (isRunning())
        return true;
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0 || !writeHtpasswd() || !writeConfig())
        return false;
    fixOwnership();
    const QStringList cmd = command();
    m_process.start(cmd.first(), cmd.mid(1));
    if (!m_process.waitForStarted(5000))
        return false;
    if (!waitForPort(15000)) {
        qWarning("%s did not start: %s", qPrintable(name()), qPrintable(errorLog()));
        stop();
        return false;
    }
    return true;
}

void DavServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool DavServer::kill()
{
    const qint64 pid = m_process.processId();
    if (m_process.state() != QProcess::Running || pid <= 0)
        return false;
    // stopped first, so that it cannot start another child between the listing and the kill
    ::kill(pid_t(pid), SIGSTOP);
    const QList<pid_t> children = childrenOf(pid);
    for (const pid_t child : children)
        ::kill(child, SIGKILL);
    ::kill(pid_t(pid), SIGKILL);
    if (!m_process.waitForFinished(10000))
        return false;
    // the children belong to init now; the port is free once each has gone
    const QDeadlineTimer deadline(10000);
    for (const pid_t child : children)
        while (!isGone(child) && !deadline.hasExpired())
            QThread::msleep(10);
    return !deadline.hasExpired();
}

bool DavServer::restart()
{
    stop();
    // the old listener may linger for a moment after its children went
    for (int i = 0; i < 50; ++i) {
        if (start())
            return true;
        QThread::msleep(100);
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------------

QString ApacheDavServer::configPath() const
{
    return dir() + QStringLiteral("/httpd.conf");
}

QString ApacheDavServer::errorLogPath() const
{
    return dir() + QStringLiteral("/logs/error.log");
}

QStringList ApacheDavServer::command() const
{
    return {QStringLiteral("apache2"), QStringLiteral("-f"), configPath(), QStringLiteral("-D"),
            QStringLiteral("FOREGROUND")};
}

QStringList ApacheDavServer::accessLog() const
{
    return readText(dir() + QStringLiteral("/logs/access.log")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList ApacheDavServer::rangeLog() const
{
    return readText(dir() + QStringLiteral("/logs/range.log")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool ApacheDavServer::writeConfig()
{
    QDir(dir()).mkpath(QStringLiteral("lock"));
    if (runsAsRoot())
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("www-data:www-data"), dir() + QStringLiteral("/lock")});
    const QString modules = QStringLiteral("/usr/lib/apache2/modules/");
    QString conf;
    conf += QStringLiteral("ServerRoot \"%1\"\nServerName 127.0.0.1\nListen 127.0.0.1:%2\n")
                .arg(dir())
                .arg(port());
    conf += QStringLiteral("PidFile %1/run/httpd.pid\nDefaultRuntimeDir %1/run\nErrorLog %1/logs/error.log\n"
                           "LogLevel warn\n")
                .arg(dir());
    if (runsAsRoot())
        conf += QStringLiteral("User www-data\nGroup www-data\n");
    for (const char *m : {"mpm_event", "authn_core", "authn_file", "authz_core", "authz_user", "auth_basic",
                          "alias", "mime", "dav", "dav_fs", "log_config", "rewrite", "headers"}) {
        const QString name = QString::fromLatin1(m);
        if (name == QLatin1String("log_config") &&
            QFile::exists(modules + QStringLiteral("mod_log_config.so")) == false)
            continue; // built in
        conf += QStringLiteral("LoadModule %1_module %2mod_%1.so\n").arg(name, modules);
    }
    conf +=
        QStringLiteral(
            "TypesConfig /etc/mime.types\n"
            "LogFormat \"%m %U %>s user=%u\" davlog\nCustomLog %1/logs/access.log davlog\n"
            "LogFormat \"%m %U %>s range=%{Range}i sent=%B\" davrange\nCustomLog %1/logs/range.log davrange\n"
            "DavLockDB %1/lock/DavLock\nLimitXMLRequestBody 1000000\n"
            "KeepAlive On\nMaxKeepAliveRequests 0\nKeepAliveTimeout 30\nTimeout 60\n"
            "DocumentRoot %1/www\n<Directory />\n    Require all denied\n</Directory>\n"
            // as Debian's apache2.conf: .htaccess and .htpasswd are never served (names a store refuses)
            "<FilesMatch \"^\\.ht\">\n    Require all denied\n</FilesMatch>\n"
            "%4<Directory \"%3\">\n    Dav On\n    Options None\n    AllowOverride None\n%2</Directory>\n")
            .arg(dir(),
                 m_bearer ? QStringLiteral("    Require all granted\n")
                          : QStringLiteral("    AuthType Basic\n    AuthName \"daas test storage\"\n"
                                           "    AuthUserFile %1/htpasswd\n    Require valid-user\n")
                                .arg(dir()),
                 dataDir(),
                 ownDataDir().isEmpty() ? QString()
                                        : QStringLiteral("Alias /dav/ \"%1/\"\n").arg(ownDataDir()));
    if (m_bearer) {
        // file() is read at every request, so setBearerToken() takes effect at once; [R=401] stops there
        conf +=
            QStringLiteral("RewriteEngine On\n"
                           "RewriteCond expr \"%{HTTP:Authorization} != 'Bearer ' . file('%1')\"\n"
                           "RewriteRule ^/dav/ - [R=401,L]\n"
                           "Header always set WWW-Authenticate \"Bearer realm=\\\"daas test storage\\\"\" "
                           "\"expr=%{REQUEST_STATUS} == 401\"\n")
                .arg(tokenPath());
    }
    return writeText(configPath(), conf);
}

bool ApacheDavServer::setBearerToken(const QString &token)
{
    m_bearer = true;
    return replaceText(tokenPath(), token);
}

// ---------------------------------------------------------------------------------------------------------

QString NginxDavServer::configPath() const
{
    return dir() + QStringLiteral("/nginx.conf");
}

QString NginxDavServer::errorLogPath() const
{
    return dir() + QStringLiteral("/logs/error.log");
}

QStringList NginxDavServer::command() const
{
    return {QStringLiteral("nginx"),      QStringLiteral("-e"), errorLogPath(),
            QStringLiteral("-c"),         configPath(),         QStringLiteral("-g"),
            QStringLiteral("daemon off;")};
}

bool NginxDavServer::writeConfig()
{
    for (const char *d : {"body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        QDir(dir()).mkpath(QStringLiteral("tmp/") + QString::fromLatin1(d));
        if (runsAsRoot())
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("www-data:www-data"),
                               dir() + QStringLiteral("/tmp/") + QString::fromLatin1(d)});
    }
    QString conf = QStringLiteral("load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;\n"
                                  "pid %1/run/nginx.pid;\nerror_log %1/logs/error.log;\n%3"
                                  "events {}\nhttp {\n  access_log off;\n"
                                  "  client_body_temp_path %1/tmp/body;\n  proxy_temp_path %1/tmp/proxy;\n"
                                  "  fastcgi_temp_path %1/tmp/fastcgi;\n  uwsgi_temp_path %1/tmp/uwsgi;\n"
                                  "  scgi_temp_path %1/tmp/scgi;\n"
                                  "  dav_ext_lock_zone zone=davlock:10m;\n"
                                  "  server {\n    listen 127.0.0.1:%2;\n    root %1/www;\n"
                                  "    location /dav/ {\n"
                                  "      dav_methods PUT DELETE MKCOL COPY MOVE;\n"
                                  "      dav_ext_methods PROPFIND OPTIONS LOCK UNLOCK;\n"
                                  "      dav_ext_lock zone=davlock;\n      create_full_put_path on;\n"
                                  "      client_max_body_size 0;\n      auth_basic \"daas test storage\";\n"
                                  "      auth_basic_user_file %1/htpasswd;\n    }\n  }\n}\n")
                       .arg(dir())
                       .arg(port())
                       .arg(runsAsRoot() ? QStringLiteral("user www-data;\n") : QString());
    return writeText(configPath(), conf);
}

} // namespace daas::testing
