#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace daas::emulator {

struct CloudEmulatorOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QMap<QString, QString> users; // name → password
    int stepDelayMs = 1500;       // between lifecycle states
    int desktopDelayMs = 1500;    // after "running", before the desktop inside answers
    bool desktops = true;         // false: machines run but their desktop never answers
    bool rdp = true;              // false: machines offer VNC only (no RDP server, nothing says RDP)
    int resultArity = 5;          // OpenNebula: 3 (≤ 5.2), 4 (5.4–5.8), 5 with <i8> (≥ 5.10)
    int tokenLifetimeSeconds = 36000;
    int imagePageSize = 25;    // OpenStack Glance
    int maxComputeMinor = 104; // OpenStack Nova: the newest microversion, 2.<this> (Flamingo: 2.104)
    int vmQuota = -1; // OpenNebula: machines (not DONE) a user may have; -1 unlimited (oned's default)
};

// Both emulators' command line (add their own options to parser first). Also makes SIGTERM/SIGINT end
// the event loop, so destructors stop every desktop.
CloudEmulatorOptions parseCloudOptions(QCoreApplication &app, const QString &description,
                                       QCommandLineParser &parser);

} // namespace daas::emulator
