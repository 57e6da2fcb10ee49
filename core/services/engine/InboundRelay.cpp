#include "InboundRelay.h"

#include "deliveries/Gateways.h"
#include "deliveries/Orgs.h"
#include "messages/CallbackFields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace relay::core {

namespace {

void wipe(QString &text)
{
    text.fill(QLatin1Char(' '));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

// Salesforce's error for a whole request, without its message: a message
// can quote a value the request carried (STRING_TOO_LONG quotes the text).
QString codeOnly(const SalesforceClient::Reply &reply)
{
    static const QRegularExpression code(QStringLiteral("^([A-Z][A-Z_]+):"));
    if (const QRegularExpressionMatch m = code.match(reply.error); m.hasMatch())
        return m.captured(1);
    if (reply.status != 0)
        return QStringLiteral("HTTP %1").arg(reply.status);
    return reply.error; // no answer: the network's own words
}

// One record's refusal: its statusCode and the fields it names, never the
// message (see codeOnly).
QString refusal(const QJsonObject &result)
{
    const QJsonObject first = result.value(QStringLiteral("errors")).toArray().first().toObject();
    QString code = first.value(QStringLiteral("statusCode")).toString();
    static const QRegularExpression shape(QStringLiteral("^[A-Z][A-Z_]{1,79}$"));
    if (!shape.match(code).hasMatch())
        code = QStringLiteral("refused without a status code");
    QStringList fields;
    for (const QJsonValue &field : first.value(QStringLiteral("fields")).toArray()) {
        if (isSalesforceApiName(field.toString()))
            fields.append(field.toString());
    }
    return fields.isEmpty()
        ? code
        : QStringLiteral("%1 (%2)").arg(code, fields.join(QStringLiteral(", ")));
}

constexpr int kMaxAttempts = 24; // a day and more at the longest backoff

} // namespace

struct InboundRelay::Item {
    qint64 id = 0;
    int attempts = 0;
    QString providerMessageId;
    QString gatewayRecord;
    QString sender; // E.164
    QString text;
    int segments = 0;

