#include "PullRunner.h"

#include "Worker.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>

#include <memory>

namespace relay::ui {

using namespace relay::core;

// One pull on the runner's worker thread: its own connection to the
// workspace and its own network manager, created there and destroyed there
// (abandoning a pull still running, which stays resumable).
class PullRunner::Session final : public QObject
{
    Q_OBJECT
public:
    Session(std::unique_ptr<Workspace> workspace, QObject *parent)
        : QObject(parent)
        , m_workspace(std::move(workspace))
        , m_network(new QNetworkAccessManager(this))
        , m_pull(m_workspace->reports(), m_workspace->activityLog(), *m_network)
    {
        connect(&m_pull, &ProviderPull::progressed, this, &Session::progressed);
        connect(&m_pull, &ProviderPull::estimated, this, &Session::estimated);
        connect(&m_pull, &ProviderPull::failed, this, [this](const Error &error) {
            m_error = error.code == ErrorCode::Cancelled ? QString() : errorMessage(error);
        });
        connect(&m_pull, &ProviderPull::finished, this,
            [this](bool ok) { Q_EMIT finished(ok, ok ? QString() : m_error); });
    }

    ~Session() override { m_pull.abandon(); }

    // Creates the pull (pullId 0) and starts it; returns its id, 0 when it
    // could not be created (finished() said why).
    qint64 run(const ProviderPull::Options &options, const QString &client, qint64 pullId,
        ProviderCredentials credentials)
    {
        if (pullId == 0) {
            auto created = m_pull.create(options, client);
            if (!created) {
                Q_EMIT finished(false, errorMessage(created.error()));
                return 0;
            }
            pullId = created.value();
        }
        m_pull.start(pullId, std::move(credentials));
        return pullId;
    }

    void cancel() { m_pull.cancel(); }

Q_SIGNALS:
    void progressed(qint64 pages, qint64 records);
    void estimated(double fraction);
    void finished(bool ok, const QString &error);

private:
    std::unique_ptr<Workspace> m_workspace;
    QNetworkAccessManager *m_network;
    ProviderPull m_pull;
    QString m_error;
};

PullRunner::PullRunner(Workspace &workspace, QObject *parent)
    : QObject(parent), m_jobs(new Worker(QStringLiteral("provider-pull"), this))
{
    auto another = workspace.openAnother();
    if (another)
        m_workspace = std::move(another.value());
    else
        m_openError = errorMessage(another.error());
}

PullRunner::~PullRunner() = default;

void PullRunner::start(const ProviderPull::Options &options, const QString &client, qint64 pullId,
    ProviderCredentials credentials)
{
    if (!m_workspace || m_session) {
        const QString why = m_workspace ? tr("a pull is already running") : m_openError;
        QMetaObject::invokeMethod(
            this, [this, why] { Q_EMIT finished(false, why); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    // The connection and the session move to the worker thread with the job.
    auto workspace = std::make_shared<std::unique_ptr<Workspace>>(std::move(m_workspace));
    auto secret = std::make_shared<ProviderCredentials>(std::move(credentials));
    auto *self = this;
    m_jobs->post(
        this,
        [self, context = m_jobs->context(), workspace, secret, options, client, pullId](
            const JobControl &) {
            auto *session = new Session(std::move(*workspace), context);
            connect(session, &Session::progressed, self, &PullRunner::progressed);
            connect(session, &Session::estimated, self, &PullRunner::estimated);
            connect(session, &Session::finished, self, [self](bool ok, const QString &error) {
                self->m_running = false;
                Q_EMIT self->finished(ok, error);
            });
            return std::make_pair(
                session, session->run(options, client, pullId, std::move(*secret)));
        },
        [this](std::pair<Session *, qint64> started) {
            m_session = started.first;
            if (started.second > 0)
                Q_EMIT this->started(started.second);
        });
}

void PullRunner::cancel()
{
    if (m_session)
        QMetaObject::invokeMethod(m_session, &Session::cancel, Qt::QueuedConnection);
}

} // namespace relay::ui

#include "PullRunner.moc"
