#pragma once

#include "facility/FacilityProfile.h"

#include <QList>

namespace daas::facility {

// Where profiles come from: the ones bundled with the client (:/facilities/*.json), the local demo
// facility's while it runs (written by tests/facility/run-client.sh), and files the user opened.
class FacilityRegistry
{
public:
    // The bundled profiles (the demo template is not offered: its endpoints are filled in at run time).
    static QList<FacilityProfile> bundled();
    // The running local demo facility's resolved profile, if there is one.
    static std::optional<FacilityProfile> localDemo();
    static QString localDemoPath();
    // Resolves what the user configured: a path to a profile file or the id of a bundled profile.
    static Result<FacilityProfile> resolve(const QString &pathOrId);
    // The current choice (settings), else the local demo facility when it runs: "no facility configured →
    // demo". Empty when neither exists (the GUI then shows its chooser).
    static std::optional<FacilityProfile> current();
    static void setCurrent(const QString &pathOrId);
};

} // namespace daas::facility
