#include "EngineCommands.h"

#include "Csv.h"
#include "EnvCredentials.h"
#include "Interrupt.h"
#include "ReadLimited.h"
#include "deliveries/DeliveryLog.h"
#include "engine/EngineStore.h"
#include "engine/SendPipeline.h"
#include "messages/Segments.h"
#include "privacy/ProviderKeychain.h"
#include "privacy/RecipientHash.h"
#include "providers/ErrorCatalog.h"
#include "salesforce/WriteBack.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace relay::cli {

using namespace relay::core;

namespace {

QJsonArray charactersJson(const QList<SegmentCount::Character> &characters)
{
    QJsonArray array;
    for (const auto &c : characters) {
        array.append(QJsonObject { { QStringLiteral("character"), c.text },
            { QStringLiteral("codepoint"),
                QStringLiteral("U+%1").arg(c.codePoint, 4, 16, QLatin1Char('0')).toUpper() },
            { QStringLiteral("index"), c.index } });
    }
    return array;
}

QString describeCharacters(const QList<SegmentCount::Character> &characters, int total)
{
    QStringList parts;
    for (const auto &c : characters) {
        const QString shown = c.text.at(0).isPrint() ? c.text : QString();
        parts << QStringLiteral("%1U+%2 at %3")
                     .arg(shown.isEmpty() ? QString()
                                          : QLatin1Char('\'') + shown + QStringLiteral("' "))
                     .arg(c.codePoint, 4, 16, QLatin1Char('0'))
                     .arg(c.index);
    }
    if (total > characters.size())
        parts << EngineCommand::tr(
            "and %n more", nullptr, static_cast<int>(total - characters.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString EngineCommand::summary() const
{
    return tr("The messaging engine: gateways, sends, status callbacks, segment counts.");
}

void EngineCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("segments")) {
        segments(arguments.mid(1));
    } else if (action == QLatin1String("gateway")) {
        gateway(arguments.mid(1));
    } else if (action == QLatin1String("org")) {
        org(arguments.mid(1));
    } else if (action == QLatin1String("region")) {
        region(arguments.mid(1));
    } else if (action == QLatin1String("send") || action == QLatin1String("send-batch")) {
        send(arguments.mid(1), action == QLatin1String("send-batch"));
    } else if (action == QLatin1String("serve")) {
        serve(arguments.mid(1));
    } else if (action == QLatin1String("writeback")) {
        writeBack(arguments.mid(1));
    } else if (action == QLatin1String("sweep")) {
        sweep(arguments.mid(1));
    } else if (action == QLatin1String("release-send")) {
        releaseSend(arguments.mid(1));
    } else if (action.isEmpty() || action == QLatin1String("--help")
        || action == QLatin1String("-h")) {
        m_ctx.out << tr(
            "Usage: relayaudit-cli engine <action> [options]\n\n"
            "Actions:\n"
            "  segments    How many SMS segments a text takes, and why.\n"
            "  gateway     Add, list or remove the sending gateways the engine may use.\n"
            "  org         Add, list, check or remove the client orgs the engine works for.\n"
            "  region      Show or set the default region for numbers without a country code.\n"
            "  release-send  Let a send whose worker stopped mid-submit be sent again.\n"
            "  send        Send one message through the pipeline.\n"
            "  send-batch  Send every row of a CSV file through the pipeline.\n"
            "  serve       Receive the providers' signed status callbacks.\n"
            "  sweep       Send the SMS records each org still holds as Queued that the log "
            "lacks.\n"
            "  writeback   Write pending delivery statuses back to the SMS records in "
            "Salesforce.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else {
        usageError(tr("unknown engine action '%1'").arg(action));
    }
}

// A worker that stopped while it submitted a message leaves its claim
// "submitting": the provider may or may not have the message, and the
// record is never sent again by itself. A person who checked the
// provider's log lets it go.
void EngineCommand::releaseSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lets an SMS record whose send is uncertain (a worker stopped while submitting it) "
           "be sent again by the next sweep or callout. First check the provider's log: if the "
           "provider has the message, do not release it. --list shows the uncertain sends."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The SMS record id."), tr("[id]"));
    const QCommandLineOption listOption(QStringLiteral("list"),
        tr("List the uncertain sends instead (org, SMS record id, since)."));
    const QCommandLineOption orgOption(QStringLiteral("org"),
        tr("The record's org (default: the default org)."), QStringLiteral("name"));
    const QCommandLineOption storeOption = engineStoreOption();
    parser.addOptions({ orgOption, storeOption, listOption });
    if (!parse(parser, arguments))
        return;
    if (parser.isSet(listOption)) {
        withEngine(parser.value(storeOption), [this](const EngineSide &engine) {
            auto uncertain = engine.deliveries().uncertainSends();
            if (!uncertain) {
                fail(uncertain.error());
                return;
            }
            if (m_ctx.json) {
                QJsonArray array;
                for (const DeliveryLog::UncertainSend &u : std::as_const(uncertain.value()))
                    array.append(QJsonObject { { QStringLiteral("org"), u.org },
                        { QStringLiteral("sms_record_id"), u.smsRecordId },
                        { QStringLiteral("since"), isoUtc(u.since) } });
                printJson(array);
            } else if (uncertain->isEmpty()) {
                m_ctx.out << tr("No uncertain sends.") << Qt::endl;
            } else {
                for (const DeliveryLog::UncertainSend &u : std::as_const(uncertain.value()))
                    m_ctx.out << tr("SMS record %1 of %2: submit started %3 by a worker that "
                                    "stopped")
                                     .arg(u.smsRecordId, orgLabel(u.org), isoUtc(u.since))
                              << Qt::endl;
            }
            finish(ExitOk);
        });
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("engine release-send takes one SMS record id"));
        return;
    }
    const QString id = parser.positionalArguments().constFirst();
    const QString org = parser.value(orgOption);
    withEngine(parser.value(storeOption), [this, id, org](const EngineSide &engine) {
        auto released = engine.deliveries().releaseUncertainSend(org, id);
        if (!released) {
            fail(released.error());
            return;
        }
        if (released.value() == 0) {
            fail(makeError(ErrorCode::NotFound,
                tr("SMS record %1 of %2 has no uncertain send: nothing to release")
                    .arg(id, orgLabel(org))));
            return;
        }
        logActivity(engine, QStringLiteral("engine.release-send"),
            { { QStringLiteral("org"), org }, { QStringLiteral("sms_record_id"), id } });
        m_ctx.out << tr("Released SMS record %1 of %2: the next sweep or callout sends it.")
                         .arg(id, orgLabel(org))
                  << Qt::endl;
        finish(ExitOk);
    });
}

void EngineCommand::segments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Counts the SMS segments of a text as providers bill them: GSM-7 (160 "
           "characters, 153 per part; extension characters cost two) or UCS-2 (70, 67 "
           "per part) when any character is outside GSM-7. Shows which characters forced "
           "UCS-2 or cost two. The text is not stored or logged."));
    const QCommandLineOption text(QStringLiteral("text"), tr("The text."), QStringLiteral("text"));
    const QCommandLineOption file(QStringLiteral("text-file"),
        tr("Read the text from a file (UTF-8)."), QStringLiteral("file"));
    parser.addOptions({ text, file });
    if (!parse(parser, arguments))
        return;
    if (parser.isSet(text) == parser.isSet(file)) {
        usageError(tr("engine segments needs exactly one of --text and --text-file"));
        return;
    }
    QString body;
    if (parser.isSet(text)) {
        body = parser.value(text);
    } else {
        QFile in(parser.value(file));
        if (!in.open(QIODevice::ReadOnly)) {
            fail(makeError(
                ErrorCode::Io, parser.value(file) + QStringLiteral(": ") + in.errorString()));
            return;
        }
        const QByteArray bytes = in.read(1 << 20);
        body = QString::fromUtf8(bytes);
        if (body.toUtf8() != bytes) {
            fail(makeError(
                ErrorCode::InvalidInput, parser.value(file) + QStringLiteral(": not UTF-8 text")));
            return;
        }
    }
    const SegmentCount count = SegmentCount::of(body);
    if (m_ctx.json) {
        QJsonArray parts;
        for (int units : count.unitsPerSegment)
            parts.append(units);
        printJson(QJsonObject {
            { QStringLiteral("encoding"), SegmentCount::encodingName(count.encoding) },
            { QStringLiteral("segments"), count.segments },
            { QStringLiteral("units"), count.units }, { QStringLiteral("unitsPerSegment"), parts },
            { QStringLiteral("forcedUcs2"), charactersJson(count.forcedUcs2) },
            { QStringLiteral("forcedUcs2Total"), count.forcedUcs2Total },
            { QStringLiteral("costTwo"), charactersJson(count.costTwo) },
            { QStringLiteral("costTwoTotal"), count.costTwoTotal } });
        finish(ExitOk);
        return;
    }
    const bool gsm = count.encoding == SegmentCount::Encoding::Gsm7;
    m_ctx.out << tr("Encoding: %1").arg(SegmentCount::encodingName(count.encoding)) << '\n';
    m_ctx.out << tr("Segments: %1").arg(count.segments) << '\n';
    QStringList parts;
    for (int units : count.unitsPerSegment)
        parts << QString::number(units);
    m_ctx.out << (gsm
            ? tr(
                "Septets: %1 (parts: %2; a single part holds %3, each part of a longer message %4)")
            : tr("UTF-16 units: %1 (parts: %2; a single part holds %3, each part of a longer "
                 "message %4)"))
                     .arg(count.units)
                     .arg(parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" + ")))
                     .arg(gsm ? SegmentCount::kSingleGsm : SegmentCount::kSingleUcs2)
                     .arg(gsm ? SegmentCount::kPartGsm : SegmentCount::kPartUcs2)
              << '\n';
    if (!gsm) {
        m_ctx.out << tr("Forced UCS-2 (not in GSM-7): %1")
                         .arg(describeCharacters(count.forcedUcs2, count.forcedUcs2Total))
                  << '\n';
    }
    if (count.costTwoTotal > 0) {
        m_ctx.out << tr("Cost two septets (GSM-7 extension table): %1")
                         .arg(describeCharacters(count.costTwo, count.costTwoTotal))
                  << '\n';
    }
    finish(ExitOk);
}

