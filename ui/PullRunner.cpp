#include "PullRunner.h"

#include "Clock.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>

#include <memory>

namespace relay::ui {

using namespace relay::core;

class PullRunner::Worker final : public QObject
{
    Q_OBJECT
public:
    explicit Worker(std::unique_ptr<Workspace> workspace) : m_workspace(std::move(workspace)) { }

    void run(const ProviderPull::Options &options, const QString &client, qint64 pullId,
        const std::shared_ptr<ProviderCredentials> &credentials)
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_pull = std::make_unique<ProviderPull>(
            m_workspace->reports(), m_workspace->activityLog(), *m_network);
        connect(m_pull.get(), &ProviderPull::progressed, this, &Worker::progressed);
        connect(m_pull.get(), &ProviderPull::estimated, this, &Worker::estimated);
        connect(m_pull.get(), &ProviderPull::failed, this, [this](const Error &error) {
            m_error = error.code == ErrorCode::Cancelled ? QString() : errorMessage(error);
        });
        connect(m_pull.get(), &ProviderPull::finished, this,
            [this](bool ok) { Q_EMIT finished(ok, ok ? QString() : m_error); });
        if (pullId == 0) {
            auto created = m_pull->create(options, client);
            if (!created) {
                Q_EMIT finished(false, errorMessage(created.error()));
                return;
            }
            pullId = created.value();
        }
        Q_EMIT started(pullId);
        m_pull->start(pullId, std::move(*credentials));
    }

    void cancel()
    {
        if (m_pull)
            m_pull->cancel();
    }

    // On the worker thread, before it ends.
    void shutDown()
    {
        if (m_pull)
            m_pull->abandon();
        m_pull.reset();
        m_network.reset();
        m_workspace.reset();
    }

Q_SIGNALS:
    void started(qint64 pullId);
    void progressed(qint64 pages, qint64 records);
    void estimated(double fraction);
    void finished(bool ok, const QString &error);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProviderPull> m_pull;
    QString m_error;
};

PullRunner::PullRunner(Workspace &workspace, QObject *parent) : QObject(parent)
{
    static const SystemClock clock;
    auto another = workspace.openAnother(clock);
    if (another) {
        m_worker = new Worker(std::move(another.value()));
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &Worker::started, this, &PullRunner::started);
        connect(m_worker, &Worker::progressed, this, &PullRunner::progressed);
        connect(m_worker, &Worker::estimated, this, &PullRunner::estimated);
        connect(m_worker, &Worker::finished, this, [this](bool ok, const QString &error) {
            m_running = false;
            Q_EMIT finished(ok, error);
        });
        m_thread.setObjectName(QStringLiteral("provider-pull"));
        m_thread.start();
    } else {
        m_openError = errorMessage(another.error());
    }
}

PullRunner::~PullRunner()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &Worker::shutDown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void PullRunner::start(const ProviderPull::Options &options, const QString &client, qint64 pullId,
    ProviderCredentials credentials)
{
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(false, m_openError); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    auto shared = std::make_shared<ProviderCredentials>(std::move(credentials));
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, options, client, pullId, shared] {
            worker->run(options, client, pullId, shared);
        },
        Qt::QueuedConnection);
}

void PullRunner::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &Worker::cancel, Qt::QueuedConnection);
}

} // namespace relay::ui

#include "PullRunner.moc"
