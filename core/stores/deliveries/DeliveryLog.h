#pragma once

#include "Result.h"
#include "model/UsageRecord.h"
#include "storage/EngineSettings.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace relay::core {

class Clock;

// The engine's log, as the policy allows it: per message the SMS record id,
// the batch group id, the sending gateway, the recipient hash, the provider
// message id, the segment count and every status change with its time and
// error code, plus the Salesforce write-back state. Never the recipient
// number, the text, or the Salesforce record the message was sent from:
// there are no columns for them.
class DeliveryLog
{
public:
    enum class WriteBack { Pending, Written, Failed, None };
    // Outgoing: sent by the engine for an SMS record. Incoming: a message a
    // recipient sent to one of the gateways, for which the engine creates
    // the SMS record.
    enum class Direction { Outgoing, Incoming };

    struct Event {
        QString status;
        QDateTime at; // the provider's time when it gives one, else when received
        QDateTime received;
        qint32 errorCode = UsageRecordView::kNoError;
        QString source; // submit, callback
        // The provider's own time in ms, 0 when it gives none (a Twilio
        // callback): two events of a message with the same status, source
        // and provider time are the same event, kept once.
        qint64 providerAtMs = 0;
    };

    struct Delivery {
        qint64 id = 0;
        Direction direction = Direction::Outgoing;
        QString org; // the client org of its gateway; empty: the default org
        QString smsRecordId;
        QString batchId;
        QString gateway;
        Channel channel = Channel::Sms;
        QString recipientHash; // the other party's: an incoming message's sender
        QString provider; // twilio, telnyx
        QString providerMessageId; // empty when the provider refused the submit
        int segments = 0;
        QString status; // the furthest status reached
        qint32 errorCode = UsageRecordView::kNoError;
        QDateTime created;
        QDateTime updated;
        // Incoming: Pending until its SMS record is created (Written), Failed
        // when it never can be (the provider no longer has the message).
        WriteBack writeBack = WriteBack::Pending;
        QString writeBackError;
        int writeBackAttempts = 0;
        QList<Event> events; // every event, in arrival order
    };

    struct Submitted {
        QString org; // the gateway's org; empty: the default org
        QString smsRecordId;
        QString batchId;
        QString gateway;
        Channel channel = Channel::Sms;
        QString recipientHash;
        QString provider;
        QString providerMessageId;
        int segments = 0;
        QString status; // as the provider answered the submit (queued, accepted, failed)
        qint32 errorCode = UsageRecordView::kNoError;
        // The provider accepted the message but its answer was lost (cut
        // short, unreadable): the message's callbacks carry this reference
        // in their URL, and the first one fills in the provider message id.
        QString callbackRef;
    };

    // How a callback changed the log. UnknownMessage: no submit logged with
    // that id yet (a callback can overtake the submit's answer); the event
    // waits and is applied when the submit is logged.
    // UnknownMessage: kept as an early event until its submit is logged.
    // Duplicate: the same event (status, source, provider time) is held
    // already, in the timeline or among the early events: nothing is added.
    // EarlyRefused: the message or the early-event table holds all it may.
    enum class Applied { Advanced, KeptInTimeline, UnknownMessage, Duplicate, EarlyRefused };

    DeliveryLog(SqlConnection &db, const Clock &clock);

    static const char *schemaSql();
    // Schema 8: the callback reference of a submit whose answer was lost.
    static const char *callbackRefSql();
    // Schema 11: an event is kept once (same message, status, source and
    // provider time).
    static const char *eventOnceSql();

    // Schema 14: each message belongs to an org (its gateway's when it was
    // sent; the default org, empty, for the gateways without one), and an SMS
    // record id is unique within its org, not across orgs.
    static const char *perOrgSql();

    // Schema 17 (PostgreSQL 2): the claims that make each send happen
    // once whichever worker takes it, and the jobs one worker runs at a time.
    static const char *claimsSql();

