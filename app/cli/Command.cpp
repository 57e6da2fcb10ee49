#include "Command.h"

#include "EnvCredentials.h"

#include "Terminal.h"
#include "VisibleOutput.h"
#include "deliveries/Orgs.h"
#include "privacy/SecretStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <unistd.h>

namespace relay::cli {

using namespace relay::core;

void Command::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ctx.out.flush();
    m_ctx.err.flush();
    // Queued, so a command that finishes inside start() still lets the
    // caller connect first.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void Command::logActivity(Workspace &workspace, const QString &action, const QJsonObject &detail)
{
    if (auto status = workspace.activityLog().append(action, detail); !status) {
        m_ctx.err << tr("relayaudit-cli: warning: the activity log was not updated: %1")
                         .arg(errorMessage(status.error()))
                  << Qt::endl;
    }
}

void Command::logActivity(
    const EngineSide &engine, const QString &action, const QJsonObject &detail)
{
    if (Workspace *workspace = engine.workspace()) {
        logActivity(*workspace, action, detail);
        return;
    }
    // Ids and counts only, as in the activity log: no number, no text.
    m_ctx.err << tr("relayaudit-cli: %1 %2")
                     .arg(action,
                         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
              << Qt::endl;
}

void Command::fail(const Error &error)
{
    m_ctx.err << tr("relayaudit-cli: error: %1").arg(errorMessage(error)) << Qt::endl;
    const bool locked = error.code == ErrorCode::WrongKey || error.code == ErrorCode::NoPassphrase
        || error.code == ErrorCode::NoCredentials;
    finish(locked ? ExitLocked : ExitFailure);
}

void Command::usageError(const QString &message)
{
    m_ctx.err << tr("relayaudit-cli: %1").arg(message) << Qt::endl
              << tr("Run 'relayaudit-cli %1 --help' for usage.").arg(name()) << Qt::endl;
    finish(ExitUsage);
}

void Command::printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printExact(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Command::printExact(const QString &text)
{
    m_ctx.out.flush();
    if (m_ctx.outDevice)
        m_ctx.outDevice->setPassThrough(true);
    m_ctx.out << text;
    m_ctx.out.flush();
    if (m_ctx.outDevice)
        m_ctx.outDevice->setPassThrough(false);
}

void Command::printProgress(const QString &line)
{
    m_ctx.err << line;
    m_ctx.err.flush();
    if (m_ctx.errDevice && ::isatty(STDERR_FILENO) == 1)
        m_ctx.errDevice->carriageReturn();
    else
        m_ctx.err << '\n';
    m_ctx.err.flush();
}

void Command::runWriteBack(const EngineSide &engine, core::BatchWriteBack *job,
    const QString &action, const QString &doneText)
{
    connect(job, &core::BatchWriteBack::finished, this,
        [this, engine, job, action, doneText](bool ok, const QString &error) {
            const core::BatchWriteBack::Totals &t = job->totals();
            logActivity(engine, action,
                { { QStringLiteral("written"), t.written },
                    { QStringLiteral("retried"), t.retried },
                    { QStringLiteral("failed"), t.failed },
                    { QStringLiteral("requests"), t.requests } });
            if (m_ctx.json) {
                printJson(QJsonObject { { QStringLiteral("written"), t.written },
                    { QStringLiteral("retried"), t.retried },
                    { QStringLiteral("failed"), t.failed },
                    { QStringLiteral("deferred"), t.deferred },
                    { QStringLiteral("reopened"), t.reopened },
                    { QStringLiteral("session_refreshes"), t.sessionRefreshes },
                    { QStringLiteral("error"), ok ? QJsonValue() : QJsonValue(error) } });
            } else {
                m_ctx.out << doneText.arg(t.written).arg(t.retried).arg(t.failed).arg(
                    t.sessionRefreshes)
                          << Qt::endl;
            }
            if (!ok) {
                fail(core::makeError(core::ErrorCode::Io, error));
                return;
            }
            finish(t.failed == 0 ? ExitOk : ExitFailure);
        });
    job->run();
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Shows this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Prints machine-readable JSON."));
    parser.addOption(help);
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; the reader types the command.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        QString command = QStringLiteral("relayaudit-cli ") + name();
        if (!arguments.isEmpty() && arguments.constFirst() != name())
            command += QLatin1Char(' ') + arguments.constFirst();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        if (!program.isEmpty() && text.left(lineEnd).contains(program))
            text.replace(text.indexOf(program), program.size(), command);
        m_ctx.out << text;
        finish(ExitOk);
        return false;
    }
    if (parser.isSet(json))
        m_ctx.json = true;
    return true;
}

std::optional<Error> Command::checkAfterCrash(Workspace &workspace)
{
    auto integrity = workspace.checkIntegrity();
    if (!integrity)
        return integrity.error();
    if (integrity->ok()) {
        m_ctx.err << tr("relayaudit-cli: note: after the unexpected stop, every page of the "
                        "workspace was checked: %n page(s), all intact.",
            nullptr, static_cast<int>(integrity->pages))
                  << Qt::endl;
        return std::nullopt;
    }
    QStringList where;
    for (const DamagedPage &d : integrity->damaged)
        where.append(tr("page %1 (%2)").arg(d.page).arg(d.owner));
    where.append(integrity->structure);
    return makeError(ErrorCode::Corrupt,
        tr("after the unexpected stop, the workspace check found damage: %1; see "
           "'relayaudit-cli workspace check'")
            .arg(where.join(QStringLiteral("; "))));
}

void Command::withOrgLogin(const QString &org, SalesforceClient::Login login, OrgLoginHandler then)
{
    withWorkspace([this, org, login, then](std::unique_ptr<Workspace> opened) {
        auto workspace = std::shared_ptr<Workspace>(std::move(opened));
        resolveSalesforceLogin(m_ctx.secrets, workspace->orgs(), org, login,
            [this, workspace, then](Result<SalesforceClient::Login> resolved) {
                if (!resolved) {
                    fail(resolved.error());
                    return;
                }
                then(workspace, std::move(resolved.value()));
            });
    });
}

QCommandLineOption Command::storeOption()
{
    return QCommandLineOption(QStringLiteral("store"),
        tr("Search an engine's PostgreSQL log (a libpq connection string), read-only, instead "
           "of this workspace's; its password from RELAYAUDIT_ENGINE_DB_PASSWORD. Default: "
           "RELAYAUDIT_ENGINE_DSN. The lookup is still recorded in this workspace's activity "
           "log."),
        QStringLiteral("dsn"));
}

Result<std::shared_ptr<EngineStore>> Command::openEngineLog(const QString &dsn, const Clock &clock)
{
    const QString target = dsn.isEmpty() ? qEnvironmentVariable("RELAYAUDIT_ENGINE_DSN") : dsn;
    if (target.isEmpty())
        return std::shared_ptr<EngineStore>();
    auto store
        = EngineStore::open(target, SecretBytes::fromUtf8(qgetenv("RELAYAUDIT_ENGINE_DB_PASSWORD")),
            clock, EngineStore::Access::ReadOnly);
    if (!store)
        return store.error();
    return std::shared_ptr<EngineStore>(std::move(store.value()));
}

Result<QString> Command::pepperOwner(Workspace &workspace, EngineStore *engine)
{
    return engine ? engine->deploymentId() : Result<QString>(workspace.meta().id);
}

Result<QStringList> Command::writeBackOrgs(
    Orgs &orgs, const QString &only, const std::function<Result<QStringList>()> &pending)
{
    if (!only.isEmpty()) {
        // An unknown name is an error, not the default login URL.
        if (auto known = orgs.find(only); !known)
            return makeError(known.error().code,
                tr("org %1 is not registered: register it with 'engine org add'").arg(only));
        return QStringList { only };
    }
    auto names = pending();
    if (!names)
        return names.error();
    return names->isEmpty() ? QStringList { QString() } : names.value();
}

QCommandLineOption Command::engineStoreOption()
{
    return QCommandLineOption(QStringLiteral("store"),
        tr("The engine's PostgreSQL (a libpq connection string, e.g. \"host=db.example "
           "dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt\"), which every "
           "worker of a deployment shares, instead of this workspace; its password from "
           "RELAYAUDIT_ENGINE_DB_PASSWORD or PGPASSFILE. Default: RELAYAUDIT_ENGINE_DSN."),
        QStringLiteral("dsn"));
}

void Command::withEngine(const QString &dsn, EngineHandler then)
{
    const QString target = dsn.isEmpty() ? qEnvironmentVariable("RELAYAUDIT_ENGINE_DSN") : dsn;
    if (target.isEmpty()) {
        withWorkspace([then](std::unique_ptr<Workspace> workspace) {
            then(EngineSide(std::shared_ptr<Workspace>(std::move(workspace))));
        });
        return;
    }
    auto store
        = EngineStore::open(target, SecretBytes::fromUtf8(qgetenv("RELAYAUDIT_ENGINE_DB_PASSWORD")),
            m_ctx.clock, EngineStore::Access::Engine);
    if (!store) {
        fail(store.error());
        return;
    }
    then(EngineSide(std::shared_ptr<EngineStore>(std::move(store.value()))));
}

void Command::withWorkspace(WorkspaceHandler then)
{
    const QString dir = m_ctx.workspaceDir;
    auto meta = Workspace::inspect(dir);
    if (!meta) {
        Error error = meta.error();
        if (error.code == ErrorCode::NotFound) {
            error.detail = tr("no workspace at %1; create one with 'relayaudit-cli --workspace %1 "
                              "workspace init'")
                               .arg(dir);
        }
        fail(error);
        return;
    }

    const auto openWith = [this, dir, then](const SecretBytes &key) {
        auto workspace = Workspace::open(dir, key, m_ctx.clock);
        if (!workspace) {
            fail(workspace.error());
            return;
        }
        if (m_ctx.checkAfterCrash) {
            m_ctx.checkAfterCrash = false;
            if (auto damage = checkAfterCrash(**workspace)) {
                fail(*damage);
                return;
            }
        }
        then(std::move(workspace.value()));
    };

    if (meta->keySource == KeySource::Keychain) {
        m_ctx.secrets.read(meta->keychainEntry(), [this, openWith](Result<SecretBytes> key) {
            if (!key) {
                Error error = key.error();
                if (error.code == ErrorCode::NotFound)
                    error.code = ErrorCode::WrongKey;
                // No keychain, or a locked one: the key is missing (exit 3).
                if (error.code == ErrorCode::Keychain)
                    error.detail += tr("; this workspace's key is in the system keychain: start "
                                       "or unlock it and try again");
                m_ctx.err << tr("relayaudit-cli: error: %1").arg(errorMessage(error)) << Qt::endl;
                finish(ExitLocked);
                return;
            }
            openWith(key.value());
        });
        return;
    }

    auto passphrase = Terminal::existingPassphrase(tr("Passphrase for %1: ").arg(dir));
    if (!passphrase) {
        fail(passphrase.error());
        return;
    }
    auto key = Workspace::passphraseKey(meta.value(), passphrase.value());
    if (!key) {
        fail(key.error());
        return;
    }
    openWith(key.value());
}

} // namespace relay::cli
