#pragma once

#include "Command.h"
#include "privacy/SecretBytes.h"
#include "workspace/WorkspaceMeta.h"

namespace relay::cli {

// relayaudit-cli workspace init|info|rekey|verify-log|log
class WorkspaceCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("workspace"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void init(const QStringList &arguments);
    void info(const QStringList &arguments);
    void rekey(const QStringList &arguments);
    void verifyLog(const QStringList &arguments);
    void check(const QStringList &arguments);
    void log(const QStringList &arguments);

    void createWithKeychain();
    core::Result<core::SecretBytes> newPassphraseKey(
        const core::WorkspaceMeta &meta, const char *envName);
    void createWithPassphrase();
};

} // namespace relay::cli
