#include "DeliveryLog.h"

#include "Clock.h"
#include "EnumNames.h"
#include "SmsFields.h"
#include "storage/Sql.h"
#include "storage/WriteBackQueue.h"

#include <QHash>
#include <QJsonArray>

#include <limits>

namespace relay::core {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

constexpr std::pair<const char *, DeliveryLog::WriteBack> kWriteBacks[] = {
    { "pending", DeliveryLog::WriteBack::Pending },
    { "written", DeliveryLog::WriteBack::Written },
    { "failed", DeliveryLog::WriteBack::Failed },
    { "none", DeliveryLog::WriteBack::None },
};

DeliveryLog::WriteBack writeBackFrom(const QString &name)
{
    return enumFromName(kWriteBacks, name, DeliveryLog::WriteBack::Pending);
}

const char *kDeliveryColumns
    = "id, org, sms_record_id, batch_id, gateway, channel, recipient_hash, provider, "
      "provider_message_id, segments, status, error_code, created_ms, updated_ms, "
      "writeback, writeback_error, writeback_attempts";

} // namespace

DeliveryLog::DeliveryLog(SqlConnection &db, const Clock &clock) : m_db(db), m_clock(clock) { }

const char *DeliveryLog::schemaSql()
{
    return R"SQL(
CREATE TABLE engine_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO engine_setting VALUES ('default_region', 'US');
CREATE TABLE engine_gateway (
    address TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    account TEXT NOT NULL,
    messaging_service TEXT,
    created_ms INTEGER NOT NULL);
CREATE TABLE delivery (
    id INTEGER PRIMARY KEY,
    sms_record_id TEXT NOT NULL UNIQUE,
    batch_id TEXT,
    gateway TEXT NOT NULL,
    channel INTEGER NOT NULL,
    recipient_hash TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_message_id TEXT,
    segments INTEGER NOT NULL,
    status TEXT NOT NULL,
    status_rank INTEGER NOT NULL,
    error_code INTEGER,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    writeback TEXT NOT NULL DEFAULT 'pending',
    writeback_error TEXT,
    writeback_attempts INTEGER NOT NULL DEFAULT 0,
    writeback_next_ms INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX delivery_provider_message ON delivery (provider, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
CREATE INDEX delivery_batch ON delivery (batch_id);
CREATE INDEX delivery_hash ON delivery (recipient_hash);
CREATE INDEX delivery_writeback ON delivery (writeback, writeback_next_ms);
CREATE TABLE delivery_event (
    id INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    error_code INTEGER,
    source TEXT NOT NULL);
CREATE INDEX delivery_event_delivery ON delivery_event (delivery_id);
CREATE TABLE delivery_early_event (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    provider_message_id TEXT NOT NULL,
    status TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    error_code INTEGER,
    source TEXT NOT NULL);
CREATE INDEX delivery_early_event_message ON delivery_early_event (provider, provider_message_id);
)SQL";
}

const char *DeliveryLog::eventOnceSql()
{
    // Telnyx gives each event its time; a Twilio callback gives none (its
    // early events were held under the time they arrived).
    return R"SQL(
ALTER TABLE delivery_event ADD COLUMN provider_at_ms INTEGER NOT NULL DEFAULT 0;
UPDATE delivery_event SET provider_at_ms = at_ms
    WHERE source = 'callback' AND delivery_id IN (SELECT id FROM delivery WHERE provider = 'telnyx');
ALTER TABLE delivery_early_event ADD COLUMN provider_at_ms INTEGER NOT NULL DEFAULT 0;
UPDATE delivery_early_event SET provider_at_ms = at_ms WHERE provider = 'telnyx';
DELETE FROM delivery_early_event WHERE id NOT IN (SELECT min(id) FROM delivery_early_event
    GROUP BY provider, provider_message_id, status, source, provider_at_ms);
DROP INDEX delivery_early_event_message;
CREATE UNIQUE INDEX delivery_early_event_once ON delivery_early_event
    (provider, provider_message_id, status, source, provider_at_ms);
)SQL";
}

const char *DeliveryLog::callbackRefSql()
{
    // Set only while the provider message id is unknown, cleared when a
    // callback brings it.
    return R"SQL(
ALTER TABLE delivery ADD COLUMN callback_ref TEXT;
CREATE INDEX delivery_callback_ref ON delivery (provider, callback_ref) WHERE callback_ref IS NOT NULL;
ALTER TABLE delivery_early_event ADD COLUMN callback_ref TEXT;
CREATE INDEX delivery_early_event_ref ON delivery_early_event (provider, callback_ref) WHERE callback_ref IS NOT NULL;
)SQL";
}

