// `engine sweep`: the outgoing SMS records still "Queued" in each org that
// the log does not hold (a callout that never came), sent now.

#include "EngineCommands.h"

#include "EnvCredentials.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/Gateways.h"
#include "deliveries/Orgs.h"
#include "privacy/RecipientHash.h"
#include "salesforce/SalesforceClient.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

namespace relay::cli {

using namespace relay::core;

struct EngineCommand::SweepRun {
    std::shared_ptr<Workspace> workspace;
    QStringList orgs; // still to query
    QList<Gateways::Gateway> gateways; // every org's, read once
    QDateTime createdBefore;
    SendPipeline::Options options;
    SecretBytes pepper;
    QNetworkAccessManager *network = nullptr;
    QList<SendPipeline::Request> requests; // in memory only: number and text
    qint64 alreadyLogged = 0;
    QStringList problems;
};

void EngineCommand::sweep(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks each registered org (SOQL, every page) for the outgoing SMS records still "
           "'Queued' that are older than --older-than seconds, and sends those the log does not "
           "hold through the pipeline, as the package's callout would have: a record is sent "
           "once however often it is swept. Number and text are read into memory for the send "
           "and kept nowhere. An org that cannot be reached is named and the others are swept."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("Sweep this registered org only."), QStringLiteral("name"));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
        tr("Only records created at least this many seconds ago (default 120): younger ones "
           "are still on their way through the callout."),
        QStringLiteral("seconds"), QStringLiteral("120"));
    const PipelineOptions pipelineOptions;
    parser.addOptions({ org, olderThan });
    pipelineOptions.addTo(parser);
    if (!parse(parser, arguments))
        return;
    bool number = false;
    const qint64 seconds = parser.value(olderThan).toLongLong(&number);
    if (!number || seconds < 0 || seconds > 30LL * 86400) {
        usageError(
            tr("--older-than takes 0 to 2592000 seconds, not '%1'").arg(parser.value(olderThan)));
        return;
    }
    auto run = std::make_shared<SweepRun>();
    run->createdBefore = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    if (const QString error = pipelineOptions.read(parser, &run->options); !error.isEmpty()) {
        usageError(error);
        return;
    }
    const QString only = parser.value(org);
    withWorkspace([this, run, only](std::unique_ptr<Workspace> opened) {
        run->workspace = std::shared_ptr<Workspace>(std::move(opened));
        auto orgs = run->workspace->orgs().list();
        if (!orgs) {
            fail(orgs.error());
            return;
        }
        for (const Orgs::Org &o : std::as_const(orgs.value())) {
            if (only.isEmpty() || o.name == only)
                run->orgs.append(o.name);
        }
        if (!only.isEmpty() && run->orgs.isEmpty()) {
            fail(makeError(ErrorCode::NotFound,
                tr("org %1 is not registered: register it with 'engine org add'").arg(only)));
            return;
        }
        if (run->orgs.isEmpty()) {
            m_ctx.out << tr("No orgs to sweep. Register one with 'engine org add'.") << Qt::endl;
            finish(ExitOk);
            return;
        }
        auto gateways = run->workspace->gateways().list();
        if (!gateways) {
            fail(gateways.error());
            return;
        }
        run->gateways = std::move(gateways.value());
        Pepper::load(m_ctx.secrets, run->workspace->meta().id, true,
            [this, run](Result<SecretBytes> pepper) {
                if (!pepper) {
                    fail(pepper.error());
                    return;
                }
                run->pepper = std::move(pepper.value());
                run->network = new QNetworkAccessManager(this);
                sweepNextOrg(run);
            });
    });
}

