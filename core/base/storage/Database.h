#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace relay::core {

class SecretBytes;

// A prepared statement with typed binding. Indexes are 1-based for binding
// (as in SQLite) and 0-based for columns.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64 { value }); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, QByteArrayView value);
    Statement &bindNull(int index);

    // true while there is a row to read, false when done.
    [[nodiscard]] Result<bool> step();
    // Steps to the end, for statements that return no rows.
    [[nodiscard]] Status run();
    // Calls onRow for every row, reading columns from this statement.
    [[nodiscard]] Status each(const std::function<void()> &onRow);
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    // The value's storage class, and its bytes without a copy (TEXT as
    // UTF-8, BLOB as is), valid until the next step.
    enum class Type { Integer, Real, Text, Blob, Null };
    Type type(int column) const;
    QByteArrayView bytes(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) { }

    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    int m_bindError = 0; // first failed bind, reported by step()
};

// An SQLCipher connection. Opened with a raw 256-bit key (no passphrase text
// ever reaches SQLCipher), with the cipher profile set explicitly and checked
// by a schema read. One connection belongs to one thread.
class Database
{
public:
    enum class OpenMode { CreateNew, OpenExisting };

    // Another process's write holds the lock: every connection waits up to
    // kBusyWaitMs, then fails with ErrorCode::Busy. After kBusyNoticeMs the
    // notice runs, once per wait, on the waiting thread (the CLI prints
    // what it waits for). A plain function: it may run on any thread.
    using WaitNotice = void (*)();
    static void setWaitNotice(WaitNotice notice);
    static constexpr qint64 kBusyNoticeMs = 1000;
    static constexpr qint64 kBusyWaitMs = 120000;
    // Tests shorten the waits.
    static void setBusyLimits(qint64 noticeMs, qint64 waitMs);

    struct CipherProfile {
        QString cipherVersion;
        int pageSize = 0;
        int kdfIter = 0;
        bool useHmac = false;
        bool secureDelete = false;
    };

    // The profile every database of the project is created with.
    static constexpr int kPageSize = 4096;
    static constexpr int kKdfIter = 256000; // unused with a raw key, set for the record

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // WrongKey when the key does not decrypt the file (SQLITE_NOTADB);
    // NotEncrypted for a plain SQLite file; Corrupt for a damaged one;
    // Io when the file cannot be opened. Opening never writes to the file.
    [[nodiscard]] static Result<Database> open(
        const QString &path, const SecretBytes &key, OpenMode mode);

    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }
    void close();

    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    // Runs one or more statements that return no rows.
    [[nodiscard]] Status exec(const QString &sql);
    [[nodiscard]] Result<qint64> queryInt(const QString &sql);
    // The same, with ?1 bound to `value` (a cutoff, an id).
    [[nodiscard]] Result<qint64> queryInt(const QString &sql, qint64 value);

    [[nodiscard]] Result<int> userVersion();
    [[nodiscard]] Status setUserVersion(int version);
    [[nodiscard]] Result<CipherProfile> cipherProfile();

    // Writes a copy of the whole database, encrypted with newKey, to path
    // (which must not exist). Used by re-keying: the caller renames it over
    // the original once it is complete.
    [[nodiscard]] Status exportEncrypted(const QString &path, const SecretBytes &newKey);

    // Aborts a running statement from another thread.
    void interrupt();

    qint64 lastInsertRowId() const;
    int changes() const;
    // Inside BEGIN … COMMIT (SQLite's autocommit is off).
    bool inTransaction() const;

    // Error from the connection's last failed call, as a value.
    Error lastError(ErrorCode fallback, const QString &context) const;

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }

    sqlite3 *m_db = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when it goes out of scope
// uncommitted. Begun inside another transaction it is a savepoint: its
// commit is a RELEASE (the outer transaction decides), its rollback undoes
// only its own changes.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Status commit();

private:
    Transaction(Database *db, QString savepoint) : m_db(db), m_savepoint(std::move(savepoint)) { }
    Database *m_db = nullptr;
    QString m_savepoint; // empty: the outermost transaction
};

// Forward-only schema migrations keyed on PRAGMA user_version.
struct Migration {
    int version; // the user_version after this step
    const char *sql; // one or more statements
};

[[nodiscard]] Status migrate(Database &db, std::span<const Migration> migrations);

} // namespace relay::core
