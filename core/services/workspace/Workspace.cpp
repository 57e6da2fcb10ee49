#include "Workspace.h"

#include "PrivateFile.h"

#include "Clock.h"
#include "access/AccessAudit.h"
#include "deliveries/DeliveryLog.h"
#include "links/LinkStore.h"
#include "privacy/SecretBytes.h"
#include "reports/ReportCache.h"
#include "scheduler/Scheduler.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <functional>

#include <array>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

namespace relay::core {

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerFile | QFileDevice::ExeOwner;

const QString kRekeySuffix = QStringLiteral(".rekey");

// The workspace schema. Append; never edit a step that has shipped.
const std::array kMigrations {
    Migration { 1, ActivityLog::schemaSql() },
    Migration { 2, ReportCache::schemaSql() },
    Migration { 3, ReportCache::tagsSql() },
    Migration { 4, DeliveryLog::schemaSql() },
    Migration { 5, AccessAudit::schemaSql() },
    Migration { 6, LinkStore::schemaSql() },
    Migration { 7, Scheduler::schemaSql() },
    Migration { 8, DeliveryLog::callbackRefSql() },
    Migration { 9, ReportCache::ownerSql() },
    Migration { 10, ReportCache::uniqueSql() },
    Migration { 11, DeliveryLog::eventOnceSql() },
    Migration { 12, Orgs::schemaSql() },
    Migration { 13, Orgs::fieldsSql() },
    Migration { 14, DeliveryLog::perOrgSql() },
    Migration { 15, DeliveryLog::inboundSql() },
    Migration { 16, LinkStore::orgSql() },
    Migration { 17, DeliveryLog::claimsSql() },
};

QString filePath(const QString &dir, const QString &name)
{
    return QDir(dir).filePath(name);
}

Status syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, path + QStringLiteral(": cannot open to sync"));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return makeError(ErrorCode::Io, path + QStringLiteral(": fsync failed"));
    return {};
}

Status writeMeta(const QString &path, const WorkspaceMeta &meta)
{
    if (auto written = PrivateFile::write(path, meta.toJson()); !written)
        return written;
    if (!QFile::setPermissions(path, kOwnerFile))
        return makeError(ErrorCode::Io, path + QStringLiteral(": cannot set permissions"));
    return {};
}

Result<WorkspaceMeta> readMeta(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + file.errorString());
    if (file.size() > 64 * 1024)
        return makeError(
            ErrorCode::WrongKey, path + QStringLiteral(": too large for workspace metadata"));
    return WorkspaceMeta::fromJson(file.readAll(), path);
}

// A re-key that got as far as swapping the database in but not the metadata
// leaves workspace.json.rekey without workspace.db.rekey: that file is then
// the one that describes the key.
bool rekeyHalfDone(const QString &dir)
{
    return QFileInfo::exists(filePath(dir, Workspace::metaFileName() + kRekeySuffix))
        && !QFileInfo::exists(filePath(dir, Workspace::databaseFileName() + kRekeySuffix));
}

QString permissionString(QFileDevice::Permissions p)
{
    int mode = 0;
    const std::array<std::pair<QFileDevice::Permission, int>, 9> bits { {
        { QFileDevice::ReadOwner, 0400 },
        { QFileDevice::WriteOwner, 0200 },
        { QFileDevice::ExeOwner, 0100 },
        { QFileDevice::ReadGroup, 040 },
        { QFileDevice::WriteGroup, 020 },
        { QFileDevice::ExeGroup, 010 },
        { QFileDevice::ReadOther, 04 },
        { QFileDevice::WriteOther, 02 },
        { QFileDevice::ExeOther, 01 },
    } };
    for (const auto &[flag, value] : bits) {
        if (p.testFlag(flag))
            mode |= value;
    }
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

} // namespace

