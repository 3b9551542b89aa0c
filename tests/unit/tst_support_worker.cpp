// The one worker helper (support/Worker.h): the result reaches then() on the context's thread, a cancelled
// task delivers nothing and its work sees the stop, a context destroyed first gets nothing (and nothing
// crashes), and a retired thread is stopped without anyone waiting for it.

#include "support/Worker.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace daas;

class TestSupportWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultReachesTheCallersThread();
    void resultReachesTheContextsThread();
    void cancelledTaskDeliversNothing();
    void contextDestroyedFirst();
    void neverAnswersInsideTheCall();
    void retiredThreadIsNotWaitedFor();
};

void TestSupportWorker::resultReachesTheCallersThread()
{
    QObject context;
    QThread *workThread = nullptr;
    QThread *thenThread = nullptr;
    int answer = 0;
    const support::WorkerTask task = support::onWorker<int>(
        &context,
        [&workThread]() {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](const int &result) {
            thenThread = QThread::currentThread();
            answer = result;
        });
    QCOMPARE(answer, 0); // never from inside onWorker()
    QTRY_COMPARE(answer, 42);
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(thenThread, QThread::currentThread());
    QVERIFY(task.isDone());
    QVERIFY(!task.isCancelled());
}

// Work that is done before onWorker() has attached its continuation must still be answered from the event
// loop, never inside the call (a caller keeps the returned task, or sets up its state, after the call).
// Instant work, many times: with the continuation attached after the start, some answers come inside.
void TestSupportWorker::neverAnswersInsideTheCall()
{
    QObject context;
    constexpr int rounds = 2000;
    int inside = 0;
    int answered = 0;
    for (int i = 0; i < rounds; ++i) {
        auto returned = std::make_shared<bool>(false);
        support::onWorker<int>(
            &context, [] { return 1; },
            [&inside, &answered, returned](const int &) {
                if (!*returned)
                    ++inside;
                ++answered;
            });
        *returned = true;
        if (i % 50 == 0)
            QThread::usleep(200); // let the pool run ahead of the caller now and then
    }
    QTRY_COMPARE(answered, rounds);
    QCOMPARE(inside, 0);
}

void TestSupportWorker::resultReachesTheContextsThread()
{
    QThread other;
    other.start();
    auto stopOther = qScopeGuard([&other]() {
        other.quit();
        other.wait();
    });
    auto *context = new QObject;
    context->moveToThread(&other);
    connect(&other, &QThread::finished, context, &QObject::deleteLater);
    std::atomic<QThread *> thenThread{nullptr};
    std::atomic<int> answer{0};
    support::onWorker<int>(
        context, []() { return 7; },
        [&](const int &result) {
            thenThread = QThread::currentThread();
            answer = result;
        });
    QTRY_COMPARE(answer.load(), 7);
    QCOMPARE(thenThread.load(), &other);
}

// The work is held until it has been cancelled, so the cancel surely comes first; it then sees the stop and
// gives up. The task is done (its continuation ran) without then() being called.
void TestSupportWorker::cancelledTaskDeliversNothing()
{
    QObject context;
    QSemaphore started;
    QSemaphore go;
    std::atomic<bool> sawStop{false};
    bool delivered = false;
    const support::WorkerTask task = support::onWorker<int>(
        &context,
        [&](const support::StopFlag &stop) {
            started.release();
            go.acquire();
            sawStop = stop.load();
            return 1;
        },
        [&](const int &) { delivered = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(!task.isDone());
    task.cancel();
    QVERIFY(task.isCancelled());
    go.release();
    QTRY_VERIFY(task.isDone()); // the continuation ran, and chose not to deliver
    QVERIFY(sawStop);
    QVERIFY(!delivered);
}

// The receiver goes away while its work runs: the result is dropped (Qt cuts a continuation whose context
// was destroyed), which shows as the continuation, and everything it captured, being destroyed.
void TestSupportWorker::contextDestroyedFirst()
{
    auto *context = new QObject;
    // shared with the work, not on this stack: the continuation may be gone (and this test over) before the
    // work has left go.acquire()
    struct Gates
    {
        QSemaphore started;
        QSemaphore go;
        QSemaphore left;
    };
    const auto gates = std::make_shared<Gates>();
    bool delivered = false;
    auto captured = std::make_shared<int>(0);
    const std::weak_ptr<int> watch = captured;
    support::onWorker<int>(
        context,
        [gates]() {
            gates->started.release();
            gates->go.acquire();
            gates->left.release();
            return 1;
        },
        [&delivered, captured = std::move(captured)](const int &) { delivered = true; });
    QVERIFY(gates->started.tryAcquire(1, 10000));
    delete context;
    gates->go.release();
    QVERIFY(gates->left.tryAcquire(1, 10000));
    QTRY_VERIFY(watch.expired());
    QVERIFY(!delivered);
}

// retireThread() returns while the thread is still busy (it is held by a semaphore here, so this is not a
// question of timing) and deletes the thread and its objects once it has finished.
void TestSupportWorker::retiredThreadIsNotWaitedFor()
{
    auto *thread = new QThread;
    auto *busy = new QObject;
    busy->moveToThread(thread);
    connect(thread, &QThread::finished, busy, &QObject::deleteLater);
    QSemaphore inside;
    QSemaphore go;
    thread->start();
    QMetaObject::invokeMethod(
        busy,
        [&]() {
            inside.release();
            go.acquire();
        },
        Qt::QueuedConnection);
    QVERIFY(inside.tryAcquire(1, 10000));
    const QPointer<QThread> watchThread(thread);
    const QPointer<QObject> watchBusy(busy);
    support::retireThread(thread);
    QVERIFY(thread->isRunning()); // returned without waiting
    go.release();
    QTRY_VERIFY(!watchThread);
    QTRY_VERIFY(!watchBusy);
}

QTEST_GUILESS_MAIN(TestSupportWorker)
#include "tst_support_worker.moc"
