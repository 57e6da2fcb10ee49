#include "WorkspaceCommand.h"

#include "retention/ComplianceReport.h"

#include "Terminal.h"
#include "privacy/SecretStore.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace relay::cli {

using namespace relay::core;

namespace {

const QCommandLineOption &keySourceOption()
{
    static const QCommandLineOption option(QStringLiteral("key-source"),
        QCoreApplication::translate("relay::cli::WorkspaceCommand",
            "Where the key lives: keychain, passphrase or auto (default: auto = passphrase "
            "when RELAYAUDIT_PASSPHRASE is set, else the keychain, else a prompted "
            "passphrase)."),
        QStringLiteral("source"), QStringLiteral("auto"));
    return option;
}

QString humanBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

// The key for a new passphrase (from envName, else typed twice) under meta's
// fresh salt.
Result<SecretBytes> WorkspaceCommand::newPassphraseKey(
    const WorkspaceMeta &meta, const char *envName)
{
    auto passphrase = Terminal::newPassphrase(
        envName, tr("New passphrase: "), tr("Repeat the new passphrase: "));
    if (!passphrase)
        return passphrase.error();
    return Workspace::passphraseKey(meta, passphrase.value());
}

QString WorkspaceCommand::summary() const
{
    return tr("Create, inspect and re-key the encrypted workspace; verify its activity log.");
}

void WorkspaceCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("init"))
        init(rest);
    else if (action == QLatin1String("info"))
        info(rest);
    else if (action == QLatin1String("rekey"))
        rekey(rest);
    else if (action == QLatin1String("verify-log"))
        verifyLog(rest);
    else if (action == QLatin1String("check"))
        check(rest);
    else if (action == QLatin1String("log"))
        log(rest);
    else if (action.isEmpty() || action == QLatin1String("--help")
        || action == QLatin1String("-h")) {
        m_ctx.out << tr("Usage: relayaudit-cli [--workspace DIR] workspace <action> [options]\n\n"
                        "Actions:\n"
                        "  init        Create an encrypted workspace.\n"
                        "  info        Show path, schema version, cipher settings and file sizes.\n"
                        "  rekey       Re-encrypt the workspace under a new key or passphrase.\n"
                        "  verify-log  Check the activity log's hash chain.\n"
                        "  check       Read every page and verify its HMAC, then the structure.\n"
                        "  log         Show the activity log.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else {
        usageError(tr("unknown workspace action '%1'").arg(action));
    }
}

void WorkspaceCommand::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates an encrypted workspace in --workspace DIR (or the default place)."));
    parser.addOption(keySourceOption());
    if (!parse(parser, arguments))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return;
    }
    if (Workspace::exists(m_ctx.workspaceDir)) {
        fail(makeError(ErrorCode::AlreadyExists,
            tr("a workspace already exists at %1").arg(m_ctx.workspaceDir)));
        return;
    }
    const QString source = parser.value(keySourceOption());
    if (source == QLatin1String("passphrase")
        || (source == QLatin1String("auto")
            && qEnvironmentVariableIsSet("RELAYAUDIT_PASSPHRASE"))) {
        createWithPassphrase();
    } else if (source == QLatin1String("keychain") || source == QLatin1String("auto")) {
        createWithKeychain();
    } else {
        usageError(tr("--key-source takes keychain, passphrase or auto, not '%1'").arg(source));
    }
}

void WorkspaceCommand::createWithPassphrase()
{
    WorkspaceMeta meta = WorkspaceMeta::forPassphrase();
    auto key = newPassphraseKey(meta, "RELAYAUDIT_PASSPHRASE");
    if (!key) {
        fail(key.error());
        return;
    }
    auto workspace = Workspace::create(m_ctx.workspaceDir, meta, key.value(), m_ctx.clock);
    if (!workspace) {
        fail(workspace.error());
        return;
    }
    if (m_ctx.json) {
        printJson(QJsonObject { { QStringLiteral("path"), workspace.value()->path() },
            { QStringLiteral("keySource"), QStringLiteral("passphrase") } });
    } else {
        m_ctx.out << tr("Created an encrypted workspace at %1 (key derived from a passphrase).")
                         .arg(workspace.value()->path())
                  << Qt::endl;
    }
    finish(ExitOk);
}

