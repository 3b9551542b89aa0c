#pragma once

#include "cloud/Environment.h"
#include "support/Error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace daas::cloud::openstack {

struct CatalogEndpoint
{
    QString type; // "compute", "image", "identity", …
    QString interface;
    QString region;
    QUrl url;
};

// What POST /v3/auth/tokens gave: the token itself comes in the X-Subject-Token header.
struct KeystoneToken
{
    QDateTime expires;
    QDateTime issued;
    QString projectId; // empty: an unscoped token, which has no catalog
    QList<CatalogEndpoint> catalog;
};

Result<KeystoneToken> tokenFromBody(const QJsonObject &body);

struct KeystoneProject
{
    QString id;
    QString name;
};
// GET /v3/auth/projects: the enabled projects a token's user may scope to.
QList<KeystoneProject> projectsFromBody(const QJsonObject &body);
// The public endpoint of a service type in a region (any region when empty); invalid if absent.
QUrl endpointFor(const QList<CatalogEndpoint> &catalog, const QString &type, const QString &region = {},
                 const QString &interface = QStringLiteral("public"));

struct Flavour
{
    QString id;
    QString name;
    int vcpus = 0;
    qint64 ramMiB = 0;
    qint64 diskGiB = 0;
};
QList<Flavour> flavoursFromBody(const QJsonObject &body);

// Images become templates with a flavour each: the image's daas_flavor property (name or id), else the
// smallest flavour that meets its min_ram/min_disk.
QList<EnvironmentTemplate> templatesFromImages(const QJsonArray &images, const QList<Flavour> &flavours);

// Nova status + OS-EXT-STS:task_state → a state a user understands.
EnvironmentState mapState(const QString &status, const QString &taskState, bool *cloudRunning = nullptr);
// A server as Nova writes it at microversion 2.47 or later (the flavour embedded, without an id: it may have
// been deleted since).
Environment environmentFromServer(const QJsonObject &server);

// The RDP side of a server's console and the protocol it prefers. OpenStack has no RDP console of its own
// since Nova's Hyper-V driver went (Caracal): RDP goes straight to the guest, at the server's address (a
// floating one first, as environmentFromServer picks it), port 3389. Whether the guest runs an RDP server
// is said by this project's keys, in the server's metadata (wins: it is set per machine) or else in the
// image's properties (Glance keeps custom properties at the top level of an image):
// - "daas_rdp": "yes" | "true" | "1" (any case) offers RDP; "no" | "false" | "0" in the metadata
//   withdraws what the image says;
// - "daas_rdp_port": another port (1–65535); anything else means no RDP (logged), never a guess;
// - "daas_protocol": "vnc" | "rdp", the preferred one; else `fallback` (the profile's
//   cloud.desktopProtocol).
// Only rdpHost, rdpPort and preferred are set; the VNC side comes from remote-consoles.
ConsoleEndpoint rdpFromServer(const QJsonObject &server, const QJsonObject &image,
                              remote::RemoteProtocol fallback = remote::RemoteProtocol::Vnc);
// The image a server was booted from ("" for one booted from a volume).
QString imageIdOf(const QJsonObject &server);

// The noVNC URL of POST /servers/{id}/remote-consoles → the websockify URL a native client opens:
// ws(s)://host:port/?token=… (token from the query or from inside the URL-encoded "path").
Result<QUrl> webSocketUrlFromConsoleUrl(const QUrl &consoleUrl);

// {"itemNotFound":{"code":404,"message":"…"}} or Keystone's {"error":{"code","title","message"}}.
QString faultMessage(const QByteArray &body);
// Only the explanation of a fault body ({"conflictingRequest": {"message": "…"}}, Keystone's {"error":
// {"message": …}}), for the user beside our sentence; empty when the body holds none (an HTML error page).
QString faultText(const QByteArray &body);

} // namespace daas::cloud::openstack
