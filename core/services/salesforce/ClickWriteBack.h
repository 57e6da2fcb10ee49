#pragma once

#include "BatchWriteBack.h"
#include "Result.h"

class QNetworkAccessManager;

namespace relay::core {

class LinkStore;

// Writes URL Pro clicks to the client's org as records of a configurable
// object, with BatchWriteBack's sessions, retries and backoff. Each batch of
// up to 200 is an sObject Collections upsert on an external id field
// (PATCH composite/sobjects/{object}/{externalIdField}, allOrNone false), so
// a batch sent again after a lost answer updates the records it made
// instead of duplicating them.
// Sent: the external id (code-click), the SMS record (lookup), the time, IP
// address, the link's domain and the browser data. Nothing else is known.
class ClickWriteBack final : public BatchWriteBack
{
    Q_OBJECT
public:
    struct Config {
        QString org; // whose clicks ("" the default org)
        SalesforceClient::Login login;
        QString object = QStringLiteral("Link_Click__c");
        QString externalIdField = QStringLiteral("Click_Key__c");
        QString smsField = QStringLiteral("SMS__c");
        QString clickedAtField = QStringLiteral("Clicked_At__c");
        QString ipField = QStringLiteral("IP_Address__c");
        QString domainField = QStringLiteral("Domain__c");
        QString browserField = QStringLiteral("Browser__c");
        QString osField = QStringLiteral("Operating_System__c");
        QString deviceField = QStringLiteral("Device__c");
        int batchSize = 200;
        int maxAttempts = 5;
        int baseDelayMs = 500;
    };

    ClickWriteBack(
        LinkStore &links, QNetworkAccessManager &network, Config config, QObject *parent = nullptr);

    static QString externalId(const QString &code, qint64 clickId);

protected:
    [[nodiscard]] Result<QList<Item>> pending(int limit) override;
    [[nodiscard]] Result<qint64> nextDueMs() override;
    [[nodiscard]] Status mark(qint64 id, Outcome outcome, const QString &reason,
        const QString &salesforceId, qint64 retryAtMs) override;
    [[nodiscard]] Result<qint64> reopen(const QStringList &codes) override;
    [[nodiscard]] Result<SqlTransaction> beginBatch() override;
    [[nodiscard]] Status release(const QList<qint64> &ids) override;
    QString path() const override;

private:
    LinkStore &m_links;
    Config m_config;
};

} // namespace relay::core
