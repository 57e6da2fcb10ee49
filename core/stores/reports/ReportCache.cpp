#include "ReportCache.h"

#include "Clock.h"
#include "activity/ActivityLog.h"
#include "reports/IngestSession.h"
#include "storage/Database.h"
#include "storage/EngineSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <variant>

#include <unistd.h>

namespace relay::core {

namespace {

// Empty but not null: Statement binds a null QString as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

constexpr std::pair<const char *, ReportCache::State> kStates[] = {
    { "running", ReportCache::State::Running },
    { "complete", ReportCache::State::Complete },
    { "failed", ReportCache::State::Failed },
    { "cancelled", ReportCache::State::Cancelled },
};

constexpr std::pair<const char *, ReportCache::Dimension> kDimensions[] = {
    { "sender", ReportCache::Dimension::Sender },
    { "status", ReportCache::Dimension::StatusOf },
    { "day", ReportCache::Dimension::Day },
    { "campaign", ReportCache::Dimension::Campaign },
    { "brand", ReportCache::Dimension::Brand },
    { "error", ReportCache::Dimension::Error },
    { "segments", ReportCache::Dimension::Segments },
    { "direction", ReportCache::Dimension::Direction },
    { "channel", ReportCache::Dimension::Channel },
    { "service", ReportCache::Dimension::Service },
    { "provider", ReportCache::Dimension::Provider },
};

ReportCache::State stateFromName(const QString &name)
{
    for (const auto &[text, state] : kStates) {
        if (name == QLatin1String(text))
            return state;
    }
    return ReportCache::State::Running;
}

QDateTime fromMs(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDateTime()
                               : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), Qt::UTC);
}

} // namespace

ReportCache::ReportCache(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

const char *ReportCache::schemaSql()
{
    return R"SQL(
CREATE TABLE report_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO report_setting VALUES ('ttl_days', '7');
CREATE TABLE report_pull (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    account TEXT NOT NULL,
    client TEXT NOT NULL,
    range_from TEXT,
    range_to TEXT,
    senders TEXT NOT NULL,
    base_url TEXT,
    state TEXT NOT NULL,
    checkpoint TEXT NOT NULL DEFAULT '',
    pages INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    segments INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    completed_ms INTEGER,
    requested_by TEXT NOT NULL,
    error TEXT);
CREATE TABLE report_dict (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    value BLOB NOT NULL,
    UNIQUE (kind, value));
CREATE TABLE report_record (
    id INTEGER PRIMARY KEY,
    pull_id INTEGER NOT NULL,
    provider INTEGER NOT NULL,
    msg_id BLOB NOT NULL,
    gateway INTEGER NOT NULL,
    service INTEGER,
    campaign INTEGER,
    brand INTEGER,
    status INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    segments INTEGER NOT NULL,
    media INTEGER NOT NULL,
    error_code INTEGER,
    created_at INTEGER,
    sent_at INTEGER,
    updated_at INTEGER,
    price_micros INTEGER,
    price_unit INTEGER);
CREATE INDEX report_record_pull ON report_record (pull_id);
CREATE TABLE report_rollup (
    pull_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    gateway INTEGER NOT NULL,
    service INTEGER,
    campaign INTEGER,
    brand INTEGER,
    status INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    error_code INTEGER,
    segments INTEGER NOT NULL,
    messages INTEGER NOT NULL,
    segments_total INTEGER NOT NULL);
CREATE INDEX report_rollup_pull ON report_rollup (pull_id);
CREATE TABLE report_mapping (
    pull_id INTEGER NOT NULL,
    service TEXT NOT NULL,
    campaign TEXT,
    brand TEXT,
    PRIMARY KEY (pull_id, service));
CREATE TABLE report_aggregate (
    pull_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    category TEXT NOT NULL,
    count INTEGER NOT NULL,
    count_unit TEXT,
    usage TEXT,
    usage_unit TEXT,
    price TEXT,
    price_unit TEXT);
CREATE INDEX report_aggregate_pull ON report_aggregate (pull_id);
CREATE TABLE report_purge_log (
    id INTEGER PRIMARY KEY,
    pull_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    reason TEXT NOT NULL,
    records INTEGER NOT NULL,
    rollups INTEGER NOT NULL,
    aggregates INTEGER NOT NULL,
    mappings INTEGER NOT NULL);
)SQL";
}

const char *ReportCache::tagsSql()
{
    return "ALTER TABLE report_record ADD COLUMN tags INTEGER;";
}

QString ReportCache::stateName(State state)
{
    for (const auto &[text, value] : kStates) {
        if (value == state)
            return QLatin1String(text);
    }
    return {};
}

Result<int> ReportCache::ttlDays()
{
    auto days = m_db.queryInt(
        QStringLiteral("SELECT CAST(value AS INTEGER) FROM report_setting WHERE key = 'ttl_days'"));
    if (!days)
        return days.error();
    return static_cast<int>(qBound<qint64>(1, days.value(), qint64 { kMaxTtlDays }));
}

Status ReportCache::setTtlDays(int days)
{
    if (days < 1 || days > kMaxTtlDays) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("report retention must be 1 to %1 days, not %2")
                .arg(kMaxTtlDays)
                .arg(days));
    }
    return m_db.exec(
        QStringLiteral("UPDATE report_setting SET value = '%1' WHERE key = 'ttl_days'").arg(days));
}