    // How long a leased incoming message (write-backs: writeback::kLeaseMs)
    // is one worker's retry before another may take it.
    static constexpr qint64 kInboundLeaseMs = 60 * 1000;
    // A worker whose heartbeat (workerSeen) is older than this has stopped.
    static constexpr qint64 kWorkerGoneMs = 30 * 1000;

    // A send is claimed before it is queued, and the claim is checked
    // again just before the submit: two workers that find the same record
    // (two sweeps, a callout retried to another worker) send it once.
    // Taken: this worker sends it. Held: another worker has it, or it is
    // logged as sent. Uncertain: a worker stopped while submitting it;
    // whether the provider took it is unknown, so it is not sent again
    // until releaseUncertainSend. A worker that stopped before submitting
    // leaves a claim the next claimSend takes over.
    enum class Claim { Taken, Held, Uncertain };
    [[nodiscard]] Result<Claim> claimSend(
        const QString &org, const QString &smsRecordId, const QString &worker);
    // Queued → submitting; false when the claim is no longer this worker's
    // (it expired in the queue and another worker took the record).
    [[nodiscard]] Result<bool> startSubmit(
        const QString &org, const QString &smsRecordId, const QString &worker);
    // Not sent (refused, or the provider has no message): it may be sent again.
    [[nodiscard]] Status releaseSend(
        const QString &org, const QString &smsRecordId, const QString &worker);
    // A person checked the provider's log: the record may be sent again. 1
    // when there was such a claim, 0 when not.
    [[nodiscard]] Result<qint64> releaseUncertainSend(
        const QString &org, const QString &smsRecordId);
    struct UncertainSend {
        QString org;
        QString smsRecordId;
        QDateTime since; // when the submit started
    };
    [[nodiscard]] Result<QList<UncertainSend>> uncertainSends(int limit = 1000);
    // A worker's heartbeat, every few seconds: without it for kWorkerGoneMs
    // its claims read as a stopped worker's.
    [[nodiscard]] Status workerSeen(const QString &worker);
    // A named job (the sweep, the log purge) for `forMs`: true when this
    // worker holds it now (taken, or renewed), false while another does.
    [[nodiscard]] Result<bool> takeJob(const QString &name, const QString &worker, qint64 forMs);

    // Where a status stands in the provider's order: a later callback with a
    // lower rank (delivered, then a late "sent") joins the timeline but never
    // moves the current status back.
    static int statusRank(const QString &status);
    static bool isFinal(const QString &status);

    // A re-submit of an SMS record id the org has logged is refused (AlreadyExists).
    [[nodiscard]] Result<qint64> recordSubmit(const Submitted &submitted);
    // A callback that names a callbackRef (the `ref` of its URL) also finds
    // the submit logged without a provider message id under that reference.
    [[nodiscard]] Result<Applied> applyStatus(const QString &provider,
        const QString &providerMessageId, const QString &status, const QDateTime &at,
        qint32 errorCode, const QString &source = QStringLiteral("callback"),
        const QString &callbackRef = {});
    // One provider callback, as applyStatus takes it.
    struct Callback {
        QString provider;
        QString providerMessageId;
        QString status;
        QDateTime at; // the provider's time; invalid when it gives none
        qint32 errorCode = UsageRecordView::kNoError;
        QString source = QStringLiteral("callback");
        QString callbackRef;
    };
    // Group commit: several callbacks in one transaction, so one commit (one
    // flush to disk) serves them all; each gets the outcome applyStatus
    // would give it, in order. Should the shared transaction fail, each is
    // applied in its own, and a callback that cannot be stored fails alone.
    [[nodiscard]] std::vector<Result<Applied>> applyStatuses(const QList<Callback> &callbacks);

    enum class Key { SmsRecord, ProviderMessage, Batch, RecipientHash };
    // Both directions: the outgoing messages first, then the incoming ones;
    // a negative limit finds all.
    [[nodiscard]] Result<QList<Delivery>> find(Key key, const QString &value, int limit = 1000);

