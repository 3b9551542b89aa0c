#include "jobs/SshConnection.h"

#include "jobs/SshAskpass.h"
#include "jobs/SshPlatform.h"
#include "support/Logging.h"
#include "support/Worker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The build sets it from the install layout (app/jobs/CMakeLists.txt); a compile outside the build (the
// Windows syntax check) takes the Linux layout's.
#ifndef DAAS_ASKPASS_FROM_BINDIR
#define DAAS_ASKPASS_FROM_BINDIR "../libexec/daas-desktop"
#endif

namespace daas::jobs {

namespace {

// The remote shell never sees an option: a host or user that starts with '-' or holds blanks is refused.
bool isSafeWord(const QString &word)
{
    if (word.startsWith(u'-'))
        return false;
    for (const QChar c : word)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    return true;
}

// ssh's value syntax: whitespace separates list items, double quotes keep a path with blanks together.
QString optionValue(const QString &path)
{
    return u'"' + path + u'"';
}

// ssh's own failure (it exits 255 then), not a remote command that happened to exit 255.
bool isSshFailure(int exitCode, const QByteArray &error)
{
    if (exitCode != 255)
        return false;
    if (SshKnownHosts::problemIn(error) != SshKnownHosts::Problem::None)
        return true;
    static const char *const words[] = {
        "ssh: ",
        "Permission denied (",
        "Connection closed by",
        "Connection reset by",
        "Connection timed out",
        "Received disconnect",
        "kex_exchange_identification",
        "mux_client",
        "Control socket",
        "ControlSocket",
        "Bad owner or permissions",
        "Bad configuration option",
        "command-line line",
        "Too many authentication failures",
        "Load key",
    };
    for (const char *word : words)
        if (error.contains(word))
            return true;
    return false;
}

// The last lines ssh wrote, for the user's sentence.
QString sshWords(const QByteArray &error)
{
    QStringList lines;
    for (const QByteArray &line : error.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(u"Warning: Permanently added"_s))
            lines.append(text);
    }
    while (lines.size() > 3)
        lines.removeFirst();
    return lines.join(u' ');
}

QString firstWord(const QString &command)
{
    static const QRegularExpression word(u"([A-Za-z0-9_.-]+)"_s);
    // skip "env LC_ALL=C" and the like
    for (const QString &part : command.split(u' ', Qt::SkipEmptyParts)) {
        if (part == u"env"_s || part.contains(u'='))
            continue;
        const QRegularExpressionMatch m = word.match(part);
        if (m.hasMatch())
            return m.captured(1);
    }
    return command.left(20);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

std::optional<SshEndpoint> SshEndpoint::fromUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"ssh"_s || url.host().isEmpty())
        return std::nullopt;
    SshEndpoint e;
    e.host = url.host();
    e.port = quint16(url.port(22));
    e.user = url.userName();
    if (!e.isSafe())
        return std::nullopt;
    return e;
}

bool SshEndpoint::isSafe() const
{
    return !host.isEmpty() && isSafeWord(host) && isSafeWord(user);
}

QString SshEndpoint::displayName() const
{
    QString name = user.isEmpty() ? host : user + u'@' + host;
    if (port != 22)
        name += u':' + QString::number(port);
    return name;
}

// ---------------------------------------------------------------------------------------------------------

SshCommand::SshCommand(SshConnection *connection, QString command, QByteArray input,
                       std::chrono::milliseconds timeout, Done done)
    : QObject(connection)
    , m_connection(connection)
    , m_command(std::move(command))
    , m_input(std::move(input))
    , m_timeout(timeout)
    , m_done(std::move(done))
{
    m_timer.setSingleShot(true);
}

void SshCommand::cancel()
{
    if (m_finished)
        return;
    if (m_connection)
        m_connection->cancelled(this);
    finish(Error::cancelled());
}

void SshCommand::finish(const Result<SshOutput> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            // it goes when it has ended (SIGKILL: at once), not with this object
            m_process->setParent(m_connection);
            connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
            m_process->kill();
        }
    }
    if (m_connection && m_connection->m_askpassServer && !m_askpassToken.isEmpty())
        m_connection->m_askpassServer->forgetToken(m_askpassToken);
    if (m_done)
        std::exchange(m_done, {})(result);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------

