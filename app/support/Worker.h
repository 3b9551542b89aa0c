#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace daas::support {

// The one way work leaves the GUI thread: runs work() on the shared thread pool and hands its result to
// then() on context's thread; nothing runs if context is gone by then. For whole-file work, archive
// opening and folder walks (DESIGN: "no blocking or whole-file work on the GUI thread"). work() must not
// touch QObjects of the calling thread.
template<typename T, typename Work, typename Then>
void onWorker(QObject *context, Work work, Then then)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    future.then(context, std::move(then));
}

} // namespace daas::support
