#pragma once

#include "Command.h"
#include "ingest/ProviderPull.h"
#include "salesforce/SalesforceClient.h"

#include <memory>

namespace relay::cli {

// relayaudit-cli pull twilio|telnyx --from D --to D [--sender N]... [--client L] [--base-url URL]
// relayaudit-cli pull --resume ID
class PullCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void startPull(std::shared_ptr<core::Workspace> workspace, core::ProviderPull::Options opts,
        qint64 pullId, const QString &clientLabel, core::ProviderCredentials credentials);
};

// relayaudit-cli credentials set|remove twilio|telnyx [--account SID]
class CredentialsCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("credentials"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void orgLogin(bool set, const QString &org);
    void reportKeychain(const core::Status &status, const QString &doneText, const QString &label);
};

// relayaudit-cli sandbox serve [--port N] [--seed S] [--messages N] [--faults SPEC]
class SandboxCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace relay::cli