void EngineCommand::gateway(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] "
           "[--org NAME --record-id ID]\n"
           "engine gateway list\nengine gateway remove ADDRESS\n"
           "The client's sending numbers (E.164, short codes, whatsapp:+…) and the provider "
           "details the engine sends them with; each may belong to a client org ('engine org "
           "add') and name its Gateway record there."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or remove"));
    const QCommandLineOption provider(
        QStringLiteral("provider"), tr("twilio or telnyx"), QStringLiteral("provider"));
    const QCommandLineOption account(QStringLiteral("account"),
        tr("Twilio Account SID; Telnyx messaging profile id."), QStringLiteral("id"));
    const QCommandLineOption service(QStringLiteral("service"),
        tr("Twilio messaging service to send through."), QStringLiteral("sid"));
    const QCommandLineOption org(QStringLiteral("org"),
        tr("The client org the gateway belongs to ('engine org add')."), QStringLiteral("name"));
    const QCommandLineOption recordId(QStringLiteral("record-id"),
        tr("Its Gateway record in that org (a0G…)."), QStringLiteral("id"));
    const QCommandLineOption storeOption = engineStoreOption();
    parser.addOptions({ provider, account, service, org, recordId, storeOption });
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list")
        && action != QLatin1String("remove")) {
        usageError(tr("engine gateway takes add, list or remove"));
        return;
    }
    if (action != QLatin1String("list") && positional.size() != 2) {
        usageError(tr("engine gateway %1 takes one gateway address").arg(action));
        return;
    }
    const Gateways::Gateway gateway { positional.value(1), parser.value(provider),
        parser.value(account), parser.value(service), parser.value(org), parser.value(recordId) };
    withEngine(parser.value(storeOption), [this, action, gateway](const EngineSide &engine) {
        Gateways &gateways = engine.gateways();
        if (action == QLatin1String("list")) {
            auto all = gateways.list();
            if (!all) {
                fail(all.error());
                return;
            }
            if (m_ctx.json) {
                QJsonArray array;
                for (const auto &g : all.value()) {
                    array.append(QJsonObject { { QStringLiteral("address"), g.address },
                        { QStringLiteral("provider"), g.provider },
                        { QStringLiteral("account"), g.account },
                        { QStringLiteral("service"),
                            g.messagingService.isEmpty() ? QJsonValue()
                                                         : QJsonValue(g.messagingService) },
                        { QStringLiteral("org"),
                            g.org.isEmpty() ? QJsonValue() : QJsonValue(g.org) },
                        { QStringLiteral("recordId"),
                            g.recordId.isEmpty() ? QJsonValue() : QJsonValue(g.recordId) } });
                }
                printJson(array);
            } else if (all->isEmpty()) {
                m_ctx.out << tr("No gateways. Add one with 'engine gateway add ADDRESS --provider "
                                "twilio --account AC…'.")
                          << Qt::endl;
            } else {
                for (const auto &g : all.value())
                    m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                                     .arg(g.address, -24)
                                     .arg(g.provider, -7)
                                     .arg(g.account, -34)
                                     .arg(g.messagingService, -34)
                                     .arg(g.org, -16)
                                     .arg(g.recordId)
                                     .trimmed()
                                     .append(QLatin1Char('\n'));
            }
            finish(ExitOk);
            return;
        }
        const Status status = action == QLatin1String("add") ? gateways.add(gateway)
                                                             : gateways.remove(gateway.address);
        if (!status) {
            if (status.error().code == ErrorCode::InvalidInput)
                usageError(status.error().detail);
            else
                fail(status.error());
            return;
        }
        logActivity(engine, QStringLiteral("engine.gateway"),
            { { QStringLiteral("action"), action },
                { QStringLiteral("provider"), gateway.provider } });
        m_ctx.out << (action == QLatin1String("add") ? tr("Added gateway %1.")
                                                     : tr("Removed gateway %1."))
                         .arg(gateway.address)
                  << Qt::endl;
        finish(ExitOk);
    });
}

