#pragma once

#include "facility/FacilityProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <optional>

namespace daas::facility {

// Where profiles come from: the local demo facility's while it runs (written by
// tests/facility/run-client.sh), profiles the user imported from a file or fetched from an address (kept in
// AppDataLocation/facilities/<id>/facility.json, with the facility's own CA certificates beside it in
// certs/*.pem and the address it was fetched from in source.url), and files the user opened. Nothing is
// bundled: a profile names real hosts only when the facility itself gives it.
class FacilityRegistry
{
    Q_DECLARE_TR_FUNCTIONS(daas::facility::FacilityRegistry)

public:
    // The running local demo facility's resolved profile, if there is one.
    static std::optional<FacilityProfile> localDemo();
    static QString localDemoPath();
    // Profiles the user imported, by id.
    static QList<FacilityProfile> imported();
    static QString importedDir();
    // What a facility chooser offers, each id once: the local demo (when it runs), then the imported
    // and fetched profiles.
    static QList<FacilityProfile> available();
    // Resolves what the user configured: the id of an imported or fetched profile, "demo", or a path to a
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
    // Keeps a profile fetched from `source` (FacilityFetch) after the user saw it; importing or fetching
    // the same id again replaces it.
    static Result<FacilityProfile> keepFetched(const FacilityProfile &profile, const QUrl &source);
    // The https address a kept profile was fetched from (to refresh it); invalid for one from a file.
    static QUrl source(const QString &id);
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