SshConnection::SshConnection(SshEndpoint endpoint, SshOptions options, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{
    if (m_options.sshProgram.isEmpty())
        m_options.sshProgram = SshPlatform::findProgram(u"ssh"_s);
    if (m_options.keyscanProgram.isEmpty())
        m_options.keyscanProgram = SshPlatform::findProgram(u"ssh-keyscan"_s);
    m_knownHosts = m_options.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_options.knownHostsFile;
    m_askpass = m_options.askpassProgram.isEmpty() ? findAskpassProgram() : m_options.askpassProgram;
    if (m_options.shareConnection && SshPlatform::supportsConnectionSharing())
        m_controlPath = SshPlatform::newControlPath();
    m_keyscanTimer.setSingleShot(true);
    connect(&m_keyscanTimer, &QTimer::timeout, this, [this] {
        if (m_keyscan)
            m_keyscan->kill();
    });
}

SshConnection::~SshConnection()
{
    const QList<SshCommand *> commands = m_waiting + m_running;
    m_waiting.clear();
    m_running.clear();
    // no callbacks from a connection going away: its owner (a provider) is being destroyed too
    for (SshCommand *c : commands) {
        c->m_connection = nullptr;
        c->m_done = {};
        c->finish(Error::cancelled());
    }
    // processes killed a moment ago (cancels) and not reaped yet: reaped later, without waiting here
    for (QProcess *process : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        process->disconnect(this);
        support::retireProcess(process);
    }
    if (m_loggedIn)
        SshPlatform::closeSharedConnection(m_options.sshProgram, m_controlPath);
}

QString SshConnection::defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/ssh/known_hosts"_s;
}

QString SshConnection::findAskpassProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("DAAS_ASKPASS_PROGRAM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString name = u"daas-askpass.exe"_s;
#else
    const QString name = u"daas-askpass"_s;
#endif
    // beside the executable (Windows, macOS, a build tree), or in the helpers' folder of the same
    // installation (Linux: bin/../libexec/daas-desktop), wherever that installation was unpacked
    const QString bin = QCoreApplication::applicationDirPath();
    const QString candidates[] = {
        bin + u'/' + name,
        QDir::cleanPath(bin + u'/' + QStringLiteral(DAAS_ASKPASS_FROM_BINDIR) + u'/' + name)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(u"daas-askpass"_s);
}

QString SshConnection::shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString SshConnection::hostForDisplay() const
{
    return m_endpoint.port == 22 ? m_endpoint.host : u"%1:%2"_s.arg(m_endpoint.host).arg(m_endpoint.port);
}

SshCommand *SshConnection::run(const QString &command, const QByteArray &input,
                               std::chrono::milliseconds timeout, SshCommand::Done done)
{
    auto *c = new SshCommand(this, command, input, timeout, std::move(done));
    connect(&c->m_timer, &QTimer::timeout, c, [c] {
        c->m_timedOut = true;
        if (c->m_process)
            c->m_process->kill();
    });
    m_waiting.append(c);
    schedule();
    return c;
}

void SshConnection::schedule()
{
    // never start (or fail) a command inside run(): callers must not see their callback re-entrantly
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startWaiting();
    });
}

void SshConnection::startWaiting()
{
    if (m_askingHostKey || m_waiting.isEmpty())
        return;
    if (m_options.sshProgram.isEmpty()) {
        failWaiting(
            Error(Error::Kind::Unsupported,
                  tr("No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: "
                     "the optional feature \"OpenSSH Client\") to reach the cluster.")));
        return;
    }
    if (!m_endpoint.isSafe()) {
        failWaiting(
            Error(Error::Kind::InvalidInput,
                  tr("The cluster's address \"%1\" is not a host name.").arg(m_endpoint.displayName())));
        return;
    }
    if (m_loggedIn) {
        while (!m_waiting.isEmpty())
            start(m_waiting.takeFirst());
        return;
    }
    // one command logs in (and asks for a host key or passphrase); the others wait for it
    if (!m_probe) {
        m_probe = m_waiting.takeFirst();
        start(m_probe);
    }
}

