#include "ReportCache.h"

#include "Clock.h"
#include "activity/ActivityLog.h"
#include "reports/IngestSession.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace relay::core {

namespace {

constexpr qint64 kDayMs = 86400LL * 1000;

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

ReportCache::~ReportCache() = default;

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

Result<qint64> ReportCache::createPull(const NewPull &request)
{
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO report_pull(provider, account, client, range_from, range_to, "
                       "senders, base_url, state, created_ms, "
                       "requested_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running', ?8, ?9)"));
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
            return std::move(p);
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
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE report_pull SET state = 'running', error = NULL WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
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
    case Dimension::Channel:
        return { QStringLiteral(
                     "CASE r.channel WHEN 1 THEN 'mms' WHEN 2 THEN 'whatsapp' ELSE 'sms' END"),
            {} };
    }
    return {};
}

} // namespace

Result<QList<ReportCache::CrossRow>> ReportCache::grouped(
    Dimension first, std::optional<Dimension> second, const BreakdownFilter &filter)
{
    // Every breakdown reads the roll-up, never the records.
    const KeySql a = keyFor(first, QStringLiteral("d1"));
    const KeySql b
        = second ? keyFor(*second, QStringLiteral("d2")) : KeySql { QStringLiteral("NULL"), {} };
    QStringList where;
    if (filter.pullId > 0)
        where << QStringLiteral("r.pull_id = ?1");
    if (filter.from.isValid())
        where << QStringLiteral("r.day >= ?2");
    if (filter.to.isValid())
        where << QStringLiteral("r.day <= ?3");
    const QString sql
        = QStringLiteral("SELECT %1 AS k1, %2 AS k2, sum(r.messages), sum(r.segments_total) "
                         "FROM report_rollup r %3 %4 %5 GROUP BY k1%6")
              .arg(a.expression, b.expression, a.join, b.join,
                  where.isEmpty() ? QString()
                                  : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                  second ? QStringLiteral(", k2") : QString());
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    const QDate epoch(1970, 1, 1);
    if (filter.pullId > 0)
        stmt->bind(1, filter.pullId);
    if (filter.from.isValid())
        stmt->bind(2, epoch.daysTo(filter.from));
    if (filter.to.isValid())
        stmt->bind(3, epoch.daysTo(filter.to));
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
    Dimension first, Dimension second, const BreakdownFilter &filter)
{
    return grouped(first, second, filter);
}

Result<QList<ReportCache::BreakdownRow>> ReportCache::breakdown(
    Dimension by, const BreakdownFilter &filter)
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

Status ReportCache::forEachRecord(
    qint64 pullId, const std::function<bool(const QStringList &)> &emitRow)
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
        "CAST(tg.value AS TEXT) "
        "FROM report_record r "
        "LEFT JOIN report_dict g ON g.id = r.gateway LEFT JOIN report_dict sv ON sv.id = r.service "
        "LEFT JOIN report_dict c ON c.id = r.campaign LEFT JOIN report_dict b ON b.id = r.brand "
        "LEFT JOIN report_dict st ON st.id = r.status LEFT JOIN report_dict pu ON pu.id = "
        "r.price_unit LEFT JOIN report_dict tg ON tg.id = r.tags "
        "WHERE ?1 = 0 OR r.pull_id = ?1 ORDER BY r.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, pullId);
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
        };
        if (!emitRow(fields))
            return makeError(ErrorCode::Cancelled, {});
    }
    return {};
}

Result<QList<ReportCache::PurgeResult>> ReportCache::purge(
    bool dryRun, qint64 onlyPull, const QString &reason)
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

        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
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
