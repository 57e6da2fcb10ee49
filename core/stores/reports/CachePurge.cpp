#include "CachePurge.h"

#include "Clock.h"
#include "reports/IngestSession.h"
#include "reports/PullLedger.h"
#include "storage/Database.h"

#include <optional>

namespace relay::core {

CachePurge::CachePurge(Database &db, const Clock &clock, PullLedger &pulls)
    : m_db(db), m_clock(clock), m_pulls(pulls)
{ }

namespace {

constexpr const char *kOwnedTables[]
    = { "report_record", "report_rollup", "report_aggregate", "report_mapping" };

} // namespace

Result<PullPurge> CachePurge::count(qint64 pullId)
{
    PullPurge r;
    r.pullId = pullId;
    qint64 *counts[] = { &r.records, &r.rollups, &r.aggregates, &r.mappings };
    for (std::size_t i = 0; i < std::size(kOwnedTables); ++i) {
        auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM %1 WHERE pull_id = ?1")
                                   .arg(QLatin1String(kOwnedTables[i])),
            pullId);
        if (!n)
            return n.error();
        *counts[i] = n.value();
    }
    return r;
}

Status CachePurge::erase(const PullPurge &r, qint64 atMs, const QString &reason)
{
    for (const char *table : kOwnedTables) {
        auto stmt = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE pull_id = ?1").arg(QLatin1String(table)));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, r.pullId);
        if (auto status = stmt->run(); !status)
            return status;
    }
    auto drop = m_db.prepare(QStringLiteral("DELETE FROM report_pull WHERE id = ?1"));
    if (!drop)
        return drop.error();
    drop->bind(1, r.pullId);
    if (auto status = drop->run(); !status)
        return status;
    auto log = m_db.prepare(QStringLiteral("INSERT INTO report_purge_log(pull_id, at_ms, "
                                           "reason, records, rollups, aggregates, mappings) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!log)
        return log.error();
    log->bind(1, r.pullId).bind(2, atMs).bind(3, reason);
    log->bind(4, r.records).bind(5, r.rollups).bind(6, r.aggregates).bind(7, r.mappings);
    return log->run();
}

Status CachePurge::dropUnusedDictionary()
{
    // Sending numbers, services, campaigns and brands that no remaining
    // pull uses go too. Skipped while a pull is being written, whose
    // session holds dictionary ids in memory; the next purge catches up.
    auto running
        = m_db.queryInt(QStringLiteral("SELECT count(*) FROM report_pull WHERE state = 'running'"));
    if (!running)
        return running.error();
    if (running.value() != 0)
        return {};
    return m_db.exec(
        QStringLiteral("DELETE FROM report_dict WHERE kind <> %1 AND id NOT IN ("
                       "SELECT gateway FROM report_rollup UNION SELECT service FROM report_rollup "
                       "WHERE service IS NOT NULL "
                       "UNION SELECT campaign FROM report_rollup WHERE campaign IS NOT NULL "
                       "UNION SELECT brand FROM report_rollup WHERE brand IS NOT NULL "
                       "UNION SELECT status FROM report_rollup "
                       "UNION SELECT price_unit FROM report_record WHERE price_unit IS NOT NULL "
                       "UNION SELECT tags FROM report_record WHERE tags IS NOT NULL)")
            .arg(int { IngestSession::IdPrefix }));
}

Result<QList<PullPurge>> CachePurge::purge(
    bool dryRun, qint64 onlyPull, const QString &reason, const Hook &within)
{
    auto all = m_pulls.pulls();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.nowUtc();
    const QString why = !reason.isEmpty() ? reason
        : onlyPull > 0                    ? QStringLiteral("manual")
                                          : QStringLiteral("ttl");
    QList<PullPurge> results;
    for (const ReportPull &p : all.value()) {
        const bool chosen = onlyPull > 0 ? p.id == onlyPull : p.expires <= now;
        if (!chosen)
            continue;
        // Counted inside the deleting transaction: another connection (the
        // GUI and the CLI share a workspace) cannot add rows in between.
        std::optional<Transaction> tx;
        if (!dryRun) {
            auto begun = Transaction::begin(m_db);
            if (!begun)
                return begun.error();
            tx.emplace(std::move(begun.value()));
        }
        auto counted = count(p.id);
        if (!counted)
            return counted.error();
        results.append(counted.value());
        if (dryRun)
            continue;
        if (auto status = erase(counted.value(), now.toMSecsSinceEpoch(), why); !status)
            return status.error();
        if (within) {
            if (auto status = within(counted.value()); !status)
                return status.error();
        }
        if (auto status = tx->commit(); !status)
            return status.error();
    }
    if (dryRun || results.isEmpty())
        return results;
    if (auto status = dropUnusedDictionary(); !status)
        return status.error();
    // secure_delete zeroes freed pages; the incremental vacuum then returns
    // them to the file system, so nothing of the purged rows stays in the file.
    if (auto status = m_db.exec(QStringLiteral("PRAGMA incremental_vacuum")); !status)
        return status.error();
    return results;
}

Result<CachePurge::Totals> CachePurge::totalsSince(qint64 sinceMs)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(records), 0), coalesce(sum(rollups), 0), "
                       "coalesce(sum(aggregates), 0) FROM report_purge_log WHERE at_ms >= ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sinceMs);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return Totals { stmt->int64(0), stmt->int64(1), stmt->int64(2), stmt->int64(3) };
}

Result<QList<PurgeLogEntry>> CachePurge::purgeLog()
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
