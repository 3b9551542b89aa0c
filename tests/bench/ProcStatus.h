#pragma once

#include <QByteArray>
#include <QFile>

namespace daas::bench {

// A "kB" field of /proc/self/status (VmRSS:, VmHWM:), or -1 where there is none (not Linux).
inline qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace daas::bench
