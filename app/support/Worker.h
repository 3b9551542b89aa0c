#pragma once

#include "support/HandOver.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <atomic>
#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QProcess;
class QThread;
class QThreadPool;

namespace daas::support {

// The stop flag of a piece of work sent to a worker: the work reads it, the sender sets it through
// WorkerTask::cancel().
using StopFlag = std::atomic<bool>;

// What onWorker() hands back: cancel() asks the work to stop (work that takes a `const StopFlag &` sees it)
// and makes sure its result is never delivered, even when it is already on its way. Copies share the task;
// a default-constructed one is no task, and cancelling it does nothing.
class WorkerTask
{
public:
    WorkerTask() = default;
    void cancel() const
    {
        if (m_stop)
            m_stop->store(true);
    }
    bool isCancelled() const { return m_stop && m_stop->load(); }
    // The work has run (or been dropped) and its result has been delivered, dropped or cancelled.
    bool isDone() const { return !m_done || m_done->load(); }

private:
    template<typename T, typename Work, typename Then>
    friend WorkerTask onWorker(QObject *context, Work work, Then then);
    std::shared_ptr<StopFlag> m_stop;
    std::shared_ptr<std::atomic<bool>> m_done;
};

namespace detail {
// Keeps a task's stop flag so that the application's exit can stop every task still running and wait for
// them (after the event loop: the process is going away, nothing is left to keep responsive).
void trackStop(const std::shared_ptr<StopFlag> &stop);
} // namespace detail

// The pool every onWorker() task runs on: its own, so that minutes of summing a large file do not hold up
// Qt's global pool (the rest of Qt and the libraries the client uses share that one).
QThreadPool *workerPool();

// Runs f on workerPool() with nothing to hand back and nothing to cancel: closing files, stopping threads
// and connections in the background. The closure is handed over (HandOver.h).
template<typename F>
void startOnPool(F f)
{
    workerPool()->start(HandedOver(std::move(f)));
}

// The one way work leaves the GUI thread: runs work() on workerPool() and hands its result to then() on
// context's thread; nothing is delivered if context is gone by then (Qt drops a continuation whose context
// was destroyed) or the task was cancelled. For whole-file work, archive opening, folder walks and stopping
// threads (DESIGN: "no blocking or whole-file work on the GUI thread"). work() must not touch QObjects of the
// calling thread; it may take a `const StopFlag &` to give up early when the task is cancelled.
template<typename T, typename Work, typename Then>
WorkerTask onWorker(QObject *context, Work work, Then then)
{
    WorkerTask task;
    task.m_stop = std::make_shared<StopFlag>(false);
    task.m_done = std::make_shared<std::atomic<bool>>(false);
    detail::trackStop(task.m_stop);
    // The result travels in a box of ours, not in the future: the future's result store is read by Qt's
    // continuation code before then() could say it was handed over (HandOver.h).
    auto result = std::make_shared<std::optional<T>>();
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    // The continuation is attached before the work starts: attached to a future that has already finished,
    // Qt would run it at once, inside this call, and then() must never run before onWorker() has returned.
    // (a continuation dropped with its context still leaves m_done false: isDone() is for the living)
    future.then(context, HandedOver([stop = task.m_stop, done = task.m_done, result,
                                     then = std::move(then)]() mutable {
                    handOverAcquire(result.get());
                    if (!stop->load())
                        then(std::as_const(**result));
                    done->store(true);
                }));
    startOnPool([promise, result, stop = task.m_stop, work = std::move(work)]() mutable {
        if constexpr (std::invocable<Work &, const StopFlag &>)
            result->emplace(work(std::as_const(*stop)));
        else
            result->emplace(work());
        handOverRelease(result.get());
        promise->finish();
    });
    return task;
}

// Stops a QThread without waiting for it: asks its event loop to quit and deletes the QThread once it has
// finished (the objects living on it are deleted by their own connections to QThread::finished). The
// thread must have no parent. A thread still running when the application exits is waited for then, after
// the event loop (the process is going away; nothing is left to keep responsive).
void retireThread(QThread *thread);

// Ends a process without waiting for it: kills it, and deletes the QProcess once it has been reaped (a
// QProcess destroyed while its process runs would wait for it). Disconnect what should no longer hear from it
// first.
void retireProcess(QProcess *process);

} // namespace daas::support