namespace {

// Who writes a running pull: integers only (the retention check reads text
// columns for numbers). A pid alone is reused; with its start time (clock
// ticks since boot, /proc/PID/stat field 22) and the boot it is one process.
struct Owner {
    qint64 pid = 0;
    qint64 start = 0;
    qint64 boot = 0;
};

qint64 processStart(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from its end.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(19).toLongLong(); // field 22 of the whole line
}

// The boot does not change while this process runs: read once.
qint64 bootId()
{
    static const qint64 id = [] {
        QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (!boot.open(QIODevice::ReadOnly))
            return qint64 { 0 };
        const QByteArray digest
            = QCryptographicHash::hash(boot.readAll().trimmed(), QCryptographicHash::Sha256);
        qint64 value = 0;
        std::memcpy(&value, digest.constData(), sizeof value);
        return value;
    }();
    return id;
}

Owner self()
{
    const qint64 pid = ::getpid();
    return { pid, processStart(pid), bootId() };
}

bool alive(const Owner &owner)
{
    if (owner.pid <= 0 || owner.boot != bootId())
        return false;
    const qint64 start = processStart(owner.pid);
    return start != 0 && start == owner.start;
}

} // namespace

const char *ReportCache::ownerSql()
{
    return R"SQL(
ALTER TABLE report_pull ADD COLUMN owner_pid INTEGER;
ALTER TABLE report_pull ADD COLUMN owner_start INTEGER;
ALTER TABLE report_pull ADD COLUMN owner_boot INTEGER;
)SQL";
}

Result<QList<qint64>> ReportCache::failInterrupted()
{
    struct Running {
        qint64 id;
        Owner owner;
    };
    QList<Running> running;
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT id, ifnull(owner_pid, 0), ifnull(owner_start, 0), ifnull(owner_boot, 0) "
            "FROM report_pull WHERE state = 'running'"));
        if (!stmt)
            return stmt.error();
        if (auto s = stmt->each([&] {
                running.append(Running {
                    stmt->int64(0), Owner { stmt->int64(1), stmt->int64(2), stmt->int64(3) } });
            });
            !s)
            return s.error();
    }
    QList<qint64> failed;
    for (const Running &r : std::as_const(running)) {
        if (alive(r.owner))
            continue;
        auto update = m_db.prepare(QStringLiteral("UPDATE report_pull SET state = 'failed', error "
                                                  "= ?2 WHERE id = ?1 AND state = 'running'"));
        if (!update)
            return update.error();
        update->bind(1, r.id).bind(2,
            QStringLiteral("interrupted: the process writing it (pid %1) ended before it finished")
                .arg(r.owner.pid));
        if (auto s = update->run(); !s)
            return s.error();
        if (m_db.changes() > 0)
            failed.append(r.id);
    }
    return failed;
}

Result<qint64> ReportCache::createPull(const NewPull &request)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO report_pull(provider, account, client, range_from, range_to, "
        "senders, base_url, state, created_ms, requested_by, owner_pid, owner_start, owner_boot) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running', ?8, ?9, ?10, ?11, ?12)"));
    if (!insert)
        return insert.error();
    insert->bind(1, text(request.provider))
        .bind(2, text(request.account))
        .bind(3, text(request.client));
    insert->bind(4, dateText(request.from)).bind(5, dateText(request.to));
    insert->bind(6,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(request.senders))
                              .toJson(QJsonDocument::Compact)));
    insert->bind(7, request.baseUrl).bind(8, m_clock.nowMs()).bind(9, ActivityLog::currentOsUser());
    const Owner owner = self();
    insert->bind(10, owner.pid).bind(11, owner.start).bind(12, owner.boot);
    if (auto status = insert->run(); !status)
        return status.error();
    return m_db.lastInsertRowId();
}

namespace {
const char *kPullColumns
    = "id, provider, account, client, range_from, range_to, senders, base_url, state, checkpoint, "
      "pages, records, segments, duplicates, created_ms, completed_ms, requested_by, error";
} // namespace

Result<QList<ReportCache::Pull>> ReportCache::pulls()
{
    auto ttl = ttlDays();
    if (!ttl)
        return ttl.error();
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM report_pull ORDER BY id").arg(QLatin1String(kPullColumns)));
    if (!stmt)
        return stmt.error();
    QList<Pull> result;
    if (auto status = stmt->each([&] {
            Pull p;
            p.id = stmt->int64(0);
            p.provider = stmt->text(1);
            p.account = stmt->text(2);
            p.client = stmt->text(3);
            p.from = QDate::fromString(stmt->text(4), Qt::ISODate);
            p.to = QDate::fromString(stmt->text(5), Qt::ISODate);
            for (const QJsonValue &v : QJsonDocument::fromJson(stmt->text(6).toUtf8()).array())
                p.senders.append(v.toString());
            p.baseUrl = stmt->text(7);
            p.state = stateFromName(stmt->text(8));
            p.checkpoint = stmt->text(9);
            p.pages = stmt->int64(10);
            p.records = stmt->int64(11);
            p.segments = stmt->int64(12);
            p.duplicates = stmt->int64(13);
            p.created = fromMs(*stmt, 14);
            p.completed = fromMs(*stmt, 15);
            p.requestedBy = stmt->text(16);
            p.error = stmt->text(17);
            // The clock starts when the pull completed; a pull that did not
            // complete is kept for the same time from when it started.
            const QDateTime base
                = p.state == State::Complete && p.completed.isValid() ? p.completed : p.created;
            p.expires = base.addMSecs(ttl.value() * kDayMs);
            result.append(std::move(p));
        });
        !status) {
        return status.error();
    }
    return result;
}

