#pragma once

#include "EventLoopWait.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace daas::bench {

// The X window of a peer viewer started as process `pid` (its _NET_WM_PID), or of class `className` when
// it sets no PID; 0 when none appeared within 20 s.
inline quint64 peerWindow(qint64 pid, const QString &className)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        for (const QStringList &args : {QStringList{QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                    QStringLiteral("--pid"), QString::number(pid)},
                                        QStringList{QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                    QStringLiteral("--classname"), className}}) {
            QProcess xdotool;
            xdotool.start(QStringLiteral("xdotool"), args);
            xdotool.waitForFinished(5000);
            const QList<QByteArray> ids = xdotool.readAllStandardOutput().trimmed().split('\n');
            if (!ids.isEmpty() && !ids.last().isEmpty())
                return ids.last().toULongLong();
        }
        daas::testing::runEventLoopFor(200);
    }
    return 0;
}

// Input-to-screen latencies (ms) of the viewer window `window` on this X display, measured from outside
// by daas-x11-latency (next to this benchmark): XTest presses and releases in the window's middle, and the
// screen pixel read back until the remote probe's colour changes. The event loop keeps running meanwhile
// (our own viewer lives in this process). Empty when it could not measure.
inline QList<double> screenLatencies(quint64 window, const QString &colour, const QString &pressed,
                                     int rounds)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::SeparateChannels);
    tool.start(QCoreApplication::applicationDirPath() + QStringLiteral("/daas-x11-latency"),
               {QString::number(window), colour, pressed, QString::number(rounds)});
    if (!daas::testing::waitInEventLoop([&] { return tool.state() == QProcess::NotRunning; },
                                        30000 + rounds * 3500)) {
        tool.kill();
        tool.waitForFinished(3000);
    }
    QList<double> out;
    static const QRegularExpression sample(QStringLiteral("^sample ([0-9.]+)$"),
                                           QRegularExpression::MultilineOption);
    for (auto it = sample.globalMatch(QString::fromUtf8(tool.readAllStandardOutput())); it.hasNext();)
        out << it.next().captured(1).toDouble();
    if (out.isEmpty())
        std::fprintf(stderr, "daas-x11-latency: %s\n", tool.readAllStandardError().constData());
    return out;
}

} // namespace daas::bench
