#pragma once

#include "Result.h"
#include "storage/Sql.h"

#include <QHash>
#include <QString>

#include <memory>
#include <span>
#include <vector>

struct pg_conn;
using Oid = unsigned int; // as libpq's postgres_ext.h

namespace relay::core {

class SecretBytes;

// A connection to an engine's PostgreSQL (libpq). One connection belongs to
// one thread, as a Database does.
//
// Where it may connect: a host on this machine (a Unix socket, localhost,
// 127.0.0.1, ::1) as the DSN says; any other host only with
// sslmode=verify-full (the default there), so the server's certificate is
// checked against the CA file and its name. The password never sits in the
// DSN (which shows in `ps` and in shell history): it comes from the caller
// (RELAYAUDIT_ENGINE_DB_PASSWORD for the CLI), or from libpq's own PGPASSFILE.
class PgConnection final : public SqlConnection
{
public:
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // `dsn`: postgresql://user@host:port/database?sslrootcert=… or
    // "host=… dbname=… user=…". Errors name what went wrong without the
    // password: NoCredentials (the server asks for one and none was given),
    // WrongKey (refused), Remote (unreachable, TLS failed), InvalidInput (a
    // DSN that cannot be parsed, carries a password, or weakens TLS).
    [[nodiscard]] static Result<std::unique_ptr<PgConnection>> open(
        const QString &dsn, const SecretBytes &password);

    SqlDialect dialect() const override { return SqlDialect::PostgreSQL; }
    Result<SqlStatement> prepare(const QString &sql) override;
    Result<SqlStatement> prepareInsert(const QString &sql) override;
    Status exec(const QString &sql) override;
    Result<SqlTransaction> transaction() override;

    // user@host/database, for messages (never the password).
    const QString &describe() const { return m_description; }

    // ?1..?N as $1..$N, outside quoted text.
    static QString toPgParameters(const QString &sql);

    // Used by the statements and transactions of this connection.
    pg_conn *handle() const { return m_conn; }
    int &savepointDepth() { return m_depth; }
    Error lastError(const QString &context) const;
    // The name of the server-side prepared statement for this text and
    // these parameter types, prepared on first use: the server parses and
    // plans a statement the engine runs thousands of times a second once
    // per connection, not on every run. Prepared statements belong to the
    // session, so a rolled-back transaction keeps them.
    [[nodiscard]] Result<QByteArray> prepared(const QByteArray &sql, const std::vector<Oid> &types);

private:
    PgConnection(pg_conn *conn, QString description)
        : m_conn(conn), m_description(std::move(description))
    { }
    Result<SqlStatement> prepareWith(const QString &sql, bool returningId);

    pg_conn *m_conn = nullptr;
    QString m_description;
    int m_depth = 0;
    QHash<QByteArray, QByteArray> m_prepared; // text and types: the statement's name
    int m_preparedCount = 0;
};

// Forward-only migrations of an engine's PostgreSQL, recorded in the table
// relay_schema (one row: the version). Each step runs in its own
// transaction; a database whose version is newer than the last step is
// refused (ErrorCode::Migration), as a newer workspace is.
struct PgMigration {
    int version;
    const char *sql;
};
[[nodiscard]] Status migrate(PgConnection &db, std::span<const PgMigration> migrations);
// The version recorded, 0 for a database never migrated.
[[nodiscard]] Result<int> schemaVersion(PgConnection &db);

} // namespace relay::core