void EngineCommand::region(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows, or sets, the region numbers without a country code are read in (US, GB, …)."));
    parser.addPositionalArgument(
        QStringLiteral("code"), tr("A region code."), QStringLiteral("[code]"));
    const QCommandLineOption storeOption = engineStoreOption();
    parser.addOption(storeOption);
    if (!parse(parser, arguments))
        return;
    const QString code = parser.positionalArguments().value(0);
    withEngine(parser.value(storeOption), [this, code](const EngineSide &engine) {
        if (!code.isEmpty()) {
            if (auto status = engine.gateways().setDefaultRegion(code); !status) {
                usageError(status.error().detail);
                return;
            }
            logActivity(engine, QStringLiteral("engine.region"),
                { { QStringLiteral("region"), code.toUpper() } });
        }
        auto current = engine.gateways().defaultRegion();
        if (!current) {
            fail(current.error());
            return;
        }
        m_ctx.out << current.value() << Qt::endl;
        finish(ExitOk);
    });
}

namespace {

// 64 MiB is about 250,000 rows; more is refused before it is read.
constexpr qint64 kMaxBatchBytes = qint64 { 64 } << 20;

SendPipeline::Request request(const QString &gateway, const QString &to, const QString &text,
    const QString &source, const QString &smsRecord, const QString &batch)
{
    SendPipeline::Request r { gateway, to, text, source, smsRecord, batch, Channel::Sms };
    if (r.gateway.startsWith(QLatin1String("whatsapp:")))
        r.channel = Channel::WhatsApp;
    return r;
}

} // namespace

