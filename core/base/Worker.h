#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace relay::core {

// What a job running on a Worker sees of the one who posted it: whether it
// should stop, and a way to report how far it got.
class JobControl
{
public:
    bool isCancelled() const { return m_cancelled->load(); }
    // For code that polls a flag (the importer, the exports).
    const std::atomic_bool *cancelFlag() const { return m_cancelled.get(); }
    // Reaches the Worker's progressed() signal, queued to its receivers.
    void progress(qint64 done, qint64 total) const;

private:
    friend class Worker;
    JobControl(std::shared_ptr<std::atomic_bool> cancelled, class Worker *worker)
        : m_cancelled(std::move(cancelled)), m_worker(worker)
    { }
    std::shared_ptr<std::atomic_bool> m_cancelled;
    class Worker *m_worker;
};

// The one way the program runs work off the GUI thread (qBittorrent's
// owned-thread idiom): a thread the Worker owns, with an event loop, where
// posted jobs run one after another. A job's result comes back as a queued
// call on the receiver's thread; nothing waits in a nested event loop.
//
// Lifetime: the Worker's owner (a page, a model, a runner) also receives
// its results, so the Worker is destroyed (cancelling and joining its
// thread) before the receiver is. Objects a job creates on the thread (a
// database connection, a network manager) stay on it, owned by the job's
// captures or by objects whose parent is context().
class Worker final : public QObject
{
    Q_OBJECT
public:
    explicit Worker(const QString &name, QObject *parent = nullptr);
    ~Worker() override;

    // Runs `job(const JobControl &)` on the worker thread, after the jobs
    // posted before it, then `done(result)` on `receiver`'s thread; a job
    // returning void calls `done()`. A job cancelled before it starts still
    // runs, and sees isCancelled(): it decides what a cancel means.
    template <typename Job, typename Done> void post(QObject *receiver, Job job, Done done);
    // The same without a result to hand back.
    template <typename Job> void post(Job job)
    {
        post(this, std::move(job), [] {});
    }

    // Asks the running job and every queued one to stop (JobControl).
    void cancel();
    // Jobs posted and not finished (as this thread has heard).
    int pending() const { return m_pending; }
    bool isBusy() const { return pending() > 0; }
    // An object living on the worker thread: a parent for what jobs create
    // there, destroyed on that thread when the Worker goes.
    QObject *context() const { return m_context; }
    QThread *thread() { return &m_thread; }

Q_SIGNALS:
    // From JobControl::progress(), delivered queued.
    void progressed(qint64 done, qint64 total);
    // Whether jobs are pending, each time that changes.
    void busyChanged(bool busy);

private:
    void started();
    void finishedOne();
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancelled; }

    QThread m_thread;
    QObject *m_context = nullptr;
    int m_pending = 0; // on the owner's thread only
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

template <typename Job, typename Done> void Worker::post(QObject *receiver, Job job, Done done)
{
    started();
    QPointer<QObject> target(receiver);
    const std::shared_ptr<std::atomic_bool> cancelled = cancelFlag();
    QMetaObject::invokeMethod(
        m_context,
        [this, target, cancelled, job = std::move(job), done = std::move(done)]() mutable {
            const JobControl control(cancelled, this);
            if constexpr (std::is_void_v<std::invoke_result_t<Job &, const JobControl &>>) {
                job(control);
                if (target) {
                    QMetaObject::invokeMethod(
                        target.data(), [done = std::move(done)]() mutable { done(); },
                        Qt::QueuedConnection);
                }
            } else {
                auto result = job(control);
                if (target) {
                    QMetaObject::invokeMethod(
                        target.data(),
                        [done = std::move(done), result = std::move(result)]() mutable {
                            done(std::move(result));
                        },
                        Qt::QueuedConnection);
                }
            }
            QMetaObject::invokeMethod(this, &Worker::finishedOne, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace relay::core
