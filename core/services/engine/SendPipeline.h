#pragma once

#include "Result.h"
#include "deliveries/Gateways.h"
#include "deliveries/SmsFields.h"
#include "model/Provider.h"
#include "model/UsageRecord.h"
#include "privacy/RecipientHash.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace relay::core {

class SecretStore;
class DeliveryLog;
class LinkStore;

// The send path. A request carries the sending gateway, the recipient, the
// text, the Salesforce record it was sent from, the SMS record id and the
// batch group id. send() validates (a configured gateway; a possible number,
// unassigned ranges with a warning; a non-empty text within the provider's
// limit), counts segments and hashes the recipient at once; the submit to
// the provider is queued, run up to `concurrency` at a time and at most
// `perGatewayPerSecond` per gateway. When the provider has answered, the
// delivery log gets the batch, SMS record id, gateway, recipient hash,
// provider message id, segments and the first status; the recipient, the
// text and the source record id are dropped (they are never written).
class SendPipeline final : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString gateway;
        QString recipient;
        QString text;
        QString sourceRecordId; // used for nothing, kept nowhere: the policy lists it as passing
                                // through
        QString smsRecordId;
        QString batchId;
        Channel channel = Channel::Sms;
    };

    struct Options {
        QUrl baseUrl; // empty: api.twilio.com / api.telnyx.com
        QUrl twilioStatusCallback; // StatusCallback of every Twilio message
        QUrl telnyxWebhook; // webhook_url of every Telnyx message
        int concurrency = 8;
        int perGatewayPerSecond = 10;
        int maxAttempts = 6; // per submit, for 429, 5xx and no answer
    };

    struct Outcome {
        QString smsRecordId;
        bool ok = false;
        QString providerMessageId;
        QString status;
        QString error; // never quotes the recipient or the text
        QString warning; // sent, with something to know (the provider's answer was lost)
        int segments = 0;
    };

    // Twilio's Body limit (characters); Telnyx's text limit is the same order.
    static constexpr int kMaxTextLength = 1600;

    // The stores a send reads and writes.
    struct Stores {
        Gateways &gateways;
        DeliveryLog &deliveries;
        LinkStore &links;
    };

    SendPipeline(Stores stores, QNetworkAccessManager &network, RecipientHasher hasher,
        Options options, QObject *parent = nullptr);
    ~SendPipeline() override;

    void setTwilioCredentials(const QString &account, ProviderCredentials credentials);
    void setTelnyxKey(SecretBytes key);
    bool hasTwilioCredentials(const QString &account) const { return m_twilio.contains(account); }
    bool hasTelnyxKey() const { return m_telnyx != nullptr; }
    // Fills in, from the keychain (File > Provider Credentials, or
    // `relayaudit-cli credentials set`), what the workspace's gateways need
    // and is not set yet: one Twilio entry per account, the Telnyx key.
    // `done` gets what is still missing, e.g. "Twilio account AC…".
    void loadCredentials(SecretStore &store, std::function<void(const QStringList &missing)> done);

    // A message as its provider holds it, fetched by id: the receive path
    // fetches an incoming message again when its org could not take it the
    // first time. Number and text: the caller wipes them.
    struct Fetched {
        QString from;
        QString to;
        QString text;
        int media = 0;
        int segments = 0;
    };
    // Twilio: GET /2010-04-01/Accounts/{account}/Messages/{id}.json; Telnyx:
    // GET /v2/messages/{id}. NotFound when the provider has no such message
    // (404), NoCredentials without the account's credentials, Remote for any
    // other failure (never quoting the answer).
    void fetch(const QString &provider, const QString &account, const QString &messageId,
        std::function<void(Result<Fetched>)> done);

    // Validates and queues. Returns the warnings (an unassigned number), or
    // the reason it was refused; nothing is logged for a refused request.
    [[nodiscard]] Result<QStringList> send(Request request);
    int queued() const { return static_cast<int>(m_queue.size()) + m_inFlight; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void finished(const relay::core::SendPipeline::Outcome &outcome);
    void drained();

private:
    struct Prepared;
    [[nodiscard]] Result<Gateways::Gateway> check(const Request &request);
    void pump();
    void submit(std::shared_ptr<Prepared> item, int attempt);
    QNetworkRequest twilioSubmit(const Prepared &item, QByteArray *body) const;
    QNetworkRequest telnyxSubmit(const Prepared &item, QByteArray *body) const;
    void answered(QNetworkReply &reply, const std::shared_ptr<Prepared> &item, int attempt);
    // A 2xx: the message id and first status (empty id: the answer was
    // lost, the callbacks will bring it). Returns the status to log.
    QString accepted(const QJsonObject &json, bool twilio, bool complete, Outcome *outcome) const;
    // A 4xx: the provider's error code (kNoError when it gave none).
    static qint32 refused(const QJsonObject &json, bool twilio, int status, Outcome *outcome);
    void complete(const std::shared_ptr<Prepared> &item, Outcome outcome, const QString &status,
        qint32 errorCode);
    // Ends an item without logging it (finished() and the queue go on).
    void release(const std::shared_ptr<Prepared> &item, Outcome outcome);
    void beat();
    static constexpr int kHeartbeatMs = 5000;

    Stores m_stores;
    QNetworkAccessManager &m_network;
    RecipientHasher m_hasher;
    Options m_options;
    QString m_region;
    QHash<QString, std::shared_ptr<ProviderCredentials>> m_twilio;
    std::shared_ptr<SecretBytes> m_telnyx;
    std::deque<std::shared_ptr<Prepared>> m_queue;
    QHash<QString, qint64> m_nextSlotMs; // per gateway
    // Org and SMS record id of each send under way (queueKey).
    QSet<QString> m_queuedIds;
    // Names this pipeline's claims on sends (DeliveryLog::claimSend).
    const QString m_worker;
    // One key for a record's 15- and 18-character ids.
    static QString queueKey(const QString &org, const QString &smsRecordId)
    {
        return org + QLatin1Char('/') + salesforceRecordKey(smsRecordId);
    }
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
};

} // namespace relay::core
