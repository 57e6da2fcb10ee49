#include "Database.h"

#include "privacy/SecretBytes.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <atomic>
#include <cstring>

namespace relay::core {

namespace {

constexpr char kSqliteHeader[] = "SQLite format 3";

std::atomic<Database::WaitNotice> g_waitNotice { nullptr };
std::atomic<qint64> g_busyNoticeMs { Database::kBusyNoticeMs };
std::atomic<qint64> g_busyWaitMs { Database::kBusyWaitMs };

// SQLite calls this while another connection holds the lock it needs;
// `count` is 0 at the start of each wait. One wait at a time per thread.
int waitWhileBusy(void *, int count)
{
    thread_local QElapsedTimer waited;
    thread_local bool announced = false;
    if (count == 0) {
        waited.start();
        announced = false;
    }
    if (waited.elapsed() >= g_busyWaitMs.load())
        return 0; // SQLITE_BUSY: ErrorCode::Busy, whose message says what happened
    if (!announced && waited.elapsed() >= g_busyNoticeMs.load()) {
        announced = true;
        if (const Database::WaitNotice notice = g_waitNotice.load())
            notice();
    }
    sqlite3_sleep(count < 20 ? 2 : 25);
    return 1;
}

ErrorCode codeFor(int rc, ErrorCode fallback)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return ErrorCode::WrongKey;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    default:
        return fallback;
    }
}

// "x'<64 hex digits>'": SQLCipher's raw-key form, which skips its own KDF.
SecretBytes rawKeyLiteral(const SecretBytes &key)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    SecretBytes literal(key.size() * 2 + 3);
    unsigned char *out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(hex[key.data()[i] & 0x0f]);
    }
    *out = '\'';
    return literal;
}

// An SQLite failure as an Error. A lock held past the wait is Busy, whose
// headline says what happened; SQLite's "database is locked" would not.
Error fromSqlite(int rc, ErrorCode fallback, const QString &message)
{
    const ErrorCode code = codeFor(rc, fallback);
    if (code == ErrorCode::Busy)
        return makeError(code,
            QStringLiteral("waited %1 s").arg(static_cast<double>(g_busyWaitMs.load()) / 1000.0));
    return makeError(code, message);
}

} // namespace

void Database::setWaitNotice(WaitNotice notice)
{
    g_waitNotice.store(notice);
}

void Database::setBusyLimits(qint64 noticeMs, qint64 waitMs)
{
    g_busyNoticeMs.store(noticeMs);
    g_busyWaitMs.store(waitMs);
}

// --- Statement --------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_bindError(other.m_bindError)
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_bindError = other.m_bindError;
    }
    return *this;
}

namespace {
void keepFirst(int &slot, int rc)
{
    if (slot == SQLITE_OK && rc != SQLITE_OK)
        slot = rc;
}
} // namespace

