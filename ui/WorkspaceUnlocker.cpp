#include "WorkspaceUnlocker.h"

#include "privacy/SecretStore.h"

#include "Worker.h"

namespace relay::ui {

using namespace relay::core;

WorkspaceUnlocker::WorkspaceUnlocker(SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_jobs(new Worker(QStringLiteral("key-derivation"), this))
{ }

void WorkspaceUnlocker::finishWith(Result<std::unique_ptr<Workspace>> result)
{
    m_busy = false;
    if (!result) {
        Q_EMIT failed(result.error());
        return;
    }
    m_workspace = std::move(result.value());
    Q_EMIT unlocked();
}

void WorkspaceUnlocker::deriveThen(WorkspaceMeta meta, SecretBytes passphrase,
    std::function<void(WorkspaceMeta, const SecretBytes &)> then)
{
    // Argon2id takes a second or so: on the worker thread, never this one.
    auto shared = std::make_shared<SecretBytes>(std::move(passphrase));
    m_jobs->post(
        this,
        [meta, shared](const JobControl &) {
            return std::make_shared<Result<SecretBytes>>(Workspace::passphraseKey(meta, *shared));
        },
        [this, meta, then = std::move(then)](std::shared_ptr<Result<SecretBytes>> key) {
            if (!*key) {
                m_busy = false;
                Q_EMIT failed(key->error());
                return;
            }
            then(meta, key->value());
        });
}

void WorkspaceUnlocker::unlockWithPassphrase(const QString &dir, SecretBytes passphrase)
{
    auto meta = Workspace::inspect(dir);
    if (!meta) {
        Q_EMIT failed(meta.error());
        return;
    }
    m_busy = true;
    deriveThen(meta.value(), std::move(passphrase),
        [this, dir](const WorkspaceMeta &, const SecretBytes &key) {
            finishWith(Workspace::open(dir, key, m_clock));
        });
}

void WorkspaceUnlocker::unlockWithKeychain(const QString &dir)
{
    auto meta = Workspace::inspect(dir);
    if (!meta) {
        Q_EMIT failed(meta.error());
        return;
    }
    m_busy = true;
    m_secrets.read(meta->keychainEntry(), [this, dir](Result<SecretBytes> key) {
        if (!key) {
            m_busy = false;
            Q_EMIT failed(key.error());
            return;
        }
        finishWith(Workspace::open(dir, key.value(), m_clock));
    });
}

void WorkspaceUnlocker::createWithPassphrase(const QString &dir, SecretBytes passphrase)
{
    m_busy = true;
    deriveThen(WorkspaceMeta::forPassphrase(), std::move(passphrase),
        [this, dir](const WorkspaceMeta &meta, const SecretBytes &key) {
            finishWith(Workspace::create(dir, meta, key, m_clock));
        });
}

void WorkspaceUnlocker::createWithKeychain(const QString &dir)
{
    m_busy = true;
    const WorkspaceMeta meta = WorkspaceMeta::forKeychain();
    auto key = std::make_shared<SecretBytes>(SecretBytes::random(kKeySize));
    m_secrets.write(meta.keychainEntry(), *key, [this, dir, meta, key](Status stored) {
        if (!stored) {
            m_busy = false;
            Q_EMIT failed(stored.error());
            return;
        }
        auto created = Workspace::create(dir, meta, *key, m_clock);
        if (!created) {
            m_secrets.remove(meta.keychainEntry(), [](Status) {});
        }
        finishWith(std::move(created));
    });
}

} // namespace relay::ui
