#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"
#include "workspace/Workspace.h"

#include <QObject>

#include <memory>

namespace relay::core {
class Clock;
class SecretStore;
class Worker;
} // namespace relay::core

namespace relay::ui {

// Opens or creates a workspace without blocking the GUI: Argon2id runs on
// the thread pool, keychain answers arrive through the event loop; the
// database itself is opened back on the GUI thread, which owns it.
class WorkspaceUnlocker final : public QObject
{
    Q_OBJECT
public:
    WorkspaceUnlocker(
        core::SecretStore &secrets, const core::Clock &clock, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }

    void unlockWithPassphrase(const QString &dir, core::SecretBytes passphrase);
    void unlockWithKeychain(const QString &dir);
    void createWithPassphrase(const QString &dir, core::SecretBytes passphrase);
    void createWithKeychain(const QString &dir);

    // After unlocked(): the workspace, once.
    std::unique_ptr<core::Workspace> takeWorkspace() { return std::move(m_workspace); }

Q_SIGNALS:
    void unlocked();
    void failed(const relay::core::Error &error);

private:
    void deriveThen(core::WorkspaceMeta meta, core::SecretBytes passphrase,
        std::function<void(core::WorkspaceMeta, const core::SecretBytes &)> then);
    void finishWith(core::Result<std::unique_ptr<core::Workspace>> result);

    core::SecretStore &m_secrets;
    const core::Clock &m_clock;
    std::unique_ptr<core::Workspace> m_workspace;
    core::Worker *m_jobs; // key derivation
    bool m_busy = false;
};

} // namespace relay::ui
