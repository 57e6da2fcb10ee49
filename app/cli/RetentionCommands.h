#pragma once

#include "Command.h"

namespace relay::cli {

// relayaudit-cli retention verify [--json] [--settings FILE]
class RetentionCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("retention"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace relay::cli