Result<ReportCache::Pull> ReportCache::pull(qint64 id)
{
    auto all = pulls();
    if (!all)
        return all.error();
    for (Pull &p : all.value()) {
        if (p.id == id)
            return std::move(p); // cppcheck-suppress returnStdMoveLocal ; p is a reference into the
                                 // list, not a local
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(id));
}

Status ReportCache::finishPull(qint64 id, State state, const QString &error)
{
    auto stmt
        = m_db.prepare(QStringLiteral("UPDATE report_pull SET state = ?2, completed_ms = CASE WHEN "
                                      "?2 = 'complete' THEN ?3 ELSE completed_ms END, "
                                      "error = ?4 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, stateName(state)).bind(3, m_clock.nowMs()).bind(4, error);
    if (auto status = stmt->run(); !status)
        return status;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(id));
    return {};
}

Status ReportCache::addMapping(qint64 pullId, const Mapping &m)
{
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO report_mapping VALUES (?1, ?2, ?3, ?4)"));
    if (!insert)
        return insert.error();
    insert->bind(1, pullId).bind(2, m.service);
    m.campaign.isEmpty() ? insert->bindNull(3) : insert->bind(3, m.campaign);
    m.brand.isEmpty() ? insert->bindNull(4) : insert->bind(4, m.brand);
    return insert->run();
}

Status ReportCache::reopenPull(qint64 id)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = m_db.prepare(QStringLiteral(
        "SELECT state, ifnull(owner_pid, 0), ifnull(owner_start, 0), ifnull(owner_boot, 0) "
        "FROM report_pull WHERE id = ?1"));
    if (!current)
        return current.error();
    current->bind(1, id);
    auto row = current->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no pull %1").arg(id));
    const Owner owner { current->int64(1), current->int64(2), current->int64(3) };
    const Owner me = self();
    if (current->text(0) == QLatin1String("running") && owner.pid != me.pid && alive(owner)) {
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral(
                "pull %1 is being written by another process (pid %2); stop that one first")
                .arg(id)
                .arg(owner.pid));
    }
    current = Statement();
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE report_pull SET state = 'running', error = NULL, owner_pid = ?2, "
                       "owner_start = ?3, owner_boot = ?4 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, me.pid).bind(3, me.start).bind(4, me.boot);
    if (auto s = stmt->run(); !s)
        return s;
    stmt = Statement();
    return tx->commit();
}

Result<QList<ReportCache::Mapping>> ReportCache::mappings(qint64 pullId)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT service, ifnull(campaign, ''), ifnull(brand, '') "
                                      "FROM report_mapping WHERE pull_id = ?1 ORDER BY service"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, pullId);
    QList<Mapping> result;
    if (auto status = stmt->each([&] {
            result.append({ stmt->text(0), stmt->text(1), stmt->text(2) });
        });
        !status) {
        return status.error();
    }
    return result;
}

Status ReportCache::addAggregates(
    qint64 pullId, const QList<Aggregate> &rows, const QString &category)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto clear = m_db.prepare(
        QStringLiteral("DELETE FROM report_aggregate WHERE pull_id = ?1 AND category = ?2"));
    if (!clear)
        return clear.error();
    clear->bind(1, pullId).bind(2, category);
    if (auto status = clear->run(); !status)
        return status;
    clear = Statement();
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO report_aggregate VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return insert.error();
    for (const Aggregate &a : rows) {
        insert->reset();
        insert->bind(1, pullId)
            .bind(2, dateText(a.day))
            .bind(3, a.category)
            .bind(4, a.count)
            .bind(5, a.countUnit);
        insert->bind(6, a.usage).bind(7, a.usageUnit).bind(8, a.price).bind(9, a.priceUnit);
        if (auto status = insert->run(); !status)
            return status;
    }
    insert = Statement();
    return tx->commit();
}

Result<QList<ReportCache::Aggregate>> ReportCache::aggregates(qint64 pullId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT day, category, count, count_unit, usage, "
                                            "usage_unit, price, price_unit FROM report_aggregate "
                                            "WHERE pull_id = ?1 ORDER BY day, category"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, pullId);
    QList<Aggregate> result;
    if (auto status = stmt->each([&] {
            result.append(
                { QDate::fromString(stmt->text(0), Qt::ISODate), stmt->text(1), stmt->int64(2),
                    stmt->text(3), stmt->text(4), stmt->text(5), stmt->text(6), stmt->text(7) });
        });
        !status) {
        return status.error();
    }
    return result;
}

Result<std::unique_ptr<IngestSession>> ReportCache::ingest(qint64 pullId)
{
    std::unique_ptr<IngestSession> session(new IngestSession(m_db, pullId));
    if (auto status = session->load(); !status)
        return status.error();
    return session;
}

