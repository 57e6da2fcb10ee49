#pragma once

#include "Command.h"
#include "EnvCredentials.h"
#include "deliveries/DeliveryLog.h"
#include "engine/QueuedSweep.h"
#include "engine/SendPipeline.h"
#include "salesforce/WriteBack.h"

#include <functional>

namespace relay::cli {

// relayaudit-cli engine segments|gateway|region|send|send-batch|serve ...
class EngineCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("engine"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void segments(const QStringList &arguments);
    void gateway(const QStringList &arguments);
    // EngineOrgs.cpp
    void org(const QStringList &arguments);
    void addOrg(const QString &name, const QCommandLineParser &parser,
        const QCommandLineOption &instance, const SalesforceLoginOptions &login);
    void checkOrg(const QString &name, const QString &object);
    void intakeSecret(const QString &name);
    void orgFields(const QString &name, const QList<std::pair<QString, QString>> &values,
        const QStringList &reset);
    void region(const QStringList &arguments);
    void releaseSend(const QStringList &arguments);
    void send(const QStringList &arguments, bool batch);
    static core::Result<QList<core::SendPipeline::Request>> readBatch(const QString &path);
    static core::Result<QString> readText(const QCommandLineParser &parser,
        const QCommandLineOption &text, const QCommandLineOption &textFile);
    // The pipeline's options of `engine send` and `engine send-batch`.
    struct PipelineOptions {
        QCommandLineOption baseUrl { QStringLiteral("base-url"),
            tr("Stand-in for the providers' hosts (e.g. the sandbox)."), QStringLiteral("url") };
        QCommandLineOption callback { QStringLiteral("callback"),
            tr("Where 'engine serve' listens, as the providers reach it (e.g. "
               "http://127.0.0.1:8090)."),
            QStringLiteral("url") };
        QCommandLineOption concurrency { QStringLiteral("concurrency"),
            tr("Submits at once (default 8)."), QStringLiteral("n"), QStringLiteral("8") };
        QCommandLineOption rate { QStringLiteral("rate"),
            tr("Submits per second per gateway (default 10)."), QStringLiteral("n"),
            QStringLiteral("10") };
        QCommandLineOption store = engineStoreOption();
        void addTo(QCommandLineParser &parser) const;
        // All but --callback (engine serve is where the callbacks go).
        void addSendingTo(QCommandLineParser &parser) const;
        // Empty, or the usage error.
        QString read(const QCommandLineParser &parser, core::SendPipeline::Options *options) const;
    };
    // The recipient-hash pepper of the engine's side (Pepper::load: made on
    // first use for a workspace only); on failure reports and finishes.
    void withPepper(const EngineSide &engine, std::function<void(core::SecretBytes)> then);
    void startSending(const EngineSide &engine, const QList<core::SendPipeline::Request> &requests,
        const core::SendPipeline::Options &options, core::SecretBytes pepper);
    // A pipeline with the gateways' provider credentials (the environment,
    // then the keychain); `ready` gets it.
    void makePipeline(const EngineSide &engine, const core::SendPipeline::Options &options,
        core::SecretBytes pepper, const std::function<void(core::SendPipeline *)> &ready);
    void queueSends(const EngineSide &engine, core::SendPipeline *pipeline,
        const QList<core::SendPipeline::Request> &requests);
    void reportOutcome(const core::SendPipeline::Outcome &outcome);
    void finishSending(const EngineSide &engine);
    // EngineServe.cpp
    struct ServeRun;
    void serve(const QStringList &arguments);
    void loadIntakeSecrets(const std::shared_ptr<ServeRun> &run);
    void startIntake(const std::shared_ptr<ServeRun> &run);
    void startInbound(const std::shared_ptr<ServeRun> &run, core::SecretBytes pepper);
    void drain(const std::shared_ptr<ServeRun> &run);
    void startServing(const std::shared_ptr<ServeRun> &run);
    void sweepOnce(const std::shared_ptr<ServeRun> &run);
    void purgeOnce(const std::shared_ptr<ServeRun> &run);
    static constexpr int kPurgeEveryMs = 3600 * 1000;
    void stopServing(const std::shared_ptr<ServeRun> &run);
    // EngineSweep.cpp
    void sweep(const QStringList &arguments);
    // Signs in to each org as engine writeback does (environment, keychain).
    core::QueuedSweep *makeSweep(const EngineSide &engine);
    // EngineWriteBack.cpp
    // "org NAME", or "the default org" for the empty name.
    static QString orgLabel(const QString &org);
    struct WriteBackRun;
    void writeBack(const QStringList &arguments);
    void nextWriteBackOrg(const std::shared_ptr<WriteBackRun> &run);
    void startWriteBack(
        const std::shared_ptr<WriteBackRun> &run, const core::SalesforceWriteBack::Config &config);
    void writeBackOrgFailed(
        const std::shared_ptr<WriteBackRun> &run, const QString &org, const core::Error &error);
    void finishWriteBacks(const WriteBackRun &run);

    QString m_store; // engine org's --store

    struct Sends {
        qint64 total = 0;
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 refused = 0;
    } m_sends;
};

// relayaudit-cli deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)
// [--json]
class DeliveriesCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("deliveries"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void printIncoming(const core::DeliveryLog::Delivery &delivery);
};

// relayaudit-cli hash NUMBER [--region US] [--json]
class HashCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("hash"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace relay::cli
