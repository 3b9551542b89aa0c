#pragma once

// What the cloud suites share: watcher timings for emulators with a fast lifecycle, and waits for a
// provider's answers that log the failure instead of hiding it.

#include "cloud/EnvironmentProvider.h"
#include "cloud/EnvironmentWatcher.h"
#include "support/Error.h"

#include <QList>
#include <QString>

namespace daas::testing {

// Polls often and gives up after timeoutMs: the emulators go through their states in a few hundred ms.
cloud::EnvironmentWatcher::Options fastWatch(int timeoutMs = 60000);
// The templates the provider lists; empty (with the error logged) when it fails or says nothing in 10 s.
QList<cloud::EnvironmentTemplate> listTemplates(cloud::EnvironmentProvider &provider);
cloud::EnvironmentTemplate templateNamed(const QList<cloud::EnvironmentTemplate> &all, const QString &name);
// Launches and waits for the provider's answer; an invalid Environment (with the error logged) on failure.
cloud::Environment launchEnvironment(cloud::EnvironmentProvider &provider,
                                     const cloud::EnvironmentTemplate &t, const QString &name);

// Follows the environment with a fast watcher until its desktop answers: its console, or why the watch ended.
Result<cloud::ConsoleEndpoint> watchUntilReady(cloud::EnvironmentProvider &provider, const QString &id,
                                               int timeoutMs = 60000);

// Whether the console's desktop answers in `protocol` (RFB greeting, X.224 Connection Confirm) within
// timeoutMs; the probe's error text when it does not, empty when it does.
QString probeDesktop(const cloud::ConsoleEndpoint &console, remote::RemoteProtocol protocol,
                     int timeoutMs = 10000);
// Opens the console's desktop over RDP (signing in as user/password, accepting its certificate when asked)
// and over VNC (direct when it can, else through the proxy), and waits until both show the same colour at
// the centre (within 24 per channel: AVC420 is lossy). Empty when they do; else what each side showed or
// why it did not connect.
QString compareRdpWithVnc(const cloud::ConsoleEndpoint &console, const QString &user, const QString &password,
                          int timeoutMs = 30000);

} // namespace daas::testing
