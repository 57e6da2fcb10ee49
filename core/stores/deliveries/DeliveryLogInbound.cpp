// The delivery log's incoming messages (inbound_message, schema 15).
#include "Clock.h"
#include "DeliveryLog.h"
#include "EnumNames.h"
#include "storage/Sql.h"

namespace relay::core {

namespace {

constexpr std::pair<const char *, DeliveryLog::InboundState> kInboundStates[] = {
    { "pending", DeliveryLog::InboundState::Pending },
    { "created", DeliveryLog::InboundState::Created },
    { "gone", DeliveryLog::InboundState::Gone },
};

DeliveryLog::InboundState inboundStateFrom(const QString &name)
{
    return enumFromName(kInboundStates, name, DeliveryLog::InboundState::Pending);
}

const char *kInboundColumns = "id, org, gateway, provider, provider_message_id, state, "
                              "sms_record_id, attempts";

DeliveryLog::Inbound inboundFrom(const SqlStatement &stmt)
{
    DeliveryLog::Inbound in;
    in.id = stmt.int64(0);
    in.org = stmt.text(1);
    in.gateway = stmt.text(2);
    in.provider = stmt.text(3);
    in.providerMessageId = stmt.text(4);
    in.state = inboundStateFrom(stmt.text(5));
    in.smsRecordId = stmt.text(6);
    in.attempts = static_cast<int>(stmt.int64(7));
    return in;
}

} // namespace

const char *DeliveryLog::inboundSql()
{
    // One row per provider message: a provider that retries its webhook
    // meets the row it made the first time. sender_hash is the keyed hash
    // of the number the message came from, as recipient_hash is for the
    // outgoing ones; there is no column for the number or the text.
    return R"SQL(
CREATE TABLE inbound_message (
    id INTEGER PRIMARY KEY,
    org TEXT NOT NULL DEFAULT '',
    gateway TEXT NOT NULL,
    channel INTEGER NOT NULL,
    sender_hash TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_message_id TEXT NOT NULL,
    media INTEGER NOT NULL DEFAULT 0,
    segments INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending',
    sms_record_id TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_ms INTEGER NOT NULL DEFAULT 0,
    received_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    UNIQUE (provider, provider_message_id));
CREATE INDEX inbound_due ON inbound_message (state, next_ms);
CREATE INDEX inbound_sms_record ON inbound_message (sms_record_id);
CREATE INDEX inbound_sender ON inbound_message (sender_hash);
)SQL";
}