Statement &Statement::bind(int index, qint64 value)
{
    keepFirst(m_bindError, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    keepFirst(m_bindError, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    keepFirst(m_bindError,
        sqlite3_bind_text(
            m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView value)
{
    keepFirst(m_bindError,
        sqlite3_bind_blob(
            m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    keepFirst(m_bindError, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        return makeError(ErrorCode::Sql,
            QStringLiteral("bind: %1").arg(QString::fromUtf8(sqlite3_errstr(m_bindError))));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fromSqlite(rc, ErrorCode::Sql, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
    }
}

Status Statement::each(const std::function<void()> &onRow)
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        onRow();
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Statement::Type Statement::type(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QByteArrayView Statement::bytes(int column) const
{
    // sqlite3_column_text first when the value is text, then its byte count.
    const void *data = sqlite3_column_type(m_stmt, column) == SQLITE_TEXT
        ? static_cast<const void *>(sqlite3_column_text(m_stmt, column))
        : sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// --- Database ---------------------------------------------------------------

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Error Database::lastError(ErrorCode fallback, const QString &context) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    return fromSqlite(
        rc, fallback, context.isEmpty() ? message : context + QStringLiteral(": ") + message);
}

Result<Database> Database::open(const QString &path, const SecretBytes &key, OpenMode mode)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a database key has 32 bytes"));

    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting) {
        if (!info.exists())
            return makeError(ErrorCode::NotFound, path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, path + QStringLiteral(": ") + file.errorString());
        const QByteArray head = file.read(16);
        if (head.isEmpty())
            return makeError(ErrorCode::Corrupt, path + QStringLiteral(": the file is empty"));
        if (head.startsWith(QByteArrayView(kSqliteHeader)))
            return makeError(ErrorCode::NotEncrypted, path);
        if (info.size() % kPageSize != 0) {
            return makeError(ErrorCode::Corrupt,
                path
                    + QStringLiteral(
                        ": the file is truncated (%1 bytes is not a whole number of pages)")
                          .arg(info.size()));
        }
    } else if (info.exists()) {
        return makeError(ErrorCode::AlreadyExists, path);
    }

    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        | (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &handle, flags, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK)
        return db.lastError(ErrorCode::Io, path);
    sqlite3_extended_result_codes(handle, 1);
    // The GUI and the CLI may share a workspace: wait for the other's write
    // to finish instead of failing at once, and say so after a second.
    sqlite3_busy_handler(handle, &waitWhileBusy, nullptr);

    {
        const SecretBytes literal = rawKeyLiteral(key);
        rc = sqlite3_key_v2(handle, "main", literal.data(), static_cast<int>(literal.size()));
    }
    if (rc != SQLITE_OK)
        return db.lastError(ErrorCode::Sql, QStringLiteral("key"));

    // The cipher profile, explicitly, before the first read.
    const QString profile = QStringLiteral("PRAGMA cipher_page_size = %1; PRAGMA kdf_iter = %2; "
                                           "PRAGMA cipher_use_hmac = ON;")
                                .arg(kPageSize)
                                .arg(kKdfIter);
    if (auto status = db.exec(profile); !status)
        return status.error();

    // The first read decides: wrong key (SQLITE_NOTADB), damage, or fine.
    if (auto count = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !count) {
        Error error = count.error();
        error.detail = path;
        return error;
    }
    if (auto status = db.exec(QStringLiteral(
            "PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;"));
        !status) {
        return status.error();
    }
    if (mode == OpenMode::CreateNew) {
        // Freed pages go back to the file system on demand (incremental
        // vacuum after purges). Then write page 1 now, so the file exists,
        // encrypted, with our profile.
        if (auto status
            = db.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL; PRAGMA user_version = 0;"));
            !status) {
            return status.error();
        }
    }
    return db;
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc
        = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(ErrorCode::Sql, {});
    return Statement(stmt, m_db);
}

Status Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text
            = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return fromSqlite(rc, ErrorCode::Sql, text);
    }
    return {};
}

Result<qint64> Database::queryInt(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Sql, QStringLiteral("no row"));
    return stmt->int64(0);
}

Result<qint64> Database::queryInt(const QString &sql, qint64 value)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return lastError(ErrorCode::Sql, QStringLiteral("no row from: %1").arg(sql));
    return stmt->int64(0);
}

Result<int> Database::userVersion()
{
    auto version = queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Status Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<Database::CipherProfile> Database::cipherProfile()
{
    CipherProfile profile;
    auto stmt = prepare(QStringLiteral("PRAGMA cipher_version"));
    if (!stmt)
        return stmt.error();
    if (auto row = stmt->step(); row && row.value())
        profile.cipherVersion = stmt->text(0);
    const auto readInt = [this](const char *pragma) -> qint64 {
        auto value = queryInt(QStringLiteral("PRAGMA ") + QLatin1String(pragma));
        return value ? value.value() : -1;
    };
    profile.pageSize = static_cast<int>(readInt("cipher_page_size"));
    profile.kdfIter = static_cast<int>(readInt("kdf_iter"));
    profile.useHmac = readInt("cipher_use_hmac") == 1;
    profile.secureDelete = readInt("secure_delete") == 1;
    return profile;
}

Status Database::exportEncrypted(const QString &path, const SecretBytes &newKey)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::AlreadyExists, path);
    auto version = userVersion();
    if (!version)
        return version.error();

    // ATTACH takes the key as a bound value: no key text is spliced into SQL.
    // The attached database gets the process-wide default profile, so set it
    // to ours first.
    if (auto status = exec(QStringLiteral("PRAGMA cipher_default_page_size = %1; "
                                          "PRAGMA cipher_default_kdf_iter = %2; "
                                          "PRAGMA cipher_default_use_hmac = ON;")
                               .arg(kPageSize)
                               .arg(kKdfIter));
        !status) {
        return status;
    }
    // The connection was opened without SQLITE_OPEN_CREATE, and ATTACH
    // inherits that: it only opens existing files. An empty file is a new
    // database to SQLite, so create one, owner-only.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::Io, path + QStringLiteral(": ") + file.errorString());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto attach = prepare(QStringLiteral("ATTACH DATABASE ?1 AS rekeyed KEY ?2"));
    if (!attach)
        return attach.error();
    {
        const SecretBytes literal = rawKeyLiteral(newKey);
        attach->bind(1, path);
        attach->bindBlob(2,
            QByteArrayView(reinterpret_cast<const char *>(literal.data()),
                static_cast<qsizetype>(literal.size())));
        if (auto status = attach->run(); !status) {
            QFile::remove(path);
            return status;
        }
    }
    attach = Statement();

    // sqlcipher_export copies data, not this setting: keep freed pages
    // returnable to the file system after a re-key.
    Status result = exec(QStringLiteral("PRAGMA rekeyed.auto_vacuum = INCREMENTAL;"));
    if (result)
        result = exec(QStringLiteral("SELECT sqlcipher_export('rekeyed');"));
    if (result)
        result = exec(QStringLiteral("PRAGMA rekeyed.user_version = %1;").arg(version.value()));
    Status detach = exec(QStringLiteral("DETACH DATABASE rekeyed;"));
    if (!result) {
        QFile::remove(path);
        return result;
    }
    if (!detach) {
        QFile::remove(path);
        return detach;
    }
    return {};
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

// --- Transaction ------------------------------------------------------------

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.inTransaction()) {
        static std::atomic<quint64> counter { 0 };
        const QString name = QStringLiteral("nested_%1").arg(++counter);
        if (auto status = db.exec(QStringLiteral("SAVEPOINT ") + name); !status)
            return status.error();
        return Transaction(&db, name);
    }
    if (auto status = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !status)
        return status.error();
    return Transaction(&db, {});
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint))
{ }

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db->exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

Status Transaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Sql, QStringLiteral("commit without a transaction"));
    Status status = m_db->exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                     : QStringLiteral("RELEASE ") + m_savepoint);
    if (status)
        m_db = nullptr;
    return status;
}

// --- Migrations -------------------------------------------------------------

Status migrate(Database &db, std::span<const Migration> migrations)
{
    auto current = db.userVersion();
    if (!current)
        return current.error();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current.value() > latest) {
        return makeError(ErrorCode::Migration,
            QStringLiteral("schema version %1 is newer than this program knows (%2)")
                .arg(current.value())
                .arg(latest));
    }
    for (const Migration &step : migrations) {
        if (step.version <= current.value())
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto status = db.exec(QString::fromUtf8(step.sql)); !status) {
            return makeError(ErrorCode::Migration,
                QStringLiteral("to version %1: %2").arg(step.version).arg(status.error().detail));
        }
        if (auto status = db.setUserVersion(step.version); !status)
            return status;
        if (auto status = tx->commit(); !status)
            return status;
    }
    return {};
}

} // namespace relay::core
