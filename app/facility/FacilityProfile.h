#pragma once

#include "support/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace daas::facility {

// A facility's name and endpoints, from a JSON profile (resources/facilities/*.json shows the format).
// Services a facility does not offer are absent (an invalid URL); the GUI then hides that area.
struct FacilityProfile
{
    Q_DECLARE_TR_FUNCTIONS(daas::facility::FacilityProfile)

public:
    QString id;   // short, stable: "demo", "stfc"
    QString name; // shown to the user: "ISIS Neutron and Muon Source"
    QString description;
    QUrl icatUrl;      // ICAT REST base, ends in /icat
    QUrl idsUrl;       // IDS REST base, ends in /ids
    QString cloudType; // "opennebula" | "openstack" | "" (none)
    QUrl cloudUrl;
    // "cloud": {"desktopProtocol": "vnc" | "rdp"}: the way into an environment's desktop when neither the
    // user nor the machine's template has chosen; "" when the profile does not say (VNC then).
    QString cloudDesktopProtocol;
    // "cloud": {"rdpGateway": "host[:port]"}: the RD Gateway (HTTP transport) in front of the environments'
    // RDP desktops; empty host: none (the desktops are reached directly). The port defaults to 443.
    QString cloudRdpGatewayHost;
    quint16 cloudRdpGatewayPort = 443;
    // OpenStack: "cloud": {"domain": the Keystone domain of the users (and of the project), "" → "Default";
    // "project": the project they work in, "" → the only one the user belongs to}
    QString cloudDomain;
    QString cloudProject;
    QUrl storageUrl;     // WebDAV collection of the user's persistent storage; may hold "{user}" in its path
    QString storageAuth; // "basic" | "bearer"
    QString batchType;   // "slurm-rest" | "slurm-ssh" | "lsf-ssh" | ""
    QUrl batchUrl;       // slurmrestd base, or ssh://user@host:port
    // slurm-rest: where the signed-in user gets a Slurm token (JWT), with the service login as Basic
    // credentials: a facility's token service or authenticating proxy. Invalid: the user pastes one
    // (`scontrol token`), kept in the keychain.
    QUrl batchTokenUrl;
    // Where the persistent storage is mounted on the cluster ("/mnt/daas/{user}"): a job's output below it is
    // read over WebDAV, and a folder of the storage becomes a path a job can use. Empty: not mounted there.
    QString batchStorageMount;
    // "sharedWorkstation": true: the computers this profile is installed on are shared by several people
    // (a beamline control room). Sign-in is never remembered, signing out removes every trace of the
    // person, and an idle session is signed out; the user cannot turn it off in the settings.
    bool sharedWorkstation = false;

    // Parses and validates; a broken profile gives an Error whose text names the bad field
    // ("icat.url: must be an http or https URL").
    static Result<FacilityProfile> fromJson(const QByteArray &json);
    static Result<FacilityProfile> fromFile(const QString &path);
    // The storage URL for one user: "{user}" in its path (kept percent-encoded as %7Buser%7D) becomes the
    // percent-encoded service login name. Invalid when the URL needs a name and `userName` is empty or not a
    // plain name ("..", a '/').
    QUrl storageUrlFor(const QString &userName) const;
    bool storageUrlNeedsUser() const;
    static constexpr qint64 maxJsonSize = 1 << 20; // a profile is a few hundred bytes
    QJsonObject toJson() const;
};

} // namespace daas::facility
