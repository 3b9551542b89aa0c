// OpenStack's JSON: Keystone tokens with their catalogue, Nova flavours, servers and remote consoles,
// Glance images, and fault bodies (cloud/OpenStackDocuments).
#include "FuzzSupport.h"

#include "cloud/OpenStackDocuments.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace daas::cloud::openstack;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = daas::fuzz::bytes(data, size);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const auto token = tokenFromBody(o);
    if (token) {
        (void)endpointFor(token->catalog, u"compute"_s);
        (void)endpointFor(token->catalog, u"image"_s, u"RegionOne"_s, u"internal"_s);
    }
    (void)projectsFromBody(o);
    const QList<Flavour> flavours = flavoursFromBody(o);
    (void)templatesFromImages(o.value(u"images"_s).toArray(), flavours);
    const QJsonObject server = o.value(u"server"_s).toObject();
    for (const QJsonValue &s : o.value(u"servers"_s).toArray())
        (void)environmentFromServer(s.toObject());
    (void)environmentFromServer(server);
    (void)rdpFromServer(server, o.value(u"image"_s).toObject());
    (void)imageIdOf(server);
    (void)mapState(server.value(u"status"_s).toString(), server.value(u"OS-EXT-STS:task_state"_s).toString());
    const QJsonObject console = o.value(u"remote_console"_s).toObject();
    (void)webSocketUrlFromConsoleUrl(QUrl(console.value(u"url"_s).toString()));
    (void)faultMessage(body);
    (void)faultText(body);
    return 0;
}
