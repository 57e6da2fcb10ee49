#pragma once

#include "Result.h"
#include "salesforce/SalesforceClient.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QTextStream>

#include "EngineSide.h"

#include <functional>
#include <memory>
#include <optional>

#include "Clock.h"
#include "engine/EngineStore.h"
#include "exports/ExportReport.h"
#include "privacy/SecretStore.h"
#include "salesforce/BatchWriteBack.h"
#include "workspace/Workspace.h"

namespace relay::cli {

class VisibleOutput;

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed
    ExitUsage = 2, // bad arguments
    ExitLocked = 3, // wrong or missing passphrase, or no key in the keychain
};

// What every command gets from main(): streams, the global options, and the
// services (no globals, no singletons).
struct CliContext {
    QTextStream &out;
    QTextStream &err;
    QString workspaceDir;
    bool json = false;
    core::SecretStore &secrets;
    const core::Clock &clock;
    // Writes a client usage report as a PDF file. Set by main() when the
    // build has the GUI libraries (QtGui paints the pages and charts).
    core::ExportReport::PdfWriter pdfExporter = {};
    // Renders a signed compliance report as a PDF (same condition).
    std::function<core::Status(const QJsonObject &signedReport, const QString &path)>
        compliancePdfExporter = {};
    // The devices under out and err when they are the process's own
    // (main() sets them; a command's --help rendered into a string has none).
    VisibleOutput *outDevice = nullptr;
    VisibleOutput *errDevice = nullptr;
    // The last run crashed: the first workspace opened is checked page by
    // page before the command uses it.
    bool checkAfterCrash = false;
};

// One top-level command ("workspace", later "pull", "breakdown", ...).
// start() may finish synchronously or later; either way it ends with one
// finished() emission.
class Command : public QObject
{
    Q_OBJECT
public:
    Command(CliContext &context, QObject *parent = nullptr) : QObject(parent), m_ctx(context) { }

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is the command's name.
    virtual void start(const QStringList &arguments) = 0;

    // ISO 8601 in UTC with a Z, as every command prints times.
    static QString isoUtc(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    using WorkspaceHandler = std::function<void(std::unique_ptr<core::Workspace>)>;

    // Opens the context's workspace (keychain or passphrase as its metadata
    // says) and calls `then` with it; on failure reports and finishes.
    void withWorkspace(WorkspaceHandler then);

    // Opens the workspace, then the org's Salesforce login
    // (resolveSalesforceLogin: a registered org's URL and keychain secrets,
    // or the environment) and calls `then` with both; on failure reports and
    // finishes.
    using OrgLoginHandler
        = std::function<void(std::shared_ptr<core::Workspace>, core::SalesforceClient::Login)>;
    void withOrgLogin(
        const QString &org, core::SalesforceClient::Login login, OrgLoginHandler then);

    // The orgs one write-back run goes through, in order ("" is the default
    // org): --org's, which must be registered; else those `pending` names;
    // else the default org alone (nothing to write still signs in: a dry
    // run of its credentials).
    core::Result<QStringList> writeBackOrgs(core::Orgs &orgs, const QString &only,
        const std::function<core::Result<QStringList>()> &pending);

    // --store DSN of the engine's commands: the engine's PostgreSQL, which
    // they write as a worker does, instead of this workspace.
    static QCommandLineOption engineStoreOption();
    // The engine's stores: on the PostgreSQL `dsn` (or RELAYAUDIT_ENGINE_DSN)
    // names, opened as an engine (migrated to this version's schema; the
    // password from RELAYAUDIT_ENGINE_DB_PASSWORD or libpq's PGPASSFILE);
    // else this workspace's. On failure reports and finishes.
    using EngineHandler = std::function<void(EngineSide)>;
    void withEngine(const QString &dsn, EngineHandler then);

    // --store DSN: an engine's PostgreSQL log to read instead of the
    // workspace's (deliveries find, retention lookup).
    static QCommandLineOption storeOption();
    // The log --store (or RELAYAUDIT_ENGINE_DSN) names, opened read-only as
    // a console with the password from RELAYAUDIT_ENGINE_DB_PASSWORD; null
    // when neither names one.
    core::Result<std::shared_ptr<core::EngineStore>> openEngineLog(
        const QString &dsn, const core::Clock &clock);
    // Whose recipient-hash pepper a lookup hashes with: the engine's
    // deployment's, or the workspace's.
    core::Result<QString> pepperOwner(core::Workspace &workspace, core::EngineStore *engine);

    // Parses the sub-command's own options; on --help or bad arguments it
    // prints and finishes, returning false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments);

    // Appends to the workspace's activity log; a failed write is reported
    // on stderr (the action itself already happened), never dropped.
    void logActivity(core::Workspace &workspace, const QString &action, const QJsonObject &detail);
    // The same on the engine's side: its workspace's activity log; on
    // PostgreSQL, where a worker keeps nothing of its own, one line on
    // stderr (journald's, for a service) with the action and its counts.
    void logActivity(const EngineSide &engine, const QString &action, const QJsonObject &detail);

    // Runs a write-back pass to its end: logs `action` with the totals,
    // prints them (`doneText` takes written, retried, given up, session
    // refreshes as %1..%4) and finishes, 1 when a record was given up.
    void runWriteBack(const EngineSide &engine, core::BatchWriteBack *job, const QString &action,
        const QString &doneText);

    void finish(int code);
    void fail(const core::Error &error);
    // The page check after a crash: the damage found, if any.
    std::optional<core::Error> checkAfterCrash(core::Workspace &workspace);
    void usageError(const QString &message);
    // The value exactly as JSON, however the human-readable lines are escaped.
    void printJson(const QJsonValue &value);
    // Machine-readable text (CSV, JSON) on stdout, byte for byte.
    void printExact(const QString &text);
    // A progress line on stderr: overwritten by the next one on a terminal,
    // one line each otherwise.
    void printProgress(const QString &line);

    CliContext &m_ctx;

private:
    bool m_finished = false;
};

} // namespace relay::cli
