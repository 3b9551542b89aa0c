#include "support/Worker.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <mutex>
#include <vector>

namespace daas::support {

namespace {

QThreadPool *makePool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("daas-workers"));
    // whole-file sums and folder walks wait on the disk more than they use a core: a few more threads than
    // cores keep one slow disk from holding up the rest
    pool->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    return pool;
}

// Threads that were asked to stop and have not finished yet; waited for when the application exits.
struct RetiredThreads
{
    QMutex mutex;
    QSet<QThread *> running;
};

RetiredThreads &retired()
{
    static RetiredThreads r;
    return r;
}

void waitForRetiredThreads()
{
    QSet<QThread *> left;
    {
        const QMutexLocker lock(&retired().mutex);
        left = std::exchange(retired().running, {});
    }
    for (QThread *thread : std::as_const(left)) {
        thread->wait();
        delete thread;
    }
}

struct TrackedStops
{
    QMutex mutex;
    std::vector<std::weak_ptr<StopFlag>> stops;
};

TrackedStops &trackedStops()
{
    static TrackedStops t;
    return t;
}

// At exit, after the event loop: the tasks still running are asked to stop and waited for, so that none is
// still reading a file or joining a thread while the process tears down what they use.
void stopWorkersAtExit()
{
    {
        const QMutexLocker lock(&trackedStops().mutex);
        for (const std::weak_ptr<StopFlag> &weak : std::as_const(trackedStops().stops))
            if (const std::shared_ptr<StopFlag> stop = weak.lock())
                stop->store(true);
        trackedStops().stops.clear();
    }
    workerPool()->waitForDone();
}

} // namespace

void detail::trackStop(const std::shared_ptr<StopFlag> &stop)
{
    const QMutexLocker lock(&trackedStops().mutex);
    auto &stops = trackedStops().stops;
    // forget the tasks that are over, now and then, so the list stays as short as the work in flight
    if (stops.size() >= 64)
        stops.erase(std::remove_if(stops.begin(), stops.end(), [](const auto &w) { return w.expired(); }),
                    stops.end());
    stops.push_back(stop);
}

QThreadPool *workerPool()
{
    // never deleted (a static QThreadPool would be destroyed after Qt's own statics); its tasks are stopped
    // and waited for when the application exits
    static QThreadPool *pool = [] {
        QThreadPool *p = makePool();
        if (QCoreApplication::instance())
            qAddPostRoutine(stopWorkersAtExit);
        return p;
    }();
    return pool;
}

void retireThread(QThread *thread)
{
    if (!thread)
        return;
    Q_ASSERT(!thread->parent());
    if (thread->isFinished() || !thread->isRunning()) {
        thread->deleteLater();
        return;
    }
    static std::once_flag once;
    std::call_once(once, [] { qAddPostRoutine(waitForRetiredThreads); });
    {
        const QMutexLocker lock(&retired().mutex);
        retired().running.insert(thread);
    }
    // finished() is emitted on the thread itself; the lambda runs on the QThread object's own thread
    QObject::connect(thread, &QThread::finished, thread, [thread]() {
        {
            const QMutexLocker lock(&retired().mutex);
            retired().running.remove(thread);
        }
        thread->deleteLater();
    });
    thread->quit();
}

void retireProcess(QProcess *process)
{
    if (!process)
        return;
    process->setParent(nullptr); // outlives its owner until it is reaped
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace daas::support