QStringList SshConnection::arguments(const QString &command) const
{
    QStringList args{u"-T"_s, u"-x"_s, u"-a"_s};
    const auto option = [&args](const QString &o) { args << u"-o"_s << o; };
    option(m_askpass.isEmpty() ? u"BatchMode=yes"_s : u"BatchMode=no"_s);
    option(u"StrictHostKeyChecking=yes"_s);
    // ssh reads each file named, and writes none (UpdateHostKeys=no; the client adds the keys it is told to
    // trust to its own file)
    QString knownHosts = optionValue(m_knownHosts);
    if (m_options.trustUsersKnownHosts)
        knownHosts += u' ' + optionValue(QDir::homePath() + u"/.ssh/known_hosts"_s);
    option(u"UserKnownHostsFile="_s + knownHosts);
    option(u"UpdateHostKeys=no"_s);
    option(u"ConnectTimeout=%1"_s.arg(m_options.connectTimeoutSeconds));
    option(u"ServerAliveInterval=15"_s);
    option(u"ServerAliveCountMax=3"_s);
    option(u"ClearAllForwardings=yes"_s);
    option(u"LogLevel=ERROR"_s); // no banners or notices among a scheduler's messages
    if (!m_askpass.isEmpty())
        option(u"NumberOfPasswordPrompts=3"_s);
    if (!m_controlPath.isEmpty()) {
        option(u"ControlMaster=auto"_s);
        option(u"ControlPath="_s + optionValue(m_controlPath));
        option(u"ControlPersist=%1"_s.arg(m_options.persistSeconds));
    }
    args << u"-p"_s << QString::number(m_endpoint.port);
    if (!m_endpoint.user.isEmpty())
        args << u"-l"_s << m_endpoint.user;
    if (!m_endpoint.identityFile.isEmpty())
        args << u"-i"_s << m_endpoint.identityFile;
    args << u"--"_s << m_endpoint.host << command;
    return args;
}

void SshConnection::start(SshCommand *c)
{
    m_running.append(c);
    auto *process = new QProcess(c);
    c->m_process = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_askpass.isEmpty()) {
        if (!m_askpassServer) {
            m_askpassServer = new SshAskpassServer(this);
            connect(m_askpassServer, &SshAskpassServer::secretNeeded, this, &SshConnection::secretNeeded);
        }
        if (m_askpassServer->listen()) {
            c->m_askpassToken = m_askpassServer->newToken();
            env.insert(u"SSH_ASKPASS"_s, m_askpass);
            env.insert(u"SSH_ASKPASS_REQUIRE"_s, u"force"_s);
            env.insert(u"DAAS_ASKPASS_SOCKET"_s, m_askpassServer->serverName());
            env.insert(u"DAAS_ASKPASS_TOKEN"_s, c->m_askpassToken);
        }
    }
    process->setProcessEnvironment(env);
    process->setProgram(m_options.sshProgram);
    process->setArguments(arguments(c->m_command));
    connect(process, &QProcess::readyReadStandardOutput, c, [this, c, process] {
        c->m_stdout += process->readAllStandardOutput();
        if (c->m_stdout.size() > m_options.maxOutputBytes && !c->m_tooLarge) {
            c->m_tooLarge = true;
            process->kill();
        }
    });
    connect(process, &QProcess::readyReadStandardError, c, [c, process] {
        c->m_stderr += process->readAllStandardError();
        if (c->m_stderr.size() > (1 << 20)) // keep the end: that is where ssh says why
            c->m_stderr = c->m_stderr.right(1 << 19);
    });
    connect(process, &QProcess::finished, c,
            [this, c](int exitCode, QProcess::ExitStatus status) { ended(c, exitCode, status); });
    connect(process, &QProcess::errorOccurred, c, [this, c, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_running.removeOne(c);
        if (m_probe == c)
            m_probe = nullptr;
        const Error failed(Error::Kind::Unsupported,
                           tr("The SSH client could not be started: %1").arg(process->errorString()),
                           m_options.sshProgram);
        c->finish(failed);
        failWaiting(failed);
    });
    qCDebug(lcJobs) << "ssh" << m_endpoint.displayName() << firstWord(c->m_command);
    process->start();
    if (!c->m_input.isEmpty())
        process->write(c->m_input);
    process->closeWriteChannel();
    c->m_timer.start(c->m_timeout);
}

void SshConnection::cancelled(SshCommand *c)
{
    m_waiting.removeOne(c);
    m_running.removeOne(c);
    if (m_probe == c) {
        m_probe = nullptr;
        schedule(); // the next waiting command logs in
    }
}