ReportCache::Filter ReportCache::Filter::narrowedBy(const Filter &other) const
{
    Filter f = *this;
    if (other.from.isValid() && (!f.from.isValid() || other.from > f.from))
        f.from = other.from;
    if (other.to.isValid() && (!f.to.isValid() || other.to < f.to))
        f.to = other.to;
    for (const auto &[mine, theirs] :
        { std::pair { &f.gateway, &other.gateway }, std::pair { &f.service, &other.service },
            std::pair { &f.campaign, &other.campaign }, std::pair { &f.brand, &other.brand },
            std::pair { &f.status, &other.status }, std::pair { &f.text, &other.text } }) {
        if (!theirs->isNull())
            *mine = *theirs;
    }
    if (other.direction)
        f.direction = other.direction;
    if (other.channel)
        f.channel = other.channel;
    return f;
}

Result<ReportCache::Filter> ReportCache::coverage(qint64 pullId)
{
    auto all = pulls();
    if (!all)
        return all.error();
    const auto family = [](const QString &provider) {
        return provider == QLatin1String("twilio") || provider == QLatin1String("twilio-bulk")
            ? QStringLiteral("twilio")
            : provider == QLatin1String("telnyx") ? QStringLiteral("telnyx")
                                                  : QString();
    };
    const auto it = std::find_if(
        all->cbegin(), all->cend(), [pullId](const Pull &p) { return p.id == pullId; });
    if (it == all->cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(pullId));
    Filter f = Filter::ofPull(pullId);
    const QString mine = family(it->provider);
    if (mine.isEmpty() || !it->from.isValid() || !it->to.isValid())
        return f; // a file import: only what it stored
    f.from = it->from;
    f.to = it->to;
    f.gateways = it->senders;
    for (const Pull &p : all.value()) {
        if (family(p.provider) == mine && p.account == it->account)
            f.storedIn.append(p.id);
    }
    return f;
}

bool ReportCache::parseDimension(const QString &name, Dimension *out)
{
    for (const auto &[text, dimension] : kDimensions) {
        if (name == QLatin1String(text)) {
            *out = dimension;
            return true;
        }
    }
    return false;
}

QString ReportCache::dimensionName(Dimension by)
{
    for (const auto &[text, dimension] : kDimensions) {
        if (dimension == by)
            return QLatin1String(text);
    }
    return {};
}

namespace {

struct KeySql {
    QString expression;
    QString join;
    bool naturalOrder = false; // days and segment counts sort by key, the rest by volume
};

// The SQL for one dimension's key over report_rollup r; dictionary-coded
// dimensions join report_dict under `alias`.
KeySql keyFor(ReportCache::Dimension by, const QString &alias)
{
    using Dimension = ReportCache::Dimension;
    switch (by) {
    case Dimension::Sender:
    case Dimension::StatusOf:
    case Dimension::Campaign:
    case Dimension::Brand:
    case Dimension::Service: {
        const char *column = by == Dimension::Sender ? "gateway"
            : by == Dimension::StatusOf              ? "status"
            : by == Dimension::Campaign              ? "campaign"
            : by == Dimension::Brand                 ? "brand"
                                                     : "service";
        return { QStringLiteral("CAST(%1.value AS TEXT)").arg(alias),
            QStringLiteral("LEFT JOIN report_dict %1 ON %1.id = r.%2")
                .arg(alias, QLatin1String(column)) };
    }
    case Dimension::Day:
        return { QStringLiteral(
                     "CASE WHEN r.day < 0 THEN NULL ELSE date(r.day * 86400, 'unixepoch') END"),
            {}, true };
    case Dimension::Error:
        return { QStringLiteral("CAST(r.error_code AS TEXT)"), {} };
    case Dimension::Segments:
        return { QStringLiteral(
                     "CASE WHEN r.segments >= 4 THEN '4+' ELSE CAST(r.segments AS TEXT) END"),
            {}, true };
    case Dimension::Direction:
        return { QStringLiteral("CASE r.direction WHEN 1 THEN 'inbound' ELSE 'outbound' END"), {} };
    case Dimension::Provider:
        // Error codes are per provider: the error table pairs them.
        return { QStringLiteral(
                     "CASE WHEN %1.provider LIKE 'telnyx%' THEN 'telnyx' ELSE 'twilio' END")
                     .arg(alias),
            QStringLiteral("JOIN report_pull %1 ON %1.id = r.pull_id").arg(alias) };
    case Dimension::Channel:
        return { QStringLiteral(
                     "CASE r.channel WHEN 1 THEN 'mms' WHEN 2 THEN 'whatsapp' ELSE 'sms' END"),
            {} };
    }
    return {};
}

} // namespace

namespace {

// The WHERE clause of a filter over report_rollup or report_record (both
// aliased r), and its parameters in order (?1, ?2, ...).
struct FilterSql {
    enum class Table { Rollup, Record };

    QStringList clauses;
    std::vector<std::variant<qint64, QByteArray>> params;

    QString where() const
    {
        return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
    }

    void bind(Statement &stmt) const
    {
        for (std::size_t i = 0; i < params.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (const auto *number = std::get_if<qint64>(&params[i]))
                stmt.bind(index, *number);
            else
                stmt.bindBlob(index, std::get<QByteArray>(params[i]));
        }
    }

    QString param(std::variant<qint64, QByteArray> value)
    {
        params.push_back(std::move(value));
        return QStringLiteral("?%1").arg(params.size());
    }

