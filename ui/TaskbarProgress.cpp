#include "TaskbarProgress.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

#ifdef DAAS_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>
#endif

namespace daas::ui {

QString TaskbarProgress::applicationUri()
{
    QString name = QGuiApplication::desktopFileName();
    if (name.isEmpty())
        name = QStringLiteral("daas-desktop");
    if (!name.endsWith(QLatin1String(".desktop")))
        name += QLatin1String(".desktop");
    return QStringLiteral("application://") + name;
}

void TaskbarProgress::setProgress(double fraction, bool visible, int remaining)
{
    if (const int badge = visible ? remaining : 0; badge != m_badge) {
        m_badge = badge;
        if (qGuiApp)
            qGuiApp->setBadgeNumber(badge); // 0 takes the badge away
    }
    // a thousand steps is finer than any taskbar draws, and bounds the traffic of a fast queue
    const int permille = visible ? int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)) : 0;
    if (visible == m_visible && (!visible || permille == m_permille))
        return;
    m_visible = visible;
    m_permille = permille;
    publish();
}

#ifndef Q_OS_WIN

TaskbarProgress::TaskbarProgress(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

TaskbarProgress::~TaskbarProgress()
{
    setProgress(0.0, false, 0); // nothing left on the entry of a window that is gone
}

void TaskbarProgress::publish()
{
#ifdef DAAS_HAVE_DBUS
    // the object path is ours to choose; docks match the signal by the application URI
    QDBusMessage update = QDBusMessage::createSignal(
        QStringLiteral("/com/canonical/unity/launcherentry/daas"),
        QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
    update << applicationUri()
           << QVariantMap{{QStringLiteral("progress"), m_permille / 1000.0},
                          {QStringLiteral("progress-visible"), m_visible}};
    QDBusConnection::sessionBus().send(update);
#endif
}

#endif

} // namespace daas::ui
