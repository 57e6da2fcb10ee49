#include "PgConnection.h"

#include "privacy/SecretBytes.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QStringList>

#include <cstring>
#include <optional>
#include <vector>

namespace relay::core {

namespace {

constexpr Oid kInt8Oid = 20;
constexpr Oid kTextOid = 25;
constexpr qsizetype kMaxPrepared = 512; // per connection

// The SQLSTATE classes the stores act on; the rest are ErrorCode::Sql.
ErrorCode codeForState(const char *state)
{
    if (!state)
        return ErrorCode::Remote; // no answer from the server: the connection is gone
    const QByteArray s(state);
    if (s == "23505")
        return ErrorCode::AlreadyExists; // unique_violation
    if (s == "40001" || s == "40P01" || s == "55P03")
        return ErrorCode::Busy; // serialization failure, deadlock, lock not available
    if (s == "57014")
        return ErrorCode::Cancelled;
    if (s.startsWith("08"))
        return ErrorCode::Remote; // connection exception
    return ErrorCode::Sql;
}

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error resultError(PgConnection &db, const PGresult *result, const QString &context)
{
    if (!result)
        return db.lastError(context);
    // The primary message only: DETAIL can quote a row's values.
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    QString message = QString::fromUtf8(primary ? primary : PQresultErrorMessage(result)).trimmed();
    if (state && QByteArray(state) == "42501")
        message += QStringLiteral(" (this login may only read the log)");
    if (PQstatus(db.handle()) == CONNECTION_BAD) {
        return Error { ErrorCode::Remote,
            QStringLiteral("lost the connection to PostgreSQL at %1: %2")
                .arg(db.describe(), message) };
    }
    return Error { codeForState(state),
        context.isEmpty() ? message : message + QStringLiteral(" (") + context + QLatin1Char(')') };
}

class PgStatement final : public SqlStatementImpl
{
public:
    PgStatement(PgConnection &db, QByteArray sql, bool returningId)
        : m_db(db), m_sql(std::move(sql)), m_returningId(returningId)
    { }

    void bind(int index, qint64 value) override { set(index, QByteArray::number(value), kInt8Oid); }
    void bind(int index, const QString &value) override { set(index, value.toUtf8(), kTextOid); }
    void bindNull(int index) override { set(index, std::nullopt, 0); }

    Result<bool> step() override
    {
        if (!m_result) {
            if (auto s = execute(); !s)
                return s.error();
        }
        ++m_row;
        return m_row < PQntuples(m_result.get());
    }

    void reset() override
    {
        m_result.reset();
        m_row = -1;
    }

    qint64 int64(int column) const override
    {
        return QByteArray::fromRawData(value(column), length(column)).toLongLong();
    }
    QString text(int column) const override
    {
        return QString::fromUtf8(value(column), length(column));
    }
    bool isNull(int column) const override
    {
        return PQgetisnull(m_result.get(), m_row, column) != 0;
    }
    qint64 changes() const override { return m_changes; }
    qint64 insertedId() const override { return m_insertedId; }

private:
    void set(int index, std::optional<QByteArray> value, Oid type)
    {
        const auto at = static_cast<std::size_t>(index - 1);
        if (m_values.size() <= at) {
            m_values.resize(at + 1);
            m_types.resize(at + 1, kTextOid); // a parameter this run leaves out
        }
        m_values[at] = std::move(value);
        m_types[at] = type;
    }

    Status execute()
    {
        std::vector<const char *> values(m_values.size());
        std::vector<int> lengths(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            values[i] = m_values[i] ? m_values[i]->constData() : nullptr;
            lengths[i] = m_values[i] ? static_cast<int>(m_values[i]->size()) : 0;
        }
        auto name = m_db.prepared(m_sql, m_types);
        if (!name)
            return name.error();
        PgResult result(PQexecPrepared(m_db.handle(), name->constData(),
            static_cast<int>(values.size()), values.data(), lengths.data(), nullptr, 0));
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return resultError(m_db, result.get(), {});
        const char *tuples = PQcmdTuples(result.get());
        m_changes = tuples && *tuples ? QByteArray(tuples).toLongLong() : 0;
        if (m_returningId && PQntuples(result.get()) > 0)
            m_insertedId = QByteArray(PQgetvalue(result.get(), 0, 0)).toLongLong();
        m_result = std::move(result);
        m_row = m_returningId ? PQntuples(m_result.get()) - 1 : -1; // the id is not a row
        return {};
    }