const char *DeliveryLog::perOrgSql()
{
    // SQLite cannot drop a column's UNIQUE: the table is rebuilt, every row
    // kept, each given its gateway's org (the default org, empty, where the
    // gateway has none or is gone).
    return R"SQL(
CREATE TABLE delivery_by_org (
    id INTEGER PRIMARY KEY,
    org TEXT NOT NULL DEFAULT '',
    sms_record_id TEXT NOT NULL,
    batch_id TEXT,
    gateway TEXT NOT NULL,
    channel INTEGER NOT NULL,
    recipient_hash TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_message_id TEXT,
    segments INTEGER NOT NULL,
    status TEXT NOT NULL,
    status_rank INTEGER NOT NULL,
    error_code INTEGER,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    writeback TEXT NOT NULL DEFAULT 'pending',
    writeback_error TEXT,
    writeback_attempts INTEGER NOT NULL DEFAULT 0,
    writeback_next_ms INTEGER NOT NULL DEFAULT 0,
    callback_ref TEXT,
    UNIQUE (org, sms_record_id));
INSERT INTO delivery_by_org (id, org, sms_record_id, batch_id, gateway, channel, recipient_hash,
    provider, provider_message_id, segments, status, status_rank, error_code, created_ms,
    updated_ms, writeback, writeback_error, writeback_attempts, writeback_next_ms, callback_ref)
SELECT d.id, coalesce((SELECT g.org FROM engine_gateway g WHERE g.address = d.gateway), ''),
    d.sms_record_id, d.batch_id, d.gateway, d.channel, d.recipient_hash, d.provider,
    d.provider_message_id, d.segments, d.status, d.status_rank, d.error_code, d.created_ms,
    d.updated_ms, d.writeback, d.writeback_error, d.writeback_attempts, d.writeback_next_ms,
    d.callback_ref
FROM delivery d;
DROP TABLE delivery;
ALTER TABLE delivery_by_org RENAME TO delivery;
CREATE UNIQUE INDEX delivery_provider_message ON delivery (provider, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
CREATE INDEX delivery_batch ON delivery (batch_id);
CREATE INDEX delivery_hash ON delivery (recipient_hash);
CREATE INDEX delivery_writeback ON delivery (org, writeback, writeback_next_ms);
CREATE INDEX delivery_callback_ref ON delivery (provider, callback_ref) WHERE callback_ref IS NOT NULL;
CREATE INDEX delivery_sms_record ON delivery (sms_record_id);
)SQL";
}

int DeliveryLog::statusRank(const QString &status)
{
    // Twilio's and Telnyx's message lifecycles, merged: 0 is unknown.
    static const QHash<QString, int> ranks {
        { QStringLiteral("accepted"), 1 },
        { QStringLiteral("scheduled"), 1 },
        { QStringLiteral("queued"), 2 },
        { QStringLiteral("sending"), 3 },
        { QStringLiteral("sent"), 4 },
        { QStringLiteral("delivery_unconfirmed"), 5 },
        { QStringLiteral("delivered"), 6 },
        { QStringLiteral("undelivered"), 6 },
        { QStringLiteral("failed"), 6 },
        { QStringLiteral("canceled"), 6 },
        { QStringLiteral("sending_failed"), 6 },
        { QStringLiteral("delivery_failed"), 6 },
        { QStringLiteral("read"), 7 },
    };
    return ranks.value(status, 0);
}

bool DeliveryLog::isFinal(const QString &status)
{
    return statusRank(status) >= 6;
}

QString DeliveryLog::writeBackName(WriteBack state)
{
    for (const auto &[text, value] : kWriteBacks) {
        if (value == state)
            return QLatin1String(text);
    }
    return {};
}