void WorkspaceCommand::createWithKeychain()
{
    const bool automatic = !qEnvironmentVariableIsSet("RELAYAUDIT_PASSPHRASE");
    auto meta = std::make_shared<WorkspaceMeta>(WorkspaceMeta::forKeychain());
    auto key = std::make_shared<SecretBytes>(SecretBytes::random(kKeySize));
    m_ctx.secrets.write(meta->keychainEntry(), *key, [this, meta, key, automatic](Status stored) {
        if (!stored) {
            // No keychain here: with --key-source auto, fall back to a
            // passphrase typed at the terminal.
            if (automatic && Terminal::hasTerminal()) {
                m_ctx.err << tr("The system keychain did not answer; using a passphrase instead.")
                          << Qt::endl;
                createWithPassphrase();
            } else {
                Error error = stored.error();
                error.detail
                    += tr("; set RELAYAUDIT_PASSPHRASE to protect the workspace with a passphrase");
                fail(error);
            }
            return;
        }
        auto workspace = Workspace::create(m_ctx.workspaceDir, *meta, *key, m_ctx.clock);
        if (!workspace) {
            m_ctx.secrets.remove(
                meta->keychainEntry(), [this, error = workspace.error()](Status) { fail(error); });
            return;
        }
        if (m_ctx.json) {
            printJson(QJsonObject { { QStringLiteral("path"), workspace.value()->path() },
                { QStringLiteral("keySource"), QStringLiteral("keychain") } });
        } else {
            m_ctx.out << tr(
                "Created an encrypted workspace at %1 (random key kept in the system keychain).")
                             .arg(workspace.value()->path())
                      << Qt::endl;
        }
        finish(ExitOk);
    });
}

void WorkspaceCommand::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the workspace's path, schema, cipher settings and files. "
           "Never shows a key or passphrase."));
    if (!parse(parser, arguments))
        return;
    withWorkspace([this](std::unique_ptr<Workspace> workspace) {
        auto info = workspace->info();
        if (!info) {
            fail(info.error());
            return;
        }
        const Workspace::Info &i = info.value();
        // The key compliance reports are signed with (derived from the workspace key).
        const QByteArray signingKey = compliance::signingKey(*workspace).publicKey;
        if (m_ctx.json) {
            QJsonArray files;
            for (const auto &file : i.files) {
                files.append(QJsonObject { { QStringLiteral("name"), file.name },
                    { QStringLiteral("bytes"), file.bytes },
                    { QStringLiteral("mode"), file.permissions } });
            }
            QJsonObject kdf;
            if (i.keySource == KeySource::Passphrase) {
                kdf = { { QStringLiteral("algorithm"), QStringLiteral("argon2id13") },
                    { QStringLiteral("opsLimit"), static_cast<qint64>(i.kdf.opsLimit) },
                    { QStringLiteral("memLimitBytes"), static_cast<qint64>(i.kdf.memLimitBytes) } };
            }
            printJson(QJsonObject {
                { QStringLiteral("path"), i.path },
                { QStringLiteral("id"), i.id },
                { QStringLiteral("format"), i.format },
                { QStringLiteral("schemaVersion"), i.schemaVersion },
                { QStringLiteral("keySource"), keySourceName(i.keySource) },
                { QStringLiteral("kdf"), kdf.isEmpty() ? QJsonValue() : QJsonValue(kdf) },
                { QStringLiteral("cipher"),
                    QJsonObject { { QStringLiteral("library"), QStringLiteral("SQLCipher") },
                        { QStringLiteral("version"), i.cipher.cipherVersion },
                        { QStringLiteral("rawKey"), true },
                        { QStringLiteral("pageSize"), i.cipher.pageSize },
                        { QStringLiteral("kdfIter"), i.cipher.kdfIter },
                        { QStringLiteral("hmac"), i.cipher.useHmac },
                        { QStringLiteral("secureDelete"), i.cipher.secureDelete } } },
                { QStringLiteral("created"), i.created.toString(Qt::ISODate) },
                { QStringLiteral("activityEntries"), i.activityEntries },
                { QStringLiteral("reportSigningKey"), QString::fromLatin1(signingKey.toBase64()) },
                { QStringLiteral("reportSigningFingerprint"), compliance::fingerprint(signingKey) },
                { QStringLiteral("files"), files },
            });
        } else {
            QTextStream &out = m_ctx.out;
            out << tr("Workspace:        %1").arg(i.path) << '\n'
                << tr("Id:               %1").arg(i.id) << '\n'
                << tr("Created:          %1")
                       .arg(QLocale().toString(i.created.toLocalTime(), QLocale::ShortFormat))
                << '\n'
                << tr("Schema version:   %1 (format %2)").arg(i.schemaVersion).arg(i.format) << '\n'
                << (i.keySource == KeySource::Keychain
                           ? tr("Key:              random 256-bit key in the system keychain")
                           : tr("Key:              Argon2id from a passphrase (%1 passes, %2)")
                                 .arg(i.kdf.opsLimit)
                                 .arg(humanBytes(static_cast<qint64>(i.kdf.memLimitBytes))))
                << '\n'
                << tr("Cipher:           SQLCipher %1, raw key, %2-byte pages, HMAC %3, secure "
                      "delete %4")
                       .arg(i.cipher.cipherVersion)
                       .arg(i.cipher.pageSize)
                       .arg(i.cipher.useHmac ? tr("on") : tr("off"),
                           i.cipher.secureDelete ? tr("on") : tr("off"))
                << '\n'
                << tr("Activity entries: %1").arg(i.activityEntries) << '\n'
                << tr("Report signing:   Ed25519 %1 (%2)")
                       .arg(QString::fromLatin1(signingKey.toBase64()),
                           compliance::fingerprint(signingKey))
                << '\n'
                << tr("Files:") << '\n';
            for (const auto &file : i.files)
                out << QStringLiteral("  %1  %2  %3")
                           .arg(file.permissions, humanBytes(file.bytes).rightJustified(10),
                               file.name)
                    << '\n';
        }
        finish(ExitOk);
    });
}

