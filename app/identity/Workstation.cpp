#include "identity/Workstation.h"

#include "support/Settings.h"

#include <QtGlobal>

#include <algorithm>

namespace daas::identity {

namespace {

// a positive number of seconds from the environment, else 0
int secondsFromEnvironment(const char *name)
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue(name, &ok);
    return ok && seconds > 0 ? seconds : 0;
}

} // namespace

bool Workstation::isShared(const facility::FacilityProfile &profile)
{
    return isForcedShared(profile) || support::Settings::value(support::keys::sharedWorkstation);
}

std::chrono::seconds Workstation::idleTimeout()
{
    if (const int seconds = secondsFromEnvironment("DAAS_IDLE_SIGNOUT_SECONDS"))
        return std::chrono::seconds(seconds);
    const int minutes = std::clamp(support::Settings::value(support::keys::idleSignOutMinutes), 1, 24 * 60);
    return std::chrono::minutes(minutes);
}

std::chrono::seconds Workstation::idleWarning()
{
    if (const int seconds = secondsFromEnvironment("DAAS_IDLE_WARNING_SECONDS"))
        return std::chrono::seconds(seconds);
    return std::chrono::seconds(60);
}

} // namespace daas::identity
