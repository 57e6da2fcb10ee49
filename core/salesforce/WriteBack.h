#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace relay::core {

class Workspace;

// Writes each SMS record's delivery status back to the client's Salesforce
// org: OAuth 2.0 refresh-token flow for a session; sObject Collections
// PATCH (composite/sobjects, allOrNone false) in batches of up to 200;
// INVALID_SESSION_ID refreshes the session once and retries;
// REQUEST_LIMIT_EXCEEDED and 5xx back off. A record Salesforce refuses
// stays pending with the reason and is retried with backoff; after
// maxAttempts it is marked failed. Only the SMS record id (the write-back's
// address), the status, error code, provider message id and segments are
// sent.
class SalesforceWriteBack final : public QObject
{
    Q_OBJECT
public:
    struct Config {
        QUrl loginUrl = QUrl(QStringLiteral("https://login.salesforce.com"));
        QString apiVersion = QStringLiteral("v60.0");
        QString clientId;
        std::shared_ptr<SecretBytes> clientSecret;
        std::shared_ptr<SecretBytes> refreshToken;
        // The client's SMS object and fields (configurable per package).
        QString object = QStringLiteral("SMS__c");
        QString statusField = QStringLiteral("Status__c");
        QString errorField = QStringLiteral("Error_Code__c");
        QString messageIdField = QStringLiteral("Provider_Message_Id__c");
        QString segmentsField = QStringLiteral("Segments__c");
        int batchSize = 200;
        int maxAttempts = 5;
        int baseDelayMs = 500;
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

Q_SIGNALS:
    void progressed(qint64 written, qint64 pending);
    void finished(bool ok, const QString &error);

private:
    void authenticate(std::function<void()> then);
    void nextBatch();
    void patch(const QList<qint64> &ids, const QByteArray &body, bool refreshed, int attempt);
    void stop(const QString &error);

    Workspace &m_workspace;
    QNetworkAccessManager &m_network;
    Config m_config;
    QByteArray m_accessToken;
    QUrl m_instance;
    Totals m_totals;
    bool m_running = false;
};

} // namespace relay::core
