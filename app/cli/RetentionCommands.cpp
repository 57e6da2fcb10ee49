#include "RetentionCommands.h"

#include "PrivateFile.h"

#include "privacy/RecipientHash.h"
#include "retention/ComplianceReport.h"
#include "retention/Inventory.h"
#include "retention/Lookup.h"
#include "retention/Verifier.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace relay::cli {

using namespace relay::core;

namespace {

RetentionVerifier::Options verifierOptions(const QString &settingsFile)
{
    RetentionVerifier::Options options;
    options.settingsFile = !settingsFile.isEmpty()
        ? settingsFile
        : QSettings(QStringLiteral("relayaudit"), QStringLiteral("relayaudit")).fileName();
    options.tempDir = QDir::tempPath();
    return options;
}

} // namespace

QString RetentionCommand::summary() const
{
    return tr("Check the workspace against the data policy; look up what is kept; signed "
              "compliance reports.");
}

void RetentionCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("lookup"))
        lookup(arguments);
    else if (action == QLatin1String("report"))
        report(arguments);
    else if (action == QLatin1String("verify-report"))
        verifyReport(arguments);
    else if (action.isEmpty() || action == QLatin1String("--help")
        || action == QLatin1String("-h")) {
        m_ctx.out << tr(
            "Usage: relayaudit-cli retention <action> [options]\n\n"
            "Actions:\n"
            "  verify         Run every check of the data policy on the live workspace.\n"
            "  lookup         What is kept about one recipient or message, and what is not.\n"
            "  report         Write the signed compliance report (JSON or PDF).\n"
            "  verify-report  Check a report's signature.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else if (action == QLatin1String("verify") || action.startsWith(QLatin1Char('-')))
        verify(arguments);
    else
        usageError(tr("retention takes: verify | lookup | report | verify-report"));
}

void RetentionCommand::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("retention verify: runs every check of the retention inventory on the live workspace "
           "(tables and "
           "columns, phone numbers, message text, retention, hashes, encryption and file modes, "
           "secrets) and "
           "prints each with its counts and evidence. Exit status 0 only when all pass."));
    parser.addPositionalArgument(QStringLiteral("verify"), tr("The action."));
    const QCommandLineOption settings(QStringLiteral("settings"),
        tr("The settings file to check (default: Relay Audit's own)."), QStringLiteral("file"));
    parser.addOption(settings);
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments() != QStringList { QStringLiteral("verify") }) {
        usageError(tr("retention takes: verify | lookup | report | verify-report"));
        return;
    }
    auto inventory = RetentionInventory::builtIn();
    if (!inventory) {
        fail(inventory.error());
        return;
    }
    const RetentionVerifier::Options options = verifierOptions(parser.value(settings));
    withWorkspace([this, inventory = inventory.value(), options](
                      std::unique_ptr<Workspace> workspace) {
        QElapsedTimer timer;
        timer.start();
        RetentionVerifier verifier(*workspace, inventory, m_ctx.clock);
        auto checks = verifier.run(options);
        if (!checks) {
            fail(checks.error());
            return;
        }
        const qint64 ms = timer.elapsed();
        bool all = true;
        qint64 findings = 0;
        for (const RetentionVerifier::Check &c : checks.value()) {
            all = all && c.passed;
            findings += c.findings;
        }
        logActivity(*workspace, QStringLiteral("retention.verify"),
            { { QStringLiteral("passed"), all }, { QStringLiteral("findings"), findings },
                { QStringLiteral("inventory"), inventory.version() } });
        if (m_ctx.json) {
            QJsonObject json = RetentionVerifier::toJson(checks.value());
            json.insert(QStringLiteral("inventory_version"), inventory.version());
            json.insert(QStringLiteral("workspace"), workspace->meta().id);
            json.insert(QStringLiteral("elapsed_ms"), ms);
            printJson(json);
        } else {
            m_ctx.out << tr("Retention inventory v%1 against %2")
                             .arg(inventory.version())
                             .arg(workspace->path())
                      << Qt::endl;
            for (const RetentionVerifier::Check &c : checks.value()) {
                QStringList counts;
                for (auto it = c.counts.constBegin(); it != c.counts.constEnd(); ++it)
                    counts.append(QStringLiteral("%1 %2").arg(it.key(),
                        it.value().isArray() ? QStringLiteral("v1")
                                             : QString::number(it.value().toInteger())));
                m_ctx.out << (c.passed ? tr("PASS") : tr("FAIL")) << QStringLiteral("  ") << c.title
                          << QStringLiteral("  (") << counts.join(QStringLiteral(", "))
                          << QStringLiteral(")") << Qt::endl;
                for (const RetentionVerifier::Finding &f : c.evidence)
                    m_ctx.out << QStringLiteral("      ") << f.where << QStringLiteral(": ")
                              << f.what << Qt::endl;
                if (c.findings > c.evidence.size())
                    m_ctx.out << QStringLiteral("      ")
                              << tr("… and %1 more").arg(c.findings - c.evidence.size())
                              << Qt::endl;
            }
            m_ctx.out << (all
                    ? tr("All checks pass (%1 ms).").arg(ms)
                    : tr("%n finding(s) (%1 ms).", nullptr, static_cast<int>(findings)).arg(ms))
                      << Qt::endl;
        }
        finish(all ? ExitOk : ExitFailure);
    });
}

