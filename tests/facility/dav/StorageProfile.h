#pragma once

#include "facility/FacilityProfile.h"

#include <QUrl>

namespace daas::testing {

// A facility with only this storage, for the Files area on its own: ICAT and IDS point at a closed port, so
// anything that reaches for them fails at once instead of finding another test's emulator.
inline facility::FacilityProfile storageOnlyProfile(const QUrl &storageUrl)
{
    facility::FacilityProfile p;
    p.id = QStringLiteral("filestest");
    p.name = QStringLiteral("Files test facility");
    p.icatUrl = QUrl(QStringLiteral("http://127.0.0.1:9/icat"));
    p.idsUrl = QUrl(QStringLiteral("http://127.0.0.1:9/ids"));
    p.storageUrl = storageUrl;
    p.storageAuth = QStringLiteral("basic");
    return p;
}

} // namespace daas::testing