Result<DeliveryLog::Inbound> DeliveryLog::inboundByMessage(
    const QString &provider, const QString &providerMessageId)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT %1 FROM inbound_message WHERE provider = ?1 AND "
                                      "provider_message_id = ?2")
                           .arg(QLatin1String(kInboundColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, provider).bind(2, providerMessageId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no incoming %1 message %2").arg(provider, providerMessageId));
    return inboundFrom(*stmt);
}

Result<DeliveryLog::Inbound> DeliveryLog::recordInbound(const Received &r)
{
    if (r.gateway.isEmpty() || r.provider.isEmpty() || r.providerMessageId.isEmpty()
        || r.senderHash.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("an incoming message needs its gateway, provider, provider message id "
                           "and sender hash"));
    const qint64 now = m_clock.nowMs();
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto insert = m_db.prepare(m_db.insertIgnoring(
        QStringLiteral("inbound_message (org, gateway, channel, sender_hash, provider, "
                       "provider_message_id, media, segments, received_ms, updated_ms) "
                       "VALUES (coalesce(?1, ''), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)")));
    if (!insert)
        return insert.error();
    insert->bind(1, r.org)
        .bind(2, r.gateway)
        .bind(3, static_cast<int>(r.channel))
        .bind(4, r.senderHash)
        .bind(5, r.provider)
        .bind(6, r.providerMessageId)
        .bind(7, r.media)
        .bind(8, r.segments)
        .bind(9, now);
    if (auto s = insert->run(); !s)
        return s.error();
    const bool isNew = insert->changes() > 0;
    insert = SqlStatement();
    auto logged = inboundByMessage(r.provider, r.providerMessageId);
    if (!logged)
        return logged.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    logged->isNew = isNew;
    return logged;
}

Status DeliveryLog::inboundCreated(qint64 id, const QString &smsRecordId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE inbound_message SET state = 'created', sms_record_id = ?2, "
                       "error = NULL, updated_ms = ?3 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, smsRecordId).bind(3, m_clock.nowMs());
    return stmt->run();
}

Status DeliveryLog::inboundNotCreated(qint64 id, const QString &error, qint64 retryAtMs, bool gone)
{
    // A record created already stays created: a late failure of a second
    // attempt (a provider's retry) does not undo it.
    auto stmt
        = m_db.prepare(QStringLiteral("UPDATE inbound_message SET state = ?2, error = ?3, "
                                      "attempts = attempts + 1, next_ms = ?4, updated_ms = ?5 "
                                      "WHERE id = ?1 AND state <> 'created'"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id)
        .bind(2, QLatin1String(gone ? "gone" : "pending"))
        .bind(3, error)
        .bind(4, retryAtMs)
        .bind(5, m_clock.nowMs());
    return stmt->run();
}

Result<QList<DeliveryLog::Inbound>> DeliveryLog::dueInboundRows(qint64 nowMs, int limit)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM inbound_message WHERE state = 'pending' AND next_ms <= ?1 "
                       "ORDER BY next_ms, id LIMIT ?2")
            .arg(QLatin1String(kInboundColumns))
        + m_db.skipLocked());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nowMs).bind(2, limit);
    QList<Inbound> due;
    if (auto s = stmt->each([&] { due.append(inboundFrom(*stmt)); }); !s)
        return s.error();
    return due;
}

Result<qint64> DeliveryLog::pendingInboundCount()
{
    return m_db.queryInt(
        QStringLiteral("SELECT count(*) FROM inbound_message WHERE state = 'pending'"));
}

Result<QList<DeliveryLog::Delivery>> DeliveryLog::selectInbound(
    const QString &condition, const std::function<void(SqlStatement &)> &bind)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, org, coalesce(sms_record_id, ''), gateway, channel, sender_hash, "
        "provider, provider_message_id, segments, state, coalesce(error, ''), "
        "attempts, received_ms, updated_ms FROM inbound_message WHERE %1")
                                 .arg(condition));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    QList<Delivery> result;
    if (auto s = stmt->each([&] {
            Delivery d;
            d.direction = Direction::Incoming;
            d.id = stmt->int64(0);
            d.org = stmt->text(1);
            d.smsRecordId = stmt->text(2);
            d.gateway = stmt->text(3);
            d.channel = static_cast<Channel>(stmt->int64(4));
            d.recipientHash = stmt->text(5);
            d.provider = stmt->text(6);
            d.providerMessageId = stmt->text(7);
            d.segments = static_cast<int>(stmt->int64(8));
            d.status = QStringLiteral("received");
            const InboundState state = inboundStateFrom(stmt->text(9));
            d.writeBack = state == InboundState::Created ? WriteBack::Written
                : state == InboundState::Gone            ? WriteBack::Failed
                                                         : WriteBack::Pending;
            d.writeBackError = stmt->text(10);
            d.writeBackAttempts = static_cast<int>(stmt->int64(11));
            d.created = QDateTime::fromMSecsSinceEpoch(stmt->int64(12), Qt::UTC);
            d.updated = QDateTime::fromMSecsSinceEpoch(stmt->int64(13), Qt::UTC);
            d.events.append({ d.status, d.created, d.created, UsageRecordView::kNoError,
                QStringLiteral("inbound") });
            result.append(std::move(d));
        });
        !s) {
        return s.error();
    }
    return result;
}

} // namespace relay::core
