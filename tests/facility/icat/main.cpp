#include "IcatEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"daas-icat-emulator"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"ICAT + IDS emulator for DAaaS Desktop's tests and demo. ICAT REST under /icat, IDS under /ids.\n"
        "Prints 'listening on http://HOST:PORT' as its first line.\n\n"
        "Demo users (authenticator/user/password): simple/alice/alice-pw, simple/bob/bob-pw,\n"
        "simple/root/root-pw (sees everything), ldap/carol/carol-pw; anon needs no credentials.\n\n"
        "Test hooks (POST, not part of ICAT/IDS):\n"
        "  /_emulator/expire-sessions             every current session expires now\n"
        "  /_emulator/drop-next-download?after=N  the next getData connection is cut after N body bytes\n"
        "  /_emulator/lie-next?path=P&status=S&body=B  the next request to P gets that raw answer\n"
        "  /_emulator/hostile-zip-next?kind=dotdot|absolute|symlink  the next zip carries such an entry\n"
        "  /_emulator/ignore-range-next           the next ranged getData is answered as if it had none\n"
        "                                         (a proxy in front of IDS; IDS itself never ignores one)\n"
        "  /_emulator/two-level?on=1|0&restoreMs=N  two-level storage on/off, every dataset archived;\n"
        "                                         a restoration takes N ms (negative: until restore-now)\n"
        "  /_emulator/restore-now                 every restoration asked for completes now\n"
        "  /_emulator/two-level-state             {restoring, online, refused} (counts)\n"
        "  /_emulator/reset                       disarm every hook (two-level storage as started)"_s);
    parser.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port (0: a free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where IDS put stores files."_s, u"dir"_s);
    const QCommandLineOption lifetime(u"lifetime-minutes"_s, u"Session lifetime."_s, u"minutes"_s, u"120"_s);
    const QCommandLineOption facility(u"facility-name"_s, u"Name of the main facility."_s, u"name"_s,
                                      u"ISIS"_s);
    const QCommandLineOption tomography(u"tomography-bytes"_s, u"Size of the big datafile (1 GiB)."_s,
                                        u"bytes"_s, u"1073741824"_s);
    const QCommandLineOption twoLevel(u"two-level"_s,
                                      u"Two-level storage: datasets are archived until restored."_s);
    const QCommandLineOption restoreMs(u"restore-ms"_s, u"How long a restoration takes (two-level)."_s,
                                       u"milliseconds"_s, u"2000"_s);
    parser.addOptions({host, port, dataDir, lifetime, facility, tomography, twoLevel, restoreMs});
    parser.process(app);

    QTemporaryDir tempData;
    daas::emulator::EmulatorOptions options;
    options.host = parser.value(host);
    options.port = quint16(parser.value(port).toUInt());
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : tempData.path();
    options.lifetimeMinutes = parser.value(lifetime).toInt();
    options.facilityName = parser.value(facility);
    options.tomographyBytes = parser.value(tomography).toLongLong();
    options.twoLevel = parser.isSet(twoLevel);
    options.restoreMs = parser.value(restoreMs).toLongLong();

    daas::emulator::IcatEmulator emulator(options);
    if (!emulator.listen()) {
        std::fprintf(stderr, "daas-icat-emulator: cannot listen on %s:%s\n", qPrintable(options.host),
                     qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("listening on http://%s:%u\n", qPrintable(options.host), unsigned(emulator.port()));
    std::fflush(stdout);
    return app.exec();
}
