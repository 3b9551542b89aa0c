#pragma once

#include "cloud/Environment.h"
#include "support/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;

namespace daas::cloud {

class DesktopProbe;
class EnvironmentProvider;

// Follows one environment until it is ready, stopped, gone or failed. Polls the provider with a growing
// interval; once the cloud calls the machine running it asks for the console and probes the desktop
// (RFB greeting, or RDP connection confirm when RDP is preferred) until it answers, and only then reports
// Ready. Gives up with a clear Timeout error after Options::timeoutMs.
class EnvironmentWatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int firstIntervalMs = 1000;
        int maxIntervalMs = 10000;
        double backoff = 1.5;
        int timeoutMs = 10 * 60 * 1000;
        int probeTimeoutMs = 5000;
        int maxConsecutiveErrors = 3; // network blips are retried; this many in a row end the watch
    };

    EnvironmentWatcher(EnvironmentProvider *provider, const QString &id, QObject *parent = nullptr);
    EnvironmentWatcher(EnvironmentProvider *provider, const QString &id, Options options,
                       QObject *parent = nullptr);
    ~EnvironmentWatcher() override;

    void start();
    void stop();
    QString id() const { return m_id; }
    const Environment &environment() const { return m_last; }
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void stateChanged(const daas::cloud::Environment &environment);
    void ready(const daas::cloud::Environment &environment, const daas::cloud::ConsoleEndpoint &endpoint);
    // the watch ended without a ready desktop: stopped, removed (Error kind NotFound), failed or timed out
    void ended(const daas::cloud::Environment &environment, const daas::Error &error);

private:
    void poll();
    void schedule();
    void onRefreshed(const Environment &environment);
    void onFailed(int operation, const QString &id, const Error &error);
    void onConsole(const QString &id, const ConsoleEndpoint &endpoint);
    void becomeReady();
    void end(const Error &error);
    void timedOut();

    QPointer<EnvironmentProvider> m_provider;
    QString m_id;
    Options m_options;
    QTimer *m_pollTimer;
    QTimer *m_deadline;
    DesktopProbe *m_probe;
    Environment m_last;
    ConsoleEndpoint m_pendingEndpoint;
    bool m_haveLast = false;
    bool m_active = false;
    bool m_busy = false; // a refresh, console or probe is in flight
    int m_intervalMs = 0;
    int m_errorsInARow = 0;
    QString m_lastProbeError;
    QElapsedTimer m_clock;
};

} // namespace daas::cloud
