#include "jobs/SshPlatform.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace daas::jobs::SshPlatform {

QString findProgram(const QString &name)
{
    // Windows' own OpenSSH client (an optional feature, installed by default since Windows 10 1809)
    const QString system = qEnvironmentVariable("SystemRoot", u"C:\\Windows"_s);
    const QString own = QDir::fromNativeSeparators(system) + u"/System32/OpenSSH/"_s + name + u".exe"_s;
    if (QFileInfo(own).isExecutable())
        return own;
    return QStandardPaths::findExecutable(name);
}

bool supportsConnectionSharing()
{
    // Win32-OpenSSH has no ControlMaster (no Unix sockets to pass descriptors over)
    return false;
}

QString newControlPath()
{
    return {};
}

void closeSharedConnection(const QString &sshProgram, const QString &controlPath)
{
    Q_UNUSED(sshProgram);
    Q_UNUSED(controlPath);
}

bool makePrivateFolder(const QString &path)
{
    // the user's profile folders (AppData) are private to the user by their inherited ACL
    return QDir().mkpath(path);
}

} // namespace daas::jobs::SshPlatform
