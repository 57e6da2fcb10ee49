#pragma once

#include "Result.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/SmsFields.h"
#include "engine/OrgStores.h"
#include "privacy/RecipientHash.h"
#include "salesforce/SalesforceClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace relay::core {

// The receive path: a message a recipient sent to one of the gateways
// becomes an SMS record in that gateway's org (Direction Incoming, Status
// "Received Successfully", Phone Number the sender in E.164, Message the
// text, Gateway the gateway's record). The delivery log keeps the provider
// message id, the gateway, the keyed hash of the sender's number, the media
// and segment counts and the record's id; the number and the text live in
// memory only while the record is created.
//
// Records are created with sObject Collections upsert on the org's provider
// message id field, so a provider's retry, a second worker or a retry after
// a crash updates the one record instead of adding a second. An org that
// cannot take the record (down, locked, credentials expired) leaves the
// message pending in the log, without text or number; the retry (retryDue)
// fetches it again from the provider by its id (setRefetch) and creates the
// record then, backing off, until the provider no longer has it. A message
// through a gateway its org marks Inactive is not relayed.
class InboundRelay final : public QObject
{
    Q_OBJECT
public:
    using Stores = OrgStores;
    using Login = SalesforceClient::Login;
    using LoginResolver = OrgLoginResolver;

    // A message as the provider gives it (webhook or API). from and text
    // are wiped when take() returns.
    struct Message {
        QString provider; // twilio, telnyx
        QString providerMessageId;
        QString from; // the sender: +E.164, or whatsapp:+E.164
        QString to; // the gateway's address as the provider writes it
        QString text;
        int media = 0;
        int segments = 0;
    };
    enum class Taken {
        Queued, // logged (or logged before and still pending): the record is being created
        Duplicate, // its record exists, or is being created: nothing to do
        UnknownGateway, // not sent to one of the gateways (or through another provider)
        BadMessage, // no sender number, or no id
        Failed, // the log could not be written: the provider should retry
    };
    struct Outcome {
        Taken taken = Taken::Failed;
        QString reason; // for the operator: names no number and no text
    };
    // What became of the messages taken (StatusServer counts the requests:
    // taken, duplicates, refused).
    struct Counters {
        qint64 created = 0; // records created (or found already there)
        qint64 deferred = 0; // the org could not take them: pending in the log
        qint64 gone = 0; // given up: the provider no longer has it, or the gateway is inactive
    };
    // Fetches a pending message again from its provider, by its id. An
    // error with ErrorCode::NotFound: the provider no longer has it.
    using Refetch = std::function<void(
        const DeliveryLog::Inbound &pending, std::function<void(Result<Message>)> fetched)>;

    // The backoff of a pending message: 1 minute (unless set otherwise),
    // doubling to 1 hour.
    static constexpr qint64 kFirstRetryMs = 60 * 1000;
    static constexpr qint64 kLongestRetryMs = 60 * 60 * 1000;
    static constexpr int kBatch = 200; // records in one upsert (the collections API's limit)

    InboundRelay(Stores stores, QNetworkAccessManager &network, RecipientHasher hasher,
        QString defaultRegion, LoginResolver login, QObject *parent = nullptr);
    ~InboundRelay() override;

    Outcome take(Message &message);
    void setRefetch(Refetch refetch) { m_refetch = std::move(refetch); }
    void setFirstRetryMs(qint64 ms) { m_firstRetryMs = qBound<qint64>(1, ms, kLongestRetryMs); }
    // Fetches the due pending messages (up to kBatch) and relays them.
    void retryDue();
    // Nothing queued or under way (records created or deferred).
    bool idle() const;
    const Counters &counters() const { return m_counters; }

Q_SIGNALS:
    // One line for an operator (an org's outage, a refused record): ids and
    // reasons only.
    void problem(const QString &line);
    // Every message taken so far has its record or is pending in the log.
    void settled();

private:
    struct Item; // a message on its way: holds number and text
    void flush(const QString &org);
    void upsert(
        const QString &org, const SmsFields &f, SalesforceClient *client, QList<Item> batch);
    void defer(const QString &org, const QList<Item> &batch, const QString &error);
    void unreachable(const QString &org, const QList<Item> &batch, const QString &error);
    void finish(const QString &org);
    qint64 retryAt(int attempts) const;

    Stores m_stores;
    QNetworkAccessManager &m_network;
    RecipientHasher m_hasher;
    QString m_defaultRegion;
    LoginResolver m_login;
    Refetch m_refetch;
    qint64 m_firstRetryMs = kFirstRetryMs;
    QHash<QString, QList<Item>> m_queued; // per org
    QSet<QString> m_busy; // orgs with a batch under way
    QHash<QString, qint64> m_unreachableUntil; // org -> ms since the epoch
    QSet<qint64> m_held; // messages queued or under way
    int m_refetching = 0;
    Counters m_counters;
};

} // namespace relay::core