Result<qint64> DeliveryLog::recordSubmit(const Submitted &s)
{
    const qint64 now = m_clock.nowMs();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    if (!s.providerMessageId.isEmpty() || !s.callbackRef.isEmpty()) {
        auto locked = lockMessages({ s.providerMessageId.isEmpty()
                ? lockKey(s.provider, QStringLiteral("ref:") + s.callbackRef)
                : lockKey(s.provider, s.providerMessageId) });
        if (!locked)
            return locked.error();
    }
    auto exists = sent(s.org, s.smsRecordId);
    if (!exists)
        return exists.error();
    const auto alreadySent = [&s] {
        return makeError(ErrorCode::AlreadyExists,
            QStringLiteral("SMS record %1 was already sent; the log keeps one send per record")
                .arg(s.smsRecordId));
    };
    if (exists.value())
        return alreadySent();
    auto insert = m_db.prepareInsert(QStringLiteral(
        "INSERT INTO delivery (sms_record_id, batch_id, gateway, channel, recipient_hash, "
        "provider, provider_message_id, "
        "segments, status, status_rank, error_code, created_ms, updated_ms, writeback, "
        "callback_ref, org) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, 'pending', ?13, "
        "coalesce(?14, ''))"));
    if (!insert)
        return insert.error();
    insert->bind(1, s.smsRecordId).bind(14, s.org);
    s.batchId.isEmpty() ? insert->bindNull(2) : insert->bind(2, s.batchId);
    insert->bind(3, s.gateway)
        .bind(4, static_cast<int>(s.channel))
        .bind(5, s.recipientHash)
        .bind(6, s.provider);
    s.providerMessageId.isEmpty() ? insert->bindNull(7) : insert->bind(7, s.providerMessageId);
    insert->bind(8, s.segments).bind(9, s.status).bind(10, statusRank(s.status));
    s.errorCode == UsageRecordView::kNoError ? insert->bindNull(11) : insert->bind(11, s.errorCode);
    insert->bind(12, now);
    s.providerMessageId.isEmpty() && !s.callbackRef.isEmpty() ? insert->bind(13, s.callbackRef)
                                                              : insert->bindNull(13);
    auto inserted = insert->insert();
    if (!inserted) {
        // Another worker logged the same record since the check above.
        return inserted.error().code == ErrorCode::AlreadyExists ? alreadySent() : inserted.error();
    }
    const qint64 id = inserted.value();
    insert = SqlStatement();
    // The row says "sent" from now on; the claim that guarded the submit goes.
    auto claim = m_db.prepare(QStringLiteral(
        "DELETE FROM send_claim WHERE org = coalesce(?1, '') AND sms_record_id = ?2"));
    if (!claim)
        return claim.error();
    claim->bind(1, s.org).bind(2, s.smsRecordId);
    if (auto status = claim->run(); !status)
        return status.error();
    claim = SqlStatement();
    auto event = m_db.prepare(
        QStringLiteral("INSERT INTO delivery_event (delivery_id, status, at_ms, received_ms, "
                       "error_code, source) VALUES (?1, ?2, ?3, ?3, ?4, 'submit')"));
    if (!event)
        return event.error();
    event->bind(1, id).bind(2, s.status).bind(3, now);
    s.errorCode == UsageRecordView::kNoError ? event->bindNull(4) : event->bind(4, s.errorCode);
    if (auto status = event->run(); !status)
        return status.error();
    event = SqlStatement();
    if (auto status = tx->commit(); !status)
        return status.error();
    if (!s.providerMessageId.isEmpty()) {
        if (auto replayed = replayEarlyEvents(s.provider, s.providerMessageId); !replayed)
            return replayed.error();
    } else if (!s.callbackRef.isEmpty()) {
        if (auto adopted = adoptEarlyEvents(s.provider, s.callbackRef); !adopted)
            return adopted.error();
    }
    return id;
}

// A submit logged without its provider message id: a callback that came
// first under the submit's reference names the id.
Status DeliveryLog::adoptEarlyEvents(const QString &provider, const QString &callbackRef)
{
    auto early = m_db.prepare(
        QStringLiteral("SELECT provider_message_id FROM delivery_early_event "
                       "WHERE provider = ?1 AND callback_ref = ?2 ORDER BY id LIMIT 1"));
    if (!early)
        return early.error();
    early->bind(1, provider).bind(2, callbackRef);
    auto row = early->step();
    if (!row)
        return row.error();
    if (!row.value())
        return {};
    const QString messageId = early->text(0);
    early = SqlStatement();
    if (auto s = adoptMessageId(provider, callbackRef, messageId); !s)
        return s;
    return replayEarlyEvents(provider, messageId);
}

// The send logged under callbackRef without an id learns it; the reference has done its work.
Status DeliveryLog::adoptMessageId(
    const QString &provider, const QString &callbackRef, const QString &providerMessageId)
{
    auto adopt = m_db.prepare(QStringLiteral(
        "UPDATE delivery SET provider_message_id = ?3, callback_ref = NULL "
        "WHERE provider = ?1 AND callback_ref = ?2 AND provider_message_id IS NULL"));
    if (!adopt)
        return adopt.error();
    adopt->bind(1, provider).bind(2, callbackRef).bind(3, providerMessageId);
    return adopt->run();
}

Status DeliveryLog::replayEarlyEvents(const QString &provider, const QString &providerMessageId)
{
    QList<QPair<qint64, Event>> early;
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT id, status, at_ms, error_code, source, provider_at_ms FROM "
            "delivery_early_event WHERE provider = ?1 AND provider_message_id = ?2 ORDER BY id"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, provider).bind(2, providerMessageId);
        const QDateTime now = fromMs(m_clock.nowMs());
        if (auto s = stmt->each([&] {
                early.append({ stmt->int64(0),
                    Event { stmt->text(1), fromMs(stmt->int64(2)), now,
                        stmt->isNull(3) ? UsageRecordView::kNoError
                                        : static_cast<qint32>(stmt->int64(3)),
                        stmt->text(4), stmt->int64(5) } });
            });
            !s) {
            return s;
        }
    }
    for (const auto &[id, event] : std::as_const(early)) {
        auto applied = applyEvent(provider, providerMessageId, event, {});
        if (!applied)
            return applied.error();
        auto drop = m_db.prepare(QStringLiteral("DELETE FROM delivery_early_event WHERE id = ?1"));
        if (!drop)
            return drop.error();
        drop->bind(1, id);
        if (auto s = drop->run(); !s)
            return s;
    }
    return {};
}

