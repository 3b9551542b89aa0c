#include "SlurmCluster.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace daas::testing {

struct SlurmCluster::Daemon
{
    QString name;
    QStringList args;
    QString user;
    QProcessEnvironment env;
    QProcess process;
};

namespace {

quint16 freePort()
{
    // slurmctld and slurmd listen on every address (no bind-address option), so ask for a port free on all
    QTcpServer server;
    if (!server.listen(QHostAddress::AnyIPv4, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return f.setPermissions(permissions);
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool chownTo(const QString &path, const QString &user, const QString &groupName)
{
    const passwd *pw = ::getpwnam(user.toLocal8Bit().constData());
    const struct group *gr = ::getgrnam(groupName.toLocal8Bit().constData());
    return pw && gr && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, gr->gr_gid) == 0;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An HS256 JWT as auth/jwt makes them (src/plugins/auth/jwt/auth_jwt.c auth_p_token_generate: iat, exp, sun).
QString jwt(const QString &user, qint64 issued, qint64 expires, const QByteArray &key)
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray claims =
        base64Url(QJsonDocument(QJsonObject{{u"exp"_s, expires}, {u"iat"_s, issued}, {u"sun"_s, user}})
                      .toJson(QJsonDocument::Compact));
    const QByteArray signature = base64Url(
        QMessageAuthenticationCode::hash(QByteArray(header + '.' + claims), key, QCryptographicHash::Sha256));
    return QString::fromLatin1(header + '.' + claims + '.' + signature);
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

// useradd when the user is missing; two fixtures may race for /etc/passwd's lock, so look again after.
bool ensureUser(const QString &name)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (::getpwnam(name.toLocal8Bit().constData()))
            return true;
        // a home and a shell: the SSH back-end's tests log in as this user
        QProcess::execute(u"useradd"_s,
                          {u"--system"_s, u"--user-group"_s, u"--create-home"_s, u"--home-dir"_s,
                           u"/var/lib/"_s + name, u"--shell"_s, u"/bin/bash"_s, name});
        ::endpwent();
        if (::getpwnam(name.toLocal8Bit().constData()))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// A folder given for the jobs (the demo's storage) keeps its owner (the storage server's user): the job user
// gets read and write access through ACLs, and default ACLs give both of them access to what either creates
// in it later.
void grantWorkDir(const QString &path)
{
    const QString user = SlurmCluster::clusterUser();
    const passwd *owner = ::getpwuid(QFileInfo(path).ownerId());
    QString acl = u"u:%1:rwX,d:u:%1:rwX"_s.arg(user);
    if (owner)
        acl += u",d:u:%1:rwX"_s.arg(QString::fromLocal8Bit(owner->pw_name));
    if (QStandardPaths::findExecutable(u"setfacl"_s).isEmpty() ||
        QProcess::execute(u"setfacl"_s, {u"-R"_s, u"-m"_s, acl, path}) != 0)
        qWarning("SlurmCluster: could not give %s write access to %s with setfacl (package acl)",
                 qPrintable(user), qPrintable(path));
}

} // namespace

SlurmCluster::SlurmCluster()
    : SlurmCluster(Options())
{}

SlurmCluster::SlurmCluster(Options options)
    : m_options(std::move(options))
{}

SlurmCluster::~SlurmCluster()
{
    stop();
}

bool SlurmCluster::fail(const QString &why)
{
    m_error = why;
    qWarning("SlurmCluster: %s", qPrintable(why));
    return false;
}

bool SlurmCluster::isRunning() const
{
    return m_ctld && m_ctld->process.state() == QProcess::Running && m_slurmd &&
           m_slurmd->process.state() == QProcess::Running;
}

bool SlurmCluster::prepareUsers()
{
    if (::geteuid() != 0)
        return fail(u"SlurmCluster needs root: it makes the user daas-batch and a mount namespace for the "
                    "cluster's credential sockets, then drops to that user"_s);
    if (!ensureUser(clusterUser()))
        return fail(u"useradd could not make %1"_s.arg(clusterUser()));
    return true;
}

bool SlurmCluster::writeFiles()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/daas-slurm-XXXXXX"_s);
    if (!m_dir->isValid())
        return fail(u"no temporary directory"_s);
    const QString d = m_dir->path();
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                      QFileDevice::ExeOther;
    QFile::setPermissions(d, open);
    for (const char *sub : {"state", "spool", "log", "run", "sack-slurm", "sack-slurmctld", "work"})
        QDir(d).mkpath(QString::fromLatin1(sub));
    m_workDir = m_options.workDir.isEmpty() ? d + u"/work"_s : m_options.workDir;
    QDir().mkpath(m_workDir);

    const quint32 id = QRandomGenerator::global()->bounded(100000u, 999999u);
    m_node = u"daasnode%1"_s.arg(id);
    m_clusterName = u"daas%1"_s.arg(id);
    m_ctldPort = freePort();
    m_slurmdPort = freePort();
    m_restPort = freePort();
    if (!m_ctldPort || !m_slurmdPort || !m_restPort)
        return fail(u"no free port"_s);

    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const QString shortHost = QString::fromLocal8Bit(host).section(u'.', 0, 0);
    QString conf;
    // slurmctld only starts where SlurmctldHost names this machine's host name
    conf += u"ClusterName=%1\nSlurmctldHost=%2(127.0.0.1)\nSlurmctldPort=%3\nSlurmdPort=%4\n"_s.arg(
        m_clusterName, shortHost, QString::number(m_ctldPort), QString::number(m_slurmdPort));
    conf += u"SlurmUser=%1\nSlurmdUser=%1\n"_s.arg(clusterUser());
    conf += u"AuthType=auth/slurm\nCredType=cred/slurm\nAuthAltTypes=auth/jwt\n"
            "AuthAltParameters=jwt_key=%1/state/jwt_hs256.key\n"_s.arg(d);
    conf += u"StateSaveLocation=%1/state\nSlurmdSpoolDir=%1/spool\nSlurmctldPidFile=%1/run/slurmctld.pid\n"
            "SlurmdPidFile=%1/run/slurmd.pid\nSlurmctldLogFile=%1/log/slurmctld.log\n"
            "SlurmdLogFile=%1/log/slurmd.log\nPlugStackConfig=%1/plugstack.conf\n"_s.arg(d);
    conf +=
        u"SlurmctldDebug=info\nSlurmdDebug=info\nProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
        "JobAcctGatherType=jobacct_gather/none\nAccountingStorageType=accounting_storage/none\n"
        "SchedulerType=sched/backfill\nSelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n"
        "SlurmdParameters=config_overrides\nMpiDefault=none\nMailProg=/bin/true\nReturnToService=2\n"
        // a job past its time limit gets SIGTERM, then SIGKILL this much later
        "KillWait=2\n"_s;
    conf += u"NodeName=%1 NodeAddr=127.0.0.1 CPUs=%2 RealMemory=4000 State=UNKNOWN\n"_s.arg(m_node).arg(
        m_options.cpus);
    conf += u"PartitionName=%1 Nodes=ALL Default=YES MaxTime=INFINITE State=UP\n"_s.arg(defaultPartition());
    conf += u"PartitionName=%1 Nodes=ALL MaxTime=%2 State=UP\n"_s.arg(shortPartition())
                .arg(m_options.shortMaxTimeMinutes);

    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto readable = rw | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // slurmd "No filesystem mounted on /sys/fs/cgroup" without CgroupPlugin=disabled
    if (!writeFile(d + u"/slurm.conf"_s, conf.toUtf8(), readable) ||
        !writeFile(d + u"/cgroup.conf"_s, "CgroupPlugin=disabled\n", readable) ||
        !writeFile(d + u"/plugstack.conf"_s, {}, readable) ||
        !writeFile(d + u"/slurm.key"_s, randomBytes(1024), rw) ||
        !writeFile(d + u"/state/jwt_hs256.key"_s, randomBytes(32), rw))
        return fail(u"cannot write the configuration in %1"_s.arg(d));

    bool owned = true;
    for (const char *sub :
         {"slurm.key", "state", "state/jwt_hs256.key", "sack-slurm", "sack-slurmctld", "log", "run", "spool"})
        owned = owned && chownTo(d + u'/' + QString::fromLatin1(sub), clusterUser(), clusterUser());
    if (m_options.workDir.isEmpty())
        owned = owned && chownTo(m_workDir, clusterUser(), clusterUser());
    else
        grantWorkDir(m_workDir);
    if (!owned)
        return fail(u"cannot hand the cluster's folders to %1"_s.arg(clusterUser()));
    return true;
}

bool SlurmCluster::startHolder()
{
    // The mount points must exist outside; what is mounted on them exists only in the namespace.
    QDir().mkpath(u"/run/slurm"_s);
    QDir().mkpath(u"/run/slurmctld"_s);
    const QString script = u"set -e\n"
                           // a chroot's "/" is no mount point: then make sure nothing propagates out
                           "if ! mount --make-rprivate / 2>/dev/null; then\n"
                           "  case \"$(findmnt -no PROPAGATION --target /run)\" in\n"
                           "    *shared*) echo '/run is on a shared mount' >&2; exit 1;;\n"
                           "  esac\n"
                           "fi\n"
                           "mount --bind \"$1\" /run/slurm\n"
                           "mount --bind \"$2\" /run/slurmctld\n"
                           "echo ready\n"
                           "exec setpriv --pdeathsig KILL sleep infinity\n"_s;
    m_holder = std::make_unique<QProcess>();
    m_holder->setWorkingDirectory(dir());
    m_holder->setProcessChannelMode(QProcess::MergedChannels);
    m_holder->start(u"unshare"_s,
                    {u"--mount"_s, u"--propagation"_s, u"unchanged"_s, u"--"_s, u"/bin/sh"_s, u"-c"_s, script,
                     u"sh"_s, dir() + u"/sack-slurm"_s, dir() + u"/sack-slurmctld"_s});
    const QDeadlineTimer deadline(10000);
    QByteArray said;
    while (!said.contains("ready\n") && !deadline.hasExpired() && m_holder->state() != QProcess::NotRunning) {
        m_holder->waitForReadyRead(100);
        said += m_holder->readAll();
    }
    if (!said.contains("ready\n"))
        return fail(u"the cluster's mount namespace could not be made: %1"_s.arg(QString::fromUtf8(said)));
    // every process of the cluster shares this namespace (killLeftovers)
    char link[256] = {};
    const QByteArray path = QFile::encodeName(u"/proc/%1/ns/mnt"_s.arg(m_holder->processId()));
    if (::readlink(path.constData(), link, sizeof link - 1) <= 0)
        return fail(u"cannot read the mount namespace of the cluster's holder process"_s);
    m_namespace = QString::fromLocal8Bit(link);
    return true;
}

QStringList SlurmCluster::clusterCommand(const QStringList &command, bool asClusterUser) const
{
    QStringList cmd{u"nsenter"_s, u"--target"_s, QString::number(m_holder ? m_holder->processId() : 0),
                    u"--mount"_s, u"--root"_s,   u"--wd"_s,
                    u"--"_s};
    if (asClusterUser)
        cmd << u"setpriv"_s << u"--reuid"_s << clusterUser() << u"--regid"_s << clusterUser()
            << u"--init-groups"_s << u"--"_s;
    return cmd + command;
}

QString SlurmCluster::confPath() const
{
    return dir() + u"/slurm.conf"_s;
}

QProcessEnvironment SlurmCluster::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SLURM_CONF"_s, confPath());
    // with SLURM_JWT set, the commands would authenticate with a token instead of auth/slurm
    env.remove(u"SLURM_JWT"_s);
    return env;
}

QString SlurmCluster::run(const QStringList &command, int timeoutMs, bool *ok) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    const QStringList cmd = clusterCommand(command, false);
    p.start(cmd.first(), cmd.mid(1));
    const bool finished = p.waitForStarted(5000) && p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = good;
    if (!good)
        qWarning("SlurmCluster: %s failed: %s", qPrintable(command.join(u' ')),
                 p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool SlurmCluster::startDaemon(Daemon &daemon, const QStringList &args, const QString &user,
                               const QProcessEnvironment &env)
{
    daemon.args = args;
    daemon.user = user;
    daemon.env = env;
    const QStringList cmd{u"nsenter"_s, u"--target"_s, QString::number(m_holder->processId()), u"--mount"_s,
                          u"--root"_s, u"--wd"_s, u"--"_s, u"setpriv"_s, u"--reuid"_s, user, u"--regid"_s,
                          user, u"--init-groups"_s, u"--"_s,
                          // the kernel clears the parent-death signal when the user changes: set it after
                          u"setpriv"_s, u"--pdeathsig"_s, u"TERM"_s, u"--"_s};
    daemon.process.setProcessEnvironment(env);
    daemon.process.setStandardOutputFile(dir() + u"/log/"_s + daemon.name + u".out"_s, QIODevice::Append);
    daemon.process.setStandardErrorFile(dir() + u"/log/"_s + daemon.name + u".out"_s, QIODevice::Append);
    daemon.process.start(cmd.first(), cmd.mid(1) + args);
    if (!daemon.process.waitForStarted(5000))
        return fail(u"%1 did not start: %2"_s.arg(daemon.name, daemon.process.errorString()));
    return true;
}

bool SlurmCluster::start()
{
    if (isRunning())
        return true;
    QElapsedTimer clock;
    clock.start();
    if (!prepareUsers() || !writeFiles() || !startHolder())
        return false;
    m_ctld = std::make_unique<Daemon>();
    m_ctld->name = u"slurmctld"_s;
    m_slurmd = std::make_unique<Daemon>();
    m_slurmd->name = u"slurmd"_s;
    m_rest = std::make_unique<Daemon>();
    m_rest->name = u"slurmrestd"_s;
    QProcessEnvironment restEnv = environment();
    // slurmrestd takes tokens from requests only with SLURM_JWT=daemon (rest_quickstart "Common Issues");
    // it refuses to run as SlurmUser unless told that this is intended
    restEnv.insert(u"SLURM_JWT"_s, u"daemon"_s);
    restEnv.insert(u"SLURMRESTD_SECURITY"_s, u"disable_user_check"_s);
    if (!startDaemon(*m_ctld, {u"slurmctld"_s, u"-D"_s, u"-i"_s}, clusterUser(), environment()) ||
        !startDaemon(*m_slurmd, {u"slurmd"_s, u"-D"_s, u"-N"_s, m_node}, clusterUser(), environment()) ||
        !startDaemon(*m_rest,
                     {u"slurmrestd"_s, u"-a"_s, u"rest_auth/jwt"_s, u"-s"_s, u"openapi/slurmctld"_s,
                      u"127.0.0.1:%1"_s.arg(m_restPort)},
                     clusterUser(), restEnv)) {
        stop();
        return false;
    }
    if (!waitUntilReady(60000)) {
        const QString why = m_error;
        stop();
        m_error = why;
        return false;
    }
    m_startMs = clock.elapsed();
    return true;
}

bool SlurmCluster::waitUntilReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString state;
    while (!deadline.hasExpired()) {
        for (const Daemon *d : {m_ctld.get(), m_slurmd.get(), m_rest.get()})
            if (d->process.state() != QProcess::Running)
                return fail(u"%1 ended at start:\n%2"_s.arg(d->name, logs()));
        QProcess p;
        p.setProcessEnvironment(environment());
        const QStringList cmd =
            clusterCommand({u"sinfo"_s, u"-h"_s, u"-n"_s, m_node, u"-o"_s, u"%T"_s}, false);
        p.start(cmd.first(), cmd.mid(1));
        if (p.waitForFinished(10000))
            state = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (state == u"idle" && waitForRestPort(qMax<qint64>(1, deadline.remainingTime())))
            return true;
        QThread::msleep(100);
    }
    return fail(u"the node did not become idle (last state \"%1\"):\n%2"_s.arg(state, logs()));
}

bool SlurmCluster::waitForRestPort(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_rest || m_rest->process.state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_restPort);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool SlurmCluster::stopRest()
{
    if (!m_rest || m_rest->process.state() == QProcess::NotRunning)
        return true;
    resumeRest();
    m_rest->process.terminate();
    if (!m_rest->process.waitForFinished(10000)) {
        m_rest->process.kill();
        m_rest->process.waitForFinished(5000);
    }
    return m_rest->process.state() == QProcess::NotRunning;
}

bool SlurmCluster::startRest()
{
    if (!m_rest || !m_holder)
        return false;
    if (m_rest->process.state() == QProcess::Running)
        return true;
    // the old listener may linger for a moment after it went
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!startDaemon(*m_rest, m_rest->args, m_rest->user, m_rest->env))
            return false;
        if (waitForRestPort(5000))
            return true;
        stopRest();
        QThread::msleep(200);
    }
    return fail(u"slurmrestd did not listen again on %1:\n%2"_s.arg(m_restPort).arg(logs()));
}

