#pragma once

#include "facility/FacilityProfile.h"

#include <chrono>

namespace daas::identity {

// Whether this computer is shared by several people (a beamline control room) and what follows from it:
// no "Remember me", a sign-out that removes every trace of the person (UserTraces), and a sign-out after
// a time without input (IdleSignOut). A facility profile can force it ("sharedWorkstation": true); else the
// Settings dialog's choice (keys::sharedWorkstation) counts.
class Workstation
{
public:
    static bool isShared(const facility::FacilityProfile &profile);
    // The profile says so: the user cannot turn it off.
    static bool isForcedShared(const facility::FacilityProfile &profile) { return profile.sharedWorkstation; }
    // Time without input before the warning (keys::idleSignOutMinutes, at least one minute; or
    // DAAS_IDLE_SIGNOUT_SECONDS for tests).
    static std::chrono::seconds idleTimeout();
    // How long the warning counts down before the sign-out (60 s; or DAAS_IDLE_WARNING_SECONDS for tests).
    static std::chrono::seconds idleWarning();
};

} // namespace daas::identity