    const char *value(int column) const { return PQgetvalue(m_result.get(), m_row, column); }
    int length(int column) const { return PQgetlength(m_result.get(), m_row, column); }

    PgConnection &m_db;
    QByteArray m_sql;
    bool m_returningId = false;
    std::vector<std::optional<QByteArray>> m_values;
    std::vector<Oid> m_types;
    PgResult m_result;
    int m_row = -1;
    qint64 m_changes = 0;
    qint64 m_insertedId = 0;
};

class PgTransaction final : public SqlTransaction::Impl
{
public:
    explicit PgTransaction(PgConnection &db) : m_db(db), m_level(db.savepointDepth()++) { }
    ~PgTransaction() override
    {
        if (m_done)
            return;
        --m_db.savepointDepth();
        const QString name = savepoint();
        (void)m_db.exec(m_level == 0
                ? QStringLiteral("ROLLBACK")
                : QStringLiteral("ROLLBACK TO SAVEPOINT %1; RELEASE SAVEPOINT %1").arg(name));
    }
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    Status begin()
    {
        return m_db.exec(
            m_level == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT ") + savepoint());
    }

    Status commit() override
    {
        // Over either way: a COMMIT that fails has rolled back.
        m_done = true;
        --m_db.savepointDepth();
        return m_db.exec(m_level == 0 ? QStringLiteral("COMMIT")
                                      : QStringLiteral("RELEASE SAVEPOINT ") + savepoint());
    }

private:
    QString savepoint() const { return QStringLiteral("relay_sp_%1").arg(m_level); }
    PgConnection &m_db;
    int m_level;
    bool m_done = false;
};

struct ConninfoDeleter {
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};

bool isLocalHost(const QString &host)
{
    if (host.isEmpty())
        return true; // libpq's default: the Unix socket
    for (const QString &one : host.split(QLatin1Char(','))) {
        const QString h = one.trimmed();
        if (!(h.startsWith(QLatin1Char('/')) || h == QLatin1String("localhost")
                || h == QLatin1String("127.0.0.1") || h == QLatin1String("::1"))) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(
    const QString &dsn, const SecretBytes &password)
{
    char *parseError = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoDeleter> options(
        PQconninfoParse(dsn.toUtf8().constData(), &parseError));
    if (!options) {
        const QString why = QString::fromUtf8(parseError ? parseError : "").trimmed();
        PQfreemem(parseError);
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("not a PostgreSQL connection string: %1").arg(why));
    }
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    QString host;
    QString user;
    QString database;
    QByteArray sslmode;
    for (PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray keyword(o->keyword);
        if (keyword == "password") {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("the connection string carries a password; give it through "
                               "RELAYAUDIT_ENGINE_DB_PASSWORD or a PGPASSFILE entry instead"));
        }
        if (keyword == "host" || keyword == "hostaddr")
            host += (host.isEmpty() ? QString() : QStringLiteral(",")) + QString::fromUtf8(o->val);
        else if (keyword == "user")
            user = QString::fromUtf8(o->val);
        else if (keyword == "dbname")
            database = QString::fromUtf8(o->val);
        else if (keyword == "sslmode")
            sslmode = o->val;
        if (keyword != "sslmode") {
            keywords.push_back(keyword);
            values.emplace_back(o->val);
        }
    }
    const bool local = isLocalHost(host);
    if (!local) {
        if (!sslmode.isEmpty() && sslmode != "verify-full") {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("sslmode=%1 is refused for %2: a PostgreSQL on another machine "
                               "is reached with sslmode=verify-full only")
                    .arg(QString::fromUtf8(sslmode), host));
        }
        sslmode = "verify-full";
    }
    if (!sslmode.isEmpty()) {
        keywords.emplace_back("sslmode");
        values.push_back(sslmode);
    }
    keywords.emplace_back("application_name");
    values.emplace_back("relayaudit");
    if (!dsn.contains(QLatin1String("connect_timeout"))) {
        keywords.emplace_back("connect_timeout");
        values.emplace_back("10");
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        k.push_back(keywords[i].constData());
        v.push_back(values[i].constData());
    }
    // The password in locked memory, NUL-terminated for libpq.
    SecretBytes passwordText(password.size() + 1);
    if (password.size() > 0) {
        std::memcpy(passwordText.data(), password.data(), password.size());
        passwordText.data()[password.size()] = 0;
        k.push_back("password");
        v.push_back(reinterpret_cast<const char *>(passwordText.data()));
    }
    k.push_back(nullptr);
    v.push_back(nullptr);

