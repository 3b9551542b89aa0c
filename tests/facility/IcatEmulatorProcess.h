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
    // A facility profile pointing at this emulator. Its id names the emulator's port: the suites that run at
    // once share one test session's keychain, where the client files secrets under the facility's id, and
    // one suite signing alice in must not find or remove what another suite kept for its alice.
    facility::FacilityProfile profile() const;
    QString facilityId() const;
    QByteArray profileJson() const;
    // POST /_emulator/<command>?<query> (test hooks); true when the emulator said ok.
    bool admin(const QString &command, const QString &query = {});
    // Every session id the emulator handed out so far.
    QStringList issuedSessionIds();
};

} // namespace daas::testing