    void wipeContent()
    {
        wipe(sender);
        wipe(text);
    }
};

InboundRelay::InboundRelay(Stores stores, QNetworkAccessManager &network, RecipientHasher hasher,
    QString defaultRegion, LoginResolver login, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_network(network)
    , m_hasher(std::move(hasher))
    , m_defaultRegion(std::move(defaultRegion))
    , m_login(std::move(login))
{ }

InboundRelay::~InboundRelay()
{
    for (QList<Item> &items : m_queued) {
        for (Item &item : items)
            item.wipeContent();
    }
}

bool InboundRelay::idle() const
{
    return m_busy.isEmpty() && m_refetching == 0 && m_queued.isEmpty();
}

qint64 InboundRelay::retryAt(int attempts) const
{
    qint64 delay = m_firstRetryMs;
    for (int i = 1; i < attempts && delay < kLongestRetryMs; ++i)
        delay *= 2;
    return QDateTime::currentMSecsSinceEpoch() + qMin(delay, kLongestRetryMs);
}

InboundRelay::Outcome InboundRelay::take(Message &message)
{
    struct Wiped {
        Message &m;
        ~Wiped()
        {
            wipe(m.from);
            wipe(m.text);
        }
    } wiped { message };
    const auto refuse = [](Taken taken, const QString &reason) {
        return Outcome { taken, reason };
    };
    const QString &provider = message.provider;
    if (const QString problem = callbacks::checkMessageId(provider, message.providerMessageId);
        !problem.isEmpty())
        return refuse(Taken::BadMessage,
            QStringLiteral("incoming %1 message with %2").arg(provider, problem));
    const QString what
        = QStringLiteral("incoming %1 message %2").arg(provider, message.providerMessageId);
    auto gateway = m_stores.gateways.find(message.to);
    if (!gateway && gateway.error().code == ErrorCode::NotFound)
        return refuse(Taken::UnknownGateway,
            QStringLiteral("%1 to a number that is not one of the gateways").arg(what));
    if (!gateway)
        return { Taken::Failed, errorMessage(gateway.error()) };
    if (gateway->provider != provider)
        return refuse(Taken::UnknownGateway,
            QStringLiteral("%1 to gateway %2, which sends through %3")
                .arg(what, gateway->address, gateway->provider));
    auto number = RecipientNumber::parse(message.from, m_defaultRegion);
    if (!number)
        return refuse(Taken::BadMessage,
            QStringLiteral("%1 without a sender's number: %2")
                .arg(what, errorMessage(number.error())));

    DeliveryLog::Received received;
    received.org = gateway->org;
    received.gateway = gateway->address;
    received.channel = number->channelPrefix.isEmpty() ? Channel::Sms : Channel::WhatsApp;
    received.senderHash = m_hasher.hash(number.value());
    received.provider = provider;
    received.providerMessageId = message.providerMessageId;
    received.media = qMax(0, message.media);
    received.segments = qMax(0, message.segments);
    auto logged = m_stores.deliveries.recordInbound(received);
    if (!logged)
        return { Taken::Failed, errorMessage(logged.error()) };
    if (logged->state == DeliveryLog::InboundState::Created || m_held.contains(logged->id))
        return { Taken::Duplicate, {} };
    // New, or pending (the provider offers it again, or the retry fetched
    // it): its record is created now.
    Item item;
    item.id = logged->id;
    item.attempts = logged->attempts;
    item.providerMessageId = message.providerMessageId;
    item.gatewayRecord = gateway->recordId;
    item.sender = number->e164;
    item.text = message.text;
    item.segments = received.segments;
    m_held.insert(item.id);
    QList<Item> &queue = m_queued[gateway->org];
    queue.append(std::move(item));
    if (queue.size() == 1) {
        // The other messages of this turn of the event loop join the batch.
        QTimer::singleShot(0, this, [this, org = gateway->org] { flush(org); });
    }
    return { Taken::Queued, {} };
}

void InboundRelay::flush(const QString &org)
{
    if (m_busy.contains(org))
        return; // finish() flushes again
    auto queued = m_queued.find(org);
    if (queued == m_queued.end())
        return;
    QList<Item> batch;
    while (!queued->isEmpty() && batch.size() < kBatch)
        batch.append(queued->takeFirst());
    if (queued->isEmpty())
        m_queued.erase(queued);
    m_busy.insert(org);
    if (m_unreachableUntil.value(org) > QDateTime::currentMSecsSinceEpoch()) {
        // The org failed a moment ago: these wait in the log, not here.
        defer(org, batch, QStringLiteral("the org did not answer a moment ago"));
        finish(org);
        return;
    }
    auto fields = m_stores.orgs.fields(org);
    if (!fields) {
        defer(org, batch, errorMessage(fields.error()));
        finish(org);
        return;
    }
    m_login(org,
        [this, guard = QPointer<InboundRelay>(this), org, f = fields.value(),
            batch = std::move(batch)](Result<Login> login) mutable {
            if (!guard) {
                for (Item &item : batch)
                    item.wipeContent();
                return;
            }
            if (!login) {
                unreachable(org, batch, errorMessage(login.error()));
                return;
            }
            auto *client = new SalesforceClient(m_network, login.value(), this);
            QStringList quoted;
            for (const Item &item : std::as_const(batch)) {
                const QString id = QLatin1Char('\'') + item.gatewayRecord + QLatin1Char('\'');
                if (!item.gatewayRecord.isEmpty() && !quoted.contains(id))
                    quoted.append(id);
            }
            if (quoted.isEmpty()) {
                upsert(org, f, client, std::move(batch));
                return;
            }
            // The gateways' Inactive boxes, read now: an org that stopped a
            // gateway gets no traffic through it.
            const QString soql
                = QStringLiteral("SELECT Id, %1 FROM %2 WHERE Id IN (%3)")
                      .arg(f.gatewayInactiveField, f.gatewayObject, quoted.join(QLatin1Char(',')));
            client->query(soql,
                [this, guard, org, f, client, batch = std::move(batch)](
                    Result<QJsonArray> rows) mutable {
                    if (!guard)
                        return;
                    if (!rows) {
                        client->deleteLater();
                        unreachable(org, batch, errorMessage(rows.error()));
                        return;
                    }
                    QSet<QString> active;
                    for (const QJsonValue &value : rows.value()) {
                        const QJsonObject record = value.toObject();
                        if (!record.value(f.gatewayInactiveField).toBool())
                            active.insert(record.value(QStringLiteral("Id")).toString().left(15));
                    }
                    QList<Item> relayed;
                    for (Item &item : batch) {
                        if (item.gatewayRecord.isEmpty()
                            || active.contains(item.gatewayRecord.left(15))) {
                            relayed.append(std::move(item));
                            continue;
                        }
                        item.wipeContent();
                        m_held.remove(item.id);
                        ++m_counters.gone;
                        const QString why
                            = QStringLiteral("gateway record %1 is Inactive in org %2, or gone")
                                  .arg(item.gatewayRecord,
                                      org.isEmpty() ? QStringLiteral("(default)") : org);
                        if (auto s = m_stores.deliveries.inboundNotCreated(item.id, why, 0, true);
                            !s)
                            Q_EMIT problem(errorMessage(s.error()));
                        Q_EMIT problem(QStringLiteral("incoming message %1 not relayed: %2")
                                           .arg(item.providerMessageId, why));
                    }
                    if (relayed.isEmpty()) {
                        client->deleteLater();
                        finish(org);
                        return;
                    }
                    upsert(org, f, client, std::move(relayed));
                });
        });
}

void InboundRelay::upsert(
    const QString &org, const SmsFields &f, SalesforceClient *client, QList<Item> batch)
{
    QJsonArray records;
    for (Item &item : batch) {
        QJsonObject record { { QStringLiteral("attributes"),
                                 QJsonObject { { QStringLiteral("type"), f.object } } },
            { f.messageIdField, item.providerMessageId },
            { f.directionField, QLatin1String(SmsFields::kIncoming) },
            { f.statusField, QLatin1String(SmsFields::kReceived) }, { f.phoneField, item.sender },
            { f.messageField, item.text } };
        if (!item.gatewayRecord.isEmpty())
            record.insert(f.gatewayField, item.gatewayRecord);
        if (item.segments > 0)
            record.insert(f.segmentsField, item.segments);
        records.append(record);
        item.wipeContent();
    }
    QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("allOrNone"), false },
                                        { QStringLiteral("records"), records } })
                          .toJson(QJsonDocument::Compact);
    records = QJsonArray();
    const QString path = client->dataPath(
        QStringLiteral("composite/sobjects/%1/%2").arg(f.object, f.messageIdField));
    client->send("PATCH", path, body,
        [this, guard = QPointer<InboundRelay>(this), org, client, batch = std::move(batch)](
            const SalesforceClient::Reply &reply) {
            if (!guard)
                return;
            client->deleteLater();
            if (!reply.ok()) {
                unreachable(org, batch, codeOnly(reply));
                return;
            }
            m_unreachableUntil.remove(org);
            const QJsonArray results = QJsonDocument::fromJson(reply.body).array();
            if (results.size() != batch.size()) {
                defer(org, batch,
                    QStringLiteral("the org answered %1 results for %2 records")
                        .arg(results.size())
                        .arg(batch.size()));
                finish(org);
                return;
            }
            QList<Item> refused;
            QStringList reasons;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const QJsonObject result = results.at(i).toObject();
                const QString id = result.value(QStringLiteral("id")).toString();
                if (!result.value(QStringLiteral("success")).toBool() || !isSalesforceId(id)) {
                    refused.append(batch.at(i));
                    reasons.append(refusal(result));
                    continue;
                }
                m_held.remove(batch.at(i).id);
                ++m_counters.created;
                if (auto s = m_stores.deliveries.inboundCreated(batch.at(i).id, salesforceId18(id));
                    !s)
                    Q_EMIT problem(errorMessage(s.error()));
            }
            for (qsizetype i = 0; i < refused.size(); ++i)
                defer(org, { refused.at(i) }, reasons.at(i));
            finish(org);
        });
    wipe(body);
}