    // A dictionary-coded column equal to a value (empty: no value).
    void dictionary(const char *column, int kind, const QString &value)
    {
        if (value.isNull())
            return;
        if (value.isEmpty()) {
            clauses << QStringLiteral("r.%1 IS NULL").arg(QLatin1String(column));
            return;
        }
        clauses << QStringLiteral(
            "r.%1 = (SELECT id FROM report_dict WHERE kind = %2 AND value = %3)")
                       .arg(QLatin1String(column))
                       .arg(kind)
                       .arg(param(value.toUtf8()));
    }
};

FilterSql filterSql(const ReportCache::Filter &f, FilterSql::Table table,
    const std::function<qint32(std::string_view)> &prefixId = {})
{
    FilterSql sql;
    const QDate epoch(1970, 1, 1);
    if (!f.storedIn.isEmpty()) {
        QStringList ids; // integers, so they can stand in the SQL
        for (const qint64 id : f.storedIn)
            ids << QString::number(id);
        sql.clauses << QStringLiteral("r.pull_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    } else if (f.pullId > 0) {
        sql.clauses << QStringLiteral("r.pull_id = %1").arg(sql.param(f.pullId));
    }
    if (!f.gateways.isEmpty()) {
        QStringList params;
        for (const QString &gateway : f.gateways)
            params << sql.param(gateway.toUtf8());
        sql.clauses << QStringLiteral(
            "r.gateway IN (SELECT id FROM report_dict WHERE kind = %1 AND value IN (%2))")
                           .arg(int { IngestSession::Gateway })
                           .arg(params.join(QLatin1Char(',')));
    }
    if (table == FilterSql::Table::Rollup) {
        if (f.from.isValid())
            sql.clauses << QStringLiteral("r.day >= %1").arg(sql.param(epoch.daysTo(f.from)));
        if (f.to.isValid())
            sql.clauses << QStringLiteral("r.day <= %1").arg(sql.param(epoch.daysTo(f.to)));
    } else {
        // The same days as the roll-up's, from the timestamps.
        if (f.from.isValid()) {
            sql.clauses << QStringLiteral("coalesce(r.sent_at, r.created_at) >= %1")
                               .arg(sql.param(epoch.daysTo(f.from) * 86400));
        }
        if (f.to.isValid()) {
            sql.clauses << QStringLiteral("coalesce(r.sent_at, r.created_at) < %1")
                               .arg(sql.param((epoch.daysTo(f.to) + 1) * 86400));
        }
    }
    sql.dictionary("gateway", IngestSession::Gateway, f.gateway);
    sql.dictionary("service", IngestSession::Service, f.service);
    sql.dictionary("campaign", IngestSession::Campaign, f.campaign);
    sql.dictionary("brand", IngestSession::Brand, f.brand);
    sql.dictionary("status", IngestSession::StatusKind, f.status);
    if (f.direction)
        sql.clauses << QStringLiteral("r.direction = %1").arg(static_cast<int>(*f.direction));
    if (f.channel)
        sql.clauses << QStringLiteral("r.channel = %1").arg(static_cast<int>(*f.channel));
    const QString text = f.text.trimmed();
    if (table == FilterSql::Table::Record && !text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const std::string encoded = IngestSession::encodeMessageId(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
            prefixId ? prefixId : [](std::string_view) { return qint32 { -1 }; });
        const QString part = sql.param(text.toLower().toUtf8());
        const QString matching
            = QStringLiteral("(SELECT id FROM report_dict WHERE kind IN (%1, %2, %3, %4) "
                             "AND instr(lower(CAST(value AS TEXT)), CAST(%5 AS TEXT)) > 0)")
                  .arg(int { IngestSession::Gateway })
                  .arg(int { IngestSession::Service })
                  .arg(int { IngestSession::Campaign })
                  .arg(int { IngestSession::Brand })
                  .arg(part);
        sql.clauses << QStringLiteral(
            "(r.msg_id = %1 OR r.gateway IN %2 OR r.service IN %2 OR r.campaign IN "
            "%2 OR r.brand IN %2)")
                           .arg(sql.param(QByteArray::fromStdString(encoded)), matching);
    }
    return sql;
}

} // namespace

Result<QList<ReportCache::CrossRow>> ReportCache::grouped(
    Dimension first, std::optional<Dimension> second, const Filter &filter)
{
    // Every breakdown reads the roll-up, never the records.
    const KeySql a = keyFor(first, QStringLiteral("d1"));
    const KeySql b
        = second ? keyFor(*second, QStringLiteral("d2")) : KeySql { QStringLiteral("NULL"), {} };
    const FilterSql where = filterSql(filter, FilterSql::Table::Rollup);
    const QString sql
        = QStringLiteral("SELECT %1 AS k1, %2 AS k2, sum(r.messages), sum(r.segments_total) "
                         "FROM report_rollup r %3 %4 WHERE %5 GROUP BY k1%6")
              .arg(a.expression, b.expression, a.join, b.join, where.where(),
                  second ? QStringLiteral(", k2") : QString());
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    where.bind(*stmt);
    QList<CrossRow> rows;
    if (auto status = stmt->each([&] {
            rows.append({ stmt->isNull(0) ? QString() : stmt->text(0),
                stmt->isNull(1) ? QString() : stmt->text(1), stmt->int64(2), stmt->int64(3) });
        });
        !status) {
        return status.error();
    }
    return rows;
}

Result<QList<ReportCache::CrossRow>> ReportCache::crossBreakdown(
    Dimension first, Dimension second, const Filter &filter)
{
    return grouped(first, second, filter);
}

Result<QList<ReportCache::BreakdownRow>> ReportCache::breakdown(Dimension by, const Filter &filter)
{
    auto grouping = grouped(by, std::nullopt, filter);
    if (!grouping)
        return grouping.error();
    QList<BreakdownRow> rows;
    rows.reserve(grouping->size());
    for (const CrossRow &c : grouping.value())
        rows.append({ c.first, c.messages, c.segments });
    const bool natural = keyFor(by, QStringLiteral("d")).naturalOrder;
    std::sort(rows.begin(), rows.end(), [natural](const BreakdownRow &x, const BreakdownRow &y) {
        if (natural || x.messages == y.messages) {
            if (x.key.isNull() != y.key.isNull())
                return x.key.isNull(); // "none" first, as SQLite orders NULL
            return x.key < y.key;
        }
        return x.messages > y.messages;
    });
    return rows;
}

QStringList ReportCache::exportColumns()
{
    return { QStringLiteral("pull_id"), QStringLiteral("provider"), QStringLiteral("message_id"),
        QStringLiteral("sender"), QStringLiteral("messaging_service"),
        QStringLiteral("campaign_id"), QStringLiteral("brand_id"), QStringLiteral("status"),
        QStringLiteral("direction"), QStringLiteral("channel"), QStringLiteral("segments"),
        QStringLiteral("media"), QStringLiteral("error_code"), QStringLiteral("date_created"),
        QStringLiteral("date_sent"), QStringLiteral("date_updated"), QStringLiteral("price"),
        QStringLiteral("price_unit"), QStringLiteral("tags") };
}

namespace {

// How the records table sorts by each column of exportColumns(): the SQL
// expression, and the dictionary join it needs.
struct SortSql {
    QString expression;
    QString join;
};

SortSql sortFor(int column)
{
    const auto dict = [](const char *col) {
        return SortSql { QStringLiteral("s.value"),
            QStringLiteral("LEFT JOIN report_dict s ON s.id = r.%1").arg(QLatin1String(col)) };
    };
    const auto plain = [](const char *col) {
        return SortSql { QStringLiteral("r.%1").arg(QLatin1String(col)), {} };
    };
    switch (column) {
    case 0:
        return plain("pull_id");
    case 1:
        return plain("provider");
    case 2:
        return plain("msg_id");
    case 3:
        return dict("gateway");
    case 4:
        return dict("service");
    case 5:
        return dict("campaign");
    case 6:
        return dict("brand");
    case 7:
        return dict("status");
    case 8:
        return plain("direction");
    case 9:
        return plain("channel");
    case 10:
        return plain("segments");
    case 11:
        return plain("media");
    case 12:
        return plain("error_code");
    case 13:
        return plain("created_at");
    case 14:
        return plain("sent_at");
    case 15:
        return plain("updated_at");
    case 16:
        return plain("price_micros");
    case 17:
        return dict("price_unit");
    case 18:
        return dict("tags");
    default:
        return plain("id");
    }
}

} // namespace

Status ReportCache::readRecords(const QString &where, const std::function<void(Statement &)> &bind,
    const std::function<bool(const QStringList &)> &emitRow, int limit)
{
    std::vector<std::string> prefixes;
    {
        auto dict
            = m_db.prepare(QStringLiteral("SELECT id, value FROM report_dict WHERE kind = ?1"));
        if (!dict)
            return dict.error();
        dict->bind(1, int { IngestSession::IdPrefix });
        if (auto status = dict->each([&] {
                const auto id = static_cast<std::size_t>(dict->int64(0));
                if (prefixes.size() <= id)
                    prefixes.resize(id + 1);
                prefixes[id] = dict->blob(1).toStdString();
            });
            !status) {
            return status.error();
        }
    }
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT r.pull_id, r.provider, r.msg_id, CAST(g.value AS TEXT), CAST(sv.value AS TEXT), "
        "CAST(c.value AS TEXT), "
        "CAST(b.value AS TEXT), CAST(st.value AS TEXT), r.direction, r.channel, r.segments, "
        "r.media, r.error_code, "
        "r.created_at, r.sent_at, r.updated_at, r.price_micros, CAST(pu.value AS TEXT), "
        "CAST(tg.value AS TEXT), r.id "
        "FROM report_record r "
        "LEFT JOIN report_dict g ON g.id = r.gateway LEFT JOIN report_dict sv ON sv.id = r.service "
        "LEFT JOIN report_dict c ON c.id = r.campaign LEFT JOIN report_dict b ON b.id = r.brand "
        "LEFT JOIN report_dict st ON st.id = r.status LEFT JOIN report_dict pu ON pu.id = "
        "r.price_unit LEFT JOIN report_dict tg ON tg.id = r.tags "
        "WHERE %1 ORDER BY r.id%2")
                                 .arg(where,
                                     limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit)
                                               : QString()));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    const auto time = [&](int column) {
        return stmt->isNull(column)
            ? QString()
            : QDateTime::fromSecsSinceEpoch(stmt->int64(column), Qt::UTC).toString(Qt::ISODate);
    };
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 direction = stmt->int64(8);
        const qint64 channel = stmt->int64(9);
        QString price;
        if (!stmt->isNull(16)) {
            const qint64 micros = stmt->int64(16);
            price = QString::number(static_cast<double>(micros) / 1e6, 'f', 5);
        }
        const QStringList fields {
            QString::number(stmt->int64(0)),
            stmt->int64(1) == int(ProviderFamily::Telnyx) ? QStringLiteral("telnyx")
                                                          : QStringLiteral("twilio"),
            IngestSession::decodeMessageId(stmt->blob(2), prefixes),
            stmt->text(3),
            stmt->text(4),
            stmt->text(5),
            stmt->text(6),
            stmt->text(7),
            direction == 1 ? QStringLiteral("inbound") : QStringLiteral("outbound"),
            channel == 1       ? QStringLiteral("mms")
                : channel == 2 ? QStringLiteral("whatsapp")
                               : QStringLiteral("sms"),
            QString::number(stmt->int64(10)),
            QString::number(stmt->int64(11)),
            stmt->isNull(12) ? QString() : QString::number(stmt->int64(12)),
            time(13),
            time(14),
            time(15),
            price,
            stmt->text(17),
            stmt->text(18),
            QString::number(stmt->int64(19)),
        };
        if (!emitRow(fields))
            return makeError(ErrorCode::Cancelled, {});
    }
    return {};
}

