#include "Worker.h"

namespace relay::core {

void JobControl::progress(qint64 done, qint64 total) const
{
    Q_EMIT m_worker->progressed(done, total);
}

Worker::Worker(const QString &name, QObject *parent) : QObject(parent), m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

Worker::~Worker()
{
    cancel();
    // After the jobs already queued (each sees the cancel): the context and
    // what jobs left under it go on their own thread, then the loop ends.
    QObject *context = m_context;
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        context,
        [context, thread] {
            delete context;
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void Worker::cancel()
{
    m_cancelled->store(true);
    // Jobs posted from now on start uncancelled.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
}

void Worker::started()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void Worker::finishedOne()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace relay::core