void SshConnection::ended(SshCommand *c, int exitCode, QProcess::ExitStatus status)
{
    if (c->m_finished)
        return;
    c->m_stdout += c->m_process->readAllStandardOutput();
    c->m_stderr += c->m_process->readAllStandardError();
    m_running.removeOne(c);
    const bool wasProbe = m_probe == c;
    if (wasProbe)
        m_probe = nullptr;

    if (c->m_timedOut) {
        c->finish(Error(Error::Kind::Timeout, tr("%1 on %2 did not finish within %3 seconds.")
                                                  .arg(firstWord(c->m_command), hostForDisplay())
                                                  .arg(qMax<qint64>(1, c->m_timeout.count() / 1000))));
        schedule();
        return;
    }
    if (c->m_tooLarge) {
        c->finish(Error(Error::Kind::Protocol, tr("%1 on %2 printed more than %3 MB; it was stopped.")
                                                   .arg(firstWord(c->m_command), hostForDisplay())
                                                   .arg(m_options.maxOutputBytes >> 20)));
        schedule();
        return;
    }
    if (status == QProcess::CrashExit) {
        c->finish(Error(Error::Kind::Network,
                        tr("The SSH client stopped unexpectedly while talking to %1.").arg(hostForDisplay()))
                      .withServerMessage(u"ssh"_s, sshWords(c->m_stderr)));
        schedule();
        return;
    }
    if (isSshFailure(exitCode, c->m_stderr)) {
        m_loggedIn = false;
        switch (SshKnownHosts::problemIn(c->m_stderr)) {
        case SshKnownHosts::Problem::Unknown:
            // ask, then run it again (first in line: it logs in)
            m_waiting.prepend(c);
            c->m_lastError = std::exchange(c->m_stderr, {});
            c->m_stdout.clear();
            c->m_timer.stop();
            c->m_process->disconnect(c);
            c->m_process->deleteLater();
            c->m_process = nullptr;
            if (m_askpassServer && !c->m_askpassToken.isEmpty())
                m_askpassServer->forgetToken(std::exchange(c->m_askpassToken, {}));
            askHostKey();
            return;
        case SshKnownHosts::Problem::Changed: {
            const Error changed = changedKeyError(c->m_stderr);
            c->finish(changed);
            failWaiting(changed);
            return;
        }
        case SshKnownHosts::Problem::None:
            break;
        }
        const Error failed = loginError(c->m_stderr);
        c->finish(failed);
        if (wasProbe)
            failWaiting(failed); // they would fail the same way
        else
            schedule();
        return;
    }
    if (!m_loggedIn)
        m_loggedIn = true;
    c->finish(SshOutput{exitCode, c->m_stdout, c->m_stderr});
    schedule();
}

Error SshConnection::loginError(const QByteArray &sshError) const
{
    const QString host = m_endpoint.displayName();
    Error error;
    if (sshError.contains("Permission denied") || sshError.contains("Too many authentication failures"))
        error =
            Error(Error::Kind::Authentication, tr("%1 did not accept your SSH key or password.").arg(host));
    else if (sshError.contains("Could not resolve hostname"))
        error = Error(Error::Kind::Network,
                      tr("The cluster's login node %1 was not found.").arg(m_endpoint.host));
    else if (sshError.contains("Connection refused"))
        error = Error(Error::Kind::Network, tr("%1 refused the SSH connection.").arg(hostForDisplay()));
    else if (sshError.contains("timed out"))
        error = Error(Error::Kind::Timeout,
                      tr("%1 did not answer the SSH connection in time.").arg(hostForDisplay()));
    else
        error = Error(Error::Kind::Network, tr("Could not log in to %1 over SSH.").arg(host));
    return error.withServerMessage(u"ssh"_s, sshWords(sshError));
}

Error SshConnection::changedKeyError(const QByteArray &sshError) const
{
    const QString presented = SshKnownHosts::presentedFingerprint(sshError);
    // the old key may be in the user's own known_hosts
    const QString holder = SshKnownHosts::offendingFile(sshError);
    return Error(
        Error::Kind::Tls,
        tr("THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be "
           "intercepting the connection, so nothing was sent. If the facility confirms that the key "
           "was changed, remove the old key of %1 from %3 and connect again.")
            .arg(hostForDisplay(), presented.isEmpty() ? tr("another key") : presented,
                 holder.isEmpty() ? m_knownHosts : holder),
        QString::fromUtf8(sshError).simplified());
}