const char kExpiredEarlyEvents[] = "FROM delivery_early_event WHERE received_ms < ?1";

Result<qint64> DeliveryLog::expiredEarlyEventCount()
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kExpiredEarlyEvents),
        m_clock.nowMs() - kEarlyEventMaxAgeMs);
}

Result<qint64> DeliveryLog::purgeEarlyEvents(qint64 olderThanMs)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE ") + QLatin1String(kExpiredEarlyEvents));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_clock.nowMs() - olderThanMs);
    if (auto s = stmt->run(); !s)
        return s.error();
    return stmt->changes();
}

Result<int> DeliveryLog::logRetentionDays()
{
    return EngineSettings(m_db).days(kLogRetention);
}

Status DeliveryLog::setLogRetentionDays(int days)
{
    return EngineSettings(m_db).setDays(kLogRetention, days);
}

// The messages past the log retention, for both the purge and the count.
const char kExpired[] = "FROM delivery WHERE updated_ms < ?1";
const char kExpiredInbound[] = "FROM inbound_message WHERE updated_ms < ?1";

Result<qint64> DeliveryLog::expiredCount()
{
    auto days = logRetentionDays();
    if (!days)
        return days.error();
    const qint64 cutoff = m_clock.nowMs() - qint64 { days.value() } * kDayMs;
    auto outgoing
        = m_db.queryInt(QStringLiteral("SELECT count(*) ") + QLatin1String(kExpired), cutoff);
    if (!outgoing)
        return outgoing;
    auto incoming = m_db.queryInt(
        QStringLiteral("SELECT count(*) ") + QLatin1String(kExpiredInbound), cutoff);
    if (!incoming)
        return incoming;
    return outgoing.value() + incoming.value();
}

Result<qint64> DeliveryLog::purgeExpired()
{
    auto days = logRetentionDays();
    if (!days)
        return days.error();
    const qint64 cutoff = m_clock.nowMs() - qint64 { days.value() } * kDayMs;
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto events
        = m_db.prepare(QStringLiteral("DELETE FROM delivery_event WHERE delivery_id IN (SELECT id ")
            + QLatin1String(kExpired) + QLatin1Char(')'));
    if (!events)
        return events.error();
    events->bind(1, cutoff);
    if (auto s = events->run(); !s)
        return s.error();
    auto deliveries = m_db.prepare(QStringLiteral("DELETE ") + QLatin1String(kExpired));
    if (!deliveries)
        return deliveries.error();
    deliveries->bind(1, cutoff);
    if (auto s = deliveries->run(); !s)
        return s.error();
    qint64 removed = deliveries->changes();
    auto inbound = m_db.prepare(QStringLiteral("DELETE ") + QLatin1String(kExpiredInbound));
    if (!inbound)
        return inbound.error();
    inbound->bind(1, cutoff);
    if (auto s = inbound->run(); !s)
        return s.error();
    removed += inbound->changes();
    if (auto s = tx->commit(); !s)
        return s.error();
    return removed;
}

Result<std::optional<DeliveryLog::Found>> DeliveryLog::findForCallback(
    const QString &provider, const QString &providerMessageId, const QString &callbackRef)
{
    auto find = m_db.prepare(QStringLiteral(
        "SELECT id, status_rank FROM delivery WHERE provider = ?1 AND provider_message_id = ?2"));
    if (!find)
        return find.error();
    find->bind(1, provider).bind(2, providerMessageId);
    auto row = find->step();
    if (!row)
        return row.error();
    if (!row.value() && !callbackRef.isEmpty()) {
        // The submit whose answer was lost: this callback names its id.
        find->reset();
        if (auto s = adoptMessageId(provider, callbackRef, providerMessageId); !s)
            return s.error();
        find->bind(1, provider).bind(2, providerMessageId);
        row = find->step();
        if (!row)
            return row.error();
    }
    if (!row.value())
        return std::optional<Found>();
    return std::optional<Found>(Found { find->int64(0), static_cast<int>(find->int64(1)) });
}

