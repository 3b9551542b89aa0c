#include "LsfStandIns.h"
#include "TestPaths.h"

#include "SshServer.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace daas::testing {

LsfStandIns::LsfStandIns() = default;

QString LsfStandIns::folder()
{
    return daas::test::paths::sourceDir() + QStringLiteral("/tests/facility/ssh/lsf");
}

QString LsfStandIns::recorded(const QString &name)
{
    return folder() + u"/recorded/"_s + name;
}

bool LsfStandIns::install(SshServer &server)
{
    m_user = server.loginUser();
    QProcess seed;
    seed.setProcessChannelMode(QProcess::MergedChannels);
    seed.start(folder() + u"/seed.sh"_s, {m_state.path(), m_user});
    if (!seed.waitForFinished(30000) || seed.exitCode() != 0) {
        qWarning("seed.sh failed: %s", seed.readAll().constData());
        return false;
    }
    // the commands run as the login user and change the state
    if (SshServer::runsAsRoot() && QProcess::execute(u"chown"_s, {u"-R"_s, m_user, m_state.path()}) != 0)
        return false;
    server.prependPath(folder() + u"/bin"_s);
    server.setEnvironment(u"DAAS_LSF_STATE"_s, m_state.path());
    return true;
}

bool LsfStandIns::write(const QString &relative, const QString &value)
{
    QFile f(m_state.path() + u'/' + relative);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(value.toUtf8() + '\n');
    f.close();
    if (SshServer::runsAsRoot() && !m_user.isEmpty())
        QProcess::execute(u"chown"_s, {m_user, f.fileName()});
    return true;
}

bool LsfStandIns::setVersion(const QString &version)
{
    return write(u"version"_s, version);
}

bool LsfStandIns::setJob(const QString &id, const QString &field, const QString &value)
{
    return write(u"jobs/%1/%2"_s.arg(id, field), value);
}

QString LsfStandIns::job(const QString &id, const QString &field) const
{
    QFile f(m_state.path() + u"/jobs/%1/%2"_s.arg(id, field));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QStringList LsfStandIns::calls() const
{
    QFile f(m_state.path() + u"/calls.log"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace daas::testing
