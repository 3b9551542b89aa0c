#pragma once

#include "EmulatorProcess.h"
#include "facility/FacilityProfile.h"

namespace daas::testing {

// Starts daas-icat-emulator on a free port for one test and stops it when destroyed.
class IcatEmulatorProcess : public EmulatorProcess
{
public:
    explicit IcatEmulatorProcess(const QStringList &extraArgs = {});

    QUrl icatUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/icat"))); }
    QUrl idsUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/ids"))); }
    // A facility profile pointing at this emulator.
    facility::FacilityProfile profile() const;
    QByteArray profileJson() const;
    // POST /_emulator/<command>?<query> (test hooks); true when the emulator said ok.
    bool admin(const QString &command, const QString &query = {});
    // Every session id the emulator handed out so far.
    QStringList issuedSessionIds();
};

} // namespace daas::testing