// A callback can overtake the provider's answer to the submit: it waits
// here (ids and status only) until the submit is logged.
// Held once, and within the caps (checked inside the write transaction, so
// several engines at once cannot pass them together).
Result<DeliveryLog::Applied> DeliveryLog::keepEarly(const QString &provider,
    const QString &providerMessageId, const Event &event, const QString &callbackRef)
{
    auto held = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM delivery_early_event WHERE provider = ?1 AND "
        "provider_message_id = ?2), (SELECT count(*) FROM (SELECT 1 FROM delivery_early_event "
        "LIMIT ?3) AS held)"));
    if (!held)
        return held.error();
    held->bind(1, provider).bind(2, providerMessageId).bind(3, kMaxEarlyEvents);
    if (auto row = held->step(); !row)
        return row.error();
    const bool full
        = held->int64(0) >= kMaxEarlyEventsPerMessage || held->int64(1) >= kMaxEarlyEvents;
    held = SqlStatement();
    if (full) {
        // Full: nothing is added, but a copy of one held is still a copy.
        auto same = m_db.prepare(QStringLiteral(
            "SELECT count(*) FROM delivery_early_event WHERE provider = ?1 AND "
            "provider_message_id = ?2 AND status = ?3 AND source = ?4 AND provider_at_ms = ?5"));
        if (!same)
            return same.error();
        same->bind(1, provider)
            .bind(2, providerMessageId)
            .bind(3, event.status)
            .bind(4, event.source)
            .bind(5, event.providerAtMs);
        if (auto row = same->step(); !row)
            return row.error();
        return same->int64(0) > 0 ? Applied::Duplicate : Applied::EarlyRefused;
    }
    auto early = m_db.prepare(m_db.insertIgnoring(
        QStringLiteral("delivery_early_event (provider, provider_message_id, "
                       "status, at_ms, received_ms, error_code, source, callback_ref, "
                       "provider_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")));
    if (!early)
        return early.error();
    early->bind(1, provider)
        .bind(2, providerMessageId)
        .bind(3, event.status)
        .bind(4, event.at.toMSecsSinceEpoch());
    early->bind(5, event.received.toMSecsSinceEpoch());
    event.errorCode == UsageRecordView::kNoError ? early->bindNull(6)
                                                 : early->bind(6, event.errorCode);
    early->bind(7, event.source);
    callbackRef.isEmpty() ? early->bindNull(8) : early->bind(8, callbackRef);
    early->bind(9, event.providerAtMs);
    if (auto s = early->run(); !s)
        return s.error();
    return early->changes() > 0 ? Applied::UnknownMessage : Applied::Duplicate;
}

Result<DeliveryLog::EarlyEventStats> DeliveryLog::earlyEventStats()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM delivery_early_event), (SELECT coalesce(max(n), 0) FROM "
        "(SELECT count(*) AS n FROM delivery_early_event GROUP BY provider, "
        "provider_message_id) AS per_message)"));
    if (!stmt)
        return stmt.error();
    if (auto row = stmt->step(); !row)
        return row.error();
    return EarlyEventStats { stmt->int64(0), stmt->int64(1) };
}

