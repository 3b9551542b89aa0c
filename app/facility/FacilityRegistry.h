#pragma once

#include "facility/FacilityProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <optional>

namespace daas::facility {

// Where profiles come from: the ones bundled with the client (:/facilities/*.json), the local demo
// facility's while it runs (written by tests/facility/run-client.sh), profiles the user imported (kept in
// AppDataLocation/facilities/<id>/facility.json, with the facility's own CA certificates beside it in
// certs/*.pem), and files the user opened.
class FacilityRegistry
{
    Q_DECLARE_TR_FUNCTIONS(daas::facility::FacilityRegistry)

public:
    // The bundled profiles (the demo template is not offered: its endpoints are filled in at run time).
    static QList<FacilityProfile> bundled();
    // The running local demo facility's resolved profile, if there is one.
    static std::optional<FacilityProfile> localDemo();
    static QString localDemoPath();
    // Profiles the user imported, by id.
    static QList<FacilityProfile> imported();
    static QString importedDir();
    // What a facility chooser offers, each id once: the local demo (when it runs), then the imported
    // profiles, then the bundled ones (an imported profile replaces a bundled one of the same id: a
    // facility may send an updated profile).
    static QList<FacilityProfile> available();
    // Resolves what the user configured: the id of an imported or bundled profile, "demo", or a path to a
    // profile file.
    static Result<FacilityProfile> resolve(const QString &pathOrId);
    // The current choice (settings), else the local demo facility when it runs: "no facility configured →
    // demo". Empty when neither exists (the GUI then shows its chooser). When a facility is configured but
    // cannot be used (its profile is gone or broken), `problem` gets a sentence that says so and what is used
    // instead, for the front end to show: it never silently becomes the demo.
    static std::optional<FacilityProfile> current(Error *problem = nullptr);
    static void setCurrent(const QString &pathOrId);

    // Imports a profile for offline machines: a .json file, or an archive (.zip, .tar.gz, .tgz) holding
    // facility.json and optionally certs/*.pem (the facility's CA certificates). The profile is validated
    // and kept under importedDir(); importing the same id again replaces it. An archive with an entry that
    // would leave its folder (.., absolute, link) is refused as a whole; nothing of it is written.
    static Result<FacilityProfile> importFrom(const QString &path);
    static Error removeImported(const QString &id);
    // Writes the profile (and its imported certificates) as an archive; the format follows the suffix
    // (.zip, .tar.gz, .tgz). Written to a temporary name and renamed, so a failure leaves nothing half-made.
    static Error exportTo(const FacilityProfile &profile, const QString &archivePath);

    // The CA certificates that came with an imported profile (empty for the others).
    static QList<QSslCertificate> certificates(const QString &id);
    // Adds them to the process's default TLS configuration, so that every request to that facility's
    // servers verifies against them (the user chose to import them; nothing else is trusted more).
    static void installCertificates(const QString &id);
};

} // namespace daas::facility