Result<std::function<qint32(std::string_view)>> ReportCache::prefixLookup()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, value FROM report_dict WHERE kind = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, int { IngestSession::IdPrefix });
    auto prefixes = std::make_shared<QHash<QByteArray, qint32>>();
    if (auto status
        = stmt->each([&] { prefixes->insert(stmt->blob(1), static_cast<qint32>(stmt->int64(0))); });
        !status) {
        return status.error();
    }
    return std::function<qint32(std::string_view)>([prefixes](std::string_view prefix) {
        return prefixes->value(
            QByteArray(prefix.data(), static_cast<qsizetype>(prefix.size())), -1);
    });
}

Status ReportCache::forEachRecord(
    const Filter &filter, const std::function<bool(const QStringList &)> &emitRow)
{
    auto prefixes = prefixLookup();
    if (!prefixes)
        return prefixes.error();
    const FilterSql where = filterSql(filter, FilterSql::Table::Record, prefixes.value());
    return readRecords(
        where.where(), [&](Statement &stmt) { where.bind(stmt); },
        [&](const QStringList &fields) { return emitRow(fields.first(fields.size() - 1)); });
}

Result<QList<QStringList>> ReportCache::firstRecords(const Filter &filter, int limit)
{
    auto prefixes = prefixLookup();
    if (!prefixes)
        return prefixes.error();
    const FilterSql where = filterSql(filter, FilterSql::Table::Record, prefixes.value());
    QList<QStringList> rows;
    const Status status = readRecords(
        where.where(), [&](Statement &stmt) { where.bind(stmt); },
        [&](const QStringList &fields) {
            rows.append(fields.first(fields.size() - 1));
            return true;
        },
        limit);
    if (!status)
        return status.error();
    return rows;
}

