#pragma once

#include "Result.h"
#include "SalesforceClient.h"

#include <QObject>

class QNetworkAccessManager;

namespace relay::core {

class Workspace;

// Writes each SMS record's delivery status back to the client's Salesforce
// org through a SalesforceClient (refresh-token or JWT bearer session,
// INVALID_SESSION_ID renewed once, REQUEST_LIMIT_EXCEEDED and 5xx backed
// off): sObject Collections PATCH (composite/sobjects, allOrNone false) in
// batches of up to 200. A record Salesforce refuses stays pending with the
// reason and is retried with backoff; after maxAttempts it is marked
// failed. Only the SMS record id (the write-back's address), the status,
// error code, provider message id and segments are sent.
class SalesforceWriteBack final : public QObject
{
    Q_OBJECT
public:
    struct Config {
        SalesforceClient::Login login;
        // The client's SMS object and fields (configurable per package).
        QString object = QStringLiteral("SMS__c");
        QString statusField = QStringLiteral("Status__c");
        QString errorField = QStringLiteral("Error_Code__c");
        QString messageIdField = QStringLiteral("Provider_Message_Id__c");
        QString segmentsField = QStringLiteral("Segments__c");
        int batchSize = 200;
        int maxAttempts = 5;   // per record refused by Salesforce
        int baseDelayMs = 500; // its backoff
    };

    // The fields as the org should now hold them, for a check by query.
    struct Check {
        qint64 checked = 0;
        qint64 matching = 0;
        qint64 differing = 0; // the org holds other values (someone or something changed them)
        qint64 missing = 0;   // the org has no such record (deleted, or another object)
        QStringList examples; // up to ten "record id: field is X, log says Y"
    };

    struct Totals {
        qint64 written = 0;
        qint64 retried = 0;  // refused this round, pending again
        qint64 failed = 0;   // gave up
        qint64 sessionRefreshes = 0;
        qint64 requests = 0;
    };

    SalesforceWriteBack(Workspace &workspace, QNetworkAccessManager &network, Config config, QObject *parent = nullptr);

    // One pass over what is pending now (and what becomes due while it
    // runs); finished() when nothing pending is due.
    void run();
    const Totals &totals() const { return m_totals; }

    // Reads back every record the log says was written (SOQL, 200 ids a
    // query) and compares the fields.
    void check(std::function<void(Result<Check>)> done);

Q_SIGNALS:
    void progressed(qint64 written, qint64 pending);
    void finished(bool ok, const QString &error);

private:
    void nextBatch();
    void applyResults(const QList<qint64> &ids, const QByteArray &answer);
    void checkFrom(qint64 afterId, std::shared_ptr<Check> check, std::function<void(Result<Check>)> done);
    void stop(const QString &error);

    Workspace &m_workspace;
    Config m_config;
    SalesforceClient m_client;
    Totals m_totals;
    bool m_running = false;
};

} // namespace relay::core