void WorkspaceCommand::rekey(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Re-encrypts the workspace under a new key. The new passphrase comes from "
           "RELAYAUDIT_NEW_PASSPHRASE "
           "or is typed twice; the current one from RELAYAUDIT_PASSPHRASE or a prompt."));
    QCommandLineOption to(QStringLiteral("to"),
        tr("The new key's source: keychain or passphrase (default: the current one)."),
        QStringLiteral("source"));
    parser.addOption(to);
    if (!parse(parser, arguments))
        return;
    const QString target = parser.value(to);
    if (!target.isEmpty() && target != QLatin1String("keychain")
        && target != QLatin1String("passphrase")) {
        usageError(tr("--to takes keychain or passphrase, not '%1'").arg(target));
        return;
    }
    withWorkspace([this, target](std::unique_ptr<Workspace> opened) {
        std::shared_ptr<Workspace> workspace(std::move(opened));
        const KeySource oldSource = workspace->meta().keySource;
        const QString oldEntry = workspace->meta().keychainEntry();
        const KeySource newSource = target.isEmpty() ? oldSource
            : target == QLatin1String("keychain")    ? KeySource::Keychain
                                                     : KeySource::Passphrase;

        // Done: drop the old keychain entry, if there was one, and report.
        auto done = [this, workspace, oldSource, oldEntry]() {
            auto report = [this, workspace]() {
                if (m_ctx.json) {
                    printJson(QJsonObject { { QStringLiteral("path"), workspace->path() },
                        { QStringLiteral("keySource"), keySourceName(workspace->meta().keySource) },
                        { QStringLiteral("rekeyed"), true } });
                } else {
                    m_ctx.out << tr("Re-encrypted %1 under the new key.").arg(workspace->path())
                              << Qt::endl;
                }
                finish(ExitOk);
            };
            if (oldSource == KeySource::Keychain)
                m_ctx.secrets.remove(oldEntry, [report](Status) { report(); });
            else
                report();
        };
        auto failed = [this, workspace](const Error &error) {
            logActivity(*workspace, QStringLiteral("workspace.rekey.failed"),
                { { QStringLiteral("reason"), errorCodeName(error.code) } });
            fail(error);
        };

        if (newSource == KeySource::Passphrase) {
            WorkspaceMeta meta = WorkspaceMeta::forPassphrase();
            auto key = newPassphraseKey(meta, "RELAYAUDIT_NEW_PASSPHRASE");
            if (!key) {
                fail(key.error());
                return;
            }
            if (auto status = workspace->rekey(meta, key.value()); !status) {
                failed(status.error());
                return;
            }
            done();
            return;
        }

        auto meta = std::make_shared<WorkspaceMeta>(WorkspaceMeta::forKeychain());
        auto key = std::make_shared<SecretBytes>(SecretBytes::random(kKeySize));
        m_ctx.secrets.write(
            meta->keychainEntry(), *key, [this, workspace, meta, key, done, failed](Status stored) {
                if (!stored) {
                    failed(stored.error());
                    return;
                }
                if (auto status = workspace->rekey(*meta, *key); !status) {
                    // Once the re-encrypted file is in place the new key is the
                    // only key to it: keep it, whatever failed after the swap.
                    auto onDisk = Workspace::inspect(workspace->path());
                    if (onDisk && onDisk->keyId == meta->keyId) {
                        failed(status.error());
                        return;
                    }
                    m_ctx.secrets.remove(meta->keychainEntry(),
                        [failed, error = status.error()](Status) { failed(error); });
                    return;
                }
                done();
            });
    });
}

