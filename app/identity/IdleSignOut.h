#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace daas::identity {

// The idle sign-out of a shared workstation: after `timeout` without the user's input (keys, mouse
// buttons, mouse moves, wheel, touch) anywhere in the application, warning() starts a
// countdown of `warning`; input during it cancels (warningCancelled()), and at its end timedOut() asks the
// front end to sign out. Input is seen by an event filter on the application, so this needs no widgets.
class IdleSignOut : public QObject
{
    Q_OBJECT
public:
    IdleSignOut(std::chrono::milliseconds timeout, std::chrono::milliseconds warning,
                QObject *parent = nullptr);
    ~IdleSignOut() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isWarning() const { return m_countdown.isActive(); }
    int secondsLeft() const { return m_secondsLeft; }

Q_SIGNALS:
    void warning(int secondsLeft);
    void countdown(int secondsLeft);
    void warningCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInput();
    void tick();

    QTimer m_idle;
    QTimer m_countdown;
    std::chrono::milliseconds m_warning;
    int m_secondsLeft = 0;
    bool m_running = false;
};

} // namespace daas::identity