// Every event joins the timeline; the current status only moves forward,
// and a new final status (re)opens the Salesforce write-back.
Result<DeliveryLog::Applied> DeliveryLog::appendEvent(const Found &delivery, const Event &event)
{
    // A replayed callback adds nothing. PostgreSQL's log has a unique index
    // on the event (several workers take callbacks at once), so the insert
    // below ignores a copy there by itself; the workspace looks first.
    if (m_db.dialect() == SqlDialect::SQLite) {
        auto same = m_db.prepare(QStringLiteral(
            "SELECT count(*) FROM delivery_event WHERE delivery_id = ?1 AND status = ?2 AND "
            "source = ?3 AND provider_at_ms = ?4"));
        if (!same)
            return same.error();
        same->bind(1, delivery.id)
            .bind(2, event.status)
            .bind(3, event.source)
            .bind(4, event.providerAtMs);
        if (auto row = same->step(); !row)
            return row.error();
        if (same->int64(0) > 0)
            return Applied::Duplicate;
    }
    auto insert = m_db.prepare(m_db.insertIgnoring(
        QStringLiteral("delivery_event (delivery_id, status, at_ms, received_ms, "
                       "error_code, source, provider_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
    if (!insert)
        return insert.error();
    insert->bind(1, delivery.id)
        .bind(2, event.status)
        .bind(3, event.at.toMSecsSinceEpoch())
        .bind(4, event.received.toMSecsSinceEpoch());
    event.errorCode == UsageRecordView::kNoError ? insert->bindNull(5)
                                                 : insert->bind(5, event.errorCode);
    insert->bind(6, event.source).bind(7, event.providerAtMs);
    if (auto s = insert->run(); !s)
        return s.error();
    if (insert->changes() == 0)
        return Applied::Duplicate;
    const int rank = statusRank(event.status);
    if (rank > delivery.rank) {
        // Only forward from what the row holds now: another worker may have
        // moved it further since it was read.
        auto advance = m_db.prepare(QStringLiteral(
            "UPDATE delivery SET status = ?2, status_rank = ?3, error_code = ?4, updated_ms = "
            "?5, writeback = CASE WHEN writeback = 'none' THEN 'none' ELSE 'pending' END, "
            "writeback_next_ms = 0 WHERE id = ?1 AND status_rank < ?3"));
        if (!advance)
            return advance.error();
        advance->bind(1, delivery.id).bind(2, event.status).bind(3, rank);
        event.errorCode == UsageRecordView::kNoError ? advance->bindNull(4)
                                                     : advance->bind(4, event.errorCode);
        advance->bind(5, event.received.toMSecsSinceEpoch());
        if (auto s = advance->run(); !s)
            return s.error();
        if (advance->changes() > 0)
            return Applied::Advanced;
    }
    auto touch = m_db.prepare(QStringLiteral(
        "UPDATE delivery SET updated_ms = CASE WHEN updated_ms < ?2 THEN ?2 ELSE updated_ms END "
        "WHERE id = ?1"));
    if (!touch)
        return touch.error();
    touch->bind(1, delivery.id).bind(2, event.received.toMSecsSinceEpoch());
    if (auto s = touch->run(); !s)
        return s.error();
    return Applied::KeptInTimeline;
}

DeliveryLog::Event DeliveryLog::eventFor(
    const QDateTime &at, qint32 errorCode, const QString &status, const QString &source) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
    return Event { status, at.isValid() ? at : now, now, errorCode, source,
        at.isValid() ? at.toMSecsSinceEpoch() : 0 };
}

Result<DeliveryLog::Applied> DeliveryLog::applyStatus(const QString &provider,
    const QString &providerMessageId, const QString &status, const QDateTime &at, qint32 errorCode,
    const QString &source, const QString &callbackRef)
{
    return applyEvent(
        provider, providerMessageId, eventFor(at, errorCode, status, source), callbackRef);
}

std::vector<Result<DeliveryLog::Applied>> DeliveryLog::applyStatuses(
    const QList<Callback> &callbacks)
{
    std::vector<Result<Applied>> outcomes;
    outcomes.reserve(static_cast<std::size_t>(callbacks.size()));
    if (callbacks.size() > 1) {
        const Status together = [&]() -> Status {
            auto tx = m_db.transaction();
            if (!tx)
                return tx.error();
            // Every lock first, in one order: two workers' batches that share
            // messages wait for each other, never in a cycle.
            QStringList keys;
            for (const Callback &c : callbacks)
                keys += callbackLocks(c.provider, c.providerMessageId, c.callbackRef);
            if (auto locked = lockMessages(keys); !locked)
                return locked.error();
            for (const Callback &c : callbacks) {
                auto applied = applyLocked(c.provider, c.providerMessageId,
                    eventFor(c.at, c.errorCode, c.status, c.source), c.callbackRef);
                if (!applied)
                    return applied.error();
                outcomes.emplace_back(applied.value());
            }
            return tx->commit();
        }();
        if (together)
            return outcomes;
        outcomes.clear();
    }
    for (const Callback &c : callbacks) {
        outcomes.push_back(applyEvent(c.provider, c.providerMessageId,
            eventFor(c.at, c.errorCode, c.status, c.source), c.callbackRef));
    }
    return outcomes;
}

// Several workers on one PostgreSQL: a callback and the submit it overtook
// can reach two of them at once. Each takes this lock (until its
// transaction ends) on the message's id, or on the reference of a submit
// whose answer was lost, so that either the callback finds the submit or
// the submit, once committed, finds the callback among the early events.
// SQLite's write transactions are one at a time already.
QString DeliveryLog::lockKey(const QString &provider, const QString &key)
{
    return provider + QLatin1Char('\n') + key;
}

QStringList DeliveryLog::callbackLocks(
    const QString &provider, const QString &providerMessageId, const QString &callbackRef)
{
    QStringList keys { lockKey(provider, providerMessageId) };
    if (!callbackRef.isEmpty())
        keys.append(lockKey(provider, QStringLiteral("ref:") + callbackRef));
    return keys;
}

// Sorted and in one round trip, as a text array (each element quoted, its
// backslashes and quotes escaped, so any key is one element).
Status DeliveryLog::lockMessages(QStringList keys)
{
    if (m_db.dialect() != SqlDialect::PostgreSQL)
        return {};
    keys.sort();
    keys.removeDuplicates();
    QString array = QStringLiteral("{");
    for (QString &key : keys) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        key.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        array += QLatin1Char('"') + key + QLatin1Char('"');
    }
    array += QLatin1Char('}');
    auto lock = m_db.prepare(QStringLiteral(
        "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT k FROM "
        "unnest(?1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n) AS ordered"));
    if (!lock)
        return lock.error();
    lock->bind(1, array);
    return lock->run();
}

Result<DeliveryLog::Applied> DeliveryLog::applyEvent(const QString &provider,
    const QString &providerMessageId, const Event &event, const QString &callbackRef)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    if (auto locked = lockMessages(callbackLocks(provider, providerMessageId, callbackRef));
        !locked)
        return locked.error();
    auto applied = applyLocked(provider, providerMessageId, event, callbackRef);
    if (!applied)
        return applied.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return applied.value();
}

