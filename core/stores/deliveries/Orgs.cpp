#include "Orgs.h"

#include "Clock.h"
#include "storage/Sql.h"

#include <QRegularExpression>

#include <optional>

namespace relay::core {

namespace {

// https, or http on this machine only (the sandbox).
bool reachable(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"));
}

} // namespace

QString Orgs::flowName(Flow flow)
{
    return flow == Flow::JwtBearer ? QStringLiteral("jwt") : QStringLiteral("refresh");
}

Orgs::Orgs(SqlConnection &db, const Clock &clock) : m_db(db), m_clock(clock) { }

const char *Orgs::schemaSql()
{
    return R"(
CREATE TABLE engine_org (
    name TEXT PRIMARY KEY,
    instance_url TEXT NOT NULL,
    login_url TEXT NOT NULL,
    audience TEXT,
    flow TEXT NOT NULL CHECK (flow IN ('refresh', 'jwt')),
    client_id TEXT NOT NULL,
    username TEXT,
    created_ms INTEGER NOT NULL);
ALTER TABLE engine_gateway ADD COLUMN org TEXT REFERENCES engine_org(name);
ALTER TABLE engine_gateway ADD COLUMN record_id TEXT;
)";
}

const char *Orgs::fieldsSql()
{
    return R"(
CREATE TABLE engine_org_field (
    org TEXT NOT NULL REFERENCES engine_org(name),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (org, key));
)";
}

QString Orgs::checkName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!shape.match(name).hasMatch())
        return QStringLiteral("an org's name is 1 to 63 letters, digits, '.', '_' or '-', "
                              "starting with a letter or digit");
    return {};
}

Status Orgs::add(const Org &org)
{
    if (const QString problem = checkName(org.name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (!reachable(org.instanceUrl))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the instance URL must be https:// (http:// only on this machine), "
                           "with a host and no user name"));
    if (!reachable(org.loginUrl))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the login URL must be https:// (http:// only on this machine), with "
                           "a host and no user name"));
    static const QRegularExpression token(QStringLiteral("^[!-~]{1,255}$"));
    if (!token.match(org.clientId).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the consumer key is 1 to 255 printable characters without spaces"));
    if (org.flow == Flow::JwtBearer && !token.match(org.username).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the JWT bearer flow needs the integration user's username"));
    auto stmt = m_db.prepare(m_db.insertIgnoring(QStringLiteral(
        "engine_org (name, instance_url, login_url, audience, flow, "
        "client_id, username, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, org.name).bind(2, org.instanceUrl.toString()).bind(3, org.loginUrl.toString());
    org.audience.isEmpty() ? stmt->bindNull(4) : stmt->bind(4, org.audience);
    stmt->bind(5, flowName(org.flow)).bind(6, org.clientId);
    org.username.isEmpty() ? stmt->bindNull(7) : stmt->bind(7, org.username);
    stmt->bind(8, m_clock.nowMs());
    if (auto s = stmt->run(); !s)
        return s;
    if (stmt->changes() == 0)
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("an org named %1 exists; remove it first to change it").arg(org.name));
    return {};
}

Status Orgs::remove(const QString &name)
{
    auto used = m_db.prepare(QStringLiteral("SELECT count(*) FROM engine_gateway WHERE org = ?1"));
    if (!used)
        return used.error();
    used->bind(1, name);
    qint64 gateways = 0;
    if (auto s = used->each([&] { gateways = used->int64(0); }); !s)
        return s;
    if (gateways > 0)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 gateway(s) belong to %2: remove them first")
                .arg(gateways)
                .arg(name));
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto fields = m_db.prepare(QStringLiteral("DELETE FROM engine_org_field WHERE org = ?1"));
    if (!fields)
        return fields.error();
    fields->bind(1, name);
    if (auto s = fields->run(); !s)
        return s;
    fields = SqlStatement();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM engine_org WHERE name = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    if (auto s = stmt->run(); !s)
        return s;
    if (stmt->changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no org named %1").arg(name));
    stmt = SqlStatement();
    return tx->commit();
}

Result<SmsFields> Orgs::fields(const QString &name)
{
    SmsFields fields;
    if (name.isEmpty())
        return fields;
    if (auto known = find(name); !known)
        return known.error();
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT key, value FROM engine_org_field WHERE org = ?1 ORDER BY key"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    QString problem;
    if (auto s = stmt->each([&] {
            // Stored values passed the same check; one that no longer does
            // (an edited database) is an error, not a silent default.
            if (const QString p = fields.set(stmt->text(0), stmt->text(1));
                !p.isEmpty() && problem.isEmpty())
                problem = p;
        });
        !s)
        return s.error();
    if (!problem.isEmpty())
        return makeError(
            ErrorCode::Corrupt, QStringLiteral("org %1's field map: %2").arg(name, problem));
    return fields;
}

Status Orgs::setFields(
    const QString &name, const QList<std::pair<QString, QString>> &values, const QStringList &reset)
{
    if (auto known = find(name); !known)
        return known.error();
    SmsFields check;
    for (const auto &[key, value] : values) {
        if (const QString problem = check.set(key, value); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
    }
    for (const QString &key : reset) {
        if (const QString problem = SmsFields::keyProblem(key); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
    }
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto drop
        = m_db.prepare(QStringLiteral("DELETE FROM engine_org_field WHERE org = ?1 AND key = ?2"));
    if (!drop)
        return drop.error();
    for (const QString &key : reset) {
        drop->reset();
        drop->bind(1, name).bind(2, key);
        if (auto s = drop->run(); !s)
            return s;
    }
    drop = SqlStatement();
    auto put = m_db.prepare(
        m_db.upsert(QStringLiteral("engine_org_field (org, key, value) VALUES (?1, ?2, ?3)"),
            QStringLiteral("org, key"), QStringLiteral("value")));
    if (!put)
        return put.error();
    for (const auto &[key, value] : values) {
        put->reset();
        put->bind(1, name).bind(2, key).bind(3, value.trimmed());
        if (auto s = put->run(); !s)
            return s;
    }
    put = SqlStatement();
    return tx->commit();
}

namespace {

constexpr char kOrgColumns[]
    = "SELECT name, instance_url, login_url, coalesce(audience, ''), flow, "
      "client_id, coalesce(username, ''), created_ms FROM engine_org ";

Orgs::Org orgFrom(const SqlStatement &row)
{
    Orgs::Org org;
    org.name = row.text(0);
    org.instanceUrl = QUrl(row.text(1));
    org.loginUrl = QUrl(row.text(2));
    org.audience = row.text(3);
    org.flow
        = row.text(4) == QLatin1String("jwt") ? Orgs::Flow::JwtBearer : Orgs::Flow::RefreshToken;
    org.clientId = row.text(5);
    org.username = row.text(6);
    org.createdMs = row.int64(7);
    return org;
}

} // namespace

Result<QList<Orgs::Org>> Orgs::list()
{
    auto stmt = m_db.prepare(QLatin1String(kOrgColumns) + QStringLiteral("ORDER BY name"));
    if (!stmt)
        return stmt.error();
    QList<Org> result;
    if (auto s = stmt->each([&] { result.append(orgFrom(*stmt)); }); !s)
        return s.error();
    return result;
}

Result<Orgs::Org> Orgs::find(const QString &name)
{
    auto stmt = m_db.prepare(QLatin1String(kOrgColumns) + QStringLiteral("WHERE name = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    std::optional<Org> found;
    if (auto s = stmt->each([&] { found = orgFrom(*stmt); }); !s)
        return s.error();
    if (!found)
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no org named %1 (add it with 'engine org add')").arg(name));
    return *found;
}

} // namespace relay::core
