#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

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

// CPU seconds (user + system) of this process (RUSAGE_SELF), or of the children it has waited for
// (RUSAGE_CHILDREN).
inline double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline double selfCpuSeconds()
{
    return cpuSeconds(RUSAGE_SELF);
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

inline double median(const QList<double> &v)
{
    return median(std::vector<double>(v.begin(), v.end()));
}

// Wall and CPU seconds of one side of a comparison over the rounds.
struct Side
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

// CPU seconds (user + system) of another process, from /proc/PID/stat; 0 when it is gone.
inline double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // fields after the command name "(…)": state is field 3; utime 14, stime 15
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (f.value(11).toDouble() + f.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// The proportional set size (kB) of a process (shared pages divided among those mapping them): the fair
// measure of what one more program costs, from /proc/PID/smaps_rollup; -1 where there is none.
inline qint64 processPssKb(qint64 pid)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/smaps_rollup").arg(pid)
                    : QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace daas::bench
