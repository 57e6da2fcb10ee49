#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace relay::core {

class Database;

// The engine's stores (delivery log, orgs, gateways, links, settings) are
// written once against this interface and run on either backend: the
// workspace's SQLCipher file (SqliteConnection) or an engine's PostgreSQL
// (PgConnection). The SQL they send is the common part of both dialects:
// parameters as ?1..?N, coalesce(), CASE rather than SQLite's two-argument
// max(); where the dialects differ (an insert that ignores a conflict, an
// upsert) the connection writes the statement (insertIgnoring, upsert).
enum class SqlDialect { SQLite, PostgreSQL };

// What a backend's statement does; SqlStatement is the value the stores hold.
class SqlStatementImpl
{
public:
    virtual ~SqlStatementImpl() = default;
    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, const QString &value) = 0;
    virtual void bindNull(int index) = 0;
    virtual Result<bool> step() = 0;
    virtual void reset() = 0;
    virtual qint64 int64(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    // Rows the last run changed.
    virtual qint64 changes() const = 0;
    // The id of the row the last run inserted (a statement from prepareInsert).
    virtual qint64 insertedId() const = 0;
};

// A prepared statement on either backend. Indexes are 1-based for binding
// and 0-based for columns, as Statement's.
class SqlStatement
{
public:
    SqlStatement() = default;
    explicit SqlStatement(std::unique_ptr<SqlStatementImpl> impl) : m_impl(std::move(impl)) { }

    SqlStatement &bind(int index, qint64 value)
    {
        m_impl->bind(index, value);
        return *this;
    }
    SqlStatement &bind(int index, int value) { return bind(index, qint64 { value }); }
    SqlStatement &bind(int index, const QString &value)
    {
        m_impl->bind(index, value);
        return *this;
    }
    SqlStatement &bindNull(int index)
    {
        m_impl->bindNull(index);
        return *this;
    }
    // true while there is a row to read, false when done.
    [[nodiscard]] Result<bool> step() { return m_impl->step(); }
    // Steps to the end, for statements that return no rows.
    [[nodiscard]] Status run();
    // Calls onRow for every row.
    [[nodiscard]] Status each(const std::function<void()> &onRow);
    // Runs an insert from prepareInsert: the new row's id.
    [[nodiscard]] Result<qint64> insert();
    void reset() { m_impl->reset(); }

    qint64 int64(int column) const { return m_impl->int64(column); }
    QString text(int column) const { return m_impl->text(column); }
    bool isNull(int column) const { return m_impl->isNull(column); }
    qint64 changes() const { return m_impl->changes(); }

private:
    std::unique_ptr<SqlStatementImpl> m_impl;
};

// A transaction, rolled back when it goes out of scope uncommitted; begun
// inside another it is a savepoint (its commit a release).
class SqlTransaction
{
public:
    class Impl
    {
    public:
        virtual ~Impl() = default;
        virtual Status commit() = 0;
    };
    explicit SqlTransaction(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) { }
    [[nodiscard]] Status commit() { return m_impl->commit(); }

private:
    std::unique_ptr<Impl> m_impl;
};

class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    virtual SqlDialect dialect() const = 0;
    [[nodiscard]] virtual Result<SqlStatement> prepare(const QString &sql) = 0;
    // An INSERT whose run() tells the new row's `id` (SqlStatement::insert).
    [[nodiscard]] virtual Result<SqlStatement> prepareInsert(const QString &sql) = 0;
    // One or more statements without parameters or rows.
    [[nodiscard]] virtual Status exec(const QString &sql) = 0;
    [[nodiscard]] virtual Result<SqlTransaction> transaction() = 0;

    // "INSERT … <rest>" that leaves the row already there (a unique key
    // taken) alone; the statement's changes() tell which happened.
    QString insertIgnoring(const QString &rest) const;
    // "INSERT … <rest>" that replaces the row with the same `key` columns.
    QString upsert(const QString &rest, const QString &key, const QString &columns) const;
    // Ends a SELECT whose rows the transaction takes for itself (a lease):
    // on PostgreSQL "FOR UPDATE [OF table] SKIP LOCKED", so that workers
    // running the same job take different rows; on SQLite nothing (its
    // transaction holds the whole file).
    QString skipLocked(const QString &table = {}) const;

    [[nodiscard]] Result<qint64> queryInt(const QString &sql);
    // The same, with ?1 bound to `value`.
    [[nodiscard]] Result<qint64> queryInt(const QString &sql, qint64 value);

private:
    [[nodiscard]] Result<qint64> queryIntWith(
        const QString &sql, const std::function<void(SqlStatement &)> &bind);
};

// "1,2,3": row ids for an IN (…) list (numbers only, so nothing to bind).
QString sqlIdList(const QList<qint64> &ids);

// The workspace's SQLCipher connection seen through SqlConnection; holds no
// state of its own, so a store may make one where it needs it.
class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(Database &db) : m_db(db) { }
    SqlDialect dialect() const override { return SqlDialect::SQLite; }
    Result<SqlStatement> prepare(const QString &sql) override;
    Result<SqlStatement> prepareInsert(const QString &sql) override { return prepare(sql); }
    Status exec(const QString &sql) override;
    Result<SqlTransaction> transaction() override;
    Database &database() { return m_db; }

private:
    Database &m_db;
};

} // namespace relay::core