void InboundRelay::defer(const QString &org, const QList<Item> &batch, const QString &error)
{
    const QString orgName = org.isEmpty() ? QStringLiteral("(default)") : org;
    for (const Item &item : batch) {
        m_held.remove(item.id);
        const int attempts = item.attempts + 1;
        const bool giveUp = attempts >= kMaxAttempts;
        ++(giveUp ? m_counters.gone : m_counters.deferred);
        if (auto s = m_stores.deliveries.inboundNotCreated(
                item.id, error, giveUp ? 0 : retryAt(attempts), giveUp);
            !s)
            Q_EMIT problem(errorMessage(s.error()));
    }
    const QString what = batch.size() == 1
        ? QStringLiteral("incoming message %1").arg(batch.first().providerMessageId)
        : QStringLiteral("%1 incoming messages").arg(batch.size());
    Q_EMIT problem(QStringLiteral("org %1 did not take %2: %3; %4")
                       .arg(orgName, what, error,
                           batch.size() == 1 && batch.first().attempts + 1 >= kMaxAttempts
                               ? QStringLiteral("given up")
                               : QStringLiteral("pending, fetched again from the provider later")));
}

// The org could not take a batch at all (down, locked out, its answer
// lost after the client's retries): until the first retry is due, its
// further messages are deferred at once, their texts and numbers dropped,
// instead of being held in memory for another round of retries.
void InboundRelay::unreachable(const QString &org, const QList<Item> &batch, const QString &error)
{
    m_unreachableUntil.insert(org, QDateTime::currentMSecsSinceEpoch() + m_firstRetryMs);
    defer(org, batch, error);
    finish(org);
}