void WorkspaceCommand::verifyLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks that no activity log entry was altered, inserted or removed."));
    if (!parse(parser, arguments))
        return;
    withWorkspace([this](std::unique_ptr<Workspace> workspace) {
        auto result = workspace->activityLog().verify();
        if (!result) {
            fail(result.error());
            return;
        }
        const auto &v = result.value();
        if (m_ctx.json) {
            printJson(QJsonObject { { QStringLiteral("intact"), v.intact },
                { QStringLiteral("entries"), v.entries },
                { QStringLiteral("firstBadEntry"),
                    v.intact ? QJsonValue() : QJsonValue(v.firstBadSeq) },
                { QStringLiteral("problem"), v.intact ? QJsonValue() : QJsonValue(v.problem) } });
        } else if (v.intact) {
            m_ctx.out << tr("Activity log intact: %n entries, hash chain verified.", nullptr,
                static_cast<int>(v.entries))
                      << Qt::endl;
        } else {
            m_ctx.out << tr("Activity log damaged: %1.").arg(v.problem) << Qt::endl;
        }
        finish(v.intact ? ExitOk : ExitFailure);
    });
}

void WorkspaceCommand::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads every page of the workspace database from the file and verifies its HMAC "
           "(SQLCipher checks a page only when a command reads it), then SQLite's structural "
           "check. A damaged page is named with what lives there. Changes nothing; exit 1 when "
           "anything is damaged."));
    if (!parse(parser, arguments))
        return;
    withWorkspace([this](std::unique_ptr<Workspace> workspace) {
        auto result = workspace->checkIntegrity();
        if (!result) {
            fail(result.error());
            return;
        }
        const Workspace::Integrity &integrity = result.value();
        if (m_ctx.json) {
            QJsonArray damaged;
            for (const DamagedPage &d : integrity.damaged)
                damaged.append(QJsonObject {
                    { QStringLiteral("page"), d.page }, { QStringLiteral("owner"), d.owner } });
            printJson(QJsonObject { { QStringLiteral("ok"), integrity.ok() },
                { QStringLiteral("pages"), integrity.pages },
                { QStringLiteral("damaged"), damaged },
                { QStringLiteral("structureChecked"), integrity.structureChecked },
                { QStringLiteral("structure"), QJsonArray::fromStringList(integrity.structure) } });
        } else if (integrity.ok()) {
            m_ctx.out << tr("Workspace intact: %n page(s) read, every HMAC verified, the structure "
                            "is sound.",
                nullptr, static_cast<int>(integrity.pages))
                      << Qt::endl;
        } else {
            for (const DamagedPage &d : integrity.damaged)
                m_ctx.out << tr("damaged: page %1 (%2)").arg(d.page).arg(d.owner) << Qt::endl;
            for (const QString &problem : integrity.structure)
                m_ctx.out << tr("damaged: %1").arg(problem) << Qt::endl;
            m_ctx.out << tr("Workspace damaged: %1 of %2 pages fail their HMAC; %3 structural "
                            "problem(s). Restore the workspace from a backup, or re-create it "
                            "and pull again (the report cache refills from the providers).")
                             .arg(integrity.damaged.size())
                             .arg(integrity.pages)
                             .arg(integrity.structure.size())
                      << Qt::endl;
        }
        finish(integrity.ok() ? ExitOk : ExitFailure);
    });
}

void WorkspaceCommand::log(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the activity log: who did what, when, with counts."));
    if (!parse(parser, arguments))
        return;
    withWorkspace([this](std::unique_ptr<Workspace> workspace) {
        auto entries = workspace->activityLog().entries();
        if (!entries) {
            fail(entries.error());
            return;
        }
        if (m_ctx.json) {
            QJsonArray rows;
            for (const auto &e : entries.value()) {
                rows.append(QJsonObject { { QStringLiteral("seq"), e.seq },
                    { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("user"), e.user }, { QStringLiteral("action"), e.action },
                    { QStringLiteral("detail"), e.detail } });
            }
            printJson(rows);
        } else {
            for (const auto &e : entries.value()) {
                QStringList detail;
                for (auto it = e.detail.begin(); it != e.detail.end(); ++it)
                    detail.append(it.key() + QLatin1Char('=') + it.value().toVariant().toString());
                m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                                 .arg(e.seq, 5)
                                 .arg(e.at.toString(Qt::ISODate), e.user, e.action,
                                     detail.join(QLatin1Char(' ')))
                          << '\n';
            }
        }
        finish(ExitOk);
    });
}

} // namespace relay::cli