Workspace::Workspace(QString dir, WorkspaceMeta meta, Database db, const Clock &clock)
    : m_dir(std::move(dir))
    , m_meta(std::move(meta))
    , m_db(std::move(db))
    , m_sql(m_db)
    , m_clock(clock)
    , m_log(m_db, m_clock)
    , m_reports(m_db, m_clock)
    , m_deliveries(m_sql, m_clock)
    , m_gateways(m_sql, m_clock)
    , m_orgs(m_sql, m_clock)
    , m_access(m_db, m_log, m_clock)
    , m_links(m_sql, m_clock)
    , m_scheduler(m_db, m_clock)
{ }

namespace {

constexpr Workspace::PurgeLog kPurgeLogs[] = {
    { "delivery_log", "engine.purge", "messages", "log-retention" },
    { "access_audit", "access.purge", "rows", "access-retention" },
    { "links", "links.purge", "rows", "link-retention" },
    { "scheduler", "scheduler.purge", "bookings", "scheduler-retention" },
};

} // namespace

std::span<const Workspace::PurgeLog> Workspace::purgeLogs()
{
    return kPurgeLogs;
}

Result<QList<ReportCache::PurgeResult>> Workspace::purgePulls(qint64 onlyPull)
{
    const QString why = onlyPull > 0 ? QStringLiteral("manual") : QStringLiteral("ttl");
    return m_reports.purge(false, onlyPull, why, [this, &why](const ReportCache::PurgeResult &r) {
        return m_log.appendWithin(QStringLiteral("report.purge"),
            { { QStringLiteral("pull"), r.pullId }, { QStringLiteral("records"), r.records },
                { QStringLiteral("why"), why } });
    });
}

Result<QList<qint64>> Workspace::failInterruptedPulls()
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto failed = m_reports.failInterrupted();
    if (!failed)
        return failed.error();
    for (const qint64 id : std::as_const(failed.value())) {
        if (auto logged = m_log.appendWithin(
                QStringLiteral("report.interrupted"), { { QStringLiteral("pull"), id } });
            !logged)
            return logged.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return failed;
}

Result<int> Workspace::purgeExpired()
{
    auto purged = purgePulls(0);
    if (!purged)
        return purged.error();
    // Each store's purge, logged as counts under its own action (purgeLogs(), in this order).
    const std::function<Result<qint64>()> purges[]
        = { [this] { return m_deliveries.purgeExpired(); },
              [this] { return m_access.purgeExpired(); }, [this] { return m_links.purgeExpired(); },
              [this] { return m_scheduler.purgeExpired(); } };
    static_assert(std::size(purges) == std::size(kPurgeLogs));
    for (std::size_t i = 0; i < std::size(purges); ++i) {
        // The deletion and its log entry commit together: a crash between
        // them cannot leave a purge nobody can see.
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        auto removed = purges[i]();
        if (!removed)
            return removed.error();
        if (removed.value() == 0)
            continue;
        const PurgeLog &store = kPurgeLogs[i];
        if (auto status = m_log.appendWithin(QLatin1String(store.action),
                { { QLatin1String(store.count), removed.value() },
                    { QStringLiteral("why"), QLatin1String(store.why) } });
            !status) {
            return status.error();
        }
        if (auto status = tx->commit(); !status)
            return status.error();
    }
    // Status callbacks that never met their submit: a day is long enough.
    if (auto early = m_deliveries.purgeEarlyEvents(); !early)
        return early.error();
    return static_cast<int>(purged->size());
}

Workspace::~Workspace() = default;

SecretBytes Workspace::derivedKey(QByteArrayView context, std::size_t size) const
{
    SecretBytes out(size);
    crypto_generichash(out.data(), size, reinterpret_cast<const unsigned char *>(context.data()),
        static_cast<unsigned long long>(context.size()), m_key.data(), m_key.size());
    return out;
}

QString Workspace::defaultPath()
{
    return filePath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStringLiteral("workspace"));
}