Result<std::vector<qint64>> ReportCache::recordIds(
    const Filter &filter, int sortColumn, Qt::SortOrder order)
{
    auto prefixes = prefixLookup();
    if (!prefixes)
        return prefixes.error();
    const FilterSql where = filterSql(filter, FilterSql::Table::Record, prefixes.value());
    const SortSql sort = sortFor(sortColumn);
    const QLatin1String direction(order == Qt::AscendingOrder ? "ASC" : "DESC");
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT r.id FROM report_record r %1 WHERE %2 ORDER BY %3 %4, r.id %4")
            .arg(sort.join, where.where(), sort.expression, direction));
    if (!stmt)
        return stmt.error();
    where.bind(*stmt);
    std::vector<qint64> ids;
    if (auto status = stmt->each([&] { ids.push_back(stmt->int64(0)); }); !status)
        return status.error();
    return ids;
}

Result<QList<QStringList>> ReportCache::records(const std::vector<qint64> &ids)
{
    QList<QStringList> result;
    if (ids.empty())
        return result;
    // The ids are integers of this database, so they can stand in the SQL.
    QStringList list;
    list.reserve(static_cast<qsizetype>(ids.size()));
    for (const qint64 id : ids)
        list.append(QString::number(id));
    QHash<qint64, QStringList> byId;
    const Status status = readRecords(
        QStringLiteral("r.id IN (%1)").arg(list.join(QLatin1Char(','))), [](Statement &) {},
        [&](const QStringList &fields) {
            byId.insert(fields.last().toLongLong(), fields.first(fields.size() - 1));
            return true;
        });
    if (!status)
        return status.error();
    result.reserve(static_cast<qsizetype>(ids.size()));
    for (const qint64 id : ids)
        result.append(byId.value(id));
    return result;
}

Result<ReportCache::Totals> ReportCache::totals(const Filter &filter)
{
    const FilterSql where = filterSql(filter, FilterSql::Table::Rollup);
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT ifnull(sum(r.messages), 0), ifnull(sum(r.segments_total), 0) "
                       "FROM report_rollup r WHERE %1")
            .arg(where.where()));
    if (!stmt)
        return stmt.error();
    where.bind(*stmt);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return Totals { stmt->int64(0), stmt->int64(1) };
}