    // Incoming messages (schema 15), as the policy allows them: the
    // provider message id, the gateway it reached (and so the org), the
    // keyed hash of the sender's number, the media and segment counts, the
    // SMS record the engine created and times. Never the text or the
    // number: the engine holds those in memory while it creates the record,
    // and a record it could not create is fetched again from the provider.
    struct Received {
        QString org; // the gateway's
        QString gateway;
        Channel channel = Channel::Sms;
        QString senderHash;
        QString provider;
        QString providerMessageId;
        int media = 0;
        int segments = 0;
    };
    enum class InboundState { Pending, Created, Gone };
    struct Inbound {
        qint64 id = 0;
        QString org;
        QString gateway;
        QString provider;
        QString providerMessageId;
        InboundState state = InboundState::Pending;
        QString smsRecordId;
        int attempts = 0;
        bool isNew = false; // recordInbound: logged by this call
    };
    static const char *inboundSql();
    // Logs a message once per provider message id: a provider's retry of
    // the same webhook finds the row already there (isNew false, and its
    // state).
    [[nodiscard]] Result<Inbound> recordInbound(const Received &received);
    [[nodiscard]] Status inboundCreated(qint64 id, const QString &smsRecordId);
    // Not created this time (`error` names why, never a value of the
    // message): tried again from retryAtMs, or, when `gone`, never.
    [[nodiscard]] Status inboundNotCreated(
        qint64 id, const QString &error, qint64 retryAtMs, bool gone = false);
    // Pending messages due by `nowMs`, oldest first, leased (on PostgreSQL) for kInboundLeaseMs:
    // a worker's retry that stops half way leaves them due again then, and
    // meanwhile no other worker's retry takes them.
    [[nodiscard]] Result<QList<Inbound>> dueInbound(qint64 nowMs, int limit);
    [[nodiscard]] Result<qint64> pendingInboundCount();
    // Whether the org has logged a send of this SMS record.
    [[nodiscard]] Result<bool> sent(const QString &org, const QString &smsRecordId);

    // Several of this store's changes that commit together (a write-back
    // batch's outcomes).
    [[nodiscard]] Result<SqlTransaction> transaction();

    // Write-back bookkeeping, one org at a time (each has its own login).
    // The orgs with write-backs in this state, the default org (empty) among them.
    [[nodiscard]] Result<QStringList> orgsWithWriteBacks(WriteBack state);
    // Without their events; leased for writeback::kLeaseMs (another worker's write-back
    // skips them) until they are marked by setWriteBack or released.
    [[nodiscard]] Result<QList<Delivery>> pendingWriteBacks(const QString &org, int limit);
    // Leased write-backs not marked (the batch's request failed): due now.
    [[nodiscard]] Status releaseWriteBacks(const QList<qint64> &ids);
    [[nodiscard]] Result<QList<Delivery>> writtenBack(
        const QString &org, qint64 afterId, int limit);
    [[nodiscard]] Status setWriteBack(
        qint64 deliveryId, WriteBack state, const QString &error = {}, qint64 retryAtMs = 0);
    // Write-backs given up on one of these Salesforce codes (busy, not
    // wrong) are pending again, with their attempts reset.
    [[nodiscard]] Result<qint64> reopenWriteBacks(const QString &org, const QStringList &codes);
    // Pending write-backs per org (the default org's under ""), for /metrics.
    [[nodiscard]] Result<QList<QPair<QString, qint64>>> writeBackBacklog();
    // When the org's earliest pending write-back is due (ms since the
    // epoch), 0 if none is pending.
    [[nodiscard]] Result<qint64> nextWriteBackDueMs(const QString &org);

    struct Counts {
        qint64 deliveries = 0;
        qint64 events = 0;
        qint64 writtenBack = 0;
        qint64 writeBackFailed = 0;
        qint64 incoming = 0; // received: their records created or not
        qint64 incomingPending = 0; // their records not created yet
    };
    [[nodiscard]] Result<Counts> counts();