void RetentionCommand::lookup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("retention lookup (--phone NUMBER | --sms-record ID | "
           "--provider-id ID) [--store DSN]: what the workspace (or an "
           "engine's log) keeps about a "
           "recipient or a message (the hash, delivery-log entries, "
           "cached report rows) and what it does not keep. "
           "Every lookup is in the activity log (the hash or the id, "
           "never the number); at most %1 lookups per user "
           "in %2 minutes.")
            .arg(RetentionLookup::kMaxLookups)
            .arg(RetentionLookup::kWindowMinutes));
    parser.addPositionalArgument(QStringLiteral("lookup"), tr("The action."));
    const QCommandLineOption phone(QStringLiteral("phone"),
        tr("A recipient number (hashed in memory)."), QStringLiteral("number"));
    const QCommandLineOption smsRecord(
        QStringLiteral("sms-record"), tr("A Salesforce SMS record id."), QStringLiteral("id"));
    const QCommandLineOption providerId(
        QStringLiteral("provider-id"), tr("A provider message id."), QStringLiteral("id"));
    const QCommandLineOption store = storeOption();
    parser.addOptions({ phone, smsRecord, providerId, store });
    if (!parse(parser, arguments))
        return;
    const QString dsn = parser.value(store);
    int given = 0;
    for (const auto *o : { &phone, &smsRecord, &providerId })
        given += parser.isSet(*o) ? 1 : 0;
    if (given != 1 || parser.positionalArguments().size() != 1) {
        usageError(
            tr("retention lookup needs exactly one of --phone, --sms-record and --provider-id"));
        return;
    }
    const QString number = parser.value(phone);
    const bool byPhone = parser.isSet(phone);
    const bool bySms = parser.isSet(smsRecord);
    const QString id = bySms ? parser.value(smsRecord) : parser.value(providerId);
    withWorkspace([this, number, byPhone, bySms, id, dsn](std::unique_ptr<Workspace> opened) {
        auto workspace = std::shared_ptr<Workspace>(std::move(opened));
        auto engineLog = openEngineLog(dsn, m_ctx.clock);
        if (!engineLog) {
            fail(engineLog.error());
            return;
        }
        const std::shared_ptr<EngineStore> engine = engineLog.value();
        DeliveryLog *log = engine ? &engine->deliveries() : nullptr;
        const auto show = [this](Result<RetentionLookup::Found> found) {
            if (!found) {
                fail(found.error());
                return;
            }
            const RetentionLookup::Found &f = found.value();
            if (m_ctx.json) {
                printJson(RetentionLookup::toJson(f));
                finish(ExitOk);
                return;
            }
            if (f.kind == RetentionLookup::Kind::Phone) {
                m_ctx.out << tr("Recipient hash: %1").arg(f.key) << '\n'
                          << tr("Scheme: %1").arg(f.scheme) << '\n';
            }
            m_ctx.out << tr("%n message(s) in the delivery log:", nullptr,
                static_cast<int>(f.deliveries.size()))
                      << '\n';
            for (const DeliveryLog::Delivery &d : f.deliveries) {
                m_ctx.out << QStringLiteral("  ")
                          << tr("SMS record %1, batch %2, gateway %3, %4 %5, status %6")
                                 .arg(d.smsRecordId,
                                     d.batchId.isEmpty() ? QStringLiteral("-") : d.batchId,
                                     d.gateway, d.provider, d.providerMessageId, d.status)
                          << '\n';
                for (const DeliveryLog::Event &e : d.events)
                    m_ctx.out << QStringLiteral("    ") << e.at.toUTC().toString(Qt::ISODateWithMs)
                              << QStringLiteral("  ") << e.status << '\n';
            }
            m_ctx.out << tr("%n cached report row(s) with the same provider message id(s).",
                nullptr, static_cast<int>(f.reportRows.size()))
                      << '\n';
            for (const QStringList &row : f.reportRows)
                m_ctx.out << QStringLiteral("  ")
                          << tr("pull %1: %2 from %3, status %4")
                                 .arg(row.value(0), row.value(2), row.value(3), row.value(7))
                          << '\n';
            m_ctx.out << tr("Not retained: %1.").arg(f.notRetained.join(QStringLiteral(", ")))
                      << Qt::endl;
            finish(ExitOk);
        };
        RetentionLookup lookup(*workspace, m_ctx.clock, log);
        if (!byPhone) {
            show(bySms ? lookup.bySmsRecord(id) : lookup.byProviderMessage(id));
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
        auto owner = pepperOwner(*workspace, engine.get());
        if (!owner) {
            fail(owner.error());
            return;
        }
        // Without a pepper nothing was hashed: no new one is made for a lookup.
        Pepper::load(m_ctx.secrets, owner.value(), false,
            [this, workspace, engine, log, show, recipient = parsed.value()](
                Result<SecretBytes> pepper) {
                if (!pepper) {
                    fail(pepper.error());
                    return;
                }
                RetentionLookup byHash(*workspace, m_ctx.clock, log);
                show(byHash.byPhone(recipient, RecipientHasher(std::move(pepper.value()))));
            });
    });
}