void EngineCommand::sweepNextOrg(const std::shared_ptr<SweepRun> &run)
{
    if (run->orgs.isEmpty()) {
        for (const QString &problem : std::as_const(run->problems))
            m_ctx.err << tr("relayaudit-cli: warning: %1").arg(problem) << Qt::endl;
        m_ctx.out << tr("%n queued record(s) to send; %1 already in the log.", nullptr,
            int(run->requests.size()))
                         .arg(run->alreadyLogged)
                  << Qt::endl;
        if (run->requests.isEmpty()) {
            finish(run->problems.isEmpty() ? ExitOk : ExitFailure);
            return;
        }
        startSending(run->workspace, run->requests, run->options, std::move(run->pepper));
        run->requests.clear();
        return;
    }
    const QString org = run->orgs.takeFirst();
    auto fields = run->workspace->orgs().fields(org);
    if (!fields) {
        run->problems.append(tr("%1: %2").arg(orgLabel(org), errorMessage(fields.error())));
        sweepNextOrg(run);
        return;
    }
    resolveSalesforceLogin(m_ctx.secrets, run->workspace->orgs(), org, {},
        [this, run, org, f = fields.value()](Result<SalesforceClient::Login> login) {
            if (!login) {
                run->problems.append(tr("%1: %2").arg(orgLabel(org), errorMessage(login.error())));
                sweepNextOrg(run);
                return;
            }
            auto *client = new SalesforceClient(*run->network, login.value(), this);
            const QString soql
                = QStringLiteral("SELECT Id, %1, %2, %3 FROM %4 WHERE %5 = '%6' AND %7 = '%8' AND "
                                 "CreatedDate < %9")
                      .arg(f.phoneField, f.messageField, f.gatewayField, f.object, f.statusField,
                          QLatin1String(SmsFields::kQueued), f.directionField,
                          QLatin1String(SmsFields::kOutgoing),
                          run->createdBefore.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            client->query(soql, [this, run, org, f, client](Result<QJsonArray> rows) {
                if (!rows) {
                    client->deleteLater();
                    run->problems.append(
                        tr("%1: %2").arg(orgLabel(org), errorMessage(rows.error())));
                    sweepNextOrg(run);
                    return;
                }
                sweepActiveGateways(run, org, f, client, rows.value());
            });
        });
}

// Which of the org's gateways its Gateway records say are active; then the
// queued records through them are taken.
void EngineCommand::sweepActiveGateways(const std::shared_ptr<SweepRun> &run, const QString &org,
    const SmsFields &f, SalesforceClient *client, const QJsonArray &rows)
{
    QHash<QString, QString> byRecord; // Gateway record (15 characters) -> gateway
    QStringList quoted;
    for (const Gateways::Gateway &g : std::as_const(run->gateways)) {
        if (g.org == org && !g.recordId.isEmpty()) {
            byRecord.insert(g.recordId.left(15), g.address);
            quoted.append(QLatin1Char('\'') + g.recordId + QLatin1Char('\''));
        }
    }
    if (rows.isEmpty() || quoted.isEmpty()) {
        client->deleteLater();
        takeQueued(*run, org, f, rows, byRecord, {});
        sweepNextOrg(run);
        return;
    }
    const QString soql
        = QStringLiteral("SELECT Id, %1 FROM %2 WHERE Id IN (%3)")
              .arg(f.gatewayInactiveField, f.gatewayObject, quoted.join(QLatin1Char(',')));
    client->query(soql, [this, run, org, f, client, rows, byRecord](Result<QJsonArray> records) {
        client->deleteLater();
        if (!records) {
            run->problems.append(tr("%1: %2").arg(orgLabel(org), errorMessage(records.error())));
            sweepNextOrg(run);
            return;
        }
        QSet<QString> active;
        for (const QJsonValue &value : records.value()) {
            const QJsonObject record = value.toObject();
            if (!record.value(f.gatewayInactiveField).toBool())
                active.insert(record.value(QStringLiteral("Id")).toString().left(15));
        }
        takeQueued(*run, org, f, rows, byRecord, active);
        sweepNextOrg(run);
    });
}

void EngineCommand::takeQueued(SweepRun &run, const QString &org, const SmsFields &f,
    const QJsonArray &rows, const QHash<QString, QString> &byRecord, const QSet<QString> &active)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject record = value.toObject();
        const QString id = record.value(QStringLiteral("Id")).toString();
        auto logged = run.workspace->deliveries().sent(org, id);
        if (!logged) {
            run.problems.append(tr("%1: %2").arg(orgLabel(org), errorMessage(logged.error())));
            return;
        }
        if (logged.value()) {
            ++run.alreadyLogged;
            continue;
        }
        const QString gatewayRecord = record.value(f.gatewayField).toString().left(15);
        const QString gateway = byRecord.value(gatewayRecord);
        if (gateway.isEmpty()) {
            run.problems.append(tr("%1: SMS record %2 names gateway record %3, which is not "
                                   "one of this org's gateways; not sent")
                                    .arg(orgLabel(org), id, gatewayRecord));
            continue;
        }
        if (!active.contains(gatewayRecord)) {
            run.problems.append(tr("%1: SMS record %2 is to go through gateway %3, which the "
                                   "org marks inactive or no longer has; not sent")
                                    .arg(orgLabel(org), id, gateway));
            continue;
        }
        SendPipeline::Request request;
        request.gateway = gateway;
        request.recipient = record.value(f.phoneField).toString();
        request.text = record.value(f.messageField).toString();
        request.smsRecordId = id;
        request.channel
            = gateway.startsWith(QLatin1String("whatsapp:")) ? Channel::WhatsApp : Channel::Sms;
        run.requests.append(std::move(request));
    }
}

} // namespace relay::cli
