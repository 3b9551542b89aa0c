#include "jobs/SshPlatform.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace daas::jobs::SshPlatform {

QString findProgram(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

bool supportsConnectionSharing()
{
    return true;
}

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    // chmod rather than QFile::setPermissions: the folder must not stay readable by others for a moment
    return ::chmod(QFile::encodeName(path).constData(), S_IRWXU) == 0;
}

QString newControlPath()
{
    // XDG_RUNTIME_DIR is private and short ("/run/user/1000"); elsewhere (macOS) the temp folder, with a
    // folder of our own in it
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty() || base.size() > 60)
        base = QDir::tempPath() + u"/daas-ssh-"_s + QString::number(::getuid());
    else
        base += u"/daas-ssh"_s;
    if (!makePrivateFolder(base))
        return {};
    const quint64 token = QRandomGenerator::system()->generate64();
    return base + u'/' + QString::number(token, 16).rightJustified(16, u'0');
}

void closeSharedConnection(const QString &sshProgram, const QString &controlPath)
{
    if (sshProgram.isEmpty() || controlPath.isEmpty() || !QFile::exists(controlPath))
        return;
    // "-O exit" needs a destination, which it does not use; it says "Exit request sent." to no one
    QProcess exit;
    exit.setProgram(sshProgram);
    exit.setArguments({u"-o"_s, u"ControlPath=\"%1\""_s.arg(controlPath), u"-O"_s, u"exit"_s, u"--"_s,
                       u"daas-shared-connection"_s});
    exit.setStandardInputFile(QProcess::nullDevice());
    exit.setStandardOutputFile(QProcess::nullDevice());
    exit.setStandardErrorFile(QProcess::nullDevice());
    exit.startDetached();
}

} // namespace daas::jobs::SshPlatform
