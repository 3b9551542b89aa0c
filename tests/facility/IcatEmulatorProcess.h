#pragma once

#include "facility/FacilityProfile.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace daas::testing {

// Starts daas-icat-emulator on a free port for one test and stops it when destroyed.
class IcatEmulatorProcess
{
public:
    explicit IcatEmulatorProcess(QStringList extraArgs = {});
    ~IcatEmulatorProcess();

    bool isRunning() const { return m_base.isValid(); }
    QUrl baseUrl() const { return m_base; }
    QUrl icatUrl() const { return m_base.resolved(QUrl(QStringLiteral("/icat"))); }
    QUrl idsUrl() const { return m_base.resolved(QUrl(QStringLiteral("/ids"))); }
    // A facility profile pointing at this emulator.
    facility::FacilityProfile profile() const;
    QByteArray profileJson() const;
    // POST /_emulator/<command>?<query> (test hooks); true when the emulator said ok.
    bool admin(const QString &command, const QString &query = {});
    QString log() const;

private:
    QProcess m_process;
    QUrl m_base;
};

} // namespace daas::testing
