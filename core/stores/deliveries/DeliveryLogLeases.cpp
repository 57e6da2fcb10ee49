// What several workers on one log must each do once: a send (claimed before
// it is queued), a write-back batch and an incoming message's retry (leased
// rows), a job such as the sweep (a named lease). The same SQL runs on both
// backends; on PostgreSQL the leases skip the rows another worker holds
// (SqlConnection::skipLocked), on SQLite the transaction holds the file.
#include "Clock.h"
#include "DeliveryLog.h"
#include "storage/Sql.h"
#include "storage/WriteBackQueue.h"

#include <QDateTime>
#include <QStringList>

namespace relay::core {

namespace {

// A claim's worker has stopped: no heartbeat since the parameter `since`.
QString workerGone(int since)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM engine_worker w WHERE w.id = "
                          "send_claim.worker AND w.seen_ms >= ?%1)")
        .arg(since);
}

// The default org is "" in the tables; a null QString would bind NULL.
QString orgKey(const QString &org)
{
    return org.isNull() ? QStringLiteral("") : org;
}

} // namespace

const char *DeliveryLog::claimsSql()
{
    // Both dialects read these types alike (SQLite's bigint is an integer).
    return R"SQL(
CREATE TABLE send_claim (
    org text NOT NULL,
    sms_record_id text NOT NULL,
    worker text NOT NULL,
    state text NOT NULL CHECK (state IN ('queued', 'submitting')),
    claimed_ms bigint NOT NULL,
    PRIMARY KEY (org, sms_record_id));
CREATE TABLE engine_worker (
    id text PRIMARY KEY,
    seen_ms bigint NOT NULL);
CREATE TABLE engine_job (
    name text PRIMARY KEY,
    worker text NOT NULL,
    until_ms bigint NOT NULL);
)SQL";
}

Result<DeliveryLog::Claim> DeliveryLog::claimSend(
    const QString &org, const QString &smsRecordId, const QString &worker)
{
    const qint64 now = m_clock.nowMs();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    // A queued claim of a worker that stopped (no heartbeat for
    // kWorkerGoneMs) may be taken: it never reached the provider. Were
    // that worker only slow, it finds its claim gone before it submits
    // (startSubmit).
    auto stale = m_db.prepare(QStringLiteral(
        "DELETE FROM send_claim WHERE org = ?1 AND sms_record_id = ?2 AND state = 'queued' "
        "AND %1")
                                  .arg(workerGone(3)));
    if (!stale)
        return stale.error();
    stale->bind(1, orgKey(org)).bind(2, smsRecordId).bind(3, now - kWorkerGoneMs);
    if (auto s = stale->run(); !s)
        return s.error();
    auto insert = m_db.prepare(m_db.insertIgnoring(
        QStringLiteral("send_claim (org, sms_record_id, worker, state, claimed_ms) "
                       "VALUES (?1, ?2, ?3, 'queued', ?4)")));
    if (!insert)
        return insert.error();
    insert->bind(1, orgKey(org)).bind(2, smsRecordId).bind(3, worker).bind(4, now);
    if (auto s = insert->run(); !s)
        return s.error();
    if (insert->changes() == 0) {
        // Held: by a worker queueing or submitting it now, or by one that
        // stopped while it submitted (whether the provider took it is
        // unknown: never sent again without a person's word).
        auto held = m_db.prepare(QStringLiteral(
            "SELECT count(*) FROM send_claim WHERE org = ?1 AND sms_record_id = ?2 AND state = "
            "'submitting' AND %1")
                                     .arg(workerGone(3)));
        if (!held)
            return held.error();
        held->bind(1, orgKey(org)).bind(2, smsRecordId).bind(3, now - kWorkerGoneMs);
        auto row = held->step();
        if (!row)
            return row.error();
        return row.value() && held->int64(0) > 0 ? Claim::Uncertain : Claim::Held;
    }
    // The claim of a worker that logged its send is gone with the log's
    // row in place: the row says "sent".
    auto logged = sent(org, smsRecordId);
    if (!logged)
        return logged.error();
    if (logged.value())
        return Claim::Held;
    if (auto s = tx->commit(); !s)
        return s.error();
    return Claim::Taken;
}

Result<bool> DeliveryLog::startSubmit(
    const QString &org, const QString &smsRecordId, const QString &worker)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE send_claim SET state = 'submitting', claimed_ms = ?4 WHERE org = ?1 AND "
        "sms_record_id = ?2 AND worker = ?3 AND state = 'queued'"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, orgKey(org)).bind(2, smsRecordId).bind(3, worker).bind(4, m_clock.nowMs());
    if (auto s = stmt->run(); !s)
        return s.error();
    return stmt->changes() == 1;
}

