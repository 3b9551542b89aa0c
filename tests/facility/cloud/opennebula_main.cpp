#include "CloudEmulatorOptions.h"
#include "OpenNebulaEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"daas-opennebula-emulator"_s);
    QCommandLineParser parser;
    const QCommandLineOption arity(
        u"result-arity"_s,
        u"Items in a failure result: 3 (OpenNebula <= 5.2), 4 (5.4-5.8), 5 (>= 5.10, <i8>)."_s, u"n"_s,
        u"5"_s);
    parser.addOption(arity);
    const QCommandLineOption quota(
        u"vm-quota"_s, u"VMS quota of every user (-1: unlimited, OpenNebula's default)."_s, u"n"_s, u"-1"_s);
    parser.addOption(quota);
    daas::emulator::CloudEmulatorOptions options = daas::emulator::parseCloudOptions(
        app,
        u"OpenNebula XML-RPC emulator (POST /RPC2) for DAaaS Desktop's tests and demo. Every running VM is a "
        u"real\n"
        "Xtigervnc desktop on loopback. Prints 'listening on http://HOST:PORT' first.\n\n"
        "Test hooks (not OpenNebula): POST /_emulator/expire-tokens, GET /_emulator/vms,\n"
        "POST /_emulator/fault-next (the next call gets an XML-RPC <fault>),\n"
        "POST /_emulator/startvnc?vm=ID (a websockify token, like Sunstone's startvnc)."_s,
        parser);
    options.resultArity = qBound(3, parser.value(arity).toInt(), 5);
    options.vmQuota = parser.value(quota).toInt();

    daas::emulator::OpenNebulaEmulator emulator(options);
    if (!emulator.listen()) {
        std::fprintf(stderr, "daas-opennebula-emulator: cannot listen on %s\n", qPrintable(options.host));
        return 1;
    }
    std::printf("listening on http://%s:%u\n", qPrintable(options.host), unsigned(emulator.port()));
    std::fflush(stdout);
    return app.exec();
}