bool SlurmCluster::restartRest()
{
    return stopRest() && startRest();
}

bool SlurmCluster::pauseRest()
{
    return m_rest && m_rest->process.state() == QProcess::Running &&
           ::kill(pid_t(m_rest->process.processId()), SIGSTOP) == 0;
}

bool SlurmCluster::resumeRest()
{
    return m_rest && m_rest->process.state() == QProcess::Running &&
           ::kill(pid_t(m_rest->process.processId()), SIGCONT) == 0;
}

QUrl SlurmCluster::restUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_restPort));
}

QString SlurmCluster::token(int lifespanSeconds, QString *expires) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool ok = false;
    const QString out = run({u"scontrol"_s, u"token"_s, u"username=%1"_s.arg(clusterUser()),
                             u"lifespan=%1"_s.arg(lifespanSeconds)},
                            20000, &ok);
    if (expires)
        *expires = QString::number(now + lifespanSeconds);
    const qsizetype at = out.indexOf(u"SLURM_JWT="_s);
    return ok && at >= 0 ? out.mid(at + 10).section(u'\n', 0, 0).trimmed() : QString();
}

QString SlurmCluster::expiredToken() const
{
    QFile key(dir() + u"/state/jwt_hs256.key"_s);
    if (!key.open(QIODevice::ReadOnly))
        return {};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return jwt(clusterUser(), now - 600, now - 300, key.readAll());
}

