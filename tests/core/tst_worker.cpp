// The one background-job idiom: jobs on an owned thread, results queued
// back to the receiver's thread, in order, cancellable, joined on destroy.
#include "Worker.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using relay::core::JobControl;
using relay::core::Worker;

class TestWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunOffThisThreadAndAnswerOnIt();
    void jobsRunInTheOrderPosted();
    void cancelReachesTheRunningAndQueuedJobsButNotLaterOnes();
    void progressArrivesAsASignal();
    void destroyingTheWorkerCancelsAndJoinsItsThread();
    void busyFollowsThePendingJobs();
};

void TestWorker::jobsRunOffThisThreadAndAnswerOnIt()
{
    Worker worker(QStringLiteral("test"));
    QThread *jobThread = nullptr;
    QThread *doneThread = nullptr;
    int answer = 0;
    worker.post(
        this,
        [&jobThread](const JobControl &) {
            jobThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            doneThread = QThread::currentThread();
            answer = value;
        });
    QTRY_COMPARE(answer, 42);
    QCOMPARE(jobThread, worker.thread());
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestWorker::jobsRunInTheOrderPosted()
{
    Worker worker(QStringLiteral("test"));
    QList<int> ran;
    QList<int> answered;
    for (int i = 0; i < 20; ++i) {
        worker.post(
            this,
            [i, &ran](const JobControl &) {
                ran.append(i); // only the worker thread writes it
                return i;
            },
            [&answered](int value) { answered.append(value); });
    }
    QTRY_COMPARE(answered.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(ran.at(i), i);
        QCOMPARE(answered.at(i), i);
    }
}

void TestWorker::cancelReachesTheRunningAndQueuedJobsButNotLaterOnes()
{
    Worker worker(QStringLiteral("test"));
    std::atomic_bool running(false);
    QList<bool> sawCancel;
    const auto job = [&running](const JobControl &control) {
        running = true;
        // A long job that polls its cancel flag, as imports and exports do.
        for (int i = 0; i < 5000 && !control.isCancelled(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return control.isCancelled();
    };
    const auto record = [&sawCancel](bool cancelled) { sawCancel.append(cancelled); };
    worker.post(this, job, record);
    worker.post(this, job, record);
    QTRY_VERIFY(running.load());
    worker.cancel();
    worker.post(
        this, [](const JobControl &control) { return control.isCancelled(); }, record);
    QTRY_COMPARE(sawCancel.size(), 3);
    QCOMPARE(sawCancel, (QList<bool> { true, true, false }));
}

void TestWorker::progressArrivesAsASignal()
{
    Worker worker(QStringLiteral("test"));
    QSignalSpy progressed(&worker, &Worker::progressed);
    bool done = false;
    worker.post(
        this,
        [](const JobControl &control) {
            for (int i = 1; i <= 3; ++i)
                control.progress(i, 3);
        },
        [&done] { done = true; });
    QTRY_VERIFY(done);
    QTRY_COMPARE(progressed.size(), 3);
    QCOMPARE(progressed.last().at(0).toLongLong(), 3);
    QCOMPARE(progressed.last().at(1).toLongLong(), 3);
}

void TestWorker::destroyingTheWorkerCancelsAndJoinsItsThread()
{
    std::atomic_int finished(0);
    bool answered = false;
    QObject receiver;
    {
        Worker worker(QStringLiteral("test"));
        for (int i = 0; i < 3; ++i) {
            worker.post(
                &receiver,
                [&finished](const JobControl &control) {
                    for (int n = 0; n < 2000 && !control.isCancelled(); ++n)
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    ++finished;
                    return 0;
                },
                [&answered](int) { answered = true; });
        }
    }
    // Every job ended (cancelled) before the destructor returned.
    QCOMPARE(finished.load(), 3);
    // Answers queued for a receiver still alive are delivered, never lost
    // mid-call; none of them ran inside the destructor.
    QVERIFY(!answered);
}

void TestWorker::busyFollowsThePendingJobs()
{
    Worker worker(QStringLiteral("test"));
    QSignalSpy busy(&worker, &Worker::busyChanged);
    std::atomic_bool release(false);
    worker.post([&release](const JobControl &) {
        while (!release.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    worker.post([](const JobControl &) {});
    QCOMPARE(worker.pending(), 2);
    QCOMPARE(busy.size(), 1);
    QVERIFY(busy.first().first().toBool());
    release = true;
    QTRY_COMPARE(worker.pending(), 0);
    QCOMPARE(busy.size(), 2);
    QVERIFY(!busy.last().first().toBool());
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