Result<DeliveryLog::Applied> DeliveryLog::applyLocked(const QString &provider,
    const QString &providerMessageId, const Event &event, const QString &callbackRef)
{
    auto found = findForCallback(provider, providerMessageId, callbackRef);
    if (!found)
        return found.error();
    return found.value() ? appendEvent(*found.value(), event)
                         : keepEarly(provider, providerMessageId, event, callbackRef);
}

Result<QList<DeliveryLog::Delivery>> DeliveryLog::select(
    const QString &condition, const std::function<void(SqlStatement &)> &bind, bool withEvents)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM delivery WHERE %2")
                                 .arg(QLatin1String(kDeliveryColumns), condition));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    QList<Delivery> result;
    if (auto s = stmt->each([&] {
            Delivery d;
            d.id = stmt->int64(0);
            d.org = stmt->text(1);
            d.smsRecordId = stmt->text(2);
            d.batchId = stmt->text(3);
            d.gateway = stmt->text(4);
            d.channel = static_cast<Channel>(stmt->int64(5));
            d.recipientHash = stmt->text(6);
            d.provider = stmt->text(7);
            d.providerMessageId = stmt->text(8);
            d.segments = static_cast<int>(stmt->int64(9));
            d.status = stmt->text(10);
            d.errorCode = stmt->isNull(11) ? UsageRecordView::kNoError
                                           : static_cast<qint32>(stmt->int64(11));
            d.created = fromMs(stmt->int64(12));
            d.updated = fromMs(stmt->int64(13));
            d.writeBack = writeBackFrom(stmt->text(14));
            d.writeBackError = stmt->text(15);
            d.writeBackAttempts = static_cast<int>(stmt->int64(16));
            result.append(std::move(d));
        });
        !s) {
        return s.error();
    }
    stmt = SqlStatement();
    if (!withEvents)
        return result;
    auto events = m_db.prepare(
        QStringLiteral("SELECT status, at_ms, received_ms, error_code, source FROM delivery_event "
                       "WHERE delivery_id = ?1 ORDER BY id"));
    if (!events)
        return events.error();
    for (Delivery &d : result) {
        events->reset();
        events->bind(1, d.id);
        if (auto s = events->each([&] {
                d.events.append(
                    { events->text(0), fromMs(events->int64(1)), fromMs(events->int64(2)),
                        events->isNull(3) ? UsageRecordView::kNoError
                                          : static_cast<qint32>(events->int64(3)),
                        events->text(4) });
            });
            !s) {
            return s.error();
        }
    }
    return result;
}

Result<QList<DeliveryLog::Delivery>> DeliveryLog::find(Key key, const QString &value, int limit)
{
    if (limit < 0)
        limit = std::numeric_limits<int>::max(); // all (PostgreSQL has no LIMIT -1)
    const char *column = key == Key::SmsRecord ? "sms_record_id"
        : key == Key::ProviderMessage          ? "provider_message_id"
        : key == Key::Batch                    ? "batch_id"
                                               : "recipient_hash";
    auto found = select(
        QStringLiteral("%1 = ?1 ORDER BY id LIMIT ?2").arg(QLatin1String(column)),
        [&](SqlStatement &stmt) { stmt.bind(1, value).bind(2, limit); }, true);
    if (!found || key == Key::Batch || found->size() >= limit)
        return found;
    // Incoming messages have no batch; their sender's hash is the other
    // party's, as the recipient's is for an outgoing one.
    const char *inboundColumn = key == Key::RecipientHash ? "sender_hash" : column;
    auto incoming = selectInbound(
        QStringLiteral("%1 = ?1 ORDER BY id LIMIT ?2").arg(QLatin1String(inboundColumn)),
        [&](SqlStatement &stmt) {
            stmt.bind(1, value).bind(2, limit - static_cast<int>(found->size()));
        });
    if (!incoming)
        return incoming.error();
    found->append(std::move(incoming.value()));
    return found;
}

Result<bool> DeliveryLog::sent(const QString &org, const QString &smsRecordId)
{
    // A record id in either form: 15 characters (as a user may have
    // written it to `engine send`) or 18 (as the API gives it).
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM delivery WHERE org = coalesce(?1, '') AND "
                       "sms_record_id IN (?2, ?3, ?4)"));
    if (!stmt)
        return stmt.error();
    const QString key = salesforceRecordKey(smsRecordId);
    stmt->bind(1, org).bind(2, smsRecordId).bind(3, key).bind(4, salesforceId18(key));
    if (auto row = stmt->step(); !row)
        return row.error();
    return stmt->int64(0) > 0;
}

Result<QStringList> DeliveryLog::orgsWithWriteBacks(WriteBack state)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT DISTINCT org FROM delivery WHERE writeback = ?1 ORDER BY org"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, writeBackName(state));
    QStringList orgs;
    if (auto s = stmt->each([&] { orgs.append(stmt->text(0)); }); !s)
        return s.error();
    return orgs;
}

