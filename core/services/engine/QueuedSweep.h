#pragma once

#include "Result.h"
#include "deliveries/Gateways.h"
#include "deliveries/SmsFields.h"
#include "engine/OrgStores.h"
#include "engine/SendPipeline.h"
#include "salesforce/SalesforceClient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace relay::core {

// The sweep: callouts get lost, so each org is asked (SOQL, every page) for
// its outgoing SMS records still "Queued" that were created before a given
// time, and those the delivery log does not hold become send requests. A
// record naming a gateway that is not one of the org's, or one its Gateway
// record marks Inactive, is named and left. An org that cannot be reached
// is named and the others are swept. `engine sweep` runs it once; `engine
// serve` on a timer. The requests hold number and text in memory only.
class QueuedSweep final : public QObject
{
    Q_OBJECT
public:
    using Stores = OrgStores;
    using Login = SalesforceClient::Login;
    using LoginResolver = OrgLoginResolver;
    struct Outcome {
        QList<SendPipeline::Request> requests;
        qint64 alreadyLogged = 0;
        QStringList problems; // "org NAME: what went wrong", never a number or a text
        // Per org whose Gateway records were read: the org's gateways
        // (record ids, 15 characters) that are Inactive or gone there.
        QHash<QString, QSet<QString>> inactive;
    };

    QueuedSweep(Stores stores, QNetworkAccessManager &network, LoginResolver login,
        QObject *parent = nullptr);
    ~QueuedSweep() override;

    // Sweeps `orgs` (registered names) for records created before
    // `createdBefore`; `done` gets what to send. One run at a time: a run
    // asked for while one is under way is refused (false).
    bool run(
        const QStringList &orgs, const QDateTime &createdBefore, std::function<void(Outcome)> done);
    bool running() const { return m_run != nullptr; }

private:
    struct Run;
    void nextOrg();
    void activeGateways(
        const QString &org, const SmsFields &f, SalesforceClient *client, const QJsonArray &rows);
    void take(const QString &org, const SmsFields &f, const QJsonArray &rows,
        const QHash<QString, QString> &byRecord, const QSet<QString> &active);
    void problem(const QString &org, const QString &what);

    Stores m_stores;
    QNetworkAccessManager &m_network;
    LoginResolver m_login;
    std::unique_ptr<Run> m_run;
};

} // namespace relay::core
