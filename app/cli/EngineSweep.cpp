// `engine sweep`: the outgoing SMS records still "Queued" in each org that
// the log does not hold (a callout that never came), sent now.

#include "EngineCommands.h"

#include "EnvCredentials.h"
#include "deliveries/Orgs.h"
#include "engine/QueuedSweep.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace relay::cli {

using namespace relay::core;

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
    const QDateTime createdBefore = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    SendPipeline::Options options;
    if (const QString error = pipelineOptions.read(parser, &options); !error.isEmpty()) {
        usageError(error);
        return;
    }
    const QString only = parser.value(org);
    withEngine(parser.value(pipelineOptions.store),
        [this, createdBefore, options, only](const EngineSide &engine) {
            auto orgs = engine.orgs().list();
            if (!orgs) {
                fail(orgs.error());
                return;
            }
            QStringList names;
            for (const Orgs::Org &o : std::as_const(orgs.value())) {
                if (only.isEmpty() || o.name == only)
                    names.append(o.name);
            }
            if (!only.isEmpty() && names.isEmpty()) {
                fail(makeError(ErrorCode::NotFound,
                    tr("org %1 is not registered: register it with 'engine org add'").arg(only)));
                return;
            }
            if (names.isEmpty()) {
                m_ctx.out << tr("No orgs to sweep. Register one with 'engine org add'.")
                          << Qt::endl;
                finish(ExitOk);
                return;
            }
            auto *sweep = makeSweep(engine);
            sweep->run(names, createdBefore, [this, engine, options](QueuedSweep::Outcome outcome) {
                for (const QString &problem : std::as_const(outcome.problems))
                    m_ctx.err << tr("relayaudit-cli: warning: %1").arg(problem) << Qt::endl;
                m_ctx.out << tr("%n queued record(s) to send; %1 already in the log.", nullptr,
                    int(outcome.requests.size()))
                                 .arg(outcome.alreadyLogged)
                          << Qt::endl;
                if (outcome.requests.isEmpty()) {
                    finish(outcome.problems.isEmpty() ? ExitOk : ExitFailure);
                    return;
                }
                // The pepper only now: a sweep with nothing to send needs none.
                withPepper(engine,
                    [this, engine, options, requests = std::move(outcome.requests)](
                        SecretBytes pepper) {
                        startSending(engine, requests, options, std::move(pepper));
                    });
            });
        });
}

QueuedSweep *EngineCommand::makeSweep(const EngineSide &engine)
{
    auto *network = new QNetworkAccessManager(this);
    return new QueuedSweep(
        { engine.orgs(), engine.gateways(), engine.deliveries() }, *network,
        [this, engine](
            const QString &org, std::function<void(Result<SalesforceClient::Login>)> resolved) {
            resolveSalesforceLogin(m_ctx.secrets, engine.orgs(), org, {}, std::move(resolved));
        },
        this);
}

} // namespace relay::cli
