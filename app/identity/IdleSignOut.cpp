#include "identity/IdleSignOut.h"

#include <QCoreApplication>
#include <QEvent>

namespace daas::identity {

IdleSignOut::IdleSignOut(std::chrono::milliseconds timeout, std::chrono::milliseconds warningTime,
                         QObject *parent)
    : QObject(parent)
    , m_warning(warningTime)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(timeout);
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_secondsLeft = int(std::chrono::ceil<std::chrono::seconds>(m_warning).count());
        m_countdown.start();
        Q_EMIT warning(m_secondsLeft);
    });
    connect(&m_countdown, &QTimer::timeout, this, &IdleSignOut::tick);
}

IdleSignOut::~IdleSignOut()
{
    stop();
}

void IdleSignOut::start()
{
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_countdown.stop();
    m_idle.start();
}

void IdleSignOut::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_idle.stop();
    m_countdown.stop();
}

void IdleSignOut::tick()
{
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    if (m_secondsLeft > 0) {
        Q_EMIT countdown(m_secondsLeft);
        return;
    }
    stop();
    Q_EMIT timedOut();
}

void IdleSignOut::onInput()
{
    const bool wasWarning = isWarning();
    m_countdown.stop();
    m_idle.start();
    if (wasWarning)
        Q_EMIT warningCancelled();
}

bool IdleSignOut::eventFilter(QObject *watched, QEvent *event)
{
    // only what a person did (events from the window system): Qt's own synthetic events, such as the
    // enter and hover events of a window shown under a still pointer, are not spontaneous
    if (event->spontaneous()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            onInput();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace daas::identity