QString SlurmCluster::wrongToken() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return jwt(clusterUser(), now, now + 3600, randomBytes(32));
}

bool SlurmCluster::setPartitionMaxTime(const QString &partition, int minutes)
{
    bool ok = false;
    run({u"scontrol"_s, u"update"_s, u"PartitionName=%1"_s.arg(partition), u"MaxTime=%1"_s.arg(minutes)},
        20000, &ok);
    return ok;
}

QString SlurmCluster::logs() const
{
    QString all;
    for (const char *name :
         {"slurmctld.log", "slurmd.log", "slurmctld.out", "slurmd.out", "slurmrestd.out"}) {
        const QString text = readFile(dir() + u"/log/"_s + QString::fromLatin1(name));
        if (!text.isEmpty())
            all += u"== %1\n%2"_s.arg(QString::fromLatin1(name), text.right(3000));
    }
    return all;
}

void SlurmCluster::killLeftovers()
{
    // Every process of this cluster (daemons, slurmstepd, the jobs) lives in its mount namespace: end the
    // ones still there, by PID.
    if (m_namespace.isEmpty())
        return;
    const auto members = [this] {
        QList<pid_t> pids;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool numeric = false;
            const pid_t pid = pid_t(entry.toInt(&numeric));
            if (!numeric || pid == ::getpid() || (m_holder && pid == pid_t(m_holder->processId())))
                continue;
            char link[256] = {};
            const QByteArray path = QFile::encodeName(u"/proc/%1/ns/mnt"_s.arg(pid));
            if (::readlink(path.constData(), link, sizeof link - 1) > 0 &&
                QString::fromLocal8Bit(link) == m_namespace)
                pids.append(pid);
        }
        return pids;
    };
    QList<pid_t> left = members();
    for (const pid_t pid : left)
        ::kill(pid, SIGTERM);
    const QDeadlineTimer deadline(5000);
    while (!left.isEmpty() && !deadline.hasExpired()) {
        QThread::msleep(100);
        left = members();
    }
    for (const pid_t pid : left)
        ::kill(pid, SIGKILL);
}

void SlurmCluster::stop()
{
    if (!m_holder)
        return;
    // running jobs' slurmstepd outlive slurmd: cancel them while the controller still answers
    if (isRunning())
        run({u"scancel"_s, u"--user"_s, clusterUser()}, 10000);
    for (Daemon *d : {m_rest.get(), m_slurmd.get(), m_ctld.get()}) {
        if (!d || d->process.state() == QProcess::NotRunning)
            continue;
        if (d == m_rest.get())
            resumeRest();
        d->process.terminate();
    }
    for (Daemon *d : {m_rest.get(), m_slurmd.get(), m_ctld.get()}) {
        if (d && d->process.state() != QProcess::NotRunning && !d->process.waitForFinished(10000)) {
            d->process.kill();
            d->process.waitForFinished(5000);
        }
    }
    killLeftovers();
    m_holder->kill();
    m_holder->waitForFinished(5000);
    m_holder.reset();
    m_rest.reset();
    m_slurmd.reset();
    m_ctld.reset();
}

} // namespace daas::testing
