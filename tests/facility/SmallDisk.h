#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

namespace daas::testing {

// A small tmpfs for a disk-full test, mounted without needing the host's root where possible:
// - not root: a holder process in its own user and mount namespace (`unshare --user --map-root-user
//   --mount`) mounts the tmpfs on its copy of an empty folder; every process of the same user reaches it
//   through /proc/<holder>/root/<folder> (path()), which the kernel allows to the namespace's owner. The
//   mount goes when the holder does; nothing outside the namespace ever sees it.
// - root (the build root is a chroot, where the kernel refuses new user namespaces): the holder mounts the
//   tmpfs in place, so that servers running as another user (Apache's www-data) reach it too, and unmounts
//   it when its standard input closes, which also happens when the test itself is killed.
// The holder is a shell reading its standard input: the test ends it by closing that.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes, const QString &mode = QStringLiteral("0755"))
    {
        m_holder.setProcessChannelMode(QProcess::SeparateChannels);
        const QString options = QStringLiteral("size=%1,mode=%2").arg(bytes).arg(mode);
        const QString script = m_asRoot ? QStringLiteral("mount -t tmpfs -o %1 daas-small \"$1\" || exit 1; "
                                                         "echo mounted; cat >/dev/null; umount -l \"$1\"")
                                              .arg(options)
                                        : QStringLiteral("mount -t tmpfs -o %1 daas-small \"$1\" || exit 1; "
                                                         "echo mounted; exec cat >/dev/null")
                                              .arg(options);
        QStringList args{QStringLiteral("-c"), script, QStringLiteral("small-disk"), m_mountPoint.path()};
        if (m_asRoot) {
            m_holder.start(QStringLiteral("sh"), args);
        } else {
            args.prepend(QStringLiteral("sh"));
            args = QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                               QStringLiteral("--mount")} +
                   args;
            m_holder.start(QStringLiteral("unshare"), args);
        }
        if (!m_holder.waitForStarted(5000))
            return;
        while (m_holder.state() == QProcess::Running && !m_holder.canReadLine())
            m_holder.waitForReadyRead(10000);
        m_mounted = m_holder.readLine().trimmed() == "mounted";
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(m_holder.readAllStandardError()).trimmed();
    }
    ~SmallDisk()
    {
        if (m_holder.state() == QProcess::NotRunning)
            return;
        m_holder.closeWriteChannel();
        if (!m_holder.waitForFinished(10000)) {
            m_holder.kill();
            m_holder.waitForFinished(5000);
        }
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    // Why it could not be mounted (the holder's own words), for the test's message.
    QString whyNot() const
    {
        return QStringLiteral("cannot mount a small tmpfs (%1): %2")
            .arg(m_asRoot ? QStringLiteral("as root") : QStringLiteral("in a user namespace"), m_why);
    }
    // The tmpfs's root, as this process and others of the same user reach it.
    QString path() const
    {
        return m_asRoot
                   ? m_mountPoint.path()
                   : QStringLiteral("/proc/%1/root%2").arg(m_holder.processId()).arg(m_mountPoint.path());
    }
    bool inUserNamespace() const { return !m_asRoot; }

private:
    const bool m_asRoot = ::geteuid() == 0;
    QTemporaryDir m_mountPoint;
    QProcess m_holder;
    bool m_mounted = false;
    QString m_why;
};

} // namespace daas::testing