Result<QList<ReportCache::PurgeResult>> ReportCache::purge(
    bool dryRun, qint64 onlyPull, const QString &reason, const PurgeHook &within)
{
    auto all = pulls();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.nowUtc();
    QList<PurgeResult> results;
    for (const Pull &p : all.value()) {
        const bool chosen = onlyPull > 0 ? p.id == onlyPull : p.expires <= now;
        if (!chosen)
            continue;
        PurgeResult r;
        r.pullId = p.id;
        // Counted inside the deleting transaction: another connection (the
        // GUI and the CLI share a workspace) cannot add rows in between.
        std::optional<Transaction> tx;
        if (!dryRun) {
            auto begun = Transaction::begin(m_db);
            if (!begun)
                return begun.error();
            tx.emplace(std::move(begun.value()));
        }
        const auto count = [&](const char *table) -> Result<qint64> {
            auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE pull_id = ?1")
                                         .arg(QLatin1String(table)));
            if (!stmt)
                return stmt.error();
            stmt->bind(1, p.id);
            auto row = stmt->step();
            if (!row)
                return row.error();
            return stmt->int64(0);
        };
        auto records = count("report_record");
        auto rollups = count("report_rollup");
        auto aggregates = count("report_aggregate");
        auto mappings = count("report_mapping");
        for (auto *c : { &records, &rollups, &aggregates, &mappings }) {
            if (!*c)
                return c->error();
        }
        r.records = records.value();
        r.rollups = rollups.value();
        r.aggregates = aggregates.value();
        r.mappings = mappings.value();
        results.append(r);
        if (dryRun)
            continue;

        for (const char *table :
            { "report_record", "report_rollup", "report_aggregate", "report_mapping" }) {
            auto stmt = m_db.prepare(
                QStringLiteral("DELETE FROM %1 WHERE pull_id = ?1").arg(QLatin1String(table)));
            if (!stmt)
                return stmt.error();
            stmt->bind(1, p.id);
            if (auto status = stmt->run(); !status)
                return status.error();
        }
        auto drop = m_db.prepare(QStringLiteral("DELETE FROM report_pull WHERE id = ?1"));
        if (!drop)
            return drop.error();
        drop->bind(1, p.id);
        if (auto status = drop->run(); !status)
            return status.error();
        auto log = m_db.prepare(QStringLiteral("INSERT INTO report_purge_log(pull_id, at_ms, "
                                               "reason, records, rollups, aggregates, mappings) "
                                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        if (!log)
            return log.error();
        log->bind(1, p.id).bind(2, now.toMSecsSinceEpoch());
        log->bind(3,
            reason.isEmpty() ? (onlyPull > 0 ? QStringLiteral("manual") : QStringLiteral("ttl"))
                             : reason);
        log->bind(4, r.records).bind(5, r.rollups).bind(6, r.aggregates).bind(7, r.mappings);
        if (auto status = log->run(); !status)
            return status.error();
        drop = Statement();
        log = Statement();
        if (within) {
            if (auto status = within(r); !status)
                return status.error();
        }
        if (auto status = tx->commit(); !status)
            return status.error();
    }
    if (!dryRun && !results.isEmpty()) {
        // Sending numbers, services, campaigns and brands that no remaining
        // pull uses go too. Skipped while a pull is being written, whose
        // session holds dictionary ids in memory; the next purge catches up.
        auto running = m_db.queryInt(
            QStringLiteral("SELECT count(*) FROM report_pull WHERE state = 'running'"));
        if (!running)
            return running.error();
        if (running.value() == 0) {
            if (auto status = m_db.exec(QStringLiteral(
                    "DELETE FROM report_dict WHERE kind <> %1 AND id NOT IN ("
                    "SELECT gateway FROM report_rollup UNION SELECT service FROM report_rollup "
                    "WHERE service IS NOT NULL "
                    "UNION SELECT campaign FROM report_rollup WHERE campaign IS NOT NULL "
                    "UNION SELECT brand FROM report_rollup WHERE brand IS NOT NULL "
                    "UNION SELECT status FROM report_rollup "
                    "UNION SELECT price_unit FROM report_record WHERE price_unit IS NOT NULL "
                    "UNION SELECT tags FROM report_record WHERE tags IS NOT NULL)")
                                            .arg(int { IngestSession::IdPrefix }));
                !status) {
                return status.error();
            }
        }
        // secure_delete zeroes freed pages; the incremental vacuum then
        // returns them to the file system, so nothing of the purged rows
        // stays in the file.
        if (auto status = m_db.exec(QStringLiteral("PRAGMA incremental_vacuum")); !status)
            return status.error();
    }
    return results;
}

Result<QList<ReportCache::PurgeLogEntry>> ReportCache::purgeLog()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT pull_id, at_ms, reason, records FROM report_purge_log ORDER BY id"));
    if (!stmt)
        return stmt.error();
    QList<PurgeLogEntry> result;
    if (auto status = stmt->each([&] {
            result.append({ stmt->int64(0), QDateTime::fromMSecsSinceEpoch(stmt->int64(1), Qt::UTC),
                stmt->text(2), stmt->int64(3) });
        });
        !status) {
        return status.error();
    }
    return result;
}

} // namespace relay::core
