// `engine serve`: the providers' status callbacks, short links, and the
// managed package's callout (intake) for every org with an intake secret.

#include "EngineCommands.h"

#include "Interrupt.h"
#include "deliveries/Orgs.h"
#include "engine/InboundRelay.h"
#include "engine/QueuedSweep.h"
#include "engine/SendPipeline.h"
#include "engine/SmsIntake.h"
#include "engine/StatusServer.h"
#include "privacy/RecipientHash.h"
#include "privacy/SecretStore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <csignal>

namespace relay::cli {

using namespace relay::core;

struct EngineCommand::ServeRun {
    std::optional<EngineSide> engine;
    StatusServer *server = nullptr;
    SendPipeline::Options sending;
    QStringList orgs; // still to look up an intake secret for
    QStringList allOrgs; // every registered org: the sweep asks each
    int sweepEverySeconds = 0; // 0: no sweep
    qint64 sweepOlderThanSeconds = 120;
    int retryEverySeconds = 60;
    QueuedSweep *sweep = nullptr;
    QSet<QString> reported; // sweep problems said once, not every round
    qint64 swept = 0; // records the sweeps found and sent
    SmsIntake::Options intakeOptions;
    QStringList withoutSecret;
    QSet<QByteArray> sharedVariables; // named by two orgs ("a.b", "A-B"): used by neither
    SendPipeline *pipeline = nullptr;
    std::unique_ptr<SmsIntake> intake;
    bool receiving = false; // not --links-only: intake, sweep and incoming messages
    InboundRelay *inbound = nullptr;
    QTimer *inboundRetry = nullptr;
    // Names this process in the jobs one worker of a deployment runs at a
    // time (the log's purge).
    QString worker = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void EngineCommand::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receives status callbacks: Twilio's at /twilio/status (X-Twilio-Signature "
           "under TWILIO_AUTH_TOKEN of TWILIO_ACCOUNT_SID), Telnyx's at /telnyx/webhook "
           "(Ed25519 under TELNYX_PUBLIC_KEY). Answers short links at /CODE. Takes the managed "
           "package's callout at POST /salesforce/sms for every registered org with an intake "
           "secret (RELAYAUDIT_INTAKE_SECRET_<ORG>, or 'engine org intake-secret'): headers "
           "X-Relay-Org, X-Relay-Timestamp (Unix seconds) and X-Relay-Signature "
           "(base64 HMAC-SHA256 of timestamp + body), a JSON body {\"records\": [...]} of at "
           "most 200 SMS records, each sent once through the pipeline. Sweeps every registered "
           "org as 'engine sweep' does, at the start and every --sweep-every seconds. Takes "
           "incoming messages: Twilio's at POST /twilio/inbound (answered with an empty TwiML "
           "<Response/>), Telnyx's message.received events at /telnyx/webhook; each becomes an "
           "SMS record (Direction Incoming) in its gateway's org, and one the org cannot take "
           "is fetched again from the provider later. Refused "
           "requests get "
           "403 (400 for a malformed callout) and one line here, without their content. "
           "Ctrl-C stops, after the sends under way are logged."));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        tr("Address and port (default 127.0.0.1:8090)."), QStringLiteral("host:port"),
        QStringLiteral("127.0.0.1:8090"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
        tr("The base URL the providers call, when a proxy stands in front."),
        QStringLiteral("url"));
    const QCommandLineOption proxyHeader(QStringLiteral("trusted-proxy-header"),
        tr("Take the client's address from this header (e.g. X-Forwarded-For), set by a "
           "reverse proxy in front, for the short links' and the refusals' limits per address; "
           "without it the connection's address is used."),
        QStringLiteral("name"));
    const QCommandLineOption linksOnly(QStringLiteral("links-only"),
        tr("Answer short links only; no provider callback credentials are needed."));
    const QCommandLineOption sweepEvery(QStringLiteral("sweep-every"),
        tr("Sweep every registered org for outgoing records still 'Queued' (as 'engine sweep') "
           "at the start and then every this many seconds (default 300; 0: never)."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption sweepOlderThan(QStringLiteral("sweep-older-than"),
        tr("The sweep takes records created at least this many seconds ago (default 120)."),
        QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption retryEvery(QStringLiteral("retry-every"),
        tr("Incoming messages an org could not take are fetched again from their provider this "
           "many seconds later at first, the wait doubling to an hour (default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const PipelineOptions pipelineOptions;
    parser.addOptions({ listenOption, publicUrl, proxyHeader, linksOnly, sweepEvery, sweepOlderThan,
        retryEvery });
    pipelineOptions.addSendingTo(parser);
    if (!parse(parser, arguments))
        return;
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port <= 0 || port > 65535 || address.isNull()) {
        usageError(tr("--listen takes host:port, such as 127.0.0.1:8090, not '%1'").arg(listen));
        return;
    }
    auto run = std::make_shared<ServeRun>();
    bool every = false;
    bool older = false;
    run->sweepEverySeconds = parser.value(sweepEvery).toInt(&every);
    run->sweepOlderThanSeconds = parser.value(sweepOlderThan).toLongLong(&older);
    if (!every || run->sweepEverySeconds < 0 || run->sweepEverySeconds > 86400) {
        usageError(
            tr("--sweep-every takes 0 to 86400 seconds, not '%1'").arg(parser.value(sweepEvery)));
        return;
    }
    if (!older || run->sweepOlderThanSeconds < 0 || run->sweepOlderThanSeconds > 30LL * 86400) {
        usageError(tr("--sweep-older-than takes 0 to 2592000 seconds, not '%1'")
                       .arg(parser.value(sweepOlderThan)));
        return;
    }
    bool retry = false;
    run->retryEverySeconds = parser.value(retryEvery).toInt(&retry);
    if (!retry || run->retryEverySeconds < 1 || run->retryEverySeconds > 3600) {
        usageError(
            tr("--retry-every takes 1 to 3600 seconds, not '%1'").arg(parser.value(retryEvery)));
        return;
    }
    if (const QString error = pipelineOptions.read(parser, &run->sending); !error.isEmpty()) {
        usageError(error);
        return;
    }
    StatusServer::Options options;
    if (parser.isSet(publicUrl))
        options.publicBase = QUrl(parser.value(publicUrl));
    const QString account = qEnvironmentVariable("TWILIO_ACCOUNT_SID");
    const QByteArray token = qgetenv("TWILIO_AUTH_TOKEN");
    if (!account.isEmpty() && !token.isEmpty())
        options.twilioTokens.insert(
            account, std::make_shared<SecretBytes>(SecretBytes::fromUtf8(token)));
    options.telnyxPublicKey = qgetenv("TELNYX_PUBLIC_KEY");
    options.trustedProxyHeader = parser.value(proxyHeader).toLatin1();
    if (options.twilioTokens.isEmpty() && options.telnyxPublicKey.isEmpty()
        && !parser.isSet(linksOnly)) {
        fail(makeError(ErrorCode::NoCredentials,
            tr("set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TELNYX_PUBLIC_KEY: "
               "without them no callback can be verified (--links-only serves short links "
               "alone)")));
        return;
    }
    const bool intake = !parser.isSet(linksOnly);
    run->receiving = intake;
    installInterruptHandler();
    std::signal(SIGTERM, [](int) { interruptFlag().store(true); });
    withEngine(parser.value(pipelineOptions.store),
        [this, run, options, address, port, intake](const EngineSide &engine) {
            run->engine = engine;
            run->server = new StatusServer(engine.deliveries(), engine.links(), options, this);
            if (run->server->start(address, static_cast<quint16>(port)) == 0) {
                fail(makeError(
                    ErrorCode::Io, tr("cannot listen on %1:%2").arg(address.toString()).arg(port)));
                return;
            }
            connect(run->server, &StatusServer::rejected, this, [this](const QString &reason) {
                m_ctx.err << tr("relayaudit-cli: refused: %1").arg(reason) << Qt::endl;
            });
            // The sends report their status to this server.
            run->sending.twilioStatusCallback = run->server->twilioCallbackUrl();
            run->sending.telnyxWebhook = run->server->telnyxWebhookUrl();
            if (intake) {
                auto orgs = engine.orgs().list();
                if (!orgs) {
                    fail(orgs.error());
                    return;
                }
                for (const Orgs::Org &org : std::as_const(orgs.value()))
                    run->orgs.append(org.name);
                run->allOrgs = run->orgs;
                QSet<QByteArray> seen;
                for (const QString &org : std::as_const(run->allOrgs)) {
                    const QByteArray variable = SmsIntake::environmentVariable(org);
                    if (seen.contains(variable))
                        run->sharedVariables.insert(variable);
                    seen.insert(variable);
                }
            }
            loadIntakeSecrets(run);
        });
}

// Each org's intake secret: its environment variable, else the keychain.
void EngineCommand::loadIntakeSecrets(const std::shared_ptr<ServeRun> &run)
{
    if (run->orgs.isEmpty()) {
        startIntake(run);
        return;
    }
    const QString org = run->orgs.takeFirst();
    const auto take = [this, run, org](SecretBytes secret) {
        if (secret.size() >= SmsIntake::kMinSecretBytes) {
            run->intakeOptions.secrets.insert(
                org, std::make_shared<SecretBytes>(std::move(secret)));
        } else {
            if (secret.size() > 0)
                m_ctx.err << tr("relayaudit-cli: warning: org %1's intake secret is shorter than "
                                "%2 characters; not taken")
                                 .arg(org)
                                 .arg(SmsIntake::kMinSecretBytes)
                          << Qt::endl;
            run->withoutSecret.append(org);
        }
        loadIntakeSecrets(run);
    };
    const QByteArray variable = SmsIntake::environmentVariable(org);
    if (run->sharedVariables.contains(variable)) {
        // One variable would sign for two orgs; the keychain's entries are exact.
        m_ctx.err << tr("relayaudit-cli: warning: %1 would serve more than one org; org %2's "
                        "intake secret is taken from the keychain only")
                         .arg(QString::fromLatin1(variable), org)
                  << Qt::endl;
    } else if (qEnvironmentVariableIsSet(variable.constData())) {
        take(SecretBytes::fromUtf8(qgetenv(variable.constData())));
        return;
    }
    m_ctx.secrets.read(SmsIntake::keychainEntry(org), [take](Result<SecretBytes> secret) {
        take(secret ? std::move(secret.value()) : SecretBytes());
    });
}

void EngineCommand::startIntake(const std::shared_ptr<ServeRun> &run)
{
    for (const QString &org : std::as_const(run->withoutSecret))
        m_ctx.err << tr("relayaudit-cli: warning: org %1 has no intake secret (%2, or 'engine org "
                        "intake-secret %1'); its callouts are refused")
                         .arg(org, QString::fromLatin1(SmsIntake::environmentVariable(org)))
                  << Qt::endl;
    // The pipeline and the receive path, unless only short links are served.
    if (!run->receiving) {
        startServing(run);
        return;
    }
    auto owner = run->engine->pepperOwner();
    if (!owner) {
        fail(owner.error());
        return;
    }
    Pepper::load(m_ctx.secrets, owner.value(), run->engine->mayCreatePepper(),
        [this, run](Result<SecretBytes> pepper) {
            if (!pepper && run->intakeOptions.secrets.isEmpty()
                && (run->allOrgs.isEmpty() || run->sweepEverySeconds == 0)) {
                // Nothing to send: the callbacks and links are served, and
                // the incoming messages wait at their providers.
                m_ctx.err << tr("relayaudit-cli: warning: incoming messages are not taken "
                                "(their senders' numbers cannot be hashed): %1")
                                 .arg(errorMessage(pepper.error()))
                          << Qt::endl;
                startServing(run);
                return;
            }
            if (!pepper) {
                fail(pepper.error());
                return;
            }
            // The relay hashes senders with the same pepper as the pipeline
            // hashes recipients: one number, one hash.
            SecretBytes relayPepper(pepper->data(), pepper->size());
            makePipeline(*run->engine, run->sending, std::move(pepper.value()),
                [this, run, relayPepper = std::make_shared<SecretBytes>(std::move(relayPepper))](
                    SendPipeline *pipeline) {
                    run->pipeline = pipeline;
                    startInbound(run, std::move(*relayPepper));
                    if (!run->intakeOptions.secrets.isEmpty()) {
                        run->intake = std::make_unique<SmsIntake>(
                            run->engine->gateways(), *pipeline, run->intakeOptions);
                        run->server->setIntake(run->intake.get());
                    }
                    if (!run->allOrgs.isEmpty() && run->sweepEverySeconds > 0)
                        run->sweep = makeSweep(*run->engine);
                    connect(pipeline, &SendPipeline::finished, this,
                        [this](const SendPipeline::Outcome &outcome) {
                            if (!outcome.ok)
                                m_ctx.err << tr("relayaudit-cli: SMS record %1 not sent: %2")
                                                 .arg(outcome.smsRecordId, outcome.error)
                                          << Qt::endl;
                        });
                    startServing(run);
                });
        });
}

// Incoming messages: the relay creates their SMS records in the gateways'
// orgs; a message an org could not take is fetched again from its provider
// (the pipeline's credentials) after --retry-every seconds, with backoff.
void EngineCommand::startInbound(const std::shared_ptr<ServeRun> &run, SecretBytes pepper)
{
    const EngineSide &engine = *run->engine;
    auto region = engine.gateways().defaultRegion();
    auto *network = new QNetworkAccessManager(this);
    run->inbound = new InboundRelay(
        { engine.orgs(), engine.gateways(), engine.deliveries() }, *network,
        RecipientHasher(std::move(pepper)), region ? region.value() : QStringLiteral("US"),
        [this, engine](
            const QString &org, std::function<void(Result<SalesforceClient::Login>)> resolved) {
            resolveSalesforceLogin(m_ctx.secrets, engine.orgs(), org, {}, std::move(resolved));
        },
        this);
    SendPipeline *pipeline = run->pipeline;
    Gateways *gateways = &engine.gateways();
    run->inbound->setRefetch([pipeline, gateways](const DeliveryLog::Inbound &pending,
                                 std::function<void(Result<InboundRelay::Message>)> fetched) {
        auto gateway = gateways->find(pending.gateway);
        if (!gateway) {
            fetched(gateway.error());
            return;
        }
        pipeline->fetch(pending.provider, gateway->account, pending.providerMessageId,
            [pending, fetched = std::move(fetched)](Result<SendPipeline::Fetched> got) {
                if (!got) {
                    fetched(got.error());
                    return;
                }
                InboundRelay::Message message;
                message.provider = pending.provider;
                message.providerMessageId = pending.providerMessageId;
                message.from = std::move(got->from);
                message.to = std::move(got->to);
                message.text = std::move(got->text);
                message.media = got->media;
                message.segments = got->segments;
                fetched(std::move(message));
            });
    });
    connect(run->inbound, &InboundRelay::problem, this, [this](const QString &line) {
        m_ctx.err << tr("relayaudit-cli: incoming: %1").arg(line) << Qt::endl;
    });
    run->server->setInbound(run->inbound);
    run->inbound->setFirstRetryMs(qint64(run->retryEverySeconds) * 1000);
    run->inboundRetry = new QTimer(this);
    run->inboundRetry->setInterval(run->retryEverySeconds * 1000);
    connect(run->inboundRetry, &QTimer::timeout, run->inbound, &InboundRelay::retryDue);
    run->inboundRetry->start();
    run->inbound->retryDue(); // what an earlier run left pending
}

void EngineCommand::startServing(const std::shared_ptr<ServeRun> &run)
{
    m_ctx.out << tr("Listening: Twilio status callbacks at %1, Telnyx webhooks at %2. Ctrl-C "
                    "stops.")
                     .arg(run->server->twilioCallbackUrl().toString(),
                         run->server->telnyxWebhookUrl().toString())
              << Qt::endl;
    if (run->inbound)
        m_ctx.out << tr("Incoming messages: Twilio's at %1, Telnyx's message.received at %2.")
                         .arg(run->server->twilioInboundUrl().toString(),
                             run->server->telnyxWebhookUrl().toString())
                  << Qt::endl;
    if (run->intake) {
        QStringList orgs = run->intakeOptions.secrets.keys();
        orgs.sort();
        m_ctx.out << tr("Intake: the package's callout at %1 for %2.")
                         .arg(run->server->intakeUrl().toString(), orgs.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    // The log's retention, hourly: one worker of a deployment purges.
    auto *purge = new QTimer(this);
    purge->setInterval(kPurgeEveryMs);
    connect(purge, &QTimer::timeout, this, [this, run] { purgeOnce(run); });
    purge->start();
    purgeOnce(run);
    if (run->sweep) {
        m_ctx.out << tr("Sweep: every %1 s, each registered org's outgoing records still "
                        "'Queued' after %2 s.")
                         .arg(run->sweepEverySeconds)
                         .arg(run->sweepOlderThanSeconds)
                  << Qt::endl;
        auto *timer = new QTimer(this);
        timer->setInterval(run->sweepEverySeconds * 1000);
        connect(timer, &QTimer::timeout, this, [this, run] { sweepOnce(run); });
        timer->start();
        sweepOnce(run);
    }
    auto *watch = new QTimer(this);
    watch->setInterval(200);
    connect(watch, &QTimer::timeout, this, [this, run, watch] {
        if (!interruptFlag().load())
            return;
        watch->stop();
        // No new callouts or sweeps; the sends under way are logged before
        // the end, or a sweep would send them again.
        run->server->setStopping();
        run->server->setIntake(nullptr);
        run->server->setInbound(nullptr);
        if (run->inboundRetry)
            run->inboundRetry->stop();
        run->allOrgs.clear();
        drain(run);
    });
    watch->start();
}

// Stopping: the incoming messages whose records are being created (their
// texts are in memory only, and their providers were answered 200), then
// the sends under way (logged, or a sweep would send them again).
void EngineCommand::drain(const std::shared_ptr<ServeRun> &run)
{
    if (run->inbound && !run->inbound->idle()) {
        m_ctx.err << tr("Stopping: waiting for the incoming messages under way (Ctrl-C again "
                        "stops at once: they stay pending in the log and are fetched again from "
                        "their providers at the next start)…")
                  << Qt::endl;
        connect(run->inbound, &InboundRelay::settled, this, [this, run] {
            if (run->inbound->idle()) {
                run->inbound->disconnect(this);
                drain(run);
            }
        });
        return;
    }
    if (run->pipeline && run->pipeline->queued() > 0) {
        m_ctx.err << tr("Stopping: waiting for %n send(s) under way (Ctrl-C again stops at "
                        "once: a send not yet logged may then be sent again by the sweep)…",
            nullptr, run->pipeline->queued())
                  << Qt::endl;
        connect(run->pipeline, &SendPipeline::drained, this, [this, run] { stopServing(run); });
        return;
    }
    stopServing(run);
}

// One round of the sweep: what it finds goes into the pipeline (which
// refuses a record sent or being sent already); each problem is said once.
void EngineCommand::sweepOnce(const std::shared_ptr<ServeRun> &run)
{
    if (run->allOrgs.isEmpty() || run->sweep->running())
        return;
    // Every worker sweeps: each record is still sent once (its claim), and
    // each worker's intake learns from its own sweep which gateways their
    // orgs marked Inactive.
    run->sweep->run(run->allOrgs,
        QDateTime::currentDateTimeUtc().addSecs(-run->sweepOlderThanSeconds),
        [this, run](QueuedSweep::Outcome outcome) {
            for (const QString &problem : std::as_const(outcome.problems)) {
                if (!run->reported.contains(problem)) {
                    run->reported.insert(problem);
                    m_ctx.err << tr("relayaudit-cli: sweep: %1").arg(problem) << Qt::endl;
                }
            }
            if (run->allOrgs.isEmpty())
                return; // stopping: nothing new goes out
            if (run->intake) {
                for (auto it = outcome.inactive.begin(); it != outcome.inactive.end(); ++it)
                    run->intake->setInactive(it.key(), std::move(it.value()));
            }
            qint64 sent = 0;
            for (SendPipeline::Request &request : outcome.requests) {
                const QString id = request.smsRecordId;
                auto queued = run->pipeline->send(std::move(request));
                if (queued)
                    ++sent;
                else if (queued.error().code != ErrorCode::AlreadyExists) {
                    // The record stays Queued in its org, and the next
                    // round finds it again: said once.
                    const QString line = tr("relayaudit-cli: sweep: SMS record %1 refused: %2")
                                             .arg(id, errorMessage(queued.error()));
                    if (!run->reported.contains(line)) {
                        run->reported.insert(line);
                        m_ctx.err << line << Qt::endl;
                    }
                }
            }
            run->swept += sent;
            if (sent > 0)
                m_ctx.out << tr(
                    "Sweep: %n queued record(s) the callout missed, sent now.", nullptr, int(sent))
                          << Qt::endl;
        });
}

// Messages past the log's retention, callbacks that never met their
// message, links and clicks past theirs: on a workspace its open does this
// too; on PostgreSQL only this job does, taken by one worker an hour.
void EngineCommand::purgeOnce(const std::shared_ptr<ServeRun> &run)
{
    DeliveryLog &log = run->engine->deliveries();
    auto mine = log.takeJob(QStringLiteral("log-purge"), run->worker, kPurgeEveryMs - 60000);
    if (!mine || !mine.value()) {
        if (!mine)
            m_ctx.err << tr("relayaudit-cli: purge: %1").arg(errorMessage(mine.error()))
                      << Qt::endl;
        return;
    }
    auto messages = log.purgeExpired();
    auto early = log.purgeEarlyEvents();
    auto links = run->engine->links().purgeExpired();
    for (const auto *failed : { &messages, &early, &links }) {
        if (!*failed) {
            m_ctx.err << tr("relayaudit-cli: purge: %1").arg(errorMessage(failed->error()))
                      << Qt::endl;
            return;
        }
    }
    if (messages.value() + early.value() + links.value() > 0)
        logActivity(*run->engine, QStringLiteral("engine.purge"),
            { { QStringLiteral("messages"), messages.value() },
                { QStringLiteral("early_events"), early.value() },
                { QStringLiteral("links"), links.value() } });
}

void EngineCommand::stopServing(const std::shared_ptr<ServeRun> &run)
{
    const StatusServer::Counters c = run->server->counters();
    const SmsIntake::Counters in = run->intake ? run->intake->counters() : SmsIntake::Counters();
    const InboundRelay::Counters ir
        = run->inbound ? run->inbound->counters() : InboundRelay::Counters();
    logActivity(*run->engine, QStringLiteral("engine.serve"),
        { { QStringLiteral("applied"), c.applied }, { QStringLiteral("timeline"), c.timeline },
            { QStringLiteral("unknown"), c.unknown }, { QStringLiteral("rejected"), c.rejected },
            { QStringLiteral("redirects"), c.redirects }, { QStringLiteral("clicks"), c.clicks },
            { QStringLiteral("rate_limited"), c.rateLimited },
            { QStringLiteral("duplicates"), c.duplicates },
            { QStringLiteral("early_refused"), c.earlyRefused },
            { QStringLiteral("early_expired"), c.earlyExpired },
            { QStringLiteral("intake_accepted"), in.accepted },
            { QStringLiteral("intake_duplicates"), in.duplicates },
            { QStringLiteral("intake_refused"), in.refused },
            { QStringLiteral("inbound"), c.inbound },
            { QStringLiteral("inbound_duplicates"), c.inboundDuplicates },
            { QStringLiteral("inbound_created"), ir.created },
            { QStringLiteral("inbound_pending"), ir.deferred },
            { QStringLiteral("inbound_gone"), ir.gone }, { QStringLiteral("swept"), run->swept } });
    m_ctx.out << tr("Stopped: %1 status changes applied, %2 kept in timelines only, %3 "
                    "ahead of their submit (applied when it is logged), "
                    "%4 refused.")
                     .arg(c.applied)
                     .arg(c.timeline)
                     .arg(c.unknown)
                     .arg(c.rejected)
              << Qt::endl;
    m_ctx.out << tr("Short links: %1 followed, %2 clicks recorded, %3 unknown codes, %4 "
                    "refused by the rate limit.")
                     .arg(c.redirects)
                     .arg(c.clicks)
                     .arg(c.linksUnknown)
                     .arg(c.rateLimited)
              << Qt::endl;
    m_ctx.out << tr("Callbacks: %1 replays of an event held already (nothing added), %2 "
                    "ahead of their submit refused because the early events were full "
                    "(503), %3 early events dropped unmatched after a day.")
                     .arg(c.duplicates)
                     .arg(c.earlyRefused)
                     .arg(c.earlyExpired)
              << Qt::endl;
    if (run->intake)
        m_ctx.out << tr("Intake: %1 SMS records taken to send, %2 duplicates of records sent "
                        "already (not sent again), %3 refused.")
                         .arg(in.accepted)
                         .arg(in.duplicates)
                         .arg(in.refused)
                  << Qt::endl;
    if (run->sweep)
        m_ctx.out << tr(
            "Sweep: %n queued record(s) the callout missed, sent.", nullptr, int(run->swept))
                  << Qt::endl;
    if (run->receiving)
        m_ctx.out << tr("Incoming: %1 messages taken, %2 duplicates, %3 SMS records created, %4 "
                        "left pending for the org, %5 given up.")
                         .arg(c.inbound)
                         .arg(c.inboundDuplicates)
                         .arg(ir.created)
                         .arg(ir.deferred)
                         .arg(ir.gone)
                  << Qt::endl;
    finish(ExitOk);
}

} // namespace relay::cli