Result<QList<DeliveryLog::Delivery>> DeliveryLog::writtenBack(
    const QString &org, qint64 afterId, int limit)
{
    return select(
        QStringLiteral(
            "writeback = 'written' AND org = coalesce(?3, '') AND id > ?1 ORDER BY id LIMIT ?2"),
        [&](SqlStatement &stmt) { stmt.bind(1, afterId).bind(2, limit).bind(3, org); }, false);
}

Status DeliveryLog::setWriteBack(
    qint64 deliveryId, WriteBack state, const QString &error, qint64 retryAtMs)
{
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE delivery SET writeback = ?2, writeback_error = ?3, "
                       "writeback_attempts = writeback_attempts + 1, writeback_next_ms = ?4 "
                       "WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, deliveryId).bind(2, writeBackName(state));
    error.isEmpty() ? stmt->bindNull(3) : stmt->bind(3, error);
    stmt->bind(4, retryAtMs);
    if (auto s = stmt->run(); !s)
        return s;
    if (stmt->changes() == 0)
        return makeError(
            ErrorCode::NotFound, QStringLiteral("no delivery with id %1").arg(deliveryId));
    return {};
}

Result<qint64> DeliveryLog::reopenWriteBacks(const QString &org, const QStringList &codes)
{
    return writeback::reopen(m_db, "delivery", codes, org);
}

Result<QList<QPair<QString, qint64>>> DeliveryLog::writeBackBacklog()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT org, count(*) FROM delivery WHERE writeback = "
                                            "'pending' GROUP BY org ORDER BY org"));
    if (!stmt)
        return stmt.error();
    QList<QPair<QString, qint64>> backlog;
    if (auto s = stmt->each([&] { backlog.append({ stmt->text(0), stmt->int64(1) }); }); !s)
        return s.error();
    return backlog;
}

Result<qint64> DeliveryLog::nextWriteBackDueMs(const QString &org)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT coalesce(min(CASE WHEN writeback_next_ms < 1 THEN 1 ELSE "
                       "writeback_next_ms END), 0) FROM "
                       "delivery WHERE writeback = 'pending' AND org = coalesce(?1, '')"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, org);
    if (auto row = stmt->step(); !row)
        return row.error();
    return stmt->int64(0);
}

Result<DeliveryLog::Counts> DeliveryLog::counts()
{
    Counts c;
    const std::pair<const char *, qint64 *> queries[] = {
        { "SELECT count(*) FROM delivery", &c.deliveries },
        { "SELECT count(*) FROM delivery_event", &c.events },
        { "SELECT count(*) FROM delivery WHERE writeback = 'written'", &c.writtenBack },
        { "SELECT count(*) FROM delivery WHERE writeback = 'failed'", &c.writeBackFailed },
        { "SELECT count(*) FROM inbound_message", &c.incoming },
        { "SELECT count(*) FROM inbound_message WHERE state = 'pending'", &c.incomingPending },
    };
    for (const auto &[sql, out] : queries) {
        auto value = m_db.queryInt(QLatin1String(sql));
        if (!value)
            return value.error();
        *out = value.value();
    }
    return c;
}

QString DeliveryLog::directionName(Direction direction)
{
    return direction == Direction::Incoming ? QStringLiteral("incoming")
                                            : QStringLiteral("outgoing");
}

QJsonObject DeliveryLog::toJson(const Delivery &d)
{
    const auto code = [](qint32 error) {
        return error == UsageRecordView::kNoError ? QJsonValue() : QJsonValue(error);
    };
    QJsonArray events;
    for (const Event &e : d.events) {
        events.append(QJsonObject { { QStringLiteral("status"), e.status },
            { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("source"), e.source },
            { QStringLiteral("error_code"), code(e.errorCode) } });
    }
    return QJsonObject { { QStringLiteral("direction"), directionName(d.direction) },
        { QStringLiteral("sms_record_id"),
            d.smsRecordId.isEmpty() ? QJsonValue() : QJsonValue(d.smsRecordId) },
        { QStringLiteral("org"), d.org.isEmpty() ? QJsonValue() : QJsonValue(d.org) },
        { QStringLiteral("batch_id"), d.batchId.isEmpty() ? QJsonValue() : QJsonValue(d.batchId) },
        { QStringLiteral("gateway"), d.gateway }, { QStringLiteral("provider"), d.provider },
        { QStringLiteral("provider_message_id"), d.providerMessageId },
        { QStringLiteral("recipient_hash"), d.recipientHash },
        { QStringLiteral("segments"), d.segments }, { QStringLiteral("status"), d.status },
        { QStringLiteral("error_code"), code(d.errorCode) },
        { QStringLiteral("write_back"), writeBackName(d.writeBack) },
        { QStringLiteral("write_back_error"),
            d.writeBackError.isEmpty() ? QJsonValue() : QJsonValue(d.writeBackError) },
        { QStringLiteral("events"), events } };
}

Result<SqlTransaction> DeliveryLog::transaction()
{
    return m_db.transaction();
}

} // namespace relay::core
