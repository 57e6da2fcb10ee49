#pragma once

#include "Command.h"

namespace relay::cli {

// relayaudit-cli engine segments (--text T | --text-file F) [--json]
// (send, send-batch and serve come with the send pipeline)
class EngineCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("engine"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void segments(const QStringList &arguments);
};

// relayaudit-cli hash NUMBER [--region US] [--json]
class HashCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("hash"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace relay::cli
