#pragma once

#include "BatchWriteBack.h"
#include "Result.h"
#include "deliveries/SmsFields.h"

#include "deliveries/DeliveryLog.h"

class QNetworkAccessManager;

namespace relay::core {

// Writes each SMS record's delivery status back to the client's Salesforce
// org: sObject Collections PATCH (composite/sobjects, allOrNone false) in
// batches of up to 200, with BatchWriteBack's sessions, retries and
// backoff; one org's deliveries at a time, in that org's field names. Only
// the SMS record id (the write-back's address), the Status picklist value
// the provider's status maps to, the provider's own status, the error code,
// the provider message id and the segments are sent.
class SalesforceWriteBack final : public BatchWriteBack
{
    Q_OBJECT
public:
    struct Config {
        SalesforceClient::Login login;
        // Whose deliveries: a registered org's name, empty for the default
        // org (the gateways without one).
        QString org;
        // That org's SMS object, fields and Status picklist values.
        SmsFields fields;
        int batchSize = 200;
        int maxAttempts = 5; // per record refused by Salesforce
        int baseDelayMs = 500; // its backoff
    };

    // The fields as the org should now hold them, for a check by query.
    struct Check {
        qint64 checked = 0;
        qint64 matching = 0;
        qint64 differing = 0; // the org holds other values (someone or something changed them)
        qint64 missing = 0; // the org has no such record (deleted, or another object)
        QStringList examples; // up to ten "record id: field is X, log says Y"
    };

    SalesforceWriteBack(DeliveryLog &deliveries, QNetworkAccessManager &network, Config config,
        QObject *parent = nullptr);

    // Reads back every record the log says was written (SOQL, 200 ids a
    // query) and compares the fields.
    void check(std::function<void(Result<Check>)> done);

protected:
    [[nodiscard]] Result<QList<Item>> pending(int limit) override;
    [[nodiscard]] Result<qint64> nextDueMs() override;
    [[nodiscard]] Status mark(qint64 id, Outcome outcome, const QString &reason,
        const QString &salesforceId, qint64 retryAtMs) override;
    [[nodiscard]] Result<qint64> reopen(const QStringList &codes) override;
    [[nodiscard]] Result<SqlTransaction> beginBatch() override;
    [[nodiscard]] Status release(const QList<qint64> &ids) override;
    QString path() const override;
    QString refusal(const Item &item, const QJsonObject &error) const override;

private:
    QJsonObject fieldsOf(const DeliveryLog::Delivery &delivery) const;
    void checkFrom(
        qint64 afterId, std::shared_ptr<Check> check, std::function<void(Result<Check>)> done);

    DeliveryLog &m_deliveries;
    Config m_config;
};

} // namespace relay::core
