#include "CloudTestSupport.h"

#include "cloud/DesktopConnector.h"
#include "cloud/DesktopProbe.h"
#include "remote/RemoteSession.h"
#include "support/Error.h"

#include <QColor>
#include <QDebug>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <memory>

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

Result<cloud::ConsoleEndpoint> watchUntilReady(cloud::EnvironmentProvider &provider, const QString &id,
                                               int timeoutMs)
{
    cloud::EnvironmentWatcher watcher(&provider, id, fastWatch(timeoutMs));
    QSignalSpy ready(&watcher, &cloud::EnvironmentWatcher::ready);
    QSignalSpy ended(&watcher, &cloud::EnvironmentWatcher::ended);
    watcher.start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !ended.isEmpty(); }, timeoutMs + 5000))
        return Error(Error::Kind::Timeout, QStringLiteral("the watcher said nothing"));
    if (!ended.isEmpty())
        return ended.first().at(1).value<Error>();
    return ready.first().at(1).value<cloud::ConsoleEndpoint>();
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

QString probeDesktop(const cloud::ConsoleEndpoint &console, remote::RemoteProtocol protocol, int timeoutMs)
{
    cloud::DesktopProbe probe;
    QSignalSpy answered(&probe, &cloud::DesktopProbe::answered);
    QSignalSpy failed(&probe, &cloud::DesktopProbe::failed);
    probe.start(console, timeoutMs, protocol);
    (void)QTest::qWaitFor([&] { return !answered.isEmpty() || !failed.isEmpty(); }, timeoutMs + 5000);
    if (!answered.isEmpty())
        return {};
    return failed.isEmpty() ? QStringLiteral("the probe did not answer")
                            : failed.first().first().value<Error>().detail();
}

namespace {

QColor centreOf(const remote::RemoteSession &session)
{
    const QImage image = session.frameBuffer().snapshot();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}

bool similar(const QColor &a, const QColor &b)
{
    return a.isValid() && b.isValid() && qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 &&
           qAbs(a.blue() - b.blue()) < 24;
}

} // namespace

QString compareRdpWithVnc(const cloud::ConsoleEndpoint &console, const QString &user, const QString &password,
                          int timeoutMs)
{
    using remote::RemoteSession;
    const cloud::DesktopConnector::Identity identity{user, password, {}};
    std::unique_ptr<RemoteSession> rdp(
        cloud::DesktopConnector::sessionFor(console, remote::RemoteProtocol::Rdp, true, identity));
    std::unique_ptr<RemoteSession> vnc(cloud::DesktopConnector::sessionFor(
        console, remote::RemoteProtocol::Vnc, console.hasDirect(), identity));
    int questions = 0;
    QObject::connect(rdp.get(), &RemoteSession::certificateDecisionNeeded, rdp.get(),
                     [&questions, session = rdp.get()](const remote::CertificateQuestion &) {
                         ++questions;
                         session->answerCertificate(true);
                     });
    rdp->open();
    vnc->open();
    const bool same = QTest::qWaitFor(
        [&] {
            return rdp->state() == RemoteSession::State::Connected &&
                   vnc->state() == RemoteSession::State::Connected && similar(centreOf(*rdp), centreOf(*vnc));
        },
        timeoutMs);
    QString result;
    if (!same) {
        const auto describe = [](const RemoteSession &s) {
            const QColor c = centreOf(s);
            return QStringLiteral("state %1, error '%2', centre %3")
                .arg(int(s.state()))
                .arg(s.error().detail(), c.isValid() ? c.name() : QStringLiteral("none"));
        };
        result = QStringLiteral("RDP: %1; VNC: %2").arg(describe(*rdp), describe(*vnc));
    } else if (questions != 1) {
        // a new machine's certificate is unknown: exactly one question, answered yes
        result = QStringLiteral("the RDP session asked %1 certificate questions").arg(questions);
    }
    rdp->close();
    vnc->close();
    return result;
}

} // namespace daas::testing
