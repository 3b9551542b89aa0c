#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace daas::testing {

// Waits until `done()` holds, in a real event loop that wakes for every event. Use it instead of
// QTest::qWaitFor / QTRY_* while a large upload runs: qWaitFor sleeps 10 ms between passes, and Qt's HTTP
// layer pulls a request body through the thread that owns the reply 16 KiB per pass, which would throttle
// an upload to about 1.6 MB/s (the application's own event loop never sleeps like that).
inline bool waitInEventLoop(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

// Runs a real event loop for `ms` milliseconds (instead of QTest::qWait, which sleeps 10 ms between passes:
// a viewer measured in the same process would wait for those sleeps, not for its own work).
inline void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace daas::testing