    const QString description = (user.isEmpty() ? QString() : user + QLatin1Char('@'))
        + (host.isEmpty() ? QStringLiteral("the local socket") : host)
        + (database.isEmpty() ? QString() : QLatin1Char('/') + database);
    pg_conn *conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (!conn)
        return makeError(ErrorCode::Remote, QStringLiteral("libpq could not start a connection"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).simplified();
        const bool needsPassword = PQconnectionNeedsPassword(conn) != 0;
        PQfinish(conn);
        if (needsPassword && password.size() == 0) {
            return makeError(ErrorCode::NoCredentials,
                QStringLiteral("PostgreSQL at %1 asks for a password: set "
                               "RELAYAUDIT_ENGINE_DB_PASSWORD or add it to a PGPASSFILE")
                    .arg(description));
        }
        if (why.contains(QLatin1String("password authentication failed"))
            || why.contains(QLatin1String("authentication failed"))) {
            return makeError(ErrorCode::WrongKey,
                QStringLiteral("PostgreSQL at %1 refused the password").arg(description));
        }
        if (why.contains(QLatin1String("certificate"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("SSL"))) {
            return makeError(ErrorCode::Remote,
                QStringLiteral("TLS with PostgreSQL at %1 failed: %2").arg(description, why));
        }
        if (why.contains(QLatin1String("does not exist")))
            return makeError(ErrorCode::NotFound, QStringLiteral("PostgreSQL: %1").arg(why));
        return makeError(ErrorCode::Remote,
            QStringLiteral("cannot reach PostgreSQL at %1: %2").arg(description, why));
    }
    auto connection = std::unique_ptr<PgConnection>(new PgConnection(conn, description));
    // Times are milliseconds in bigint columns; nothing depends on the
    // session's zone, but messages and the console's queries read alike.
    if (auto s = connection->exec(QStringLiteral("SET TIME ZONE 'UTC'")); !s)
        return s.error();
    return connection;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Error PgConnection::lastError(const QString &context) const
{
    const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
    const ErrorCode code = PQstatus(m_conn) == CONNECTION_BAD ? ErrorCode::Remote : ErrorCode::Sql;
    return Error { code,
        context.isEmpty() ? why : why + QStringLiteral(" (") + context + QLatin1Char(')') };
}

QString PgConnection::toPgParameters(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?') && i + 1 < sql.size() && sql[i + 1].isDigit()) {
            out += QLatin1Char('$');
            continue;
        }
        out += c;
    }
    return out;
}

Result<SqlStatement> PgConnection::prepareWith(const QString &sql, bool returningId)
{
    QString text = toPgParameters(sql);
    if (returningId)
        text += QStringLiteral(" RETURNING id");
    return SqlStatement(std::make_unique<PgStatement>(*this, text.toUtf8(), returningId));
}

Result<QByteArray> PgConnection::prepared(const QByteArray &sql, const std::vector<Oid> &types)
{
    QByteArray key = sql;
    key.reserve(sql.size() + static_cast<qsizetype>(types.size()) * 3 + 1);
    key.append('\0');
    for (const Oid type : types)
        key.append(QByteArray::number(type)).append(',');
    if (const auto it = m_prepared.constFind(key); it != m_prepared.constEnd())
        return it.value();
    if (m_prepared.size() >= kMaxPrepared) {
        // Statements built from a caller's list (IN (...) of many ids) would
        // otherwise pile up on the server for the session's life.
        if (auto s = exec(QStringLiteral("DEALLOCATE ALL")); !s)
            return s.error();
        m_prepared.clear();
    }
    const QByteArray name = "relay_" + QByteArray::number(++m_preparedCount);
    PgResult result(PQprepare(
        m_conn, name.constData(), sql.constData(), static_cast<int>(types.size()), types.data()));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return resultError(*this, result.get(), {});
    m_prepared.insert(key, name);
    return name;
}

Result<SqlStatement> PgConnection::prepare(const QString &sql)
{
    return prepareWith(sql, false);
}

Result<SqlStatement> PgConnection::prepareInsert(const QString &sql)
{
    return prepareWith(sql, true);
}

Status PgConnection::exec(const QString &sql)
{
    PgResult result(PQexec(m_conn, sql.toUtf8().constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return resultError(*this, result.get(), {});
    return {};
}

Result<SqlTransaction> PgConnection::transaction()
{
    auto tx = std::make_unique<PgTransaction>(*this);
    if (auto s = tx->begin(); !s) {
        --m_depth;
        // Nothing to roll back: the transaction never began.
        return s.error();
    }
    return SqlTransaction(std::move(tx));
}

Result<int> schemaVersion(PgConnection &db)
{
    auto exists = db.queryInt(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = 'relay_schema' "
                       "AND schemaname = current_schema()"));
    if (!exists)
        return exists.error();
    if (exists.value() == 0)
        return 0;
    auto version
        = db.queryInt(QStringLiteral("SELECT coalesce(max(version), 0) FROM relay_schema"));
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Status migrate(PgConnection &db, std::span<const PgMigration> migrations)
{
    // Several workers starting at once: one migrates, the others wait and
    // find the work done. The lock is the session's, released below.
    constexpr qint64 kMigrationLock = 0x72656c6179; // "relay"
    if (auto s = db.queryInt(QStringLiteral("SELECT 1 FROM pg_advisory_lock(?1)"), kMigrationLock);
        !s) {
        return s.error();
    }
    const auto unlock = [&db] {
        (void)db.queryInt(QStringLiteral("SELECT 1 FROM pg_advisory_unlock(?1)"), kMigrationLock);
    };
    auto current = schemaVersion(db);
    if (!current) {
        unlock();
        return current.error();
    }
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current.value() > latest) {
        unlock();
        return makeError(ErrorCode::Migration,
            QStringLiteral("the engine's PostgreSQL is at schema %1, newer than this version "
                           "of Relay Audit knows (%2)")
                .arg(current.value())
                .arg(latest));
    }
    for (const PgMigration &step : migrations) {
        if (step.version <= current.value())
            continue;
        auto tx = db.transaction();
        if (!tx) {
            unlock();
            return tx.error();
        }
        Status applied = db.exec(QLatin1String(step.sql));
        if (applied) {
            applied = db.exec(QStringLiteral("DELETE FROM relay_schema; INSERT INTO relay_schema "
                                             "(version) VALUES (%1)")
                                  .arg(step.version));
        }
        if (applied)
            applied = tx->commit();
        if (!applied) {
            unlock();
            return makeError(ErrorCode::Migration,
                QStringLiteral("migrating the engine's PostgreSQL to schema %1 failed: %2")
                    .arg(step.version)
                    .arg(applied.error().detail));
        }
    }
    unlock();
    return {};
}

} // namespace relay::core