QString Workspace::demoPath()
{
    return filePath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStringLiteral("demo-workspace"));
}

int Workspace::latestSchemaVersion()
{
    return kMigrations.back().version;
}

bool Workspace::exists(const QString &dir)
{
    return QFileInfo::exists(filePath(dir, metaFileName())) || rekeyHalfDone(dir);
}

Result<WorkspaceMeta> Workspace::inspect(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return makeError(ErrorCode::NotFound, dir);
    if (rekeyHalfDone(dir))
        return readMeta(filePath(dir, metaFileName() + kRekeySuffix));
    return readMeta(filePath(dir, metaFileName()));
}

Result<SecretBytes> Workspace::passphraseKey(
    const WorkspaceMeta &meta, const SecretBytes &passphrase)
{
    if (meta.keySource != KeySource::Passphrase)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("this workspace's key is in the keychain"));
    return deriveKey(passphrase, meta.salt, meta.kdf);
}

Result<std::unique_ptr<Workspace>> Workspace::create(
    const QString &dir, WorkspaceMeta meta, const SecretBytes &key, const Clock &clock)
{
    const QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir())
            return makeError(ErrorCode::AlreadyExists, dir + QStringLiteral(" is a file"));
        if (!QDir(dir).isEmpty(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return makeError(ErrorCode::AlreadyExists, dir + QStringLiteral(" is not empty"));
    } else if (!QDir().mkpath(dir)) {
        return makeError(ErrorCode::Io, dir + QStringLiteral(": cannot create the directory"));
    }
    meta.created = clock.nowUtc();
    if (!QFile::setPermissions(dir, kOwnerDir))
        return makeError(ErrorCode::Io, dir + QStringLiteral(": cannot set permissions"));

    meta.keyCheck = keyCheck(key);
    const QString dbPath = filePath(dir, databaseFileName());
    // A creation that fails half-way leaves nothing that would block the next try.
    const auto undo = [&dbPath](Error error) {
        QFile::remove(dbPath);
        QFile::remove(dbPath + QStringLiteral("-journal"));
        return error;
    };
    auto db = Database::open(dbPath, key, Database::OpenMode::CreateNew);
    if (!db)
        return undo(db.error());
    QFile::setPermissions(dbPath, kOwnerFile);
    if (auto status = migrate(db.value(), kMigrations); !status)
        return undo(status.error());
    if (auto status = writeMeta(filePath(dir, metaFileName()), meta); !status)
        return undo(status.error());

    std::unique_ptr<Workspace> workspace(
        new Workspace(dir, std::move(meta), std::move(db.value()), clock));
    workspace->m_key = SecretBytes(key.data(), key.size());
    if (auto status = workspace->m_log.append(QStringLiteral("workspace.init"),
            { { QStringLiteral("keySource"), keySourceName(workspace->m_meta.keySource) },
                { QStringLiteral("schema"), latestSchemaVersion() } });
        !status) {
        return status.error();
    }
    return workspace;
}

