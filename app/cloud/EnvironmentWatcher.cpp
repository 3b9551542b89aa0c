#include "cloud/EnvironmentWatcher.h"

#include "cloud/DesktopProbe.h"
#include "cloud/EnvironmentProvider.h"
#include "support/Logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace daas::cloud {

EnvironmentWatcher::EnvironmentWatcher(EnvironmentProvider *provider, const QString &id, QObject *parent)
    : EnvironmentWatcher(provider, id, Options(), parent)
{}

EnvironmentWatcher::EnvironmentWatcher(EnvironmentProvider *provider, const QString &id, Options options,
                                       QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_id(id)
    , m_options(options)
    , m_pollTimer(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_probe(new DesktopProbe(this))
{
    m_last.id = id;
    m_pollTimer->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &EnvironmentWatcher::poll);
    connect(m_deadline, &QTimer::timeout, this, &EnvironmentWatcher::timedOut);
    connect(provider, &EnvironmentProvider::refreshed, this, &EnvironmentWatcher::onRefreshed);
    connect(provider, &EnvironmentProvider::consoleReady, this, &EnvironmentWatcher::onConsole);
    connect(provider, &EnvironmentProvider::failed, this,
            [this](CloudOperation op, const QString &failedId, const Error &error) {
                onFailed(int(op), failedId, error);
            });
    connect(m_probe, &DesktopProbe::answered, this, &EnvironmentWatcher::becomeReady);
    connect(m_probe, &DesktopProbe::failed, this, [this](const Error &error) {
        m_busy = false;
        m_lastProbeError = error.detail().isEmpty() ? error.userText() : error.detail();
        qCDebug(lcCloud) << "environment" << m_id << "desktop not answering yet:" << m_lastProbeError;
        schedule();
    });
}

EnvironmentWatcher::~EnvironmentWatcher() = default;

void EnvironmentWatcher::start()
{
    m_active = true;
    m_busy = false;
    m_errorsInARow = 0;
    m_intervalMs = m_options.firstIntervalMs;
    m_clock.start();
    m_deadline->start(m_options.timeoutMs);
    poll();
}

void EnvironmentWatcher::stop()
{
    m_active = false;
    m_pollTimer->stop();
    m_deadline->stop();
    m_probe->abort();
}

void EnvironmentWatcher::schedule()
{
    if (!m_active)
        return;
    m_pollTimer->start(m_intervalMs);
    m_intervalMs = qMin(m_options.maxIntervalMs, int(m_intervalMs * m_options.backoff));
}

void EnvironmentWatcher::poll()
{
    if (!m_active || m_busy)
        return;
    if (!m_provider) {
        end(Error(Error::Kind::Cancelled, tr("The cloud connection was closed.")));
        return;
    }
    m_busy = true;
    m_provider->refresh(m_id);
}

void EnvironmentWatcher::onRefreshed(const Environment &environment)
{
    if (environment.id != m_id || !m_active || !m_busy)
        return;
    m_errorsInARow = 0;
    const bool changed = !m_haveLast || environment.state != m_last.state ||
                         environment.rawState != m_last.rawState ||
                         environment.cloudRunning != m_last.cloudRunning;
    m_last = environment;
    m_haveLast = true;
    if (changed) {
        qCInfo(lcCloud) << "environment" << m_id << "is" << environment.rawState;
        Q_EMIT stateChanged(environment);
    }
    switch (environment.state) {
    case EnvironmentState::Failed:
        end(Error(
            Error::Kind::Server,
            tr("The environment “%1” failed to start. Remove it and launch a new one; if it fails again, "
               "contact the facility's support.")
                .arg(environment.name),
            u"provider state %1"_s.arg(environment.rawState)));
        return;
    case EnvironmentState::Deleted:
        end(Error(Error::Kind::NotFound, tr("The environment “%1” has been removed.").arg(environment.name),
                  u"provider state %1"_s.arg(environment.rawState)));
        return;
    case EnvironmentState::Stopped:
        end(Error(
            Error::Kind::Conflict,
            tr("The environment “%1” is switched off. Resume it to use its desktop.").arg(environment.name),
            u"provider state %1"_s.arg(environment.rawState)));
        return;
    default:
        break;
    }
    if (environment.cloudRunning && m_provider) {
        m_provider->console(m_id); // m_busy stays set until the probe answers
        return;
    }
    m_busy = false;
    schedule();
}

void EnvironmentWatcher::onConsole(const QString &id, const ConsoleEndpoint &endpoint)
{
    if (id != m_id || !m_active || !m_busy)
        return;
    m_pendingEndpoint = endpoint;
    // the desktop is ready when the protocol the user will most likely use answers
    const std::optional<remote::RemoteProtocol> probed = endpoint.probeProtocol();
    if (!probed) {
        // only an RDP desktop behind the facility's RD Gateway, which no probe from here reaches: the
        // cloud's "running" is the best word there is
        qCInfo(lcCloud) << "environment" << m_id << "offers RDP only through the RD Gateway: not probed";
        becomeReady();
        return;
    }
    m_probe->start(endpoint, m_options.probeTimeoutMs, *probed);
}

void EnvironmentWatcher::becomeReady()
{
    m_busy = false;
    if (!m_active)
        return;
    m_last.state = EnvironmentState::Ready;
    qCInfo(lcCloud) << "environment" << m_id << "is ready after" << m_clock.elapsed() << "ms";
    m_active = false;
    m_pollTimer->stop();
    m_deadline->stop();
    Q_EMIT stateChanged(m_last);
    Q_EMIT ready(m_last, m_pendingEndpoint);
}

void EnvironmentWatcher::onFailed(int operation, const QString &id, const Error &error)
{
    const auto op = CloudOperation(operation);
    if (id != m_id || !m_active || !m_busy ||
        (op != CloudOperation::Refresh && op != CloudOperation::Console))
        return;
    m_busy = false;
    if (op == CloudOperation::Refresh && error.kind() == Error::Kind::NotFound) {
        // a machine seen before has gone; of an id the cloud never had, the error alone speaks
        m_last.state = EnvironmentState::Deleted;
        if (m_haveLast)
            Q_EMIT stateChanged(m_last);
        end(error);
        return;
    }
    const bool transient = error.mayPass() || error.kind() == Error::Kind::Conflict;
    if (!transient || ++m_errorsInARow >= m_options.maxConsecutiveErrors) {
        end(error);
        return;
    }
    qCInfo(lcCloud) << "environment" << m_id << "watch: retrying after" << error;
    schedule();
}

void EnvironmentWatcher::end(const Error &error)
{
    m_active = false;
    m_pollTimer->stop();
    m_deadline->stop();
    m_probe->abort();
    Q_EMIT ended(m_last, error);
}

void EnvironmentWatcher::timedOut()
{
    if (!m_active)
        return;
    const int minutes = qMax(1, (m_options.timeoutMs + 59999) / 60000);
    const QString name = m_last.name.isEmpty() ? m_id : m_last.name;
    QString detail = u"not ready after %1 ms; last state %2"_s.arg(m_options.timeoutMs).arg(m_last.rawState);
    if (!m_lastProbeError.isEmpty())
        detail += u"; last desktop probe: "_s + m_lastProbeError;
    qCWarning(lcCloud) << "environment" << m_id << detail;
    end(Error(
        Error::Kind::Timeout,
        m_last.cloudRunning
            ? tr("The environment “%1” is running but its desktop did not answer within %n minute(s). Try "
                 "again later, or remove it and launch a new one.",
                 nullptr, minutes)
                  .arg(name)
            : tr("The environment “%1” did not start within %n minute(s). The cloud may be busy: try again "
                 "later, or remove it and launch a new one.",
                 nullptr, minutes)
                  .arg(name),
        detail));
}

} // namespace daas::cloud
