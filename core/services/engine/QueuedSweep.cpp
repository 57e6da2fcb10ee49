#include "QueuedSweep.h"

#include "deliveries/DeliveryLog.h"
#include "deliveries/Orgs.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

namespace relay::core {

struct QueuedSweep::Run {
    QStringList orgs; // still to query
    QDateTime createdBefore;
    QList<Gateways::Gateway> gateways; // every org's, read once
    Outcome outcome;
    std::function<void(Outcome)> done;
};

QueuedSweep::QueuedSweep(
    Stores stores, QNetworkAccessManager &network, LoginResolver login, QObject *parent)
    : QObject(parent), m_stores(stores), m_network(network), m_login(std::move(login))
{ }

QueuedSweep::~QueuedSweep() = default;

bool QueuedSweep::run(
    const QStringList &orgs, const QDateTime &createdBefore, std::function<void(Outcome)> done)
{
    if (m_run)
        return false;
    m_run = std::make_unique<Run>();
    m_run->orgs = orgs;
    m_run->createdBefore = createdBefore;
    m_run->done = std::move(done);
    auto gateways = m_stores.gateways.list();
    if (gateways) {
        m_run->gateways = std::move(gateways.value());
    } else {
        m_run->orgs.clear();
        m_run->outcome.problems.append(errorMessage(gateways.error()));
    }
    nextOrg();
    return true;
}

void QueuedSweep::problem(const QString &org, const QString &what)
{
    m_run->outcome.problems.append(QStringLiteral("org %1: %2").arg(org, what));
}

void QueuedSweep::nextOrg()
{
    if (m_run->orgs.isEmpty()) {
        const std::unique_ptr<Run> finished = std::move(m_run);
        finished->done(std::move(finished->outcome));
        return;
    }
    const QString org = m_run->orgs.takeFirst();
    auto fields = m_stores.orgs.fields(org);
    if (!fields) {
        problem(org, errorMessage(fields.error()));
        nextOrg();
        return;
    }
    m_login(org,
        [this, guard = QPointer<QueuedSweep>(this), org, f = fields.value()](Result<Login> login) {
            if (!guard)
                return;
            if (!login) {
                problem(org, errorMessage(login.error()));
                nextOrg();
                return;
            }
            auto *client = new SalesforceClient(m_network, login.value(), this);
            const QString soql
                = QStringLiteral("SELECT Id, %1, %2, %3 FROM %4 WHERE %5 = '%6' AND %7 = '%8' AND "
                                 "CreatedDate < %9")
                      .arg(f.phoneField, f.messageField, f.gatewayField, f.object, f.statusField,
                          QLatin1String(SmsFields::kQueued), f.directionField,
                          QLatin1String(SmsFields::kOutgoing),
                          m_run->createdBefore.toUTC().toString(
                              QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            client->query(soql, [this, org, f, client](Result<QJsonArray> rows) {
                if (!rows) {
                    client->deleteLater();
                    problem(org, errorMessage(rows.error()));
                    nextOrg();
                    return;
                }
                activeGateways(org, f, client, rows.value());
            });
        });
}

// Which of the org's gateways its Gateway records say are active; then the
// queued records through them are taken.
void QueuedSweep::activeGateways(
    const QString &org, const SmsFields &f, SalesforceClient *client, const QJsonArray &rows)
{
    QHash<QString, QString> byRecord; // Gateway record (15 characters) -> gateway
    QStringList quoted;
    for (const Gateways::Gateway &g : std::as_const(m_run->gateways)) {
        if (g.org == org && !g.recordId.isEmpty()) {
            byRecord.insert(g.recordId.left(15), g.address);
            quoted.append(QLatin1Char('\'') + g.recordId + QLatin1Char('\''));
        }
    }
    // The Inactive boxes are read even when nothing is queued: intake
    // refuses records through an inactive gateway by what this round saw.
    if (quoted.isEmpty()) {
        client->deleteLater();
        take(org, f, rows, byRecord, {});
        nextOrg();
        return;
    }
    const QString soql
        = QStringLiteral("SELECT Id, %1 FROM %2 WHERE Id IN (%3)")
              .arg(f.gatewayInactiveField, f.gatewayObject, quoted.join(QLatin1Char(',')));
    client->query(soql, [this, org, f, client, rows, byRecord](Result<QJsonArray> records) {
        client->deleteLater();
        if (!records) {
            problem(org, errorMessage(records.error()));
            nextOrg();
            return;
        }
        QSet<QString> active;
        for (const QJsonValue &value : records.value()) {
            const QJsonObject record = value.toObject();
            if (!record.value(f.gatewayInactiveField).toBool())
                active.insert(record.value(QStringLiteral("Id")).toString().left(15));
        }
        QSet<QString> &inactive = m_run->outcome.inactive[org];
        for (auto it = byRecord.constBegin(); it != byRecord.constEnd(); ++it) {
            if (!active.contains(it.key()))
                inactive.insert(it.key());
        }
        take(org, f, rows, byRecord, active);
        nextOrg();
    });
}

void QueuedSweep::take(const QString &org, const SmsFields &f, const QJsonArray &rows,
    const QHash<QString, QString> &byRecord, const QSet<QString> &active)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject record = value.toObject();
        const QString id = record.value(QStringLiteral("Id")).toString();
        auto logged = m_stores.deliveries.sent(org, id);
        if (!logged) {
            problem(org, errorMessage(logged.error()));
            return;
        }
        if (logged.value()) {
            ++m_run->outcome.alreadyLogged;
            continue;
        }
        const QString gatewayRecord = record.value(f.gatewayField).toString().left(15);
        const QString gateway = byRecord.value(gatewayRecord);
        if (gateway.isEmpty()) {
            problem(org,
                QStringLiteral("SMS record %1 names gateway record %2, which is not one of this "
                               "org's gateways; not sent")
                    .arg(id, gatewayRecord));
            continue;
        }
        if (!active.contains(gatewayRecord)) {
            problem(org,
                QStringLiteral("SMS record %1 is to go through gateway %2, which the org marks "
                               "inactive or no longer has; not sent")
                    .arg(id, gateway));
            continue;
        }
        SendPipeline::Request request;
        request.gateway = gateway;
        request.recipient = record.value(f.phoneField).toString();
        request.text = record.value(f.messageField).toString();
        request.smsRecordId = id;
        request.channel
            = gateway.startsWith(QLatin1String("whatsapp:")) ? Channel::WhatsApp : Channel::Sms;
        m_run->outcome.requests.append(std::move(request));
    }
}

} // namespace relay::core
