#pragma once

#include "Result.h"
#include "SalesforceClient.h"

#include <QObject>

class QNetworkAccessManager;

namespace relay::core {

class Workspace;

// Writes URL Pro clicks to the client's org as records of a configurable
// object, through the same SalesforceClient as the status write-back (same
// session renewal and backoff). Each batch of up to 200 is an sObject
// Collections upsert on an external id field
// (PATCH composite/sobjects/{object}/{externalIdField}, allOrNone false), so
// a batch sent again after a lost answer updates the records it made
// instead of duplicating them. A click Salesforce refuses stays pending with
// the reason and is retried with backoff; after maxAttempts it is failed.
// Sent: the external id (code-click), the SMS record (lookup), the time, IP
// address, the link's domain and the browser data. Nothing else is known.
class ClickWriteBack final : public QObject
{
    Q_OBJECT
public:
    struct Config {
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

    struct Totals {
        qint64 written = 0;
        qint64 retried = 0;
        qint64 failed = 0;
        qint64 requests = 0;
    };

    ClickWriteBack(Workspace &workspace, QNetworkAccessManager &network, Config config, QObject *parent = nullptr);

    void run();
    const Totals &totals() const { return m_totals; }
    static QString externalId(const QString &code, qint64 clickId);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void nextBatch();
    void applyResults(const QList<qint64> &ids, const QByteArray &answer);
    void stop(const QString &error);

    Workspace &m_workspace;
    Config m_config;
    SalesforceClient m_client;
    Totals m_totals;
    bool m_running = false;
};

} // namespace relay::core
