#pragma once

#include "Command.h"
#include "salesforce/ClickWriteBack.h"

#include <QJsonArray>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace relay::cli {

// relayaudit-cli links list|clicks|gateway|base-url|shorten|writeback
class LinksCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("links"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void list(const QStringList &arguments, bool clicks);
    void gateway(const QStringList &arguments);
    void baseUrl(const QStringList &arguments);
    void shorten(const QStringList &arguments);
    void writeBack(const QStringList &arguments);
    // `links writeback`: every org with pending clicks, or --org's.
    struct ClickRun {
        std::optional<EngineSide> engine;
        core::ClickWriteBack::Config config; // names and the default org's login
        QStringList orgs; // still to do; "" is the default org
        QNetworkAccessManager *network = nullptr;
        core::BatchWriteBack::Totals totals;
        QStringList failedOrgs;
        QJsonArray results;
    };
    void nextClickOrg(const std::shared_ptr<ClickRun> &run);
};

// relayaudit-cli scheduler import-ics|hours|terms|users|slots|book|bookings
class SchedulerCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("scheduler"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void importIcs(const QStringList &arguments);
    void hours(const QStringList &arguments);
    void terms(const QStringList &arguments);
    void users(const QStringList &arguments);
    void slots(const QStringList &arguments);
    void book(const QStringList &arguments);
    void bookings(const QStringList &arguments);
};

} // namespace relay::cli
