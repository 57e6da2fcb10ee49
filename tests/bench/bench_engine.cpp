// Benchmark: the send path against the in-process sandbox. Sends N messages
// (default 5,000) through the pipeline (validate, segment, hash, submit over
// HTTP, log), then measures status callbacks verified (X-Twilio-Signature /
// Ed25519) and applied to the delivery log per second, and the write-back
// to the sandbox's Salesforce. Prints figures; asserts nothing about speed.
//
//   bench_engine [messages=5000]
#include "BenchSupport.h"
#include "Clock.h"
#include "deliveries/DeliveryLog.h"
#include "engine/SendPipeline.h"
#include "engine/StatusServer.h"
#include "salesforce/WriteBack.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

#include <sodium.h>

using namespace relay::core;

namespace {

void spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    QTemporaryDir tmp;
    SystemClock clock;
    auto ws = Workspace::create(tmp.filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        SecretBytes::random(kKeySize), clock);
    if (!ws)
        return 1;
    Workspace &workspace = *ws.value();
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    (void)workspace.gateways().add(
        { QStringLiteral("+15550100001"), QStringLiteral("twilio"), account, {} });
    (void)workspace.gateways().add(
        { QStringLiteral("+15550100002"), QStringLiteral("telnyx"), {}, {} });

    sandbox::SandboxServer sandbox(1, 10, QDate(2026, 11, 1), QDate(2026, 11, 2));
    sandbox::SandboxMessages::Behaviour quick;
    quick.minDelayMs = 0;
    quick.maxDelayMs = 5;
    sandbox.messages().setBehaviour(quick);
    sandbox.start();
    StatusServer::Options serverOptions;
    serverOptions.twilioTokens.insert(account,
        std::make_shared<SecretBytes>(
            SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken())));
    serverOptions.telnyxPublicKey = sandbox::SandboxMessages::telnyxPublicKey();
    StatusServer server(workspace.deliveries(), workspace.links(), serverOptions);
    server.start(QHostAddress::LocalHost);

    QNetworkAccessManager network;
    SendPipeline::Options options;
    options.baseUrl = QUrl(sandbox.baseUrl());
    options.twilioStatusCallback = server.twilioCallbackUrl();
    options.telnyxWebhook = server.telnyxWebhookUrl();
    options.concurrency = 32;
    options.perGatewayPerSecond = 1000;
    SendPipeline pipeline({ workspace.gateways(), workspace.deliveries(), workspace.links() },
        network, RecipientHasher(SecretBytes::random(32)), options);
    ProviderCredentials twilio;
    twilio.user = account;
    twilio.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    pipeline.setTwilioCredentials(account, std::move(twilio));
    pipeline.setTelnyxKey(SecretBytes::fromUtf8(sandbox::SandboxServer::telnyxApiKey()));

    int finished = 0;
    QObject::connect(&pipeline, &SendPipeline::finished,
        [&finished](const SendPipeline::Outcome &) { ++finished; });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < messages; ++i) {
        (void)pipeline.send(
            { i % 2 ? QStringLiteral("+15550100001") : QStringLiteral("+15550100002"),
                QStringLiteral("+1202555%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                QStringLiteral("Your code is %1. Reply STOP to opt out.").arg(i), {},
                QStringLiteral("a0B%1").arg(i, 12, 10, QLatin1Char('0')), QStringLiteral("bench"),
                Channel::Sms });
    }
    const double queued = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    spinUntil([&] { return finished == messages; }, 600000);
    const double sent = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("validate + segment + hash + queue: %d messages in %.0f ms (%.0f/s)\n", messages,
        queued, messages / (queued / 1000.0));
    std::printf("sends (HTTP submit + log), end to end: %d in %.2f s = %.0f sends/s\n", messages,
        sent, messages / sent);

    const auto finals = [&] {
        auto n = workspace.database().queryInt(
            QStringLiteral("SELECT count(*) FROM delivery WHERE status_rank >= 6"));
        return n ? n.value() : 0;
    };
    spinUntil([&] { return finals() == messages; }, 600000);
    const double all = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const StatusServer::Counters c = server.counters();
    const qint64 callbacks = c.applied + c.timeline + c.unknown;
    std::printf("status callbacks verified and applied: %lld (%lld advanced, %lld timeline only, "
                "%lld ahead of their submit, %lld refused); "
                "all %d final after %.2f s = %.0f callbacks/s over the run\n",
        static_cast<long long>(callbacks), static_cast<long long>(c.applied),
        static_cast<long long>(c.timeline), static_cast<long long>(c.unknown),
        static_cast<long long>(c.rejected), messages, all, callbacks / all);

    SalesforceWriteBack::Config config;
    config.login = sandbox.salesforceLogin();
    SalesforceWriteBack writeBack(workspace.deliveries(), network, config);
    bool done = false;
    QObject::connect(&writeBack, &SalesforceWriteBack::finished,
        [&done](bool, const QString &) { done = true; });
    timer.start();
    writeBack.run();
    spinUntil([&] { return done; }, 600000);
    const double wb = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("Salesforce write-back: %lld records in %lld requests, %.2f s = %.0f records/s\n",
        static_cast<long long>(writeBack.totals().written),
        static_cast<long long>(writeBack.totals().requests), wb,
        static_cast<double>(writeBack.totals().written) / wb);
    std::printf("peak RSS: %.0f MiB\n", relay::bench::peakRssMiB());
    return 0;
}
