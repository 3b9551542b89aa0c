#include "CloudTestSupport.h"

#include "support/Error.h"

#include <QDebug>
#include <QSignalSpy>
#include <QTest>

namespace daas::testing {

cloud::EnvironmentWatcher::Options fastWatch(int timeoutMs)
{
    cloud::EnvironmentWatcher::Options o;
    o.firstIntervalMs = 100;
    o.maxIntervalMs = 400;
    o.timeoutMs = timeoutMs;
    o.probeTimeoutMs = 2000;
    return o;
}

QList<cloud::EnvironmentTemplate> listTemplates(cloud::EnvironmentProvider &provider)
{
    QSignalSpy listed(&provider, &cloud::EnvironmentProvider::templatesListed);
    QSignalSpy failed(&provider, &cloud::EnvironmentProvider::failed);
    provider.listTemplates();
    (void)QTest::qWaitFor([&] { return !listed.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!failed.isEmpty())
        qWarning() << failed.first().at(2).value<Error>();
    return listed.isEmpty() ? QList<cloud::EnvironmentTemplate>()
                            : listed.first().first().value<QList<cloud::EnvironmentTemplate>>();
}

cloud::EnvironmentTemplate templateNamed(const QList<cloud::EnvironmentTemplate> &all, const QString &name)
{
    for (const cloud::EnvironmentTemplate &t : all)
        if (t.name == name)
            return t;
    return {};
}

cloud::Environment launchEnvironment(cloud::EnvironmentProvider &provider,
                                     const cloud::EnvironmentTemplate &t, const QString &name)
{
    QSignalSpy launched(&provider, &cloud::EnvironmentProvider::launched);
    QSignalSpy failed(&provider, &cloud::EnvironmentProvider::failed);
    provider.launch(t, name);
    (void)QTest::qWaitFor([&] { return !launched.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!failed.isEmpty())
        qWarning() << failed.first().at(2).value<Error>();
    return launched.isEmpty() ? cloud::Environment() : launched.first().first().value<cloud::Environment>();
}

} // namespace daas::testing