void RetentionCommand::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("retention report --out FILE.json|FILE.pdf: runs every "
                                        "check and writes the signed compliance report "
                                        "(inventory version, app version, workspace id, time, each "
                                        "check with its result and counts, the last 30 "
                                        "days' purges as counts). Signed with the workspace's "
                                        "Ed25519 key; 'retention verify-report' checks it. "
                                        "A PDF is written with the signed JSON beside it (same "
                                        "name, .json) and carries the signature's fingerprint."));
    parser.addPositionalArgument(QStringLiteral("report"), tr("The action."));
    const QCommandLineOption out(QStringLiteral("out"),
        tr("Where to write the report (.json or .pdf)."), QStringLiteral("file"));
    const QCommandLineOption settings(QStringLiteral("settings"),
        tr("The settings file to check (default: Relay Audit's own)."), QStringLiteral("file"));
    parser.addOptions({ out, settings });
    if (!parse(parser, arguments))
        return;
    const bool pdf = parser.value(out).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!parser.isSet(out)
        || (!pdf && !parser.value(out).endsWith(QLatin1String(".json"), Qt::CaseInsensitive))) {
        usageError(tr("retention report needs --out FILE.json or --out FILE.pdf"));
        return;
    }
    if (pdf && !m_ctx.compliancePdfExporter) {
        usageError(tr("this build has no PDF support (built without the GUI libraries); use --out "
                      "FILE.json"));
        return;
    }
    auto inventory = RetentionInventory::builtIn();
    if (!inventory) {
        fail(inventory.error());
        return;
    }
    const QString pdfPath = pdf ? parser.value(out) : QString();
    const QString path
        = pdf ? pdfPath.left(pdfPath.size() - 4) + QStringLiteral(".json") : parser.value(out);
    const RetentionVerifier::Options options = verifierOptions(parser.value(settings));
    withWorkspace([this, inventory = inventory.value(), options, path, pdfPath](
                      std::unique_ptr<Workspace> workspace) {
        RetentionVerifier verifier(*workspace, inventory, m_ctx.clock);
        auto checks = verifier.run(options);
        if (!checks) {
            fail(checks.error());
            return;
        }
        auto built = compliance::build(*workspace, inventory, checks.value(), m_ctx.clock);
        if (!built) {
            fail(built.error());
            return;
        }
        const compliance::SigningKey key = compliance::signingKey(*workspace);
        const QJsonObject signedReport = compliance::sign(built.value(), key);
        if (auto written
            = PrivateFile::write(path, QJsonDocument(signedReport).toJson(QJsonDocument::Indented));
            !written) {
            fail(written.error());
            return;
        }
        if (!pdfPath.isEmpty()) {
            if (auto s = m_ctx.compliancePdfExporter(signedReport, pdfPath); !s) {
                fail(s.error());
                return;
            }
        }
        const bool passed = signedReport.value(QStringLiteral("passed")).toBool();
        logActivity(*workspace, QStringLiteral("retention.report"),
            { { QStringLiteral("passed"), passed } });
        if (m_ctx.json) {
            printJson(QJsonObject { { QStringLiteral("out"), path },
                { QStringLiteral("pdf"), pdfPath.isEmpty() ? QJsonValue() : QJsonValue(pdfPath) },
                { QStringLiteral("passed"), passed },
                { QStringLiteral("fingerprint"), compliance::fingerprint(key.publicKey) } });
        } else {
            m_ctx.out << tr("Wrote %1: %2, signed by %3.")
                             .arg(path, passed ? tr("every check passes") : tr("some checks fail"),
                                 compliance::fingerprint(key.publicKey))
                      << Qt::endl;
            if (!pdfPath.isEmpty())
                m_ctx.out << tr("Wrote %1, its rendering.").arg(pdfPath) << Qt::endl;
        }
        finish(ExitOk);
    });
}

