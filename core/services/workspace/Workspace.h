#pragma once

#include "Result.h"
#include "access/AccessAudit.h"
#include "activity/ActivityLog.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/Gateways.h"
#include "deliveries/Orgs.h"
#include "links/LinkStore.h"
#include "privacy/SecretBytes.h"
#include "reports/ReportCache.h"
#include "scheduler/Scheduler.h"
#include "storage/Database.h"
#include "storage/PageCheck.h"
#include "storage/Sql.h"
#include "workspace/WorkspaceMeta.h"

#include <QList>
#include <QString>

#include <memory>
#include <span>

namespace relay::core {

class Clock;

// A workspace directory (0700): workspace.json (how to get the key; no
// secret) and workspace.db (SQLCipher, 0600). Later stores add their tables
// through the migrations in Workspace.cpp.
class Workspace
{
public:
    struct FileInfo {
        QString name;
        qint64 bytes = 0;
        QString permissions; // octal, e.g. "0600"
    };
    struct Info {
        QString path;
        QString id;
        int format = 0;
        int schemaVersion = 0;
        KeySource keySource = KeySource::Passphrase;
        KdfParams kdf;
        Database::CipherProfile cipher;
        QDateTime created;
        QList<FileInfo> files;
        qint64 activityEntries = 0;
    };

    static QString defaultPath();
    static QString demoPath();
    static constexpr const char *kDemoPassphrase = "relay-audit-demo";

    static QString metaFileName() { return QStringLiteral("workspace.json"); }
    static QString databaseFileName() { return QStringLiteral("workspace.db"); }

    // The schema version this build creates and expects.
    static int latestSchemaVersion();

    static bool exists(const QString &dir);
    // Reads workspace.json (or the one a re-key left about to be swapped in).
    // Changes nothing on disk.
    [[nodiscard]] static Result<WorkspaceMeta> inspect(const QString &dir);

    // Creates the directory (or uses an empty one) and the encrypted
    // database. meta.keyCheck is filled in from the key.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> create(
        const QString &dir, WorkspaceMeta meta, const SecretBytes &key, const Clock &clock);

    // Wrong key: ErrorCode::WrongKey and no file touched. A right key on a
    // damaged file: ErrorCode::Corrupt naming the file.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(
        const QString &dir, const SecretBytes &key, const Clock &clock);

    // Key derivation for passphrase workspaces, off the caller's hands.
    [[nodiscard]] static Result<SecretBytes> passphraseKey(
        const WorkspaceMeta &meta, const SecretBytes &passphrase);

    // Re-encrypts everything under newKey (temp file, then rename); the
    // workspace stays open under the new key. newMeta carries the new key
    // source, salt and key id.
    [[nodiscard]] Status rekey(WorkspaceMeta newMeta, const SecretBytes &newKey);

    [[nodiscard]] Result<Info> info();

    // `workspace check`: every page of workspace.db read from the file and
    // its HMAC verified (checkPages()), then SQLite's structural check when
    // no page is damaged. Changes nothing.
    struct Integrity {
        qint64 pages = 0;
        QList<DamagedPage> damaged;
        QStringList structure; // integrity_check's findings; empty: sound
        bool structureChecked = false;
        bool ok() const { return damaged.isEmpty() && structure.isEmpty() && structureChecked; }
    };
    [[nodiscard]] Result<Integrity> checkIntegrity();

    // A second connection to the database, for a reader thread (the records
    // table sorts a million ids there). The workspace keeps its key in locked
    // memory for this while it is open, as SQLCipher does for the first.
    [[nodiscard]] Result<Database> openReader() const;
    // The same workspace opened again (its own connection), for a worker
    // thread that writes: a provider pull run off the GUI thread.
    // It keeps this workspace's clock.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openAnother() const;

    // A key for another purpose, derived from the workspace key (BLAKE2b
    // keyed with it, over `context`): the same for as long as the key is.
    // The compliance report's Ed25519 seed comes from here.
    SecretBytes derivedKey(QByteArrayView context, std::size_t size = 32) const;

    const QString &path() const { return m_dir; }
    const Clock &clock() const { return m_clock; }
    const WorkspaceMeta &meta() const { return m_meta; }
    Database &database() { return m_db; }
    // The same connection as the engine's stores use it.
    SqlConnection &sql() { return m_sql; }
    ActivityLog &activityLog() { return m_log; }
    ReportCache &reports() { return m_reports; }
    DeliveryLog &deliveries() { return m_deliveries; }
    Gateways &gateways() { return m_gateways; }
    Orgs &orgs() { return m_orgs; }
    AccessAudit &access() { return m_access; }
    LinkStore &links() { return m_links; }
    Scheduler &scheduler() { return m_scheduler; }

    // Report pulls past their 7 days (or the one pull `onlyPull`), each
    // deleted together with its "report.purge" activity entry.
    [[nodiscard]] Result<QList<ReportCache::PurgeResult>> purgePulls(qint64 onlyPull = 0);
    // Deletes what every store keeps past its retention and records each
    // purge in the activity log. Runs on every open, and hourly in
    // long-running processes.
    [[nodiscard]] Result<int> purgeExpired();
    // Pulls left running by a process that ended become failed
    // (ReportCache::failInterrupted), each with a report.interrupted entry
    // in the same transaction. Done on every open.
    [[nodiscard]] Result<QList<qint64>> failInterruptedPulls();

    // The stores purgeExpired() purges besides the report cache, as its
    // activity-log entries name them (the signed report counts them).
    struct PurgeLog {
        const char *store; // delivery_log
        const char *action; // engine.purge
        const char *count; // the detail key of what was deleted: messages
        const char *why; // log-retention
    };
    static std::span<const PurgeLog> purgeLogs();

    ~Workspace();

private:
    Workspace(QString dir, WorkspaceMeta meta, Database db, const Clock &clock);

    QString m_dir;
    WorkspaceMeta m_meta;
    Database m_db;
    SqliteConnection m_sql; // the engine's stores' view of m_db
    SecretBytes m_key;
    const Clock &m_clock;
    ActivityLog m_log;
    ReportCache m_reports;
    DeliveryLog m_deliveries;
    Gateways m_gateways;
    Orgs m_orgs;
    AccessAudit m_access;
    LinkStore m_links;
    Scheduler m_scheduler;
};

} // namespace relay::core
