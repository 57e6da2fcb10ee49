#pragma once

#include "Command.h"

namespace relay::cli {

// relayaudit-cli retention verify | lookup | report | verify-report
class RetentionCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("retention"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void verify(const QStringList &arguments);
    void lookup(const QStringList &arguments);
    void report(const QStringList &arguments);
    void verifyReport(const QStringList &arguments);
};

} // namespace relay::cli
