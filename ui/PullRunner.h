#pragma once

#include "ingest/ProviderPull.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace relay::core {
class Worker;
class Workspace;
} // namespace relay::core

namespace relay::ui {

// Runs one provider pull on a core::Worker's thread: its own connection to
// the workspace, its own network manager, so neither parsing pages nor
// writing them ever blocks the GUI. Destroying the runner stops the pull
// (recorded as cancelled, resumable) and joins the thread.
class PullRunner final : public QObject
{
    Q_OBJECT
public:
    explicit PullRunner(core::Workspace &workspace, QObject *parent = nullptr);
    ~PullRunner() override;

    // pullId 0: creates the pull from options and client; else resumes it.
    void start(const core::ProviderPull::Options &options, const QString &client, qint64 pullId,
        core::ProviderCredentials credentials);
    // Stops after the current page; the pull stays resumable.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(qint64 pullId);
    void progressed(qint64 pages, qint64 records);
    void estimated(double fraction);
    // ok false with an empty error: cancelled.
    void finished(bool ok, const QString &error);

private:
    class Session;
    core::Worker *m_jobs;
    std::unique_ptr<core::Workspace> m_workspace; // until the pull starts
    QPointer<Session> m_session; // lives on the worker thread
    bool m_running = false;
    QString m_openError;
};

} // namespace relay::ui