// A send batch: a CSV file with the header gateway,to,sms_record_id,text
// (batch_id and source_record_id optional), one message a row.
Result<QList<SendPipeline::Request>> EngineCommand::readBatch(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + file.errorString());
    // At most one byte past the cap is read: a pipe has no size to check first.
    const QByteArray bytes
        = file.size() > kMaxBatchBytes ? QByteArray() : readLimited(file, kMaxBatchBytes);
    if (file.size() > kMaxBatchBytes || bytes.size() > kMaxBatchBytes) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1: %2 MiB is more than a send batch can be (%3 MiB); split it")
                .arg(path)
                .arg(static_cast<double>(qMax(file.size(), bytes.size())) / (1 << 20), 0, 'f', 1)
                .arg(kMaxBatchBytes >> 20));
    }
    auto rows = parseCsv(QString::fromUtf8(bytes));
    if (!rows || rows->isEmpty())
        return makeError(ErrorCode::InvalidInput,
            path + QStringLiteral(": ") + (rows ? QStringLiteral("empty") : rows.error().detail));
    const QStringList header = rows->first().fields;
    for (const char *column : { "gateway", "to", "sms_record_id", "text" }) {
        if (!header.contains(QLatin1String(column)))
            return makeError(ErrorCode::InvalidInput,
                path + QStringLiteral(": no '%1' column in the header").arg(QLatin1String(column)));
    }
    const auto at = [&header](const QStringList &row, const char *name) {
        const qsizetype i = header.indexOf(QLatin1String(name));
        return i >= 0 ? row.value(i) : QString();
    };
    QList<SendPipeline::Request> requests;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList &row = rows->at(r).fields;
        if (row.size() != header.size()) {
            return makeError(ErrorCode::InvalidInput,
                path
                    + QStringLiteral(": row %1 (line %2) has %3 fields, the header %4")
                          .arg(r + 1)
                          .arg(rows->at(r).line)
                          .arg(row.size())
                          .arg(header.size()));
        }
        requests.append(request(at(row, "gateway"), at(row, "to"), at(row, "text"),
            at(row, "source_record_id"), at(row, "sms_record_id"), at(row, "batch_id")));
    }
    return requests;
}