    // How long the log keeps a message after its last status change
    // (engine_setting log_retention_days; 90 unless set).
    static constexpr int kDefaultLogRetentionDays = 90;
    static constexpr int kMaxLogRetentionDays = 3650;
    static constexpr EngineSettings::Days kLogRetention { "log_retention_days", "log retention",
        kDefaultLogRetentionDays, kMaxLogRetentionDays };
    [[nodiscard]] Result<int> logRetentionDays();
    [[nodiscard]] Status setLogRetentionDays(int days);
    // Deletes the messages (with their events) past the log retention;
    // expiredCount() counts what it would delete (the verifier's check).
    [[nodiscard]] Result<qint64> purgeExpired();
    [[nodiscard]] Result<qint64> expiredCount();

    // Early events whose submit never came (another engine's messages, or
    // a submit that failed to log): dropped after this long.
    [[nodiscard]] Result<qint64> purgeEarlyEvents(qint64 olderThanMs = kEarlyEventMaxAgeMs);
    [[nodiscard]] Result<qint64> expiredEarlyEventCount();
    // A callback that never met its submit is kept this long.
    static constexpr qint64 kEarlyEventMaxAgeMs = kDayMs;
    // The early events held for one message (a provider has about a dozen
    // statuses) and in all: a replayed or invented callback cannot grow
    // the table past them.
    static constexpr qint64 kMaxEarlyEventsPerMessage = 16;
    static constexpr qint64 kMaxEarlyEvents = 100000;
    struct EarlyEventStats {
        qint64 held = 0;
        qint64 mostForOneMessage = 0;
    };
    [[nodiscard]] Result<EarlyEventStats> earlyEventStats();

    static QString writeBackName(WriteBack state);
    static QString directionName(Direction direction); // outgoing, incoming
    // One delivery as `deliveries find --json` and `retention lookup --json` print it.
    static QJsonObject toJson(const Delivery &delivery);

private:
    struct Found {
        qint64 id = 0;
        int rank = 0; // of its current status
    };
    [[nodiscard]] Result<std::optional<Found>> findForCallback(
        const QString &provider, const QString &providerMessageId, const QString &callbackRef);
    [[nodiscard]] Result<Applied> keepEarly(const QString &provider,
        const QString &providerMessageId, const Event &event, const QString &callbackRef);
    // The lock of a message id, or of a submit's reference ("ref:…").
    static QString lockKey(const QString &provider, const QString &key);
    // A callback's: its message id's, and its reference's when it names one.
    static QStringList callbackLocks(
        const QString &provider, const QString &providerMessageId, const QString &callbackRef);
    // On PostgreSQL, takes these locks until the transaction ends.
    [[nodiscard]] Status lockMessages(QStringList lockKeys);
    [[nodiscard]] Result<Applied> applyEvent(const QString &provider,
        const QString &providerMessageId, const Event &event, const QString &callbackRef);
    // applyEvent's work inside a transaction that holds the message's locks.
    [[nodiscard]] Result<Applied> applyLocked(const QString &provider,
        const QString &providerMessageId, const Event &event, const QString &callbackRef);
    Event eventFor(
        const QDateTime &at, qint32 errorCode, const QString &status, const QString &source) const;
    // Advanced, KeptInTimeline or Duplicate.
    [[nodiscard]] Result<Applied> appendEvent(const Found &delivery, const Event &event);
    [[nodiscard]] Result<QList<Delivery>> select(
        const QString &condition, const std::function<void(SqlStatement &)> &bind, bool withEvents);
    // Incoming messages as deliveries (one "received" event each).
    [[nodiscard]] Result<QList<Inbound>> dueInboundRows(qint64 nowMs, int limit);
    [[nodiscard]] Result<QList<Delivery>> selectInbound(
        const QString &condition, const std::function<void(SqlStatement &)> &bind);
    [[nodiscard]] Result<Inbound> inboundByMessage(
        const QString &provider, const QString &providerMessageId);
    [[nodiscard]] Status replayEarlyEvents(
        const QString &provider, const QString &providerMessageId);
    [[nodiscard]] Status adoptEarlyEvents(const QString &provider, const QString &callbackRef);
    [[nodiscard]] Status adoptMessageId(
        const QString &provider, const QString &callbackRef, const QString &providerMessageId);
    SqlConnection &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
