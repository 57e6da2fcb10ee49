#pragma once

#include "Command.h"

namespace relay::cli {

// relayaudit-cli import twilio-json|twilio-bulk|telnyx-mdr FILE... [--client LABEL]
class ImportCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

// relayaudit-cli pulls [--json]
class PullsCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("pulls"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

// relayaudit-cli breakdown --by DIMENSION [--pull ID] [--from D --to D] [--json|--csv]
class BreakdownCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("breakdown"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

// relayaudit-cli export --pull ID|--all --format csv|json --out FILE
class ExportCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

// relayaudit-cli purge [--dry-run] [--pull ID]
class PurgeCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("purge"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

// relayaudit-cli settings report-ttl-days [DAYS]
class SettingsCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace relay::cli