Status DeliveryLog::releaseSend(
    const QString &org, const QString &smsRecordId, const QString &worker)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "DELETE FROM send_claim WHERE org = ?1 AND sms_record_id = ?2 AND worker = ?3"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, orgKey(org)).bind(2, smsRecordId).bind(3, worker);
    return stmt->run();
}

Result<qint64> DeliveryLog::releaseUncertainSend(const QString &org, const QString &smsRecordId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "DELETE FROM send_claim WHERE org = ?1 AND sms_record_id = ?2 AND state = 'submitting' "
        "AND %1")
                                 .arg(workerGone(3)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, orgKey(org)).bind(2, smsRecordId).bind(3, m_clock.nowMs() - kWorkerGoneMs);
    if (auto s = stmt->run(); !s)
        return s.error();
    return stmt->changes();
}

Result<QList<DeliveryLog::UncertainSend>> DeliveryLog::uncertainSends(int limit)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT org, sms_record_id, claimed_ms FROM send_claim WHERE state = "
                       "'submitting' AND %1 ORDER BY claimed_ms, org, sms_record_id LIMIT ?2")
            .arg(workerGone(1)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_clock.nowMs() - kWorkerGoneMs).bind(2, limit);
    QList<UncertainSend> out;
    if (auto s = stmt->each([&] {
            out.append({ stmt->text(0), stmt->text(1),
                QDateTime::fromMSecsSinceEpoch(stmt->int64(2), Qt::UTC) });
        });
        !s)
        return s.error();
    return out;
}

Status DeliveryLog::workerSeen(const QString &worker)
{
    auto stmt
        = m_db.prepare(m_db.upsert(QStringLiteral("engine_worker (id, seen_ms) VALUES (?1, ?2)"),
            QStringLiteral("id"), QStringLiteral("seen_ms")));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, worker).bind(2, m_clock.nowMs());
    if (auto s = stmt->run(); !s)
        return s;
    // Workers gone for a day are forgotten; their claims read as stopped either way.
    auto old = m_db.prepare(QStringLiteral("DELETE FROM engine_worker WHERE seen_ms < ?1"));
    if (!old)
        return old.error();
    old->bind(1, m_clock.nowMs() - 24LL * 3600 * 1000);
    return old->run();
}

Result<QList<DeliveryLog::Delivery>> DeliveryLog::pendingWriteBacks(const QString &org, int limit)
{
    // The retry schedule is wall-clock time, as the write-back's timers are.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto due = select(
        QStringLiteral("writeback = 'pending' AND org = coalesce(?3, '') AND "
                       "writeback_next_ms <= ?1 ORDER BY id LIMIT ?2")
            + m_db.skipLocked(),
        [&](SqlStatement &stmt) { stmt.bind(1, now).bind(2, limit).bind(3, org); }, false);
    if (!due || due->isEmpty())
        return due;
    QList<qint64> ids;
    for (const Delivery &d : std::as_const(due.value()))
        ids.append(d.id);
    if (auto s = writeback::lease(m_db, "delivery", ids, now + writeback::kLeaseMs); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return due;
}

Status DeliveryLog::releaseWriteBacks(const QList<qint64> &ids)
{
    return writeback::release(m_db, "delivery", ids);
}

Result<QList<DeliveryLog::Inbound>> DeliveryLog::dueInbound(qint64 nowMs, int limit)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto due = dueInboundRows(nowMs, limit);
    // On a workspace (one machine) nothing is leased: a retry that crashed
    // is due again at the next start.
    if (!due || due->isEmpty() || m_db.dialect() == SqlDialect::SQLite)
        return due;
    QList<qint64> ids;
    for (const Inbound &in : std::as_const(due.value()))
        ids.append(in.id);
    if (auto s
        = m_db.exec(QStringLiteral("UPDATE inbound_message SET next_ms = %1 WHERE id IN (%2)")
                        .arg(nowMs + kInboundLeaseMs)
                        .arg(sqlIdList(ids)));
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return due;
}

Result<bool> DeliveryLog::takeJob(const QString &name, const QString &worker, qint64 forMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto insert = m_db.prepare(m_db.insertIgnoring(
        QStringLiteral("engine_job (name, worker, until_ms) VALUES (?1, ?2, 0)")));
    if (!insert)
        return insert.error();
    insert->bind(1, name).bind(2, worker);
    if (auto s = insert->run(); !s)
        return s.error();
    // Whoever holds it may renew it; anyone may take it once it has ended.
    auto take = m_db.prepare(
        QStringLiteral("UPDATE engine_job SET worker = ?2, until_ms = ?3 WHERE name = ?1 AND "
                       "(worker = ?2 OR until_ms <= ?4)"));
    if (!take)
        return take.error();
    take->bind(1, name).bind(2, worker).bind(3, now + forMs).bind(4, now);
    if (auto s = take->run(); !s)
        return s.error();
    const bool taken = take->changes() == 1;
    if (auto s = tx->commit(); !s)
        return s.error();
    return taken;
}

} // namespace relay::core