void InboundRelay::finish(const QString &org)
{
    m_busy.remove(org);
    if (m_queued.contains(org)) {
        QTimer::singleShot(0, this, [this, org] { flush(org); });
        return;
    }
    if (idle())
        Q_EMIT settled();
}

void InboundRelay::retryDue()
{
    if (!m_refetch || m_refetching > 0)
        return;
    auto due = m_stores.deliveries.dueInbound(QDateTime::currentMSecsSinceEpoch(), kBatch);
    if (!due) {
        Q_EMIT problem(errorMessage(due.error()));
        return;
    }
    for (const DeliveryLog::Inbound &pending : std::as_const(due.value())) {
        if (m_held.contains(pending.id))
            continue;
        ++m_refetching;
        m_refetch(pending,
            [this, guard = QPointer<InboundRelay>(this), pending](Result<Message> fetched) {
                if (!guard)
                    return;
                --m_refetching;
                if (fetched) {
                    Message message = std::move(fetched.value());
                    const Outcome outcome = take(message);
                    if (outcome.taken != Taken::Queued && outcome.taken != Taken::Duplicate)
                        Q_EMIT problem(outcome.reason);
                } else {
                    const bool gone = fetched.error().code == ErrorCode::NotFound
                        || pending.attempts + 1 >= kMaxAttempts;
                    ++(gone ? m_counters.gone : m_counters.deferred);
                    const QString error = errorMessage(fetched.error());
                    if (auto s = m_stores.deliveries.inboundNotCreated(
                            pending.id, error, gone ? 0 : retryAt(pending.attempts + 1), gone);
                        !s)
                        Q_EMIT problem(errorMessage(s.error()));
                    Q_EMIT problem(QStringLiteral("incoming %1 message %2: %3; %4")
                                       .arg(pending.provider, pending.providerMessageId, error,
                                           gone ? QStringLiteral("given up")
                                                : QStringLiteral("fetched again later")));
                }
                if (idle())
                    Q_EMIT settled();
            });
    }
}

} // namespace relay::core