// The text of `engine send`: --text, --text-file or standard input.
Result<QString> EngineCommand::readText(const QCommandLineParser &parser,
    const QCommandLineOption &text, const QCommandLineOption &textFile)
{
    if (parser.isSet(text) && !parser.isSet(textFile))
        return parser.value(text);
    QFile in;
    const bool opened = parser.isSet(textFile)
        ? (in.setFileName(parser.value(textFile)), in.open(QIODevice::ReadOnly))
        : in.open(stdin, QIODevice::ReadOnly);
    if (!opened)
        return makeError(ErrorCode::Io, tr("cannot read the text: %1").arg(in.errorString()));
    QString body = QString::fromUtf8(in.read(64 * 1024));
    if (!parser.isSet(textFile) && body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    return body;
}

void EngineCommand::send(const QStringList &arguments, bool batch)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        batch ? tr(
            "Sends every row of a CSV file (header: "
            "gateway,to,sms_record_id,batch_id,source_record_id,text) "
            "through the pipeline. Recipients and texts are used for the send and kept nowhere.")
              : tr("Sends one message through the pipeline: validate, count segments, hash the "
                   "recipient, submit, log. "
                   "The recipient, the text and the source record id are kept nowhere. The text "
                   "comes from --text, "
                   "--text-file or standard input."));
    const QCommandLineOption gatewayOption(
        QStringLiteral("gateway"), tr("The sending gateway."), QStringLiteral("address"));
    const QCommandLineOption to(QStringLiteral("to"),
        tr("The recipient (E.164, national, or whatsapp:+…)."), QStringLiteral("number"));
    const QCommandLineOption smsRecord(
        QStringLiteral("sms-record"), tr("The Salesforce SMS record id."), QStringLiteral("id"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"), tr("The batch group id."), QStringLiteral("id"));
    const QCommandLineOption source(QStringLiteral("source-record"),
        tr("The Salesforce record it was sent from (not kept)."), QStringLiteral("id"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The text."), QStringLiteral("text"));
    const QCommandLineOption textFile(
        QStringLiteral("text-file"), tr("Read the text from a file."), QStringLiteral("file"));
    const PipelineOptions pipelineOptions;
    if (batch)
        parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    else
        parser.addOptions({ gatewayOption, to, smsRecord, batchOption, source, text, textFile });
    pipelineOptions.addTo(parser);
    if (!parse(parser, arguments))
        return;

    QList<SendPipeline::Request> requests;
    if (batch) {
        if (parser.positionalArguments().size() != 1) {
            usageError(tr("engine send-batch takes one CSV file"));
            return;
        }
        auto read = readBatch(parser.positionalArguments().first());
        if (!read) {
            fail(read.error());
            return;
        }
        requests = read.value();
    } else {
        for (const QCommandLineOption *required : { &gatewayOption, &to, &smsRecord }) {
            if (parser.value(*required).isEmpty()) {
                usageError(tr("engine send needs --%1").arg(required->names().first()));
                return;
            }
        }
        if (parser.isSet(text) && parser.isSet(textFile)) {
            usageError(tr("give the text once: --text or --text-file"));
            return;
        }
        auto body = readText(parser, text, textFile);
        if (!body) {
            fail(body.error());
            return;
        }
        requests.append(request(parser.value(gatewayOption), parser.value(to), body.value(),
            parser.value(source), parser.value(smsRecord), parser.value(batchOption)));
    }
    SendPipeline::Options options;
    if (const QString error = pipelineOptions.read(parser, &options); !error.isEmpty()) {
        usageError(error);
        return;
    }
    withEngine(
        parser.value(pipelineOptions.store), [this, requests, options](const EngineSide &engine) {
            withPepper(engine, [this, engine, requests, options](SecretBytes pepper) {
                startSending(engine, requests, options, std::move(pepper));
            });
        });
}

void EngineCommand::PipelineOptions::addTo(QCommandLineParser &parser) const
{
    addSendingTo(parser);
    parser.addOption(callback);
}

void EngineCommand::PipelineOptions::addSendingTo(QCommandLineParser &parser) const
{
    parser.addOptions({ baseUrl, concurrency, rate, store });
}

QString EngineCommand::PipelineOptions::read(
    const QCommandLineParser &parser, SendPipeline::Options *options) const
{
    if (parser.isSet(baseUrl))
        options->baseUrl = QUrl(parser.value(baseUrl));
    if (parser.optionNames().contains(callback.names().constFirst())) {
        const QUrl base(parser.value(callback));
        if (!base.isValid()
            || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
            return tr("--callback takes an http(s) URL, not '%1'").arg(parser.value(callback));
        options->twilioStatusCallback = base.resolved(QUrl(QStringLiteral("twilio/status")));
        options->telnyxWebhook = base.resolved(QUrl(QStringLiteral("telnyx/webhook")));
    }
    options->concurrency = qBound(1, parser.value(concurrency).toInt(), 64);
    options->perGatewayPerSecond = qBound(1, parser.value(rate).toInt(), 1000);
    return {};
}

void EngineCommand::withPepper(const EngineSide &engine, std::function<void(SecretBytes)> then)
{
    auto owner = engine.pepperOwner();
    if (!owner) {
        fail(owner.error());
        return;
    }
    Pepper::load(m_ctx.secrets, owner.value(), engine.mayCreatePepper(),
        [this, engine, then = std::move(then)](Result<SecretBytes> pepper) {
            if (pepper) {
                then(std::move(pepper.value()));
                return;
            }
            Error error = pepper.error();
            if (!engine.mayCreatePepper())
                error.detail += tr("; every worker of a deployment hashes with the same pepper: "
                                   "give it as RELAYAUDIT_PEPPER_FILE (a 0600 file of 64 hex "
                                   "digits) or RELAYAUDIT_PEPPER");
            fail(error);
        });
}

void EngineCommand::startSending(const EngineSide &engine,
    const QList<SendPipeline::Request> &requests, const SendPipeline::Options &options,
    SecretBytes pepper)
{
    makePipeline(
        engine, options, std::move(pepper), [this, engine, requests](SendPipeline *pipeline) {
            queueSends(engine, pipeline, requests);
        });
}

void EngineCommand::makePipeline(const EngineSide &engine, const SendPipeline::Options &options,
    SecretBytes pepper, const std::function<void(SendPipeline *)> &ready)
{
    auto *network = new QNetworkAccessManager(this);
    auto *pipeline = new SendPipeline({ engine.gateways(), engine.deliveries(), engine.links() },
        *network, RecipientHasher(std::move(pepper)), options, this);
    // Credentials: the environment for its account, else the keychain.
    auto gateways = engine.gateways().list();
    if (!gateways) {
        fail(gateways.error());
        return;
    }
    for (const auto &g : gateways.value()) {
        if (g.provider == QLatin1String("telnyx") && !pipeline->hasTelnyxKey()) {
            if (auto key = credentialsFromEnvironment(ProviderKind::Telnyx, nullptr))
                pipeline->setTelnyxKey(std::move(key->secret));
        } else if (g.provider == QLatin1String("twilio")
            && !pipeline->hasTwilioCredentials(g.account)) {
            QString name = g.account;
            if (auto env = credentialsFromEnvironment(ProviderKind::Twilio, &name))
                pipeline->setTwilioCredentials(g.account, std::move(env.value()));
        }
    }
    // The keychain for what the environment did not cover; a gateway with
    // neither fails its sends with the provider's 401.
    pipeline->loadCredentials(m_ctx.secrets, [this, pipeline, ready](const QStringList &missing) {
        for (const QString &what : missing)
            m_ctx.err << tr("warning: no credentials for %1 in the environment or the "
                            "keychain; its sends will be refused")
                             .arg(what)
                      << Qt::endl;
        ready(pipeline);
    });
}

void EngineCommand::queueSends(
    const EngineSide &engine, SendPipeline *pipeline, const QList<SendPipeline::Request> &requests)
{
    m_sends = { static_cast<qint64>(requests.size()), 0, 0, 0 };
    connect(pipeline, &SendPipeline::finished, this, &EngineCommand::reportOutcome);
    for (const SendPipeline::Request &request : requests) {
        auto queued = pipeline->send(request);
        if (!queued) {
            ++m_sends.refused;
            m_ctx.err << tr("SMS record %1 refused: %2")
                             .arg(request.smsRecordId, errorMessage(queued.error()))
                      << Qt::endl;
            continue;
        }
        for (const QString &warning : queued.value())
            m_ctx.err << tr("SMS record %1: warning: %2").arg(request.smsRecordId, warning)
                      << Qt::endl;
    }
    if (pipeline->queued() == 0)
        finishSending(engine);
    else
        connect(pipeline, &SendPipeline::drained, this, [this, engine] { finishSending(engine); });
}

void EngineCommand::reportOutcome(const SendPipeline::Outcome &outcome)
{
    ++(outcome.ok ? m_sends.sent : m_sends.failed);
    const bool one = m_sends.total == 1;
    // A batch reports progress on stderr every 250 messages.
    const qint64 done = m_sends.sent + m_sends.failed;
    if (!one && done % 250 == 0 && done < m_sends.total)
        m_ctx.err << tr("%1 of %2 submitted…").arg(done).arg(m_sends.total) << Qt::endl;
    const auto orNull
        = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    if (one && m_ctx.json) {
        printJson(QJsonObject { { QStringLiteral("sms_record_id"), outcome.smsRecordId },
            { QStringLiteral("ok"), outcome.ok },
            { QStringLiteral("provider_message_id"), outcome.providerMessageId },
            { QStringLiteral("status"), outcome.status },
            { QStringLiteral("segments"), outcome.segments },
            { QStringLiteral("error"), orNull(outcome.error) },
            { QStringLiteral("warning"), orNull(outcome.warning) } });
    } else if (one && outcome.ok && outcome.providerMessageId.isEmpty()) {
        m_ctx.out << tr(
            "Sent SMS record %1 (%2, %n segment(s)); warning: %3", nullptr, outcome.segments)
                         .arg(outcome.smsRecordId, outcome.status, outcome.warning)
                  << Qt::endl;
    } else if (one) {
        m_ctx.out << (outcome.ok
                ? tr("Sent SMS record %1 as %2 (%3, %n segment(s)).", nullptr, outcome.segments)
                      .arg(outcome.smsRecordId, outcome.providerMessageId, outcome.status)
                : tr("SMS record %1 not sent: %2").arg(outcome.smsRecordId, outcome.error))
                  << Qt::endl;
    } else if (!outcome.ok) {
        m_ctx.err << tr("SMS record %1 not sent: %2").arg(outcome.smsRecordId, outcome.error)
                  << Qt::endl;
    } else if (!outcome.warning.isEmpty()) {
        m_ctx.err << tr("SMS record %1: warning: %2").arg(outcome.smsRecordId, outcome.warning)
                  << Qt::endl;
    }
}

void EngineCommand::finishSending(const EngineSide &engine)
{
    const qint64 failed = m_sends.failed + m_sends.refused;
    logActivity(engine, QStringLiteral("engine.send"),
        { { QStringLiteral("messages"), m_sends.total }, { QStringLiteral("sent"), m_sends.sent },
            { QStringLiteral("failed"), failed } });
    if (m_sends.total > 1 && m_ctx.json) {
        printJson(QJsonObject { { QStringLiteral("messages"), m_sends.total },
            { QStringLiteral("sent"), m_sends.sent }, { QStringLiteral("failed"), failed } });
    } else if (m_sends.total > 1) {
        m_ctx.out << tr("Sent %1 of %2 messages; %3 failed or refused.")
                         .arg(m_sends.sent)
                         .arg(m_sends.total)
                         .arg(failed)
                  << Qt::endl;
    }
    finish(failed == 0 ? ExitOk : ExitFailure);
}

// An incoming message as `deliveries find` prints it: the record the engine
// created for it (or why not yet), the gateway, the sender's hash.
void DeliveriesCommand::printIncoming(const DeliveryLog::Delivery &d)
{
    m_ctx.out << tr("Incoming to gateway %1  %2 %3  SMS record %4")
                     .arg(d.gateway, d.provider, d.providerMessageId,
                         d.smsRecordId.isEmpty() ? tr("(not created)") : d.smsRecordId);
    if (!d.org.isEmpty())
        m_ctx.out << tr("  org %1").arg(d.org);
    m_ctx.out << '\n';
    const QString state = d.writeBack == DeliveryLog::WriteBack::Written ? tr("created")
        : d.writeBack == DeliveryLog::WriteBack::Failed                  ? tr("given up")
                                                                         : tr("pending");
    m_ctx.out << tr("  received %1; record %2; sender %3")
                     .arg(d.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz'Z'")), state,
                         d.recipientHash.left(19) + QStringLiteral("…"))
              << '\n';
    if (!d.writeBackError.isEmpty())
        m_ctx.out << tr("  not created (%n attempt(s)): %1", nullptr, d.writeBackAttempts)
                         .arg(d.writeBackError)
                  << '\n';
}

QString DeliveriesCommand::summary() const
{
    return tr("Find logged deliveries by SMS record, provider message, batch or recipient number "
              "(hashed).");
}

void DeliveriesCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)\n"
           "Shows each delivery's status timeline, error code, segments and write-back "
           "state, outgoing messages and incoming ones (replies, with the SMS record the "
           "engine created for each). A phone number is normalised and hashed in memory; the "
           "log is searched by the hash (a recipient's, or a reply's sender's) and the number "
           "is kept nowhere."));
    parser.addPositionalArgument(QStringLiteral("find"), tr("The action."));
    const QCommandLineOption smsRecord(
        QStringLiteral("sms-record"), tr("A Salesforce SMS record id."), QStringLiteral("id"));
    const QCommandLineOption providerId(
        QStringLiteral("provider-id"), tr("A provider message id."), QStringLiteral("id"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), tr("A batch group id."), QStringLiteral("id"));
    const QCommandLineOption phone(QStringLiteral("phone"),
        tr("A recipient's or a sender's number."), QStringLiteral("number"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("Show at most this many deliveries (default 1000; 0 shows all)."), QStringLiteral("n"),
        QStringLiteral("1000"));
    const QCommandLineOption store = storeOption();
    parser.addOptions({ smsRecord, providerId, batch, phone, limitOption, store });
    if (!parse(parser, arguments))
        return;
    const QString dsn = parser.value(store);
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 0) {
        usageError(tr("--limit takes a whole number of deliveries, 0 for all, not '%1'")
                       .arg(parser.value(limitOption)));
        return;
    }
    if (parser.positionalArguments() != QStringList { QStringLiteral("find") }) {
        usageError(tr("deliveries takes the action 'find'"));
        return;
    }
    int given = 0;
    for (const auto *o : { &smsRecord, &providerId, &batch, &phone })
        given += parser.isSet(*o) ? 1 : 0;
    if (given != 1) {
        usageError(tr("deliveries find needs exactly one of --sms-record, --provider-id, --batch "
                      "and --phone"));
        return;
    }
    DeliveryLog::Key key = DeliveryLog::Key::SmsRecord;
    QString value = parser.value(smsRecord);
    if (parser.isSet(providerId)) {
        key = DeliveryLog::Key::ProviderMessage;
        value = parser.value(providerId);
    } else if (parser.isSet(batch)) {
        key = DeliveryLog::Key::Batch;
        value = parser.value(batch);
    }
    const QString number = parser.value(phone);
    withWorkspace([this, key, value, number, limit, dsn](std::unique_ptr<Workspace> opened) {
        auto workspace = std::shared_ptr<Workspace>(std::move(opened));
        auto engineLog = openEngineLog(dsn, workspace->clock());
        if (!engineLog) {
            fail(engineLog.error());
            return;
        }
        const std::shared_ptr<EngineStore> engine = engineLog.value();
        DeliveryLog *log = engine ? &engine->deliveries() : &workspace->deliveries();
        const auto show = [this, workspace, engine, log, limit](
                              DeliveryLog::Key by, const QString &what, bool byPhone) {
            // One more than shown, to know whether the list was cut (-1: no limit).
            auto found = log->find(by, what, limit == 0 ? -1 : limit + 1);
            if (!found) {
                fail(found.error());
                return;
            }
            if (limit > 0 && found->size() > limit) {
                found->resize(limit);
                m_ctx.err << tr(
                    "Showing the first %n deliveries; more match (--limit 0 shows all).", nullptr,
                    limit) << Qt::endl;
            }
            logActivity(*workspace, QStringLiteral("deliveries.find"),
                { { QStringLiteral("by"),
                      byPhone ? QStringLiteral("phone-hash") : QStringLiteral("id") },
                    { QStringLiteral("found"), static_cast<qint64>(found->size()) },
                    { QStringLiteral("log"),
                        engine ? QStringLiteral("postgresql") : QStringLiteral("workspace") } });
            if (m_ctx.json) {
                QJsonArray array;
                for (const auto &d : found.value())
                    array.append(DeliveryLog::toJson(d));
                printJson(array);
            } else if (found->isEmpty()) {
                m_ctx.out << tr("No delivery in the log matches.") << Qt::endl;
            } else {
                for (const auto &d : found.value()) {
                    if (d.direction == DeliveryLog::Direction::Incoming) {
                        printIncoming(d);
                        continue;
                    }
                    m_ctx.out << tr("SMS record %1  batch %2  gateway %3  %4 %5  %n segment(s)",
                        nullptr, d.segments)
                                     .arg(d.smsRecordId,
                                         d.batchId.isEmpty() ? QStringLiteral("-") : d.batchId,
                                         d.gateway, d.provider,
                                         d.providerMessageId.isEmpty()
                                             ? (d.status == QLatin1String("failed")
                                                     ? tr("(not accepted)")
                                                     : tr("(message id not known yet)"))
                                             : d.providerMessageId);
                    if (!d.org.isEmpty())
                        m_ctx.out << tr("  org %1").arg(d.org);
                    m_ctx.out << '\n';
                    QString error;
                    if (d.errorCode != UsageRecordView::kNoError) {
                        const auto entry = ErrorCatalog::instance().lookup(d.provider, d.errorCode);
                        error = tr(", error %1").arg(d.errorCode)
                            + (entry.title.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (") + entry.title + QLatin1Char(')'));
                    }
                    m_ctx.out << tr("  status %1%2; write-back %3; recipient %4")
                                     .arg(d.status, error, DeliveryLog::writeBackName(d.writeBack),
                                         d.recipientHash.left(19) + QStringLiteral("…"))
                              << '\n';
                    if (!d.writeBackError.isEmpty())
                        m_ctx.out << tr("  write-back refused: %1").arg(d.writeBackError) << '\n';
                    for (const auto &e : d.events) {
                        m_ctx.out << QStringLiteral("    %1  %2%3  (%4)\n")
                                         .arg(e.at.toString(
                                                  QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz'Z'")),
                                             e.status,
                                             e.errorCode == UsageRecordView::kNoError
                                                 ? QString()
                                                 : QStringLiteral(" ")
                                                     + QString::number(e.errorCode),
                                             e.source);
                    }
                }
                m_ctx.out.flush();
            }
            finish(ExitOk);
        };
        if (number.isEmpty()) {
            show(key, value, false);
            return;
        }
        auto region
            = engine ? engine->gateways().defaultRegion() : workspace->gateways().defaultRegion();
        auto parsed
            = RecipientNumber::parse(number, region ? region.value() : QStringLiteral("US"));
        if (!parsed) {
            fail(parsed.error());
            return;
        }
        const RecipientNumber recipient = parsed.value();
        // An engine's log is hashed with its deployment's pepper, the same
        // for all its workers; a workspace's with the workspace's.
        auto owner = pepperOwner(*workspace, engine.get());
        if (!owner) {
            fail(owner.error());
            return;
        }
        Pepper::load(m_ctx.secrets, owner.value(), false,
            [this, show, recipient](Result<SecretBytes> pepper) {
                if (!pepper) {
                    fail(pepper.error());
                    return;
                }
                show(DeliveryLog::Key::RecipientHash,
                    RecipientHasher(std::move(pepper.value())).hash(recipient), true);
            });
    });
}

QString HashCommand::summary() const
{
    return tr("Normalise a phone number and print its v1 recipient hash (nothing else about it is "
              "kept or logged).");
}

void HashCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Normalises NUMBER to E.164 (libphonenumber; numbers without a country code "
           "are read in --region) and prints the workspace's v1 hash of it: HMAC-SHA-256 "
           "keyed with the workspace's pepper from the keychain (or RELAYAUDIT_PEPPER). "
           "The number is not stored or logged."));
    parser.addPositionalArgument(QStringLiteral("number"), tr("The phone number."));
    const QCommandLineOption region(QStringLiteral("region"),
        tr("Region for numbers without a country code (default US)."), QStringLiteral("code"),
        QStringLiteral("US"));
    parser.addOption(region);
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("hash takes one phone number"));
        return;
    }
    auto number
        = RecipientNumber::parse(parser.positionalArguments().first(), parser.value(region));
    if (!number) {
        fail(number.error());
        return;
    }
    // Only the workspace's id is needed (it names the pepper), not its key.
    auto meta = Workspace::inspect(m_ctx.workspaceDir);
    if (!meta) {
        fail(meta.error());
        return;
    }
    const RecipientNumber recipient = number.value();
    Pepper::load(m_ctx.secrets, meta->id, true, [this, recipient](Result<SecretBytes> pepper) {
        if (!pepper) {
            fail(pepper.error());
            return;
        }
        const RecipientHasher hasher(std::move(pepper.value()));
        const QString hash = hasher.hash(recipient);
        if (m_ctx.json) {
            printJson(QJsonObject {
                { QStringLiteral("e164"), QString(recipient.channelPrefix + recipient.e164) },
                { QStringLiteral("hash"), hash },
                { QStringLiteral("assigned"), recipient.assigned } });
        } else {
            m_ctx.out << QString(recipient.channelPrefix + recipient.e164) << '\n' << hash << '\n';
            if (!recipient.assigned) {
                m_ctx.err << tr(
                    "relayaudit-cli: warning: the number is possible but not in an assigned range "
                    "(such as the 555-01xx fiction range)")
                          << Qt::endl;
            }
        }
        finish(ExitOk);
    });
}

} // namespace relay::cli
