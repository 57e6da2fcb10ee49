#pragma once

#include "Result.h"
#include "SalesforceClient.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace relay::core {

// Writes what a store has pending to the client's org in sObject Collections
// batches, through a SalesforceClient (session renewed once on
// INVALID_SESSION_ID, REQUEST_LIMIT_EXCEEDED and 5xx backed off). The
// answer has one result per record, in order: a record Salesforce refuses
// stays pending with the reason and is retried with exponential backoff,
// and after maxAttempts it is marked failed. A refusal that means "busy"
// (UNABLE_TO_LOCK_ROW and the like, transientCodes()) is given up the same
// way within a pass, but the next pass starts by making it pending again,
// and the pass that gave up on it ends with an error saying to run again.
// A pass ends when nothing pending is due and nothing waits for a retry.
//
// A subclass names the request and owns the queue: what is pending, when
// the next retry is due, how an outcome is recorded.
class BatchWriteBack : public QObject
{
    Q_OBJECT
public:
    struct Limits {
        int batchSize = 200; // the API's maximum per request
        int maxAttempts = 5; // per record refused by Salesforce
        int baseDelayMs = 500; // its backoff
    };

    struct Totals {
        qint64 written = 0;
        qint64 retried = 0; // refused this round, pending again
        qint64 failed = 0; // gave up
        qint64 deferred = 0; // of those, busy refusals: the next pass tries them again
        qint64 reopened = 0; // busy refusals of an earlier pass, pending again
        qint64 sessionRefreshes = 0;
        qint64 requests = 0;
        QString lastRefusal = {}; // the reason of the last record given up
    };

    // One pass; finished() when it ends.
    void run();
    const Totals &totals() const { return m_totals; }
    // Salesforce's refusals that say "try later", not "this is wrong".
    static const QStringList &transientCodes();
    // Refusals the same record meets again however often it is sent (a
    // value the org's restricted picklist does not hold): given up at once.
    static const QStringList &permanentCodes();

Q_SIGNALS:
    void progressed(qint64 written, qint64 pending);
    void finished(bool ok, const QString &error);

protected:
    BatchWriteBack(QNetworkAccessManager &network, const SalesforceClient::Login &login,
        Limits limits, QObject *parent);

    struct Item {
        qint64 id = 0;
        int attempts = 0; // refusals so far
        QJsonObject record; // as sent, with its attributes
    };
    enum class Outcome { Written, Retry, Failed };

    [[nodiscard]] virtual Result<QList<Item>> pending(int limit) = 0;
    // When the earliest pending record is due (ms since the epoch, wall
    // clock: the retry schedule is a timer's), 0 if none is pending.
    [[nodiscard]] virtual Result<qint64> nextDueMs() = 0;
    [[nodiscard]] virtual Status mark(qint64 id, Outcome outcome, const QString &reason,
        const QString &salesforceId, qint64 retryAtMs)
        = 0;
    // Taken by pending() and not marked (the batch's request failed): due
    // again now, for this worker or another.
    [[nodiscard]] virtual Status release(const QList<qint64> &ids) = 0;
    // Given-up records whose reason starts with one of these codes become pending again.
    [[nodiscard]] virtual Result<qint64> reopen(const QStringList &codes) = 0;
    // A batch's outcomes are marked in one transaction of the store's.
    [[nodiscard]] virtual Result<SqlTransaction> beginBatch() = 0;
    // The request: PATCH on this path under the instance.
    virtual QString path() const = 0;
    // The reason a refusal is recorded with: "CODE: message" unless a
    // subclass can say more (which field refused which value).
    virtual QString refusal(const Item &item, const QJsonObject &error) const;

    SalesforceClient m_client;

private:
    void nextBatch();
    void applyResults(const QList<Item> &items, const QByteArray &answer);
    void stop(const QString &error);
    // Stops with the batch's items handed back first.
    void stop(const QString &error, const QList<Item> &held);

    Limits m_limits;
    Totals m_totals;
    bool m_running = false;
};

} // namespace relay::core