void SshConnection::failWaiting(const Error &error)
{
    const QList<SshCommand *> waiting = std::exchange(m_waiting, {});
    for (SshCommand *c : waiting)
        c->finish(error);
}

// --- the host key question ----------------------------------------------------------------------------

void SshConnection::askHostKey()
{
    if (m_askingHostKey)
        return;
    m_askingHostKey = true;
    m_offeredKey.reset();
    if (m_options.keyscanProgram.isEmpty()) {
        m_askingHostKey = false;
        failWaiting(
            Error(Error::Kind::Unsupported,
                  tr("%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.")
                      .arg(hostForDisplay())));
        return;
    }
    m_keyscan = new QProcess(this);
    m_keyscan->setProgram(m_options.keyscanProgram);
    m_keyscan->setArguments({u"-T"_s, QString::number(m_options.connectTimeoutSeconds), u"-p"_s,
                             QString::number(m_endpoint.port), u"--"_s, m_endpoint.host});
    connect(m_keyscan, &QProcess::finished, this, &SshConnection::keyscanEnded);
    connect(m_keyscan, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            keyscanEnded(-1, QProcess::CrashExit);
    });
    m_keyscanTimer.start(std::chrono::seconds(m_options.connectTimeoutSeconds + 5));
    m_keyscan->start();
    m_keyscan->closeWriteChannel();
}

void SshConnection::keyscanEnded(int exitCode, QProcess::ExitStatus status)
{
    Q_UNUSED(exitCode);
    Q_UNUSED(status);
    if (!m_keyscan)
        return;
    m_keyscanTimer.stop();
    QProcess *scan = std::exchange(m_keyscan, nullptr);
    scan->disconnect(this);
    scan->deleteLater();
    const QByteArray output = scan->readAllStandardOutput();
    const QByteArray error = scan->readAllStandardError();
    QList<SshHostKey> keys = SshKnownHosts::parseKeyscan(output);
    // the key type ssh asked about ("No ED25519 host key is known for …") first
    if (!m_waiting.isEmpty()) {
        static const QRegularExpression asked(u"No (\\S+) host key is known"_s);
        const QRegularExpressionMatch m = asked.match(QString::fromUtf8(m_waiting.first()->m_lastError));
        if (m.hasMatch())
            std::stable_partition(keys.begin(), keys.end(),
                                  [&](const SshHostKey &k) { return k.typeName() == m.captured(1); });
    }
    if (keys.isEmpty()) {
        m_askingHostKey = false;
        QStringList said;
        for (const QByteArray &line : error.split('\n'))
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                said.append(QString::fromUtf8(line).trimmed());
        failWaiting(
            Error(Error::Kind::Network, tr("Could not read the host key of %1.").arg(hostForDisplay()))
                .withServerMessage(u"ssh-keyscan"_s, said.join(u' ')));
        return;
    }
    m_offeredKey = keys.first();
    qCInfo(lcJobs) << "ssh: unknown host key of" << hostForDisplay() << m_offeredKey->typeName()
                   << m_offeredKey->fingerprint();
    Q_EMIT hostKeyDecisionNeeded(hostForDisplay(), m_offeredKey->typeName(), m_offeredKey->fingerprint());
}

void SshConnection::answerHostKey(bool trust)
{
    if (!m_askingHostKey || !m_offeredKey)
        return;
    const SshHostKey key = *std::exchange(m_offeredKey, std::nullopt);
    m_askingHostKey = false;
    if (!trust) {
        failWaiting(Error(Error::Kind::Tls, tr("Not connected to %1: its host key (%2 %3) was not trusted.")
                                                .arg(hostForDisplay(), key.typeName(), key.fingerprint())));
        return;
    }
    SshHostKey remembered = key;
    remembered.host = SshKnownHosts::hostPattern(m_endpoint.host, m_endpoint.port);
    if (const Error written = SshKnownHosts::add(m_knownHosts, remembered)) {
        failWaiting(written);
        return;
    }
    qCInfo(lcJobs) << "ssh: host key of" << hostForDisplay() << "trusted and remembered";
    schedule();
}

void SshConnection::answerSecret(const std::optional<QString> &secret)
{
    if (m_askpassServer)
        m_askpassServer->answer(secret);
}

} // namespace daas::jobs
