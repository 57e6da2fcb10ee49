#include "Sql.h"

#include "storage/Database.h"

#include <QStringList>

namespace relay::core {

Status SqlStatement::run()
{
    return each([] {});
}

Status SqlStatement::each(const std::function<void()> &onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        onRow();
    }
}

Result<qint64> SqlStatement::insert()
{
    if (auto s = run(); !s)
        return s.error();
    return m_impl->insertedId();
}

QString SqlConnection::insertIgnoring(const QString &rest) const
{
    if (dialect() == SqlDialect::SQLite)
        return QStringLiteral("INSERT OR IGNORE INTO ") + rest;
    return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT DO NOTHING");
}

QString SqlConnection::upsert(const QString &rest, const QString &key, const QString &columns) const
{
    if (dialect() == SqlDialect::SQLite)
        return QStringLiteral("INSERT OR REPLACE INTO ") + rest;
    QStringList sets;
    for (const QString &column : columns.split(QLatin1Char(','))) {
        const QString name = column.trimmed();
        sets.append(name + QStringLiteral(" = excluded.") + name);
    }
    return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT (") + key
        + QStringLiteral(") DO UPDATE SET ") + sets.join(QStringLiteral(", "));
}

QString sqlIdList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

QString SqlConnection::skipLocked(const QString &table) const
{
    if (dialect() == SqlDialect::SQLite)
        return {};
    return table.isEmpty()
        ? QStringLiteral(" FOR UPDATE SKIP LOCKED")
        : QStringLiteral(" FOR UPDATE OF ") + table + QStringLiteral(" SKIP LOCKED");
}

Result<qint64> SqlConnection::queryInt(const QString &sql)
{
    return queryIntWith(sql, [](SqlStatement &) {});
}

Result<qint64> SqlConnection::queryInt(const QString &sql, qint64 value)
{
    return queryIntWith(sql, [value](SqlStatement &stmt) { stmt.bind(1, value); });
}

Result<qint64> SqlConnection::queryIntWith(
    const QString &sql, const std::function<void(SqlStatement &)> &bind)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    bind(stmt.value());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Sql, QStringLiteral("no row from: %1").arg(sql));
    return stmt->int64(0);
}

namespace {

class SqliteStatement final : public SqlStatementImpl
{
public:
    SqliteStatement(Statement stmt, Database &db) : m_stmt(std::move(stmt)), m_db(db) { }
    void bind(int index, qint64 value) override { m_stmt.bind(index, value); }
    void bind(int index, const QString &value) override { m_stmt.bind(index, value); }
    void bindNull(int index) override { m_stmt.bindNull(index); }
    Result<bool> step() override
    {
        auto row = m_stmt.step();
        if (row && !row.value()) {
            m_changes = m_db.changes();
            m_insertedId = m_db.lastInsertRowId();
        }
        return row;
    }
    void reset() override { m_stmt.reset(); }
    qint64 int64(int column) const override { return m_stmt.int64(column); }
    QString text(int column) const override { return m_stmt.text(column); }
    bool isNull(int column) const override { return m_stmt.isNull(column); }
    qint64 changes() const override { return m_changes; }
    qint64 insertedId() const override { return m_insertedId; }

private:
    Statement m_stmt;
    Database &m_db;
    qint64 m_changes = 0;
    qint64 m_insertedId = 0;
};

class SqliteTransaction final : public SqlTransaction::Impl
{
public:
    explicit SqliteTransaction(Transaction tx) : m_tx(std::move(tx)) { }
    Status commit() override { return m_tx.commit(); }

private:
    Transaction m_tx;
};

} // namespace

Result<SqlStatement> SqliteConnection::prepare(const QString &sql)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    return SqlStatement(std::make_unique<SqliteStatement>(std::move(stmt.value()), m_db));
}

Status SqliteConnection::exec(const QString &sql)
{
    return m_db.exec(sql);
}

Result<SqlTransaction> SqliteConnection::transaction()
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    return SqlTransaction(std::make_unique<SqliteTransaction>(std::move(tx.value())));
}

} // namespace relay::core
