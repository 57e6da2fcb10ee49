#pragma once

#include "Command.h"
#include "salesforce/SalesforceClient.h"

#include <QDate>

namespace relay::cli {

// relayaudit-cli access staff|import|pull|sessions|grant|hours|review
class AccessCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("access"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void staff(const QStringList &arguments);
    void import(const QStringList &arguments);
    void pull(const QStringList &arguments);
    void pullTrail(std::shared_ptr<core::Workspace> workspace,
        const core::SalesforceClient::Login &login, const QDate &from, const QString &orgName);
    void sessions(const QStringList &arguments);
    void grant(const QStringList &arguments);
    void hours(const QStringList &arguments);
    void review(const QStringList &arguments);
};

} // namespace relay::cli
