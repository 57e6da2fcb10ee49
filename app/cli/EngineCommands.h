#pragma once

#include "Command.h"

namespace relay::cli {

// relayaudit-cli engine segments|gateway|region|send|send-batch|serve ...
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
    void gateway(const QStringList &arguments);
    void region(const QStringList &arguments);
    void send(const QStringList &arguments, bool batch);
    void serve(const QStringList &arguments);
    void writeBack(const QStringList &arguments);
};

// relayaudit-cli deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)
// [--json]
class DeliveriesCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("deliveries"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
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
