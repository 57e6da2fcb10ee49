#pragma once

#include "Command.h"

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