namespace {

// Opening met damage: which pages are damaged, read straight from the file
// (the schema that would name their tables may be among them), so the error
// says so even when no check can open the workspace.
Error withDamagedPages(Error error, const QString &dbPath, const SecretBytes &key)
{
    if (error.code != ErrorCode::Corrupt)
        return error;
    auto pages = checkPages(dbPath, key, {});
    if (!pages || pages->damaged.isEmpty())
        return error;
    if (pages->damaged.size() == pages->pages) {
        error.detail += QStringLiteral("; none of its %1 pages passes its HMAC check: the salt "
                                       "in its first 16 bytes may be damaged")
                            .arg(pages->pages);
        return error;
    }
    constexpr qsizetype kNamed = 10;
    QStringList where;
    for (const DamagedPage &d : pages->damaged.first(qMin(kNamed, pages->damaged.size())))
        where.append(QStringLiteral("page %1 (%2)").arg(d.page).arg(d.owner));
    if (pages->damaged.size() > kNamed)
        where.append(QStringLiteral("%1 more").arg(pages->damaged.size() - kNamed));
    error.detail += QStringLiteral("; of its %1 pages, these fail their HMAC check: %2")
                        .arg(pages->pages)
                        .arg(where.join(QStringLiteral(", ")));
    return error;
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(
    const QString &dir, const SecretBytes &key, const Clock &clock)
{
    auto meta = inspect(dir);
    if (!meta)
        return meta.error();
    // The key check answers "is this the key?" before SQLCipher is asked, so
    // a damaged file is never reported as a wrong passphrase, and a wrong
    // passphrase never opens (let alone touches) the database.
    if (keyCheck(key) != meta->keyCheck)
        return makeError(ErrorCode::WrongKey, {});

    const QString dbPath = filePath(dir, databaseFileName());
    auto db = Database::open(dbPath, key, Database::OpenMode::OpenExisting);
    if (!db) {
        Error error = db.error();
        if (error.code == ErrorCode::WrongKey) {
            // The key is right, so the file is what is wrong.
            error.code = ErrorCode::Corrupt;
            error.detail
                = dbPath + QStringLiteral(": the file does not decrypt with the right key");
        }
        return withDamagedPages(std::move(error), dbPath, key);
    }
    if (auto status = migrate(db.value(), kMigrations); !status) {
        Error error = status.error();
        if (error.code == ErrorCode::Corrupt)
            error.detail = dbPath + QStringLiteral(": ") + error.detail;
        return withDamagedPages(std::move(error), dbPath, key);
    }

    // Finish or discard what an interrupted re-key left behind.
    const QString pendingMeta = filePath(dir, metaFileName() + kRekeySuffix);
    if (rekeyHalfDone(dir)) {
        QFile::remove(filePath(dir, metaFileName()));
        if (!QFile::rename(pendingMeta, filePath(dir, metaFileName())))
            return makeError(ErrorCode::Io,
                pendingMeta + QStringLiteral(": cannot finish the interrupted re-key"));
    } else {
        QFile::remove(pendingMeta);
        QFile::remove(filePath(dir, databaseFileName() + kRekeySuffix));
        QFile::remove(
            filePath(dir, databaseFileName() + kRekeySuffix + QStringLiteral("-journal")));
    }

    std::unique_ptr<Workspace> workspace(
        new Workspace(dir, std::move(meta.value()), std::move(db.value()), clock));
    workspace->m_key = SecretBytes(key.data(), key.size());
    // The 7-day promise is kept on every open, before anyone looks.
    if (auto purged = workspace->purgeExpired(); !purged)
        return purged.error();
    if (auto interrupted = workspace->failInterruptedPulls(); !interrupted)
        return interrupted.error();
    return workspace;
}

Status Workspace::rekey(WorkspaceMeta newMeta, const SecretBytes &newKey)
{
    newMeta.id = m_meta.id;
    newMeta.created = m_meta.created;
    newMeta.keyCheck = keyCheck(newKey);

    const QString dbPath = filePath(m_dir, databaseFileName());
    const QString newDbPath = dbPath + kRekeySuffix;
    const QString metaPath = filePath(m_dir, metaFileName());
    const QString newMetaPath = metaPath + kRekeySuffix;
    QFile::remove(newDbPath);
    QFile::remove(newMetaPath);

    // 1. the whole database, encrypted under the new key, beside the old one
    if (auto status = m_db.exportEncrypted(newDbPath, newKey); !status)
        return status;
    QFile::setPermissions(newDbPath, kOwnerFile);
    // The entry goes into the copy only: the old database never records a
    // re-key that a crash before the swap would leave undone.
    {
        auto copy = Database::open(newDbPath, newKey, Database::OpenMode::OpenExisting);
        if (!copy) {
            QFile::remove(newDbPath);
            return copy.error();
        }
        ActivityLog log(copy.value(), m_clock);
        if (auto status = log.append(QStringLiteral("workspace.rekey"),
                { { QStringLiteral("from"), keySourceName(m_meta.keySource) },
                    { QStringLiteral("to"), keySourceName(newMeta.keySource) } });
            !status) {
            QFile::remove(newDbPath);
            return status;
        }
    }
    if (auto status = syncFile(newDbPath); !status) {
        QFile::remove(newDbPath);
        return status;
    }
    // 2. its metadata beside the old metadata
    if (auto status = writeMeta(newMetaPath, newMeta); !status) {
        QFile::remove(newDbPath);
        return status;
    }
    // 3. the database swap (atomic); from here on open() finishes the job.
    // The old connection keeps the old inode until it is closed below.
    if (::rename(QFile::encodeName(newDbPath).constData(), QFile::encodeName(dbPath).constData())
        != 0) {
        QFile::remove(newDbPath);
        QFile::remove(newMetaPath);
        return makeError(ErrorCode::Io, dbPath + QStringLiteral(": cannot replace the database"));
    }
    m_db.close();
    // 4. the metadata swap (atomic)
    if (::rename(
            QFile::encodeName(newMetaPath).constData(), QFile::encodeName(metaPath).constData())
        != 0)
        return makeError(ErrorCode::Io, metaPath + QStringLiteral(": cannot replace the metadata"));
    (void)syncFile(m_dir);

    auto db = Database::open(dbPath, newKey, Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_meta = std::move(newMeta);
    m_key = SecretBytes(newKey.data(), newKey.size());
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::openAnother() const
{
    return open(m_dir, m_key, m_clock);
}

Result<Database> Workspace::openReader() const
{
    return Database::open(
        filePath(m_dir, databaseFileName()), m_key, Database::OpenMode::OpenExisting);
}

Result<Workspace::Integrity> Workspace::checkIntegrity()
{
    QHash<qint64, QString> roots;
    auto schema
        = m_db.prepare(QStringLiteral("SELECT rootpage, type || ' ' || name FROM sqlite_master "
                                      "WHERE rootpage > 0"));
    if (!schema)
        return schema.error();
    if (auto s = schema->each([&] { roots.insert(schema->int64(0), schema->text(1)); }); !s)
        return s.error();
    schema = Statement();
    auto pages = checkPages(filePath(m_dir, databaseFileName()), m_key, roots);
    if (!pages)
        return pages.error();
    Integrity integrity;
    integrity.pages = pages->pages;
    integrity.damaged = pages->damaged;
    if (!integrity.damaged.isEmpty())
        return integrity; // SQLite would stop at the first damaged page it reads
    auto check = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    if (auto s = check->each([&] {
            if (check->text(0) != QLatin1String("ok"))
                integrity.structure.append(check->text(0));
        });
        !s)
        return s.error();
    integrity.structureChecked = true;
    return integrity;
}

Result<Workspace::Info> Workspace::info()
{
    Info info;
    info.path = QDir(m_dir).absolutePath();
    info.id = m_meta.id;
    info.format = m_meta.format;
    info.keySource = m_meta.keySource;
    info.kdf = m_meta.kdf;
    info.created = m_meta.created;
    auto version = m_db.userVersion();
    if (!version)
        return version.error();
    info.schemaVersion = version.value();
    auto cipher = m_db.cipherProfile();
    if (!cipher)
        return cipher.error();
    info.cipher = cipher.value();
    auto entries
        = m_db.queryInt(QStringLiteral("SELECT entries FROM activity_log_head WHERE id = 1"));
    if (!entries)
        return entries.error();
    info.activityEntries = entries.value();
    const QFileInfoList files = QDir(m_dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files)
        info.files.append({ file.fileName(), file.size(), permissionString(file.permissions()) });
    return info;
}

} // namespace relay::core