void RetentionCommand::verifyReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("retention verify-report FILE.json [--public-key BASE64]: "
                                        "checks the report's Ed25519 signature and says "
                                        "whether it was altered; with --public-key (from "
                                        "'workspace info'), also that this workspace signed it."));
    parser.addPositionalArgument(QStringLiteral("verify-report"), tr("The action."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The report."));
    const QCommandLineOption key(QStringLiteral("public-key"),
        tr("The signer's public key, base64."), QStringLiteral("base64"));
    parser.addOption(key);
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 2) {
        usageError(tr("retention verify-report takes one report file"));
        return;
    }
    QByteArray expected;
    if (parser.isSet(key)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            parser.value(key).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            usageError(tr("--public-key takes a base64 Ed25519 public key (32 bytes)"));
            return;
        }
        expected = decoded.decoded;
    }
    QFile file(parser.positionalArguments().at(1));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) {
        fail(makeError(ErrorCode::Io, tr("cannot read %1").arg(file.fileName())));
        return;
    }
    const compliance::Verification v = compliance::verify(file.readAll(), expected);
    if (m_ctx.json) {
        printJson(QJsonObject { { QStringLiteral("valid"), v.valid },
            { QStringLiteral("fingerprint"), v.fingerprint },
            { QStringLiteral("problem"), v.valid ? QJsonValue() : QJsonValue(v.problem) } });
    } else if (v.valid) {
        m_ctx.out << tr("Valid: signed by %1 for workspace %2 at %3; unaltered.")
                         .arg(v.fingerprint,
                             v.report.value(QStringLiteral("workspace_id")).toString(),
                             v.report.value(QStringLiteral("generated_at")).toString())
                  << Qt::endl;
    } else {
        m_ctx.out << tr("NOT VALID: %1").arg(v.problem) << Qt::endl;
    }
    finish(v.valid ? ExitOk : ExitFailure);
}

} // namespace relay::cli
