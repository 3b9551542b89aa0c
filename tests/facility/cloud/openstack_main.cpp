#include "CloudEmulatorOptions.h"
#include "OpenStackEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"daas-openstack-emulator"_s);
    QCommandLineParser parser;
    const QCommandLineOption pageSize(u"image-page-size"_s, u"Glance page size."_s, u"n"_s, u"25"_s);
    parser.addOption(pageSize);
    const QCommandLineOption maxMicroversion(u"max-microversion"_s,
                                             u"Newest Nova microversion, 2.1 to 2.104 (an older Nova)."_s,
                                             u"2.n"_s, u"2.104"_s);
    parser.addOption(maxMicroversion);
    daas::emulator::CloudEmulatorOptions options = daas::emulator::parseCloudOptions(
        app,
        u"OpenStack emulator (Keystone /v3, Nova /compute/v2.1, Glance /image) for DAaaS Desktop's tests and "
        u"demo.\n"
        "Every ACTIVE server is a real Xtigervnc desktop (VNC password: its adminPass, 8 characters);\n"
        "consoles through a noVNC-style proxy. Application credential alice-appcred / alice-appcred-secret.\n"
        "Prints 'listening on http://HOST:PORT' first.\n\n"
        "Test hooks (not OpenStack): POST /_emulator/expire-tokens, GET /_emulator/vms."_s,
        parser);
    options.imagePageSize = qMax(1, parser.value(pageSize).toInt());
    options.maxComputeMinor = qBound(1, parser.value(maxMicroversion).section(u'.', 1).toInt(), 104);
    options.tokenLifetimeSeconds = qMin(options.tokenLifetimeSeconds, 3600 * 12);

    daas::emulator::OpenStackEmulator emulator(options);
    if (!emulator.listen()) {
        std::fprintf(stderr, "daas-openstack-emulator: cannot listen on %s\n", qPrintable(options.host));
        return 1;
    }
    std::printf("listening on http://%s:%u\n", qPrintable(options.host), unsigned(emulator.port()));
    std::fflush(stdout);
    return app.exec();
}
